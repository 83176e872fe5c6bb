//! Every HTML page of the output, listed once: what it shows, its address and file, and the
//! same page in the other languages, so that rendering only reads them.

use std::collections::HashMap;
use std::path::PathBuf;

use super::address::Address;
use super::model::{Article, CampaignNode, Page, PageKind, Section};
use super::taxonomy::Taxonomy;
use crate::config::Config;
use crate::lang::Lang;

/// The finished parts of the graph that pages are listed from.
pub struct Parts<'a> {
    pub articles: &'a [Article],
    pub sections: &'a [Section],
    pub taxonomies: &'a [Taxonomy],
    pub campaigns: &'a [CampaignNode],
}

/// A page before its versions in other languages are known: its kind, language, address,
/// origin, and the key its translations share.
struct Draft {
    kind: PageKind,
    lang: Lang,
    address: Address,
    origin: PathBuf,
    /// Pages with the same key are one page in several languages; the page that `is_first` is
    /// the one other pages with its key lead to.
    key: Option<Key>,
    is_first: bool,
    /// Its `hreflang` equivalents are only itself.
    alone: bool,
}

/// Per language: a page's version there, as an index in the page list.
type Versions = Vec<Option<usize>>;

/// What makes pages translations of each other.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Section(String),
    Article(String),
    Taxonomy(&'static str),
    Term(usize, usize),
    Campaign(usize),
    Unit(usize, usize),
    Cluster(usize, usize),
}

/// The pages in a fixed order: sections (with their list pages), articles, taxonomies and
/// their terms, each campaign's pages per language, and the 404 page.
pub fn list(config: &Config, parts: &Parts) -> Vec<Page> {
    let drafts = drafts(config, parts);
    let none = vec![None; config.languages.len()];
    let mut by_key: HashMap<&Key, Vec<Option<usize>>> = HashMap::new();
    for (i, d) in drafts.iter().enumerate() {
        if let (Some(key), true) = (&d.key, d.is_first) {
            by_key.entry(key).or_insert_with(|| none.clone())[d.lang.0] = Some(i);
        }
    }
    let versions: Vec<(Versions, Versions)> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let translations = d
                .key
                .as_ref()
                .map_or_else(|| none.clone(), |k| by_key[k].clone());
            let alternates = match d.alone {
                true => config.langs().map(|l| (l == d.lang).then_some(i)).collect(),
                false => translations.clone(),
            };
            (translations, alternates)
        })
        .collect();
    drafts
        .into_iter()
        .zip(versions)
        .map(|(d, (translations, alternates))| Page {
            file: if d.kind == PageKind::NotFound {
                "404.html".to_owned()
            } else {
                format!("{}index.html", d.address.path)
            },
            kind: d.kind,
            lang: d.lang,
            address: d.address,
            origin: d.origin,
            translations,
            alternates,
        })
        .collect()
}

fn drafts(config: &Config, parts: &Parts) -> Vec<Draft> {
    let pages = |n: usize| n.div_ceil(config.paginate).max(1);
    let mut out = Vec::new();
    for (id, s) in parts.sections.iter().enumerate() {
        let origin = s
            .source
            .clone()
            .unwrap_or_else(|| PathBuf::from("content").join(&s.dir));
        let key = Some(Key::Section(s.dir.clone()));
        if s.dir.is_empty() {
            let (kind, lang) = (PageKind::Home(id), s.lang);
            let address = s.address.clone();
            let (is_first, alone) = (true, false);
            out.push(Draft {
                kind,
                lang,
                address,
                origin,
                key,
                is_first,
                alone,
            });
            continue;
        }
        for number in 1..=pages(s.pages.len()) {
            out.push(Draft {
                kind: PageKind::Section { id, number },
                lang: s.lang,
                address: s.address.page(config, number),
                origin: origin.clone(),
                key: key.clone(),
                is_first: number == 1,
                // Later pages have no counterpart in other languages: they list only themselves.
                alone: number > 1,
            });
        }
    }
    for (id, a) in parts.articles.iter().enumerate() {
        out.push(Draft {
            kind: PageKind::Article(id),
            lang: a.lang,
            address: a.address.clone(),
            origin: a.source.clone(),
            key: Some(Key::Article(a.key.clone())),
            is_first: true,
            alone: false,
        });
    }
    for (tax, t) in parts.taxonomies.iter().enumerate() {
        let origin = PathBuf::from(format!("the {} list", t.kind.name()));
        out.push(Draft {
            kind: PageKind::Taxonomy(tax),
            lang: t.lang,
            address: t.address.clone(),
            origin: origin.clone(),
            key: Some(Key::Taxonomy(t.kind.name())),
            is_first: true,
            alone: false,
        });
        for (term, tm) in t.terms.iter().enumerate() {
            for number in 1..=pages(tm.pages.len()) {
                out.push(Draft {
                    kind: PageKind::Term { tax, term, number },
                    lang: t.lang,
                    address: tm.address.page(config, number),
                    origin: origin.clone(),
                    // Every page of a term leads to its first, in its language only.
                    key: Some(Key::Term(tax, term)),
                    is_first: number == 1,
                    alone: false,
                });
            }
        }
    }
    for (c, node) in parts.campaigns.iter().enumerate() {
        campaign_pages(config, c, node, &mut out);
    }
    out.push(Draft {
        kind: PageKind::NotFound,
        lang: Lang::DEFAULT,
        address: Address::new(config, String::new()),
        origin: PathBuf::from("themes").join(&config.theme),
        key: None,
        is_first: false,
        alone: false,
    });
    out
}

fn campaign_pages(config: &Config, c: usize, node: &CampaignNode, out: &mut Vec<Draft>) {
    for lang in config.langs() {
        out.push(Draft {
            kind: PageKind::Campaign(c),
            lang,
            address: node.overview[lang.0].clone(),
            origin: node.data.source.clone(),
            key: Some(Key::Campaign(c)),
            is_first: true,
            alone: false,
        });
        for (u, unit) in node.data.units.iter().enumerate() {
            out.push(Draft {
                kind: PageKind::Unit { c, u },
                lang,
                address: node.units[u][lang.0].clone(),
                origin: unit.source.clone(),
                key: Some(Key::Unit(c, u)),
                is_first: true,
                alone: false,
            });
        }
        for cl in 0..node.data.clusters.len() {
            out.push(Draft {
                kind: PageKind::Cluster { c, cl },
                lang,
                address: node.clusters[cl][lang.0].clone(),
                origin: node.data.source.clone(),
                key: Some(Key::Cluster(c, cl)),
                is_first: true,
                alone: false,
            });
        }
    }
}
