//! The campaign an import writes into: its campaign.yaml and unit files read as the build
//! reads them, with each unit file's text kept so that it can be changed where it stands.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::data::records;
use crate::data::{CampaignRecord, UnitRecord};
use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;
use crate::text;

/// A unit file as it is on disk.
pub struct UnitFile {
    pub record: UnitRecord,
    /// On disk, and as shown (relative to the site root).
    pub path: PathBuf,
    pub text: String,
}

/// The campaign and its units.
pub struct Campaign {
    pub record: CampaignRecord,
    /// The `units/` folder on disk, and as shown.
    pub units_dir: PathBuf,
    pub units: Vec<UnitFile>,
}

/// The folder of campaign `id` under `content/`: the one whose name (or its slug) is `id`.
fn find_dir(config: &Config, id: &str) -> Result<String, Vec<Diagnostic>> {
    let content = config.content_dir();
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if entry.file_name() == "campaign.yaml" {
            let rel = entry.path().strip_prefix(&content).unwrap_or(entry.path());
            let dir = rel.parent().map(|p| p.to_string_lossy().replace('\\', "/"));
            found.extend(dir);
        }
    }
    let name = |d: &str| d.rsplit('/').next().unwrap_or(d).to_string();
    let wanted = text::slugify(id);
    match found
        .iter()
        .find(|d| name(d) == id || text::slugify(&name(d)) == wanted)
    {
        Some(dir) => Ok(dir.clone()),
        None => {
            let ids: Vec<String> = found.iter().map(|d| name(d)).collect();
            let message = match ids.is_empty() {
                true => msg!("import-no-campaigns", id = id),
                false => msg!(
                    "import-no-such-campaign",
                    id = id,
                    campaigns = ids.join(", ")
                ),
            };
            Err(vec![Diagnostic::error(
                Path::new("content"),
                Pos::UNKNOWN,
                message,
            )])
        }
    }
}

/// The text of the file at `disk`, its problems named by `shown`.
pub fn read_text(disk: &Path, shown: &Path) -> Result<String, Diagnostic> {
    let bytes = crate::fsx::read(disk).map_err(|e| Diagnostic::error(shown, Pos::UNKNOWN, e.0))?;
    text::decode_text(&bytes)
        .map_err(|_| Diagnostic::error(shown, Pos::UNKNOWN, msg!("content-not-utf8")))
}

/// Reads campaign `id` of the site at `root`. A file with errors stops the import: what it
/// would change must first be what the build reads.
pub fn campaign(root: &Path, config: &Config, id: &str) -> Result<Campaign, Vec<Diagnostic>> {
    let dir = find_dir(config, id)?;
    let shown_dir = Path::new("content").join(&dir);
    let shown = shown_dir.join("campaign.yaml");
    let text = read_text(&root.join(&shown), &shown).map_err(|d| vec![d])?;
    let read = records::campaign(config, shown, &text, &dir);
    let errors: Vec<Diagnostic> = read
        .problems
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    let Some(record) = read.record.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let units_dir = shown_dir.join("units");
    let mut units = Vec::new();
    let mut problems = Vec::new();
    // The build reads no file through a link that leaves the site; nor does an import write one.
    let bounds = crate::fsx::SiteBounds::new(root);
    if let Some(m) = bounds.refuse(&root.join(&units_dir)) {
        return Err(vec![Diagnostic::error(&units_dir, Pos::UNKNOWN, m)]);
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(&units_dir))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"));
    paths.sort();
    for disk in paths {
        let Some(name) = disk.file_name() else {
            continue;
        };
        let path = units_dir.join(name);
        if let Some(m) = bounds.refuse(&disk) {
            problems.push(Diagnostic::error(&path, Pos::UNKNOWN, m));
            continue;
        }
        let stem = disk
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match read_text(&disk, &path) {
            Ok(t) => t,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let read = records::unit(&record, path.clone(), &text, &stem);
        let errors = read.has_errors();
        problems.extend(read.problems.into_iter().filter(Diagnostic::is_error));
        if let Some(record) = read.record.filter(|_| !errors) {
            units.push(UnitFile { record, path, text });
        }
    }
    match problems.is_empty() {
        true => Ok(Campaign {
            record,
            units_dir,
            units,
        }),
        false => Err(problems),
    }
}
