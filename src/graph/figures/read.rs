//! A `{{ figure(...) }}` call read against the campaigns: which campaign, unit and figure it
//! asks for, or the first thing wrong with it, at the argument where it is written.

use crate::content::shortcodes::{Arg, Call, Value};
use crate::data::Campaign;
use crate::messages::Message;
use crate::msg;
use crate::text::{similar, slugify};

/// The arguments a figure takes.
const ARGUMENTS: [&str; 7] = ["unit", "metric", "of", "scope", "campaign", "award", "link"];

/// The words `metric=` takes besides the campaign's metrics.
const WORDS: [&str; 5] = ["percent", "rank", "target", "total", "honours"];

/// Which figure a call asks for; a metric is its index in the campaign's metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum What {
    /// A unit's figure of a metric.
    Value(usize),
    /// The campaign-wide total of a metric.
    Total(usize),
    Target(usize),
    Percent(usize),
    Rank(Scope),
    /// How many honours of an award (its id as written).
    Honours(String),
}

/// Where a rank stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    National,
    Cluster,
}

/// A call read: the figure it asks for and whether it links the figure's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Asked {
    pub campaign: usize,
    pub unit: Option<usize>,
    pub what: What,
    pub link: bool,
}

/// Why a call gives no figure: a problem at a byte offset of the body, or data with problems of
/// its own (already reported), which the call cannot be checked against.
#[derive(Debug)]
pub(super) enum Stop {
    Problem(usize, Message),
    Unchecked,
}

/// Reads `call` against `campaigns`; `failed` says a campaign.yaml could not be read.
pub(super) fn read(call: &Call, campaigns: &[Campaign], failed: bool) -> Result<Asked, Stop> {
    check_arguments(call)?;
    let campaign = which_campaign(call, campaigns, failed)?;
    let c = &campaigns[campaign];
    let Some(metric) = call.arg("metric") else {
        return Err(Stop::Problem(call.at, msg!("figure-no-metric")));
    };
    let unit = match call.arg("unit") {
        Some(arg) => Some(which_unit(arg, c)?),
        None => None,
    };
    let word = text(metric);
    let of = |what: fn(usize) -> What| -> Result<What, Stop> {
        Ok(what(match call.arg("of") {
            Some(arg) => metric_of(arg, c, false)?,
            None => c.rank_by,
        }))
    };
    let what = match word {
        "percent" => of(What::Percent)?,
        "target" => of(What::Target)?,
        "total" => of(What::Total)?,
        "rank" => What::Rank(scope(call)?),
        "honours" => match call.arg("award") {
            Some(award) => What::Honours(text(award).to_owned()),
            None => return Err(Stop::Problem(call.at, msg!("figure-no-award"))),
        },
        _ => match (metric_of(metric, c, true)?, unit) {
            (m, Some(_)) => What::Value(m),
            (m, None) => What::Total(m),
        },
    };
    let unused = |name: &str| match name {
        "of" => !matches!(word, "percent" | "target" | "total"),
        "scope" => word != "rank",
        "award" => word != "honours",
        "unit" => word == "total",
        _ => false,
    };
    if let Some(arg) = call.args.iter().find(|a| unused(&a.name)) {
        let problem = msg!("figure-argument-unused", name = &arg.name, metric = word);
        return Err(Stop::Problem(arg.at, problem));
    }
    if matches!(what, What::Rank(_)) && unit.is_none() {
        return Err(Stop::Problem(call.at, msg!("figure-rank-needs-unit")));
    }
    let link = matches!(call.arg("link").map(|a| &a.value), Some(Value::Bool(true)));
    Ok(Asked {
        campaign,
        unit,
        what,
        link,
    })
}

/// The text of an argument whose value `check_arguments` found in quotes.
fn text(arg: &Arg) -> &str {
    match &arg.value {
        Value::Text(t) | Value::Bare(t) => t,
        Value::Bool(_) => "",
    }
}

/// Every argument is known, given once, and has a value of its kind.
fn check_arguments(call: &Call) -> Result<(), Stop> {
    for (i, arg) in call.args.iter().enumerate() {
        let name = arg.name.as_str();
        if !ARGUMENTS.contains(&name) {
            let problem = match similar(name, ARGUMENTS) {
                Some(like) => msg!(
                    "figure-unknown-argument-did-you-mean",
                    name = name,
                    similar = like
                ),
                None => msg!(
                    "figure-unknown-argument",
                    name = name,
                    names = ARGUMENTS.join(", ")
                ),
            };
            return Err(Stop::Problem(arg.at, problem));
        }
        if call.args[..i].iter().any(|a| a.name == name) {
            return Err(Stop::Problem(
                arg.at,
                msg!("figure-argument-twice", name = name),
            ));
        }
        let problem = match (name, &arg.value) {
            ("link", Value::Bool(_)) => None,
            ("link", Value::Text(v) | Value::Bare(v)) => Some(msg!("figure-link-value", value = v)),
            (_, Value::Text(_)) => None,
            (_, Value::Bool(b)) => Some(msg!(
                "figure-value-in-quotes",
                name = name,
                value = b.to_string()
            )),
            (_, Value::Bare(v)) => Some(msg!("figure-value-in-quotes", name = name, value = v)),
        };
        if let Some(problem) = problem {
            return Err(Stop::Problem(arg.value_at, problem));
        }
    }
    Ok(())
}

/// The campaign `campaign=` names, else the only one with the unit `unit=` names, else the
/// site's only one.
fn which_campaign(call: &Call, campaigns: &[Campaign], failed: bool) -> Result<usize, Stop> {
    let ids = || {
        campaigns
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match call.arg("campaign") {
        Some(arg) => {
            let slug = slugify(text(arg));
            match campaigns.iter().position(|c| c.slug == slug) {
                Some(c) => Ok(c),
                None if failed => Err(Stop::Unchecked),
                None => Err(Stop::Problem(
                    arg.value_at,
                    msg!(
                        "figure-unknown-campaign",
                        campaign = text(arg),
                        campaigns = ids()
                    ),
                )),
            }
        }
        None => match only_one_with_unit(call, campaigns) {
            Some(c) => Ok(c),
            None => match campaigns.len() {
                1 if !failed => Ok(0),
                0 | 1 if failed => Err(Stop::Unchecked),
                0 => Err(Stop::Problem(call.at, msg!("figure-no-campaigns"))),
                _ => match call.arg("unit") {
                    // A unit of no campaign: that is the mistake, not the missing campaign=.
                    Some(arg) if !in_some_campaign(arg, campaigns) => match failed {
                        true => Err(Stop::Unchecked),
                        false => Err(Stop::Problem(
                            arg.value_at,
                            msg!("figure-unit-nowhere", unit = text(arg), campaigns = ids()),
                        )),
                    },
                    _ => Err(Stop::Problem(
                        call.at,
                        msg!("figure-which-campaign", campaigns = ids()),
                    )),
                },
            },
        },
    }
}

/// The one campaign that has the unit `unit=` names, when exactly one has it.
fn in_some_campaign(arg: &Arg, campaigns: &[Campaign]) -> bool {
    let slug = slugify(text(arg));
    campaigns
        .iter()
        .any(|c| c.units.iter().any(|u| u.slug == slug) || c.failed_units.contains(&slug))
}

/// A unit whose file has errors counts as the campaign's: its figures are then not checked.
fn only_one_with_unit(call: &Call, campaigns: &[Campaign]) -> Option<usize> {
    let slug = slugify(text(call.arg("unit")?));
    let mut having = campaigns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.units.iter().any(|u| u.slug == slug) || c.failed_units.contains(&slug))
        .map(|(i, _)| i);
    match (having.next(), having.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The unit `unit=` names in campaign `c`.
fn which_unit(arg: &Arg, c: &Campaign) -> Result<usize, Stop> {
    let id = text(arg);
    if let Some(u) = c.unit(id) {
        return Ok(u);
    }
    let slug = slugify(id);
    if c.failed_units.contains(&slug) || c.with_errors.iter().any(|u| u.slug == slug) {
        return Err(Stop::Unchecked);
    }
    let mut units: Vec<&str> = c.units.iter().map(|u| u.id.as_str()).collect();
    units.sort_unstable();
    let problem = msg!(
        "figure-unknown-unit",
        unit = id,
        campaign = &c.id,
        units = units.join(", ")
    );
    Err(Stop::Problem(arg.value_at, problem))
}

/// The metric `arg` names in campaign `c` (`words`: whether the words of `metric=` may be).
fn metric_of(arg: &Arg, c: &Campaign, words: bool) -> Result<usize, Stop> {
    let id = text(arg);
    if let Some(m) = c.metric(id) {
        return Ok(m);
    }
    let mut names: Vec<&str> = c.metrics.iter().map(|m| m.id.as_str()).collect();
    if words {
        names.extend(WORDS);
    }
    let problem = match similar(id, names.iter().copied()) {
        Some(like) => msg!(
            "figure-unknown-metric-did-you-mean",
            metric = id,
            similar = like
        ),
        None => msg!(
            "figure-unknown-metric",
            metric = id,
            metrics = names.join(", ")
        ),
    };
    Err(Stop::Problem(arg.value_at, problem))
}

/// The scope of a rank: `national` unless `scope=` says `cluster`.
fn scope(call: &Call) -> Result<Scope, Stop> {
    match call.arg("scope").map(|a| (a, text(a))) {
        None | Some((_, "national")) => Ok(Scope::National),
        Some((_, "cluster")) => Ok(Scope::Cluster),
        Some((arg, other)) => Err(Stop::Problem(
            arg.value_at,
            msg!("figure-unknown-scope", scope = other),
        )),
    }
}
