//! Campaign statistics: the YAML files of `content/results/`, checked and computed into
//! campaigns with totals, percents, ranks and shares, ready for pages, charts and downloads.

pub mod aggregate;
pub mod checks;
pub mod compute;
pub mod format;
pub mod honours;
mod keys;
pub mod model;
pub mod number;
mod problems;
pub use keys::known_kinds;
pub use problems::is_web_address;
pub mod records;
pub mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::msg;
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
/// Errors go to `found`; contradictions and notes are its strict problems (errors in `check`);
/// files that could not be checked at all are counted there.
pub fn load(config: &Config, files: &[DataFile], found: &mut Diagnostics) -> Loaded {
    let mut out = Found::default();
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
            out.unchecked.push(shown(&f.0));
            out.problems.push(Diagnostic::error(
                shown(&f.0),
                Pos::UNKNOWN,
                msg!("data-stray-yaml"),
            ));
        }
    }
    for (dir, units) in &unit_files {
        if !campaign_files
            .iter()
            .any(|f| crate::content::parent(&f.0) == dir)
        {
            for u in units {
                out.unchecked.push(shown(&u.0));
                out.problems.push(Diagnostic::error(
                    shown(&u.0),
                    Pos::UNKNOWN,
                    msg!("data-unit-without-campaign", dir = dir.as_str()),
                ));
            }
        }
    }
    let mut campaigns = Vec::new();
    let mut failed = false;
    for f in campaign_files {
        let dir = crate::content::parent(&f.0).to_owned();
        let units = unit_files.get(&dir).map(Vec::as_slice).unwrap_or_default();
        match campaign(config, f, &dir, units, &mut out) {
            Some(c) => campaigns.push(c),
            None => failed = true,
        }
    }
    campaigns.sort_by(|a, b| a.dir.cmp(&b.dir));
    out.problems.extend(successors(&campaigns));
    for d in out.problems {
        if d.is_error() {
            found.push(d);
        } else {
            found.push_strict(d);
        }
    }
    for path in out.unchecked {
        found.unchecked(path);
    }
    Loaded {
        campaigns,
        campaign_failed: failed,
    }
}

/// What reading the statistics found: problems, and the files that could not be checked.
#[derive(Default)]
struct Found {
    problems: Vec<Diagnostic>,
    unchecked: Vec<PathBuf>,
}

fn shown(rel: &str) -> PathBuf {
    Path::new("content").join(rel)
}

/// Reads a data file as NFC text; an empty file is a problem of its own. A file that cannot be
/// read is counted as not checked.
fn read(f: &DataFile, what: crate::messages::Message, out: &mut Found) -> Option<String> {
    let unreadable = |message: crate::messages::Message, out: &mut Found| {
        out.unchecked.push(shown(&f.0));
        out.problems
            .push(Diagnostic::error(shown(&f.0), Pos::UNKNOWN, message));
        None
    };
    let bytes = match fsx::read(&f.1) {
        Ok(bytes) => bytes,
        Err(e) => return unreadable(e.0, out),
    };
    let Ok(text) = text::decode_text(&bytes) else {
        return unreadable(msg!("content-not-utf8"), out);
    };
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        out.problems.push(Diagnostic::error(
            shown(&f.0),
            Pos::new(1, 1),
            msg!("data-file-empty", what = what),
        ));
        return None;
    }
    Some(text)
}

/// A campaign and its units; none when its campaign.yaml cannot be what its units are checked
/// against (then they are counted as not checked). Units with errors are reported and left out
/// of the campaign (their figures would change the others' sums and ranks), but their own
/// figures are still checked against each other; the campaign's other pages and the articles
/// naming its good units are still checked.
fn campaign(
    config: &Config,
    f: &DataFile,
    dir: &str,
    unit_files: &[&DataFile],
    out: &mut Found,
) -> Option<Campaign> {
    let source = shown(&f.0);
    let record = read(f, msg!("data-campaign-needs"), out).and_then(|text| {
        let read = records::campaign(config, source.clone(), &text, dir);
        if read.unread {
            out.unchecked.push(source.clone());
        }
        out.problems.extend(read.problems);
        read.record
    });
    let mut sorted: Vec<&&DataFile> = unit_files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let Some(record) = record else {
        not_checked(&source, &sorted, out);
        return None;
    };
    let (mut units, mut with_errors, mut failed_units) = (Vec::new(), Vec::new(), Vec::new());
    for f in sorted {
        let stem = file_stem(&f.0);
        let read = read(f, msg!("data-unit-needs"), out)
            .map(|text| records::unit(&record, shown(&f.0), &text, stem));
        let Some(read) = read else {
            failed_units.push(text::slugify(stem));
            continue;
        };
        if read.unread {
            out.unchecked.push(shown(&f.0));
        }
        let errors = read.has_errors();
        out.problems.extend(read.problems);
        match read.record {
            Some(u) if !errors => units.push(u),
            Some(u) => {
                with_errors.push(u);
                failed_units.push(text::slugify(stem));
            }
            None => failed_units.push(text::slugify(stem)),
        }
    }
    Some(compute::compute(record, units, with_errors, failed_units))
}

/// The units of a campaign whose campaign.yaml cannot be used: not checked (counted, and said
/// once at campaign.yaml).
fn not_checked(source: &Path, units: &[&&DataFile], out: &mut Found) {
    if units.is_empty() {
        return;
    }
    out.unchecked.extend(units.iter().map(|u| shown(&u.0)));
    let n = units.len();
    out.problems.push(Diagnostic {
        severity: crate::diagnostics::Severity::Note,
        ..Diagnostic::error(
            source,
            Pos::UNKNOWN,
            msg!("data-units-not-checked", count = n),
        )
    });
}

/// `a/units/lai-chau.yaml` -> `lai-chau`.
fn file_stem(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

/// A unit's `succeeded_by:` must name a unit of some campaign, other than itself.
fn successors(campaigns: &[Campaign]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for u in campaigns.iter().flat_map(|c| &c.units) {
        let Some(next) = &u.succeeded_by else {
            continue;
        };
        let exists = campaigns
            .iter()
            .any(|c| c.units.iter().any(|o| &o.slug == next));
        if !exists || next == &u.slug {
            out.push(Diagnostic::error(
                &u.source,
                u.places.succeeded_by,
                msg!("data-successor-unknown", id = next.as_str()),
            ));
        } else if let Some(path) = cycle(campaigns, &u.slug) {
            out.push(Diagnostic::error(
                &u.source,
                u.places.succeeded_by,
                msg!("data-successor-cycle", path = path.join(" → ")),
            ));
        }
    }
    out
}

/// The units `succeeded_by:` leads through from `start` when it comes back to `start`.
fn cycle(campaigns: &[Campaign], start: &str) -> Option<Vec<String>> {
    let next_of = |slug: &str| {
        campaigns
            .iter()
            .flat_map(|c| &c.units)
            .filter(|u| u.slug == slug)
            .find_map(|u| u.succeeded_by.clone())
    };
    let mut path: Vec<String> = Vec::new();
    let mut at = next_of(start)?;
    while !path.contains(&at) {
        if at == start {
            return Some(path);
        }
        path.push(at.clone());
        at = next_of(&at)?;
    }
    None
}
