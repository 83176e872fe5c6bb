//! Figures as a federation's spreadsheet holds them: numeric cells as they are, and numbers
//! typed as text the Vietnamese way (`3.666`, `1.000.000`, `159,4`, `trên 2.000`), which is
//! the one place where that notation is read rather than refused.

use super::grid::Cell;
use crate::data::schema::Qualifier;

/// A number read from a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Read {
    pub value: f64,
    pub qualifier: Option<Qualifier>,
    /// Typed as text (then the summary lists how it was read).
    pub from_text: bool,
    /// Written with a `%` sign.
    pub percent_sign: bool,
    /// Digits after the decimal mark, as typed (none for numeric cells).
    pub decimals: Option<u32>,
}

/// What a cell holds where a figure is expected.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    Blank,
    Number(Read),
    /// Text that is no number ("đang cập nhật").
    NotANumber(String),
    /// A number grouped the English way (`1,234,567`), which a Vietnamese sheet never writes.
    English(String),
}

/// Words before a number that qualify it, folded: "trên 2.000", "khoảng 500", "over 2,000".
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("tren", Qualifier::Over),
    ("hon", Qualifier::Over),
    ("over", Qualifier::Over),
    ("more than", Qualifier::Over),
    (">", Qualifier::Over),
    ("khoang", Qualifier::About),
    ("about", Qualifier::About),
    ("~", Qualifier::About),
    ("duoi", Qualifier::Under),
    ("under", Qualifier::Under),
    ("<", Qualifier::Under),
];

pub fn figure(cell: &Cell) -> Figure {
    match cell {
        Cell::Empty => Figure::Blank,
        Cell::Number(n) if n.is_finite() => Figure::Number(Read {
            value: *n,
            qualifier: None,
            from_text: false,
            percent_sign: false,
            decimals: None,
        }),
        Cell::Number(n) => Figure::NotANumber(n.to_string()),
        Cell::Text(t) if t.trim().is_empty() => Figure::Blank,
        Cell::Text(t) => match from_text(t.trim()) {
            Some(read) => Figure::Number(read),
            None if english(t.trim()) => Figure::English(t.trim().to_string()),
            None => Figure::NotANumber(t.trim().to_string()),
        },
    }
}

/// `3.666` -> 3666, `1.000.000`, `159,4`, `159,4%`, `3 666`, `trên 2.000`; `159.4` too, as a
/// point followed by other than three digits cannot be a thousands point.
fn from_text(t: &str) -> Option<Read> {
    let folded = crate::text::fold(t);
    let (qualifier, rest) = QUALIFIERS
        .iter()
        .find_map(|(word, q)| {
            let rest = folded.strip_prefix(word)?;
            let symbol = !word.chars().next()?.is_alphabetic();
            (symbol || rest.starts_with(' ')).then(|| (Some(*q), rest.trim_start()))
        })
        .unwrap_or((None, folded.as_str()));
    let (number, percent_sign) = match rest.trim_end().strip_suffix('%') {
        Some(n) => (n.trim_end(), true),
        None => (rest.trim_end(), false),
    };
    let (negative, digits) = match number.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, number),
    };
    let (value, decimals) = vietnamese(digits).or_else(|| decimal_point(digits))?;
    Some(Read {
        value: if negative { -value } else { value },
        qualifier,
        from_text: true,
        percent_sign,
        decimals: Some(decimals),
    })
}

/// Thousands grouped by `.` or a space, the fraction after `,`.
fn vietnamese(t: &str) -> Option<(f64, u32)> {
    let (whole, frac) = match t.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (t, None),
    };
    let digits = grouped(whole)?;
    let frac = match frac {
        Some(f) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => f,
        Some(_) => return None,
        None => "",
    };
    let text = if frac.is_empty() {
        digits
    } else {
        format!("{digits}.{frac}")
    };
    Some((text.parse().ok()?, frac.len() as u32))
}

/// `3666`, `3.666`, `1.000.000`, `3 666`: the digits, when every group after the first has three.
fn grouped(t: &str) -> Option<String> {
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(t.to_string());
    }
    let sep = t.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '.' | ' ' | '\u{a0}' | '\u{202f}') {
        return None;
    }
    let groups: Vec<&str> = t.split(sep).collect();
    let ok = (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    ok.then(|| groups.concat())
}

/// `1,234,567`, `2,000.5`: thousands grouped by `,` (at least two groups, or a `.` after one).
fn english(t: &str) -> bool {
    let t = t.trim_end_matches('%').trim_end();
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (t, None),
    };
    let groups: Vec<&str> = whole.split(',').collect();
    let digits = |g: &str| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit());
    groups.len() >= 2
        && (groups.len() > 2 || frac.is_some())
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| digits(g))
        && frac.is_none_or(digits)
}

/// `159.4`, `0.5`, `2.3456`: a point that cannot be a thousands point is a decimal point.
fn decimal_point(t: &str) -> Option<(f64, u32)> {
    let (whole, frac) = t.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(whole) && digits(frac) && frac.len() != 3)
        .then(|| Some((t.parse().ok()?, frac.len() as u32)))?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<(f64, Option<Qualifier>, bool)> {
        match figure(&Cell::Text(t.into())) {
            Figure::Number(r) => Some((r.value, r.qualifier, r.percent_sign)),
            _ => None,
        }
    }

    #[test]
    fn text_numbers_are_read_the_vietnamese_way() {
        assert_eq!(read("3.666"), Some((3666.0, None, false)));
        assert_eq!(read("1.000.000"), Some((1_000_000.0, None, false)));
        assert_eq!(read(" 3 666 "), Some((3666.0, None, false)));
        assert_eq!(read("159,4"), Some((159.4, None, false)));
        assert_eq!(read("159,4%"), Some((159.4, None, true)));
        assert_eq!(read("1.234,5 %"), Some((1234.5, None, true)));
        assert_eq!(read("159.4"), Some((159.4, None, false)));
        assert_eq!(
            read("Trên 2.000"),
            Some((2000.0, Some(Qualifier::Over), false))
        );
        assert_eq!(
            read("khoảng 500"),
            Some((500.0, Some(Qualifier::About), false))
        );
    }

    #[test]
    fn what_is_no_number_stays_text() {
        for t in ["đang cập nhật", "1,000,000", "12a", "-", "hơn", "trên2"] {
            assert_eq!(read(t), None, "{t}");
        }
        for t in ["1,000,000", "2,000.5", "12,345,678%"] {
            assert_eq!(
                figure(&Cell::Text(t.into())),
                Figure::English(t.into()),
                "{t}"
            );
        }
        for t in ["3,666", "1,2,3", "12a,000,000"] {
            assert!(
                !matches!(figure(&Cell::Text(t.into())), Figure::English(_)),
                "{t}"
            );
        }
        assert_eq!(figure(&Cell::Text("  ".into())), Figure::Blank);
    }
}
