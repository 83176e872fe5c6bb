//! Keys of a per-metric map that name no metric: a metric the campaign does not declare (a
//! contradiction), or a figure broken by YAML itself (`{initiatives: 3,666}`, `members:40000`),
//! which is an error that says what to write.

use super::model::CampaignRecord;
use super::problems::{Problems, dotted};
use crate::diagnostics::{Pos, display_path};
use crate::yaml::Doc;

/// A key under `path`'s parent that names no metric. Digits alone are the rest of a decimal
/// written with a comma inside `{...}`, where the comma separates entries.
fn undeclared_metric(c: &CampaignRecord, path: &[&str]) -> String {
    let (key, _) = path
        .split_last()
        .expect("a metric's path ends with its key");
    format!(
        "\"{key}\" is not one of the campaign's metrics ({}); use one of them or declare it in {}",
        c.metrics
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        display_path(&c.source)
    )
}

/// A key of digits alone after a number in a `{...}` map: the rest of a number written with
/// commas (`{initiatives: 3,666}` reads as `initiatives: 3` and a key `666`). `Some` with the
/// error at the number, saying what to write (`decimal`: a percent, where the comma was a
/// decimal mark), or `Some(None)` for the later parts of one already reported; `None` when
/// the key is something else.
pub fn split_by_comma(doc: &Doc, path: &[&str], decimal: bool) -> Option<Option<(Pos, String)>> {
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
    let meant = if decimal {
        format!("write it with a point: {first}.{}", parts.concat())
    } else {
        format!("write {first}{} without separators", parts.concat())
    };
    Some(Some((
        number.pos,
        format!(
            "{}: \"{written}\" is read as several entries, because a comma separates the entries of a {{...}} map; {meant}",
            dotted(&number_path)
        ),
    )))
}

/// `members:40000` in a `{...}` map is one key, not a key and a figure: a colon needs a space.
fn colon_without_space(c: &CampaignRecord, key: &str) -> Option<String> {
    let (name, figure) = key.split_once(':')?;
    c.metric(name.trim())?;
    Some(format!(
        "\"{key}\" has no space after its colon, so it is read as one name; write {}: {}",
        name.trim(),
        figure.trim()
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
