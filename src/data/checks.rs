//! Consistency of published figures: the contradictions a reader would catch. Each problem names
//! the file and the line of the figure, shows both figures and says what to do. Warnings in
//! `build`, errors in `check`.

use chrono::NaiveDate;

use super::format;
use super::schema::{MetricKind, Qualifier};
use super::{Campaign, Unit};
use crate::diagnostics::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::messages::{Arg, Message};
use crate::msg;

/// How long after a campaign's end its final figures may still be dated.
const REPORTING_DAYS: i64 = 366;

/// Problems found in `c`, as of `today`. Figures are shown in `l`'s notation.
pub fn check(c: &Campaign, today: NaiveDate, l: &Locale) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let (Some(start), Some(end)) = (c.start, c.end)
        && start > end
    {
        out.push(Diagnostic::warning(
            &c.source,
            c.places.start,
            msg!(
                "data-campaign-dates-reversed",
                start = start.to_string(),
                end = end.to_string()
            ),
        ));
    }
    check_campaign_figures(c, l, &mut out);
    for u in &c.units {
        check_figures(c, u, l, &mut out);
        check_ranks(c, u, &mut out);
        check_dates(c, u, today, &mut out);
    }
    // A unit whose file has errors is not ranked, but its own figures still agree or not.
    for u in &c.with_errors {
        check_figures(c, u, l, &mut out);
        check_dates(c, u, today, &mut out);
    }
    let too_many = c.units_expected.is_some_and(|n| c.units.len() > n as usize);
    if !c.complete() && !too_many && c.units.iter().any(|u| u.reported_rank != (None, None)) {
        let present = c.units.len();
        let text = match c.units_expected {
            Some(expected) => msg!(
                "data-ranks-unverified",
                present = present,
                expected = expected
            ),
            None => msg!("data-ranks-unverified-unknown", present = present),
        };
        out.push(Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(&c.source, c.places.units_expected, text)
        });
    }
    out
}

/// More unit files than expected, targets that cannot be reached, published totals that are
/// negative or smaller than what the units present add up to.
fn check_campaign_figures(c: &Campaign, l: &Locale, out: &mut Vec<Diagnostic>) {
    let warn = |pos, text: Message| Diagnostic::warning(&c.source, pos, text);
    if let Some(n) = c.units_expected.filter(|n| c.units.len() > *n as usize) {
        out.push(warn(
            c.places.units_expected,
            msg!("data-too-many-units", expected = n, present = c.units.len()),
        ));
    }
    for (m, metric) in c.metrics.iter().enumerate() {
        let id = &metric.id;
        if let Some(t) = c.target[m].filter(|t| *t <= 0) {
            out.push(warn(
                c.places.target[m],
                msg!("data-target-not-positive", metric = id.as_str(), target = t),
            ));
        }
        let Some(published) = c.reported_totals[m] else {
            continue;
        };
        if published.value < 0 {
            out.push(warn(
                c.places.reported_totals[m],
                msg!(
                    "data-total-negative",
                    metric = id.as_str(),
                    total = fig_arg(c, m, published.value, l)
                ),
            ));
        }
        let exact = matches!(published.qualifier, None | Some(Qualifier::Under));
        if let Some(sum) = c.totals[m].filter(|s| exact && s.value > published.value) {
            out.push(warn(
                c.places.reported_totals[m],
                msg!(
                    "data-total-below-units",
                    metric = id.as_str(),
                    total = fig_arg(c, m, published.value, l),
                    present = c.units.len(),
                    sum = fig_arg(c, m, sum.value, l)
                ),
            ));
        }
    }
}

/// A figure of metric `m` in the reader's notation.
fn fig(c: &Campaign, m: usize, v: i64, l: &Locale) -> String {
    format::amount(v, c.metrics[m].kind, &c.metrics[m].currency, l)
}

fn check_figures(c: &Campaign, u: &Unit, l: &Locale, out: &mut Vec<Diagnostic>) {
    let warn = |pos, text: Message| Diagnostic::warning(&u.source, pos, text);
    for (m, metric) in c.metrics.iter().enumerate() {
        let id = metric.id.as_str();
        let negative = |v: i64| {
            msg!(
                "data-figure-negative",
                metric = id,
                value = fig_arg(c, m, v, l)
            )
        };
        let negative_total = u.values[m].filter(|v| v.value < 0);
        if let Some(v) = negative_total {
            out.push(warn(u.places.values[m], negative(v.value)));
        }
        if let Some(t) = u.target[m].filter(|t| *t <= 0) {
            out.push(warn(
                u.places.target[m],
                msg!("data-target-not-positive", metric = id, target = t),
            ));
        }
        for (i, part) in u.breakdown.iter().enumerate() {
            if let Some(v) = part.values[m].filter(|v| v.value < 0) {
                out.push(warn(u.places.parts[i][m], negative(v.value)));
            }
        }
        if negative_total.is_some() {
            // The negative figure is the problem; sums and percents of it would only repeat it.
            continue;
        }
        let parts: Vec<i64> = u
            .breakdown
            .iter()
            .filter_map(|p| p.values[m])
            .map(|f| f.value)
            .collect();
        if let (Some(total), false) = (u.values[m], parts.is_empty()) {
            let sum = parts.iter().fold(0i64, |a, b| a.saturating_add(*b));
            let open_ended = matches!(total.qualifier, Some(Qualifier::Over | Qualifier::About));
            if sum > total.value && !open_ended {
                out.push(warn(
                    u.places.breakdown,
                    msg!(
                        "data-breakdown-over-total",
                        metric = id,
                        sum = fig_arg(c, m, sum, l),
                        total = fig_arg(c, m, total.value, l)
                    ),
                ));
            }
        }
        if let Some(msg) = percent_problem(c, u, m, l) {
            out.push(Diagnostic::warning(
                &u.source,
                u.places.reported_percent[m],
                msg,
            ));
        }
    }
}

/// `value` rounded to `decimals` decimals.
pub fn rounded(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals.min(12) as i32);
    (value * scale).round() / scale
}

/// Whether `published` (written with `decimals` decimals) is `exact` rounded.
pub fn rounds_to(exact: f64, published: f64, decimals: u32) -> bool {
    (rounded(exact, decimals) - published).abs() < 1e-9
}

/// A figure of metric `m` as an argument of a message: a count in the message's notation,
/// money in the words of the site's language.
fn fig_arg(c: &Campaign, m: usize, v: i64, l: &Locale) -> Arg {
    match c.metrics[m].kind {
        MetricKind::Count => Arg::Int(v),
        MetricKind::Money => Arg::Text(fig(c, m, v, l)),
    }
}

/// A published percent that is not the computed one rounded as it was written.
fn percent_problem(c: &Campaign, u: &Unit, m: usize, l: &Locale) -> Option<Message> {
    let (reported, computed) = (u.reported_percent[m]?, u.percent[m]?);
    if rounds_to(computed, reported.value, reported.decimals) {
        return None;
    }
    let d = reported.decimals;
    let digits = d as usize;
    let shown = |v: f64| Arg::Decimal(rounded(v, d), digits);
    let hint = match rounds_to(computed - 100.0, reported.value, d) {
        true => msg!(
            "data-percent-hint-exceeded",
            reported = shown(reported.value),
            computed = shown(computed),
            write = rounded(computed, d).to_string()
        ),
        false => msg!("nothing"),
    };
    Some(msg!(
        "data-percent-contradicts",
        metric = c.metrics[m].id.as_str(),
        reported = shown(reported.value),
        value = fig_arg(c, m, u.values[m].map_or(0, |f| f.value), l),
        target = fig_arg(c, m, u.target[m].unwrap_or(0), l),
        computed = Arg::Decimal(rounded(computed, d.max(1)), digits.max(1)),
        hint = hint
    ))
}

fn check_ranks(c: &Campaign, u: &Unit, out: &mut Vec<Diagnostic>) {
    if !c.complete() {
        return;
    }
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
            msg!("data-rank-national"),
            u.reported_rank.0,
            u.national_rank,
            tied(&|_| true),
            0,
        ),
        (
            msg!("data-rank-cluster"),
            u.reported_rank.1,
            u.cluster_rank,
            tied(&|o| o.cluster == u.cluster),
            1,
        ),
    ];
    for (which, reported, computed, ties, place) in checks {
        if let (Some(r), Some(k)) = (reported, computed)
            && !(k..k + ties.max(1)).contains(&(r as usize))
        {
            out.push(Diagnostic::warning(
                &u.source,
                u.places.rank[place],
                msg!(
                    "data-rank-contradicts",
                    which = which,
                    reported = r,
                    metric = c.metrics[c.rank_by].id.as_str(),
                    computed = k
                ),
            ));
        }
    }
}

fn check_dates(c: &Campaign, u: &Unit, today: NaiveDate, out: &mut Vec<Diagnostic>) {
    let Some(d) = u.as_of else { return };
    let warn = |text: Message| Diagnostic::warning(&u.source, u.places.as_of, text);
    if d > today {
        out.push(warn(msg!(
            "data-as-of-future",
            date = d.to_string(),
            today = today.to_string()
        )));
    }
    // A campaign that starts after its end is reported once, not again for each unit.
    let dates_agree = !matches!((c.start, c.end), (Some(s), Some(e)) if s > e);
    if let Some(start) = c.start.filter(|s| dates_agree && d < *s) {
        out.push(warn(msg!(
            "data-as-of-before-start",
            date = d.to_string(),
            start = start.to_string()
        )));
    }
    if let Some(end) = c
        .end
        .filter(|e| dates_agree && (d - *e).num_days() > REPORTING_DAYS)
    {
        out.push(warn(msg!(
            "data-as-of-long-after-end",
            date = d.to_string(),
            end = end.to_string()
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_percents_are_compared_as_they_were_rounded() {
        let cases = [
            (159.391, 159.0, 0, true),
            (159.391, 159.4, 1, true),
            (159.391, 159.39, 2, true),
            (159.391, 160.0, 0, false),
            (159.391, 159.3, 1, false),
            (335.215, 335.0, 0, true),
            (335.215, 235.0, 0, false),
        ];
        for (exact, published, decimals, ok) in cases {
            assert_eq!(
                rounds_to(exact, published, decimals),
                ok,
                "{exact} as {published}"
            );
        }
    }
}
