//! The words of the theme's i18n files that the graph needs before anything is rendered: the
//! title of a section that has no `_index` file (`section_<folder>`), the URL segments of
//! cluster pages, honour rolls and the search page, and the notation and words of the figures
//! that articles quote, each in every language.

use std::collections::HashMap;

use crate::config::Config;
use crate::lang::{Lang, Strings};
use crate::locale::{Locale, Locales};
use crate::text::slugify;

/// The segment of cluster pages when a language's i18n file has none, and the one earlier
/// versions published every cluster page under.
pub const CLUSTERS_SEGMENT: &str = "clusters";

/// The theme's interface strings per language code, read for names and addresses.
pub struct Names<'a> {
    config: &'a Config,
    strings: &'a HashMap<String, Strings>,
    /// Each language's notation; None when the theme has errors.
    locales: Option<&'a Locales>,
}

impl<'a> Names<'a> {
    pub fn new(
        config: &'a Config,
        strings: &'a HashMap<String, Strings>,
        locales: Option<&'a Locales>,
    ) -> Self {
        Names {
            config,
            strings,
            locales,
        }
    }

    /// How `lang` writes figures, when the theme could be read.
    pub fn locale(&self, lang: Lang) -> Option<&'a Locale> {
        self.locales.map(|l| l.get(lang))
    }

    /// The text of `key` in `lang` as the theme gives it, even when empty.
    pub fn text(&self, lang: Lang, key: &str) -> Option<&'a str> {
        let text = self.strings.get(self.config.code(lang))?.get(key)?;
        Some(text.as_str())
    }

    fn get(&self, lang: Lang, key: &str) -> Option<&'a str> {
        let text = self.strings.get(self.config.code(lang))?.get(key)?;
        Some(text.as_str()).filter(|t| !t.trim().is_empty())
    }

    /// The title of the section in folder `name` (its last part) when it has no `_index` file
    /// in `lang`: the text of `section_<name>` (`section_results: "Kết quả"`), if any.
    pub fn section_title(&self, lang: Lang, name: &str) -> Option<&'a str> {
        self.get(lang, &format!("section_{name}"))
    }

    /// The URL segment of the search page in `lang` (`tim-kiem`, `search`), from
    /// `search_segment` made URL-safe; `search` when the language has none.
    pub fn search_segment(&self, lang: Lang) -> String {
        self.segment(lang, "search_segment", "search")
    }

    /// The URL segment of cluster pages in `lang` (`cum`, `clusters`), from `clusters_segment`
    /// made URL-safe; `clusters` when the language has none.
    pub fn clusters_segment(&self, lang: Lang) -> String {
        self.segment(lang, "clusters_segment", CLUSTERS_SEGMENT)
    }

    /// The title of honour rolls in `lang` (`honour_roll`), for the search index.
    pub fn honour_roll(&self, lang: Lang) -> String {
        self.get(lang, "honour_roll")
            .unwrap_or("Honours")
            .to_owned()
    }

    /// The URL segment of honour rolls in `lang` (`khen-thuong`, `honours`), from
    /// `honours_segment` made URL-safe; `honours` when the language has none.
    pub fn honours_segment(&self, lang: Lang) -> String {
        self.segment(lang, "honours_segment", "honours")
    }

    /// The URL segment of a ranking's other orders in `lang` (`xep-theo`, `sort`), from
    /// `sort_segment`; and of the orders by name and by percent (`sort_name_segment`,
    /// `sort_percent_segment`), each made URL-safe.
    pub fn sort_segments(&self, lang: Lang) -> [String; 3] {
        [
            self.segment(lang, "sort_segment", "sort"),
            self.segment(lang, "sort_name_segment", "name"),
            self.segment(lang, "sort_percent_segment", "percent"),
        ]
    }

    /// The text of `key` in `lang` as a URL segment, or `default` when it has none.
    fn segment(&self, lang: Lang, key: &str, default: &str) -> String {
        self.get(lang, key)
            .map(slugify)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| default.to_owned())
    }
}
