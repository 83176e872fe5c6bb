//! Staging and swapping: every file is written into a folder beside the output, which then takes
//! the output's place in one step, and what killed builds left beside the output is cleared
//! first.

use std::fs;
use std::io;
use std::path::Path;

use rayon::prelude::*;

use super::lock::{LOCK_WAIT, lock};
use super::target::MARKER;
use super::target::{absolute, parent_and_name};
use crate::failure::Failure;
use crate::fsx::{self, ToolError};
use crate::msg;
use crate::render::{Content, OutputFile};

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

/// Writes every file into the new folder `dir`, the marker first, so that a build killed while
/// writing leaves a folder the next build may remove.
fn write_all(dir: &Path, files: &[OutputFile]) -> Result<(), ToolError> {
    fs::create_dir(dir)
        .map_err(|e| fsx::io_error(msg!("tool-cannot-create-folder", path = dir), e))?;
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use super::*;

    fn page(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            content: Content::bytes(text.as_bytes().to_vec()),
            origin: PathBuf::from("content").join(path),
        }
    }

    /// Every file under `dir` by its `/`-separated path, with its text.
    fn contents(dir: &Path) -> BTreeMap<String, String> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                let text = fs::read_to_string(e.path()).unwrap_or_default();
                (rel.to_string_lossy().replace('\\', "/"), text)
            })
            .collect()
    }

    /// The names in `dir` other than `keep`.
    fn beside(dir: &Path, keep: &str) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n != keep)
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    fn committed(output: &Path, files: &[OutputFile]) {
        if let Err(e) = commit(output, files) {
            panic!("the commit failed: {e:?}");
        }
    }

    #[test]
    fn a_commit_writes_every_file_and_the_marker_and_leaves_nothing_beside() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        let files = [
            page("index.html", "home"),
            page("tin-tuc/a/index.html", "a"),
        ];
        assert!(matches!(commit(&out, &files), Ok(2)));
        let written = contents(&out);
        assert_eq!(
            written.keys().collect::<Vec<_>>(),
            [MARKER, "index.html", "tin-tuc/a/index.html"]
        );
        assert_eq!(written["tin-tuc/a/index.html"], "a");
        assert_eq!(beside(tmp.path(), "public"), Vec::<String>::new());
    }

    #[test]
    fn a_commit_replaces_the_whole_previous_output() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        committed(
            &out,
            &[page("index.html", "v1"), page("old/index.html", "gone")],
        );
        let copied = tmp.path().join("logo.svg");
        fs::write(&copied, "<svg/>").expect("a static file");
        let files = [
            page("index.html", "v2"),
            OutputFile {
                path: "logo.svg".into(),
                content: Content::Copy(copied),
                origin: "static/logo.svg".into(),
            },
        ];
        committed(&out, &files);
        let written = contents(&out);
        assert_eq!(
            written.keys().collect::<Vec<_>>(),
            [MARKER, "index.html", "logo.svg"]
        );
        assert_eq!(
            (&*written["index.html"], &*written["logo.svg"]),
            ("v2", "<svg/>")
        );
        assert_eq!(beside(tmp.path(), "public"), ["logo.svg"]);
    }

    #[test]
    fn a_failed_write_leaves_the_previous_output_untouched_and_no_staging() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        committed(
            &out,
            &[page("index.html", "good"), page("a/index.html", "a")],
        );
        let before = contents(&out);
        let files = [
            page("index.html", "new"),
            OutputFile {
                path: "missing.png".into(),
                content: Content::Copy(tmp.path().join("no-such-file.png")),
                origin: "static/missing.png".into(),
            },
        ];
        match commit(&out, &files) {
            Err(Failure::Tool(e)) => assert!(e.to_string().contains("no-such-file.png"), "{e}"),
            other => panic!("a file that cannot be copied fails the commit: {other:?}"),
        }
        assert_eq!(contents(&out), before);
        assert_eq!(beside(tmp.path(), "public"), Vec::<String>::new());
    }

    #[test]
    fn only_this_outputs_leftovers_with_a_process_id_are_recognised() {
        for (file_name, want) in [
            (".public.staging-123", Some(Leftover::Staging)),
            (".public.old-7", Some(Leftover::Old)),
            (".public.staging-", None),
            (".public.staging-12x", None),
            (".public.old-", None),
            (".public.lock", None),
            (".publicity.staging-5", None),
            ("public.staging-5", None),
            (".other.old-5", None),
        ] {
            assert!(leftover(file_name, "public") == want, "{file_name}");
        }
    }

    #[test]
    fn leftovers_are_cleared_and_folders_of_others_kept() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        committed(&out, &[page("index.html", "good")]);
        let folder = |name: &str, files: &[&str]| {
            let dir = tmp.path().join(name);
            fs::create_dir_all(&dir).expect("a leftover folder");
            for f in files {
                fs::write(dir.join(f), "left").expect("a leftover file");
            }
        };
        folder(".public.staging-41", &[MARKER, "half.html"]);
        folder(".public.old-42", &[MARKER, "index.html"]);
        folder(".public.staging-43", &[]);
        folder(".public.staging-44", &["notes.txt"]);
        committed(&out, &[page("index.html", "next")]);
        assert_eq!(beside(tmp.path(), "public"), [".public.staging-44"]);
        assert_eq!(contents(&out)["index.html"], "next");
    }

    /// A build killed between the two renames of the fallback swap left the previous output as
    /// `.public.old-<pid>` and no output: it is put back before anything else.
    #[test]
    fn a_previous_output_left_between_two_renames_is_put_back() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        committed(&out, &[page("index.html", "previous")]);
        let old = tmp.path().join(".public.old-42");
        fs::rename(&out, &old).expect("the kill between two renames");
        if let Err(e) = remove_stale(tmp.path(), "public", &out) {
            panic!("{e}");
        }
        assert!(!old.exists());
        assert_eq!(contents(&out)["index.html"], "previous");
    }
}
