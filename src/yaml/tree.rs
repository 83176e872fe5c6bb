//! The YAML document as the event parser saw it: every key and value with its exact place,
//! so problems found after deserializing are placed without scanning the text again.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use super::error::YamlError;
use crate::diagnostics::Pos;
use crate::msg;

/// Deepest nesting of maps and lists accepted: deeper YAML is no editor's work.
pub const MAX_DEPTH: usize = 64;

/// One value of the document, with where it starts and ends (character indexes).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub start: usize,
    pub end: usize,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar as written: its text, and whether it had no quotes (then YAML may read it as a
    /// number, a boolean or null).
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// `*name`: a reference to a value written elsewhere.
    Alias,
}

impl Node {
    /// The text of a scalar.
    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The value under `key` in a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key and value of `key` in a map.
    pub fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.scalar() == Some(key))
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    /// The `i`th item of a list.
    pub fn item(&self, i: usize) -> Option<&Node> {
        match &self.value {
            Value::Seq(items) => items.get(i),
            _ => None,
        }
    }

    /// The entries of a map (empty for anything else).
    pub fn entries(&self) -> &[(Node, Node)] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }
}

/// A collection being read: its start, and the children read so far.
struct Open {
    pos: Pos,
    start: usize,
    map: bool,
    items: Vec<Node>,
}

/// A key written a second time in its map, and the characters of that entry.
pub struct Duplicate {
    pub error: YamlError,
    pub span: (usize, usize),
}

/// Reads the first document of `text`, whose first line is line `below + 1` of its file, into
/// a tree, with the keys written twice in one map. A syntax error or nesting deeper than
/// [`MAX_DEPTH`] leaves no tree.
pub fn parse(text: &str, below: usize) -> Result<(Node, Vec<Duplicate>), Vec<YamlError>> {
    let mut stack: Vec<Open> = Vec::new();
    let mut root = None;
    let mut errors = Vec::new();
    let mut twice = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = match event {
            Ok(e) => e,
            Err(e) => {
                let m = e.marker();
                errors.push(YamlError {
                    pos: Pos::new(m.line() + below, m.col() + 1),
                    message: super::messages::syntax(e.info()),
                });
                return Err(errors);
            }
        };
        let node = match event {
            Event::Scalar(value, style, _, _) => leaf(
                &span,
                below,
                Value::Scalar {
                    text: value.into_owned(),
                    plain: style == ScalarStyle::Plain,
                },
            ),
            Event::Alias(_) => leaf(&span, below, Value::Alias),
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let pos = start_pos(&span, below);
                if stack.len() == MAX_DEPTH {
                    errors.push(YamlError {
                        pos,
                        message: msg!("yaml-nested-too-deep", levels = MAX_DEPTH),
                    });
                    return Err(errors);
                }
                stack.push(Open {
                    pos,
                    start: span.start.index(),
                    map: matches!(event, Event::MappingStart(..)),
                    items: Vec::new(),
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(open) = stack.pop() else { continue };
                close(open, &span, &mut twice)
            }
            Event::DocumentEnd if root.is_some() => break,
            _ => continue,
        };
        match stack.last_mut() {
            Some(parent) => parent.items.push(node),
            None => root = Some(node),
        }
    }
    let root = root.unwrap_or(Node {
        pos: Pos::new(1 + below, 1),
        start: 0,
        end: 0,
        value: Value::Map(Vec::new()),
    });
    Ok((root, twice))
}

fn start_pos(span: &Span, below: usize) -> Pos {
    Pos::new(span.start.line() + below, span.start.col() + 1)
}

fn leaf(span: &Span, below: usize, value: Value) -> Node {
    Node {
        pos: start_pos(span, below),
        start: span.start.index(),
        end: span.end.index(),
        value,
    }
}

/// Finishes a collection. A block collection's end event stands where the next token starts,
/// so its end is that of its last child; a flow collection ends at its bracket.
fn close(open: Open, span: &Span, twice: &mut Vec<Duplicate>) -> Node {
    let last_end = open.items.last().map_or(open.start, |n| n.end);
    let end = if span.end.index() > span.start.index() {
        span.end.index()
    } else {
        last_end
    };
    let value = if open.map {
        let mut entries = Vec::with_capacity(open.items.len() / 2);
        let mut items = open.items.into_iter();
        while let (Some(k), Some(v)) = (items.next(), items.next()) {
            entries.push((k, v));
        }
        duplicates(&entries, twice);
        Value::Map(entries)
    } else {
        Value::Seq(open.items)
    };
    Node {
        pos: open.pos,
        start: open.start,
        end,
        value,
    }
}

/// A key written twice in one map is an error at its second place: YAML would keep the last
/// silently.
fn duplicates(entries: &[(Node, Node)], twice: &mut Vec<Duplicate>) {
    let mut seen: HashMap<&str, Pos> = HashMap::new();
    for (k, v) in entries {
        let Some(key) = k.scalar() else { continue };
        // Digits without a value are the rest of a number written with commas in `{...}`:
        // the statistics stage reports the number they belong to.
        if v.scalar() == Some("") && !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if let Some(first) = seen.get(key) {
            twice.push(Duplicate {
                error: YamlError {
                    pos: k.pos,
                    message: msg!("yaml-key-twice", key = key, line = first.line.to_string()),
                },
                span: (k.start, v.end.max(k.end)),
            });
        } else {
            seen.insert(key, k.pos);
        }
    }
}
