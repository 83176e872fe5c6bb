//! Figures in the reader's language: `600.175` / `600,175`, `159,4%` / `159.4%`,
//! `584 tỷ đồng` / `VND 584 billion`, with `trên` / `over` and estimates marked. Digits and
//! separators are CLDR's; the words and where they go are the theme's (`crate::locale`).

use super::schema::{Figure, MetricKind, Qualifier};
use crate::locale::{Locale, fill};

/// A count: `600.175` (vi), `600,175` (en); fractions keep up to two decimals.
pub fn count(value: f64, l: &Locale) -> String {
    l.decimal(value, 2, true)
}

/// A percent with one decimal: `159,4%` (vi), `159.4%` (en).
pub fn percent(value: f64, l: &Locale) -> String {
    fill(&l.words.percent, &[("value", &l.decimal(value, 1, false))])
}

/// A percent with the qualifier of the figure it was computed from: `trên 200,0%`.
pub fn qualified_percent(value: f64, q: Option<Qualifier>, l: &Locale) -> String {
    match q {
        Some(q) => format!("{} {}", qualifier(q, l), percent(value, l)),
        None => percent(value, l),
    }
}

/// Money in words: `584 tỷ đồng`, `3.500 tỷ đồng` / `VND 584 billion`, `VND 3,500 billion`.
pub fn money(value: f64, currency: &str, l: &Locale) -> String {
    let (scale, unit) = if value.abs() >= 1e9 {
        (1e9, Some(&l.words.billions))
    } else if value.abs() >= 1e6 {
        (1e6, Some(&l.words.millions))
    } else {
        (1.0, None)
    };
    let digits = l.decimal(value / scale, 2, true);
    let amount = match unit {
        Some(unit) => fill(unit, &[("amount", &digits)]),
        None => digits,
    };
    let currency = l.words.currency(currency);
    fill(
        &l.words.money,
        &[("amount", &amount), ("currency", currency)],
    )
}

/// The word put before a qualified figure.
pub fn qualifier(q: Qualifier, l: &Locale) -> &str {
    match q {
        Qualifier::Over => &l.words.over,
        Qualifier::Under => &l.words.under,
        Qualifier::About => &l.words.about,
    }
}

/// The mark after an estimated figure.
pub fn estimate_mark(l: &Locale) -> &str {
    &l.words.estimated
}

/// A whole figure of a metric of `kind`: a count, or money in words.
pub fn amount(value: i64, kind: MetricKind, currency: &str, l: &Locale) -> String {
    match kind {
        MetricKind::Count => count(value as f64, l),
        MetricKind::Money => money(value as f64, currency, l),
    }
}

/// A figure as a reader sees it: `trên 584 tỷ đồng (ước tính)`.
pub fn figure(f: &Figure, kind: MetricKind, currency: &str, l: &Locale) -> String {
    let number = amount(f.value, kind, currency, l);
    let mut out = match f.qualifier {
        Some(q) => format!("{} {number}", qualifier(q, l)),
        None => number,
    };
    if f.estimated {
        out.push(' ');
        out.push_str(estimate_mark(l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::tests::built_in;

    #[test]
    fn counts() {
        let (vi, en) = (built_in("vi"), built_in("en"));
        let cases = [
            (600175.0, "600.175", "600,175"),
            (2000000.0, "2.000.000", "2,000,000"),
            (3666.0, "3.666", "3,666"),
            (82.0, "82", "82"),
            (0.0, "0", "0"),
            (-1200.0, "-1.200", "-1,200"),
            (1234.5, "1.234,5", "1,234.5"),
        ];
        for (v, in_vi, in_en) in cases {
            assert_eq!(count(v, &vi), in_vi);
            assert_eq!(count(v, &en), in_en);
        }
    }

    #[test]
    fn percents() {
        let (vi, en) = (built_in("vi"), built_in("en"));
        let cases = [
            (159.391, "159,4%", "159.4%"),
            (514.6, "514,6%", "514.6%"),
            (100.0, "100,0%", "100.0%"),
            (1234.56, "1.234,6%", "1,234.6%"),
            (0.04, "0,0%", "0.0%"),
        ];
        for (v, in_vi, in_en) in cases {
            assert_eq!(percent(v, &vi), in_vi);
            assert_eq!(percent(v, &en), in_en);
        }
    }

    #[test]
    fn money_in_words() {
        let (vi, en) = (built_in("vi"), built_in("en"));
        let cases = [
            (584e9, "584 tỷ đồng", "VND 584 billion"),
            (3500e9, "3.500 tỷ đồng", "VND 3,500 billion"),
            (33e12, "33.000 tỷ đồng", "VND 33,000 billion"),
            (1.5e9, "1,5 tỷ đồng", "VND 1.5 billion"),
            (300e6, "300 triệu đồng", "VND 300 million"),
            (45000.0, "45.000 đồng", "VND 45,000"),
        ];
        for (v, in_vi, in_en) in cases {
            assert_eq!(money(v, "VND", &vi), in_vi);
            assert_eq!(money(v, "VND", &en), in_en);
        }
        assert_eq!(money(2e9, "USD", &en), "USD 2 billion");
    }

    #[test]
    fn qualified_and_estimated_figures() {
        let (vi, en) = (built_in("vi"), built_in("en"));
        let over = Figure {
            value: 584000000000,
            qualifier: Some(Qualifier::Over),
            estimated: false,
        };
        assert_eq!(
            figure(&over, MetricKind::Money, "VND", &vi),
            "trên 584 tỷ đồng"
        );
        assert_eq!(
            figure(&over, MetricKind::Money, "VND", &en),
            "over VND 584 billion"
        );
        let est = Figure {
            value: 300000000000,
            qualifier: Some(Qualifier::Over),
            estimated: true,
        };
        assert_eq!(
            figure(&est, MetricKind::Money, "VND", &vi),
            "trên 300 tỷ đồng (ước tính)"
        );
        assert_eq!(
            figure(&est, MetricKind::Money, "VND", &en),
            "over VND 300 billion (estimated)"
        );
        let under = Figure {
            value: 978117,
            qualifier: Some(Qualifier::Under),
            estimated: false,
        };
        assert_eq!(figure(&under, MetricKind::Count, "", &vi), "dưới 978.117");
        let about = Figure {
            value: 1000,
            qualifier: Some(Qualifier::About),
            estimated: false,
        };
        assert_eq!(figure(&about, MetricKind::Count, "", &en), "about 1,000");
        assert_eq!(figure(&about, MetricKind::Count, "", &vi), "khoảng 1.000");
    }

    /// A third language: CLDR's French separators (a narrow no-break space U+202F between
    /// thousands, a comma before decimals) with French words.
    #[test]
    fn french_from_cldr_and_its_words() {
        let mut strings = crate::yaml::from_str::<crate::theme::Strings>(
            &crate::theme::built_in_i18n("en").unwrap(),
        )
        .unwrap()
        .0;
        for (k, v) in [
            ("qualifier_over", "plus de"),
            ("estimated", "(estimation)"),
            ("percent", "{value}\u{202f}%"),
            ("money", "{amount} {currency}"),
            ("money_billions", "{amount} milliards de"),
            ("currency_VND", "dongs"),
        ] {
            strings.insert(k.into(), v.into());
        }
        let fr = Locale::new("fr", &strings).unwrap();
        assert_eq!(count(600175.0, &fr), "600\u{202f}175");
        assert_eq!(count(1234.5, &fr), "1\u{202f}234,5");
        assert_eq!(percent(514.6, &fr), "514,6\u{202f}%");
        let over = Figure {
            value: 584000000000,
            qualifier: Some(Qualifier::Over),
            estimated: true,
        };
        assert_eq!(
            figure(&over, MetricKind::Money, "VND", &fr),
            "plus de 584 milliards de dongs (estimation)"
        );
    }
}
