//! `campaign-site init DIR`: a new site that builds at once, with a sample article in both
//! languages and a results campaign of two units. The theme is the built-in one; the schemas
//! and `.vscode/settings.json` let VS Code check and complete the YAML files as they are typed.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::schema;
use crate::fsx::{self, ToolError};
use crate::msg;

static STARTER: Dir = include_dir!("$CARGO_MANIFEST_DIR/src/cmd/starter");

/// Writes the starter site and the schemas into `dir` (which must be new or empty); returns the
/// files written, relative to `dir`.
pub fn run(dir: &Path) -> Result<Vec<PathBuf>, ToolError> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = dir), e))?
            .next()
            .is_none();
        if !empty {
            return Err(ToolError(msg!("init-not-empty", folder = dir)));
        }
    }
    let mut written = Vec::new();
    let mut stack = vec![&STARTER];
    while let Some(d) = stack.pop() {
        for f in d.files() {
            fsx::write(&dir.join(f.path()), f.contents())?;
            written.push(f.path().to_path_buf());
        }
        stack.extend(d.dirs());
    }
    for path in schema::write_into(&dir.join(schema::DEFAULT_DIR))? {
        written.push(path.strip_prefix(dir).unwrap_or(&path).to_path_buf());
    }
    written.sort();
    Ok(written)
}
