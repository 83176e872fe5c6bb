//! A campaign's ranking in the orders a reader wants, without a script: a page per order
//! (by name in the reader's alphabet, by percent of target, by each metric), the table's
//! headings linking to them with `aria-sort`, and each row's place in every order, so that
//! the script that sorts in place shows exactly what those pages show.

use std::cmp::Ordering;

use super::result_views::{MetricHeading, OrderLink, RowView, SortView, SortedView};
use super::views::Views;
use crate::collate;
use crate::data::{Campaign, Unit};
use crate::graph::{CampaignNode, SortOrder};
use crate::lang::Lang;

/// Larger first, units without a figure last.
fn descending(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (a, b) => b.is_some().cmp(&a.is_some()),
    }
}

impl<'a> Views<'a> {
    /// The units of `c` in `order` (by rank when None); ties, and units without the figure
    /// ordered by, in the reader's alphabet.
    pub(super) fn units_in(
        &self,
        c: &Campaign,
        order: Option<SortOrder>,
        lang: Lang,
    ) -> Vec<usize> {
        let by = c.rank_by;
        let first = |a: &Unit, b: &Unit| match order {
            None => a
                .national_rank
                .unwrap_or(usize::MAX)
                .cmp(&b.national_rank.unwrap_or(usize::MAX)),
            Some(SortOrder::Name) => Ordering::Equal,
            Some(SortOrder::Percent) => descending(a.percent[by], b.percent[by]),
            Some(SortOrder::Metric(m)) => descending(
                a.values[m].map(|f| f.value as f64),
                b.values[m].map(|f| f.value as f64),
            ),
        };
        let mut units: Vec<usize> = (0..c.units.len()).collect();
        self.sort_units(c, &mut units, lang, first);
        units
    }

    /// Sorts `units` of `c` by `first`, then by name in the reader's alphabet, then by id.
    pub(super) fn sort_units(
        &self,
        c: &Campaign,
        units: &mut [usize],
        lang: Lang,
        first: impl Fn(&Unit, &Unit) -> Ordering,
    ) {
        let collator = collate::collator(self.config.code(lang));
        units.sort_by(|&a, &b| {
            let (a, b) = (&c.units[a], &c.units[b]);
            first(a, b)
                .then_with(|| {
                    collator.compare(
                        self.config.text(&a.name, lang),
                        self.config.text(&b.name, lang),
                    )
                })
                .then_with(|| a.id.cmp(&b.id))
        });
    }

    /// The ranking of `node` in the order at `shown` of its `sorted` (by rank when None):
    /// its rows, each with its place in every order, and the headings' links.
    pub(super) fn sorted_ranking(
        &self,
        node: &'a CampaignNode,
        shown: Option<usize>,
        lang: Lang,
    ) -> (Vec<RowView<'a>>, SortView<'a>) {
        let c = &node.data;
        let orders: Vec<Option<SortOrder>> = std::iter::once(None)
            .chain(node.sorted.iter().map(|(o, _)| Some(*o)))
            .collect();
        let mut places = vec![Vec::with_capacity(orders.len()); c.units.len()];
        let mut rows_order = Vec::new();
        for (i, &order) in orders.iter().enumerate() {
            let units = self.units_in(c, order, lang);
            for (place, &u) in units.iter().enumerate() {
                places[u].push(place.to_string());
            }
            if i == shown.map_or(0, |s| s + 1) {
                rows_order = units;
            }
        }
        let metrics = c.shown_metrics();
        let rows = rows_order
            .into_iter()
            .map(|u| {
                let rank = (c.units[u].national_rank, c.units[u].reported_rank.0);
                let mut row = self.row((node, &metrics), u, lang, rank);
                row.positions = places[u].join(" ");
                row
            })
            .collect();
        let current = shown.map(|s| node.sorted[s].0);
        let link = |i: usize| {
            let order = orders[i];
            OrderLink {
                index: i,
                url: match i {
                    0 => format!("{}#ranking", node.overview[lang.0].url),
                    _ => node.sorted[i - 1].1[lang.0].url.clone(),
                },
                direction: match order {
                    None | Some(SortOrder::Name) => "ascending",
                    _ => "descending",
                },
                current: order == current,
            }
        };
        let find = |o: SortOrder| orders.iter().position(|&x| x == Some(o)).map(link);
        let sort = SortView {
            label: self.order_label(c, current, lang),
            rank: link(0),
            name: find(SortOrder::Name).unwrap_or_else(|| link(0)),
            percent: find(SortOrder::Percent),
            metrics: metrics
                .iter()
                .map(|&m| MetricHeading {
                    metric: self.metric_view(&c.metrics[m], lang),
                    link: find(SortOrder::Metric(m)).unwrap_or_else(|| link(0)),
                })
                .collect(),
        };
        (rows, sort)
    }

    /// An order in words: `theo thứ hạng`, `theo tên đơn vị (A–Z)`, `theo Sáng kiến`.
    fn order_label(&self, c: &Campaign, order: Option<SortOrder>, lang: Lang) -> String {
        match order {
            None => self.tr(lang, "order_rank", &[]),
            Some(SortOrder::Name) => self.tr(lang, "order_name", &[]),
            Some(SortOrder::Percent) => self.tr(lang, "order_percent", &[]),
            Some(SortOrder::Metric(m)) => {
                let metric = self.config.text(&c.metrics[m].label, lang);
                self.tr(lang, "order_metric", &[("metric", metric)])
            }
        }
    }

    /// The page of `node`'s ranking in the order at `s` of its `sorted`.
    pub fn sorted(&self, node: &'a CampaignNode, s: usize, lang: Lang) -> SortedView<'a> {
        let c = &node.data;
        let (ranking, sort) = self.sorted_ranking(node, Some(s), lang);
        let metric = self.config.text(&c.metrics[c.rank_by].label, lang);
        SortedView {
            ranking,
            columns: self.columns(c),
            has_reported_ranks: c.has_reported_ranks(),
            caption: self.tr(
                lang,
                "ranking_caption_sorted",
                &[("metric", metric), ("order", &sort.label)],
            ),
            sort,
        }
    }
}
