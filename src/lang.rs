//! Languages of a site and texts given per language (`{vi: ..., en: ...}` or one plain string).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// Interface strings of one language: key -> text.
pub type Strings = BTreeMap<String, String>;

/// A language of the site, as its index in `Config::languages`; the default language is 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Lang(pub usize);

impl Lang {
    pub const DEFAULT: Lang = Lang(0);

    pub fn is_default(self) -> bool {
        self == Lang::DEFAULT
    }
}

/// One declared language: its code (`vi`), its own name (`Tiếng Việt`) and its Open Graph
/// locale (`vi_VN`).
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub locale: String,
}

/// A text given per language code, or once for all languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localized {
    All(String),
    PerLang(BTreeMap<String, String>),
}

impl Localized {
    /// The text in `code`, else in `default_code`, else any; `""` only for an empty map.
    pub fn get<'a>(&'a self, code: &str, default_code: &str) -> &'a str {
        match self {
            Localized::All(s) => s,
            Localized::PerLang(map) => map
                .get(code)
                .or_else(|| map.get(default_code))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// Language codes this text names that are not in `declared`.
    pub fn undeclared<'a>(&'a self, declared: &[Language]) -> Vec<&'a str> {
        match self {
            Localized::All(_) => Vec::new(),
            Localized::PerLang(map) => map
                .keys()
                .filter(|k| !declared.iter().any(|l| &l.code == *k))
                .map(String::as_str)
                .collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalizedVisitor;

        impl<'de> Visitor<'de> for LocalizedVisitor {
            type Value = Localized;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a map of texts per language like {vi: ..., en: ...}")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Localized, E> {
                Ok(Localized::All(crate::text::clean(v)))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Localized, E> {
                Ok(Localized::All(v.to_string()))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Localized, E> {
                Ok(Localized::All(v.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    out.insert(k, crate::text::clean(&v));
                }
                Ok(Localized::PerLang(out))
            }
        }

        deserializer.deserialize_any(LocalizedVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_reads_both_forms_and_falls_back() {
        let (all, _): (Localized, _) = crate::yaml::from_str("\"Kết quả\"").unwrap();
        assert_eq!(all.get("en", "vi"), "Kết quả");
        let (per, _): (Localized, _) = crate::yaml::from_str("{vi: Tin tức, en: News}").unwrap();
        assert_eq!(per.get("en", "vi"), "News");
        assert_eq!(per.get("fr", "vi"), "Tin tức");
        let bad = &crate::yaml::from_str::<Localized>("[a, b]").unwrap_err()[0];
        assert!(
            bad.message.english().contains("map of texts per language"),
            "{}",
            bad.message.english()
        );
    }
}
