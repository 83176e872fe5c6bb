//! Views of campaign results: the overview with its ranking, a page per unit and per cluster,
//! every figure written in the reader's language, charts made beside their tables.

use super::charts::{self, Bar};
use super::coverage::CoverageView;
pub use super::result_views::{
    CampaignLinkView, CampaignView, ClusterLinkView, ClusterView, FigureView, RowView, TotalView,
    UnitLinkView,
};
use super::views::{Link, Views};
use crate::data::format;
use crate::data::schema::Figure;
use crate::data::{Campaign, Metric, Unit};
use crate::graph::CampaignNode;
use crate::lang::Lang;
use crate::locale::Locale;

pub fn figure(f: &Figure, m: &Metric, loc: &Locale) -> FigureView {
    let plain = Figure {
        estimated: false,
        ..*f
    };
    FigureView {
        value: f.value as f64,
        text: format::figure(f, m.kind, &m.currency, loc),
        amount: format::figure(&plain, m.kind, &m.currency, loc),
        qualifier: f.qualifier.map(|q| format::qualifier(q, loc).to_owned()),
        estimated: f.estimated,
    }
}

/// A campaign-wide percent of target with the qualifier of its figure: `trên 200,0%`.
fn progress_text(p: &crate::data::compute::Progress, loc: &Locale) -> String {
    format::qualified_percent(p.percent, p.qualifier, loc)
}

/// A plain number of a metric, written in the reader's notation.
pub(super) fn amount(v: i64, m: &Metric, loc: &Locale) -> String {
    format::amount(v, m.kind, &m.currency, loc)
}

impl<'a> Views<'a> {
    /// The line of unit `u`, with the figures of the metrics `shown`.
    pub(super) fn row(
        &self,
        (node, shown): (&'a CampaignNode, &[usize]),
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
            kind: &unit.kind,
            cluster: unit.cluster.map(|cl| Link {
                title: self.config.text(&c.clusters[cl].name, lang),
                url: node.clusters[cl][lang.0].url.clone(),
            }),
            values: shown
                .iter()
                .map(|&m| unit.values[m].map(|f| figure(&f, &c.metrics[m], loc)))
                .collect(),
            rank_value: unit.values[by].map(|f| figure(&f, &c.metrics[by], loc)),
            target: unit.target[by].map(|t| amount(t, &c.metrics[by], loc)),
            percent: unit.percent[by].map(|p| format::percent(p, loc)),
            share: unit.share[by].map(|p| format::percent(p, loc)),
            positions: String::new(),
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
        let place = |u: &Unit| rank(u).0.unwrap_or(usize::MAX);
        self.sort_units(c, &mut units, lang, |a, b| place(a).cmp(&place(b)));
        // The metrics some unit of the campaign has, once for every line.
        let shown = c.shown_metrics();
        units
            .into_iter()
            .map(|u| self.row((node, &shown), u, lang, rank(&c.units[u])))
            .collect()
    }

    pub fn campaign(&self, node: &'a CampaignNode, lang: Lang) -> CampaignView<'a> {
        let (c, loc) = (&node.data, self.locales.get(lang));
        let text = |l: &'a crate::lang::Localized| self.config.text(l, lang);
        let address = &node.overview[lang.0];
        let by = c.rank_by;
        let (ranking, sort) = self.sorted_ranking(node, None, lang);
        let metric = self.config.text(&c.metrics[by].label, lang);
        let chart_ranking = self.ranking_chart(c, &ranking, lang);
        let coverage = self.coverage(c, lang);
        let chart_progress = self.campaign_progress_chart(c, &coverage, lang);
        CampaignView {
            id: &c.id,
            name: text(&c.name),
            short_name: self.short_name(c, lang),
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
            has_reported_ranks: c.has_reported_ranks(),
            metrics: c
                .shown_metrics()
                .into_iter()
                .map(|m| self.metric_view(&c.metrics[m], lang))
                .collect(),
            rank_by: self.metric_view(&c.metrics[by], lang),
            columns: self.columns(c),
            has_reported_totals: c.reported_totals.iter().any(Option::is_some),
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
            caption: self.tr(lang, "ranking_caption", &[("metric", metric)]),
            sort,
            chart_clusters: self.cluster_charts(node, lang),
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
            honours_url: (!c.awards.is_empty()).then(|| node.honours[lang.0].url.clone()),
            chart_ranking,
            chart_progress,
            intro: node.intro[lang.0]
                .as_ref()
                .map(|i| i.html.as_str())
                .filter(|h| !h.is_empty()),
            level: c.level.as_str(),
            words: self.level_words(c, lang),
        }
    }

    /// The bar chart of the ranking metric, beside the table; empty when no unit has a value.
    fn ranking_chart(&self, c: &Campaign, ranking: &[RowView], lang: Lang) -> String {
        let by = c.rank_by;
        let metric_label = self.config.text(&c.metrics[by].label, lang);
        let bars: Vec<Bar> = ranking
            .iter()
            .filter_map(|r| {
                r.rank_value.as_ref().map(|f| Bar {
                    label: r.name.to_owned(),
                    value: f.value,
                    text: f.text.clone(),
                })
            })
            .collect();
        let Some(first) = bars.first() else {
            return String::new();
        };
        charts::bars(
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
        )
    }

    /// The campaign's figure against its target, labelled with what the figure counts.
    fn campaign_progress_chart(
        &self,
        c: &Campaign,
        coverage: &CoverageView,
        lang: Lang,
    ) -> Option<String> {
        let by = c.rank_by;
        let (p, target) = (c.progress[by]?, c.target[by]?);
        let value = c.progress_figure(by)?;
        let label = match p.basis {
            crate::data::compute::Basis::Published => self.tr(lang, "published", &[]),
            _ => coverage.sum_label.clone(),
        };
        let percent = progress_text(&p, self.locales.get(lang));
        Some(self.progress_chart(&c.metrics[by], (&value, &label), target, &percent, lang))
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
            &charts::Progress {
                value: value.value as f64,
                target: target as f64,
                value_text: &value_text,
                target_text: &format!("{} {target_text}", self.tr(lang, "target", &[])),
            },
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
                title: self.short_name(c, lang),
                url: node.overview[lang.0].url.clone(),
            },
            rank_by: self.metric_view(&c.metrics[by], lang),
            value: unit.values[by].map(|f| figure(&f, &c.metrics[by], loc)),
            percent: unit.percent[by].map(|p| format::percent(p, loc)),
            national_rank: unit.national_rank,
        }
    }
}

impl<'a> Views<'a> {
    pub fn campaign_link(&self, node: &'a CampaignNode, lang: Lang) -> CampaignLinkView<'a> {
        let c = &node.data;
        let name = self.config.text(&c.name, lang);
        CampaignLinkView {
            name,
            short_name: self.short_name(c, lang),
            url: node.overview[lang.0].url.clone(),
            rank_by: self.metric_view(&c.metrics[c.rank_by], lang),
            units_expected: c.units_expected,
            units_present: c.units.len(),
            complete: c.complete(),
            coverage: self.coverage(c, lang),
            honours_url: (!c.awards.is_empty()).then(|| node.honours[lang.0].url.clone()),
            level: c.level.as_str(),
            words: self.level_words(c, lang),
        }
    }
}
