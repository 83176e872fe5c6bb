//! Numbers in the reader's language: `600.175` / `600,175`, `159,4%` / `159.4%`,
//! `584 tỷ đồng` / `VND 584 billion`, with `trên` / `over` and estimates marked.

use super::schema::{Figure, MetricKind, Qualifier};

/// Separators of a language: (thousands, decimal).
fn separators(code: &str) -> (char, char) {
    match code {
        "en" | "zh" | "ja" | "ko" => (',', '.'),
        _ => ('.', ','),
    }
}

/// `value` with `decimals` digits after the point (trailing zeros dropped when `trim`).
fn digits(value: f64, decimals: usize, trim: bool, code: &str) -> String {
    let (thousands, point) = separators(code);
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = if trim {
        frac.trim_end_matches('0')
    } else {
        frac
    };
    let mut out = String::new();
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A count: `600.175` (vi), `600,175` (en); fractions keep up to two decimals.
pub fn count(value: f64, code: &str) -> String {
    digits(value, 2, true, code)
}

/// A percent with one decimal: `159,4%` (vi), `159.4%` (en).
pub fn percent(value: f64, code: &str) -> String {
    format!("{}%", digits(value, 1, false, code))
}

/// Money in words: `584 tỷ đồng`, `3.500 tỷ đồng` / `VND 584 billion`, `VND 3,500 billion`.
pub fn money(value: f64, currency: &str, code: &str) -> String {
    let vnd = currency.eq_ignore_ascii_case("VND");
    let (scale, vi_word, en_word) = if value.abs() >= 1e9 {
        (1e9, "tỷ", "billion")
    } else if value.abs() >= 1e6 {
        (1e6, "triệu", "million")
    } else {
        (1.0, "", "")
    };
    let amount = digits(value / scale, 2, true, code);
    match (code, vnd) {
        ("vi", true) if vi_word.is_empty() => format!("{amount} đồng"),
        ("vi", true) => format!("{amount} {vi_word} đồng"),
        ("vi", false) if vi_word.is_empty() => format!("{amount} {currency}"),
        ("vi", false) => format!("{amount} {vi_word} {currency}"),
        (_, _) if en_word.is_empty() => format!("{currency} {amount}"),
        (_, _) => format!("{currency} {amount} {en_word}"),
    }
}

/// The word put before a qualified figure.
pub fn qualifier(q: Qualifier, code: &str) -> &'static str {
    match (q, code) {
        (Qualifier::Over, "vi") => "trên",
        (Qualifier::Under, "vi") => "dưới",
        (Qualifier::About, "vi") => "khoảng",
        (Qualifier::Over, _) => "over",
        (Qualifier::Under, _) => "under",
        (Qualifier::About, _) => "about",
    }
}

/// The mark after an estimated figure.
pub fn estimate_mark(code: &str) -> &'static str {
    if code == "vi" {
        "(ước tính)"
    } else {
        "(estimated)"
    }
}

/// A figure as a reader sees it: `trên 584 tỷ đồng (ước tính)`.
/// A whole figure of a metric of `kind`: a count, or money in words.
pub fn amount(value: i64, kind: MetricKind, currency: &str, code: &str) -> String {
    match kind {
        MetricKind::Count => count(value as f64, code),
        MetricKind::Money => money(value as f64, currency, code),
    }
}

pub fn figure(f: &Figure, kind: MetricKind, currency: &str, code: &str) -> String {
    let number = amount(f.value, kind, currency, code);
    let mut out = match f.qualifier {
        Some(q) => format!("{} {number}", qualifier(q, code)),
        None => number,
    };
    if f.estimated {
        out.push(' ');
        out.push_str(estimate_mark(code));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let cases = [
            (600175.0, "600.175", "600,175"),
            (2000000.0, "2.000.000", "2,000,000"),
            (3666.0, "3.666", "3,666"),
            (82.0, "82", "82"),
            (0.0, "0", "0"),
            (-1200.0, "-1.200", "-1,200"),
            (1234.5, "1.234,5", "1,234.5"),
        ];
        for (v, vi, en) in cases {
            assert_eq!(count(v, "vi"), vi);
            assert_eq!(count(v, "en"), en);
        }
    }

    #[test]
    fn percents() {
        let cases = [
            (159.391, "159,4%", "159.4%"),
            (514.6, "514,6%", "514.6%"),
            (100.0, "100,0%", "100.0%"),
            (1234.56, "1.234,6%", "1,234.6%"),
            (0.04, "0,0%", "0.0%"),
        ];
        for (v, vi, en) in cases {
            assert_eq!(percent(v, "vi"), vi);
            assert_eq!(percent(v, "en"), en);
        }
    }

    #[test]
    fn money_in_words() {
        let cases = [
            (584e9, "584 tỷ đồng", "VND 584 billion"),
            (3500e9, "3.500 tỷ đồng", "VND 3,500 billion"),
            (33e12, "33.000 tỷ đồng", "VND 33,000 billion"),
            (1.5e9, "1,5 tỷ đồng", "VND 1.5 billion"),
            (300e6, "300 triệu đồng", "VND 300 million"),
            (45000.0, "45.000 đồng", "VND 45,000"),
        ];
        for (v, vi, en) in cases {
            assert_eq!(money(v, "VND", "vi"), vi);
            assert_eq!(money(v, "VND", "en"), en);
        }
        assert_eq!(money(2e9, "USD", "en"), "USD 2 billion");
    }

    #[test]
    fn qualified_and_estimated_figures() {
        let over = Figure {
            value: 584000000000,
            qualifier: Some(Qualifier::Over),
            estimated: false,
        };
        assert_eq!(
            figure(&over, MetricKind::Money, "VND", "vi"),
            "trên 584 tỷ đồng"
        );
        assert_eq!(
            figure(&over, MetricKind::Money, "VND", "en"),
            "over VND 584 billion"
        );
        let est = Figure {
            value: 300000000000,
            qualifier: Some(Qualifier::Over),
            estimated: true,
        };
        assert_eq!(
            figure(&est, MetricKind::Money, "VND", "vi"),
            "trên 300 tỷ đồng (ước tính)"
        );
        assert_eq!(
            figure(&est, MetricKind::Money, "VND", "en"),
            "over VND 300 billion (estimated)"
        );
        let under = Figure {
            value: 978117,
            qualifier: Some(Qualifier::Under),
            estimated: false,
        };
        assert_eq!(figure(&under, MetricKind::Count, "", "vi"), "dưới 978.117");
        let about = Figure {
            value: 1000,
            qualifier: Some(Qualifier::About),
            estimated: false,
        };
        assert_eq!(figure(&about, MetricKind::Count, "", "en"), "about 1,000");
        assert_eq!(figure(&about, MetricKind::Count, "", "vi"), "khoảng 1.000");
    }
}
