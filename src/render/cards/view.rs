//! The template contract of `card.svg`: what a campaign's, a unit's or an article's share card
//! says, every figure already written in the page's language, the title already in lines.

use serde::Serialize;

use super::fonts::Fonts;
use crate::data::format;
use crate::graph::{PageKind, SiteGraph};
use crate::lang::Lang;
use crate::render::results::figure;
use crate::render::views::Views;

/// The size of every card, the size Open Graph and Twitter ask for.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The title's sizes in pixels (the largest in which it fits), its lines at most, and the
/// margin around the card's text.
const TITLE_SIZES: [f32; 3] = [60.0, 52.0, 44.0];
const TITLE_LINES: usize = 3;
const MARGIN: f32 = 64.0;
/// The width of an article's photo, at the card's right edge.
const PHOTO_WIDTH: f32 = 480.0;

/// `card` in `card.svg`.
#[derive(Serialize)]
pub struct CardSvg<'a> {
    pub width: u32,
    pub height: u32,
    /// The family of the theme's fonts.
    pub font: &'a str,
    pub site: &'a str,
    /// `campaign`, `unit` or `article`.
    pub kind: &'static str,
    /// The whole title, and the same in at most three lines that fit, in pixels of `title_size`
    /// one `title_step` below the other.
    pub title: &'a str,
    pub title_size: f32,
    pub title_step: f32,
    pub lines: Vec<String>,
    /// Above the title: a unit's campaign, an article's date, a campaign's organizer.
    pub kicker: Option<String>,
    /// "Hạng 25/82", "Rank 25 of 82".
    pub rank: Option<String>,
    /// What a rank computed from some units counts: "Hạng giữa 5/82 đơn vị có số liệu".
    pub rank_note: Option<String>,
    /// The units with figures: "5/82 đơn vị có số liệu".
    pub units: Option<String>,
    /// The ranking metric and its figure ("Số sáng kiến", "600.175 sáng kiến").
    pub metric: Option<&'a str>,
    pub figure: Option<String>,
    /// "đạt 95,2% chỉ tiêu", and the length in pixels of the bar that shows it ("803.8").
    pub percent: Option<String>,
    pub bar: Option<String>,
    /// An article's photo: a file of the photo cache (the card is drawn with that folder as
    /// its resources).
    pub photo: Option<String>,
}

impl CardSvg<'_> {
    /// The card in words, for `og:image:alt`.
    pub fn alt(&self) -> String {
        let mut parts = vec![self.title.to_owned()];
        let figure = match (self.metric, &self.figure) {
            (Some(m), Some(f)) => Some(format!("{m}: {f}")),
            _ => None,
        };
        parts.extend(self.kicker.iter().cloned());
        parts.extend(self.rank.iter().cloned());
        parts.extend(self.rank_note.iter().cloned());
        parts.extend(figure);
        parts.extend(self.percent.iter().cloned());
        parts.extend(self.units.iter().cloned());
        parts.join(" · ")
    }
}

/// The card of a page, when its kind of page has one: a campaign's overview, a unit, an article.
pub fn card<'a>(
    views: &Views<'a>,
    fonts: &'a Fonts,
    kind: &PageKind,
    lang: Lang,
) -> Option<CardSvg<'a>> {
    let base = |kind, title: &'a str, width| {
        let (title_size, lines) = fit(fonts, title, width);
        CardSvg {
            width: WIDTH,
            height: HEIGHT,
            font: &fonts.family,
            site: views.config.text(&views.config.title, lang),
            kind,
            title,
            title_size,
            title_step: (title_size * 1.17).round(),
            lines,
            kicker: None,
            rank: None,
            rank_note: None,
            units: None,
            metric: None,
            figure: None,
            percent: None,
            bar: None,
            photo: None,
        }
    };
    let full = WIDTH as f32 - 2.0 * MARGIN;
    match *kind {
        PageKind::Campaign(c) => Some(campaign(
            views,
            c,
            lang,
            base("campaign", name(views, c, lang), full),
        )),
        PageKind::Unit { c, u } => {
            let title = views
                .config
                .text(&views.graph.campaigns[c].data.units[u].name, lang);
            Some(unit(views, (c, u), lang, base("unit", title, full)))
        }
        PageKind::Article(id) => {
            let a = &views.graph.articles[id];
            let photo = photo_file(views.graph, id);
            let width = match photo {
                Some(_) => full - PHOTO_WIDTH,
                None => full,
            };
            let loc = views.locales.get(lang);
            Some(CardSvg {
                kicker: Some(crate::dates::format_short(
                    &a.date,
                    loc,
                    views.config.timezone,
                )),
                photo,
                ..base("article", &a.title, width)
            })
        }
        _ => None,
    }
}

/// The title in the largest size in which it fits in its lines, else cut in the smallest.
fn fit(fonts: &Fonts, title: &str, width: f32) -> (f32, Vec<String>) {
    let mut last = (0.0, Vec::new());
    for size in TITLE_SIZES {
        let measure = fonts.measure(size, true);
        let lines = super::wrap::lines(title, width, TITLE_LINES, |s| measure.width(s));
        let cut = lines
            .last()
            .is_some_and(|l| l.ends_with('…') && !title.ends_with('…'));
        if !cut {
            return (size, lines);
        }
        last = (size, lines);
    }
    last
}

fn name<'a>(views: &Views<'a>, c: usize, lang: Lang) -> &'a str {
    views.config.text(&views.graph.campaigns[c].data.name, lang)
}

/// A campaign's card: its name, its units with figures, the headline total against its target.
fn campaign<'a>(views: &Views<'a>, ci: usize, lang: Lang, card: CardSvg<'a>) -> CardSvg<'a> {
    let c = &views.graph.campaigns[ci].data;
    let (loc, by) = (views.locales.get(lang), c.rank_by);
    let metric = &c.metrics[by];
    let total = c.reported_totals[by].or(c.totals[by]);
    let progress = c.progress[by];
    CardSvg {
        kicker: c
            .organizer
            .as_ref()
            .map(|o| views.config.text(o, lang).to_owned()),
        units: Some(units(views, c, lang)),
        metric: Some(views.config.text(&metric.label, lang)),
        figure: total.map(|f| figure(&f, metric, loc).text),
        percent: progress.map(|p| {
            let percent = format::qualified_percent(p.percent, p.qualifier, loc);
            views.tr(lang, "card_of_target", &[("percent", &percent)])
        }),
        bar: progress.map(|p| bar(p.percent)),
        ..card
    }
}

/// "5/82 đơn vị có số liệu", or the units present when the campaign does not say how many.
fn units(views: &Views, c: &crate::data::Campaign, lang: Lang) -> String {
    let present = c.units.len().to_string();
    match c.units_expected {
        Some(expected) => views.tr(
            lang,
            "card_units",
            &[("present", &present), ("expected", &expected.to_string())],
        ),
        None => views.tr(lang, "card_units_present", &[("present", &present)]),
    }
}

/// A unit's card: its name, its campaign, its rank (with what it counts when some units are
/// missing), its figure of the ranking metric and its percent of target.
fn unit<'a>(
    views: &Views<'a>,
    (ci, u): (usize, usize),
    lang: Lang,
    card: CardSvg<'a>,
) -> CardSvg<'a> {
    let c = &views.graph.campaigns[ci].data;
    let (loc, by) = (views.locales.get(lang), c.rank_by);
    let unit = &c.units[u];
    let metric = &c.metrics[by];
    let ranked = c.units.iter().filter(|o| o.national_rank.is_some()).count();
    // A published rank is the official one; a computed one says what it counts.
    let (rank, count) = match (unit.reported_rank.0, unit.national_rank) {
        (Some(r), _) => (
            Some(r as usize),
            c.units_expected.map_or(ranked, |n| n as usize),
        ),
        (None, r) => (r, ranked),
    };
    let computed = unit.reported_rank.0.is_none() && rank.is_some();
    CardSvg {
        kicker: Some(views.short_name(c, lang).to_owned()),
        rank: rank.map(|r| {
            let (r, n) = (r.to_string(), count.to_string());
            views.tr(lang, "card_rank", &[("rank", &r), ("count", &n)])
        }),
        rank_note: (computed && !c.complete()).then(|| views.coverage(c, lang).rank_label),
        metric: Some(views.config.text(&metric.label, lang)),
        figure: unit.values[by].map(|f| figure(&f, metric, loc).text),
        percent: unit.percent[by].map(|p| {
            let percent = format::percent(p, loc);
            views.tr(lang, "card_of_target", &[("percent", &percent)])
        }),
        bar: unit.percent[by].map(bar),
        ..card
    }
}

/// The length of the bar of a percent of target, in pixels of the card's width less margins.
fn bar(percent: f64) -> String {
    let full = WIDTH as f64 - 2.0 * MARGIN as f64;
    format!("{:.1}", (percent / 100.0).clamp(0.0, 1.0) * full)
}

/// The file of an article's photo in the photo cache: its variant wide enough for the card.
fn photo_file(graph: &SiteGraph, id: usize) -> Option<String> {
    let t = graph.articles[id].thumbnail.as_ref()?;
    let v = t.photo.variant(crate::images::MIDDLE);
    v.file.file_name().map(|n| n.to_string_lossy().into_owned())
}
