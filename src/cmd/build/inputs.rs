//! What a build is made from, as one digest: every file of `site.yaml`, `content/`, `static/` and
//! `themes/` (its path, size, times and inode), the binary and the options. A build without
//! problems records it in `.cache/inputs/`, by output folder; when the next build finds the same
//! and the output still as its manifest lists it, nothing can have changed, and `build` leaves
//! the output alone.

use std::fmt::Write as _;

use std::path::{Path, PathBuf};

use crate::output::{self, hex};

/// What a build is asked: its site folder, output folder, `--base-url` and `--drafts`.
pub struct Asked<'a> {
    pub root: &'a Path,
    pub output: &'a Path,
    pub base_url: Option<&'a str>,
    pub drafts: bool,
}

/// The digest of everything a build reads, or None when some of it cannot be read (then the
/// build runs, and reports what it could not read).
pub fn digest(asked: &Asked) -> Option<String> {
    let mut text = String::new();
    let exe = std::env::current_exe().ok()?;
    line(&mut text, "binary", &std::fs::metadata(exe).ok()?);
    let _ = writeln!(text, "output {:?}", asked.output);
    // The day is no input: the one check that reads it (a date in the future) can only stop
    // failing as days pass, and the fast way is taken only after a build without problems.
    let _ = writeln!(text, "options {:?} {}", asked.base_url, asked.drafts);
    for top in ["site.yaml", "content", "static", "themes"] {
        let path = asked.root.join(top);
        if std::fs::symlink_metadata(&path).is_err() {
            let _ = writeln!(text, "absent {top}");
            continue;
        }
        let walk = walkdir::WalkDir::new(&path)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walk {
            let entry = entry.ok()?;
            let rel = entry.path().strip_prefix(asked.root).ok()?;
            line(&mut text, &rel.to_string_lossy(), &entry.metadata().ok()?);
        }
    }
    Some(hex(&output::digest(text.as_bytes())))
}

/// `.cache/inputs/`, unless it or the cache is a link (an error of the build: nothing is read
/// or written through it).
fn folder(root: &Path) -> Option<PathBuf> {
    let cache = root.join(".cache");
    let inputs = cache.join("inputs");
    (!crate::fsx::is_link(&cache) && !crate::fsx::is_link(&inputs)).then_some(inputs)
}

/// Where the digests of the cache's files are kept.
pub fn digests_file(root: &Path) -> Option<PathBuf> {
    Some(folder(root)?.join("digests"))
}

/// Where the digest of the last build into `output` without problems is kept.
fn record_file(asked: &Asked) -> Option<PathBuf> {
    let key = hex(&output::digest(asked.output.as_os_str().as_encoded_bytes())[..8]);
    Some(folder(asked.root)?.join(key))
}

/// The digest the last build into this output recorded.
pub fn recorded(asked: &Asked) -> Option<String> {
    std::fs::read_to_string(record_file(asked)?).ok()
}

/// Records `digest` for the next build (none: forgets, so the next build runs whole). A
/// record that cannot be written only costs the next build its short way.
pub fn record(asked: &Asked, digest: Option<&str>) {
    let Some(file) = record_file(asked) else {
        return;
    };
    match digest {
        Some(d) => {
            if crate::fsx::write_whole(&file, d.as_bytes()).is_err() {
                let _ = std::fs::remove_file(&file);
            }
        }
        None => {
            let _ = std::fs::remove_file(&file);
        }
    }
}

/// One file's line: its path and what changes when its bytes do.
fn line(text: &mut String, path: &str, meta: &std::fs::Metadata) {
    let modified = crate::fsx::modified_nanos(meta);
    let _ = write!(text, "{path:?} {} {} {modified}", meta.is_dir(), meta.len());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // The change time too: a file put back with an older modification time changes it.
        let _ = write!(
            text,
            " {} {} {} {}.{}",
            meta.dev(),
            meta.ino(),
            meta.mode(),
            meta.ctime(),
            meta.ctime_nsec()
        );
    }
    text.push('\n');
}
