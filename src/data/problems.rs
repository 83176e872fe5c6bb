//! The problems of one statistics file, each at its place, and the reading of its YAML and
//! its figures into them.

use std::path::PathBuf;

use super::number;
use crate::diagnostics::{Diagnostic, Pos};
use crate::messages::Message;
use crate::msg;
use crate::yaml::{self, Doc, Node, Value};

/// The problems of one file, each at its place.
pub struct Problems {
    source: PathBuf,
    list: Vec<Diagnostic>,
}

impl Problems {
    pub fn new(source: &std::path::Path) -> Self {
        Problems {
            source: source.to_path_buf(),
            list: Vec::new(),
        }
    }

    pub fn at(&mut self, pos: Pos, message: impl Into<Message>) {
        self.list
            .push(Diagnostic::error(&self.source, pos, message));
    }

    /// A contradiction: a warning in `build`, an error in `check` (CONTENT.md §7).
    pub fn warn(&mut self, pos: Pos, message: impl Into<Message>) {
        self.list
            .push(Diagnostic::warning(&self.source, pos, message));
    }

    /// The file was read: its record (when it can serve as one) and every problem.
    pub fn finish<T>(self, record: Option<T>) -> Read<T> {
        Read {
            record,
            problems: self.list,
            unread: false,
        }
    }

    /// The file's YAML could not be read at all.
    pub fn finish_unread<T>(self) -> Read<T> {
        Read {
            record: None,
            problems: self.list,
            unread: true,
        }
    }
}

/// What reading one statistics file gave: every problem of it, and its record as far as it
/// could be read (with errors among the problems, a record is only checked, never published).
pub struct Read<T> {
    pub record: Option<T>,
    pub problems: Vec<Diagnostic>,
    /// The YAML could not be read: nothing else of the file was checked.
    pub unread: bool,
}

impl<T> Read<T> {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Diagnostic::is_error)
    }
}

/// Reads a statistics file. Its YAML problems go to `problems`; the value comes back without the
/// keys that have problems, so the file's other figures are still checked in this run.
pub fn parse<T: serde::de::DeserializeOwned>(
    text: &str,
    problems: &mut Problems,
) -> Option<(T, Doc)> {
    let read = yaml::read(text, 0);
    for e in read.errors {
        problems.at(e.pos, e.message);
    }
    read.value
}

/// A key the map at `path` needs: not written at all is a problem at the map (a key written
/// with a wrong value is reported by the YAML door).
pub fn required(doc: &Doc, path: &[&str], key: &str, problems: &mut Problems) {
    let mut at = path.to_vec();
    at.push(key);
    // `name:` or `kind:` with nothing after it is null: as good as not written. A map written
    // as nothing (`values:`) is an empty map.
    let is_map = matches!(key, "values" | "metrics");
    let empty = |n: &Node| {
        !is_map
            && matches!(&n.value, Value::Scalar { text, plain: true } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    };
    if doc.at(&at).is_none_or(empty) {
        let missing = msg!("yaml-missing-key", key = key);
        let text = match path {
            [] => missing,
            _ => msg!("yaml-at-path", path = dotted(path), text = missing),
        };
        problems.at(doc.pos(path), text);
    }
}

/// Whether the map at `path` lost entries to problems (a wrong value): the YAML has more keys
/// there than were read (`read`; a key written twice counts once, as it is read).
pub fn lost_entries(doc: &Doc, path: &[&str], read: usize) -> bool {
    let written: std::collections::HashSet<&str> = doc
        .at(path)
        .map(|n| n.entries().iter().filter_map(|(k, _)| k.scalar()).collect())
        .unwrap_or_default();
    written.len() != read
}

/// The whole number written at `node` (a figure's `value:` inside a map), or its problem.
pub fn whole_at(node: &Node, what: &str, problems: &mut Problems) -> Option<i64> {
    let node = node.get("value").unwrap_or(node);
    number::whole(node)
        .map_err(|text| problems.at(node.pos, msg!("yaml-at-path", path = what, text = text)))
        .ok()
}

/// `breakdown.#0.values.members` as `breakdown[0].values.members`, as serde names places.
pub fn dotted(path: &[&str]) -> String {
    let mut out = String::new();
    for part in path {
        match part.strip_prefix('#') {
            Some(i) => out.push_str(&format!("[{i}]")),
            None if out.is_empty() => out.push_str(part),
            None => out.push_str(&format!(".{part}")),
        }
    }
    out
}

/// Where each value read was written.
pub fn places_of<T>(read: &[Option<(T, Pos)>]) -> Vec<Pos> {
    read.iter()
        .map(|v| v.as_ref().map_or(Pos::UNKNOWN, |(_, p)| *p))
        .collect()
}

/// `https://host/...` or `http://host/...`, never `javascript:`, `data:` or a local file.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !r.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}
