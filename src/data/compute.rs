//! What the build computes from a campaign's records, as one pure step: totals, percents,
//! ranks and shares, returned as a new, complete value.

use super::aggregate;
use super::{Campaign, CampaignRecord, Unit, UnitRecord};

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

/// The campaign with its units' computed figures.
pub fn compute(
    record: CampaignRecord,
    units: Vec<UnitRecord>,
    failed_units: Vec<String>,
) -> Campaign {
    let n = record.metrics.len();
    let totals: Vec<_> = (0..n)
        .map(|m| aggregate::total(units.iter().filter_map(|u| u.values[m])))
        .collect();
    let complete = record
        .units_expected
        .is_some_and(|e| units.len() == e as usize);
    let progress = (0..n)
        .map(|m| {
            let target = record.target[m]?;
            let (figure, basis) = match (record.reported_totals[m], totals[m]) {
                (Some(published), _) => (published, Basis::Published),
                (None, Some(sum)) if complete => (sum, Basis::AllUnits),
                (None, Some(sum)) => (sum, Basis::SomeUnits),
                (None, None) => return None,
            };
            aggregate::percent_of(figure.value, target).map(|percent| Progress {
                percent,
                basis,
                qualifier: figure.qualifier,
            })
        })
        .collect();
    let by = |u: &UnitRecord| u.values[record.rank_by].map(|f| f.value);
    let national = aggregate::ranks(&units.iter().map(by).collect::<Vec<_>>());
    // A unit's cluster rank: 1 + how many units of its cluster have more.
    let cluster_ranks: Vec<Option<usize>> = units
        .iter()
        .map(|u| {
            let (cl, v) = (u.cluster?, by(u)?);
            let above = units
                .iter()
                .filter(|o| o.cluster == Some(cl) && by(o).is_some_and(|w| w > v))
                .count();
            Some(1 + above)
        })
        .collect();
    let units = units
        .into_iter()
        .zip(national.into_iter().zip(cluster_ranks))
        .map(|(u, (national_rank, cluster_rank))| Unit {
            percent: (0..n)
                .map(|m| aggregate::percent_of(u.values[m]?.value, u.target[m]?))
                .collect(),
            share: (0..n)
                .map(|m| aggregate::share(u.values[m]?.value, totals[m]?.value))
                .collect(),
            national_rank,
            cluster_rank,
            record: u,
        })
        .collect();
    Campaign {
        record,
        units,
        failed_units,
        totals,
        progress,
    }
}
