//! Open data: each campaign's units as `data.csv` (UTF-8 with a BOM, so spreadsheet programs
//! read Vietnamese) and `data.json` (the same plus the campaign's totals), in every language.
//! Both carry the published figures beside the computed ones, each labelled, and the sources,
//! so that whoever reuses the data reports what was published.

use std::path::PathBuf;

use indexmap::IndexMap;
use serde::Serialize;

use super::file::{Content, OutputFile};
use super::views::Views;
use crate::config::Config;
use crate::data::compute::Progress;
use crate::data::schema::{Figure, MetricKind};
use crate::data::{Campaign, Unit};
use crate::graph::CampaignNode;
use crate::lang::Lang;

pub fn all(views: &Views) -> Vec<OutputFile> {
    let mut out = Vec::new();
    for node in &views.graph.campaigns {
        for lang in views.config.langs() {
            let origin = node.data.source.clone();
            out.push(file(
                node.csv[lang.0].path.clone(),
                csv(views.config, &node.data, lang),
                origin.clone(),
            ));
            let json = serde_json::to_string_pretty(&json(views.config, node, lang))
                .expect("the data serialises");
            out.push(file(
                node.json[lang.0].path.clone(),
                (json + "\n").into_bytes(),
                origin,
            ));
        }
    }
    out
}

pub(super) fn file(path: String, bytes: Vec<u8>, origin: PathBuf) -> OutputFile {
    OutputFile {
        path,
        content: Content::bytes(bytes),
        origin,
    }
}

/// A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is written
/// with a leading apostrophe, as spreadsheet programs do themselves.
pub(super) fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

pub(super) fn cell<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

/// Two decimals are enough for percents and shares, and keep the file stable.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The CSV columns, documented in the README: the unit, then per metric its figure and
/// what was computed and published of it, then ranks as published and as computed, then how
/// many units the computed figures are among, then the sources.
fn header(c: &Campaign) -> Vec<String> {
    let mut h: Vec<String> = ["id", "name", "kind", "cluster", "cluster_name", "as_of"]
        .map(String::from)
        .into();
    for m in &c.metrics {
        let id = &m.id;
        h.extend([
            id.to_string(),
            format!("{id}_qualifier"),
            format!("{id}_estimated"),
            format!("{id}_target"),
            format!("{id}_percent_of_target"),
            format!("{id}_reported_percent_of_target"),
            format!("{id}_share_of_units_present"),
        ]);
    }
    h.extend(
        [
            "reported_rank_national",
            "reported_rank_cluster",
            "rank_among_units_present",
            "cluster_rank_among_units_present",
            "units_present",
            "units_expected",
            "source_titles",
            "source_urls",
            "source_dates",
        ]
        .map(String::from),
    );
    h
}

fn row(cfg: &Config, c: &Campaign, u: &Unit, lang: Lang) -> Vec<String> {
    let mut r = vec![
        text_cell(&u.id),
        text_cell(cfg.text(&u.name, lang)),
        u.kind.clone(),
        cell(u.cluster.map(|cl| &c.clusters[cl].id)),
        text_cell(
            u.cluster
                .map_or("", |cl| cfg.text(&c.clusters[cl].name, lang)),
        ),
        cell(u.as_of),
    ];
    for m in 0..c.metrics.len() {
        let v = u.values[m];
        r.extend([
            cell(v.map(|f| f.value)),
            cell(v.and_then(|f| f.qualifier).map(|q| q.as_str())),
            cell(v.map(|f| f.estimated)),
            cell(u.target[m]),
            cell(u.percent[m].map(round)),
            cell(u.reported_percent[m].map(|p| p.value)),
            cell(u.share[m].map(round)),
        ]);
    }
    let joined = |f: &dyn Fn(&crate::data::schema::Source) -> String| {
        u.sources.iter().map(f).collect::<Vec<_>>().join(" | ")
    };
    r.extend([
        cell(u.reported_rank.0),
        cell(u.reported_rank.1),
        cell(u.national_rank),
        cell(u.cluster_rank),
        c.units.len().to_string(),
        cell(c.units_expected),
        text_cell(&joined(&|s| cfg.text(&s.title, lang).to_owned())),
        joined(&|s| s.url.clone().unwrap_or_default()),
        joined(&|s| cell(s.date.map(|d| d.0))),
    ]);
    r
}

fn csv(cfg: &Config, c: &Campaign, lang: Lang) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let written = w.write_record(header(c)).and_then(|()| {
        c.units
            .iter()
            .try_for_each(|u| w.write_record(row(cfg, c, u, lang)))
    });
    written.expect("writing CSV into memory cannot fail");
    w.into_inner().expect("writing CSV into memory cannot fail")
}

#[derive(Serialize)]
struct Data<'a> {
    campaign: &'a str,
    name: &'a str,
    language: &'a str,
    rank_by: &'a str,
    units_expected: Option<u32>,
    units_present: usize,
    /// Whether every expected unit is present: only then are sums national figures.
    complete: bool,
    metrics: Vec<MetricData<'a>>,
    totals: Vec<TotalData<'a>>,
    units: Vec<UnitData<'a>>,
}

#[derive(Serialize)]
struct MetricData<'a> {
    id: &'a str,
    label: &'a str,
    kind: MetricKind,
    currency: Option<&'a str>,
}

#[derive(Serialize)]
struct TotalData<'a> {
    metric: &'a str,
    /// As published for the whole campaign.
    published: Option<Figure>,
    /// The sum of the units present (`units_present` of `units_expected`).
    sum_of_units_present: Option<Figure>,
    target: Option<i64>,
    percent_of_target: Option<Progress>,
}

#[derive(Serialize)]
struct Ranks {
    national: Option<u32>,
    cluster: Option<u32>,
}

#[derive(Serialize)]
struct ComputedRanks {
    national: Option<usize>,
    cluster: Option<usize>,
}

#[derive(Serialize)]
struct SourceData<'a> {
    title: &'a str,
    url: Option<&'a str>,
    date: Option<String>,
}

#[derive(Serialize)]
struct UnitData<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    cluster: Option<&'a str>,
    cluster_name: Option<&'a str>,
    as_of: Option<String>,
    values: IndexMap<&'a str, Figure>,
    target: IndexMap<&'a str, i64>,
    percent_of_target: IndexMap<&'a str, f64>,
    reported_percent_of_target: IndexMap<&'a str, f64>,
    share_of_units_present: IndexMap<&'a str, f64>,
    reported_rank: Ranks,
    rank_among_units_present: ComputedRanks,
    sources: Vec<SourceData<'a>>,
    /// The unit's parts, each with its own figures.
    breakdown: Vec<PartData<'a>>,
}

#[derive(Serialize)]
struct PartData<'a> {
    name: &'a str,
    values: IndexMap<&'a str, Figure>,
}

fn json<'a>(cfg: &'a Config, node: &'a CampaignNode, lang: Lang) -> Data<'a> {
    let c = &node.data;
    Data {
        campaign: &c.id,
        name: cfg.text(&c.name, lang),
        language: cfg.code(lang),
        rank_by: &c.metrics[c.rank_by].id,
        units_expected: c.units_expected,
        units_present: c.units.len(),
        complete: c.complete(),
        metrics: c
            .metrics
            .iter()
            .map(|m| MetricData {
                id: &m.id,
                label: cfg.text(&m.label, lang),
                kind: m.kind,
                currency: (m.kind == MetricKind::Money).then_some(m.currency.as_str()),
            })
            .collect(),
        totals: c
            .metrics
            .iter()
            .enumerate()
            .map(|(i, m)| TotalData {
                metric: &m.id,
                published: c.reported_totals[i],
                sum_of_units_present: c.totals[i],
                target: c.target[i],
                percent_of_target: c.progress[i].map(|p| Progress {
                    percent: round(p.percent),
                    ..p
                }),
            })
            .collect(),
        units: c.units.iter().map(|u| unit_data(cfg, c, u, lang)).collect(),
    }
}

/// `vals` per metric, keyed by metric id, without the metrics that have none.
fn per_metric<'a, T: Copy>(c: &'a Campaign, vals: &[Option<T>]) -> IndexMap<&'a str, T> {
    c.metrics
        .iter()
        .zip(vals)
        .filter_map(|(m, v)| Some((m.id.as_str(), (*v)?)))
        .collect()
}

fn unit_data<'a>(cfg: &'a Config, c: &'a Campaign, u: &'a Unit, lang: Lang) -> UnitData<'a> {
    let rounded = |v: &[Option<f64>]| v.iter().map(|p| p.map(round)).collect::<Vec<_>>();
    let reported: Vec<Option<f64>> = u
        .reported_percent
        .iter()
        .map(|p| p.map(|p| p.value))
        .collect();
    UnitData {
        id: &u.id,
        name: cfg.text(&u.name, lang),
        kind: &u.kind,
        cluster: u.cluster.map(|cl| c.clusters[cl].id.as_str()),
        cluster_name: u.cluster.map(|cl| cfg.text(&c.clusters[cl].name, lang)),
        as_of: u.as_of.map(|d| d.to_string()),
        values: per_metric(c, &u.values),
        target: per_metric(c, &u.target),
        percent_of_target: per_metric(c, &rounded(&u.percent)),
        reported_percent_of_target: per_metric(c, &reported),
        share_of_units_present: per_metric(c, &rounded(&u.share)),
        reported_rank: Ranks {
            national: u.reported_rank.0,
            cluster: u.reported_rank.1,
        },
        rank_among_units_present: ComputedRanks {
            national: u.national_rank,
            cluster: u.cluster_rank,
        },
        sources: u
            .sources
            .iter()
            .map(|s| SourceData {
                title: cfg.text(&s.title, lang),
                url: s.url.as_deref(),
                date: s.date.map(|d| d.0.to_string()),
            })
            .collect(),
        breakdown: u
            .breakdown
            .iter()
            .map(|p| PartData {
                name: cfg.text(&p.name, lang),
                values: per_metric(c, &p.values),
            })
            .collect(),
    }
}
