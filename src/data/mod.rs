//! Campaign statistics: the YAML files of `content/results/`, checked and computed into
//! campaigns with totals, percents, ranks and shares, ready for pages, charts and downloads.

pub mod aggregate;
pub mod checks;
pub mod compute;
pub mod format;
mod keys;
pub mod number;
mod problems;
pub mod records;
pub mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Pos};
use crate::lang::Localized;
use crate::{fsx, text};
use schema::{Figure, MetricKind, Source, UnitKind};

/// What is measured.
#[derive(Debug, Clone)]
pub struct Metric {
    pub id: String,
    pub label: Localized,
    pub kind: MetricKind,
    pub currency: String,
}

#[derive(Debug, Clone)]
pub struct Cluster {
    pub id: String,
    pub slug: String,
    pub name: Localized,
}

/// One part of a unit (a sector, a block of schools), with its own figures.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: Localized,
    /// Per metric, in the campaign's metric order.
    pub values: Vec<Option<Figure>>,
}

/// A percent as published, with the number of decimals it was written with (159 for 159,39%).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reported {
    pub value: f64,
    pub decimals: u32,
}

/// Where the checked values of a unit file were written.
#[derive(Debug, Clone, Default)]
pub struct UnitPlaces {
    /// Per metric.
    pub values: Vec<Pos>,
    pub target: Vec<Pos>,
    pub reported_percent: Vec<Pos>,
    /// National, cluster.
    pub rank: [Pos; 2],
    pub as_of: Pos,
    pub breakdown: Pos,
    /// Per part, per metric.
    pub parts: Vec<Vec<Pos>>,
}

/// A reporting unit as its file gives it.
#[derive(Debug, Clone)]
pub struct UnitRecord {
    pub id: String,
    pub slug: String,
    /// The unit file, relative to the site root.
    pub source: PathBuf,
    pub name: Localized,
    pub kind: UnitKind,
    pub cluster: Option<usize>,
    pub as_of: Option<NaiveDate>,
    /// Per metric.
    pub target: Vec<Option<i64>>,
    pub values: Vec<Option<Figure>>,
    pub breakdown: Vec<Part>,
    pub reported_percent: Vec<Option<Reported>>,
    /// As published: national, cluster.
    pub reported_rank: (Option<u32>, Option<u32>),
    pub sources: Vec<Source>,
    pub places: UnitPlaces,
}

/// A unit with what the build computed from the campaign's figures.
#[derive(Debug, Clone)]
pub struct Unit {
    pub record: UnitRecord,
    /// Percent of target and share of the sum of the units present, per metric.
    pub percent: Vec<Option<f64>>,
    pub share: Vec<Option<f64>>,
    /// Rank among the units present and within its cluster, by `rank_by`.
    pub national_rank: Option<usize>,
    pub cluster_rank: Option<usize>,
}

impl std::ops::Deref for Unit {
    type Target = UnitRecord;
    fn deref(&self) -> &UnitRecord {
        &self.record
    }
}

/// Where the checked values of campaign.yaml were written.
#[derive(Debug, Clone, Default)]
pub struct CampaignPlaces {
    pub units_expected: Pos,
    /// Per metric.
    pub target: Vec<Pos>,
    pub reported_totals: Vec<Pos>,
    pub start: Pos,
    pub end: Pos,
}

/// A campaign as its campaign.yaml declares it.
#[derive(Debug, Clone)]
pub struct CampaignRecord {
    pub id: String,
    pub slug: String,
    /// The campaign folder, relative to `content/`.
    pub dir: String,
    pub source: PathBuf,
    pub name: Localized,
    pub short_name: Option<Localized>,
    pub organizer: Option<Localized>,
    pub description: Option<Localized>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub units_expected: Option<u32>,
    pub metrics: Vec<Metric>,
    pub rank_by: usize,
    /// Per metric.
    pub target: Vec<Option<i64>>,
    pub clusters: Vec<Cluster>,
    /// Published campaign-wide figures, per metric.
    pub reported_totals: Vec<Option<Figure>>,
    pub places: CampaignPlaces,
}

impl CampaignRecord {
    pub fn metric(&self, id: &str) -> Option<usize> {
        self.metrics.iter().position(|m| m.id == id)
    }
}

/// A campaign: what it measures, its units, and what was computed from them.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub record: CampaignRecord,
    pub units: Vec<Unit>,
    /// Slugs of unit files that could not be read; their problems are reported on their own.
    pub failed_units: Vec<String>,
    /// Sums over the units present, per metric.
    pub totals: Vec<Option<Figure>>,
    /// Percent of the campaign's target, per metric, and what it was computed from.
    pub progress: Vec<Option<compute::Progress>>,
}

impl std::ops::Deref for Campaign {
    type Target = CampaignRecord;
    fn deref(&self) -> &CampaignRecord {
        &self.record
    }
}

impl Campaign {
    pub fn unit(&self, id: &str) -> Option<usize> {
        let slug = text::slugify(id);
        self.units.iter().position(|u| u.slug == slug)
    }

    /// The figure that the campaign-wide percent of target of metric `m` was computed from.
    pub fn progress_figure(&self, m: usize) -> Option<Figure> {
        match self.progress[m]?.basis {
            compute::Basis::Published => self.reported_totals[m],
            compute::Basis::AllUnits | compute::Basis::SomeUnits => self.totals[m],
        }
    }

    /// Whether exactly the expected units are present, so that sums are national and ranks
    /// checkable (more files than expected is a contradiction of its own).
    pub fn complete(&self) -> bool {
        self.units_expected
            .is_some_and(|n| self.units.len() == n as usize)
    }
}

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
pub fn load(config: &Config, files: &[DataFile]) -> (Loaded, Vec<Diagnostic>) {
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
    (
        Loaded {
            campaigns,
            campaign_failed: failed,
        },
        errors,
    )
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
