//! The page graph: every page of every language with its URL, translations, lists and terms.
//! Built once from parsed content, then frozen and shared by the parallel render.

mod parse;
mod routes;
mod taxonomy;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use crate::config::Config;
use crate::content::Sources;
use crate::content::front_matter::FrontMatter;
use crate::data::{Campaign, Loaded};
use crate::diagnostics::Diagnostic;
use crate::images::{Photo, Processor};
use crate::lang::Lang;

pub use taxonomy::{TaxKind, Taxonomy, Term};

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
    /// URL path below the base URL, ending in `/` (`tin-tuc/a/`).
    pub path: String,
    pub html: String,
    pub summary: String,
    /// The same article in the other languages, in language order.
    pub translations: Vec<PageId>,
    /// The (campaign, unit) its front matter names.
    pub unit: Option<(usize, usize)>,
    /// Its first photo (or `image:`), and the photo's alt text.
    pub thumbnail: Option<(Photo, String)>,
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
    pub path: String,
    pub html: String,
    /// Its own articles, newest first.
    pub pages: Vec<PageId>,
    pub subsections: Vec<SectionId>,
    pub parent: Option<SectionId>,
    pub translations: Vec<SectionId>,
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
    pub fm: FrontMatter,
}

/// A campaign with its pages: overview, units and clusters, in every language.
#[derive(Debug)]
pub struct CampaignNode {
    pub data: Campaign,
    /// Per language: the overview's URL path.
    pub paths: Vec<String>,
    /// Per language: the section that lists the campaign.
    pub section: Vec<SectionId>,
    pub intro: Vec<Option<Intro>>,
    /// Per unit: the articles naming it, every language, newest first.
    pub unit_articles: Vec<Vec<PageId>>,
}

impl CampaignNode {
    pub fn unit_path(&self, unit: usize, lang: Lang) -> String {
        format!("{}{}/", self.paths[lang.0], self.data.units[unit].slug)
    }

    pub fn cluster_path(&self, cluster: usize, lang: Lang) -> String {
        format!(
            "{}clusters/{}/",
            self.paths[lang.0], self.data.clusters[cluster].slug
        )
    }
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
    /// Per language: its home section.
    pub homes: Vec<SectionId>,
    pub campaigns: Vec<CampaignNode>,
    /// Problems that are warnings in `build` and errors in `check` (photos without alt text).
    pub strict: Vec<Diagnostic>,
}

impl SiteGraph {
    /// Sections that have an `_index` file or articles of their own, for navigation.
    pub fn nav(&self, lang: Lang) -> impl Iterator<Item = &Section> {
        let home = &self.sections[self.homes[lang.0]];
        home.subsections.iter().map(|&s| &self.sections[s])
    }
}

/// Builds the graph from loaded sources. `drafts` publishes pages marked `draft: true`.
pub fn build(
    config: &Config,
    sources: Sources,
    results: Loaded,
    drafts: bool,
    photos: &Processor,
) -> Result<SiteGraph, Vec<Diagnostic>> {
    let Loaded {
        campaigns,
        campaign_failed,
    } = results;
    let (parsed, mut errors) = parse::front_matter(config, sources.docs, drafts);
    let (routed, route_errors) = routes::route(config, parsed, &campaigns, campaign_failed);
    errors.extend(route_errors);
    match parse::bodies(config, &routed, &sources.assets, photos) {
        Ok(bodies) if errors.is_empty() => Ok(routes::freeze(
            config,
            routed,
            bodies,
            &sources.assets,
            campaigns,
        )),
        Ok(_) => Err(errors),
        Err(mut e) => {
            errors.append(&mut e);
            Err(errors)
        }
    }
}

/// The URL path prefix of a language: `` for the default one, `en/` for the others.
pub fn lang_prefix(config: &Config, lang: Lang) -> String {
    if lang.is_default() {
        String::new()
    } else {
        format!("{}/", config.code(lang))
    }
}

/// Percent-encodes a path for use in a URL (keeps `/` and unreserved characters).
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
