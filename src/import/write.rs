//! Writing an import: every new text goes to a temporary file beside its unit file first, and
//! only when all are written is each renamed over its file, so that a failed import leaves
//! every unit file as it was, and no file is ever half written.

use std::path::{Path, PathBuf};

use super::changes::Planned;
use crate::fsx::{self, ToolError};

/// Writes the files of `planned` under the site `root`; returns them as shown.
pub fn all(root: &Path, planned: &[&Planned]) -> Result<Vec<PathBuf>, ToolError> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let clean = |staged: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for p in planned {
        let target = root.join(&p.path);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = target.with_file_name(format!(".{name}.import-{}", std::process::id()));
        let made = target.parent().map_or(Ok(()), fsx::create_dir_all);
        if let Err(e) = made {
            clean(&staged);
            return Err(e);
        }
        if let Err(e) = fsx::write(&tmp, p.text.as_bytes()) {
            let _ = std::fs::remove_file(&tmp);
            clean(&staged);
            return Err(e);
        }
        staged.push((tmp, target));
    }
    for (i, (tmp, target)) in staged.iter().enumerate() {
        if let Err(e) = fsx::rename(tmp, target) {
            clean(&staged[i..]);
            return Err(e);
        }
    }
    Ok(planned.iter().map(|p| p.path.clone()).collect())
}
