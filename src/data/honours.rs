//! Who a campaign honoured: the awards campaign.yaml declares and the honours each unit file
//! lists (counts of collectives and individuals, and often a partial list of recipients),
//! read with the place of every value and checked against each other.

use chrono::NaiveDate;
use indexmap::IndexMap;

use super::problems::{Problems, dotted, is_web_address, required, whole_at};
use super::schema::Source;
pub use super::schema::{AwardLevel, RawAward, RawHonour, RawRecipient, RecipientKind};
use crate::diagnostics::Pos;
use crate::lang::Localized;
use crate::msg;
use crate::yaml::Doc;

/// An award the campaign honours with.
#[derive(Debug, Clone)]
pub struct Award {
    pub id: String,
    pub name: Localized,
    pub giver: Option<Localized>,
    pub level: Option<AwardLevel>,
}

/// One recipient of an honour, as far as the file names them.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub name: Localized,
    pub kind: Option<RecipientKind>,
    pub workplace: Option<Localized>,
    pub initiative: Option<Localized>,
}

/// An award given to some of a unit's collectives and individuals.
#[derive(Debug, Clone)]
pub struct Honour {
    /// Index in the campaign's awards.
    pub award: usize,
    pub collectives: Option<i64>,
    pub individuals: Option<i64>,
    /// Collectives and individuals together, as a source that does not tell them apart
    /// gives it ("247 tập thể, cá nhân").
    pub total: Option<i64>,
    pub date: Option<NaiveDate>,
    /// Often fewer than counted: lists are often partial.
    pub recipients: Vec<Recipient>,
    pub source: Option<Source>,
}

/// The ids of `awards` for a message, `-` when there is none.
pub fn declared(awards: &[Award]) -> String {
    let ids: Vec<&str> = awards.iter().map(|a| a.id.as_str()).collect();
    match ids.is_empty() {
        true => "-".to_owned(),
        false => ids.join(", "),
    }
}

impl Honour {
    /// Whether the file names some recipients, but fewer than counted.
    pub fn partial(&self) -> bool {
        !self.recipients.is_empty() && (self.recipients.len() as i64) < self.count()
    }

    /// Collectives and individuals together.
    pub fn count(&self) -> i64 {
        self.total
            .unwrap_or(self.collectives.unwrap_or(0) + self.individuals.unwrap_or(0))
    }
}

/// The awards of campaign.yaml, each with a name.
pub fn awards(raw: &IndexMap<String, RawAward>, doc: &Doc, problems: &mut Problems) -> Vec<Award> {
    raw.iter()
        .map(|(id, a)| {
            required(doc, &["awards", id], "name", problems);
            Award {
                id: id.clone(),
                name: a.name.clone().unwrap_or_else(|| Localized::All(id.clone())),
                giver: a.giver.clone(),
                level: a.level,
            }
        })
        .collect()
}

/// The honours of a unit file, checked against the campaign's `awards`: each names a declared
/// award and counts at least one collective or individual, no count is negative, and no more
/// recipients are listed than counted. An honour with a problem is left out.
pub fn honours(
    awards: &[Award],
    raw: &[RawHonour],
    doc: &Doc,
    problems: &mut Problems,
) -> Vec<Honour> {
    let mut out = Vec::new();
    for (i, h) in raw.iter().enumerate() {
        let item = format!("#{i}");
        let at = |key: &'static str| ["honours", item.as_str(), key];
        required(doc, &["honours", &item], "award", problems);
        let award = h.award.as_deref().and_then(|id| {
            let found = awards.iter().position(|a| a.id == id);
            if found.is_none() {
                problems.at(
                    doc.pos(&at("award")),
                    msg!("data-award-undeclared", id = id, awards = declared(awards)),
                );
            }
            found
        });
        let collectives = count(doc, &at("collectives"), problems);
        let individuals = count(doc, &at("individuals"), problems);
        let total = count(doc, &at("total"), problems);
        let (Some(award), Ok(collectives), Ok(individuals), Ok(total)) =
            (award, collectives, individuals, total)
        else {
            continue;
        };
        let recipients = recipients(h, doc, &item, problems);
        if let Some(url) = h.source.as_ref().and_then(|s| s.url.as_deref())
            && !is_web_address(url)
        {
            let path = ["honours", item.as_str(), "source", "url"];
            problems.at(
                doc.pos(&path),
                msg!("data-source-not-web", path = dotted(&path), url = url),
            );
            continue;
        }
        let honour = Honour {
            award,
            collectives,
            individuals,
            total,
            date: h.date.map(|d| d.0),
            recipients,
            source: h.source.clone(),
        };
        if counts_agree(&honour, doc, &item, problems)
            && listed_within_counts(&honour, doc, &item, problems)
        {
            out.push(honour);
        }
    }
    out
}

/// The count at `path`: none when not written, an error when it is not a whole number of at
/// least 0.
fn count(doc: &Doc, path: &[&str], problems: &mut Problems) -> Result<Option<i64>, ()> {
    let Some(node) = doc.at(path) else {
        return Ok(None);
    };
    let n = whole_at(node, &dotted(path), problems).ok_or(())?;
    if n < 0 {
        problems.at(
            node.pos,
            msg!("data-honour-negative", path = dotted(path), value = n),
        );
        return Err(());
    }
    Ok(Some(n))
}

fn recipients(h: &RawHonour, doc: &Doc, item: &str, problems: &mut Problems) -> Vec<Recipient> {
    h.recipients
        .iter()
        .enumerate()
        .map(|(r, raw)| {
            let at = ["honours", item, "recipients", &format!("#{r}")];
            required(doc, &at, "name", problems);
            let blank = |l: &Localized| match l {
                Localized::All(s) => s.trim().is_empty(),
                Localized::PerLang(m) => m.values().all(|s| s.trim().is_empty()),
            };
            if raw.name.as_ref().is_some_and(blank) {
                let mut path = at.to_vec();
                path.push("name");
                problems.at(
                    doc.pos(&path),
                    msg!("data-recipient-blank", path = dotted(&path)),
                );
            }
            Recipient {
                name: raw
                    .name
                    .clone()
                    .unwrap_or_else(|| Localized::All(String::new())),
                kind: raw.kind,
                workplace: raw.workplace.clone(),
                initiative: raw.initiative.clone(),
            }
        })
        .collect()
}

/// Whether an honour has a count, and its `total` is no less than each count given (and, with
/// both given, their sum).
fn counts_agree(h: &Honour, doc: &Doc, item: &str, problems: &mut Problems) -> bool {
    let (c, i) = (h.collectives, h.individuals);
    let Some(total) = h.total else {
        if c.is_none() && i.is_none() {
            problems.at(doc.pos(&["honours", item]), msg!("data-honour-no-count"));
            return false;
        }
        return true;
    };
    let parts = c.unwrap_or(0) + i.unwrap_or(0);
    let agrees = match (c, i) {
        (Some(_), Some(_)) => total == parts,
        _ => total >= parts,
    };
    if !agrees {
        problems.at(
            doc.pos(&["honours", item, "total"]),
            msg!("data-honour-total", total = total, parts = parts),
        );
    }
    agrees
}

/// Whether the recipients listed are no more than counted, in each kind whose count is known
/// and in all (a problem at the list when they are more).
fn listed_within_counts(h: &Honour, doc: &Doc, item: &str, problems: &mut Problems) -> bool {
    let listed = |kind| h.recipients.iter().filter(|r| r.kind == Some(kind)).count() as i64;
    // With only a total, how many of each kind were honoured is not known.
    let known = |count: Option<i64>| count.or(h.total.is_none().then_some(0));
    let checks = [
        (
            listed(RecipientKind::Collective),
            known(h.collectives),
            "collectives",
        ),
        (
            listed(RecipientKind::Individual),
            known(h.individuals),
            "individuals",
        ),
        (h.recipients.len() as i64, Some(h.count()), "all"),
    ];
    for (listed, counted, what) in checks {
        let Some(counted) = counted else { continue };
        if listed > counted {
            let pos: Pos = doc.pos(&["honours", item, "recipients"]);
            problems.at(
                pos,
                msg!(
                    "data-honour-more-listed",
                    listed = listed,
                    counted = counted,
                    what = what
                ),
            );
            return false;
        }
    }
    true
}

/// One award's totals over a campaign's units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AwardTotal {
    pub collectives: i64,
    pub individuals: i64,
    /// Collectives and individuals together (with the totals of honours not told apart).
    pub all: i64,
    /// Units that list it.
    pub units: usize,
    /// Recipients named.
    pub named: usize,
}

/// Per award of `awards`, its totals over `honours` (each unit's list).
pub fn totals<'h>(
    awards: &[Award],
    honours: impl Iterator<Item = &'h [Honour]>,
) -> Vec<AwardTotal> {
    let mut out = vec![AwardTotal::default(); awards.len()];
    for list in honours {
        let mut seen = vec![false; awards.len()];
        for h in list {
            let t = &mut out[h.award];
            t.collectives += h.collectives.unwrap_or(0);
            t.individuals += h.individuals.unwrap_or(0);
            t.all += h.count();
            t.named += h.recipients.len();
            if !std::mem::replace(&mut seen[h.award], true) {
                t.units += 1;
            }
        }
    }
    out
}
