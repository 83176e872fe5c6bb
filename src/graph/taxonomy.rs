//! Tags and categories per language, built from the articles: terms grouped by slug (so `Hóa`
//! and `Hoá` are one term), listed in the reader's alphabet.

use std::collections::BTreeMap;

use super::address::{Address, lang_prefix};
use super::model::{Article, PageId, TaxKind, Taxonomy, Term};
use crate::config::Config;
use crate::text::slugify;

/// `latest` (each language's articles, newest first) is reused so term pages list newest
/// first without sorting again.
pub fn build(config: &Config, articles: &[Article], latest: &[Vec<PageId>]) -> Vec<Taxonomy> {
    let mut out = Vec::new();
    for lang in config.langs() {
        let order = &latest[lang.0];
        for kind in TaxKind::ALL {
            let address = Address::new(
                config,
                format!("{}{}/", lang_prefix(config, lang), kind.name()),
            );
            let mut by_slug: BTreeMap<String, Term> = BTreeMap::new();
            for &id in order {
                for name in kind.terms_of(&articles[id]) {
                    let slug = slugify(name);
                    if slug.is_empty() {
                        continue;
                    }
                    let term = by_slug.entry(slug.clone()).or_insert_with(|| Term {
                        name: name.to_owned(),
                        address: Address::new(config, format!("{}{slug}/", address.path)),
                        slug,
                        pages: Vec::new(),
                    });
                    if term.pages.last() != Some(&id) {
                        term.pages.push(id);
                    }
                }
            }
            let mut terms: Vec<Term> = by_slug.into_values().collect();
            crate::collate::sort_by_name(&mut terms, config.code(lang), |t| &t.name);
            out.push(Taxonomy::new(kind, lang, address, terms));
        }
    }
    out
}
