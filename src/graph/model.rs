//! The frozen page graph's types: what the render stage reads, every field filled when the value
//! is made, every URL computed once.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use super::address::Address;
pub use super::store::{Store, Stored, Words};
use crate::content::front_matter::FrontMatter;
pub use crate::content::markdown::PlainText;
use crate::data::Campaign;
use crate::images::Photo;
use crate::lang::Lang;
use crate::text::slugify;

/// Index of an article in `SiteGraph::articles`.
pub type PageId = usize;
/// Index of a section in `SiteGraph::sections`.
pub type SectionId = usize;

/// One article in one language.
#[derive(Debug)]
pub struct Article {
    pub lang: Lang,
    /// Shared by the translations of this article.
    pub key: String,
    /// The Markdown file, relative to the site root.
    pub source: PathBuf,
    pub fm: FrontMatter,
    pub date: DateTime<FixedOffset>,
    pub title: String,
    pub section: SectionId,
    pub address: Address,
    /// Its body's HTML and words (for the search index), in the graph's `store`.
    pub html: Stored,
    pub text: Words,
    pub summary: String,
    /// The same article in the other languages, in language order.
    pub translations: Vec<PageId>,
    /// The (campaign, unit) its front matter names.
    pub unit: Option<(usize, usize)>,
    /// Its first photo (or `image:`), with the addresses lists and shared links use.
    pub thumbnail: Option<Thumbnail>,
}

/// The photo shown with an article in lists and shared links.
#[derive(Debug)]
pub struct Thumbnail {
    pub photo: Photo,
    pub alt: String,
    /// The smallest variant's address, and the two smallest as a `srcset` list.
    pub src: String,
    pub srcset: String,
    /// The full address of the Open Graph (1200 px) variant.
    pub og_image: String,
}

/// A section (or the home page, whose `dir` is empty) in one language.
#[derive(Debug)]
pub struct Section {
    pub lang: Lang,
    /// Folder relative to `content/`.
    pub dir: String,
    pub source: Option<PathBuf>,
    pub fm: FrontMatter,
    pub title: String,
    pub address: Address,
    pub html: String,
    /// The words of its Markdown, for the search index.
    pub text: PlainText,
    /// Its own articles, newest first.
    pub pages: Vec<PageId>,
    pub subsections: Vec<SectionId>,
    pub parent: Option<SectionId>,
    pub translations: Vec<SectionId>,
    /// Campaigns whose overview this section lists.
    pub campaigns: Vec<usize>,
}

/// A file published as is: its source and its path in the output.
#[derive(Debug, Clone)]
pub struct PublishedAsset {
    pub from: PathBuf,
    pub to: String,
}

/// The text of a campaign's overview, from its folder's `_index.<lang>.md`.
#[derive(Debug, Clone)]
pub struct Intro {
    pub title: Option<String>,
    pub html: String,
    /// The words of its Markdown, for the search index.
    pub text: PlainText,
    pub fm: FrontMatter,
}

/// A campaign with its pages: overview, units and clusters, in every language.
#[derive(Debug)]
pub struct CampaignNode {
    pub data: Campaign,
    /// Per language: the overview.
    pub overview: Vec<Address>,
    /// Per language: its open data files.
    pub csv: Vec<Address>,
    pub json: Vec<Address>,
    /// Per language: the honour roll (`ket-qua/<campaign>/khen-thuong/`) and its open data,
    /// made when the campaign declares awards.
    pub honours: Vec<Address>,
    /// Per language: the honour roll's title (the theme's `honour_roll`).
    pub honours_title: Vec<String>,
    pub honours_csv: Vec<Address>,
    pub honours_json: Vec<Address>,
    /// Per unit, per language.
    pub units: Vec<Vec<Address>>,
    /// Per cluster, per language (`ket-qua/<campaign>/cum/<cluster>/`).
    pub clusters: Vec<Vec<Address>>,
    /// Per cluster, per language: the address earlier versions published the cluster page at
    /// (`<campaign>/clusters/<cluster>/`), where it differs from today's; a redirect page.
    pub old_clusters: Vec<Vec<Option<Address>>>,
    /// Per language: the section that lists the campaign.
    pub section: Vec<SectionId>,
    pub intro: Vec<Option<Intro>>,
    /// Per unit: the articles naming it, every language, newest first.
    pub unit_articles: Vec<Vec<PageId>>,
    /// The orders its ranking can be read in besides by rank, each with a page per language
    /// (`ket-qua/<campaign>/xep-theo/ten/`), so that a table sorts without a script.
    pub sorted: Vec<(SortOrder, Vec<Address>)>,
}

/// An order of a campaign's ranking other than by rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// By name, in the reader's alphabet.
    Name,
    /// By percent of target of the ranking metric, highest first.
    Percent,
    /// By metric `m` (not the ranking metric), highest first.
    Metric(usize),
}

/// What an output page shows; its template follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home(SectionId),
    /// Page `number` (1-based) of a section's list.
    Section {
        id: SectionId,
        number: usize,
    },
    Article(PageId),
    Taxonomy(usize),
    Term {
        tax: usize,
        term: usize,
        number: usize,
    },
    Campaign(usize),
    Unit {
        c: usize,
        u: usize,
    },
    Cluster {
        c: usize,
        cl: usize,
    },
    /// A campaign's honour roll.
    Honours(usize),
    /// A campaign's ranking in the order at index `s` of its `sorted`.
    Sorted {
        c: usize,
        s: usize,
    },
    /// The page shown for an address that has none, one per language.
    NotFound,
    /// The search page of a language.
    Search,
    /// An address a page was published at before: it sends the reader on to the page at index
    /// `to` of `SiteGraph::pages`.
    Redirect {
        to: usize,
    },
}

impl PageKind {
    pub fn template(self) -> &'static str {
        match self {
            PageKind::Home(_) => "home.html",
            PageKind::Section { .. } => "section.html",
            PageKind::Article(_) => "article.html",
            PageKind::Taxonomy(_) => "taxonomy_list.html",
            PageKind::Term { .. } => "taxonomy_term.html",
            PageKind::Campaign(_) => "campaign.html",
            PageKind::Unit { .. } => "unit.html",
            PageKind::Cluster { .. } => "cluster.html",
            PageKind::Honours(_) => "honours.html",
            PageKind::Sorted { .. } => "sorted.html",
            PageKind::NotFound => "404.html",
            PageKind::Search => "search.html",
            PageKind::Redirect { .. } => "redirect.html",
        }
    }
}

/// One HTML file of the output.
#[derive(Debug)]
pub struct Page {
    pub kind: PageKind,
    pub lang: Lang,
    pub address: Address,
    /// Path of the file in the output folder (`tin-tuc/a/index.html`).
    pub file: String,
    /// What the page is made from, for messages.
    pub origin: PathBuf,
    /// Per language: where the language switcher leads (an index in `SiteGraph::pages`): this
    /// page in that language, if it exists (a later page of a list leads to the first).
    pub translations: Vec<Option<usize>>,
    /// Per language: the equivalent page for `hreflang` links (a later page of a section's list
    /// has none but itself).
    pub alternates: Vec<Option<usize>>,
}

/// The frozen site: what the render stage reads.
#[derive(Debug)]
pub struct SiteGraph {
    pub articles: Vec<Article>,
    pub sections: Vec<Section>,
    pub taxonomies: Vec<Taxonomy>,
    pub assets: Vec<PublishedAsset>,
    /// Per language: every article, newest first.
    pub latest: Vec<Vec<PageId>>,
    /// Each article's place in its language's `latest`: that order as one number to compare.
    pub place: Vec<u32>,
    /// Per language: its home section.
    pub homes: Vec<SectionId>,
    pub campaigns: Vec<CampaignNode>,
    /// Every HTML page of the output, in a fixed order.
    pub pages: Vec<Page>,
    /// Per language: the Atom feed's address.
    pub feeds: Vec<Address>,
    /// The sitemap's address.
    pub sitemap: Address,
    /// Per language: the search page, and the folder of its index (`search-index/vi/`).
    pub search: Vec<Address>,
    pub search_index: Vec<Address>,
    /// The photos the pages show, each once, in a fixed order.
    pub photos: Vec<Photo>,
    /// (translation key, language) of each draft left out of this build -> its path relative
    /// to `content/` (for `check`: a translation that is a draft is not a missing one).
    pub drafts: HashMap<(String, Lang), String>,
    /// Where the articles' HTML and words are kept.
    pub store: Store,
}

impl SiteGraph {
    /// Sections that have an `_index` file or articles of their own, for navigation.
    pub fn nav(&self, lang: Lang) -> impl Iterator<Item = &Section> {
        let home = &self.sections[self.homes[lang.0]];
        home.subsections.iter().map(|&s| &self.sections[s])
    }

    /// The address of `lang`'s home page.
    pub fn home(&self, lang: Lang) -> &Address {
        &self.sections[self.homes[lang.0]].address
    }

    /// The taxonomy of `kind` in `lang`.
    pub fn taxonomy(&self, kind: TaxKind, lang: Lang) -> &Taxonomy {
        self.taxonomies
            .iter()
            .find(|t| t.kind == kind && t.lang == lang)
            .expect("every language has every taxonomy")
    }
}

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
    /// A taxonomy of `terms`, sorted as they will be listed.
    pub fn new(kind: TaxKind, lang: Lang, address: Address, terms: Vec<Term>) -> Self {
        let by_slug = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.slug.clone(), i))
            .collect();
        Taxonomy {
            kind,
            lang,
            address,
            terms,
            by_slug,
        }
    }

    pub fn term(&self, name: &str) -> Option<&Term> {
        self.by_slug.get(&slugify(name)).map(|&i| &self.terms[i])
    }
}
