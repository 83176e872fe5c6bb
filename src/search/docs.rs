//! The pages a language's search finds, each with its words by weight: articles, sections,
//! campaign overviews, units and clusters, from the graph (never navigation or footers).

use std::borrow::Cow;

use crate::config::Config;
use crate::graph::{PageId, PageKind, SiteGraph};
use crate::lang::Lang;
use crate::locale::Locale;

/// How much a word counts by where it stands: the title, then headings, summary, tags,
/// category and unit names, then the body.
pub const TIERS: usize = 3;

/// The longest text kept for a result's snippet, in characters.
const SNIPPET_TEXT: usize = 1200;

/// One page of the index.
pub struct Doc<'a> {
    pub url: &'a str,
    pub title: &'a str,
    /// Its date in the language's short form, for articles.
    pub date: String,
    /// The section or campaign it belongs to.
    pub section: &'a str,
    /// Its words by tier.
    pub fields: [Vec<Cow<'a, str>>; TIERS],
    /// The start of its text, for the snippet.
    pub text: String,
    /// When it was published (articles): newer pages first among equals.
    pub sort: Option<i64>,
    /// The article whose words wait in the graph's store until [`Doc::fill`] reads them.
    pub(super) article: Option<PageId>,
}

impl<'a> Doc<'a> {
    /// Reads an article's words (its headings and body) from the graph's store, and makes its
    /// snippet; the other pages have theirs from the start.
    pub fn fill(&mut self, graph: &'a SiteGraph) -> std::io::Result<()> {
        let Some(id) = self.article else {
            return Ok(());
        };
        let a = &graph.articles[id];
        // After the summary, as the article's page shows them.
        self.fields[1].insert(1, graph.store.get(&a.text.headings)?);
        let text = graph.store.get(&a.text.body)?;
        // An editor's summary first in the snippet (the default one is the first paragraph).
        self.fields[2] = match a.fm.summary.is_some() {
            true => vec![a.summary.as_str().into(), "\n".into(), text],
            false => vec![text],
        };
        self.text = snippet(&self.fields);
        Ok(())
    }

    /// Lets go of what [`Doc::fill`] read, once the index has the page's words.
    pub fn empty(&mut self) {
        if self.article.is_some() {
            self.fields = Default::default();
            self.text = String::new();
        }
    }

    /// The article this page is, whose body's words [`Doc::fill`] reads.
    pub fn article(&self) -> Option<PageId> {
        self.article
    }
}

/// The start of the text, or (units, clusters) the names the page shows.
fn snippet(fields: &[Vec<Cow<str>>; TIERS]) -> String {
    let [_, strong, body] = fields;
    let text: String = body
        .iter()
        .flat_map(|b| b.chars())
        .take(SNIPPET_TEXT)
        .collect();
    match text.trim().is_empty() {
        true => strong.join(" · "),
        false => text,
    }
}

/// The pages of `lang`, articles newest first, then sections, campaigns, units and clusters.
pub fn docs<'a>(config: &'a Config, graph: &'a SiteGraph, lang: Lang, l: &Locale) -> Vec<Doc<'a>> {
    let mut out = Vec::new();
    for page in graph.pages.iter().filter(|p| p.lang == lang) {
        let url = page.address.url.as_str();
        match page.kind {
            PageKind::Article(id) => out.push(article(config, graph, id, url, l)),
            PageKind::Section { id, number: 1 } => {
                let s = &graph.sections[id];
                let text = s.text.body.as_str();
                out.push(doc(
                    url,
                    &s.title,
                    "",
                    [vec![], vec![&s.text.headings], vec![text]],
                ));
            }
            PageKind::Campaign(c) => out.push(campaign(config, graph, c, lang, url)),
            PageKind::Unit { c, u } => {
                let data = &graph.campaigns[c].data;
                let unit = &data.units[u];
                let cluster = unit
                    .cluster
                    .map(|cl| config.text(&data.clusters[cl].name, lang));
                let name = config.text(&data.name, lang);
                let mut strong: Vec<&str> = vec![name].into_iter().chain(cluster).collect();
                strong.extend(recipients(config, &unit.honours, lang));
                out.push(doc(
                    url,
                    config.text(&unit.name, lang),
                    name,
                    [vec![], strong, vec![]],
                ));
            }
            PageKind::Cluster { c, cl } => {
                let data = &graph.campaigns[c].data;
                let units = data
                    .units
                    .iter()
                    .filter(|u| u.cluster == Some(cl))
                    .map(|u| config.text(&u.name, lang))
                    .collect();
                let name = config.text(&data.name, lang);
                let title = config.text(&data.clusters[cl].name, lang);
                out.push(doc(url, title, name, [vec![], units, vec![]]));
            }
            PageKind::Honours(c) => {
                let node = &graph.campaigns[c];
                let data = &node.data;
                let mut strong: Vec<&str> = data
                    .awards
                    .iter()
                    .map(|a| config.text(&a.name, lang))
                    .collect();
                for u in data.units.iter().filter(|u| !u.honours.is_empty()) {
                    strong.push(config.text(&u.name, lang));
                    strong.extend(recipients(config, &u.honours, lang));
                }
                let title = node.honours_title[lang.0].as_str();
                let name = config.text(&data.name, lang);
                out.push(doc(url, title, name, [vec![], strong, vec![]]));
            }
            _ => {}
        }
    }
    // Articles newest first: a tie in score shows the newer page first.
    out.sort_by_key(|d| std::cmp::Reverse(d.sort));
    out
}

/// The names, workplaces and initiatives of the recipients of `honours`.
fn recipients<'a>(
    config: &'a Config,
    honours: &'a [crate::data::honours::Honour],
    lang: Lang,
) -> impl Iterator<Item = &'a str> {
    honours
        .iter()
        .flat_map(|h| &h.recipients)
        .flat_map(move |r| {
            std::iter::once(&r.name)
                .chain(&r.workplace)
                .chain(&r.initiative)
                .map(move |t| config.text(t, lang))
        })
}

fn doc<'a>(
    url: &'a str,
    title: &'a str,
    section: &'a str,
    words: [Vec<&'a str>; TIERS],
) -> Doc<'a> {
    let [_, strong, body] = words.map(|tier| tier.into_iter().map(Cow::Borrowed).collect());
    let fields = [vec![Cow::Borrowed(title)], strong, body];
    Doc {
        url,
        title,
        date: String::new(),
        section,
        text: snippet(&fields),
        fields,
        sort: None,
        article: None,
    }
}

fn article<'a>(
    config: &'a Config,
    graph: &'a SiteGraph,
    id: usize,
    url: &'a str,
    l: &Locale,
) -> Doc<'a> {
    let a = &graph.articles[id];
    // Its headings and body are read from the store by `Doc::fill`.
    let mut strong: Vec<&str> = vec![&a.summary];
    strong.extend(a.fm.tags.iter().map(String::as_str));
    strong.extend(a.fm.category.as_deref());
    if let Some((c, u)) = a.unit {
        let data = &graph.campaigns[c].data;
        strong.push(config.text(&data.units[u].name, a.lang));
    }
    let section = graph.sections[a.section].title.as_str();
    let mut d = doc(url, &a.title, section, [vec![], strong, vec![]]);
    d.date = l.short_date.format(a.date.naive_local());
    d.sort = Some(a.date.timestamp());
    d.article = Some(id);
    d
}

fn campaign<'a>(
    config: &'a Config,
    graph: &'a SiteGraph,
    c: usize,
    lang: Lang,
    url: &'a str,
) -> Doc<'a> {
    let node = &graph.campaigns[c];
    let data = &node.data;
    let mut strong: Vec<&str> = Vec::new();
    strong.extend(data.short_name.iter().map(|t| config.text(t, lang)));
    strong.extend(data.organizer.iter().map(|t| config.text(t, lang)));
    strong.extend(data.units.iter().map(|u| config.text(&u.name, lang)));
    strong.extend(data.clusters.iter().map(|cl| config.text(&cl.name, lang)));
    let mut body: Vec<&str> = data
        .description
        .iter()
        .map(|t| config.text(t, lang))
        .collect();
    if let Some(intro) = &node.intro[lang.0] {
        strong.push(&intro.text.headings);
        body.push(&intro.text.body);
    }
    let section = graph.sections[node.section[lang.0]].title.as_str();
    doc(
        url,
        config.text(&data.name, lang),
        section,
        [vec![], strong, body],
    )
}
