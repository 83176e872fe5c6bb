//! Writing the site: one build at a time per output folder (a lock beside it), every file into a
//! staging folder beside the output, then one atomic swap, so a failed or killed build leaves the
//! previous output exactly as it was and the output folder exists at every instant.

use std::collections::BTreeMap;
use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::Failure;
use crate::config::Config;
use crate::content::is_leftover;
use crate::diagnostics::{Diagnostic, Pos, display_path};
use crate::fsx::{self, ToolError};
use crate::render::{Content, OutputFile};
use crate::theme::{Source, Theme};

/// The file that marks a folder as campaign-site's output (and so safe to replace).
pub const MARKER: &str = ".campaign-site";

/// The theme's static files, then the site's `static/` (which wins over the theme's).
pub fn static_files(config: &Config, theme: &Theme) -> Result<Vec<OutputFile>, Failure> {
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
        let mut problems = Vec::new();
        for (rel, path) in site_static(config, &dir, &mut problems)? {
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
        if !problems.is_empty() {
            return Err(problems.into());
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
        return Err(ToolError(format!("cannot read {}: {e}", dir.display())));
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
                "the file name is not valid Unicode; rename the file",
            ));
            continue;
        };
        out.push((crate::text::nfc(&rel.replace('\\', "/")), entry.into_path()));
    }
    Ok(out)
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

/// How long a build waits for another build of the same output to finish before giving up.
pub const LOCK_WAIT: Duration = Duration::from_secs(60);

/// How often a waiting build tries the lock again.
const LOCK_POLL: Duration = Duration::from_millis(20);

/// Writes `files` into a staging folder beside `output`, then swaps it in. Returns the file count.
///
/// One build at a time per output folder: the whole commit runs under [`lock`], which first
/// clears what killed builds left beside the output. The previous output stays in place until the
/// swap, so a build that fails here leaves it untouched.
pub fn commit(output: &Path, files: &[OutputFile]) -> Result<usize, Failure> {
    let output = absolute(output)?;
    let (parent, name) = parent_and_name(&output)?;
    let _lock = lock(&output, LOCK_WAIT)?;
    remove_stale(parent, &name, &output)?;
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    if let Err(e) = write_all(&staging, files) {
        let _ = remove_made(&staging);
        return Err(e.into());
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    swap_in(&staging, &output, &old)?;
    Ok(files.len())
}

/// The folder that holds `output`, and `output`'s own name.
fn parent_and_name(output: &Path) -> Result<(&Path, String), ToolError> {
    match (output.parent(), output.file_name()) {
        (Some(parent), Some(name)) => Ok((parent, name.to_string_lossy().into_owned())),
        _ => Err(ToolError(format!(
            "{} cannot be the output folder: it has no parent folder",
            output.display()
        ))),
    }
}

/// The right to write one output folder: an advisory lock on `.<name>.lock` beside it (never
/// inside it), released when this value is dropped.
pub struct OutputLock {
    path: PathBuf,
    _file: File,
}

impl Drop for OutputLock {
    /// Removes the lock file, then closes it (which releases the lock). A build waiting on the
    /// removed file notices it is no longer the one at the path and opens the new one: see
    /// [`is_current`]. Elsewhere than Unix the file stays, as that check cannot be made.
    fn drop(&mut self) {
        if cfg!(unix) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Takes the lock of `output`, trying again every few milliseconds for up to `wait`. When another
/// build still holds it after that, fails as a problem of the site (exit 1) naming the folder.
pub fn lock(output: &Path, wait: Duration) -> Result<OutputLock, Failure> {
    let output = absolute(output)?;
    let (parent, name) = parent_and_name(&output)?;
    fsx::create_dir_all(parent)?;
    let path = parent.join(format!(".{name}.lock"));
    let started = Instant::now();
    loop {
        let file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| fsx::io_error("open the lock file", &path, e))?;
        match file.try_lock() {
            Ok(()) if is_current(&file, &path) => return Ok(OutputLock { path, _file: file }),
            Ok(()) | Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => return Err(fsx::io_error("lock", &path, e).into()),
        }
        if started.elapsed() >= wait {
            let message = format!(
                "another build of this site is running and writing this output folder; gave up \
                 after waiting {} s for it (it holds {}); try again when it has finished",
                wait.as_secs_f64(),
                path.display()
            );
            return Err(vec![Diagnostic::error(&output, Pos::UNKNOWN, message)].into());
        }
        std::thread::sleep(LOCK_POLL);
    }
}

/// Whether `file` is still the file at `path` (a build that released the lock removed it).
#[cfg(unix)]
fn is_current(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
        _ => false,
    }
}

/// Whether `file` is still the file at `path`: always, as the lock file is never removed here.
#[cfg(not(unix))]
fn is_current(_file: &File, _path: &Path) -> bool {
    true
}

/// What a killed build can leave beside the output `name`: `.<name>.staging-<pid>` (a half-written
/// build) and `.<name>.old-<pid>` (the previous output, between the two renames of the fallback).
#[derive(PartialEq)]
enum Leftover {
    Staging,
    Old,
}

fn leftover(file_name: &str, name: &str) -> Option<Leftover> {
    let rest = file_name
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix('.')?;
    let is_pid = |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
    if rest.strip_prefix("staging-").is_some_and(is_pid) {
        Some(Leftover::Staging)
    } else if rest.strip_prefix("old-").is_some_and(is_pid) {
        Some(Leftover::Old)
    } else {
        None
    }
}

/// Removes the folders killed builds left beside `output`: only names of this output's pattern,
/// only real folders holding the marker or nothing, and only under the lock (so no running build
/// owns them). A previous output left by a kill between the two renames of the fallback swap is
/// put back if `output` is missing.
fn remove_stale(parent: &Path, name: &str, output: &Path) -> Result<(), ToolError> {
    let entries = fs::read_dir(parent).map_err(|e| fsx::io_error("read", parent, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| fsx::io_error("read", parent, e))?;
        let Some(kind) = entry.file_name().to_str().and_then(|n| leftover(n, name)) else {
            continue;
        };
        let path = entry.path();
        if !is_made_or_empty(&path)? {
            continue;
        }
        if kind == Leftover::Old && fs::symlink_metadata(output).is_err() {
            fsx::rename(&path, output)?;
        } else {
            remove_made(&path)?;
        }
    }
    Ok(())
}

/// Whether `dir` is a folder (not a link) that holds the marker or nothing.
fn is_made_or_empty(dir: &Path) -> Result<bool, ToolError> {
    if !fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        return Ok(false);
    }
    if dir.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(dir).map_err(|e| fsx::io_error("read", dir, e))?;
    Ok(entries.next().is_none())
}

/// Removes a folder campaign-site made, its marker last: a removal cut short still leaves a
/// folder the next build recognises as its own.
fn remove_made(dir: &Path) -> Result<(), ToolError> {
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other.map_err(|e| fsx::io_error("read", dir, e))?,
    };
    for entry in entries {
        let entry = entry.map_err(|e| fsx::io_error("read", dir, e))?;
        let path = entry.path();
        if entry.file_name() == MARKER {
            continue;
        }
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            fsx::remove_dir_all(&path)?;
        } else {
            fs::remove_file(&path).map_err(|e| fsx::io_error("remove", &path, e))?;
        }
    }
    let marker = dir.join(MARKER);
    match fs::remove_file(&marker) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(fsx::io_error("remove", &marker, e)),
        _ => fs::remove_dir(dir).map_err(|e| fsx::io_error("remove", dir, e)),
    }
}

/// Puts the finished `staging` folder at `output`, then removes the previous output.
///
/// On Linux the two folders are exchanged in one step ([`fsx::exchange`]), so `output` names a
/// complete site at every instant. Elsewhere (or on a file system that cannot exchange) the
/// fallback is two renames, `output` to `old` then `staging` to `output`: a build killed between
/// them leaves no `output` for a moment, and the next build puts `old` back before anything else.
fn swap_in(staging: &Path, output: &Path, old: &Path) -> Result<(), ToolError> {
    let fail = |e: ToolError| {
        let _ = remove_made(staging);
        Err(e)
    };
    if fs::symlink_metadata(output).is_err() {
        return fsx::rename(staging, output).or_else(fail);
    }
    match fsx::exchange(staging, output) {
        // The previous output is now at `staging`. Once the new one is in place a failure to
        // remove it is no failure of the build: the next build removes what is left.
        Ok(true) => {
            let _ = remove_made(staging);
            return Ok(());
        }
        Ok(false) => {}
        Err(e) => return fail(e),
    }
    if let Err(e) = fsx::rename(output, old) {
        return fail(e);
    }
    if let Err(e) = fsx::rename(staging, output) {
        let _ = fsx::rename(old, output);
        return fail(e);
    }
    let _ = remove_made(old);
    Ok(())
}

/// Writes every file into the new folder `dir`, the marker first, so that a build killed while
/// writing leaves a folder the next build may remove.
fn write_all(dir: &Path, files: &[OutputFile]) -> Result<(), ToolError> {
    fs::create_dir(dir).map_err(|e| fsx::io_error("create folder", dir, e))?;
    fsx::write(
        &dir.join(MARKER),
        b"This folder is made by campaign-site build and is replaced by every build.\n",
    )?;
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
    })
}
