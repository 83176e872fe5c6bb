//! Names a unit file takes from campaign.yaml, checked: keys of a per-metric map that name no
//! metric (a metric the campaign does not declare, a contradiction; or a figure broken by YAML
//! itself, `{initiatives: 3,666}`, `members:40000`, an error that says what to write), and a
//! `kind:` that is neither built in nor declared under `unit_kinds:`.

use super::model::CampaignRecord;
use super::problems::{Problems, dotted};
use super::schema::BUILT_IN_KINDS;
use crate::diagnostics::Pos;
use crate::messages::Message;
use crate::msg;
use crate::yaml::Doc;

/// A key under `path`'s parent that names no metric. Digits alone are the rest of a decimal
/// written with a comma inside `{...}`, where the comma separates entries.
fn undeclared_metric(c: &CampaignRecord, path: &[&str]) -> Message {
    let (key, _) = path
        .split_last()
        .expect("a metric's path ends with its key");
    let metrics: Vec<&str> = c.metrics.iter().map(|m| m.id.as_str()).collect();
    msg!(
        "data-metric-not-in-campaign",
        key = *key,
        metrics = metrics.join(", "),
        file = &c.source
    )
}

/// A key of digits alone after a number in a `{...}` map: the rest of a number written with
/// commas (`{initiatives: 3,666}` reads as `initiatives: 3` and a key `666`). `Some` with the
/// error at the number, saying what to write (`decimal`: a percent, where the comma was a
/// decimal mark), or `Some(None)` for the later parts of one already reported; `None` when
/// the key is something else.
pub fn split_by_comma(doc: &Doc, path: &[&str], decimal: bool) -> Option<Option<(Pos, Message)>> {
    let (key, parent) = path.split_last()?;
    let fragment = |k: &str| !k.is_empty() && k.chars().all(|ch| ch.is_ascii_digit());
    if !fragment(key) {
        return None;
    }
    let entries = doc.at(parent)?.entries();
    let i = entries.iter().position(|(k, _)| k.scalar() == Some(*key))?;
    let start = entries[..i]
        .iter()
        .rposition(|(k, _)| !k.scalar().is_some_and(fragment))?;
    if start + 1 != i {
        return Some(None);
    }
    let (number_key, number) = &entries[start];
    let parts: Vec<&str> = entries[start + 1..]
        .iter()
        .map_while(|(k, v)| k.scalar().filter(|k| fragment(k) && v.scalar() == Some("")))
        .collect();
    let first = number.scalar()?;
    let mut number_path = parent.to_vec();
    number_path.push(number_key.scalar()?);
    let written = format!("{first},{}", parts.join(","));
    let meant = match decimal {
        true => msg!(
            "data-comma-meant-decimal",
            meant = format!("{first}.{}", parts.concat())
        ),
        false => msg!(
            "data-comma-meant-whole",
            meant = format!("{first}{}", parts.concat())
        ),
    };
    let text = msg!("data-comma-splits-map", written = written, meant = meant);
    Some(Some((
        number.pos,
        msg!("yaml-at-path", path = dotted(&number_path), text = text),
    )))
}

/// `members:40000` in a `{...}` map is one key, not a key and a figure: a colon needs a space.
fn colon_without_space(c: &CampaignRecord, key: &str) -> Option<Message> {
    let (name, figure) = key.split_once(':')?;
    c.metric(name.trim())?;
    Some(msg!(
        "data-colon-without-space",
        key = key,
        name = name.trim(),
        figure = figure.trim()
    ))
}

/// What to report for a key under a per-metric map that names no metric.
pub fn unknown_metric_key(
    c: &CampaignRecord,
    doc: &Doc,
    path: &[&str],
    decimal: bool,
    problems: &mut Problems,
) {
    let key = path.last().copied().unwrap_or_default();
    let at = doc.key_pos(path);
    match split_by_comma(doc, path, decimal) {
        Some(Some((pos, message))) => problems.at(pos, message),
        Some(None) => {}
        None => match colon_without_space(c, key) {
            Some(message) => problems.at(at, message),
            None => problems.warn(at, undeclared_metric(c, path)),
        },
    }
}

/// The kinds of unit campaign `c` knows: the built-in ones, then those of `unit_kinds:`.
pub fn known_kinds(c: &CampaignRecord) -> Vec<&str> {
    let declared = c.unit_kinds.iter().map(|(id, _)| id.as_str());
    BUILT_IN_KINDS.into_iter().chain(declared).collect()
}

/// A unit's `kind:`: a built-in kind or one of campaign.yaml's `unit_kinds:`; another is a
/// problem at its place (and the unit is only checked).
pub fn unit_kind(
    c: &CampaignRecord,
    kind: Option<&str>,
    doc: &Doc,
    problems: &mut Problems,
) -> String {
    let Some(kind) = kind else {
        return BUILT_IN_KINDS[0].to_owned();
    };
    let known = known_kinds(c);
    if !known.contains(&kind) {
        problems.at(
            doc.pos(&["kind"]),
            msg!(
                "data-unit-kind-unknown",
                kind = kind,
                kinds = known.join(", "),
                file = &c.source
            ),
        );
    }
    kind.to_owned()
}
