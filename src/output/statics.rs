//! The files published as they are: the theme's static files, then the site's `static/` (which
//! wins), photos among them without their camera metadata.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::is_leftover;
use crate::diagnostics::{Diagnostic, Pos};
use crate::fsx::{self, ToolError};
use crate::msg;
use crate::render::{Content, OutputFile};
use crate::theme::{Source, Theme};

/// The theme's static files, then the site's `static/` (which wins over the theme's). Files of
/// `static/` that cannot be published are `problems` (the others are still given).
pub fn static_files(
    config: &Config,
    theme: &Theme,
    problems: &mut Vec<Diagnostic>,
) -> Result<Vec<OutputFile>, ToolError> {
    let mut files: BTreeMap<String, OutputFile> = BTreeMap::new();
    for f in &theme.statics {
        let content = match &f.source {
            Source::BuiltIn(b) => Content::bytes(b.to_vec()),
            Source::File(p) => published(p)?,
        };
        files.insert(
            f.rel.clone(),
            OutputFile {
                path: f.rel.clone(),
                content,
                origin: f.shown.clone(),
            },
        );
    }
    let dir = config.root.join("static");
    if dir.is_dir() {
        for (rel, path) in site_static(config, &dir, problems)? {
            let origin = PathBuf::from("static").join(&rel);
            files.insert(
                rel.clone(),
                OutputFile {
                    path: rel,
                    content: published(&path)?,
                    origin,
                },
            );
        }
    }
    Ok(files.into_values().collect())
}

/// A file published as it is, but a photo without its camera metadata.
fn published(path: &Path) -> Result<Content, ToolError> {
    let photo = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "jpg" | "jpeg" | "png"));
    if !photo {
        return Ok(Content::Copy(path.to_path_buf()));
    }
    let bytes = fsx::read(path)?;
    Ok(match crate::strip::metadata(&bytes) {
        Some(stripped) => Content::bytes(stripped),
        None => Content::Copy(path.to_path_buf()),
    })
}

/// The files of the site's `static/` (path in the output, path on disk). A link that leaves
/// the site and a name that is not valid Unicode are problems of the site.
fn site_static(
    config: &Config,
    dir: &Path,
    problems: &mut Vec<Diagnostic>,
) -> Result<Vec<(String, PathBuf)>, ToolError> {
    let bounds = fsx::SiteBounds::new(&config.root);
    let shown = |p: &Path| p.strip_prefix(&config.root).unwrap_or(p).to_path_buf();
    let mut out = Vec::new();
    let walked = fsx::walk_site(dir, &bounds, is_leftover);
    if let Some(e) = walked.errors.first() {
        let reason = fsx::walk_reason(e);
        return Err(ToolError(msg!(
            "tool-cannot-read",
            path = dir,
            reason = reason
        )));
    }
    for (link, problem) in walked.refused {
        problems.push(Diagnostic::error(shown(&link), Pos::UNKNOWN, problem));
    }
    for entry in walked.files {
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let Some(rel) = rel.to_str() else {
            problems.push(Diagnostic::error(
                shown(entry.path()),
                Pos::UNKNOWN,
                msg!("output-name-not-unicode"),
            ));
            continue;
        };
        out.push((crate::text::nfc(&rel.replace('\\', "/")), entry.into_path()));
    }
    Ok(out)
}
