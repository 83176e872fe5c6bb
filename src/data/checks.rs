//! Consistency of published figures: the contradictions a reader would catch. Each problem names
//! the file and line and shows both figures. Warnings in `build`, errors in `check`.

use chrono::NaiveDate;

use super::format;
use super::schema::Qualifier;
use super::{Campaign, Unit};
use crate::diagnostics::{Diagnostic, Pos, Severity};
use crate::yaml;

/// A reported percent may differ from the computed one by rounding, not more.
const PERCENT_TOLERANCE: f64 = 1.0;

/// Problems found in `c`, as of `today`. Figures are shown in `code`'s notation.
pub fn check(c: &Campaign, today: NaiveDate, code: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for u in &c.units {
        check_unit(c, u, today, code, &mut out);
    }
    if !c.complete() && c.units.iter().any(|u| u.reported_rank != (None, None)) {
        let expected = c
            .units_expected
            .map_or_else(|| "an unknown number of".to_owned(), |n| n.to_string());
        out.push(Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(
                &c.source,
                yaml::key_pos(&c.text, &["units_expected"]).unwrap_or(Pos::UNKNOWN),
                format!(
                    "reported ranks cannot be verified yet: {} of {expected} expected units are present",
                    c.units.len()
                ),
            )
        });
    }
    out
}

fn check_unit(c: &Campaign, u: &Unit, today: NaiveDate, code: &str, out: &mut Vec<Diagnostic>) {
    let at = |path: &[&str]| yaml::key_pos(&u.text, path).unwrap_or(Pos::UNKNOWN);
    let warn = |pos: Pos, msg: String| Diagnostic::warning(&u.source, pos, msg);
    let fig = |m: usize, v: f64| match c.metrics[m].kind {
        super::schema::MetricKind::Count => format::count(v, code),
        super::schema::MetricKind::Money => format::money(v, &c.metrics[m].currency, code),
    };
    for (m, metric) in c.metrics.iter().enumerate() {
        let id = metric.id.as_str();
        if let Some(v) = u.values[m].filter(|v| v.value < 0.0) {
            out.push(warn(
                at(&["values", id]),
                format!("{id} is {}; a figure cannot be negative", fig(m, v.value)),
            ));
        }
        for (i, part) in u.breakdown.iter().enumerate() {
            if let Some(v) = part.values[m].filter(|v| v.value < 0.0) {
                let item = format!("#{i}");
                out.push(warn(
                    at(&["breakdown", &item, "values", id]),
                    format!("{id} is {}; a figure cannot be negative", fig(m, v.value)),
                ));
            }
        }
        let parts: Vec<f64> = u
            .breakdown
            .iter()
            .filter_map(|p| p.values[m])
            .map(|f| f.value)
            .collect();
        if let (Some(total), false) = (u.values[m], parts.is_empty()) {
            let sum: f64 = parts.iter().sum();
            let open_ended = matches!(total.qualifier, Some(Qualifier::Over | Qualifier::About));
            if sum > total.value && !open_ended {
                out.push(warn(
                    at(&["breakdown"]),
                    format!(
                        "the breakdown's {id} add up to {}, more than the unit's total of {}; check the parts and the total",
                        fig(m, sum),
                        fig(m, total.value)
                    ),
                ));
            }
        }
        if let (Some(reported), Some(computed)) = (u.reported_percent[m], u.percent[m])
            && (reported - computed).abs() >= PERCENT_TOLERANCE
        {
            let value = u.values[m].map_or(0.0, |f| f.value);
            out.push(warn(
                    at(&["reported", "percent_of_target", id]),
                    format!(
                        "the reported percent of target for {id} is {}%, but {} of a target of {} is {}; check the figures (\"vượt 209%\" may mean 309%)",
                        format::count(reported, code),
                        fig(m, value),
                        fig(m, u.target[m].unwrap_or(0.0)),
                        format::percent(computed, code)
                    ),
                ));
        }
    }
    if c.complete() {
        let value = u.values[c.rank_by].map(|f| f.value);
        // Units tied with this one: a source may number them 2 and 3 where the ranking says 2, 2.
        let tied = |same_group: &dyn Fn(&Unit) -> bool| {
            c.units
                .iter()
                .filter(|o| same_group(o) && o.values[c.rank_by].map(|f| f.value) == value)
                .count()
        };
        let checks = [
            (
                "national",
                u.reported_rank.0,
                u.national_rank,
                tied(&|_| true),
            ),
            (
                "cluster",
                u.reported_rank.1,
                u.cluster_rank,
                tied(&|o| o.cluster == u.cluster),
            ),
        ];
        for (which, reported, computed, ties) in checks {
            if let (Some(r), Some(k)) = (reported, computed)
                && !(k..k + ties.max(1)).contains(&(r as usize))
            {
                out.push(warn(
                    at(&["reported", "rank", which]),
                    format!(
                        "the reported {which} rank is {r}, but by {} the unit ranks {k}; check the rank or the figures",
                        c.metrics[c.rank_by].id
                    ),
                ));
            }
        }
    }
    if let Some(d) = u.as_of.filter(|d| *d > today) {
        out.push(warn(
            at(&["as_of"]),
            format!("as_of {d} is after today ({today}); figures cannot be reported ahead of time"),
        ));
    }
}
