//! Rendering: every page of the frozen graph through its template, in parallel, plus feeds,
//! sitemap and robots.txt. Produces the complete list of output files; writes nothing.

pub mod cache;
pub mod cards;
mod charts;
mod cluster_charts;
pub mod context;
pub mod coverage;
mod feeds;
pub mod file;
mod history;
mod honour_data;
pub mod honours;
mod level;
pub mod nav;
mod open_data;
mod page_context;
pub mod result_views;
pub mod results;
pub mod sorting;
pub mod templates;
pub mod unit_page;
pub mod views;

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashSet;
use tera::Value;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::graph::{Page, SiteGraph};
use crate::links::facts::Facts;
use crate::output::stage::{Stage, Staged};
use crate::theme::Strings;
use cache::{Entry, Made, RenderCache, RenderStats};
pub use file::{Content, OutputFile};
use page_context::page_context;
use templates::Templates;
use views::Views;

/// How a render uses the previous one: pages whose context is unchanged are taken from `reuse`
/// (when its fingerprint matches); with `keep`, this render's pages are kept for the next.
pub struct Reuse<'a> {
    pub previous: Option<&'a RenderCache>,
    pub fingerprint: u64,
    pub keep: bool,
    /// Where a build writes each page as soon as it is made (none: pages are kept in memory).
    pub stage: Option<&'a Stage>,
    /// Whether the links of staged pages are checked (what the check needs is kept of them).
    pub links: bool,
}

/// What a render made: the files, the cache for the next render (when kept), and counts; the
/// problems of templates met on the way, and the files they kept from being made.
pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub cache: Option<RenderCache>,
    pub stats: RenderStats,
    pub errors: Vec<Diagnostic>,
    /// Output paths of the pages and feeds a template problem kept from being made: links to
    /// them are not broken links.
    pub failed: Vec<String>,
    /// Each page's share card, in the order of the pages (kept with `keep`, for serve to make
    /// one page again).
    pub cards: Vec<Option<cards::CardRef>>,
}

/// Renders every page of the graph in parallel, then the feeds and open data. A page whose
/// template fails is reported and the others are still made, so that they can be checked.
pub fn render(
    config: &Config,
    graph: &SiteGraph,
    templates: &Templates,
    strings: &HashMap<String, Strings>,
    (reuse, cards): (&Reuse, &cards::Maker),
) -> Rendered {
    let views = Views {
        config,
        graph,
        strings,
        locales: templates.locales(),
    };
    let sites = site_views(&views);
    // Each page names its card, so the cards are written first; they are drawn beside the pages.
    let plan = cards::plan(&views, templates, cards, &graph.pages);
    // Links to these need no check later: every page of the graph is made or reported.
    let known: FxHashSet<&str> = match reuse.stage.is_some() && reuse.links {
        true => graph.pages.iter().map(|p| p.file.as_str()).collect(),
        false => FxHashSet::default(),
    };
    let (results, (card_files, card_errors)) = rayon::join(
        || {
            let pages = graph.pages.par_iter().zip(&plan.refs);
            pages
                .map(|(page, card)| {
                    let with = (&views, &sites[..], templates, &known);
                    render_page(with, (page, card), reuse)
                })
                .collect::<Vec<Result<Done, Diagnostic>>>()
        },
        || cards::draw(cards, plan.todo),
    );
    let mut files = Vec::with_capacity(results.len() + card_files.len() + 8);
    files.extend(card_files);
    let (mut errors, mut failed) = (plan.errors, Vec::new());
    errors.extend(card_errors);
    let mut stats = RenderStats::default();
    let mut cache = reuse.keep.then(|| RenderCache {
        fingerprint: reuse.fingerprint,
        pages: HashMap::new(),
        dir: reuse.stage.map(|stage| stage.dir().to_path_buf()),
        texts: Default::default(),
    });
    for (r, page) in results.into_iter().zip(&graph.pages) {
        match r {
            Ok(done) => {
                if done.reused {
                    stats.reused += 1
                } else {
                    stats.rendered += 1
                }
                if let (Some(cache), Some(entry)) = (cache.as_mut(), done.entry) {
                    cache.pages.insert(done.file.path.clone(), entry);
                }
                files.push(done.file);
            }
            Err(e) => {
                errors.push(e);
                failed.push(page.file.clone());
            }
        }
    }
    let feeds = feeds::all(&feeds::Writer {
        views: &views,
        templates,
        sites: &sites,
    });
    for made in feeds {
        match made {
            Ok(file) => files.push(file),
            Err((path, e)) => {
                errors.push(e);
                failed.push(path);
            }
        }
    }
    files.extend(open_data::all(&views));
    files.extend(honour_data::all(&views));
    Rendered {
        files,
        cache,
        stats,
        errors,
        failed,
        cards: if reuse.keep { plan.refs } else { Vec::new() },
    }
}

/// Each language's site view, made once: a page's context holds it by reference count (tera's
/// maps are shared, not copied).
fn site_views(views: &Views) -> Vec<Value> {
    let site = |l| Value::from_serializable(&views.site(l));
    views.config.langs().map(site).collect()
}

/// What one page or feed is made again from, on its own (serve's edit of one article).
pub struct Alone<'a> {
    views: Views<'a>,
    templates: &'a Templates,
    sites: Vec<Value>,
}

impl<'a> Alone<'a> {
    pub fn new(
        config: &'a Config,
        graph: &'a SiteGraph,
        templates: &'a Templates,
        strings: &'a HashMap<String, Strings>,
    ) -> Self {
        let views = Views {
            config,
            graph,
            strings,
            locales: templates.locales(),
        };
        let sites = site_views(&views);
        Alone {
            views,
            templates,
            sites,
        }
    }

    /// The page at `page`, with the share card it had.
    pub fn page(
        &self,
        page: &Page,
        card: &Option<cards::CardRef>,
    ) -> Result<OutputFile, Diagnostic> {
        let reuse = Reuse {
            previous: None,
            fingerprint: 0,
            keep: false,
            stage: None,
            links: false,
        };
        let known = FxHashSet::default();
        let with = (&self.views, &self.sites[..], self.templates, &known);
        render_page(with, (page, card), &reuse).map(|done| done.file)
    }

    /// The Atom feed of `lang`.
    pub fn feed(&self, lang: crate::lang::Lang) -> Result<OutputFile, Diagnostic> {
        let writer = feeds::Writer {
            views: &self.views,
            templates: self.templates,
            sites: &self.sites,
        };
        feeds::atom(&writer, lang).map_err(|(_, e)| e)
    }
}

/// One rendered page: its file, what to keep of it for the next render, whether it was reused.
struct Done {
    file: OutputFile,
    entry: Option<Entry>,
    reused: bool,
}

/// What every page is made with: the views, each language's site view, the templates, and the
/// files of the graph's pages (links to them are not kept for the check).
type With<'v, 'a> = (
    &'v Views<'a>,
    &'v [Value],
    &'v Templates,
    &'v FxHashSet<&'a str>,
);

fn render_page(
    (views, sites, templates, known): With,
    (page, card): (&Page, &Option<cards::CardRef>),
    reuse: &Reuse,
) -> Result<Done, Diagnostic> {
    let template = page.kind.template();
    let ctx = full_context(views, sites, (page, card))?;
    let digest = (reuse.previous.is_some() || reuse.keep).then(|| cache::digest(&ctx));
    // A staged page whose links are checked is read as it is made, so it is made again.
    let previous = reuse
        .previous
        .zip(digest)
        .filter(|_| !(reuse.stage.is_some() && reuse.links))
        .and_then(|(c, digest)| Some((c, c.get(reuse.fingerprint, &page.file, template, digest)?)));
    // A page reused from the folder of the build before is a link to its file there; when
    // that file is gone (the folder was removed), the page is made again.
    let linked = match (reuse.stage, previous) {
        (Some(stage), Some((c, Made::Staged(was)))) => c
            .file(&page.file)
            .and_then(|from| stage.put_linked(&page.file, &from, *was).ok()),
        _ => None,
    };
    let reused = linked.is_some() || matches!(previous, Some((_, Made::Bytes(_))));
    let (made, facts) = match (reuse.stage, previous, linked) {
        (_, _, Some(staged)) => (Made::Staged(staged), None),
        (Some(stage), Some((_, Made::Bytes(html))), None) => {
            let staged = stage.put(&page.file, html);
            (Made::Staged(staged.map_err(|e| written(page, e))?), None)
        }
        (Some(stage), _, None) => {
            let html = templates.render(template, &ctx)?;
            let links = reuse
                .links
                .then_some((known, views.config.base_path.as_str()));
            let (staged, facts) = staged(stage, page, &html, links)?;
            (Made::Staged(staged), facts)
        }
        (None, Some((_, Made::Bytes(html))), None) => (Made::Bytes(Arc::clone(html)), None),
        (None, _, None) => {
            // Kept for the next render: without the slack the string grew with.
            let mut bytes = templates.render(template, &ctx)?.into_bytes();
            bytes.shrink_to_fit();
            (Made::Bytes(Arc::new(bytes)), None)
        }
    };
    let entry = digest
        .filter(|_| reuse.keep && cache::only_known(ctx))
        .map(|digest| Entry {
            template,
            digest,
            made: made.clone(),
        });
    let content = match made {
        Made::Bytes(html) => Content::Bytes(html),
        Made::Staged(staged) => Content::Staged(staged, facts),
    };
    let file = OutputFile {
        path: page.file.clone(),
        content,
        origin: page.origin.clone(),
    };
    Ok(Done {
        file,
        entry,
        reused,
    })
}

/// What `page`'s template receives: its own context, and what every page has (its card, its
/// translations, its language and site, its address, its kind).
fn full_context(
    views: &Views,
    sites: &[Value],
    (page, card): (&Page, &Option<cards::CardRef>),
) -> Result<tera::Context, Diagnostic> {
    let mut ctx = page_context(views, page).map_err(|e| unreadable(page, &e))?;
    ctx.insert("card", card);
    let lang = page.lang;
    ctx.insert("translations", &views.switcher(page));
    ctx.insert("alternates", &views.alternates(page));
    ctx.insert("lang", views.config.code(lang));
    ctx.insert("locale", &views.config.languages[lang.0].locale);
    ctx.insert_value("site", sites[lang.0].clone());
    ctx.insert("canonical", &page.address.permalink);
    let kind = page.kind.template().trim_end_matches(".html");
    ctx.insert("kind", kind);
    Ok(ctx)
}

/// A page that could not be written into the staging folder.
fn written(page: &Page, e: crate::fsx::ToolError) -> Diagnostic {
    Diagnostic::error(&page.origin, crate::diagnostics::Pos::UNKNOWN, e.0)
}

/// An article's body that could not be read back from the build's store.
fn unreadable(page: &Page, e: &std::io::Error) -> Diagnostic {
    let error = e.to_string();
    let message = crate::msg!("build-store-unreadable", error = error);
    Diagnostic::error(&page.origin, crate::diagnostics::Pos::UNKNOWN, message)
}

/// A page made by a build: written into the staging folder, its ids and links kept when
/// they are checked (with the base path: but not the links to `known` pages, which exist).
fn staged(
    stage: &Stage,
    page: &Page,
    html: &str,
    links: Option<(&FxHashSet<&str>, &str)>,
) -> Result<(Staged, Option<Box<Facts>>), Diagnostic> {
    let staged = stage
        .put(&page.file, html.as_bytes())
        .map_err(|e| written(page, e))?;
    let facts = links.map(|(known, base_path)| {
        let mut facts = Facts::of(html);
        let dir = page.file.rsplit_once('/').map_or("", |(d, _)| d);
        facts
            .links
            .retain(|link| !crate::links::target::settled(link, dir, base_path, known));
        facts.links.shrink_to_fit();
        Box::new(facts)
    });
    Ok((staged, facts))
}

#[cfg(test)]
mod tests;
