//! The small multiples of an overview: one chart per cluster, its units by rank, every chart
//! on the same scale so that clusters compare at a glance.

use super::charts::{self, Bar};
use super::result_views::ClusterChartView;
use super::results::figure;
use super::views::Views;
use crate::graph::CampaignNode;
use crate::lang::Lang;

impl<'a> Views<'a> {
    /// A chart per cluster that has units with the ranking figure; none when the campaign has
    /// fewer than two clusters (the ranking's chart already shows them).
    pub(super) fn cluster_charts(
        &self,
        node: &'a CampaignNode,
        lang: Lang,
    ) -> Vec<ClusterChartView<'a>> {
        let (c, loc) = (&node.data, self.locales.get(lang));
        let by = c.rank_by;
        if c.clusters.len() < 2 {
            return Vec::new();
        }
        let max = c
            .units
            .iter()
            .filter_map(|u| u.values[by].map(|f| f.value as f64))
            .fold(0.0, f64::max);
        let ranked = self.units_in(c, None, lang);
        let metric = self.config.text(&c.metrics[by].label, lang);
        let mut out = Vec::new();
        for (cl, cluster) in c.clusters.iter().enumerate() {
            let bars: Vec<Bar> = ranked
                .iter()
                .map(|&u| &c.units[u])
                .filter(|u| u.cluster == Some(cl))
                .filter_map(|u| {
                    let f = figure(&u.values[by]?, &c.metrics[by], loc);
                    Some(Bar {
                        label: self.config.text(&u.name, lang).to_owned(),
                        value: f.value,
                        text: f.text,
                    })
                })
                .collect();
            let Some(first) = bars.first() else { continue };
            let name = self.config.text(&cluster.name, lang);
            let title = self.tr(
                lang,
                "chart_cluster_title",
                &[("cluster", name), ("metric", metric)],
            );
            let count = bars.len().to_string();
            let desc = self.tr(
                lang,
                "chart_cluster_desc",
                &[
                    ("first", &first.label),
                    ("value", &first.text),
                    ("count", &count),
                ],
            );
            let id = format!("chart-cluster-{}", cluster.slug);
            out.push(ClusterChartView {
                name,
                url: node.clusters[cl][lang.0].url.clone(),
                chart: charts::NARROW.bars(&id, (&title, &desc), &bars, max),
            });
        }
        out
    }
}
