//! The output's manifest, `.campaign-site`: it marks the folder as campaign-site's own, and lists
//! every file with its SHA-256 digest in the form `sha256sum` writes and checks, so a deploy tool
//! can send only what changed, and the next build knows which files it may share.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest as _, Sha256};

use super::target::MARKER;
use crate::fsx::{self, ToolError};

/// A file's SHA-256 digest.
pub type Digest = [u8; 32];

pub fn digest(bytes: &[u8]) -> Digest {
    Sha256::digest(bytes).into()
}

/// Bytes in lower-case hexadecimal, as `sha256sum` writes a digest.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The first lines of the manifest: what the folder is (the marker's sentence).
const HEADER: &str = "# This folder is made by campaign-site build and is replaced by every build.\n\
# Each line below: the SHA-256 of a file and its path (check with: sha256sum -c .campaign-site).\n";

/// The files of an output by path.
#[derive(Debug, Default)]
pub struct Manifest {
    files: HashMap<String, Digest>,
}

impl Manifest {
    /// The manifest of the output `dir` and when it was written; none when it has none that
    /// reads (an output of an older version, or no output).
    pub fn read(dir: &Path) -> Option<(Manifest, std::time::SystemTime)> {
        let path = dir.join(MARKER);
        let written = std::fs::symlink_metadata(&path).ok()?.modified().ok()?;
        let text = std::fs::read_to_string(&path).ok()?;
        let mut manifest = Manifest::default();
        for line in text.lines() {
            let Some((hex, path)) = line.split_once("  ") else {
                continue;
            };
            if let Some(d) = from_hex(hex) {
                manifest.files.insert(path.to_owned(), d);
            }
        }
        Some((manifest, written))
    }

    pub fn get(&self, path: &str) -> Option<Digest> {
        self.files.get(path).copied()
    }

    /// How many files it lists.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Whether the output `dir` is still exactly what its manifest lists, as the manifest's build
/// wrote it: the same files, none changed since (by its time) and no other file. Then the
/// bytes of its files, which the build recorded too (a change within the same tick of the
/// clock as the manifest shows in them).
pub fn intact(dir: &Path, manifest: &Manifest, written: std::time::SystemTime) -> Option<u64> {
    let (mut seen, mut bytes) = (0, 0);
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.ok()?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).ok()?;
        if rel == Path::new(MARKER) {
            continue;
        }
        let meta = entry.metadata().ok()?;
        let unchanged = entry.file_type().is_file() && meta.modified().is_ok_and(|t| t <= written);
        let listed = rel.to_str().is_some_and(|r| manifest.files.contains_key(r));
        if !(unchanged && listed) {
            return None;
        }
        seen += 1;
        bytes += meta.len();
    }
    (seen == manifest.files.len()).then_some(bytes)
}

/// The text of a manifest for `files` (sorted here by path).
pub fn text(files: &mut [(String, Digest)]) -> String {
    files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::with_capacity(HEADER.len() + files.len() * 100);
    out.push_str(HEADER);
    for (path, d) in files.iter() {
        let _ = writeln!(out, "{}  {path}", hex(d));
    }
    out
}

/// Writes the marker alone, first of all, so a build killed while writing leaves a folder the
/// next build knows it may remove.
pub fn write_marker(dir: &Path) -> Result<(), ToolError> {
    fsx::write(&dir.join(MARKER), HEADER.as_bytes())
}

pub(super) fn from_hex(hex: &str) -> Option<Digest> {
    if hex.len() != 64 {
        return None;
    }
    let mut d = [0u8; 32];
    for (i, byte) in d.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_what_it_wrote_and_sha256sum_can_check_it() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(tmp.path().join("a.html"), "hi\n").expect("a file");
        let mut files = vec![("a.html".to_owned(), digest(b"hi\n"))];
        let text = text(&mut files);
        assert!(text.contains(
            "98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4  a.html\n"
        ));
        fsx::write(&tmp.path().join(MARKER), text.as_bytes()).expect("the manifest");
        let Some((read, _)) = Manifest::read(tmp.path()) else {
            panic!("the manifest reads");
        };
        assert_eq!(read.get("a.html"), Some(digest(b"hi\n")));
        assert_eq!(read.len(), 1);
    }
}
