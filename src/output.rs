//! Writing the site: every file into a staging folder beside the output, then one swap, so a
//! failed build leaves the previous output exactly as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::content::is_leftover;
use crate::diagnostics::{Diagnostic, Pos, display_path};
use crate::fsx::{self, ToolError};
use crate::render::{Content, OutputFile};
use crate::theme::{Source, Theme};

/// The file that marks a folder as campaign-site's output (and so safe to replace).
pub const MARKER: &str = ".campaign-site";

/// The theme's static files, then the site's `static/` (which wins over the theme's).
pub fn static_files(config: &Config, theme: &Theme) -> Result<Vec<OutputFile>, ToolError> {
    let mut files: BTreeMap<String, OutputFile> = BTreeMap::new();
    for f in &theme.statics {
        let content = match &f.source {
            Source::BuiltIn(b) => Content::Bytes(b.to_vec()),
            Source::File(p) => Content::Copy(p.clone()),
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
        let walker = WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_leftover(&e.file_name().to_string_lossy()));
        for entry in walker {
            let entry =
                entry.map_err(|e| ToolError(format!("cannot read {}: {e}", dir.display())))?;
            if entry.file_type().is_file() {
                let rel = crate::text::nfc(
                    &entry
                        .path()
                        .strip_prefix(&dir)
                        .unwrap_or(entry.path())
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
                let origin = PathBuf::from("static").join(&rel);
                files.insert(
                    rel.clone(),
                    OutputFile {
                        path: rel,
                        content: Content::Copy(entry.into_path()),
                        origin,
                    },
                );
            }
        }
    }
    Ok(files.into_values().collect())
}

/// Sorts files by path and refuses two sources for one output file, or a file where a folder
/// of other files must be.
pub fn check_clashes(mut files: Vec<OutputFile>) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut folders: BTreeMap<&str, &OutputFile> = BTreeMap::new();
    for f in &files {
        let mut path = f.path.as_str();
        while let Some((parent, _)) = path.rsplit_once('/') {
            folders.entry(parent).or_insert(f);
            path = parent;
        }
    }
    let as_folder = files.iter().filter_map(|f| {
        folders.get(f.path.as_str()).map(|inner| {
            Diagnostic::error(
                &f.origin,
                Pos::UNKNOWN,
                format!(
                    "the output file /{} is also a folder holding /{} (from {}); rename one of them",
                    f.path,
                    inner.path,
                    display_path(&inner.origin)
                ),
            )
        })
    });
    let mut errors: Vec<Diagnostic> = as_folder.collect();
    errors.extend(
        files
            .windows(2)
            .filter(|w| w[0].path == w[1].path)
            .map(|w| {
                Diagnostic::error(
                    &w[1].origin,
                    Pos::UNKNOWN,
                    format!(
                        "the output file /{} is also made from {}; rename one of them",
                        w[0].path,
                        display_path(&w[0].origin)
                    ),
                )
            }),
    );
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// Refuses outputs that would destroy sources: the site root, a folder holding it, a folder inside
/// `content/`, `static/` or `themes/`, or a folder campaign-site did not make.
pub fn check_target(root: &Path, output: &Path) -> Result<(), ToolError> {
    let root = root
        .canonicalize()
        .map_err(|e| fsx::io_error("find the site folder", root, e))?;
    let out = absolute(output)?;
    let refuse = |why: &str| {
        Err(ToolError(format!(
            "refusing to use {} as the output folder: {why}; choose another --output",
            output.display()
        )))
    };
    if root.starts_with(&out) {
        return refuse("it is the site folder or holds it");
    }
    for source in ["content", "static", "themes"] {
        if out.starts_with(root.join(source)) {
            return refuse(&format!("it is inside the site's {source}/ folder"));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return refuse("it is a file");
        }
        let empty = std::fs::read_dir(&out)
            .map_err(|e| fsx::io_error("read", &out, e))?
            .next()
            .is_none();
        if !empty && !out.join(MARKER).is_file() {
            return refuse(&format!(
                "it was not made by campaign-site (it has no {MARKER} file) and everything in it would be replaced"
            ));
        }
    }
    Ok(())
}

/// `path` made absolute with its existing part resolved (symlinks included).
fn absolute(path: &Path) -> Result<PathBuf, ToolError> {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| ToolError(format!("cannot read the current folder: {e}")))?
            .join(path)
    };
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(p), Some(name)) => {
                rest.push(name.to_owned());
                existing = p;
            }
            _ => break,
        }
    }
    let mut out = existing
        .canonicalize()
        .map_err(|e| fsx::io_error("resolve", existing, e))?;
    out.extend(rest.iter().rev());
    Ok(out)
}

/// Writes `files` into a staging folder beside `output`, then swaps it in. Returns the file count.
pub fn commit(output: &Path, files: &[OutputFile]) -> Result<usize, ToolError> {
    let output = absolute(output)?;
    let parent = output
        .parent()
        .ok_or_else(|| ToolError(format!("{} has no parent folder", output.display())))?;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    fsx::create_dir_all(parent)?;
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    fsx::remove_dir_all(&staging)?;
    let written = write_all(&staging, files);
    if let Err(e) = written {
        let _ = fsx::remove_dir_all(&staging);
        return Err(e);
    }
    if output.exists() {
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        fsx::remove_dir_all(&old)?;
        fsx::rename(&output, &old)?;
        if let Err(e) = fsx::rename(&staging, &output) {
            let _ = fsx::rename(&old, &output);
            let _ = fsx::remove_dir_all(&staging);
            return Err(e);
        }
        fsx::remove_dir_all(&old)?;
    } else if let Err(e) = fsx::rename(&staging, &output) {
        let _ = fsx::remove_dir_all(&staging);
        return Err(e);
    }
    Ok(files.len())
}

fn write_all(dir: &Path, files: &[OutputFile]) -> Result<(), ToolError> {
    fsx::create_dir_all(dir)?;
    let mut dirs: Vec<&str> = files
        .iter()
        .filter_map(|f| f.path.rsplit_once('/').map(|(d, _)| d))
        .collect();
    dirs.sort_unstable();
    dirs.dedup();
    for d in dirs {
        fsx::create_dir_all(&dir.join(d))?;
    }
    files.par_iter().try_for_each(|f| {
        let to = dir.join(&f.path);
        match &f.content {
            Content::Bytes(b) => fsx::write(&to, b),
            Content::Copy(from) => fsx::copy(from, &to),
        }
    })?;
    fsx::write(
        &dir.join(MARKER),
        b"This folder is made by campaign-site build and is replaced by every build.\n",
    )
}
