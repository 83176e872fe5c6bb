//! Open data: each campaign's units as `data.csv` (UTF-8 with a BOM, so spreadsheet programs
//! read Vietnamese) and `data.json` (the same plus campaign totals), in every language.

use std::path::PathBuf;

use serde::Serialize;

use super::context::Views;
use super::{Content, OutputFile};
use crate::data::schema::{Figure, UnitKind};
use crate::graph::CampaignNode;
use crate::lang::Lang;

pub fn all(views: &Views) -> Vec<OutputFile> {
    let mut out = Vec::new();
    for node in &views.graph.campaigns {
        for lang in views.config.langs() {
            let path = &node.paths[lang.0];
            let origin = node.data.source.clone();
            out.push(file(
                format!("{path}data.csv"),
                csv(views, node, lang).into_bytes(),
                origin.clone(),
            ));
            let json = serde_json::to_string_pretty(&json(views, node, lang))
                .expect("the data serialises");
            out.push(file(
                format!("{path}data.json"),
                (json + "\n").into_bytes(),
                origin,
            ));
        }
    }
    out
}

fn file(path: String, bytes: Vec<u8>, origin: PathBuf) -> OutputFile {
    OutputFile {
        path,
        content: Content::Bytes(bytes),
        origin,
    }
}

/// A CSV field, quoted when it holds a separator, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn number(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v:.2}")
        }
    })
}

fn kind(k: UnitKind) -> &'static str {
    match k {
        UnitKind::Province => "province",
        UnitKind::Sector => "sector",
    }
}

fn csv(views: &Views, node: &CampaignNode, lang: Lang) -> String {
    let (c, cfg) = (&node.data, views.config);
    let mut header = vec!["id", "name", "kind", "cluster", "as_of"]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    for m in &c.metrics {
        header.push(m.id.clone());
        header.push(format!("{}_qualifier", m.id));
        header.push(format!("{}_estimated", m.id));
    }
    let by = &c.metrics[c.rank_by].id;
    header.extend([
        format!("{by}_target"),
        format!("{by}_percent_of_target"),
        "rank".into(),
        "cluster_rank".into(),
    ]);
    let mut out = String::from("\u{FEFF}");
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for u in &c.units {
        let mut row = vec![
            field(&u.id),
            field(cfg.text(&u.name, lang)),
            kind(u.kind).into(),
            field(
                u.cluster
                    .map_or("", |cl| cfg.text(&c.clusters[cl].name, lang)),
            ),
            u.as_of.map_or_else(String::new, |d| d.to_string()),
        ];
        for v in &u.values {
            row.push(number(v.map(|f| f.value)));
            row.push(
                v.and_then(|f| f.qualifier)
                    .map_or("", |q| q.as_str())
                    .into(),
            );
            row.push(
                v.map_or("", |f| if f.estimated { "true" } else { "false" })
                    .into(),
            );
        }
        row.push(number(u.target[c.rank_by]));
        row.push(u.percent[c.rank_by].map_or_else(String::new, |p| format!("{p:.1}")));
        row.push(u.national_rank.map_or_else(String::new, |r| r.to_string()));
        row.push(u.cluster_rank.map_or_else(String::new, |r| r.to_string()));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[derive(Serialize)]
struct Data<'a> {
    campaign: &'a str,
    name: &'a str,
    language: &'a str,
    rank_by: &'a str,
    units_expected: Option<u32>,
    metrics: Vec<MetricData<'a>>,
    totals: Vec<TotalData<'a>>,
    units: Vec<UnitData<'a>>,
}

#[derive(Serialize)]
struct MetricData<'a> {
    id: &'a str,
    label: &'a str,
    kind: crate::data::schema::MetricKind,
    currency: Option<&'a str>,
}

#[derive(Serialize)]
struct TotalData<'a> {
    metric: &'a str,
    computed: Option<Figure>,
    reported: Option<Figure>,
    target: Option<f64>,
    percent_of_target: Option<f64>,
}

#[derive(Serialize)]
struct UnitData<'a> {
    id: &'a str,
    name: &'a str,
    kind: UnitKind,
    cluster: Option<&'a str>,
    cluster_name: Option<&'a str>,
    as_of: Option<String>,
    values: indexmap::IndexMap<&'a str, Figure>,
    target: indexmap::IndexMap<&'a str, f64>,
    percent_of_target: indexmap::IndexMap<&'a str, f64>,
    share_of_total: indexmap::IndexMap<&'a str, f64>,
    rank: Option<usize>,
    cluster_rank: Option<usize>,
}

fn json<'a>(views: &Views<'a>, node: &'a CampaignNode, lang: Lang) -> Data<'a> {
    let (c, cfg) = (&node.data, views.config);
    let per_metric = |vals: &[Option<f64>]| -> indexmap::IndexMap<&'a str, f64> {
        c.metrics
            .iter()
            .zip(vals)
            .filter_map(|(m, v)| Some((m.id.as_str(), round(*v.as_ref()?))))
            .collect()
    };
    Data {
        campaign: &c.id,
        name: cfg.text(&c.name, lang),
        language: cfg.code(lang),
        rank_by: &c.metrics[c.rank_by].id,
        units_expected: c.units_expected,
        metrics: c
            .metrics
            .iter()
            .map(|m| MetricData {
                id: &m.id,
                label: cfg.text(&m.label, lang),
                kind: m.kind,
                currency: (m.kind == crate::data::schema::MetricKind::Money)
                    .then_some(m.currency.as_str()),
            })
            .collect(),
        totals: c
            .metrics
            .iter()
            .enumerate()
            .map(|(i, m)| TotalData {
                metric: &m.id,
                computed: c.totals[i],
                reported: c.reported_totals[i],
                target: c.target[i],
                percent_of_target: c.percent[i].map(round),
            })
            .collect(),
        units: c
            .units
            .iter()
            .map(|u| UnitData {
                id: &u.id,
                name: cfg.text(&u.name, lang),
                kind: u.kind,
                cluster: u.cluster.map(|cl| c.clusters[cl].id.as_str()),
                cluster_name: u.cluster.map(|cl| cfg.text(&c.clusters[cl].name, lang)),
                as_of: u.as_of.map(|d| d.to_string()),
                values: c
                    .metrics
                    .iter()
                    .zip(&u.values)
                    .filter_map(|(m, v)| Some((m.id.as_str(), (*v)?)))
                    .collect(),
                target: per_metric(&u.target),
                percent_of_target: per_metric(&u.percent),
                share_of_total: per_metric(&u.share),
                rank: u.national_rank,
                cluster_rank: u.cluster_rank,
            })
            .collect(),
    }
}

/// Two decimals are enough for percents and shares, and keep the file stable.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
