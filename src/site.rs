//! What a build made (`Site`, with every problem found), how it is asked for (`Options`), and
//! the time each stage took (`Clock`).

use std::collections::HashSet;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::failure::{Failure, Report};
use crate::graph::SiteGraph;
use crate::render::OutputFile;
use crate::render::cache::{RenderCache, RenderStats};
use crate::{images, lang};

/// A site built in memory: every output file, and the problems found on the way. A site with
/// errors is made as far as it can be, only to be checked: it is never written or served.
pub struct Site {
    pub config: Config,
    pub graph: SiteGraph,
    /// Every output file (none when the theme has errors: then no page is made).
    pub files: Vec<OutputFile>,
    /// Errors: the site cannot be published while there is one.
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    /// Problems that are warnings in `build` and errors in `check`: statistics that contradict
    /// themselves, photos without alt text.
    pub strict: Vec<Diagnostic>,
    /// How many files could not be checked at all (their problems are among the errors).
    pub unchecked: usize,
    /// (translation key, language) of the files that have no page in this build (their front
    /// matter cannot be read, or their route failed): they exist, but are not in the graph.
    pub failed: HashSet<(String, lang::Lang)>,
    /// Broken internal links and anchors of the made pages, when asked for
    /// ([`Options::check_links`]): errors in `check`, warnings in `build`.
    pub broken: Vec<Diagnostic>,
    /// Time spent in each stage.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// This build's pages, for the next build to reuse (only when asked to keep them).
    pub cache: Option<RenderCache>,
    /// Pages rendered and pages reused.
    pub stats: RenderStats,
    /// Markdown files read from disk (the others were unchanged since the previous build).
    pub files_read: usize,
    /// What each language's search index holds.
    pub search: Vec<crate::search::Summary>,
    /// The photos used, for cleaning the cache after a build.
    pub photos: images::Processor,
    /// What `serve` keeps to make one article's pages again (only when asked to keep pages,
    /// and when the theme has no errors).
    pub kept: Option<Kept>,
}

/// What a build made besides its graph that making one article's pages again needs: the
/// theme, the routes (without front matter), the assets, the campaigns, each page's card.
pub struct Kept {
    pub theme: crate::load::LoadedTheme,
    pub routes: crate::graph::routes::Routes,
    pub assets: Vec<crate::content::Asset>,
    pub campaigns: Vec<crate::data::Campaign>,
    /// Whether a campaign.yaml could not be read.
    pub campaign_failed: bool,
    pub cards: Vec<Option<crate::render::cards::CardRef>>,
}

impl Site {
    /// The problems of a site with errors, as the failure of its build: every one of them, with
    /// the warnings and contradictions found beside them (not hidden by them).
    pub fn into_failure(self) -> Failure {
        let mut problems = self.errors;
        problems.extend(self.warnings);
        problems.extend(self.strict);
        problems.sort();
        problems.dedup();
        Failure::Site(Report {
            problems,
            unchecked: self.unchecked,
        })
    }
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
    /// Check the internal links and anchors of the made pages (`build` and `check`).
    pub check_links: bool,
    /// Write each page into this staging folder as soon as it is made, instead of holding it
    /// (`build`): memory stays bounded by the page graph, not by the output.
    pub stage: Option<&'a crate::output::Stage>,
}

/// Time spent in each stage, for `--verbose`.
pub struct Clock {
    last: Option<std::time::Instant>,
    pub laps: Vec<(&'static str, std::time::Duration)>,
}

/// The stages `build --verbose` times, each named in the catalogues by `stage-<name>` with
/// its spaces as `-` (`stage-parse-and-link`).
pub const STAGES: [&str; 6] = [
    "load",
    "parse and link",
    "photos",
    "render",
    "links and search",
    "write",
];

/// The catalogue id of a stage's name.
pub fn stage_id(stage: &str) -> String {
    format!("stage-{}", stage.replace(' ', "-"))
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
        debug_assert!(
            STAGES.contains(&stage),
            "{stage} is named in the catalogues"
        );
        let now = std::time::Instant::now();
        let since = *self.last.get_or_insert(now);
        self.laps.push((stage, now - since));
        self.last = Some(now);
    }
}
