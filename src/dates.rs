//! Publication dates: read leniently from front matter, shown the way each language writes them
//! (its patterns in `crate::locale`).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use crate::locale::Locale;
use crate::messages::Message;
use crate::msg;

/// Reads RFC 3339 (`2023-09-07T21:28:00+07:00`), or a date and time without an offset, or a
/// plain date, in the site's zone. On failure, the message says how to write it.
pub fn parse(s: &str, tz: FixedOffset) -> Result<DateTime<FixedOffset>, Message> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Ok(d);
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, fmt) {
            return local(naive, tz);
        }
    }
    if let Ok(day) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return local(day.and_time(NaiveTime::MIN), tz);
    }
    Err(msg!(
        "content-date-not-a-date",
        value = s,
        suggestion = suggestion(s, tz)
    ))
}

/// Whether `s` is a date without a time (`2023-09-07`), which is shown without a time too.
pub fn is_plain_date(s: &str) -> bool {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").is_ok()
}

fn local(naive: NaiveDateTime, tz: FixedOffset) -> Result<DateTime<FixedOffset>, Message> {
    tz.from_local_datetime(&naive).single().ok_or_else(|| {
        msg!(
            "content-date-not-in-zone",
            date = naive.to_string(),
            zone = tz.to_string()
        )
    })
}

/// A correct form of what the editor probably meant: day/month/year, as Vietnamese writes it.
fn suggestion(s: &str, tz: FixedOffset) -> Message {
    let mut time = None;
    let mut day = None;
    for part in s.split(|c: char| c.is_whitespace() || c == '-' && s.contains('/')) {
        if let Ok(t) = NaiveTime::parse_from_str(part.trim_end_matches('h'), "%H:%M") {
            time = Some(t);
        }
        for fmt in ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(part, fmt) {
                day = Some(d);
            }
        }
    }
    let day = day.unwrap_or(NaiveDate::from_ymd_opt(2023, 9, 7).expect("a valid date"));
    match time {
        Some(t) => msg!(
            "content-date-write-as",
            form = format!("{}T{}{tz}", day.format("%Y-%m-%d"), t.format("%H:%M:%S"))
        ),
        None => msg!(
            "content-date-write-as-or-time",
            day = day.format("%Y-%m-%d").to_string(),
            with_time = format!("{}T21:28:00{tz}", day.format("%Y-%m-%d"))
        ),
    }
}

/// How an article's time is shown on its own page, by the language's `date_long` pattern:
/// `21:28 - 07/09/2023`, `7 September 2023`.
pub fn format_long(d: &DateTime<FixedOffset>, l: &Locale, tz: FixedOffset) -> String {
    l.long_date.format(d.with_timezone(&tz).naive_local())
}

/// How a date is shown in lists: `07/09/2023`, `7 September 2023`.
pub fn format_short(d: &DateTime<FixedOffset>, l: &Locale, tz: FixedOffset) -> String {
    format_day(d.with_timezone(&tz).date_naive(), l)
}

/// A calendar day as the language's `date_short` pattern writes it: `07/09/2023`,
/// `7 September 2023`.
pub fn format_day(d: NaiveDate, l: &Locale) -> String {
    l.short_date.format(d.and_time(NaiveTime::MIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz() -> FixedOffset {
        FixedOffset::east_opt(7 * 3600).unwrap()
    }

    #[test]
    fn accepted_forms() {
        let want = "2023-09-07T21:28:00+07:00";
        for input in [
            want,
            "2023-09-07T21:28:00",
            "2023-09-07 21:28",
            "2023-09-07T14:28:00Z",
        ] {
            let d = parse(input, tz()).unwrap();
            assert_eq!(d.with_timezone(&tz()).to_rfc3339(), want, "{input}");
        }
        let plain = parse("2023-10-02", tz()).unwrap();
        assert_eq!(plain.to_rfc3339(), "2023-10-02T00:00:00+07:00");
    }

    #[test]
    fn wrong_forms_get_a_hint() {
        assert_eq!(
            parse("07/09/2023", tz()).unwrap_err().english(),
            "date \"07/09/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00"
        );
        assert_eq!(
            parse("21:28 - 07/09/2023", tz()).unwrap_err().english(),
            "date \"21:28 - 07/09/2023\" is not a date; write it as 2023-09-07T21:28:00+07:00"
        );
        assert!(parse("2023-02-30", tz()).is_err());
    }

    #[test]
    fn shown_per_language() {
        use crate::locale::tests::built_in;
        let d = parse("2023-09-07T21:28:00+07:00", tz()).unwrap();
        let cases = [
            ("vi", "21:28 - 07/09/2023", "07/09/2023"),
            ("en", "7 September 2023", "7 September 2023"),
        ];
        for (code, long, short) in cases {
            let l = built_in(code);
            assert_eq!(format_long(&d, &l, tz()), long);
            assert_eq!(format_short(&d, &l, tz()), short);
        }
        let utc = parse("2023-09-07T14:28:00Z", tz()).unwrap();
        assert_eq!(
            format_long(&utc, &built_in("vi"), tz()),
            "21:28 - 07/09/2023"
        );
    }
}
