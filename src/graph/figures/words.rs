//! A chosen figure in the words of a page's language: numbers as the results pages write them
//! (`data::format`), ranks with their ordinal and where they stand, a sum of only the units
//! present marked as the results pages mark it. The words are the theme's interface texts, or
//! the built-in theme's for the same language when a site's own i18n file has none.

use std::sync::OnceLock;

use super::choose::{Amount, Chosen, Rank};
use crate::config::Config;
use crate::data::{Campaign, format};
use crate::graph::names::Names;
use crate::lang::{Lang, Strings};
use crate::locale::{Locale, fill};
use crate::messages::Message;
use crate::msg;

/// The theme's words of quoted figures, in every language.
pub(super) struct Words<'a> {
    config: &'a Config,
    names: &'a Names<'a>,
    /// Per language: the built-in theme's texts, read when first needed.
    built_in: OnceLock<Vec<Option<Strings>>>,
}

impl<'a> Words<'a> {
    pub(super) fn new(config: &'a Config, names: &'a Names<'a>) -> Self {
        Words {
            config,
            names,
            built_in: OnceLock::new(),
        }
    }

    /// The text of `key` in `lang`: the theme's, else the built-in theme's.
    fn word(&self, lang: Lang, key: &str) -> Result<String, Message> {
        if let Some(text) = self.names.text(lang, key) {
            return Ok(text.to_owned());
        }
        let built_in = self.built_in.get_or_init(|| {
            self.config
                .langs()
                .map(|l| {
                    let text = crate::theme::built_in_i18n(self.config.code(l))?;
                    crate::yaml::from_str::<Strings>(&text).ok().map(|(s, _)| s)
                })
                .collect()
        });
        let code = self.config.code(lang);
        built_in[lang.0]
            .as_ref()
            .and_then(|s| s.get(key))
            .cloned()
            .ok_or_else(|| {
                msg!(
                    "render-text-missing",
                    key = key,
                    lang = code,
                    theme = &self.config.theme
                )
            })
    }

    /// `chosen` written in `lang`; None when the theme, and with it the notation, has errors.
    pub(super) fn write(
        &self,
        chosen: &Chosen,
        c: &Campaign,
        lang: Lang,
    ) -> Option<Result<String, Message>> {
        let loc = self.names.locale(lang)?;
        let metric = |m: usize| &c.metrics[m];
        let text = match &chosen.amount {
            Amount::Figure(f, m) => format::figure(f, metric(*m).kind, &metric(*m).currency, loc),
            Amount::Whole(t, m) => format::amount(*t, metric(*m).kind, &metric(*m).currency, loc),
            Amount::Percent(p, q) => format::qualified_percent(*p, *q, loc),
            Amount::Count(n) => format::count(*n as f64, loc),
            Amount::Rank(r) => match self.rank(r, c, lang, loc) {
                Ok(text) => text,
                Err(e) => return Some(Err(e)),
            },
        };
        if !chosen.partial {
            return Some(Ok(text));
        }
        let key = match c.units_expected {
            Some(_) => "basis_some_units",
            None => "basis_present_units",
        };
        let present = c.units.len().to_string();
        let expected = c.units_expected.map(|n| n.to_string()).unwrap_or_default();
        let note = self.word(lang, key).map(|pattern| {
            let args = [
                ("present", present.as_str()),
                ("expected", expected.as_str()),
            ];
            format!("{text} ({})", fill(&pattern, &args))
        });
        Some(note)
    }

    /// A rank with its ordinal (`25th`, `thứ 25`) and where it stands.
    fn rank(&self, r: &Rank, c: &Campaign, lang: Lang, loc: &Locale) -> Result<String, Message> {
        let form = format!("ordinal_{}", loc.ordinal_form(r.rank));
        let ordinal = self
            .word(lang, &form)
            .or_else(|_| self.word(lang, "ordinal_other"))?;
        let rank = r.rank.to_string();
        let ordinal = fill(&ordinal, &[("n", rank.as_str())]);
        let count = r.count.map(|n| n.to_string()).unwrap_or_default();
        let present = r.present.to_string();
        let expected = r.expected.map(|n| n.to_string()).unwrap_or_default();
        let cluster = r
            .cluster
            .map_or("", |i| self.config.text(&c.clusters[i].name, lang));
        let pattern = self.word(lang, r.key)?;
        Ok(fill(
            &pattern,
            &[
                ("rank", ordinal.as_str()),
                ("count", count.as_str()),
                ("present", present.as_str()),
                ("expected", expected.as_str()),
                ("cluster", cluster),
            ],
        ))
    }
}
