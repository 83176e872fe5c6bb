//! campaign-site: a static site generator for publishing the results of emulation campaigns,
//! bilingual from the ground up. The library holds the whole pipeline; the binary only parses
//! arguments and reports.
//!
//! load (config, content, statistics, theme) -> front matter -> routes -> bodies -> graph
//! (frozen) -> photos -> render -> commit; ARCHITECTURE.md maps the stages.

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
pub mod lang;
pub mod links;
pub mod locale;
pub mod messages;
pub mod output;
pub mod render;
pub mod serve;
pub mod strip;
#[cfg(test)]
mod testing;
pub mod text;
pub mod theme;
pub mod yaml;

use std::path::Path;

use config::Config;
use diagnostics::{Diagnostic, Diagnostics};
pub use failure::Failure;
use graph::SiteGraph;
use render::OutputFile;
use render::cache::{RenderCache, RenderStats};

/// A site built in memory: every output file, and the warnings found on the way.
pub struct Site {
    pub config: Config,
    pub graph: SiteGraph,
    pub files: Vec<OutputFile>,
    pub warnings: Vec<Diagnostic>,
    /// Problems that are warnings in `build` and errors in `check`: statistics that contradict
    /// themselves, photos without alt text.
    pub strict: Vec<Diagnostic>,
    /// Time spent in each stage.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// This build's pages, for the next build to reuse (only when asked to keep them).
    pub cache: Option<RenderCache>,
    /// Pages rendered and pages reused.
    pub stats: RenderStats,
    /// Markdown files read from disk (the others were unchanged since the previous build).
    pub files_read: usize,
    /// The photos used, for cleaning the cache after a build.
    pub photos: images::Processor,
    /// The theme's templates (shown path, text), to place problems found in rendered pages.
    pub templates: Vec<(std::path::PathBuf, String)>,
}

/// How a site is generated.
#[derive(Default)]
pub struct Options<'a> {
    /// Instead of site.yaml's `base_url`.
    pub base_url: Option<&'a str>,
    /// Publish drafts.
    pub drafts: bool,
    /// Take unchanged pages from a previous build.
    pub previous: Option<&'a RenderCache>,
    /// Keep this build's pages in `Site::cache` for the next (what `serve` does).
    pub keep: bool,
    /// Write processed photos to the cache folder (everything but `check`).
    pub write_cache: bool,
}

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

/// `generate`, with every option: the stages of a build, in order, each handing on a complete
/// value; every problem goes to one collector, and the build stops after the first stage that
/// found errors (having reported all of that stage's problems and those before it).
pub fn generate_with(root: &Path, opts: &Options) -> Result<Site, Failure> {
    let mut clock = Clock::start();
    let mut found = Diagnostics::default();
    let config = config::load(root, opts.base_url)?;
    let (sources, results, theme) = load(&config, opts, &mut found);
    clock.lap("load");
    let files_read = sources.files_read;
    // Nothing is read from or written through a linked cache.
    let linked = cache_linked(&config, &mut found);
    let photos = images::Processor::new(&config.root, opts.write_cache && !linked);
    let no_strings = std::collections::HashMap::new();
    let strings = theme.as_ref().map_or(&no_strings, |t| &t.theme.i18n);
    let names = graph::Names::new(&config, strings);
    let graph = make_graph(
        &config,
        sources,
        results,
        opts.drafts,
        &photos,
        &names,
        &mut found,
    );
    clock.lap("parse and link");
    // Pixels only now: each photo the pages show is decoded once, its variants cached.
    if let Err(e) = photos.process() {
        found.extend(e);
    }
    clock.lap("photos");
    let (Some(theme), Some((graph, texts))) = (theme, graph) else {
        return Err(failure(found));
    };
    if found.has_errors() {
        return Err(failure(found));
    }
    let reuse = render::Reuse {
        previous: opts.previous,
        fingerprint: fingerprint(&config, &theme.theme),
        keep: opts.keep,
    };
    let rendered = render::render(&config, &graph, &theme.templates, &theme.theme.i18n, &reuse)?;
    let mut cache = rendered.cache;
    if let Some(cache) = cache.as_mut() {
        cache.texts = texts;
    }
    let files = output_files(&config, &graph, &theme.theme, rendered.files)?;
    clock.lap("render");
    found.extend(missing_strings(&theme.theme));
    let (warnings, strict) = found.into_sorted();
    Ok(Site {
        config,
        graph,
        files,
        warnings,
        strict,
        timings: clock.laps,
        cache,
        files_read,
        stats: rendered.stats,
        photos,
        templates: theme
            .theme
            .templates
            .into_iter()
            .map(|(_, text, shown)| (shown, text))
            .collect(),
    })
}

/// A build that stops: its errors, with the contradictions found so far (not hidden by them).
fn failure(found: Diagnostics) -> Failure {
    let (mut errors, strict) = found.into_sorted();
    errors.extend(strict);
    errors.into()
}

/// The theme with its compiled templates.
struct LoadedTheme {
    theme: theme::Theme,
    templates: render::templates::Templates,
}

/// The load stage: content files, statistics (with their checks) and the theme.
fn load(
    config: &Config,
    opts: &Options,
    found: &mut Diagnostics,
) -> (content::Sources, data::Loaded, Option<LoadedTheme>) {
    let sources = content::load(config, opts.previous.map(|c| &c.texts), found);
    let results = data::load(config, &sources.data, found);
    let theme = theme::load(config).map_err(|e| found.extend(e)).ok();
    let today = chrono::Utc::now()
        .with_timezone(&config.timezone)
        .date_naive();
    // Figures in messages are written in the default language (not checked without a theme).
    if let Some(locale) = theme.as_ref().map(|t| t.locales.get(lang::Lang::DEFAULT)) {
        found.extend_strict(
            results
                .campaigns
                .iter()
                .flat_map(|c| data::checks::check(c, today, locale)),
        );
    }
    let theme = theme.and_then(|theme| {
        render::templates::Templates::new(&theme, &config.theme)
            .map_err(|e| found.extend(e))
            .ok()
            .map(|templates| LoadedTheme { theme, templates })
    });
    (sources, results, theme)
}

/// Whether the cache folder is a link (an error: nothing is read from or written through it).
fn cache_linked(config: &Config, found: &mut Diagnostics) -> bool {
    let mut linked = false;
    for link in [".cache", ".cache/images"] {
        let path = config.root.join(link);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            linked = true;
            found.push(Diagnostic::error(
                link,
                diagnostics::Pos::UNKNOWN,
                "this is a link; campaign-site keeps processed photos in this folder of the site, so remove the link (the folder is made again)",
            ));
        }
    }
    linked
}

/// The graph stages: front matter -> routes -> bodies -> freeze (with the theme's words for
/// section titles and cluster addresses). Also hands back the texts read, for the next build.
fn make_graph(
    config: &Config,
    mut sources: content::Sources,
    results: data::Loaded,
    drafts: bool,
    photos: &images::Processor,
    names: &graph::Names,
    found: &mut Diagnostics,
) -> Option<(SiteGraph, content::ReadCache)> {
    let texts = std::mem::take(&mut sources.texts);
    let data::Loaded {
        campaigns,
        campaign_failed,
    } = results;
    let parsed = graph::front::parse(config, sources.docs, drafts, found);
    let routes = graph::routes::route(config, parsed, &campaigns, campaign_failed, found);
    let bodies = graph::bodies::render(config, &routes, &sources.assets, photos, found)?;
    if found.has_errors() {
        return None;
    }
    let graph = graph::freeze::freeze(config, routes, bodies, &sources.assets, campaigns, names);
    Some((graph, texts))
}

/// Every file of the output: rendered pages, published assets, photo variants, static files;
/// two files for one path are an error.
fn output_files(
    config: &Config,
    graph: &SiteGraph,
    theme: &theme::Theme,
    mut files: Vec<OutputFile>,
) -> Result<Vec<OutputFile>, Failure> {
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
                content: render::Content::Copy(v.file.clone()),
                origin: std::path::PathBuf::from("the photos of the site"),
            }),
    );
    files.extend(output::static_files(config, theme)?);
    Ok(output::check_clashes(files)?)
}

/// Interface texts a language of the theme lacks.
fn missing_strings(theme: &theme::Theme) -> Vec<Diagnostic> {
    theme::missing_keys(theme)
        .into_iter()
        .map(|(code, key, file)| {
            Diagnostic::warning(
                file,
                diagnostics::Pos::UNKNOWN,
                format!("the interface text \"{key}\" is missing for language \"{code}\""),
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

/// Time spent in each stage, for `--verbose`.
pub struct Clock {
    last: Option<std::time::Instant>,
    pub laps: Vec<(&'static str, std::time::Duration)>,
}

impl Clock {
    pub fn start() -> Self {
        Clock {
            last: Some(std::time::Instant::now()),
            laps: Vec::new(),
        }
    }

    /// Records the time since the previous lap (or since the clock was made) as `stage`.
    pub fn lap(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        let since = *self.last.get_or_insert(now);
        self.laps.push((stage, now - since));
        self.last = Some(now);
    }
}
