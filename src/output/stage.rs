//! The staging folder of one build: each file goes into it as soon as it is made, so the output
//! is never held in memory; a file whose bytes equal the previous output's is a hard link to
//! it (same inode, same modification time), so deploy tools that compare times see no change.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::digests::Digests;
use super::manifest::{Digest, Manifest, digest};
use crate::fsx::{self, ToolError};
use crate::msg;

/// Where a build puts its files before the swap, and the output it may share files with.
pub struct Stage {
    pub(super) dir: PathBuf,
    previous: Option<Previous>,
    /// The digests of the cache's files, known from earlier builds.
    pub(super) digests: Digests,
}

/// The output of the last build, with its manifest: what a file's bytes were when it was made.
struct Previous {
    dir: PathBuf,
    manifest: Manifest,
    /// When the manifest was written: a file changed after it is not what the manifest says.
    written: std::time::SystemTime,
}

/// A file put in the staging folder: its digest, and whether it was written or shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staged {
    pub digest: Digest,
    pub written: bool,
    pub len: u64,
}

impl Stage {
    /// A stage writing into `dir` (which exists), sharing the unchanged files of `previous`.
    pub(super) fn new(dir: PathBuf, previous: Option<&Path>, digests: Digests) -> Stage {
        let previous = previous.and_then(|p| {
            let (manifest, written) = Manifest::read(p)?;
            Some(Previous {
                dir: p.to_path_buf(),
                manifest,
                written,
            })
        });
        Stage {
            dir,
            previous,
            digests,
        }
    }

    /// A stage that shares nothing with an earlier output (`serve`'s folder of one build):
    /// pages reused from the build before are linked to it by [`Stage::put_linked`].
    pub fn scratch(dir: PathBuf) -> Stage {
        Stage {
            dir,
            previous: None,
            digests: Digests::default(),
        }
    }

    /// The previous output, when its manifest reads: its folder, manifest and when it was written.
    pub(super) fn previous(&self) -> Option<(&Path, &Manifest, std::time::SystemTime)> {
        let p = self.previous.as_ref()?;
        Some((&p.dir, &p.manifest, p.written))
    }

    /// The folder the staged files are in, by their output paths.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Puts `bytes` at `path`: a link to the previous output's file when it holds these bytes.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<Staged, ToolError> {
        let digest = digest(bytes);
        let to = self.dir.join(path);
        make_parent(&to)?;
        if let Some(from) = self.unchanged(path, &digest, bytes.len() as u64)
            && fs::hard_link(&from, &to).is_ok()
        {
            return Ok(Staged {
                digest,
                written: false,
                len: bytes.len() as u64,
            });
        }
        fs::write(&to, bytes)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-write", path = &to), e))?;
        Ok(Staged {
            digest,
            written: true,
            len: bytes.len() as u64,
        })
    }

    /// Puts at `path` the file `from`, which an earlier stage made with the bytes `was` stands
    /// for: a hard link to it (a copy where links cannot be made).
    pub fn put_linked(&self, path: &str, from: &Path, was: Staged) -> Result<Staged, ToolError> {
        let to = self.dir.join(path);
        make_parent(&to)?;
        match fs::hard_link(from, &to) {
            Ok(()) => Ok(Staged {
                written: false,
                ..was
            }),
            Err(_) => self.put_copy(path, from),
        }
    }

    /// Puts a copy of the file `from` at `path` (a file of the site, which may change).
    pub fn put_copy(&self, path: &str, from: &Path) -> Result<Staged, ToolError> {
        self.put(path, &fsx::read(from)?)
    }

    /// Puts the cache's file `from` at `path` as a link to it: the cache never changes a file
    /// once written, so every build shares it and the output's file keeps its inode.
    pub fn put_cached(&self, path: &str, from: &Path) -> Result<Staged, ToolError> {
        let to = self.dir.join(path);
        make_parent(&to)?;
        if fs::hard_link(from, &to).is_err() {
            return self.put_copy(path, from);
        }
        let now = fs::metadata(&to)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = &to), e))?;
        let known = self.previous.as_ref().and_then(|p| {
            let digest = p.manifest.get(path)?;
            let before = fs::metadata(p.dir.join(path)).ok()?;
            (same_file(&now, &before) && modified_before(&before, p.written)).then_some(digest)
        });
        let digest = match known.or_else(|| self.digests.get(from, &now)) {
            Some(d) => d,
            None => digest(&fsx::read(from)?),
        };
        Ok(Staged {
            digest,
            written: known.is_none(),
            len: now.len(),
        })
    }

    /// The previous output's file at `path` when it still holds the bytes of `digest`.
    fn unchanged(&self, path: &str, digest: &Digest, len: u64) -> Option<PathBuf> {
        let p = self.previous.as_ref()?;
        if p.manifest.get(path)? != *digest {
            return None;
        }
        let file = p.dir.join(path);
        let meta = fs::symlink_metadata(&file).ok()?;
        (meta.is_file() && meta.len() == len && modified_before(&meta, p.written)).then_some(file)
    }
}

/// Whether a file was last changed no later than `time`.
fn modified_before(meta: &fs::Metadata, time: std::time::SystemTime) -> bool {
    meta.modified().is_ok_and(|m| m <= time)
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// Makes the folder `file` goes in; most already exist, so one call is tried first.
fn make_parent(file: &Path) -> Result<(), ToolError> {
    let Some(dir) = file.parent() else {
        return Ok(());
    };
    match fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(_) => fsx::create_dir_all(dir),
    }
}
