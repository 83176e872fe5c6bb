//! The one door for YAML (site.yaml, front matter, statistics, interface texts): serde_yaml
//! deserializes, an event parser gives every value its exact place, and every problem of a
//! file (syntax, keys written twice, unknown keys, wrong types) comes back with that place.

mod error;
mod messages;
mod tree;

use serde::de::DeserializeOwned;

use crate::diagnostics::Pos;
use crate::msg;
pub use error::YamlError;
pub use messages::{LIST_FOR_FIGURE, NOT_A_DAY, TAG_FOR_FIGURE};
pub use tree::{Node, Value};

/// A parsed document: where each key and value was written.
#[derive(Debug, Clone)]
pub struct Doc {
    root: Node,
}

impl Doc {
    /// Whether the document repeats a part of itself with an alias (`*name`).
    pub fn has_alias(&self) -> bool {
        first_alias(&self.root).is_some()
    }

    /// The node at `path`; a part `#2` is the third item of a list.
    pub fn at(&self, path: &[&str]) -> Option<&Node> {
        node_at(&self.root, path)
    }

    /// Where the value at `path` is, else where its deepest existing parent is.
    pub fn pos(&self, path: &[&str]) -> Pos {
        let mut node = &self.root;
        for part in path {
            match step(node, part) {
                Some(next) => node = next,
                None => break,
            }
        }
        node.pos
    }

    /// Where the key of the last part of `path` is written (the value's place for list items).
    pub fn key_pos(&self, path: &[&str]) -> Pos {
        let Some((last, parent)) = path.split_last() else {
            return self.root.pos;
        };
        match self.at(parent).and_then(|p| p.entry(last)) {
            Some((k, _)) => k.pos,
            None => self.pos(path),
        }
    }

    pub fn root(&self) -> &Node {
        &self.root
    }
}

fn node_at<'a>(root: &'a Node, path: &[&str]) -> Option<&'a Node> {
    path.iter().try_fold(root, |node, part| step(node, part))
}

fn step<'a>(node: &'a Node, part: &str) -> Option<&'a Node> {
    match part.strip_prefix('#').and_then(|n| n.parse().ok()) {
        Some(i) => node.item(i),
        None => node.get(part),
    }
}

/// Parses `text` into `T` and the places of its values. An empty document is an empty map.
/// All problems found are returned together, each at its place.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<(T, Doc), Vec<YamlError>> {
    from_str_below(text, 0)
}

/// As [`from_str`], for YAML that starts below line `below` of its file (front matter):
/// places and the line numbers in messages are those of the file.
pub fn from_str_below<T: DeserializeOwned>(
    text: &str,
    below: usize,
) -> Result<(T, Doc), Vec<YamlError>> {
    match read(text, below) {
        Read {
            value: Some(value),
            errors,
        } if errors.is_empty() => Ok(value),
        Read { errors, .. } => Err(errors),
    }
}

/// What reading a file gave: its problems, and its value read without the entries that have
/// problems (unknown keys, wrong values), so that the file's other checks can still be made in
/// this run; no value when the text cannot be parsed or a required key is wrong.
pub struct Read<T> {
    pub value: Option<(T, Doc)>,
    pub errors: Vec<YamlError>,
}

/// Reads `text` (starting below line `below` of its file) as far as it can be read.
pub fn read<T: DeserializeOwned>(text: &str, below: usize) -> Read<T> {
    let failed = |errors| Read {
        value: None,
        errors,
    };
    if let Err(errors) = control_characters(text, below) {
        return failed(errors);
    }
    let (root, twice) = match tree::parse(text, below) {
        Ok(parsed) => parsed,
        Err(errors) => return failed(syntax_errors(text, errors, below)),
    };
    let source = if text.trim().is_empty() { "{}" } else { text };
    // A key written twice is reported, and read as if only its first place were written, so
    // that the rest of the file is still checked.
    let spans: Vec<(usize, usize)> = twice.iter().map(|d| d.span).collect();
    let (value, more) = deserialize(source, &root, below, &spans);
    let mut errors: Vec<YamlError> = twice.into_iter().map(|d| d.error).collect();
    errors.extend(more);
    Read {
        value: value.map(|v| (v, Doc { root })),
        errors,
    }
}

/// Where each key and value of `text` is, without reading it into a type: for tools that
/// change a file the editor wrote where its figures stand. None when it cannot be parsed.
pub fn doc(text: &str) -> Option<Doc> {
    tree::parse(text, 0).ok().map(|(root, _)| Doc { root })
}

/// The text of the top-level key `key`, read without checking the rest of the document.
pub fn top_level_text(text: &str, key: &str) -> Option<String> {
    let (root, _) = tree::parse(text, 0).ok()?;
    root.get(key)?.scalar().map(str::to_string)
}

/// Parses `text` as a map of any values, handed to templates as they are.
pub fn to_json_map(
    text: &str,
    below: usize,
) -> Result<(serde_json::Map<String, serde_json::Value>, Doc), Vec<YamlError>> {
    from_str_below(text, below)
}

/// An invisible control character cannot be part of any figure or text an editor means; it is
/// refused where it stands rather than dropped (a NUL inside `3\0 1` must not become 31).
fn control_characters(text: &str, below: usize) -> Result<(), Vec<YamlError>> {
    let errors: Vec<YamlError> = text
        .char_indices()
        .filter(|(_, c)| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        .map(|(i, c)| YamlError {
            pos: Pos::at_offset(text, i).below(below),
            message: msg!("yaml-control-character", code = format!("{:04X}", c as u32)),
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The event parser found the text broken: serde_yaml's message names the start of the
/// broken construct (the opening quote, say), so it is preferred when both fail.
fn syntax_errors(text: &str, errors: Vec<YamlError>, below: usize) -> Vec<YamlError> {
    let syntax = errors.iter().any(|e| messages::is_syntax(&e.message));
    if !syntax {
        return errors;
    }
    match serde_yaml::from_str::<serde::de::IgnoredAny>(text) {
        Err(e) => vec![messages::from_serde(&e, Pos::UNKNOWN, below)],
        Ok(_) => errors,
    }
}

/// How many problems one file may report before the rest wait for the next run.
const MAX_PROBLEMS: usize = 50;

/// What has been blanked out of the working copy of a text: character ranges, and the paths
/// of entries removed for a wrong value (a required key missing only because of that is not a
/// problem of its own).
#[derive(Default)]
struct Blanked {
    spans: Vec<(usize, usize)>,
    wrong: Vec<Vec<String>>,
}

impl Blanked {
    fn contains(&self, i: usize) -> bool {
        self.spans.iter().any(|&(a, b)| (a..=b).contains(&i))
    }
}

/// serde_yaml reads `T`. A problem (an unknown key, a value of the wrong type) is reported, its
/// entry blanked out of a working copy of the text (same lines and columns) and the reading
/// starts again, so that one wrong key does not hide the others. The value is that of the text
/// without the entries that have problems; none when such an entry is required.
fn deserialize<T: DeserializeOwned>(
    text: &str,
    root: &Node,
    below: usize,
    already: &[(usize, usize)],
) -> (Option<T>, Vec<YamlError>) {
    let mut work: Vec<char> = text.chars().collect();
    let mut blanked = Blanked::default();
    for &(start, end) in already {
        blank(&mut work, start, end, false);
        blanked.spans.push((start, end));
    }
    let mut errors = Vec::new();
    for _ in 0..MAX_PROBLEMS {
        let source: String = work.iter().collect();
        let de = serde_yaml::Deserializer::from_str(&source);
        let e = match serde_path_to_error::deserialize::<_, T>(de) {
            Ok(value) => return (Some(value), errors),
            Err(e) => e,
        };
        let path: Vec<String> = e
            .path()
            .iter()
            .map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => format!("#{index}"),
                serde_path_to_error::Segment::Map { key } => key.clone(),
                _ => String::new(),
            })
            .collect();
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let inner = e.into_inner();
        let said = inner.to_string();
        let unknown = said.contains("unknown field `");
        // A key that is missing only because its wrong value was blanked out.
        let consequence = missing_field(&said).is_some_and(|key| {
            blanked
                .wrong
                .iter()
                .any(|w| w.split_last().is_some_and(|(k, p)| k == key && p == path))
        });
        if !consequence {
            let error = placed(&inner, root, &path, unknown, below);
            let at = char_index(&work, error.pos, below);
            if !blanked.spans.is_empty() && at.is_none_or(|i| blanked.contains(i)) {
                break;
            }
            errors.push(error);
        }
        let entry = if unknown {
            entry_span(root, &path, &work, &blanked).map(|span| (span, path.len()))
        } else {
            nearest_entry(root, &path, &work, &blanked)
        };
        let Some(((start, end, alone), depth)) = entry else {
            break;
        };
        if blanked.spans.contains(&(start, end)) {
            break;
        }
        if !unknown {
            let wrong = path[..depth].iter().map(|p| (*p).to_owned()).collect();
            blanked.wrong.push(wrong);
        }
        blanked.spans.push((start, end));
        blank(&mut work, start, end, alone);
    }
    (None, errors)
}

/// The key serde says is missing, from its `missing field `key`` message.
fn missing_field(said: &str) -> Option<&str> {
    let rest = said.split("missing field `").nth(1)?;
    rest.split('`').next()
}

/// A serde error as a problem at its place: an unknown key at the key itself, anything else at
/// its value.
fn placed(
    inner: &serde_yaml::Error,
    root: &Node,
    path: &[&str],
    unknown: bool,
    below: usize,
) -> YamlError {
    let exact = match path.split_last() {
        Some((key, parent)) if unknown => node_at(root, parent)
            .and_then(|p| p.entry(key))
            .map(|(k, _)| k.pos),
        _ => node_at(root, path).map(|n| n.pos),
    };
    let mut error = messages::from_serde(inner, exact.unwrap_or(Pos::UNKNOWN), below);
    if error.pos == Pos::UNKNOWN {
        // serde_yaml gives no place when aliases expand too far: the first alias is it.
        let alias = messages::is_alias_limit(&error.message);
        error.pos = alias
            .then(|| first_alias(root))
            .flatten()
            .unwrap_or(root.pos);
    }
    error
}

/// The innermost map entry at or above `path` (the wrong value's own key, or the key of the
/// map or list that holds it), with the length of its path.
fn nearest_entry(
    root: &Node,
    path: &[&str],
    work: &[char],
    blanked: &Blanked,
) -> Option<((usize, usize, bool), usize)> {
    (1..=path.len())
        .rev()
        .filter(|&n| !path[n - 1].starts_with('#'))
        .find_map(|n| entry_span(root, &path[..n], work, blanked).map(|span| (span, n)))
}

/// `s` as a double-quoted YAML string: whatever it holds (`: `, `#`, quotes, new lines), it
/// reads back as itself.
pub fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// Where the first alias (`*name`) of the document is written.
fn first_alias(node: &Node) -> Option<Pos> {
    match &node.value {
        Value::Alias => Some(node.pos),
        Value::Scalar { .. } => None,
        Value::Seq(items) => items.iter().find_map(first_alias),
        Value::Map(entries) => entries
            .iter()
            .find_map(|(k, v)| first_alias(k).or_else(|| first_alias(v))),
    }
}

/// The characters of the map entry at `path` (key to end of value), and whether it is the only
/// entry left in a block map (then it is replaced by `{}`, so that its parent keeps a map).
fn entry_span(
    root: &Node,
    path: &[&str],
    work: &[char],
    blanked: &Blanked,
) -> Option<(usize, usize, bool)> {
    let (last, parent) = path.split_last()?;
    let map = node_at(root, parent)?;
    let (k, v) = map.entry(last)?;
    let flow = work.get(map.start) == Some(&'{');
    let others = map
        .entries()
        .iter()
        .filter(|(other, _)| other.start != k.start && !blanked.contains(other.start))
        .count();
    Some((k.start, v.end.max(k.end), others == 0 && !flow))
}

/// Replaces characters `start..end` by spaces (line breaks stay), with the comma that
/// separated the entry from its neighbour in a flow map; `alone` leaves an empty `{}`.
fn blank(work: &mut [char], start: usize, end: usize, alone: bool) {
    let end = end.min(work.len());
    for c in &mut work[start..end] {
        if *c != '\n' {
            *c = ' ';
        }
    }
    if alone && end >= start + 2 {
        work[start] = '{';
        work[start + 1] = '}';
        return;
    }
    let after = (end..work.len()).find(|&i| !matches!(work[i], ' ' | '\t'));
    if let Some(i) = after.filter(|&i| work[i] == ',') {
        work[i] = ' ';
        return;
    }
    let before = (0..start).rev().find(|&i| !matches!(work[i], ' ' | '\t'));
    if let Some(i) = before.filter(|&i| work[i] == ',') {
        work[i] = ' ';
    }
}

/// The character index of `pos` (in the file's lines, the text starting below line `below`).
fn char_index(work: &[char], pos: Pos, below: usize) -> Option<usize> {
    let line = pos.line.checked_sub(below + 1)?;
    let start = if line == 0 {
        0
    } else {
        work.iter()
            .enumerate()
            .filter(|(_, c)| **c == '\n')
            .nth(line - 1)?
            .0
            + 1
    };
    Some(start + pos.col.saturating_sub(1))
}

#[cfg(test)]
mod tests;
