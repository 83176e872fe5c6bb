//! Writing an import: every new text goes to a temporary file beside its unit file first, and
//! only when all are written is each renamed over its file; when a rename fails, the files
//! already replaced get their old bytes back, so that a failed import leaves every unit file
//! as it was. A file keeps its permissions, its line endings and its byte-order mark, and a
//! unit file that is a link is written where the link leads.

use std::fs;
use std::path::{Path, PathBuf};

use super::changes::Planned;
use crate::fsx::{self, ToolError};
use crate::msg;

/// One file to replace: where its new text waits, the file itself, and its bytes before.
struct Staged {
    tmp: PathBuf,
    target: PathBuf,
    old: Option<Vec<u8>>,
}

/// Writes the files of `planned` under the site `root`; returns them as shown.
pub fn all(root: &Path, planned: &[&Planned]) -> Result<Vec<PathBuf>, ToolError> {
    let mut staged: Vec<Staged> = Vec::new();
    for p in planned {
        match stage(&root.join(&p.path), &p.text) {
            Ok(s) => staged.push(s),
            Err(e) => {
                clean(&staged);
                return Err(e);
            }
        }
    }
    for (i, s) in staged.iter().enumerate() {
        if let Err(e) = fsx::rename(&s.tmp, &s.target) {
            clean(&staged[i..]);
            restore(&staged[..i]);
            return Err(e);
        }
    }
    Ok(planned.iter().map(|p| p.path.clone()).collect())
}

/// Writes `text` beside the file at `path` (where it leads, when it is a link), in the file's
/// own line endings and byte-order mark, with its permissions.
fn stage(path: &Path, text: &str) -> Result<Staged, ToolError> {
    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-resolve", path = path), e))?,
        _ => path.to_path_buf(),
    };
    let old = match target.exists() {
        true => Some(fsx::read(&target)?),
        false => None,
    };
    let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
    if permissions.as_ref().is_some_and(fs::Permissions::readonly) {
        return Err(ToolError(msg!("import-read-only", path = &target)));
    }
    if let Some(parent) = target.parent() {
        fsx::create_dir_all(parent)?;
    }
    let bytes = in_style_of(text, old.as_deref());
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = target.with_file_name(format!(".{name}.import-{}", std::process::id()));
    if let Err(e) = fsx::write(&tmp, &bytes) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    if let Some(p) = permissions {
        let _ = fs::set_permissions(&tmp, p);
    }
    #[cfg(unix)]
    if let Ok(m) = fs::metadata(&target) {
        use std::os::unix::fs::MetadataExt;
        // Only a file's owner or root may change it; for the owner this changes nothing.
        let _ = std::os::unix::fs::chown(&tmp, Some(m.uid()), Some(m.gid()));
    }
    Ok(Staged { tmp, target, old })
}

/// `text` with the line endings and byte-order mark of the file's bytes `old`.
fn in_style_of(text: &str, old: Option<&[u8]>) -> Vec<u8> {
    let Some(old) = old else {
        return text.as_bytes().to_vec();
    };
    let bom: &[u8] = b"\xEF\xBB\xBF";
    let mut out = Vec::with_capacity(text.len() + 8);
    if old.starts_with(bom) {
        out.extend_from_slice(bom);
    }
    match old.windows(2).any(|w| w == b"\r\n") {
        true => out.extend_from_slice(text.replace("\r\n", "\n").replace('\n', "\r\n").as_bytes()),
        false => out.extend_from_slice(text.as_bytes()),
    }
    out
}

fn clean(staged: &[Staged]) {
    for s in staged {
        let _ = fs::remove_file(&s.tmp);
    }
}

/// Gives the files already replaced their old bytes back (a new file is removed again).
fn restore(done: &[Staged]) {
    for s in done {
        match &s.old {
            Some(bytes) => {
                let _ = fs::write(&s.target, bytes);
            }
            None => {
                let _ = fs::remove_file(&s.target);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::in_style_of;

    #[test]
    fn a_file_keeps_its_line_endings_and_byte_order_mark() {
        let old = b"\xEF\xBB\xBFname: A\r\nvalues: {}\r\n";
        assert_eq!(
            in_style_of("name: B\nvalues: {}\n", Some(old)),
            b"\xEF\xBB\xBFname: B\r\nvalues: {}\r\n"
        );
        assert_eq!(in_style_of("a: 1\n", Some(b"a: 2\n")), b"a: 1\n");
        assert_eq!(in_style_of("a: 1\n", None), b"a: 1\n");
    }
}
