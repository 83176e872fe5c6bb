//! Machine-read files: an Atom feed per language, the sitemap with hreflang alternates, robots.txt.
//! Code gathers what they say, every address absolute; the theme's `atom.xml`, `sitemap.xml` and
//! `robots.txt` templates write it, so a site can change them like any other template.

mod absolute;

use std::path::PathBuf;

use serde::Serialize;
use tera::{Context, Value};

use super::file::{Content, OutputFile};
use super::nav::AlternateView;
use super::templates::Templates;
use super::views::Views;
use crate::diagnostics::Diagnostic;
use crate::graph::{PageId, PageKind};
use crate::lang::Lang;
use absolute::{Base, absolute_links};

/// Articles in each language's feed.
pub const FEED_SIZE: usize = 20;

/// One language's feed: `feed` in `atom.xml`.
#[derive(Serialize)]
struct FeedView<'a> {
    /// The site's title in the feed's language.
    title: &'a str,
    /// The feed's own address.
    url: String,
    /// The language's home page.
    home_url: String,
    /// The newest entry's date (RFC 3339), or the start of 1970 when there is none.
    updated: String,
    /// The newest articles, newest first.
    entries: Vec<EntryView<'a>>,
}

/// One article of a feed.
#[derive(Serialize)]
struct EntryView<'a> {
    title: &'a str,
    /// The article's absolute address.
    url: String,
    /// Its date, RFC 3339 (`2023-09-07T21:28:00+07:00`).
    date: String,
    author: Option<&'a str>,
    tags: &'a [String],
    /// Plain text, possibly empty.
    summary: &'a str,
    /// The article's HTML with every link absolute.
    content: String,
}

/// One address of the sitemap: an item of `urls` in `sitemap.xml`.
#[derive(Serialize)]
struct SitemapUrl<'a> {
    loc: String,
    /// `2023-09-07` for articles, else none.
    lastmod: Option<String>,
    /// Every language version and `x-default`, when the page has more than one version.
    alternates: Vec<AlternateView<'a>>,
}

/// What the three templates are rendered with: the views, the templates, and each language's
/// site view (made once for all pages).
pub struct Writer<'v, 'a> {
    pub views: &'v Views<'a>,
    pub templates: &'v Templates,
    pub sites: &'v [Value],
}

/// What a template made, or the path of the file it could not make and why.
type Made = Result<OutputFile, (String, Diagnostic)>;

/// The feeds, the sitemap and robots.txt; the problems of all three templates are reported together.
pub fn all(w: &Writer) -> Vec<Made> {
    let views = w.views;
    let default = Lang::DEFAULT;
    let mut made: Vec<Made> = views.config.langs().map(|l| atom(w, l)).collect();
    let urls = sitemap(views);
    made.push(render(
        w,
        "sitemap.xml",
        "sitemap.xml".into(),
        default,
        |ctx| ctx.insert("urls", &urls),
    ));
    let sitemap_url = &views.graph.sitemap.permalink;
    made.push(render(
        w,
        "robots.txt",
        "robots.txt".into(),
        default,
        |ctx| ctx.insert("sitemap_url", &sitemap_url),
    ));
    made
}

/// The Atom feed of `lang`.
pub fn atom(w: &Writer, lang: Lang) -> Made {
    let path = w.views.graph.feeds[lang.0].path.clone();
    let feed = feed(w.views, lang).map_err(|(id, e)| {
        let article = &w.views.graph.articles[id];
        let message = crate::msg!("build-store-unreadable", error = e.to_string());
        let at = crate::diagnostics::Pos::UNKNOWN;
        (
            path.clone(),
            Diagnostic::error(&article.source, at, message),
        )
    })?;
    render(w, "atom.xml", path, lang, |ctx| ctx.insert("feed", &feed))
}

/// Renders `template` with `lang`, `site` and what `fill` adds into the output file `path`.
fn render(
    w: &Writer,
    template: &str,
    path: String,
    lang: Lang,
    fill: impl FnOnce(&mut Context),
) -> Made {
    let mut ctx = Context::new();
    ctx.insert("lang", w.views.config.code(lang));
    ctx.insert_value("site", w.sites[lang.0].clone());
    fill(&mut ctx);
    match w.templates.render(template, &ctx) {
        Ok(text) => Ok(OutputFile {
            path,
            content: Content::bytes(text.into_bytes()),
            origin: PathBuf::from("site.yaml"),
        }),
        Err(e) => Err((path, e)),
    }
}

/// The view of `lang`'s feed; the article whose body could not be read back, and why.
fn feed<'a>(views: &Views<'a>, lang: Lang) -> Result<FeedView<'a>, (PageId, std::io::Error)> {
    let (config, graph) = (views.config, views.graph);
    let latest = &graph.latest[lang.0];
    let ids = &latest[..latest.len().min(FEED_SIZE)];
    let updated = ids
        .iter()
        .map(|&id| graph.articles[id].date)
        .max()
        .map_or_else(
            || "1970-01-01T00:00:00+00:00".to_owned(),
            |d| d.to_rfc3339(),
        );
    let entries = ids
        .iter()
        .map(|&id| {
            let a = &graph.articles[id];
            let url = a.address.permalink.clone();
            let base = Base::new(&config.base_url, &config.base_path, &url);
            let html = graph.store.get(&a.html).map_err(|e| (id, e))?;
            Ok(EntryView {
                title: &a.title,
                date: a.date.to_rfc3339(),
                author: a.fm.author.as_deref(),
                tags: &a.fm.tags,
                summary: &a.summary,
                content: absolute_links(&html, &base),
                url,
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(FeedView {
        title: config.text(&config.title, lang),
        url: graph.feeds[lang.0].permalink.clone(),
        home_url: graph.home(lang).permalink.clone(),
        updated,
        entries,
    })
}

/// Every page of the site but later pages of lists, the 404 and search pages, the redirects
/// from old addresses and the other orders of rankings, with its versions in other languages.
fn sitemap<'a>(views: &Views<'a>) -> Vec<SitemapUrl<'a>> {
    let graph = views.graph;
    graph
        .pages
        .iter()
        .filter(|p| match p.kind {
            PageKind::Section { number, .. } | PageKind::Term { number, .. } => number == 1,
            PageKind::NotFound
            | PageKind::Search
            | PageKind::Redirect { .. }
            | PageKind::Sorted { .. } => false,
            _ => true,
        })
        .map(|p| SitemapUrl {
            loc: p.address.permalink.clone(),
            lastmod: match p.kind {
                PageKind::Article(id) => {
                    Some(graph.articles[id].date.format("%Y-%m-%d").to_string())
                }
                _ => None,
            },
            alternates: if p.alternates.iter().flatten().count() > 1 {
                views.alternates(p)
            } else {
                Vec::new()
            },
        })
        .collect()
}
