//! Each language's way of writing numbers and dates, made once per language when the theme is
//! loaded: separators, grouping, ordinal forms and month names from CLDR through ICU4X; the words around them
//! (over, estimated, billion) and the date patterns from the theme's interface texts.

pub mod cldr;
pub mod dates;
mod words;

use std::collections::HashMap;
use std::path::PathBuf;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_plurals::{PluralCategory, PluralRules};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Pos};
use crate::lang::Lang;
use crate::lang::Strings;
use crate::messages::Message;
use crate::msg;

pub use cldr::{cldr_locale, og_locale};
pub use dates::DatePattern;
pub use words::{Words, fill};

/// How one language writes numbers and dates.
#[derive(Debug)]
pub struct Locale {
    pub code: String,
    numbers: DecimalFormatter,
    /// Which form of an ordinal a number takes (`1st`, `2nd`, `3rd`, `4th` in English).
    ordinals: Option<PluralRules>,
    /// An article's time on its own page: `21:28 - 07/09/2023`, `7 September 2023`.
    pub long_date: DatePattern,
    /// A date in lists and tables: `07/09/2023`, `7 September 2023`.
    pub short_date: DatePattern,
    pub words: Words,
}

impl Locale {
    /// Reads the notation of language `code` from its interface texts; a problem is returned
    /// with the key it is in.
    pub fn new(code: &str, strings: &Strings) -> Result<Locale, Vec<(&'static str, Message)>> {
        let cldr = cldr_locale(code).map_err(|e| vec![("", e)])?;
        let numbers =
            DecimalFormatter::try_new((&cldr).into(), Default::default()).map_err(|e| {
                let reason = e.to_string();
                vec![(
                    "",
                    msg!("locale-no-number-data", code = code, reason = reason),
                )]
            })?;
        let text = |key: &str| strings.get(key).map_or("", String::as_str);
        let mut problems = Vec::new();
        let mut date = |key: &'static str| {
            DatePattern::new(&cldr, text(key))
                .map_err(|e| problems.push((key, msg!("locale-key", key = key, problem = e))))
                .ok()
        };
        let (long_date, short_date) = (date("date_long"), date("date_short"));
        let words = Words::new(strings).map_err(|e| problems.extend(e)).ok();
        match (long_date, short_date, words) {
            (Some(long_date), Some(short_date), Some(words)) if problems.is_empty() => Ok(Locale {
                code: code.to_owned(),
                numbers,
                ordinals: PluralRules::try_new_ordinal((&cldr).into()).ok(),
                long_date,
                short_date,
                words,
            }),
            _ => Err(problems),
        }
    }

    /// `value` with `decimals` digits after the separator, trailing zeros dropped when `trim`,
    /// grouped and separated as the language does (`1.234,5` in Vietnamese).
    pub fn decimal(&self, value: f64, decimals: usize, trim: bool) -> String {
        let text = format!("{:.*}", decimals, value.abs());
        let text = match text.contains('.') && trim {
            true => text.trim_end_matches('0').trim_end_matches('.'),
            false => &text,
        };
        let negative = value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
        let signed = format!("{}{text}", if negative { "-" } else { "" });
        match Decimal::try_from_str(&signed) {
            Ok(d) => self.numbers.format_to_string(&d),
            // Not a finite number: shown as Rust writes it.
            Err(_) => signed,
        }
    }
}

impl Locale {
    /// The CLDR ordinal form of `n` in this language: `one`, `two`, `few` or `other` in
    /// English (1st, 2nd, 3rd, 4th); `one` or `other` in Vietnamese (thứ nhất, thứ hai).
    pub fn ordinal_form(&self, n: usize) -> &'static str {
        let Some(rules) = &self.ordinals else {
            return "other";
        };
        match rules.category_for(n) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

/// The notation of every language of a site, in the order of `Config::languages`.
#[derive(Debug, Default)]
pub struct Locales(Vec<Locale>);

impl Locales {
    /// Builds each language's notation from its interface texts; `place` says where a key of a
    /// language's texts is written, for the messages.
    pub fn new(
        config: &Config,
        i18n: &HashMap<String, Strings>,
        place: impl Fn(&str, &str) -> (PathBuf, Pos),
    ) -> Result<Locales, Vec<Diagnostic>> {
        let mut out = Vec::new();
        let mut errors = Vec::new();
        for l in &config.languages {
            let Some(strings) = i18n.get(&l.code) else {
                continue;
            };
            match Locale::new(&l.code, strings) {
                Ok(locale) => out.push(locale),
                Err(problems) => errors.extend(problems.into_iter().map(|(key, message)| {
                    let (file, pos) = place(&l.code, key);
                    Diagnostic::error(file, pos, message)
                })),
            }
        }
        if errors.is_empty() {
            Ok(Locales(out))
        } else {
            Err(errors)
        }
    }

    /// These notations, in this order (the site's languages').
    #[cfg(test)]
    pub(crate) fn of(locales: Vec<Locale>) -> Locales {
        Locales(locales)
    }

    /// The notation of `lang`.
    pub fn get(&self, lang: Lang) -> &Locale {
        &self.0[lang.0]
    }

    /// The notation of the language `code`, when the site has it.
    pub fn by_code(&self, code: &str) -> Option<&Locale> {
        self.0.iter().find(|l| l.code == code)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The notation of `code` from the built-in theme's texts for it.
    pub(crate) fn built_in(code: &str) -> Locale {
        let text = crate::theme::built_in_i18n(code).expect("a built-in language");
        let (strings, _) = crate::yaml::from_str::<Strings>(&text).expect("its texts read");
        Locale::new(code, &strings).expect("its notation is valid")
    }

    #[test]
    fn decimals_follow_cldr() {
        let (vi, en) = (built_in("vi"), built_in("en"));
        assert_eq!(vi.decimal(1234.5, 2, true), "1.234,5");
        assert_eq!(en.decimal(1234.5, 2, true), "1,234.5");
        assert_eq!(vi.decimal(100.0, 1, false), "100,0");
        assert_eq!(en.decimal(-0.04, 1, false), "0.0");
        assert_eq!(en.decimal(-1200.0, 2, true), "-1,200");
        assert_eq!(en.decimal(f64::NAN, 2, true), "NaN");
    }

    #[test]
    fn ordinal_forms_follow_cldr() {
        let (vi, en) = (built_in("vi"), built_in("en"));
        let forms: Vec<&str> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 25, 101]
            .into_iter()
            .map(|n| en.ordinal_form(n))
            .collect();
        assert_eq!(
            forms,
            [
                "one", "two", "few", "other", "other", "other", "other", "one", "two", "few",
                "other", "one"
            ]
        );
        assert_eq!(vi.ordinal_form(1), "one");
        assert_eq!(vi.ordinal_form(25), "other");
    }

    #[test]
    fn notation_problems_name_their_key() {
        let mut strings: Strings = [
            ("percent", "{value}%"),
            ("money", "{currency} {amount}"),
            ("money_millions", "{amount} million"),
            ("money_billions", "billions"),
            ("date_long", "d MMMM y"),
            ("date_short", "d MMMM y zzzz"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        for k in [
            "qualifier_over",
            "qualifier_under",
            "qualifier_about",
            "estimated",
        ] {
            strings.insert(k.into(), "x".into());
        }
        let problems = Locale::new("en", &strings).unwrap_err();
        let keys: Vec<&str> = problems.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["date_short", "money_billions"], "{problems:?}");
    }
}
