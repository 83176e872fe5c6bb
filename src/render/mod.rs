//! Rendering: every page of the frozen graph through its template, in parallel, plus feeds,
//! sitemap and robots.txt. Produces the complete list of output files; writes nothing.

pub mod cache;
mod charts;
pub mod context;
pub mod coverage;
mod feeds;
mod open_data;
pub mod results;
pub mod templates;
pub mod unit_page;

use std::path::PathBuf;

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;
use tera::{Context, Value};

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::graph::{SiteGraph, lang_prefix};
use crate::lang::Lang;
use crate::theme::Strings;
use cache::{Entry, RenderCache, RenderStats};
use context::Views;
use templates::Templates;

/// The bytes of one output file.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    Copy(PathBuf),
}

/// One file of the output, with what it came from (for messages about clashes).
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Path inside the output folder, `/`-separated.
    pub path: String,
    pub content: Content,
    pub origin: PathBuf,
}

/// A page to render.
#[derive(Debug, Clone, Copy)]
enum Job {
    Home(Lang),
    Section {
        id: usize,
        number: usize,
    },
    Article(usize),
    Taxonomy(usize),
    Term {
        tax: usize,
        term: usize,
        number: usize,
    },
    Campaign {
        c: usize,
        lang: Lang,
    },
    Unit {
        c: usize,
        u: usize,
        lang: Lang,
    },
    Cluster {
        c: usize,
        cl: usize,
        lang: Lang,
    },
    NotFound,
}

/// How a render uses the previous one: pages whose context is unchanged are taken from `reuse`
/// (when its fingerprint matches); with `keep`, this render's pages are kept for the next.
pub struct Reuse<'a> {
    pub previous: Option<&'a RenderCache>,
    pub fingerprint: u64,
    pub keep: bool,
}

/// What a render made: the files, the cache for the next render (when kept), and counts.
pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub cache: Option<RenderCache>,
    pub stats: RenderStats,
}

/// Renders every page. Errors of all pages are collected.
pub fn render(
    config: &Config,
    graph: &SiteGraph,
    templates: &Templates,
    strings: &HashMap<String, Strings>,
    reuse: &Reuse,
) -> Result<Rendered, Vec<Diagnostic>> {
    let views = Views {
        config,
        graph,
        strings,
        locales: templates.locales(),
    };
    let sites: Vec<Value> = config
        .langs()
        .map(|l| Value::from_serializable(&views.site(l)))
        .collect();
    let pages = |n: usize| n.div_ceil(config.paginate).max(1);
    let mut jobs = Vec::new();
    for (id, s) in graph.sections.iter().enumerate() {
        if s.dir.is_empty() {
            jobs.push(Job::Home(s.lang));
        } else {
            jobs.extend((1..=pages(s.pages.len())).map(|number| Job::Section { id, number }));
        }
    }
    jobs.extend((0..graph.articles.len()).map(Job::Article));
    for (tax, t) in graph.taxonomies.iter().enumerate() {
        jobs.push(Job::Taxonomy(tax));
        for (term, tm) in t.terms.iter().enumerate() {
            jobs.extend((1..=pages(tm.pages.len())).map(|number| Job::Term { tax, term, number }));
        }
    }
    for (c, node) in graph.campaigns.iter().enumerate() {
        for lang in config.langs() {
            jobs.push(Job::Campaign { c, lang });
            jobs.extend((0..node.data.units.len()).map(|u| Job::Unit { c, u, lang }));
            jobs.extend((0..node.data.clusters.len()).map(|cl| Job::Cluster { c, cl, lang }));
        }
    }
    jobs.push(Job::NotFound);

    let results: Vec<Result<Page, Diagnostic>> = jobs
        .par_iter()
        .map(|job| render_job(&views, &sites, templates, *job, reuse))
        .collect();
    let mut files = Vec::with_capacity(results.len() + 8);
    let mut errors = Vec::new();
    let mut stats = RenderStats::default();
    let mut cache = reuse.keep.then(|| RenderCache {
        fingerprint: reuse.fingerprint,
        pages: HashMap::new(),
        texts: Default::default(),
    });
    for r in results {
        match r {
            Ok(Page {
                file: f,
                entry,
                reused,
            }) => {
                if reused {
                    stats.reused += 1
                } else {
                    stats.rendered += 1
                }
                if let (Some(cache), Some(entry)) = (cache.as_mut(), entry) {
                    cache.pages.insert(f.path.clone(), entry);
                }
                files.push(f);
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    files.extend(feeds::all(&views));
    files.extend(open_data::all(&views));
    Ok(Rendered {
        files,
        cache,
        stats,
    })
}

/// One rendered page: its file, what to keep of it for the next render, whether it was reused.
struct Page {
    file: OutputFile,
    entry: Option<Entry>,
    reused: bool,
}

fn render_job(
    views: &Views,
    sites: &[Value],
    templates: &Templates,
    job: Job,
    reuse: &Reuse,
) -> Result<Page, Diagnostic> {
    let (config, graph) = (views.config, views.graph);
    let mut ctx = Context::new();
    let (lang, template, path, origin) = match job {
        Job::Home(lang) => {
            let s = &graph.sections[graph.homes[lang.0]];
            let latest = &graph.latest[lang.0];
            ctx.insert("section", &views.section(s));
            ctx.insert(
                "paginator",
                &views.paginator(&latest[..latest.len().min(config.paginate)], &s.path, 1),
            );
            section_languages(views, &mut ctx, s);
            if let Some(node) = graph.campaigns.first() {
                ctx.insert("campaign", &views.campaign(node, lang));
            }
            (
                lang,
                "home.html",
                s.path.clone(),
                origin_of(&s.source, &s.dir),
            )
        }
        Job::Section { id, number } => {
            let s = &graph.sections[id];
            ctx.insert("section", &views.section(s));
            ctx.insert("paginator", &views.paginator(&s.pages, &s.path, number));
            section_languages(views, &mut ctx, s);
            let path = if number == 1 {
                s.path.clone()
            } else {
                format!("{}page/{number}/", s.path)
            };
            if number > 1 {
                // Later pages have no counterpart in other languages: they list only themselves.
                ctx.insert(
                    "alternates",
                    &views.alternates(|l| (l == s.lang).then(|| path.clone())),
                );
            }
            (s.lang, "section.html", path, origin_of(&s.source, &s.dir))
        }
        Job::Article(id) => {
            let a = &graph.articles[id];
            ctx.insert("page", &views.article(id));
            let path_in = |l: Lang| {
                if l == a.lang {
                    return Some(a.path.clone());
                }
                a.translations
                    .iter()
                    .map(|&t| &graph.articles[t])
                    .find(|t| t.lang == l)
                    .map(|t| t.path.clone())
            };
            ctx.insert("translations", &views.switcher(a.lang, path_in));
            ctx.insert("alternates", &views.alternates(path_in));
            (a.lang, "article.html", a.path.clone(), a.source.clone())
        }
        Job::Taxonomy(tax) => {
            let t = &graph.taxonomies[tax];
            ctx.insert(
                "taxonomy",
                &context::TaxonomyView {
                    kind: t.kind.name(),
                    url: views.url(&t.path),
                    terms: t.terms.iter().map(|term| views.term_view(term)).collect(),
                },
            );
            let path_in = |l: Lang| Some(format!("{}{}/", lang_prefix(config, l), t.kind.name()));
            ctx.insert("translations", &views.switcher(t.lang, path_in));
            ctx.insert("alternates", &views.alternates(path_in));
            (
                t.lang,
                "taxonomy_list.html",
                t.path.clone(),
                PathBuf::from(format!("the {} list", t.kind.name())),
            )
        }
        Job::Term { tax, term, number } => {
            let t = &graph.taxonomies[tax];
            let tm = &t.terms[term];
            ctx.insert(
                "taxonomy",
                &context::TaxonomyView {
                    kind: t.kind.name(),
                    url: views.url(&t.path),
                    terms: Vec::new(),
                },
            );
            ctx.insert("term", &views.term_view(tm));
            ctx.insert("paginator", &views.paginator(&tm.pages, &tm.path, number));
            let own = |l: Lang| (l == t.lang).then(|| tm.path.clone());
            ctx.insert("translations", &views.switcher(t.lang, own));
            ctx.insert("alternates", &views.alternates(own));
            let path = if number == 1 {
                tm.path.clone()
            } else {
                format!("{}page/{number}/", tm.path)
            };
            (
                t.lang,
                "taxonomy_term.html",
                path,
                PathBuf::from(format!("the {} list", t.kind.name())),
            )
        }
        Job::Campaign { c, lang } => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign(node, lang));
            campaign_languages(views, &mut ctx, lang, |l| Some(node.paths[l.0].clone()));
            (
                lang,
                "campaign.html",
                node.paths[lang.0].clone(),
                node.data.source.clone(),
            )
        }
        Job::Unit { c, u, lang } => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign_link(node, lang));
            ctx.insert("unit", &views.unit(node, u, lang));
            campaign_languages(views, &mut ctx, lang, |l| Some(node.unit_path(u, l)));
            (
                lang,
                "unit.html",
                node.unit_path(u, lang),
                node.data.units[u].source.clone(),
            )
        }
        Job::Cluster { c, cl, lang } => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign_link(node, lang));
            ctx.insert("cluster", &views.cluster(node, cl, lang));
            campaign_languages(views, &mut ctx, lang, |l| Some(node.cluster_path(cl, l)));
            (
                lang,
                "cluster.html",
                node.cluster_path(cl, lang),
                node.data.source.clone(),
            )
        }
        Job::NotFound => {
            ctx.insert("translations", &views.switcher(Lang::DEFAULT, |_| None));
            ctx.insert("alternates", &Vec::<context::AlternateView>::new());
            (
                Lang::DEFAULT,
                "404.html",
                String::new(),
                PathBuf::from("themes").join(&config.theme),
            )
        }
    };
    let code = config.code(lang);
    ctx.insert("lang", code);
    ctx.insert("locale", &config.languages[lang.0].locale);
    ctx.insert_value("site", sites[lang.0].clone());
    ctx.insert("canonical", &views.permalink(&path));
    ctx.insert("kind", template.trim_end_matches(".html"));
    let file = if matches!(job, Job::NotFound) {
        "404.html".to_owned()
    } else {
        format!("{path}index.html")
    };
    let previous = reuse
        .previous
        .and_then(|c| c.get(reuse.fingerprint, &file, template, &ctx));
    let reused = previous.is_some();
    let html = match previous {
        Some(html) => html,
        None => Arc::new(templates.render(template, &ctx)?.into_bytes()),
    };
    let content = Content::Bytes(html.as_ref().clone());
    let entry = reuse.keep.then(|| Entry {
        template,
        context: ctx,
        html,
    });
    let file = OutputFile {
        path: file,
        content,
        origin,
    };
    Ok(Page {
        file,
        entry,
        reused,
    })
}

fn section_languages(views: &Views, ctx: &mut Context, s: &crate::graph::Section) {
    let graph = views.graph;
    let path_in = |l: Lang| {
        if l == s.lang {
            return Some(s.path.clone());
        }
        s.translations
            .iter()
            .map(|&t| &graph.sections[t])
            .find(|t| t.lang == l)
            .map(|t| t.path.clone())
    };
    ctx.insert("translations", &views.switcher(s.lang, path_in));
    ctx.insert("alternates", &views.alternates(path_in));
}

fn campaign_languages(
    views: &Views,
    ctx: &mut Context,
    lang: Lang,
    path_in: impl Fn(Lang) -> Option<String>,
) {
    ctx.insert("translations", &views.switcher(lang, &path_in));
    ctx.insert("alternates", &views.alternates(&path_in));
}

fn origin_of(source: &Option<PathBuf>, dir: &str) -> PathBuf {
    source
        .clone()
        .unwrap_or_else(|| PathBuf::from("content").join(dir))
}
