//! The page of one reporting unit: its figures, its ranks (published first), its parts and
//! its sources, in the reader's language.

use serde::Serialize;

use super::charts::{self, Bar};
use super::context::CardView;
use super::results::{FigureView, amount, figure};
use super::views::{Link, MetricView, SourceView, Views};
use crate::data::format;
use crate::data::{Campaign, Unit};
use crate::graph::CampaignNode;
use crate::lang::Lang;

/// One of a unit's figures.
#[derive(Serialize)]
pub struct UnitFigureView<'a> {
    pub metric: MetricView<'a>,
    pub value: Option<FigureView>,
    pub target: Option<String>,
    pub percent: Option<String>,
    pub share: Option<String>,
}

#[derive(Serialize)]
pub struct PartView<'a> {
    pub name: &'a str,
    pub values: Vec<Option<FigureView>>,
}

#[derive(Serialize)]
pub struct BreakdownView<'a> {
    pub metrics: Vec<MetricView<'a>>,
    pub rows: Vec<PartView<'a>>,
    pub chart: Option<String>,
}

#[derive(Serialize)]
pub struct UnitView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub kind: &'a str,
    /// The kind in the reader's words: campaign.yaml's `unit_kinds:` label, else the theme's
    /// `kind_<kind>`.
    pub kind_label: String,
    pub cluster: Option<Link<'a>>,
    pub as_of: Option<String>,
    pub figures: Vec<UnitFigureView<'a>>,
    /// Some figure has a target: else the target and percent columns are not shown.
    pub has_target: bool,
    pub rank_by: MetricView<'a>,
    pub national_rank: Option<usize>,
    pub cluster_rank: Option<usize>,
    pub units_ranked: usize,
    pub cluster_size: usize,
    pub reported_national_rank: Option<u32>,
    pub reported_cluster_rank: Option<u32>,
    pub breakdown: Option<BreakdownView<'a>>,
    pub sources: Vec<SourceView<'a>>,
    pub honours: Vec<super::honours::UnitHonourView<'a>>,
    /// Its results in every campaign of the site that has it, when there are several.
    pub history: Option<super::history::HistoryView<'a>>,
    pub articles: Vec<CardView<'a>>,
    pub chart_progress: Option<String>,
}

impl<'a> Views<'a> {
    pub fn unit(&self, ci: usize, u: usize, lang: Lang) -> UnitView<'a> {
        let node: &'a CampaignNode = &self.graph.campaigns[ci];
        let (c, loc) = (&node.data, self.locales.get(lang));
        let unit: &'a Unit = &c.units[u];
        let text = |l: &'a crate::lang::Localized| self.config.text(l, lang);
        let by = c.rank_by;
        let breakdown = self.breakdown(c, unit, lang);
        UnitView {
            id: &unit.id,
            name: text(&unit.name),
            url: node.units[u][lang.0].url.clone(),
            kind: &unit.kind,
            kind_label: self.kind_label(c, &unit.kind, lang),
            cluster: unit.cluster.map(|cl| Link {
                title: text(&c.clusters[cl].name),
                url: node.clusters[cl][lang.0].url.clone(),
            }),
            as_of: unit.as_of.map(|d| crate::dates::format_day(d, loc)),
            figures: c
                .metrics
                .iter()
                .enumerate()
                .map(|(m, metric)| UnitFigureView {
                    metric: self.metric_view(metric, lang),
                    value: unit.values[m].map(|f| figure(&f, metric, loc)),
                    target: unit.target[m].map(|t| amount(t, metric, loc)),
                    percent: unit.percent[m].map(|p| format::percent(p, loc)),
                    share: unit.share[m].map(|p| format::percent(p, loc)),
                })
                .collect(),
            has_target: unit.target.iter().any(Option::is_some),
            rank_by: self.metric_view(&c.metrics[by], lang),
            national_rank: unit.national_rank,
            cluster_rank: unit.cluster_rank,
            units_ranked: c.units.iter().filter(|o| o.national_rank.is_some()).count(),
            cluster_size: unit.cluster.map_or(0, |cl| {
                c.units.iter().filter(|o| o.cluster == Some(cl)).count()
            }),
            reported_national_rank: unit.reported_rank.0,
            reported_cluster_rank: unit.reported_rank.1,
            breakdown,
            sources: unit.sources.iter().map(|s| self.source(s, lang)).collect(),
            honours: self.unit_honours(c, &unit.honours, lang),
            history: self.history(ci, u, lang),
            articles: node.unit_articles[u]
                .iter()
                .filter(|&&id| self.graph.articles[id].lang == lang)
                .map(|&id| self.card(id))
                .collect(),
            chart_progress: match (unit.values[by], unit.target[by], unit.percent[by]) {
                (Some(v), Some(t), Some(p)) => {
                    let percent = format::percent(p, loc);
                    Some(self.progress_chart(&c.metrics[by], (&v, ""), t, &percent, lang))
                }
                _ => None,
            },
        }
    }

    /// A unit's parts, with a chart of the first metric they give.
    fn breakdown(&self, c: &'a Campaign, unit: &'a Unit, lang: Lang) -> Option<BreakdownView<'a>> {
        let loc = self.locales.get(lang);
        let text = |l: &'a crate::lang::Localized| self.config.text(l, lang);
        let shown: Vec<usize> = (0..c.metrics.len())
            .filter(|&m| unit.breakdown.iter().any(|p| p.values[m].is_some()))
            .collect();
        (!unit.breakdown.is_empty()).then(|| {
            let chart_metric = shown.first().copied();
            let chart = chart_metric.map(|m| {
                let bars: Vec<Bar> = unit
                    .breakdown
                    .iter()
                    .filter_map(|p| {
                        p.values[m].map(|f| Bar {
                            label: text(&p.name).to_owned(),
                            value: f.value as f64,
                            text: amount(f.value, &c.metrics[m], loc),
                        })
                    })
                    .collect();
                let largest = bars.iter().max_by(|a, b| a.value.total_cmp(&b.value));
                charts::bars(
                    "chart-breakdown",
                    &self.tr(
                        lang,
                        "chart_breakdown_title",
                        &[("metric", text(&c.metrics[m].label))],
                    ),
                    &self.tr(
                        lang,
                        "chart_breakdown_desc",
                        &[
                            ("first", largest.map_or("", |b| &b.label)),
                            ("value", largest.map_or("", |b| &b.text)),
                        ],
                    ),
                    &bars,
                )
            });
            BreakdownView {
                metrics: shown
                    .iter()
                    .map(|&m| self.metric_view(&c.metrics[m], lang))
                    .collect(),
                rows: unit
                    .breakdown
                    .iter()
                    .map(|p| PartView {
                        name: text(&p.name),
                        values: shown
                            .iter()
                            .map(|&m| p.values[m].map(|f| figure(&f, &c.metrics[m], loc)))
                            .collect(),
                    })
                    .collect(),
                chart,
            }
        })
    }
}
