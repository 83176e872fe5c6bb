//! `campaign-site build`: the whole pipeline, then the output swapped in atomically; a site with
//! errors is reported whole and nothing is written.

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
    pub site: Site,
    pub output: PathBuf,
    pub files_written: usize,
    pub millis: u128,
}

impl BuildReport {
    /// One line for the terminal: pages per language, files, time.
    pub fn summary(&self) -> Message {
        let per_lang: Vec<String> = self
            .site
            .config
            .langs()
            .map(|l| {
                let n = self
                    .site
                    .graph
                    .articles
                    .iter()
                    .filter(|a| a.lang == l)
                    .count();
                format!("{n} {}", self.site.config.code(l))
            })
            .collect();
        msg!(
            "build-summary",
            articles = self.site.graph.articles.len(),
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
    let generate = Options {
        base_url: opts.base_url.as_deref(),
        drafts: opts.drafts,
        write_cache: true,
        check_links: true,
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
    let files_written = output::commit(&output, &site.files)?;
    site.timings.push(("write", writing.elapsed()));
    site.photos.clean();
    Ok(BuildReport {
        site,
        output: display_relative(&output),
        files_written,
        millis: started.elapsed().as_millis(),
    })
}

fn display_relative(p: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| p.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| p.to_path_buf())
}
