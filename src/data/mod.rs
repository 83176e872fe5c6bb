//! Campaign statistics: the YAML files of `content/results/`, checked and computed into
//! campaigns with totals, percents, ranks and shares, ready for pages, charts and downloads.

pub mod aggregate;
pub mod checks;
pub mod compute;
pub mod format;
mod keys;
pub mod model;
pub mod number;
mod problems;
pub mod records;
pub mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::{fsx, text};
pub use model::{
    Campaign, CampaignPlaces, CampaignRecord, Cluster, Metric, Part, Reported, Unit, UnitPlaces,
    UnitRecord,
};

/// A data file found under `content/`: its path relative to `content/` and on disk.
pub type DataFile = (String, PathBuf);

/// Every campaign that could be read, and whether a campaign.yaml failed (then its units are
/// unknown, and an article naming one is not reported as naming a unit that does not exist).
#[derive(Debug, Default)]
pub struct Loaded {
    pub campaigns: Vec<Campaign>,
    pub campaign_failed: bool,
}

/// Reads, checks and computes every campaign. Problems of all files are returned together.
/// Errors go to `found`; contradictions and notes are its strict problems (errors in `check`).
pub fn load(config: &Config, files: &[DataFile], found: &mut Diagnostics) -> Loaded {
    let mut errors = Vec::new();
    let mut campaign_files = Vec::new();
    let mut unit_files: HashMap<String, Vec<&DataFile>> = HashMap::new();
    for f in files {
        let (dir, name) = f.0.rsplit_once('/').unwrap_or(("", &f.0));
        if name == "campaign.yaml" || name == "campaign.yml" {
            campaign_files.push(f);
        } else if let Some(campaign_dir) = dir
            .strip_suffix("/units")
            .or((dir == "units").then_some(""))
        {
            unit_files
                .entry(campaign_dir.to_owned())
                .or_default()
                .push(f);
        } else {
            errors.push(Diagnostic::error(
                shown(&f.0),
                Pos::UNKNOWN,
                "this YAML file is neither a campaign.yaml nor a unit file in a campaign's units/ folder; move it, or put it in static/ to publish it as is",
            ));
        }
    }
    for (dir, units) in &unit_files {
        if !campaign_files
            .iter()
            .any(|f| crate::content::parent(&f.0) == dir)
        {
            for u in units {
                errors.push(Diagnostic::error(
                    shown(&u.0),
                    Pos::UNKNOWN,
                    format!("this unit file has no campaign: there is no content/{dir}/campaign.yaml beside its units/ folder"),
                ));
            }
        }
    }
    let mut campaigns = Vec::new();
    let mut failed = false;
    for f in campaign_files {
        let dir = crate::content::parent(&f.0).to_owned();
        let units = unit_files.get(&dir).map(Vec::as_slice).unwrap_or_default();
        match campaign(config, f, &dir, &mut errors, units) {
            Ok(c) => campaigns.push(c),
            Err(e) => {
                errors.extend(e);
                failed = true;
            }
        }
    }
    campaigns.sort_by(|a, b| a.dir.cmp(&b.dir));
    for d in errors {
        if d.is_error() {
            found.push(d);
        } else {
            found.push_strict(d);
        }
    }
    Loaded {
        campaigns,
        campaign_failed: failed,
    }
}

fn shown(rel: &str) -> PathBuf {
    Path::new("content").join(rel)
}

/// Reads a data file as NFC text; an empty file is a problem of its own.
fn read(f: &DataFile, what: &str) -> Result<String, Diagnostic> {
    let bytes = fsx::read(&f.1).map_err(|e| Diagnostic::error(shown(&f.0), Pos::UNKNOWN, e.0))?;
    let text = text::decode_text(&bytes).map_err(|_| {
        Diagnostic::error(
            shown(&f.0),
            Pos::UNKNOWN,
            "the file is not UTF-8 text; save it as UTF-8",
        )
    })?;
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Diagnostic::error(
            shown(&f.0),
            Pos::new(1, 1),
            format!("the file is empty; {what}"),
        ));
    }
    Ok(text)
}

/// A campaign and its units. Units that fail are reported into `unit_errors` and left out, so
/// the campaign's other pages and the articles naming its good units are still checked.
fn campaign(
    config: &Config,
    f: &DataFile,
    dir: &str,
    unit_errors: &mut Vec<Diagnostic>,
    unit_files: &[&DataFile],
) -> Result<Campaign, Vec<Diagnostic>> {
    let text = read(f, "a campaign.yaml needs at least name: and metrics:").map_err(|e| vec![e])?;
    let record = records::campaign(config, shown(&f.0), &text, dir)?;
    let mut sorted: Vec<&&DataFile> = unit_files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut units = Vec::new();
    let mut failed_units = Vec::new();
    for f in sorted {
        let stem = file_stem(&f.0);
        let read = read(f, "a unit file needs name:, kind: and values:").map_err(|e| vec![e]);
        match read.and_then(|text| records::unit(&record, shown(&f.0), &text, stem)) {
            Ok((u, warnings)) => {
                units.push(u);
                unit_errors.extend(warnings);
            }
            Err(e) => {
                unit_errors.extend(e);
                failed_units.push(text::slugify(stem));
            }
        }
    }
    Ok(compute::compute(record, units, failed_units))
}

/// `a/units/lai-chau.yaml` -> `lai-chau`.
fn file_stem(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
