//! The problems of one statistics file, each at its place, and the reading of its YAML and
//! its figures into them.

use std::path::PathBuf;

use super::number;
use crate::diagnostics::{Diagnostic, Pos};
use crate::messages::Message;
use crate::yaml::{self, Doc, Node};

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

    /// The value with its warnings, or every problem when one is an error.
    pub fn finish_with_warnings<T>(
        self,
        value: T,
    ) -> Result<(T, Vec<Diagnostic>), Vec<Diagnostic>> {
        if self.list.iter().any(Diagnostic::is_error) {
            Err(self.list)
        } else {
            Ok((value, self.list))
        }
    }

    /// The file could not be read at all.
    pub fn finish_failed<T>(self) -> Result<T, Vec<Diagnostic>> {
        Err(self.list)
    }

    pub fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(self.list)
        }
    }
}

/// Reads a statistics file. Its YAML problems go to `problems`; the value comes back when the
/// only problems were unknown keys, so the file's figures are still checked in this run.
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

/// The whole number written at `node` (a figure's `value:` inside a map), or its problem.
pub fn whole_at(node: &Node, what: &str, problems: &mut Problems) -> Option<i64> {
    let node = node.get("value").unwrap_or(node);
    number::whole(node)
        .map_err(|message| problems.at(node.pos, format!("{what}: {message}")))
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
