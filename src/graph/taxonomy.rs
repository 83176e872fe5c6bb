//! Tags and categories per language: terms grouped by slug (so `Hóa` and `Hoá` are one term),
//! listed in the reader's alphabet.

use std::collections::{BTreeMap, HashMap};

use super::address::{Address, lang_prefix};
use super::model::{Article, PageId};
use crate::config::Config;
use crate::lang::Lang;
use crate::text::slugify;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TaxKind {
    Tags,
    Categories,
}

impl TaxKind {
    pub const ALL: [TaxKind; 2] = [TaxKind::Tags, TaxKind::Categories];

    /// The URL segment and template name of the taxonomy.
    pub fn name(self) -> &'static str {
        match self {
            TaxKind::Tags => "tags",
            TaxKind::Categories => "categories",
        }
    }

    /// The term names an article has in this taxonomy.
    pub fn terms_of(self, a: &Article) -> Vec<&str> {
        match self {
            TaxKind::Tags => a.fm.tags.iter().map(String::as_str).collect(),
            TaxKind::Categories => a.fm.category.as_deref().into_iter().collect(),
        }
    }
}

/// One taxonomy in one language.
#[derive(Debug)]
pub struct Taxonomy {
    pub kind: TaxKind,
    pub lang: Lang,
    pub address: Address,
    /// Sorted by name in the language's alphabet.
    pub terms: Vec<Term>,
    /// Term slug -> index in `terms`.
    by_slug: HashMap<String, usize>,
}

/// One tag or category: its name as first written, its URL, its articles newest first.
#[derive(Debug)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub address: Address,
    pub pages: Vec<PageId>,
}

impl Taxonomy {
    pub fn term(&self, name: &str) -> Option<&Term> {
        self.by_slug.get(&slugify(name)).map(|&i| &self.terms[i])
    }
}

/// `latest` order is reused so term pages list newest first without sorting again.
pub fn build(config: &Config, articles: &[Article]) -> Vec<Taxonomy> {
    let mut out = Vec::new();
    for lang in config.langs() {
        let mut order: Vec<PageId> = (0..articles.len())
            .filter(|&i| articles[i].lang == lang)
            .collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&articles[a], &articles[b]);
            b.date
                .cmp(&a.date)
                .then_with(|| a.address.path.cmp(&b.address.path))
        });
        for kind in TaxKind::ALL {
            let address = Address::new(
                config,
                format!("{}{}/", lang_prefix(config, lang), kind.name()),
            );
            let mut by_slug: BTreeMap<String, Term> = BTreeMap::new();
            for &id in &order {
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
            let by_slug = terms
                .iter()
                .enumerate()
                .map(|(i, t)| (t.slug.clone(), i))
                .collect();
            out.push(Taxonomy {
                kind,
                lang,
                address,
                terms,
                by_slug,
            });
        }
    }
    out
}
