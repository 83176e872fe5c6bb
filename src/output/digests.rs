//! The SHA-256 of the cache's files (share cards, photo variants), remembered by each file's
//! identity (size, time, inode) in `.cache/inputs/digests`: a build from nothing lists them in
//! its manifest without reading every card again.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::manifest::{Digest, from_hex, hex};

/// What identifies a file's bytes without reading them: its size, time and inode.
type Identity = (u64, u128, u64);

/// The digests known, and where they are kept.
#[derive(Default)]
pub struct Digests {
    file: Option<PathBuf>,
    known: HashMap<PathBuf, (Identity, Digest)>,
}

pub fn identity(meta: &std::fs::Metadata) -> Identity {
    let time = crate::fsx::modified_nanos(meta);
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(meta);
    #[cfg(not(unix))]
    let inode = 0;
    (meta.len(), time, inode)
}

impl Digests {
    /// The digests kept in `file` (none when it cannot be read).
    pub fn read(file: Option<PathBuf>) -> Digests {
        let text = file.as_ref().and_then(|f| std::fs::read_to_string(f).ok());
        let known = text
            .iter()
            .flat_map(|t| t.lines())
            .filter_map(|line| {
                let mut parts = line.splitn(5, ' ');
                let digest = from_hex(parts.next()?)?;
                let len = parts.next()?.parse().ok()?;
                let time = parts.next()?.parse().ok()?;
                let inode = parts.next()?.parse().ok()?;
                Some((PathBuf::from(parts.next()?), ((len, time, inode), digest)))
            })
            .collect();
        Digests { file, known }
    }

    /// The digest of the cache's file `path`, when it is the file it was.
    pub fn get(&self, path: &Path, meta: &std::fs::Metadata) -> Option<Digest> {
        let (id, digest) = self.known.get(path)?;
        (*id == identity(meta)).then_some(*digest)
    }

    /// Keeps `files` (path, identity, digest) for the next build, in place of what was kept. A
    /// file that cannot be written only costs the next build some reading.
    pub fn keep(&self, mut files: Vec<(PathBuf, Identity, Digest)>) {
        let Some(file) = &self.file else {
            return;
        };
        files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        files.dedup_by(|a, b| a.0 == b.0);
        let mut text = String::with_capacity(files.len() * 160);
        for (path, (len, time, inode), digest) in &files {
            let Some(path) = path.to_str().filter(|p| !p.contains('\n')) else {
                continue;
            };
            let _ = writeln!(text, "{} {len} {time} {inode} {path}", hex(digest));
        }
        let _ = crate::fsx::write_whole(file, text.as_bytes());
    }
}
