//! Staging and swapping: every file is written into a folder beside the output, which then takes
//! the output's place in one step, and what killed builds left beside the output is cleared
//! first.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::digests::{self, Digests};
use super::lock::{LOCK_WAIT, OutputLock, lock};
use super::manifest;
use super::stage::{Stage, Staged};
use super::target::MARKER;
use super::target::{absolute, parent_and_name};
use crate::failure::Failure;
use crate::fsx::{self, ToolError};
use crate::msg;
use crate::render::file::{Content, OutputFile};

/// Writes `files` into a staging folder beside `output`, then swaps it in. Returns the file count.
pub fn commit(output: &Path, files: &[OutputFile]) -> Result<usize, Failure> {
    Ok(Commit::begin(output, None)?.finish(files)?.files)
}

/// What a commit did: the files of the new output, and how many of them are new inodes (the
/// others are the previous output's files, linked).
#[derive(Debug, Clone, Copy, Default)]
pub struct Written {
    pub files: usize,
    pub written: usize,
    /// The bytes of every file but the manifest.
    pub bytes: u64,
}

/// One build's way into the output folder: the lock, and the staging folder beside the output
/// that pages are written into as they are made. Dropped without [`Commit::finish`], it removes
/// the staging folder and leaves the previous output as it was.
///
/// One build at a time per output folder: the whole commit runs under [`lock`], which first
/// clears what killed builds left beside the output.
pub struct Commit {
    _lock: OutputLock,
    output: PathBuf,
    old: PathBuf,
    stage: Stage,
    done: bool,
}

impl Commit {
    /// Takes the lock of `output` and makes its staging folder; `digests` is where the digests
    /// of the cache's files are kept between builds.
    pub fn begin(output: &Path, digests: Option<PathBuf>) -> Result<Commit, Failure> {
        let output = absolute(output)?;
        let (parent, name) = parent_and_name(&output)?;
        let lock = lock(&output, LOCK_WAIT)?;
        remove_stale(parent, &name, &output)?;
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        fs::create_dir(&staging)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-create-folder", path = &staging), e))?;
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        let previous = output.is_dir().then_some(output.as_path());
        let stage = Stage::new(staging, previous, Digests::read(digests));
        let commit = Commit {
            _lock: lock,
            old,
            stage,
            done: false,
            output,
        };
        manifest::write_marker(commit.stage.dir())?;
        Ok(commit)
    }

    /// When the output is still as its last build wrote it: its file count and bytes.
    pub fn intact(&self) -> Option<(usize, u64)> {
        let (dir, manifest, written) = self.stage.previous()?;
        let bytes = manifest::intact(dir, manifest, written)?;
        Some((manifest.len(), bytes))
    }

    /// Where the pages go as they are made.
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// Puts the files not staged yet, writes the manifest, and swaps the staging folder in.
    pub fn finish(mut self, files: &[OutputFile]) -> Result<Written, Failure> {
        let staged: Vec<Staged> = files
            .par_iter()
            .map(|f| match &f.content {
                Content::Bytes(b) => self.stage.put(&f.path, b),
                Content::Copy(from) => self.stage.put_copy(&f.path, from),
                Content::Cached(from) => self.stage.put_cached(&f.path, from),
                Content::Staged(s, _) => Ok(*s),
            })
            .collect::<Result<_, ToolError>>()?;
        let written = Written {
            files: files.len(),
            written: staged.iter().filter(|s| s.written).count(),
            bytes: staged.iter().map(|s| s.len).sum(),
        };
        let mut list: Vec<(String, manifest::Digest)> = files
            .iter()
            .zip(&staged)
            .map(|(f, s)| (f.path.clone(), s.digest))
            .collect();
        let text = manifest::text(&mut list);
        let marker = self.stage.dir().join(MARKER);
        let before = self.stage.previous().map(|(dir, ..)| dir.join(MARKER));
        // The same manifest is the previous one, linked: a build that changes nothing writes
        // nothing.
        // (Only when no file was written: the manifest's time is what each file is checked by.)
        let same = written.written == 0
            && before
                .as_ref()
                .is_some_and(|b| fs::read(b).is_ok_and(|old| old == text.as_bytes()));
        let linked = same
            && fs::remove_file(&marker).is_ok()
            && before.is_some_and(|b| fs::hard_link(b, &marker).is_ok());
        if !linked {
            fsx::write(&marker, text.as_bytes())?;
        }
        self.done = true;
        swap_in(self.stage.dir(), &self.output, &self.old)?;
        let cached = files
            .iter()
            .zip(&staged)
            .filter_map(|(f, s)| match &f.content {
                Content::Cached(from) => {
                    let meta = fs::metadata(from).ok()?;
                    Some((from.clone(), digests::identity(&meta), s.digest))
                }
                _ => None,
            });
        self.stage.digests.keep(cached.collect());
        Ok(written)
    }
}

impl Drop for Commit {
    fn drop(&mut self) {
        if !self.done {
            let _ = remove_made(self.stage.dir());
        }
    }
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
    let entries = fs::read_dir(parent)
        .map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = parent), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = parent), e))?;
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
    let mut entries =
        fs::read_dir(dir).map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = dir), e))?;
    Ok(entries.next().is_none())
}

/// Removes a folder campaign-site made, its marker last: a removal cut short still leaves a
/// folder the next build recognises as its own.
fn remove_made(dir: &Path) -> Result<(), ToolError> {
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other.map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = dir), e))?,
    };
    for entry in entries {
        let entry = entry.map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = dir), e))?;
        let path = entry.path();
        if entry.file_name() == MARKER {
            continue;
        }
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            fsx::remove_dir_all(&path)?;
        } else {
            fs::remove_file(&path)
                .map_err(|e| fsx::io_error(msg!("tool-cannot-remove", path = &path), e))?;
        }
    }
    let marker = dir.join(MARKER);
    match fs::remove_file(&marker) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            Err(fsx::io_error(msg!("tool-cannot-remove", path = &marker), e))
        }
        _ => fs::remove_dir(dir)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-remove", path = dir), e)),
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

#[cfg(test)]
mod tests;
