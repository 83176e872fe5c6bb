//! A unit over time: on each of its pages, its results in every campaign of the site that has
//! it (or a unit it succeeded, `succeeded_by:`), newest first, each row its own campaign's
//! figures, labelled, never added together, with a small chart when they measure alike.

use serde::Serialize;

use super::charts::{self, Bar};
use super::results::figure;
use super::views::Views;
use crate::data::{Campaign, Unit, format};
use crate::graph::freeze::campaigns_newest_first;
use crate::lang::Lang;

/// One campaign's results of the unit, or of a unit it succeeded.
#[derive(Serialize)]
pub struct HistoryRow<'a> {
    pub campaign: &'a str,
    pub campaign_url: String,
    pub period: Option<String>,
    /// The unit's name in that campaign, and its page there.
    pub unit: &'a str,
    pub url: String,
    /// The campaign's ranking metric, and the unit's figure, percent of target and rank.
    pub metric: &'a str,
    pub value: Option<String>,
    /// The figure as a number, for the chart.
    #[serde(skip)]
    pub amount: Option<f64>,
    pub percent: Option<String>,
    pub rank: Option<String>,
    /// This page's campaign.
    pub current: bool,
    /// A unit this one succeeded (its own results, not this unit's).
    pub predecessor: bool,
}

#[derive(Serialize)]
pub struct HistoryView<'a> {
    pub rows: Vec<HistoryRow<'a>>,
    pub chart: Option<String>,
}

impl<'a> Views<'a> {
    /// The results of unit `u` of campaign `ci` in every campaign; none when it is in only one
    /// and succeeded no unit.
    pub fn history(&self, ci: usize, u: usize, lang: Lang) -> Option<HistoryView<'a>> {
        let campaigns = &self.graph.campaigns;
        let slug = &campaigns[ci].data.units[u].slug;
        let mut rows = Vec::new();
        let mut ids = Vec::new();
        for c in campaigns_newest_first(campaigns) {
            for (i, other) in campaigns[c].data.units.iter().enumerate() {
                let predecessor = other.succeeded_by.as_ref() == Some(slug);
                if &other.slug == slug || predecessor {
                    rows.push(self.history_row((c, i), c == ci && &other.slug == slug, lang));
                    rows.last_mut().expect("just pushed").predecessor = predecessor;
                    let data = &campaigns[c].data;
                    ids.push(data.metrics[data.rank_by].id.as_str());
                }
            }
        }
        if rows.len() < 2 {
            return None;
        }
        let alike = ids.iter().all(|id| *id == ids[0]);
        let chart = alike.then(|| self.history_chart(&rows, lang)).flatten();
        Some(HistoryView { rows, chart })
    }

    fn history_row(&self, (c, u): (usize, usize), current: bool, lang: Lang) -> HistoryRow<'a> {
        let node = &self.graph.campaigns[c];
        let data: &'a Campaign = &node.data;
        let unit: &'a Unit = &data.units[u];
        let loc = self.locales.get(lang);
        let by = data.rank_by;
        let years = |d: chrono::NaiveDate| chrono::Datelike::year(&d).to_string();
        let period = match (data.start.map(years), data.end.map(years)) {
            (Some(a), Some(b)) if a == b => Some(a),
            (Some(a), Some(b)) => Some(format!("{a}–{b}")),
            (a, b) => a.or(b),
        };
        let ranked = data
            .units
            .iter()
            .filter(|o| o.national_rank.is_some())
            .count();
        let rank = match (unit.reported_rank.0, unit.national_rank) {
            (Some(r), _) => Some(match data.units_expected {
                Some(n) => format!("{r}/{n}"),
                None => r.to_string(),
            }),
            (None, Some(r)) if data.complete() => Some(format!("{r}/{ranked}")),
            (None, Some(r)) => Some(format!(
                "{r}/{ranked} ({})",
                self.coverage(data, lang).rank_label
            )),
            (None, None) => None,
        };
        HistoryRow {
            campaign: self.short_name(data, lang),
            campaign_url: node.overview[lang.0].url.clone(),
            period,
            unit: self.config.text(&unit.name, lang),
            url: node.units[u][lang.0].url.clone(),
            metric: self.config.text(&data.metrics[by].label, lang),
            value: unit.values[by].map(|f| figure(&f, &data.metrics[by], loc).text),
            amount: unit.values[by].map(|f| f.value as f64),
            percent: unit.percent[by].map(|p| format::percent(p, loc)),
            rank,
            current,
            predecessor: false,
        }
    }

    /// Bars of the ranking metric, one per campaign, oldest last as in the table.
    fn history_chart(&self, rows: &[HistoryRow], lang: Lang) -> Option<String> {
        let bars: Vec<Bar> = rows
            .iter()
            .filter_map(|r| {
                let (text, value) = (r.value.clone()?, r.amount?);
                // The years are shorter than the campaigns' names, which the table gives.
                let when = r.period.clone().unwrap_or_else(|| r.campaign.to_owned());
                let label = match r.predecessor {
                    true => format!("{when} · {}", r.unit),
                    false => when,
                };
                Some(Bar { label, value, text })
            })
            .collect();
        let first = bars.first()?;
        Some(charts::bars(
            "chart-history",
            &self.tr(lang, "history_chart_title", &[("metric", rows[0].metric)]),
            &self.tr(
                lang,
                "history_chart_desc",
                &[("first", &first.label), ("value", &first.text)],
            ),
            &bars,
        ))
    }
}
