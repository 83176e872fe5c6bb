//! Machine-read files: an Atom feed per language, the sitemap with hreflang alternates, robots.txt.
//! Code gathers what they say, every address absolute; the theme's `atom.xml`, `sitemap.xml` and
//! `robots.txt` templates write it, so a site can change them like any other template.

mod absolute;

use std::path::PathBuf;

use serde::Serialize;
use tera::Context;

use super::context::{AlternateView, Views};
use super::templates::Templates;
use super::{Content, OutputFile};
use crate::diagnostics::Diagnostic;
use crate::graph::lang_prefix;
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

/// The feeds, the sitemap and robots.txt; the problems of all three templates are reported together.
pub fn all(views: &Views, templates: &Templates) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let default = Lang::DEFAULT;
    let mut made: Vec<Result<OutputFile, Diagnostic>> = views
        .config
        .langs()
        .map(|l| {
            let path = format!("{}atom.xml", lang_prefix(views.config, l));
            let feed = feed(views, l, &path);
            render(views, templates, "atom.xml", path, l, |ctx| {
                ctx.insert("feed", &feed)
            })
        })
        .collect();
    let urls = sitemap(views);
    made.push(render(
        views,
        templates,
        "sitemap.xml",
        "sitemap.xml".into(),
        default,
        |ctx| ctx.insert("urls", &urls),
    ));
    let sitemap_url = views.permalink("sitemap.xml");
    made.push(render(
        views,
        templates,
        "robots.txt",
        "robots.txt".into(),
        default,
        |ctx| ctx.insert("sitemap_url", &sitemap_url),
    ));
    let (files, errors): (Vec<_>, Vec<_>) = made.into_iter().partition(Result::is_ok);
    if errors.is_empty() {
        Ok(files.into_iter().filter_map(Result::ok).collect())
    } else {
        Err(errors.into_iter().filter_map(Result::err).collect())
    }
}

/// Renders `template` with `lang`, `site` and what `fill` adds into the output file `path`.
fn render(
    views: &Views,
    templates: &Templates,
    template: &str,
    path: String,
    lang: Lang,
    fill: impl FnOnce(&mut Context),
) -> Result<OutputFile, Diagnostic> {
    let mut ctx = Context::new();
    ctx.insert("lang", views.config.code(lang));
    ctx.insert("site", &views.site(lang));
    fill(&mut ctx);
    Ok(OutputFile {
        path,
        content: Content::Bytes(templates.render(template, &ctx)?.into_bytes()),
        origin: PathBuf::from("site.yaml"),
    })
}

fn feed<'a>(views: &Views<'a>, lang: Lang, path: &str) -> FeedView<'a> {
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
            let url = views.permalink(&a.path);
            let base = Base::new(&config.base_url, &config.base_path, &url);
            EntryView {
                title: &a.title,
                date: a.date.to_rfc3339(),
                author: a.fm.author.as_deref(),
                tags: &a.fm.tags,
                summary: &a.summary,
                content: absolute_links(&a.html, &base),
                url,
            }
        })
        .collect();
    FeedView {
        title: config.text(&config.title, lang),
        url: views.permalink(path),
        home_url: views.permalink(&lang_prefix(config, lang)),
        updated,
        entries,
    }
}

/// Every page of the site, with its versions in other languages.
fn sitemap<'a>(views: &Views<'a>) -> Vec<SitemapUrl<'a>> {
    let (config, graph) = (views.config, views.graph);
    let mut urls = Vec::new();
    let mut entry = |path: &str, lastmod: Option<String>, versions: &[(Lang, String)]| {
        let alternates = if versions.len() > 1 {
            views.alternates(|l| {
                versions
                    .iter()
                    .find(|(vl, _)| *vl == l)
                    .map(|(_, p)| p.clone())
            })
        } else {
            Vec::new()
        };
        urls.push(SitemapUrl {
            loc: views.permalink(path),
            lastmod,
            alternates,
        });
    };
    for s in &graph.sections {
        let mut versions = vec![(s.lang, s.path.clone())];
        versions.extend(
            s.translations
                .iter()
                .map(|&t| (graph.sections[t].lang, graph.sections[t].path.clone())),
        );
        versions.sort();
        entry(&s.path, None, &versions);
    }
    for a in &graph.articles {
        let mut versions = vec![(a.lang, a.path.clone())];
        versions.extend(
            a.translations
                .iter()
                .map(|&t| (graph.articles[t].lang, graph.articles[t].path.clone())),
        );
        versions.sort();
        let lastmod = Some(a.date.format("%Y-%m-%d").to_string());
        entry(&a.path, lastmod, &versions);
    }
    for node in &graph.campaigns {
        let per_lang = |path: &dyn Fn(Lang) -> String| {
            config.langs().map(|l| (l, path(l))).collect::<Vec<_>>()
        };
        let mut pages = vec![per_lang(&|l| node.paths[l.0].clone())];
        pages.extend((0..node.data.units.len()).map(|u| per_lang(&|l| node.unit_path(u, l))));
        pages.extend((0..node.data.clusters.len()).map(|c| per_lang(&|l| node.cluster_path(c, l))));
        for versions in pages {
            for (_, path) in &versions {
                entry(path, None, &versions);
            }
        }
    }
    for t in &graph.taxonomies {
        let versions: Vec<(Lang, String)> = config
            .langs()
            .map(|l| (l, format!("{}{}/", lang_prefix(config, l), t.kind.name())))
            .collect();
        entry(&t.path, None, &versions);
        for term in &t.terms {
            entry(&term.path, None, &[(t.lang, term.path.clone())]);
        }
    }
    urls
}
