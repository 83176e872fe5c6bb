//! What the build computes from a campaign's records, as one pure step: totals, percents,
//! ranks and shares, returned as a new, complete value.

use super::aggregate;
pub use super::model::{Basis, Progress};
use super::model::{Campaign, CampaignRecord, Unit, UnitRecord};

/// The campaign with its units' computed figures. Units read with errors (`with_errors`) are
/// not part of it: each is computed on its own, only for the checks of its own figures.
pub fn compute(
    record: CampaignRecord,
    units: Vec<UnitRecord>,
    with_errors: Vec<UnitRecord>,
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
            percent: percents(&u),
            share: (0..n)
                .map(|m| aggregate::share(u.values[m]?.value, totals[m]?.value))
                .collect(),
            national_rank,
            cluster_rank,
            record: u,
        })
        .collect();
    let with_errors = with_errors
        .into_iter()
        .map(|u| Unit {
            percent: percents(&u),
            share: vec![None; n],
            national_rank: None,
            cluster_rank: None,
            record: u,
        })
        .collect();
    Campaign {
        record,
        units,
        with_errors,
        failed_units,
        totals,
        progress,
    }
}

/// A unit's percent of its own target, per metric.
fn percents(u: &UnitRecord) -> Vec<Option<f64>> {
    (0..u.values.len())
        .map(|m| aggregate::percent_of(u.values[m]?.value, u.target[m]?))
        .collect()
}
