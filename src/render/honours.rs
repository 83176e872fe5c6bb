//! The honours of a campaign in the reader's words: the honour roll (totals per award and per
//! unit, then the recipients named, by award and unit in the reader's alphabetical order) and
//! each unit page's honours.

use serde::Serialize;

use super::views::{SourceView, Views};
use crate::collate;
use crate::data::Campaign;
use crate::data::format;
use crate::data::honours::{self, Award, Honour, Recipient, RecipientKind};
use crate::graph::CampaignNode;
use crate::lang::{Lang, Localized};

/// One award with its totals over the campaign's units.
#[derive(Serialize)]
pub struct AwardView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub giver: Option<&'a str>,
    /// `national`, `province`, `sector` or `unit`: the theme words it (`award_level_<level>`).
    pub level: Option<&'static str>,
    pub collectives: String,
    pub individuals: String,
    /// Collectives and individuals together.
    pub all: String,
    /// Units that list it.
    pub units: usize,
    /// Recipients named.
    pub named: usize,
}

/// One recipient as the file names them.
#[derive(Serialize)]
pub struct RecipientView<'a> {
    pub name: &'a str,
    pub kind: Option<&'static str>,
    pub workplace: Option<&'a str>,
    pub initiative: Option<&'a str>,
}

/// An award given to one unit: its count in words, and whom the file names.
#[derive(Serialize)]
pub struct UnitHonourView<'a> {
    pub award: &'a str,
    pub award_id: &'a str,
    pub giver: Option<&'a str>,
    pub level: Option<&'static str>,
    /// `34 tập thể, 54 cá nhân` or, when the source does not tell them apart, `247`.
    pub count: String,
    pub date: Option<String>,
    pub recipients: Vec<RecipientView<'a>>,
    /// Fewer recipients named than counted: the list is partial.
    pub partial: bool,
    pub source: Option<SourceView<'a>>,
}

/// A unit's line of the honour roll: per award of the campaign, its count in words.
#[derive(Serialize)]
pub struct UnitRowView<'a> {
    pub name: &'a str,
    pub url: String,
    pub counts: Vec<Option<String>>,
}

/// The recipients a unit's file names for one award.
#[derive(Serialize)]
pub struct UnitRecipientsView<'a> {
    pub unit: &'a str,
    pub url: String,
    pub recipients: Vec<RecipientView<'a>>,
    pub partial: bool,
    pub count: String,
}

/// The units that name recipients of one award.
#[derive(Serialize)]
pub struct AwardGroupView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub units: Vec<UnitRecipientsView<'a>>,
}

/// What `honours.html` receives.
#[derive(Serialize)]
pub struct HonoursView<'a> {
    pub url: String,
    pub csv_url: String,
    pub json_url: String,
    pub awards: Vec<AwardView<'a>>,
    /// The units with honours, in the reader's alphabetical order.
    pub units: Vec<UnitRowView<'a>>,
    pub groups: Vec<AwardGroupView<'a>>,
}

fn kind_name(k: RecipientKind) -> &'static str {
    match k {
        RecipientKind::Collective => "collective",
        RecipientKind::Individual => "individual",
    }
}

impl<'a> Views<'a> {
    /// A campaign's honour roll in `lang`.
    pub fn honours(&self, node: &'a CampaignNode, lang: Lang) -> HonoursView<'a> {
        let c = &node.data;
        let loc = self.locales.get(lang);
        let n = |v: i64| format::count(v as f64, loc);
        let totals = honours::totals(&c.awards, c.units.iter().map(|u| u.honours.as_slice()));
        let awards = c
            .awards
            .iter()
            .zip(&totals)
            .map(|(a, t)| AwardView {
                id: &a.id,
                name: self.config.text(&a.name, lang),
                giver: a.giver.as_ref().map(|g| self.config.text(g, lang)),
                level: a.level.map(|l| l.as_str()),
                collectives: n(t.collectives),
                individuals: n(t.individuals),
                all: n(t.all),
                units: t.units,
                named: t.named,
            })
            .collect();
        let mut named: Vec<(usize, &'a str)> = (0..c.units.len())
            .filter(|&u| !c.units[u].honours.is_empty())
            .map(|u| (u, self.config.text(&c.units[u].name, lang)))
            .collect();
        collate::sort_by_name(&mut named, self.code(lang), |(_, name)| name);
        let honoured: Vec<usize> = named.iter().map(|(u, _)| *u).collect();
        let units = named
            .iter()
            .map(|&(u, name)| UnitRowView {
                name,
                url: node.units[u][lang.0].url.clone(),
                counts: (0..c.awards.len())
                    .map(|a| self.award_count(&c.units[u].honours, a, lang))
                    .collect(),
            })
            .collect();
        HonoursView {
            url: node.honours[lang.0].url.clone(),
            csv_url: node.honours_csv[lang.0].url.clone(),
            json_url: node.honours_json[lang.0].url.clone(),
            awards,
            units,
            groups: self.groups(node, &honoured, lang),
        }
    }

    /// Per award, the units (in `order`) whose files name recipients of it.
    fn groups(
        &self,
        node: &'a CampaignNode,
        order: &[usize],
        lang: Lang,
    ) -> Vec<AwardGroupView<'a>> {
        let c: &'a Campaign = &node.data;
        c.awards
            .iter()
            .enumerate()
            .map(|(a, award)| AwardGroupView {
                id: &award.id,
                name: self.config.text(&award.name, lang),
                units: order
                    .iter()
                    .flat_map(|&u| {
                        let unit = &c.units[u];
                        unit.honours
                            .iter()
                            .filter(move |h| h.award == a && !h.recipients.is_empty())
                            .map(move |h| UnitRecipientsView {
                                unit: self.config.text(&unit.name, lang),
                                url: node.units[u][lang.0].url.clone(),
                                recipients: self.recipients(&h.recipients, lang),
                                partial: h.partial(),
                                count: self.honour_count(h, lang),
                            })
                    })
                    .collect(),
            })
            .filter(|g| !g.units.is_empty())
            .collect()
    }

    /// A unit's honours in `lang`, in the order its file lists them.
    pub fn unit_honours(
        &self,
        c: &'a Campaign,
        honours: &'a [Honour],
        lang: Lang,
    ) -> Vec<UnitHonourView<'a>> {
        let loc = self.locales.get(lang);
        honours
            .iter()
            .map(|h| {
                let award: &'a Award = &c.awards[h.award];
                UnitHonourView {
                    award: self.config.text(&award.name, lang),
                    award_id: &award.id,
                    giver: award.giver.as_ref().map(|g| self.config.text(g, lang)),
                    level: award.level.map(|l| l.as_str()),
                    count: self.honour_count(h, lang),
                    date: h.date.map(|d| crate::dates::format_day(d, loc)),
                    recipients: self.recipients(&h.recipients, lang),
                    partial: h.partial(),
                    source: h.source.as_ref().map(|s| self.source(s, lang)),
                }
            })
            .collect()
    }

    /// The recipients in the reader's alphabetical order.
    fn recipients(&self, list: &'a [Recipient], lang: Lang) -> Vec<RecipientView<'a>> {
        let text = |l: &'a Localized| self.config.text(l, lang);
        let mut out: Vec<RecipientView<'a>> = list
            .iter()
            .map(|r| RecipientView {
                name: text(&r.name),
                kind: r.kind.map(kind_name),
                workplace: r.workplace.as_ref().map(text),
                initiative: r.initiative.as_ref().map(text),
            })
            .collect();
        collate::sort_by_name(&mut out, self.code(lang), |r| r.name);
        out
    }

    /// The count of award `a` among a unit's `honours`, in words; none when it has none.
    fn award_count(&self, honours: &[Honour], a: usize, lang: Lang) -> Option<String> {
        let given: Vec<String> = honours
            .iter()
            .filter(|h| h.award == a)
            .map(|h| self.honour_count(h, lang))
            .collect();
        (!given.is_empty()).then(|| given.join("; "))
    }

    /// `34 tập thể, 54 cá nhân`; only the total (`247 tập thể và cá nhân`) when the source
    /// does not tell them apart.
    pub fn honour_count(&self, h: &Honour, lang: Lang) -> String {
        let loc = self.locales.get(lang);
        let n = |v: i64| format::count(v as f64, loc);
        // `<key>_one` where the language has a singular of its own ("1 individual").
        let words = |key: &str, v: i64| {
            let one = self.tr(lang, &format!("{key}_one"), &[("count", &n(v))]);
            match v == 1 && !one.is_empty() {
                true => one,
                false => self.tr(lang, key, &[("count", &n(v))]),
            }
        };
        let mut parts = Vec::new();
        if let Some(v) = h.collectives {
            parts.push(words("honours_collectives", v));
        }
        if let Some(v) = h.individuals {
            parts.push(words("honours_individuals", v));
        }
        match (h.total, parts.len()) {
            (Some(t), 0) => words("honours_both", t),
            (Some(t), _) => format!("{} ({})", words("honours_both", t), parts.join(", ")),
            (None, _) => parts.join(", "),
        }
    }
}
