//! campaign-site: a static site generator for publishing the results of emulation campaigns,
//! bilingual from the ground up. The library holds the whole pipeline; the binary only parses
//! arguments and reports.
//!
//! load (config, content, theme) -> parse + graph -> render -> commit

pub mod cmd;
pub mod collate;
pub mod config;
pub mod content;
pub mod data;
pub mod dates;
pub mod diagnostics;
pub mod fsx;
pub mod graph;
pub mod images;
pub mod lang;
pub mod links;
pub mod locale;
pub mod output;
pub mod render;
pub mod serve;
pub mod strip;
pub mod text;
pub mod theme;
pub mod yaml;

use std::path::Path;

use config::Config;
use diagnostics::Diagnostic;
use fsx::ToolError;
use graph::SiteGraph;
use render::OutputFile;
use render::cache::{RenderCache, RenderStats};

/// Why a build did not finish: the site has problems (exit 1) or the tool failed (exit 2).
#[derive(Debug)]
pub enum Failure {
    Site(Vec<Diagnostic>),
    Tool(ToolError),
}

impl From<ToolError> for Failure {
    fn from(e: ToolError) -> Self {
        Failure::Tool(e)
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(mut d: Vec<Diagnostic>) -> Self {
        d.sort();
        d.dedup();
        Failure::Site(d)
    }
}

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
    /// The photos processed, for cleaning the cache after a build.
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

/// `generate`, with every option.
pub fn generate_with(root: &Path, opts: &Options) -> Result<Site, Failure> {
    let Options {
        base_url,
        drafts,
        previous,
        keep,
        write_cache,
    } = *opts;
    let mut clock = Clock::start();
    let config = config::load(root, base_url)?;
    let mut errors = Vec::new();
    let (mut sources, load_errors) = content::load(&config, previous.map(|c| &c.texts));
    let (texts, files_read) = (std::mem::take(&mut sources.texts), sources.files_read);
    errors.extend(load_errors);
    let (results, data_problems) = data::load(&config, &sources.data);
    // Contradictions in the statistics are warnings here and errors in `check`.
    let (mut strict, data_errors): (Vec<Diagnostic>, Vec<Diagnostic>) =
        data_problems.into_iter().partition(|d| !d.is_error());
    errors.extend(data_errors);
    let today = chrono::Utc::now()
        .with_timezone(&config.timezone)
        .date_naive();
    let theme = theme::load(&config).map_err(|e| errors.extend(e)).ok();
    // Figures in messages are written in the default language (not checked without a theme).
    if let Some(locale) = theme.as_ref().map(|t| t.locales.get(lang::Lang::DEFAULT)) {
        strict.extend(
            results
                .campaigns
                .iter()
                .flat_map(|c| data::checks::check(c, today, locale)),
        );
    }
    strict.sort();
    let templates = theme.as_ref().and_then(|t| {
        render::templates::Templates::new(t, &config.theme)
            .map_err(|e| errors.extend(e))
            .ok()
    });
    clock.lap("load");
    let mut cache_linked = false;
    for link in [".cache", ".cache/images"] {
        let path = config.root.join(link);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            cache_linked = true;
            errors.push(Diagnostic::error(
                link,
                diagnostics::Pos::UNKNOWN,
                "this is a link; campaign-site keeps processed photos in this folder of the site, so remove the link (the folder is made again)",
            ));
        }
    }
    // Nothing is read from or written through a linked cache.
    let photos = images::Processor::new(&config.root, write_cache && !cache_linked);
    let graph = graph::build(&config, sources, results, drafts, &photos)
        .map_err(|e| errors.extend(e))
        .ok();
    let (Some(theme), Some(templates), Some(graph), true) =
        (theme, templates, graph, errors.is_empty())
    else {
        // The contradictions found so far are reported with the errors, not hidden by them.
        errors.extend(strict);
        return Err(errors.into());
    };
    clock.lap("parse and link");
    strict.extend(graph.strict.iter().cloned());
    strict.sort();
    let reuse = render::Reuse {
        previous,
        fingerprint: fingerprint(&config, &theme),
        keep,
    };
    let rendered = render::render(&config, &graph, &templates, &theme.i18n, &reuse)?;
    let mut files = rendered.files;
    let mut cache = rendered.cache;
    if let Some(cache) = cache.as_mut() {
        cache.texts = texts;
    }
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
        photos
            .photos()
            .iter()
            .flat_map(|p| p.variants.iter())
            .map(|v| OutputFile {
                path: v.path.clone(),
                content: render::Content::Copy(v.file.clone()),
                origin: std::path::PathBuf::from("the photos of the site"),
            }),
    );
    files.extend(output::static_files(&config, &theme)?);
    let files = output::check_clashes(files)?;
    clock.lap("render");
    let warnings = theme::missing_keys(&theme)
        .into_iter()
        .map(|(code, key, file)| {
            Diagnostic::warning(
                file,
                diagnostics::Pos::UNKNOWN,
                format!("the interface text \"{key}\" is missing for language \"{code}\""),
            )
        })
        .collect();
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
            .templates
            .into_iter()
            .map(|(_, text, shown)| (shown, text))
            .collect(),
    })
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
