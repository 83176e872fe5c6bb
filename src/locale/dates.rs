//! A date pattern of a language (`HH:mm - dd/MM/yyyy`, `d MMMM yyyy`, as UTS #35 writes them),
//! with the month names CLDR gives that language, ready to write any Gregorian date and time.

use chrono::{Datelike, NaiveDateTime, Timelike};
use icu_calendar::{Date, Gregorian};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames, PatternLoadError};
use icu_locale_core::Locale;
use writeable::TryWriteable;

use crate::messages::Message;
use crate::msg;

/// A pattern and the names it needs, loaded once.
#[derive(Debug)]
pub struct DatePattern {
    names: FixedCalendarDateTimeNames<Gregorian>,
    pattern: DateTimePattern,
}

impl DatePattern {
    /// The pattern `text` in `locale`; an error says what cannot be written with it.
    pub fn new(locale: &Locale, text: &str) -> Result<DatePattern, Message> {
        let bad = |why: Message| msg!("locale-date-pattern", pattern = text, why = why);
        fields(text).map_err(bad)?;
        let pattern = DateTimePattern::try_from_pattern_str(text)
            .map_err(|e| bad(msg!("locale-date-not-pattern", reason = e.to_string())))?;
        let mut names =
            FixedCalendarDateTimeNames::<Gregorian>::try_new(locale.into()).map_err(|e| {
                msg!(
                    "locale-no-date-data",
                    locale = locale.to_string(),
                    reason = e.to_string()
                )
            })?;
        names.include_for_pattern(&pattern).map_err(|e| {
            bad(match e {
                PatternLoadError::ConflictingField { .. } => msg!("locale-date-two-forms"),
                PatternLoadError::UnsupportedLength(_) => msg!("locale-date-length"),
                _ => msg!("locale-date-no-such-field"),
            })
        })?;
        let loaded = DatePattern { names, pattern };
        // Fields that are loaded but that a date and time without a zone cannot fill show up
        // as an error on a sample date.
        let sample = NaiveDateTime::parse_from_str("2023-09-07 21:28:00", "%Y-%m-%d %H:%M:%S")
            .expect("a valid sample date");
        loaded
            .try_format(sample)
            .map_err(|_| bad(msg!("locale-date-no-such-field")))?;
        Ok(loaded)
    }

    /// `d` as the pattern writes it.
    pub fn format(&self, d: NaiveDateTime) -> String {
        self.try_format(d).unwrap_or_else(|shown| shown)
    }

    /// The date written, or, when a field cannot be, what ICU4X writes in its place.
    fn try_format(&self, d: NaiveDateTime) -> Result<String, String> {
        let date = Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8);
        let time = Time::try_new(d.hour() as u8, d.minute() as u8, d.second() as u8, 0);
        let (Ok(date), Ok(time)) = (date, time) else {
            return Err(d.format("%Y-%m-%d %H:%M").to_string());
        };
        let input = DateTime { date, time };
        let formatter = self.names.with_pattern_unchecked(&self.pattern);
        match formatter.format(&input).try_write_to_string() {
            Ok(s) => Ok(s.into_owned()),
            Err((_, s)) => Err(s.into_owned()),
        }
    }
}

/// The letters a publication date can fill: day, month, year, weekday, hour, minute, second,
/// and the half of the day.
const FIELDS: &str = "dMLyEHhKkmsa";

/// Each field of a pattern once, and only fields a publication date has: other letters are
/// text only between single quotes (`'à'`).
fn fields(text: &str) -> Result<(), Message> {
    if text.trim().is_empty() {
        return Err(msg!("locale-date-empty"));
    }
    let (mut quoted, mut seen, mut last) = (false, String::new(), None);
    for c in text.chars() {
        if c == '\'' {
            quoted = !quoted;
            last = None;
            continue;
        }
        if quoted || !c.is_ascii_alphabetic() {
            last = None;
            continue;
        }
        if !FIELDS.contains(c) {
            return Err(msg!("locale-date-letter", letter = c));
        }
        if last != Some(c) && seen.contains(c) {
            return Err(msg!("locale-date-field-twice", letter = c));
        }
        seen.push(c);
        last = Some(c);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn pattern(code: &str, text: &str) -> Result<DatePattern, Message> {
        DatePattern::new(&Locale::try_from_str(code).unwrap(), text)
    }

    #[test]
    fn month_names_come_from_cldr() {
        let d = at("2023-09-07 21:28");
        let cases = [
            ("vi", "HH:mm - dd/MM/yyyy", "21:28 - 07/09/2023"),
            ("en", "d MMMM yyyy", "7 September 2023"),
            ("fr", "d MMMM yyyy", "7 septembre 2023"),
            ("de", "d. MMMM yyyy", "7. September 2023"),
            ("fr", "d MMMM yyyy 'à' HH'h'mm", "7 septembre 2023 à 21h28"),
        ];
        for (code, text, want) in cases {
            assert_eq!(
                pattern(code, text).unwrap().format(d),
                want,
                "{code} {text}"
            );
        }
        let morning = pattern("vi", "HH:mm - dd/MM/yyyy").unwrap();
        assert_eq!(morning.format(at("2024-01-02 08:05")), "08:05 - 02/01/2024");
    }

    #[test]
    fn patterns_that_cannot_be_written() {
        let cases = [
            ("d MMMM yyyy 'à", "is not a date pattern"),
            ("d MMMM y zzzz", "has the letter z"),
            ("d MMMM y VVVV", "has the letter V"),
            ("d MMM MMMM y", "has the field M twice"),
            ("d MMMMMMMM y", "is not a date pattern"),
            ("d MMMM y OO", "has the letter O"),
            ("d MMMM yyyy Z", "has the letter Z"),
            ("d MMMM yyyy QQQ", "has the letter Q"),
            ("HH:mm bonjour", "has the letter b"),
            ("dd d MMMM yyyy", "has the field d twice"),
            ("", "is empty"),
        ];
        for (bad, why) in cases {
            let e = pattern("fr", bad).expect_err(bad).english();
            assert!(e.starts_with(&format!("\"{bad}\" {why}")), "{e}");
        }
    }
}
