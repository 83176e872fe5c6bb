//! What every view builder holds (the configuration, the frozen graph, the theme's strings)
//! and the few things every view needs: a link, a text of the theme, a metric's name.

use std::collections::HashMap;

use serde::Serialize;

use crate::config::Config;
use crate::data::schema::{MetricKind, Source};
use crate::data::{Campaign, Metric};
use crate::graph::SiteGraph;
use crate::lang::Lang;
use crate::locale::Locales;
use crate::theme::Strings;

/// A titled link.
#[derive(Serialize)]
pub struct Link<'a> {
    pub title: &'a str,
    pub url: String,
}

/// Where a figure or an honour was published.
#[derive(Serialize)]
pub struct SourceView<'a> {
    pub title: &'a str,
    pub url: Option<&'a str>,
    pub date: Option<String>,
}

#[derive(Serialize)]
pub struct MetricView<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub kind: MetricKind,
    /// What its figures are counted in, for a table's heading: the currency of money
    /// (`đồng`, `VND`); none for counts, which the label names.
    pub unit: Option<String>,
}

/// Builds views; holds what every view needs.
pub struct Views<'a> {
    pub config: &'a Config,
    pub graph: &'a SiteGraph,
    /// The theme's interface strings per language, for texts made in code (chart titles).
    pub strings: &'a HashMap<String, Strings>,
    /// How each language writes numbers and dates.
    pub locales: &'a Locales,
}

impl<'a> Views<'a> {
    pub fn code(&self, lang: Lang) -> &'a str {
        self.config.code(lang)
    }

    /// The theme's text `key` in `lang`, with `{name}` placeholders filled.
    pub fn tr(&self, lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self
            .strings
            .get(self.config.code(lang))
            .and_then(|s| s.get(key))
            .cloned()
            .unwrap_or_default();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// A campaign's short name in `lang`, else its name.
    pub fn short_name(&self, c: &'a Campaign, lang: Lang) -> &'a str {
        let name = c.short_name.as_ref().unwrap_or(&c.name);
        self.config.text(name, lang)
    }

    /// Where a figure or an honour was published, in the reader's words.
    pub fn source(&self, s: &'a Source, lang: Lang) -> SourceView<'a> {
        SourceView {
            title: self.config.text(&s.title, lang),
            url: s.url.as_deref(),
            date: s
                .date
                .map(|d| crate::dates::format_day(d.0, self.locales.get(lang))),
        }
    }

    pub fn metric_view(&self, m: &'a Metric, lang: Lang) -> MetricView<'a> {
        MetricView {
            id: &m.id,
            label: self.config.text(&m.label, lang),
            kind: m.kind,
            unit: (m.kind == MetricKind::Money).then(|| {
                self.locales
                    .get(lang)
                    .words
                    .currency(&m.currency)
                    .to_owned()
            }),
        }
    }
}
