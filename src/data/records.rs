//! The statistics files read into input records: every figure a whole number read from the
//! text as written, every value with the place it was written, every problem of a file at once.

use std::path::PathBuf;

use indexmap::IndexMap;

use super::keys::{split_by_comma, unknown_metric_key};
use super::model::{
    CampaignPlaces, CampaignRecord, Cluster, Metric, Part, Reported, UnitPlaces, UnitRecord,
};
use super::number;
use super::problems::{
    Problems, Read, dotted, is_web_address, lost_entries, parse, places_of, required, whole_at,
};
use super::schema::{Figure, RawCampaign, RawFigure, RawUnit, Written};
use crate::config::Config;
use crate::diagnostics::Pos;
use crate::lang::Localized;
use crate::messages::Message;
use crate::msg;
use crate::text;
use crate::yaml::Doc;

/// Reads campaign.yaml (`text`, shown as `source`) of the campaign folder `dir`. Its record
/// comes back, even with problems, when what its units are checked against (metrics,
/// clusters, `rank_by`) was read whole.
pub fn campaign(config: &Config, source: PathBuf, text: &str, dir: &str) -> Read<CampaignRecord> {
    let mut problems = Problems::new(&source);
    let Some((raw, doc)) = parse::<RawCampaign>(text, &mut problems) else {
        return problems.finish_unread();
    };
    required(&doc, &[], "name", &mut problems);
    required(&doc, &[], "metrics", &mut problems);
    let whole = !lost_entries(&doc, &["metrics"], raw.metrics.len())
        && !lost_entries(&doc, &["clusters"], raw.clusters.len());
    let metrics: Vec<Metric> = raw
        .metrics
        .iter()
        .map(|(id, m)| Metric {
            id: id.clone(),
            label: m.label.clone(),
            kind: m.kind,
            currency: m.currency.clone().unwrap_or_else(|| "VND".into()),
        })
        .collect();
    let written = doc.at(&["metrics"]);
    if metrics.is_empty() && written.is_some_and(|m| m.entries().is_empty()) {
        problems.at(doc.pos(&["metrics"]), msg!("data-metrics-empty"));
    }
    let ids: Vec<&str> = metrics.iter().map(|m| m.id.as_str()).collect();
    let rank_by = ranked_by(&raw, &ids, &doc, &mut problems);
    let usable = whole && rank_by.is_some() && !metrics.is_empty();
    let target = campaign_numbers(&ids, &doc, raw.target.keys(), "target", &mut problems);
    let totals = campaign_numbers(
        &ids,
        &doc,
        raw.reported.totals.keys(),
        "reported.totals",
        &mut problems,
    );
    let reported_totals = figures(&totals, &raw.reported.totals, &ids);
    foreign_languages(config, &raw, &doc, &mut problems);
    let id = dir.rsplit('/').next().unwrap_or(dir).to_owned();
    let record = CampaignRecord {
        slug: text::slugify(&id),
        id,
        dir: dir.to_owned(),
        source,
        // A name with a problem: the campaign is only checked, never published.
        name: raw.name.unwrap_or_else(|| Localized::All(String::new())),
        short_name: raw.short_name,
        organizer: raw.organizer,
        description: raw.description,
        start: raw.start.map(|d| d.0),
        end: raw.end.map(|d| d.0),
        // Read from the text only when it was read at all (a wrong value is reported already).
        // Written with nothing after it (null) is a problem too, not "not given".
        units_expected: positive(&doc, &["units_expected"], &mut problems),
        metrics,
        rank_by: rank_by.unwrap_or(0),
        target: target.iter().map(|t| t.map(|(v, _)| v)).collect(),
        clusters: raw
            .clusters
            .iter()
            .map(|(id, name)| Cluster {
                id: id.clone(),
                slug: text::slugify(id),
                name: name.clone(),
            })
            .collect(),
        reported_totals,
        awards: super::honours::awards(&raw.awards, &doc, &mut problems),
        level: raw.level.unwrap_or_default(),
        unit_kinds: raw.unit_kinds.into_iter().collect(),
        places: CampaignPlaces {
            units_expected: doc.pos(&["units_expected"]),
            target: places_of(&target),
            reported_totals: places_of(&totals),
            start: doc.pos(&["start"]),
            end: doc.pos(&["end"]),
        },
    };
    problems.finish(usable.then_some(record))
}

/// The metric the campaign ranks by (the first when `rank_by:` is not written); none when it
/// names no metric (a problem).
fn ranked_by(raw: &RawCampaign, ids: &[&str], doc: &Doc, problems: &mut Problems) -> Option<usize> {
    let Some(id) = raw.rank_by.as_deref() else {
        return Some(0);
    };
    let found = ids.iter().position(|m| *m == id);
    if found.is_none() {
        let text = msg!(
            "yaml-at-path",
            path = "rank_by",
            text = undeclared_in_campaign(ids, id)
        );
        problems.at(doc.pos(&["rank_by"]), text);
    }
    found
}

/// A count of at least 1 (a number of units, a rank) at `path`, when it is written.
fn positive(doc: &Doc, path: &[&str], problems: &mut Problems) -> Option<u32> {
    let node = doc.at(path)?;
    let n = whole_at(node, &dotted(path), problems)?;
    match u32::try_from(n) {
        Ok(n) if n >= 1 => Some(n),
        _ => {
            problems.at(
                node.pos,
                msg!("data-not-a-count", path = dotted(path), value = n),
            );
            None
        }
    }
}

fn undeclared_in_campaign(ids: &[&str], id: &str) -> Message {
    msg!("data-metric-undeclared", id = id, metrics = ids.join(", "))
}

/// The whole numbers of campaign.yaml's map at `dotted_path` (`reported.totals`), per metric.
fn campaign_numbers<'k>(
    ids: &[&str],
    doc: &Doc,
    keys: impl Iterator<Item = &'k String>,
    dotted_path: &str,
    problems: &mut Problems,
) -> Vec<Option<(i64, Pos)>> {
    let mut out = vec![None; ids.len()];
    for key in keys {
        let mut path: Vec<&str> = dotted_path.split('.').collect();
        path.push(key);
        let Some(node) = doc.at(&path) else { continue };
        match ids.iter().position(|m| m == key) {
            None => match split_by_comma(doc, &path, false) {
                Some(Some((pos, message))) => problems.at(pos, message),
                Some(None) => {}
                None => problems.at(
                    doc.key_pos(&path),
                    msg!(
                        "yaml-at-path",
                        path = dotted_path,
                        text = undeclared_in_campaign(ids, key)
                    ),
                ),
            },
            Some(m) => out[m] = whole_at(node, &dotted(&path), problems).map(|v| (v, node.pos)),
        }
    }
    out
}

/// Texts of campaign.yaml given for a language the site does not have.
fn foreign_languages(config: &Config, raw: &RawCampaign, doc: &Doc, problems: &mut Problems) {
    let texts = [
        ("name", raw.name.as_ref()),
        ("short_name", raw.short_name.as_ref()),
        ("organizer", raw.organizer.as_ref()),
    ];
    for (key, text) in texts {
        for code in text.iter().flat_map(|t| t.undeclared(&config.languages)) {
            problems.at(
                doc.pos(&[key, code]),
                msg!("data-text-unknown-language", code = code),
            );
        }
    }
}

/// Figures in metric order, from the numbers read and their qualifiers.
fn figures(
    read: &[Option<(i64, Pos)>],
    raw: &IndexMap<String, RawFigure>,
    ids: &[&str],
) -> Vec<Option<Figure>> {
    read.iter()
        .zip(ids)
        .map(|(v, id)| {
            let (value, _) = (*v)?;
            let raw = raw.get(*id)?;
            Some(Figure {
                value,
                qualifier: raw.qualifier,
                estimated: raw.estimated,
            })
        })
        .collect()
}

/// Reads one unit file of campaign `c`; `stem` is the file name without `.yaml`. Its record
/// comes back whenever its YAML can be read, with its problems.
pub fn unit(c: &CampaignRecord, source: PathBuf, text: &str, stem: &str) -> Read<UnitRecord> {
    let mut problems = Problems::new(&source);
    let Some((raw, doc)) = parse::<RawUnit>(text, &mut problems) else {
        return problems.finish_unread();
    };
    for key in ["name", "kind", "values"] {
        required(&doc, &[], key, &mut problems);
    }
    let ids: Vec<&str> = c.metrics.iter().map(|m| m.id.as_str()).collect();
    let read = |keys: Vec<&String>, path: &[&str], problems: &mut Problems| {
        read_metrics(c, &doc, keys, path, problems)
    };
    let values = read(raw.values.keys().collect(), &["values"], &mut problems);
    let target = read(raw.target.keys().collect(), &["target"], &mut problems);
    let percent = percents(c, &doc, &raw.reported.percent_of_target, &mut problems);
    let mut breakdown = Vec::new();
    let mut part_places = Vec::new();
    for (i, part) in raw.breakdown.iter().enumerate() {
        let item = format!("#{i}");
        for key in ["name", "values"] {
            required(&doc, &["breakdown", &item], key, &mut problems);
        }
        let read = read(
            part.values.keys().collect(),
            &["breakdown", &item, "values"],
            &mut problems,
        );
        part_places.push(places_of(&read));
        breakdown.push(Part {
            name: part
                .name
                .clone()
                .unwrap_or_else(|| Localized::All(String::new())),
            values: figures(&read, &part.values, &ids),
        });
    }
    let cluster = cluster_of(c, &raw, &doc, &mut problems);
    // A rank written with nothing after it (null) is a problem too.
    let reported_rank = (
        positive(&doc, &["reported", "rank", "national"], &mut problems),
        positive(&doc, &["reported", "rank", "cluster"], &mut problems),
    );
    check_sources(&raw, &doc, &mut problems);
    let places = UnitPlaces {
        values: places_of(&values),
        target: places_of(&target),
        reported_percent: places_of(&percent),
        rank: [
            doc.pos(&["reported", "rank", "national"]),
            doc.pos(&["reported", "rank", "cluster"]),
        ],
        as_of: doc.pos(&["as_of"]),
        breakdown: doc.pos(&["breakdown"]),
        succeeded_by: doc.pos(&["succeeded_by"]),
        parts: part_places,
    };
    let record = UnitRecord {
        slug: text::slugify(stem),
        id: stem.to_owned(),
        source,
        // A name or kind with a problem: the unit is only checked, never published.
        name: raw.name.unwrap_or_else(|| Localized::All(String::new())),
        kind: super::keys::unit_kind(c, raw.kind.as_deref(), &doc, &mut problems),
        cluster,
        as_of: raw.as_of.map(|d| d.0),
        target: target.iter().map(|t| t.map(|(v, _)| v)).collect(),
        values: figures(&values, &raw.values, &ids),
        breakdown,
        reported_percent: percent.iter().map(|p| p.map(|(r, _)| r)).collect(),
        reported_rank,
        honours: super::honours::honours(&c.awards, &raw.honours, &doc, &mut problems),
        sources: raw.sources,
        succeeded_by: raw.succeeded_by.map(|s| text::slugify(&s)),
        places,
    };
    problems.finish(Some(record))
}

/// The unit's cluster; one that campaign.yaml does not declare is a contradiction.
fn cluster_of(
    c: &CampaignRecord,
    raw: &RawUnit,
    doc: &Doc,
    problems: &mut Problems,
) -> Option<usize> {
    let id = raw.cluster.as_ref()?;
    let found = c.clusters.iter().position(|cl| &cl.id == id);
    if found.is_none() {
        let declared: Vec<&str> = c.clusters.iter().map(|cl| cl.id.as_str()).collect();
        problems.warn(
            doc.pos(&["cluster"]),
            match declared.is_empty() {
                true => msg!(
                    "data-cluster-undeclared-none",
                    id = id.as_str(),
                    file = &c.source
                ),
                false => msg!(
                    "data-cluster-undeclared",
                    id = id.as_str(),
                    file = &c.source,
                    clusters = declared.join(", ")
                ),
            },
        );
    }
    found
}

/// A source's link must be a web address: it is published as a link on the unit's page.
fn check_sources(raw: &RawUnit, doc: &Doc, problems: &mut Problems) {
    for (i, source) in raw.sources.iter().enumerate() {
        if let Some(url) = source.url.as_deref().filter(|u| !is_web_address(u)) {
            let path = ["sources", &format!("#{i}"), "url"];
            problems.at(
                doc.pos(&path),
                msg!("data-source-not-web", path = dotted(&path), url = url),
            );
        }
    }
}

/// The whole numbers under `path` in metric order, with their places (or their problems).
fn read_metrics(
    c: &CampaignRecord,
    doc: &Doc,
    keys: Vec<&String>,
    path: &[&str],
    problems: &mut Problems,
) -> Vec<Option<(i64, Pos)>> {
    let mut out = vec![None; c.metrics.len()];
    for key in keys {
        let mut p = path.to_vec();
        p.push(key);
        let Some(node) = doc.at(&p) else { continue };
        match c.metric(key) {
            None => unknown_metric_key(c, doc, &p, false, problems),
            Some(m) => {
                let at = node.get("value").unwrap_or(node).pos;
                out[m] = whole_at(node, &dotted(&p), problems).map(|v| (v, at));
            }
        }
    }
    out
}

/// The published percents of target, as decimals with the number of decimals written.
fn percents(
    c: &CampaignRecord,
    doc: &Doc,
    raw: &IndexMap<String, Written>,
    problems: &mut Problems,
) -> Vec<Option<(Reported, Pos)>> {
    let mut out = vec![None; c.metrics.len()];
    for key in raw.keys() {
        let path = ["reported", "percent_of_target", key.as_str()];
        let Some(node) = doc.at(&path) else { continue };
        let Some(m) = c.metric(key) else {
            unknown_metric_key(c, doc, &path, true, problems);
            continue;
        };
        match number::decimal(node) {
            Ok((value, decimals)) => out[m] = Some((Reported { value, decimals }, node.pos)),
            Err(text) => problems.at(
                node.pos,
                msg!("yaml-at-path", path = dotted(&path), text = text),
            ),
        }
    }
    out
}
