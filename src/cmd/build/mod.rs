//! `campaign-site build`: the whole pipeline, then the output swapped in atomically; a site with
//! errors is reported whole and nothing is written. When nothing it reads has changed since the
//! last build without problems, it leaves the output as it is.

mod inputs;

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Message;
use crate::msg;
use crate::{Failure, Options, Site, examine, output};

/// What `build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Default: `public/` in the root.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// What a finished build did.
pub struct BuildReport {
    /// What was built; none when nothing had changed since the last build (which had no problem).
    pub site: Option<Site>,
    pub output: PathBuf,
    /// Files in the output, and how many of them were written (the others are unchanged).
    pub files_written: usize,
    pub written: output::Written,
    pub millis: u128,
}

impl BuildReport {
    /// One line for the terminal: pages per language, files, time.
    pub fn summary(&self) -> Message {
        let Some(site) = &self.site else {
            return msg!(
                "build-unchanged",
                files = self.files_written,
                output = &self.output,
                millis = self.millis
            );
        };
        let per_lang: Vec<String> = site
            .config
            .langs()
            .map(|l| {
                let n = site.graph.articles.iter().filter(|a| a.lang == l).count();
                format!("{n} {}", site.config.code(l))
            })
            .collect();
        msg!(
            "build-summary",
            articles = site.graph.articles.len(),
            per_lang = per_lang.join(", "),
            files = self.files_written,
            output = &self.output,
            millis = self.millis
        )
    }
}

pub fn run(opts: &BuildOptions) -> Result<BuildReport, Failure> {
    let started = Instant::now();
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| opts.root.join("public"));
    output::check_target(&opts.root, &output)?;
    // Pages go into the staging folder as they are made; dropped on any error, it is removed and
    // the previous output stays as it was.
    let commit = output::Commit::begin(&output, inputs::digests_file(&opts.root))?;
    // Read before any file is: a file changed while this build runs makes the next one build.
    let asked = inputs::Asked {
        root: &opts.root,
        output: &output,
        base_url: opts.base_url.as_deref(),
        drafts: opts.drafts,
    };
    let digest = inputs::digest(&asked);
    let intact = commit.intact();
    let same = |(_, bytes): &(usize, u64)| {
        let now = digest.as_ref().map(|d| format!("{d} {bytes}"));
        now.is_some() && now == inputs::recorded(&asked)
    };
    if let Some((files, _)) = intact.filter(same) {
        return Ok(BuildReport {
            site: None,
            output: display_relative(&output),
            files_written: files,
            written: output::Written {
                files,
                written: 0,
                bytes: 0,
            },
            millis: started.elapsed().as_millis(),
        });
    }
    // Forgotten first: should this build fail, the next one runs whole.
    inputs::record(&asked, None);
    let generate = Options {
        base_url: opts.base_url.as_deref(),
        drafts: opts.drafts,
        write_cache: true,
        check_links: true,
        stage: Some(commit.stage()),
        ..Options::default()
    };
    let mut site = examine(&opts.root, &generate)?;
    // Broken links and anchors are errors in `check`; the build says so too, as warnings (also
    // when it fails for other problems, so that all are reported in one run).
    let broken = std::mem::take(&mut site.broken);
    site.strict.extend(broken.into_iter().map(|d| Diagnostic {
        severity: Severity::Warning,
        ..d
    }));
    site.strict.sort();
    if !site.errors.is_empty() {
        return Err(site.into_failure());
    }
    let writing = Instant::now();
    let written = commit.finish(&site.files)?;
    // Recorded only after a build without problems, so that a build with warnings runs again,
    // and says them again.
    if site.warnings.is_empty() && site.strict.is_empty() {
        let made = digest.map(|d| format!("{d} {}", written.bytes));
        inputs::record(&asked, made.as_deref());
    }
    site.timings.push(("write", writing.elapsed()));
    site.photos.clean();
    Ok(BuildReport {
        site: Some(site),
        output: display_relative(&output),
        files_written: written.files,
        written,
        millis: started.elapsed().as_millis(),
    })
}

fn display_relative(p: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| p.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| p.to_path_buf())
}
