//! Views of campaign results: the overview with its ranking, a page per unit and per cluster,
//! every figure written in the reader's language, charts made beside their tables.

use serde::Serialize;

use super::charts::{self, Bar};
use super::coverage::CoverageView;
use super::views::{Link, MetricView, Views};
use crate::collate;
use crate::data::format;
use crate::data::schema::{Figure, UnitKind};
use crate::data::{Campaign, Metric, Unit};
use crate::graph::CampaignNode;
use crate::lang::Lang;
use crate::locale::Locale;

#[derive(Serialize, Clone)]
pub struct FigureView {
    pub value: f64,
    /// As the reader sees it: `trên 584 tỷ đồng`.
    pub text: String,
    pub qualifier: Option<String>,
    pub estimated: bool,
}

/// A campaign-wide figure: as published, and the sum of the units present (labelled by the
/// campaign's coverage).
#[derive(Serialize)]
pub struct TotalView<'a> {
    pub metric: MetricView<'a>,
    pub computed: Option<FigureView>,
    pub reported: Option<FigureView>,
    pub target: Option<String>,
    /// Percent of target: of the published total when there is one, else of the sum.
    pub percent: Option<String>,
    /// What the percent is computed from, in words.
    pub percent_basis: Option<String>,
}

/// A line of a ranking table.
#[derive(Serialize)]
pub struct RowView<'a> {
    pub rank: Option<usize>,
    /// As published (national or cluster, as the table ranks).
    pub reported_rank: Option<u32>,
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub kind: UnitKind,
    pub cluster: Option<Link<'a>>,
    /// Per metric, in the campaign's order.
    pub values: Vec<Option<FigureView>>,
    /// The figure ranked by.
    pub rank_value: Option<FigureView>,
    /// Of the ranking metric.
    pub target: Option<String>,
    pub percent: Option<String>,
    pub share: Option<String>,
}

#[derive(Serialize)]
pub struct ClusterLinkView<'a> {
    pub name: &'a str,
    pub url: String,
    pub units: usize,
}

#[derive(Serialize)]
pub struct CampaignView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub short_name: &'a str,
    pub organizer: Option<&'a str>,
    pub description: Option<&'a str>,
    pub url: String,
    pub permalink: String,
    pub csv_url: String,
    pub json_url: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub units_expected: Option<u32>,
    pub units_present: usize,
    /// Every expected unit is present, so ranks are final.
    pub complete: bool,
    pub coverage: CoverageView,
    /// Some unit has a published rank.
    pub has_reported_ranks: bool,
    pub metrics: Vec<MetricView<'a>>,
    pub rank_by: MetricView<'a>,
    pub totals: Vec<TotalView<'a>>,
    pub ranking: Vec<RowView<'a>>,
    pub clusters: Vec<ClusterLinkView<'a>>,
    pub chart_ranking: String,
    pub chart_progress: Option<String>,
    pub intro: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ClusterView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub ranking: Vec<RowView<'a>>,
}

/// The few words of a unit's key figures, for the article that names it.
#[derive(Serialize)]
pub struct UnitLinkView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub campaign: Link<'a>,
    pub rank_by: MetricView<'a>,
    pub value: Option<FigureView>,
    pub percent: Option<String>,
    pub national_rank: Option<usize>,
}

pub fn figure(f: &Figure, m: &Metric, loc: &Locale) -> FigureView {
    FigureView {
        value: f.value as f64,
        text: format::figure(f, m.kind, &m.currency, loc),
        qualifier: f.qualifier.map(|q| format::qualifier(q, loc).to_owned()),
        estimated: f.estimated,
    }
}

/// A campaign-wide percent of target with the qualifier of its figure: `trên 200,0%`.
fn progress_text(p: &crate::data::compute::Progress, loc: &Locale) -> String {
    match p.qualifier {
        Some(q) => format!(
            "{} {}",
            format::qualifier(q, loc),
            format::percent(p.percent, loc)
        ),
        None => format::percent(p.percent, loc),
    }
}

/// A plain number of a metric, written in the reader's notation.
pub(super) fn amount(v: i64, m: &Metric, loc: &Locale) -> String {
    format::amount(v, m.kind, &m.currency, loc)
}

impl<'a> Views<'a> {
    fn row(
        &self,
        node: &'a CampaignNode,
        u: usize,
        lang: Lang,
        (rank, reported_rank): (Option<usize>, Option<u32>),
    ) -> RowView<'a> {
        let (c, loc) = (&node.data, self.locales.get(lang));
        let unit: &'a Unit = &c.units[u];
        let by = c.rank_by;
        RowView {
            rank,
            reported_rank,
            id: &unit.id,
            name: self.config.text(&unit.name, lang),
            url: node.units[u][lang.0].url.clone(),
            kind: unit.kind,
            cluster: unit.cluster.map(|cl| Link {
                title: self.config.text(&c.clusters[cl].name, lang),
                url: node.clusters[cl][lang.0].url.clone(),
            }),
            values: c
                .metrics
                .iter()
                .zip(&unit.values)
                .map(|(m, v)| v.map(|f| figure(&f, m, loc)))
                .collect(),
            rank_value: unit.values[by].map(|f| figure(&f, &c.metrics[by], loc)),
            target: unit.target[by].map(|t| amount(t, &c.metrics[by], loc)),
            percent: unit.percent[by].map(|p| format::percent(p, loc)),
            share: unit.share[by].map(|p| format::percent(p, loc)),
        }
    }

    /// Rows of `units` by rank; tied units (and unranked ones) in the reader's alphabet.
    fn ranking(
        &self,
        node: &'a CampaignNode,
        units: Vec<usize>,
        lang: Lang,
        rank: impl Fn(&Unit) -> (Option<usize>, Option<u32>),
    ) -> Vec<RowView<'a>> {
        let c = &node.data;
        let mut units = units;
        let collator = collate::collator(self.config.code(lang));
        units.sort_by(|&a, &b| {
            let (ra, rb) = (
                rank(&c.units[a]).0.unwrap_or(usize::MAX),
                rank(&c.units[b]).0.unwrap_or(usize::MAX),
            );
            ra.cmp(&rb).then_with(|| {
                collator.compare(
                    self.config.text(&c.units[a].name, lang),
                    self.config.text(&c.units[b].name, lang),
                )
            })
        });
        units
            .into_iter()
            .map(|u| self.row(node, u, lang, rank(&c.units[u])))
            .collect()
    }

    pub fn campaign(&self, node: &'a CampaignNode, lang: Lang) -> CampaignView<'a> {
        let (c, loc) = (&node.data, self.locales.get(lang));
        let text = |l: &'a crate::lang::Localized| self.config.text(l, lang);
        let address = &node.overview[lang.0];
        let by = c.rank_by;
        let ranking = self.ranking(node, (0..c.units.len()).collect(), lang, |u| {
            (u.national_rank, u.reported_rank.0)
        });
        let metric_label = text(&c.metrics[by].label);
        let bars: Vec<Bar> = ranking
            .iter()
            .filter_map(|r| {
                r.values[by].as_ref().map(|f| Bar {
                    label: r.name.to_owned(),
                    value: f.value,
                    text: f.text.clone(),
                })
            })
            .collect();
        let chart_ranking = match bars.first() {
            Some(first) => charts::bars(
                "chart-ranking",
                &self.tr(lang, "chart_ranking_title", &[("metric", metric_label)]),
                &self.tr(
                    lang,
                    "chart_ranking_desc",
                    &[
                        ("first", &first.label),
                        ("value", &first.text),
                        ("count", &bars.len().to_string()),
                    ],
                ),
                &bars,
            ),
            None => String::new(),
        };
        let coverage = self.coverage(c, lang);
        let chart_progress = match (c.progress[by], c.target[by]) {
            (Some(p), Some(target)) => {
                let value = c.progress_figure(by);
                let label = match p.basis {
                    crate::data::compute::Basis::Published => self.tr(lang, "published", &[]),
                    _ => coverage.sum_label.clone(),
                };
                value.map(|v| {
                    let percent = progress_text(&p, self.locales.get(lang));
                    self.progress_chart(&c.metrics[by], (&v, &label), target, &percent, lang)
                })
            }
            _ => None,
        };
        CampaignView {
            id: &c.id,
            name: text(&c.name),
            short_name: c.short_name.as_ref().map_or_else(|| text(&c.name), text),
            organizer: c.organizer.as_ref().map(text),
            description: c.description.as_ref().map(text),
            url: address.url.clone(),
            permalink: address.permalink.clone(),
            csv_url: node.csv[lang.0].url.clone(),
            json_url: node.json[lang.0].url.clone(),
            start: c.start.map(|d| crate::dates::format_day(d, loc)),
            end: c.end.map(|d| crate::dates::format_day(d, loc)),
            units_expected: c.units_expected,
            units_present: c.units.len(),
            complete: c.complete(),
            coverage: coverage.clone(),
            has_reported_ranks: c.units.iter().any(|u| u.reported_rank.0.is_some()),
            metrics: c
                .metrics
                .iter()
                .map(|m| self.metric_view(m, lang))
                .collect(),
            rank_by: self.metric_view(&c.metrics[by], lang),
            totals: c
                .metrics
                .iter()
                .enumerate()
                .map(|(i, m)| TotalView {
                    metric: self.metric_view(m, lang),
                    computed: c.totals[i].map(|f| figure(&f, m, loc)),
                    reported: c.reported_totals[i].map(|f| figure(&f, m, loc)),
                    target: c.target[i].map(|t| amount(t, m, loc)),
                    percent: c.progress[i].map(|p| progress_text(&p, loc)),
                    percent_basis: c.progress[i]
                        .map(|p| self.basis_label(&coverage, p.basis, lang)),
                })
                .collect(),
            ranking,
            clusters: c
                .clusters
                .iter()
                .enumerate()
                .map(|(i, cl)| ClusterLinkView {
                    name: text(&cl.name),
                    url: node.clusters[i][lang.0].url.clone(),
                    units: c.units.iter().filter(|u| u.cluster == Some(i)).count(),
                })
                .collect(),
            chart_ranking,
            chart_progress,
            intro: node.intro[lang.0]
                .as_ref()
                .map(|i| i.html.as_str())
                .filter(|h| !h.is_empty()),
        }
    }

    pub(super) fn progress_chart(
        &self,
        m: &Metric,
        (value, label): (&Figure, &str),
        target: i64,
        percent_text: &str,
        lang: Lang,
    ) -> String {
        let loc = self.locales.get(lang);
        let figure_text = format::figure(value, m.kind, &m.currency, loc);
        let value_text = if label.is_empty() {
            figure_text
        } else {
            format!("{figure_text} ({label})")
        };
        let target_text = amount(target, m, loc);
        charts::progress(
            "chart-progress",
            &self.tr(
                lang,
                "chart_progress_title",
                &[("metric", self.config.text(&m.label, lang))],
            ),
            &self.tr(
                lang,
                "chart_progress_desc",
                &[
                    ("value", &value_text),
                    ("percent", percent_text),
                    ("target", &target_text),
                ],
            ),
            value.value as f64,
            target as f64,
            &value_text,
            &format!("{} {target_text}", self.tr(lang, "target", &[])),
        )
    }

    pub fn cluster(&self, node: &'a CampaignNode, cl: usize, lang: Lang) -> ClusterView<'a> {
        let c = &node.data;
        let members = (0..c.units.len())
            .filter(|&u| c.units[u].cluster == Some(cl))
            .collect();
        ClusterView {
            id: &c.clusters[cl].id,
            name: self.config.text(&c.clusters[cl].name, lang),
            url: node.clusters[cl][lang.0].url.clone(),
            ranking: self.ranking(node, members, lang, |u| (u.cluster_rank, u.reported_rank.1)),
        }
    }

    pub fn unit_link(&self, (ci, u): (usize, usize), lang: Lang) -> UnitLinkView<'a> {
        let node = &self.graph.campaigns[ci];
        let (c, loc): (&'a Campaign, _) = (&node.data, self.locales.get(lang));
        let unit = &c.units[u];
        let by = c.rank_by;
        UnitLinkView {
            id: &unit.id,
            name: self.config.text(&unit.name, lang),
            url: node.units[u][lang.0].url.clone(),
            campaign: Link {
                title: c.short_name.as_ref().map_or_else(
                    || self.config.text(&c.name, lang),
                    |s| self.config.text(s, lang),
                ),
                url: node.overview[lang.0].url.clone(),
            },
            rank_by: self.metric_view(&c.metrics[by], lang),
            value: unit.values[by].map(|f| figure(&f, &c.metrics[by], loc)),
            percent: unit.percent[by].map(|p| format::percent(p, loc)),
            national_rank: unit.national_rank,
        }
    }
}

/// A campaign as a link, for the pages below it.
#[derive(Serialize)]
pub struct CampaignLinkView<'a> {
    pub name: &'a str,
    pub short_name: &'a str,
    pub url: String,
    pub rank_by: MetricView<'a>,
    pub units_expected: Option<u32>,
    pub units_present: usize,
    pub complete: bool,
    pub coverage: CoverageView,
}

impl<'a> Views<'a> {
    pub fn campaign_link(&self, node: &'a CampaignNode, lang: Lang) -> CampaignLinkView<'a> {
        let c = &node.data;
        let name = self.config.text(&c.name, lang);
        CampaignLinkView {
            name,
            short_name: c
                .short_name
                .as_ref()
                .map_or(name, |s| self.config.text(s, lang)),
            url: node.overview[lang.0].url.clone(),
            rank_by: self.metric_view(&c.metrics[c.rank_by], lang),
            units_expected: c.units_expected,
            units_present: c.units.len(),
            complete: c.complete(),
            coverage: self.coverage(c, lang),
        }
    }
}
