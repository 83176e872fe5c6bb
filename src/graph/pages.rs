//! Every HTML page of the output, listed once: what it shows, its address and file, and the
//! same page in the other languages, so that rendering only reads them.

use std::collections::HashMap;
use std::path::PathBuf;

use super::address::{Address, lang_prefix};
use super::model::{Article, CampaignNode, Page, PageKind, Section, Taxonomy};
use crate::config::Config;
use crate::lang::Lang;

/// The finished parts of the graph that pages are listed from.
pub struct Parts<'a> {
    pub articles: &'a [Article],
    pub sections: &'a [Section],
    pub taxonomies: &'a [Taxonomy],
    pub campaigns: &'a [CampaignNode],
    /// Per language, the search page's address.
    pub search: &'a [Address],
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
    Honours(usize),
    Sorted(usize, usize),
    NotFound,
    Search,
}

/// The pages in a fixed order (the sitemap's): sections (with their list pages), articles,
/// each campaign's pages (with the redirects from old cluster addresses), taxonomies and their
/// terms, and the 404 page of each language.
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
            let alternates = match (d.kind, d.alone) {
                // Pages no search engine should list have no `hreflang` equivalents.
                (PageKind::NotFound | PageKind::Redirect { .. }, _) => none.clone(),
                (_, true) => config.langs().map(|l| (l == d.lang).then_some(i)).collect(),
                (_, false) => translations.clone(),
            };
            (translations, alternates)
        })
        .collect();
    drafts
        .into_iter()
        .zip(versions)
        .map(|(d, (translations, alternates))| Page {
            file: if d.kind == PageKind::NotFound {
                d.address.path.clone()
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

impl Draft {
    /// A page that is the one its key leads to.
    fn one(kind: PageKind, lang: Lang, address: Address, origin: PathBuf, key: Key) -> Self {
        Draft {
            kind,
            lang,
            address,
            origin,
            key: Some(key),
            is_first: true,
            alone: false,
        }
    }
}

fn drafts(config: &Config, parts: &Parts) -> Vec<Draft> {
    let mut out = Vec::new();
    for (id, s) in parts.sections.iter().enumerate() {
        section_pages(config, id, s, &mut out);
    }
    for (id, a) in parts.articles.iter().enumerate() {
        let key = Key::Article(a.key.clone());
        let (address, origin) = (a.address.clone(), a.source.clone());
        out.push(Draft::one(
            PageKind::Article(id),
            a.lang,
            address,
            origin,
            key,
        ));
    }
    for (c, node) in parts.campaigns.iter().enumerate() {
        campaign_pages(config, c, node, &mut out);
    }
    for (tax, t) in parts.taxonomies.iter().enumerate() {
        taxonomy_pages(config, tax, t, &mut out);
    }
    for lang in config.langs().filter(|_| config.search) {
        let origin = PathBuf::from("themes").join(&config.theme);
        let address = parts.search[lang.0].clone();
        out.push(Draft::one(
            PageKind::Search,
            lang,
            address,
            origin,
            Key::Search,
        ));
    }
    for lang in config.langs() {
        // `404.html`, `en/404.html`: each language's own, the switcher leading between them.
        let address = Address::new(config, format!("{}404.html", lang_prefix(config, lang)));
        let origin = PathBuf::from("themes").join(&config.theme);
        let (kind, key) = (PageKind::NotFound, Key::NotFound);
        out.push(Draft::one(kind, lang, address, origin, key));
    }
    out
}

/// How many pages a list of `n` items takes.
fn pages(config: &Config, n: usize) -> usize {
    n.div_ceil(config.paginate).max(1)
}

fn section_pages(config: &Config, id: usize, s: &Section, out: &mut Vec<Draft>) {
    let origin = s
        .source
        .clone()
        .unwrap_or_else(|| PathBuf::from("content").join(&s.dir));
    let key = Key::Section(s.dir.clone());
    if s.dir.is_empty() {
        let address = s.address.clone();
        out.push(Draft::one(PageKind::Home(id), s.lang, address, origin, key));
        return;
    }
    for number in 1..=pages(config, s.pages.len()) {
        out.push(Draft {
            kind: PageKind::Section { id, number },
            lang: s.lang,
            address: s.address.page(config, number),
            origin: origin.clone(),
            key: Some(key.clone()),
            is_first: number == 1,
            // Later pages have no counterpart in other languages: they list only themselves.
            alone: number > 1,
        });
    }
}

fn taxonomy_pages(config: &Config, tax: usize, t: &Taxonomy, out: &mut Vec<Draft>) {
    let origin = PathBuf::from(format!("the {} list", t.kind.name()));
    let key = Key::Taxonomy(t.kind.name());
    let address = t.address.clone();
    out.push(Draft::one(
        PageKind::Taxonomy(tax),
        t.lang,
        address,
        origin.clone(),
        key,
    ));
    for (term, tm) in t.terms.iter().enumerate() {
        for number in 1..=pages(config, tm.pages.len()) {
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

/// A campaign's overview, units, honour roll and clusters, each in every language.
fn campaign_pages(config: &Config, c: usize, node: &CampaignNode, out: &mut Vec<Draft>) {
    let origin = &node.data.source;
    for lang in config.langs() {
        let address = node.overview[lang.0].clone();
        let key = Key::Campaign(c);
        out.push(Draft::one(
            PageKind::Campaign(c),
            lang,
            address,
            origin.clone(),
            key,
        ));
    }
    for (u, unit) in node.data.units.iter().enumerate() {
        for lang in config.langs() {
            let address = node.units[u][lang.0].clone();
            let (kind, key) = (PageKind::Unit { c, u }, Key::Unit(c, u));
            out.push(Draft::one(kind, lang, address, unit.source.clone(), key));
        }
    }
    if !node.data.awards.is_empty() {
        for lang in config.langs() {
            let address = node.honours[lang.0].clone();
            let (kind, key) = (PageKind::Honours(c), Key::Honours(c));
            out.push(Draft::one(kind, lang, address, origin.clone(), key));
        }
    }
    for s in 0..node.sorted.len() {
        for lang in config.langs() {
            let address = node.sorted[s].1[lang.0].clone();
            let (kind, key) = (PageKind::Sorted { c, s }, Key::Sorted(c, s));
            out.push(Draft::one(kind, lang, address, origin.clone(), key));
        }
    }
    for cl in 0..node.data.clusters.len() {
        for lang in config.langs() {
            let address = node.clusters[cl][lang.0].clone();
            let (kind, key) = (PageKind::Cluster { c, cl }, Key::Cluster(c, cl));
            out.push(Draft::one(kind, lang, address, origin.clone(), key));
            if let Some(old) = &node.old_clusters[cl][lang.0] {
                out.push(Draft {
                    kind: PageKind::Redirect { to: out.len() - 1 },
                    lang,
                    address: old.clone(),
                    origin: origin.clone(),
                    key: None,
                    is_first: false,
                    alone: false,
                });
            }
        }
    }
}
