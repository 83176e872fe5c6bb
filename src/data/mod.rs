//! Campaign statistics: the YAML files of `content/results/`, checked and computed into
//! campaigns with totals, percents, ranks and shares, ready for pages, charts and downloads.

pub mod aggregate;
pub mod checks;
pub mod format;
pub mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Pos};
use crate::lang::Localized;
use crate::{fsx, text, yaml};
use schema::{Figure, MetricKind, RawCampaign, RawUnit, Source, UnitKind};

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

/// A reporting unit with its figures and what the build computed from them.
#[derive(Debug, Clone)]
pub struct Unit {
    pub id: String,
    pub slug: String,
    /// The unit file, relative to the site root.
    pub source: PathBuf,
    /// The file's text, to place problems found later.
    pub text: String,
    pub name: Localized,
    pub kind: UnitKind,
    pub cluster: Option<usize>,
    pub as_of: Option<NaiveDate>,
    /// Per metric.
    pub target: Vec<Option<f64>>,
    pub values: Vec<Option<Figure>>,
    pub breakdown: Vec<Part>,
    pub reported_percent: Vec<Option<f64>>,
    pub reported_rank: (Option<u32>, Option<u32>),
    pub sources: Vec<Source>,
    /// Computed: percent of target and share of the campaign total, per metric.
    pub percent: Vec<Option<f64>>,
    pub share: Vec<Option<f64>>,
    /// Computed: rank among all units and within its cluster, by `rank_by`.
    pub national_rank: Option<usize>,
    pub cluster_rank: Option<usize>,
}

/// A campaign: what it measures, its units, and its computed totals.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: String,
    pub slug: String,
    /// The campaign folder, relative to `content/`.
    pub dir: String,
    pub source: PathBuf,
    /// The file's text, to place problems found later.
    pub text: String,
    pub name: Localized,
    pub short_name: Option<Localized>,
    pub organizer: Option<Localized>,
    pub description: Option<Localized>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub units_expected: Option<u32>,
    pub metrics: Vec<Metric>,
    pub rank_by: usize,
    pub target: Vec<Option<f64>>,
    pub clusters: Vec<Cluster>,
    pub reported_totals: Vec<Option<Figure>>,
    pub units: Vec<Unit>,
    /// Slugs of unit files that could not be read; their problems are reported on their own.
    pub failed_units: Vec<String>,
    /// Computed, per metric.
    pub totals: Vec<Option<Figure>>,
    pub percent: Vec<Option<f64>>,
}

impl Campaign {
    pub fn metric(&self, id: &str) -> Option<usize> {
        self.metrics.iter().position(|m| m.id == id)
    }

    pub fn unit(&self, id: &str) -> Option<usize> {
        let slug = text::slugify(id);
        self.units.iter().position(|u| u.slug == slug)
    }

    /// Whether every expected unit is present, so that ranks can be checked.
    pub fn complete(&self) -> bool {
        self.units_expected
            .is_some_and(|n| self.units.len() >= n as usize)
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
    let text = text::decode_source(&bytes).map_err(|_| {
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
    let source = shown(&f.0);
    let text = read(f, "a campaign.yaml needs at least name: and metrics:").map_err(|e| vec![e])?;
    let raw: RawCampaign =
        yaml::from_str(&text).map_err(|e| vec![Diagnostic::error(&source, e.pos, e.message)])?;
    let mut errors = Vec::new();
    let at = |path: &[&str]| yaml::key_pos(&text, path).unwrap_or(Pos::UNKNOWN);
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
    if metrics.is_empty() {
        errors.push(Diagnostic::error(&source, at(&["metrics"]), "metrics is empty; declare what is measured, like initiatives: {label: ..., kind: count}"));
    }
    let metric_ids: Vec<&str> = metrics.iter().map(|m| m.id.as_str()).collect();
    let undeclared = |id: &str| {
        format!(
            "\"{id}\" is not one of the campaign's metrics ({}); declare it under metrics: in campaign.yaml",
            metric_ids.join(", ")
        )
    };
    let rank_by = match raw.rank_by.as_deref() {
        None => 0,
        Some(id) => metric_ids.iter().position(|m| *m == id).unwrap_or_else(|| {
            errors.push(Diagnostic::error(
                &source,
                at(&["rank_by"]),
                format!("rank_by {}", undeclared(id)),
            ));
            0
        }),
    };
    let per_metric = |map: &indexmap::IndexMap<String, schema::Number>,
                      key: &str,
                      errors: &mut Vec<Diagnostic>| {
        for id in map.keys().filter(|k| !metric_ids.contains(&k.as_str())) {
            errors.push(Diagnostic::error(
                &source,
                at(&[key, id]),
                format!("{key}: {}", undeclared(id)),
            ));
        }
        metric_ids
            .iter()
            .map(|m| map.get(*m).map(|n| n.0))
            .collect::<Vec<_>>()
    };
    let target = per_metric(&raw.target, "target", &mut errors);
    for id in raw
        .reported
        .totals
        .keys()
        .filter(|k| !metric_ids.contains(&k.as_str()))
    {
        errors.push(Diagnostic::error(
            &source,
            at(&["reported", "totals", id]),
            format!("reported totals: {}", undeclared(id)),
        ));
    }
    let reported_totals = metric_ids
        .iter()
        .map(|m| raw.reported.totals.get(*m).copied())
        .collect();
    let clusters: Vec<Cluster> = raw
        .clusters
        .iter()
        .map(|(id, name)| Cluster {
            id: id.clone(),
            slug: text::slugify(id),
            name: name.clone(),
        })
        .collect();
    for l in [
        Some(&raw.name),
        raw.short_name.as_ref(),
        raw.organizer.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        for code in l.undeclared(&config.languages) {
            errors.push(Diagnostic::error(
                &source,
                Pos::UNKNOWN,
                format!("a text is given for \"{code}\", which is not one of the site's languages"),
            ));
        }
    }
    let id = dir.rsplit('/').next().unwrap_or(dir).to_owned();
    let mut c = Campaign {
        slug: text::slugify(&id),
        id,
        dir: dir.to_owned(),
        source: source.clone(),
        text: text.clone(),
        name: raw.name,
        short_name: raw.short_name,
        organizer: raw.organizer,
        description: raw.description,
        start: raw.start.map(|d| d.0),
        end: raw.end.map(|d| d.0),
        units_expected: raw.units_expected,
        metrics,
        rank_by,
        target,
        clusters,
        reported_totals,
        units: Vec::new(),
        failed_units: Vec::new(),
        totals: Vec::new(),
        percent: Vec::new(),
    };
    let mut sorted: Vec<&&DataFile> = unit_files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    if !errors.is_empty() {
        return Err(errors);
    }
    for f in sorted {
        match unit(&c, f) {
            Ok(u) => c.units.push(u),
            Err(e) => {
                unit_errors.extend(e);
                c.failed_units.push(text::slugify(file_stem(&f.0)));
            }
        }
    }
    compute(&mut c);
    Ok(c)
}

/// `a/units/lai-chau.yaml` -> `lai-chau`.
fn file_stem(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

fn unit(c: &Campaign, f: &DataFile) -> Result<Unit, Vec<Diagnostic>> {
    let source = shown(&f.0);
    let text = read(f, "a unit file needs name:, kind: and values:").map_err(|e| vec![e])?;
    let raw: RawUnit =
        yaml::from_str(&text).map_err(|e| vec![Diagnostic::error(&source, e.pos, e.message)])?;
    let mut errors = Vec::new();
    let at = |path: &[&str]| yaml::key_pos(&text, path).unwrap_or(Pos::UNKNOWN);
    let metric_ids: Vec<&str> = c.metrics.iter().map(|m| m.id.as_str()).collect();
    let mut per_metric = |keys: Vec<&String>, path: &[&str]| {
        for id in keys
            .into_iter()
            .filter(|k| !metric_ids.contains(&k.as_str()))
        {
            let mut p = path.to_vec();
            p.push(id);
            errors.push(Diagnostic::error(
                &source,
                at(&p),
                format!(
                    "\"{id}\" is not one of the campaign's metrics ({}); use one of them or declare it in {}",
                    metric_ids.join(", "),
                    crate::diagnostics::display_path(&c.source)
                ),
            ));
        }
    };
    per_metric(raw.values.keys().collect(), &["values"]);
    per_metric(raw.target.keys().collect(), &["target"]);
    per_metric(
        raw.reported.percent_of_target.keys().collect(),
        &["reported", "percent_of_target"],
    );
    for (i, part) in raw.breakdown.iter().enumerate() {
        let item = format!("#{i}");
        per_metric(
            part.values.keys().collect(),
            &["breakdown", &item, "values"],
        );
    }
    let cluster = match &raw.cluster {
        None => None,
        Some(id) => {
            let found = c.clusters.iter().position(|cl| &cl.id == id);
            if found.is_none() {
                let declared: Vec<&str> = c.clusters.iter().map(|cl| cl.id.as_str()).collect();
                errors.push(Diagnostic::error(
                    &source,
                    at(&["cluster"]),
                    format!(
                        "cluster \"{id}\" is not declared in {} (clusters: {}); add it under clusters:",
                        crate::diagnostics::display_path(&c.source),
                        if declared.is_empty() { "none".to_owned() } else { declared.join(", ") }
                    ),
                ));
            }
            found
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let id = file_stem(&f.0).to_owned();
    let values_of = |map: &indexmap::IndexMap<String, Figure>| {
        metric_ids.iter().map(|m| map.get(*m).copied()).collect()
    };
    let numbers_of = |map: &indexmap::IndexMap<String, schema::Number>| {
        metric_ids
            .iter()
            .map(|m| map.get(*m).map(|n| n.0))
            .collect()
    };
    Ok(Unit {
        slug: text::slugify(&id),
        id,
        source,
        name: raw.name,
        kind: raw.kind,
        cluster,
        as_of: raw.as_of.map(|d| d.0),
        target: numbers_of(&raw.target),
        values: values_of(&raw.values),
        breakdown: raw
            .breakdown
            .iter()
            .map(|p| Part {
                name: p.name.clone(),
                values: values_of(&p.values),
            })
            .collect(),
        reported_percent: numbers_of(&raw.reported.percent_of_target),
        reported_rank: (raw.reported.rank.national, raw.reported.rank.cluster),
        sources: raw.sources,
        percent: Vec::new(),
        share: Vec::new(),
        national_rank: None,
        cluster_rank: None,
        text,
    })
}

/// Totals, percents, shares and ranks, from the figures alone.
fn compute(c: &mut Campaign) {
    let n = c.metrics.len();
    c.totals = (0..n)
        .map(|m| aggregate::total(c.units.iter().filter_map(|u| u.values[m])))
        .collect();
    c.percent = (0..n)
        .map(|m| aggregate::percent_of(c.totals[m]?.value, c.target[m]?))
        .collect();
    let totals = c.totals.clone();
    for u in &mut c.units {
        u.percent = (0..n)
            .map(|m| aggregate::percent_of(u.values[m]?.value, u.target[m]?))
            .collect();
        u.share = (0..n)
            .map(|m| aggregate::share(u.values[m]?.value, totals[m]?.value))
            .collect();
    }
    let by = |u: &Unit| u.values[c.rank_by].map(|f| f.value);
    let national = aggregate::ranks(&c.units.iter().map(by).collect::<Vec<_>>());
    for (u, r) in c.units.iter_mut().zip(national) {
        u.national_rank = r;
    }
    for cl in 0..c.clusters.len() {
        let members: Vec<usize> = (0..c.units.len())
            .filter(|&i| c.units[i].cluster == Some(cl))
            .collect();
        let ranks = aggregate::ranks(&members.iter().map(|&i| by(&c.units[i])).collect::<Vec<_>>());
        for (i, r) in members.into_iter().zip(ranks) {
            c.units[i].cluster_rank = r;
        }
    }
}
