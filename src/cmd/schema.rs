//! `campaign-site schema [--output DIR]`: the JSON Schemas (draft 2020-12) of site.yaml, front
//! matter, campaign.yaml and unit files, written where a text editor finds them, so that it
//! completes and checks these files as the editor types (VS Code's YAML extension does).

use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::fsx::{self, ToolError};
use crate::msg;

/// Where the schemas go in a site unless `--output` says otherwise; `init` writes them there,
/// and the `.vscode/settings.json` it writes points at them.
pub const DEFAULT_DIR: &str = ".schemas";

/// Each schema's file name and text. The files in `schemas/` of this repository are the
/// schemas; tests check them against what the loaders accept.
pub const SCHEMAS: [(&str, &str); 4] = [
    (
        "site.schema.json",
        include_str!("../../schemas/site.schema.json"),
    ),
    (
        "front-matter.schema.json",
        include_str!("../../schemas/front-matter.schema.json"),
    ),
    (
        "campaign.schema.json",
        include_str!("../../schemas/campaign.schema.json"),
    ),
    (
        "unit.schema.json",
        include_str!("../../schemas/unit.schema.json"),
    ),
];

/// Writes the schemas into `output`, else into `.schemas/` of the site at `root`; returns the
/// files written.
pub fn run(root: &Path, output: Option<&Path>) -> Result<Vec<PathBuf>, ToolError> {
    let dir = match output {
        Some(dir) => dir.to_path_buf(),
        None if root.join(CONFIG_FILE).is_file() => root.join(DEFAULT_DIR),
        None => {
            return Err(ToolError(msg!("schema-no-site-yaml", folder = root)));
        }
    };
    write_into(&dir)
}

/// Writes the schemas into the folder `dir`, made when it is missing; returns the files written.
pub fn write_into(dir: &Path) -> Result<Vec<PathBuf>, ToolError> {
    if dir.exists() && !dir.is_dir() {
        return Err(ToolError(msg!("schema-not-a-folder", path = dir)));
    }
    SCHEMAS
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            fsx::write(&path, text.as_bytes())?;
            Ok(path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_is_json_with_its_dialect_and_id() {
        for (name, text) in SCHEMAS {
            let v: serde_json::Value =
                serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(
                v["$schema"], "https://json-schema.org/draft/2020-12/schema",
                "{name}"
            );
            let id = v["$id"].as_str().unwrap_or_default();
            assert!(id.ends_with(&format!("/{name}")), "{name}: $id {id}");
        }
    }

    #[test]
    fn a_file_in_the_way_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("schemas");
        std::fs::write(&file, "").unwrap();
        let e = write_into(&file).unwrap_err();
        assert!(
            e.to_string().starts_with(&file.display().to_string()),
            "{e}"
        );
        let e = run(tmp.path(), None).unwrap_err();
        assert!(e.to_string().starts_with("no site.yaml in"), "{e}");
    }
}
