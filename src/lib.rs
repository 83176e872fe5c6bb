//! campaign-site: a static site generator for publishing the results of emulation campaigns,
//! bilingual from the ground up. The library holds the whole pipeline; the binary only parses
//! arguments and reports.
//!
//! load (config, content, statistics, theme) -> front matter -> routes -> bodies -> graph
//! (frozen) -> photos -> render -> commit; ARCHITECTURE.md maps the stages. Every stage runs
//! with what the stages before it could make, so one run reports every problem of a site.

// Functions stay short enough to read at once (the limit is in clippy.toml).
#![warn(clippy::too_many_lines)]

pub mod cmd;
pub mod collate;
pub mod config;
pub mod content;
pub mod data;
pub mod dates;
pub mod diagnostics;
pub mod failure;
pub mod fsx;
pub mod graph;
pub mod images;
pub mod import;
pub mod lang;
pub mod links;
pub mod live;
mod load;
pub mod locale;
pub mod messages;
pub mod output;
pub mod render;
pub mod search;
pub mod serve;
mod site;
pub mod strip;
#[cfg(test)]
mod testing;
pub mod text;
pub mod theme;
pub mod yaml;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use config::Config;
use diagnostics::{Diagnostic, Diagnostics};
pub use failure::{Failure, Report};
use graph::SiteGraph;
use load::{LoadedTheme, load};
use render::OutputFile;
use render::cache::{RenderCache, RenderStats};
pub use site::{Clock, Kept, Options, STAGES, Site, stage_id};

/// Runs the whole pipeline in memory; the output is not written (processed photos go to the
/// cache folder).
pub fn generate(root: &Path, base_url: Option<&str>, drafts: bool) -> Result<Site, Failure> {
    generate_with(
        root,
        &Options {
            base_url,
            drafts,
            write_cache: true,
            ..Options::default()
        },
    )
}

/// `generate`, with every option; a site with errors is a failure holding all its problems.
pub fn generate_with(root: &Path, opts: &Options) -> Result<Site, Failure> {
    let site = examine(root, opts)?;
    if site.errors.is_empty() {
        Ok(site)
    } else {
        Err(site.into_failure())
    }
}

/// The stages of a build, in order, each handing on a complete value; every problem goes to one
/// collector. Only a site.yaml that cannot be read (or a failure of the tool) stops it: after
/// that every stage runs with what the stages before it could make, so that one run finds the
/// problems of every file and every stage. The site comes back with its errors.
pub fn examine(root: &Path, opts: &Options) -> Result<Site, Failure> {
    let mut clock = Clock::start();
    let mut found = Diagnostics::default();
    let config = config::load(root, opts.base_url)?;
    let texts = (opts.previous.map(|c| &c.texts), opts.keep);
    let (sources, results, theme) = load(&config, texts, &mut found);
    clock.lap("load");
    let files_read = sources.files_read;
    // Nothing is read from or written through a linked cache.
    let linked = cache_linked(&config, &mut found);
    let photos = images::Processor::new(&config.root, opts.write_cache && !linked);
    let no_strings = std::collections::HashMap::new();
    let strings = theme.as_ref().map_or(&no_strings, |t| &t.theme.i18n);
    let locales = theme.as_ref().map(|t| &*t.theme.locales);
    let names = graph::Names::new(&config, strings, locales);
    let mut made = make_graph(&config, sources, results, opts, &photos, &names, &mut found);
    clock.lap("parse and link");
    // Pixels only now: each photo the pages show is decoded once, its variants cached.
    if let Err(e) = photos.process() {
        found.extend(e);
    }
    clock.lap("photos");
    let mut pages = match &theme {
        Some(theme) => {
            let texts = std::mem::take(&mut made.texts);
            let cards = render::cards::Maker::new(
                &config.root,
                std::sync::Arc::clone(&theme.fonts),
                opts.write_cache && !linked,
            );
            let made = (&made.graph, texts, &cards);
            render_site(&config, made, theme, opts, (&mut found, &mut clock))?
        }
        None => {
            found.push(not_rendered(&config));
            Pages::default()
        }
    };
    let search = std::mem::take(&mut pages.search);
    let kept = match (theme, made.kept) {
        (Some(theme), Some((routes, assets, campaigns, campaign_failed))) => Some(Kept {
            theme,
            routes,
            assets,
            campaigns,
            campaign_failed,
            cards: std::mem::take(&mut pages.cards),
        }),
        _ => None,
    };
    let unchecked = found.unchecked_count();
    let (items, strict) = found.into_sorted();
    let (errors, warnings) = items.into_iter().partition(Diagnostic::is_error);
    Ok(Site {
        config,
        graph: made.graph,
        files: pages.files,
        errors,
        warnings,
        strict,
        unchecked,
        failed: made.failed,
        broken: pages.broken,
        timings: clock.laps,
        cache: pages.cache,
        files_read,
        search,
        stats: pages.stats,
        photos,
        kept,
    })
}

/// What rendering made of the graph.
#[derive(Default)]
struct Pages {
    files: Vec<OutputFile>,
    search: Vec<search::Summary>,
    cache: Option<RenderCache>,
    stats: RenderStats,
    broken: Vec<Diagnostic>,
    cards: Vec<Option<render::cards::CardRef>>,
}

/// The render and files stages: every page that its template can make, then every file of the
/// output; template problems and clashes are reported, and the rest is still made. The link
/// check reads the made pages in one thread, so the search index is made beside it.
fn render_site(
    config: &Config,
    (graph, texts, cards): (&SiteGraph, content::ReadCache, &render::cards::Maker),
    theme: &LoadedTheme,
    opts: &Options,
    (found, clock): (&mut Diagnostics, &mut Clock),
) -> Result<Pages, Failure> {
    let reuse = render::Reuse {
        previous: opts.previous,
        fingerprint: fingerprint(config, &theme.theme),
        keep: opts.keep,
        stage: opts.stage,
        links: opts.check_links,
    };
    let (templates, strings) = (&theme.templates, &theme.theme.i18n);
    let rendered = render::render(config, graph, templates, strings, (&reuse, cards));
    clock.lap("render");
    found.extend(rendered.errors);
    let mut cache = rendered.cache;
    if let Some(cache) = cache.as_mut() {
        cache.texts = texts;
    }
    let mut files = output_files(config, graph, &theme.theme, rendered.files, found)?;
    let (broken, (index, search, unreadable)) = rayon::join(
        || match opts.check_links {
            true => links::check(
                &files,
                &rendered.failed,
                (&config.base_path, &config.root),
                &theme.theme.templates,
            ),
            false => Vec::new(),
        },
        || match config.search {
            true => search::index(config, graph, theme.templates.locales(), opts.stage),
            false => Default::default(),
        },
    );
    clock.lap("links and search");
    found.extend(unreadable);
    files.extend(index);
    let (files, clashes) = output::check_clashes(files);
    found.extend(clashes);
    found.extend(missing_strings(&theme.theme));
    Ok(Pages {
        files,
        search,
        cache,
        stats: rendered.stats,
        broken,
        cards: rendered.cards,
    })
}

/// Said when the theme has errors: without templates no page is made, so what only the made
/// pages show (their links and anchors, problems of templates) waits for the next run.
fn not_rendered(config: &Config) -> Diagnostic {
    Diagnostic {
        severity: diagnostics::Severity::Note,
        ..Diagnostic::error(
            Path::new("themes").join(&config.theme),
            diagnostics::Pos::UNKNOWN,
            msg!("theme-errors-no-pages"),
        )
    }
}

/// Whether the cache folder is a link (an error: nothing is read from or written through it).
fn cache_linked(config: &Config, found: &mut Diagnostics) -> bool {
    let mut linked = false;
    for link in [".cache", ".cache/images", ".cache/cards", ".cache/inputs"] {
        let path = config.root.join(link);
        if fsx::is_link(&path) {
            linked = true;
            found.push(Diagnostic::error(
                link,
                diagnostics::Pos::UNKNOWN,
                msg!("output-cache-is-link"),
            ));
        }
    }
    linked
}

/// What the graph stages made: the frozen graph, the texts read (for the next build), and the
/// files that have no page in it.
struct Made {
    graph: SiteGraph,
    texts: content::ReadCache,
    failed: HashSet<(String, lang::Lang)>,
    /// With `keep`: the routes without front matter, the assets, the campaigns, whether one failed.
    kept: Option<KeptGraph>,
}

type KeptGraph = (
    graph::routes::Routes,
    Vec<content::Asset>,
    Vec<data::Campaign>,
    bool,
);

/// The graph stages: front matter -> routes -> bodies -> freeze, each going on with what the
/// one before it could make (with the theme's words for section titles and cluster addresses).
fn make_graph(
    config: &Config,
    mut sources: content::Sources,
    results: data::Loaded,
    opts: &Options,
    photos: &images::Processor,
    names: &graph::Names,
    found: &mut Diagnostics,
) -> Made {
    let texts = std::mem::take(&mut sources.texts);
    let data::Loaded {
        campaigns,
        campaign_failed,
    } = results;
    let parsed = graph::front::parse(config, sources.docs, opts.drafts, found);
    // A build keeps the articles' texts out of memory until its pages and index read them.
    let store = match opts.stage {
        Some(stage) => graph::store::Store::in_folder(stage.dir()),
        None => graph::store::Store::memory(),
    };
    let routes = graph::routes::route(config, parsed, &campaigns, campaign_failed, found);
    let bodies = {
        let paths = &routes.campaign_paths;
        let figures =
            graph::figures::Quoter::new(config, &campaigns, campaign_failed, paths, names);
        let with = (photos, &figures, &store);
        graph::bodies::render(config, &routes, &sources.assets, with, found)
    };
    let failed = routes.failed.clone();
    let kept = opts.keep.then(|| {
        let assets = sources.assets.clone();
        (
            routes.skeleton(),
            assets,
            campaigns.clone(),
            campaign_failed,
        )
    });
    let assets = &sources.assets;
    let graph = graph::freeze::freeze(config, routes, bodies, assets, campaigns, (names, store));
    Made {
        graph,
        texts,
        failed,
        kept,
    }
}

/// Every file of the output but the search index: rendered pages, published assets, photo
/// variants, static files.
fn output_files(
    config: &Config,
    graph: &SiteGraph,
    theme: &theme::Theme,
    mut files: Vec<OutputFile>,
    found: &mut Diagnostics,
) -> Result<Vec<OutputFile>, fsx::ToolError> {
    files.extend(graph.assets.iter().map(|a| {
        OutputFile {
            path: a.to.clone(),
            content: render::Content::Copy(a.from.clone()),
            origin: a
                .from
                .strip_prefix(&config.root)
                .unwrap_or(&a.from)
                .to_path_buf(),
        }
    }));
    files.extend(
        graph
            .photos
            .iter()
            .flat_map(|p| p.variants.iter())
            .map(|v| OutputFile {
                path: v.path.clone(),
                content: render::Content::Cached(v.file.clone()),
                origin: PathBuf::from("the photos of the site"),
            }),
    );
    let mut problems = Vec::new();
    files.extend(output::static_files(config, theme, &mut problems)?);
    found.extend(problems);
    Ok(files)
}

/// Interface texts a language of the theme lacks.
fn missing_strings(theme: &theme::Theme) -> Vec<Diagnostic> {
    theme::missing_keys(theme)
        .into_iter()
        .map(|(code, key, file)| {
            Diagnostic::warning(
                file,
                diagnostics::Pos::UNKNOWN,
                msg!("theme-text-absent", key = key, code = code),
            )
        })
        .collect()
}

/// What every page depends on beyond its own context: the configuration and the whole theme.
fn fingerprint(config: &Config, theme: &theme::Theme) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    format!("{config:?}").hash(&mut h);
    theme.templates.hash(&mut h);
    let mut strings: Vec<_> = theme.i18n.iter().collect();
    strings.sort();
    strings.hash(&mut h);
    h.finish()
}
