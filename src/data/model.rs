//! The statistics as the later stages read them: input records with the places of their
//! figures (`CampaignRecord`, `UnitRecord`), and campaigns with their computed values.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::honours::{Award, Honour};
use super::schema::{CampaignLevel, Figure, MetricKind, Source};
use crate::diagnostics::Pos;
use crate::lang::Localized;
use crate::text;

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
    pub succeeded_by: Pos,
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
    /// `province`, `sector` or a kind of campaign.yaml's `unit_kinds:`.
    pub kind: String,
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
    /// Who among the unit's collectives and individuals was honoured, by award.
    pub honours: Vec<Honour>,
    /// The unit that continues this one in later campaigns (provinces merged in 2025).
    pub succeeded_by: Option<String>,
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
    /// What the campaign honours with.
    pub awards: Vec<Award>,
    pub level: CampaignLevel,
    /// Kinds of unit beyond the built-in ones (or new names for them), with their labels.
    pub unit_kinds: Vec<(String, Localized)>,
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
    /// Units whose files have errors (reported): not part of the campaign, and only their own
    /// figures are checked against each other.
    pub with_errors: Vec<Unit>,
    /// Slugs of unit files that could not be read; their problems are reported on their own.
    pub failed_units: Vec<String>,
    /// Sums over the units present, per metric.
    pub totals: Vec<Option<Figure>>,
    /// Percent of the campaign's target, per metric, and what it was computed from.
    pub progress: Vec<Option<Progress>>,
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
            Basis::Published => self.reported_totals[m],
            Basis::AllUnits | Basis::SomeUnits => self.totals[m],
        }
    }

    /// Whether exactly the expected units are present, so that sums are national and ranks
    /// checkable (more files than expected is a contradiction of its own).
    pub fn complete(&self) -> bool {
        self.units_expected
            .is_some_and(|n| self.units.len() == n as usize)
    }

    /// Some unit has a published rank.
    pub fn has_reported_ranks(&self) -> bool {
        self.units.iter().any(|u| u.reported_rank.0.is_some())
    }

    /// The metrics some unit has a figure of, in the campaign's order: the columns of its
    /// tables.
    pub fn shown_metrics(&self) -> Vec<usize> {
        (0..self.metrics.len())
            .filter(|&m| self.units.iter().any(|u| u.values[m].is_some()))
            .collect()
    }
}

/// What a campaign-wide percent of target is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The published campaign total.
    Published,
    /// The sum of every expected unit.
    AllUnits,
    /// The sum of only the units present: a partial figure.
    SomeUnits,
}

/// A campaign-wide percent of target and what it was computed from.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Progress {
    pub percent: f64,
    pub basis: Basis,
    /// The qualifier of the figure it was computed from: "over 200%" of "over 2,000,000".
    pub qualifier: Option<super::schema::Qualifier>,
}
