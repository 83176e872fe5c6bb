//! The figure a read call asks for, taken from a campaign's data as the results pages show it:
//! a published rank or total before a computed one, and whether a computed figure covers only
//! the units present.

use super::read::{Asked, Scope, What};
use crate::data::compute::Basis;
use crate::data::honours;
use crate::data::schema::CampaignLevel;
use crate::data::schema::{Figure, Qualifier};
use crate::data::{Campaign, Unit};
use crate::messages::Message;
use crate::msg;

/// A figure before it is written in a language.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Amount {
    /// A figure of a metric (its index), with its qualifier and estimate.
    Figure(Figure, usize),
    /// A target of a metric.
    Whole(i64, usize),
    Percent(f64, Option<Qualifier>),
    Rank(Rank),
    Count(u64),
}

/// A rank and the words of where it stands (an interface text of the theme).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rank {
    pub rank: usize,
    /// `figure_rank_national`, `figure_rank_cluster_present`...
    pub key: &'static str,
    /// Out of how many.
    pub count: Option<usize>,
    pub present: usize,
    pub expected: Option<u32>,
    pub cluster: Option<usize>,
}

/// The figure chosen, and whether it is a sum of only the units present (said beside it).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Chosen {
    pub amount: Amount,
    pub partial: bool,
}

/// The figure `asked` names in campaign `c`, or why there is none, in words.
pub(super) fn choose(asked: &Asked, c: &Campaign) -> Result<Chosen, Message> {
    let unit = asked.unit.map(|u| &c.units[u]);
    let whole = |amount| {
        Ok(Chosen {
            amount,
            partial: false,
        })
    };
    let metric = |m: usize| c.metrics[m].id.as_str();
    match (&asked.what, unit) {
        (What::Value(m), Some(u)) => match u.values[*m] {
            Some(f) => whole(Amount::Figure(f, *m)),
            None => Err(msg!("figure-no-value", unit = &u.id, metric = metric(*m))),
        },
        (What::Value(m) | What::Total(m), _) => total(c, *m),
        (What::Target(m), Some(u)) => match u.target[*m] {
            Some(t) => whole(Amount::Whole(t, *m)),
            None => Err(msg!("figure-no-target", unit = &u.id, metric = metric(*m))),
        },
        (What::Target(m), None) => match c.target[*m] {
            Some(t) => whole(Amount::Whole(t, *m)),
            None => Err(no_campaign_target(c, *m)),
        },
        (What::Percent(m), Some(u)) => match (u.percent[*m], u.target[*m]) {
            (Some(p), _) => whole(Amount::Percent(p, None)),
            (None, None) => Err(msg!("figure-no-target", unit = &u.id, metric = metric(*m))),
            (None, Some(_)) => Err(msg!("figure-no-value", unit = &u.id, metric = metric(*m))),
        },
        (What::Percent(m), None) => match (c.progress[*m], c.target[*m]) {
            (Some(p), _) => Ok(Chosen {
                amount: Amount::Percent(p.percent, p.qualifier),
                partial: p.basis == Basis::SomeUnits,
            }),
            (None, None) => Err(no_campaign_target(c, *m)),
            (None, Some(_)) => Err(msg!(
                "figure-no-total",
                metric = metric(*m),
                campaign = &c.id
            )),
        },
        (What::Rank(scope), Some(u)) => rank(c, u, *scope).map(|r| Chosen {
            amount: Amount::Rank(r),
            partial: false,
        }),
        (What::Rank(_), None) => Err(msg!("figure-rank-needs-unit")),
        (What::Honours(award), _) => {
            honours_count(c, asked.unit, award).and_then(|n| whole(Amount::Count(n)))
        }
    }
}

/// The campaign-wide total of metric `m`: the published one, else the sum of the units present.
fn total(c: &Campaign, m: usize) -> Result<Chosen, Message> {
    if let Some(f) = c.reported_totals[m] {
        return Ok(Chosen {
            amount: Amount::Figure(f, m),
            partial: false,
        });
    }
    match c.totals[m] {
        Some(f) => Ok(Chosen {
            amount: Amount::Figure(f, m),
            partial: !c.complete(),
        }),
        None => Err(msg!(
            "figure-no-total",
            metric = &c.metrics[m].id,
            campaign = &c.id
        )),
    }
}

fn no_campaign_target(c: &Campaign, m: usize) -> Message {
    msg!(
        "figure-no-campaign-target",
        metric = &c.metrics[m].id,
        campaign = &c.id
    )
}

/// A unit's rank by the campaign's `rank_by`: the published one when there is one, else the
/// one computed here, with the words of what it is among.
fn rank(c: &Campaign, u: &Unit, scope: Scope) -> Result<Rank, Message> {
    let present = c.units.len();
    let mut out = Rank {
        rank: 0,
        key: "",
        count: None,
        present,
        expected: c.units_expected,
        cluster: u.cluster,
    };
    let no_rank = || {
        msg!(
            "figure-no-rank",
            unit = &u.id,
            metric = &c.metrics[c.rank_by].id
        )
    };
    match scope {
        Scope::National => {
            out.cluster = None;
            let expected = c.units_expected.map(|n| n as usize);
            // The whole of the campaign: the country, the province or the sector.
            let (whole, alone) = match c.level {
                CampaignLevel::National => ("figure_rank_national", "figure_rank_national_alone"),
                CampaignLevel::Province => ("figure_rank_province", "figure_rank_province_alone"),
                CampaignLevel::Sector => ("figure_rank_sector", "figure_rank_sector_alone"),
            };
            (out.rank, out.key, out.count) = match (u.reported_rank.0, u.national_rank) {
                (Some(r), _) if expected.is_some() => (r as usize, whole, expected),
                (Some(r), _) => (r as usize, alone, None),
                (None, Some(r)) if c.complete() => (r, whole, expected),
                (None, Some(r)) if expected.is_some() => (r, "figure_rank_some_units", None),
                (None, Some(r)) => (r, "figure_rank_present_units", None),
                (None, None) => return Err(no_rank()),
            };
        }
        Scope::Cluster => {
            let Some(cluster) = u.cluster else {
                return Err(msg!("figure-no-cluster", unit = &u.id));
            };
            let size = c
                .units
                .iter()
                .filter(|o| o.cluster == Some(cluster))
                .count();
            (out.rank, out.key, out.count) = match (u.reported_rank.1, u.cluster_rank) {
                (Some(r), _) => (r as usize, "figure_rank_cluster_alone", None),
                (None, Some(r)) if c.complete() => (r, "figure_rank_cluster", Some(size)),
                (None, Some(r)) => (r, "figure_rank_cluster_present", Some(size)),
                (None, None) => return Err(no_rank()),
            };
        }
    }
    Ok(out)
}

/// How many collectives and individuals the unit (or, without one, the whole campaign)
/// received `award` for: 0 for a unit that lists none; an award campaign.yaml does not
/// declare is a problem.
pub(super) fn honours_count(
    c: &Campaign,
    unit: Option<usize>,
    award: &str,
) -> Result<u64, Message> {
    let Some(a) = c.awards.iter().position(|x| x.id == award) else {
        return Err(msg!(
            "figure-award-unknown",
            award = award,
            awards = honours::declared(&c.awards),
            campaign = &c.id
        ));
    };
    let units = match unit {
        Some(u) => &c.units[u..=u],
        None => &c.units[..],
    };
    let totals = honours::totals(&c.awards, units.iter().map(|u| u.honours.as_slice()));
    Ok(totals[a].all.max(0) as u64)
}
