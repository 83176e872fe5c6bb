//! The one place that parses YAML (site.yaml, front matter, statistics), so the parser can be swapped.

use serde::de::DeserializeOwned;

use crate::diagnostics::Pos;

/// A YAML problem: where it is in the parsed text and what is wrong, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

/// Parses `text` into `T`. An empty document is read as an empty map.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    let text = if text.trim().is_empty() { "{}" } else { text };
    too_deep(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let pos = e
            .location()
            .map_or(Pos::UNKNOWN, |l| Pos::new(l.line(), l.column()));
        let (message, marks) = strip_marks(&e.to_string());
        if message.contains("while scanning a quoted scalar") {
            return YamlError {
                pos: marks.last().copied().unwrap_or(pos),
                message: "a text in quotes is never closed; add the closing quote".into(),
            };
        }
        YamlError {
            pos,
            message: plain_message(&message),
        }
    })
}

/// Deepest nesting of `[` and `{` accepted; deeper YAML is refused before parsing, which would
/// take long for no editor's benefit.
const MAX_DEPTH: usize = 64;

fn too_deep(text: &str) -> Result<(), YamlError> {
    let mut depth = 0usize;
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(YamlError {
                        pos: Pos::at_offset(text, i),
                        message: format!(
                            "the YAML is nested more than {MAX_DEPTH} levels deep; write it flatter"
                        ),
                    });
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            (None, '\n') => quote = None,
            _ => {}
        }
    }
    Ok(())
}

/// Removes the parser's own "at line L column C" (counted in the parsed text, not the file)
/// from a message, returning them as positions.
fn strip_marks(msg: &str) -> (String, Vec<Pos>) {
    let mut out = String::with_capacity(msg.len());
    let mut marks = Vec::new();
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let line_end = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        let line = after[..line_end].parse().unwrap_or(0);
        let after = &after[line_end..];
        let Some(col_text) = after.strip_prefix(" column ") else {
            out.push_str(" at line ");
            rest = &rest[i + " at line ".len()..];
            continue;
        };
        let col_end = col_text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(col_text.len());
        marks.push(Pos::new(line, col_text[..col_end].parse().unwrap_or(0)));
        rest = &col_text[col_end..];
    }
    out.push_str(rest);
    (out, marks)
}

/// Parses `text` as a map of any values, handed to templates as they are.
pub fn to_json_map(text: &str) -> Result<serde_json::Map<String, serde_json::Value>, YamlError> {
    from_str(text)
}

/// serde_yaml's words, made plainer for editors.
fn plain_message(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (key, known) = rest.split_once('`').unwrap_or((rest, ""));
        let known = known
            .trim_start_matches(", expected ")
            .trim_start_matches("one of ")
            .replace('`', "")
            .replace(" or ", ", ");
        return format!("unknown key \"{key}\"; the keys that can be used here are: {known}");
    }
    if let Some(i) = msg.find("unknown variant `") {
        let rest = &msg[i + "unknown variant `".len()..];
        let (value, known) = rest.split_once('`').unwrap_or((rest, ""));
        let known = known
            .trim_start_matches(", expected ")
            .trim_start_matches("one of ")
            .replace('`', "")
            .replace(" or ", ", ");
        return format!("{}\"{value}\" is not one of: {known}", &msg[..i]);
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        return format!("{} is missing; add it", rest.trim_end_matches('`'));
    }
    let msg = match msg.find("expected struct ") {
        Some(i) => format!(
            "{}expected a map of keys and values (key: value)",
            &msg[..i]
        ),
        None => msg.to_owned(),
    };
    msg.replace("invalid type: ", "wrong type: found ")
        .replace("expected usize", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected a borrowed string", "expected a text")
        .replace("expected a string", "expected a text")
        .replace("sequence", "list")
        .replace(", expected", ", but expected")
}

/// The position of the value of `path` in block-style YAML, falling back to the deepest part
/// found. A part `#2` is the third item of a list. Used to place problems found after parsing.
pub fn key_pos(text: &str, path: &[&str]) -> Option<Pos> {
    let entries = entries(text);
    let mut found = None;
    let mut parent: Option<usize> = None;
    let mut start = 0;
    'parts: for (i, part) in path.iter().enumerate() {
        let mut items = 0;
        let mut item_indent = None;
        for (k, e) in entries.iter().enumerate().skip(start) {
            let inside = parent.is_none_or(|p| e.indent > p || (e.dash && e.indent == p));
            if !inside {
                break;
            }
            if let Some(n) = part.strip_prefix('#') {
                if !e.dash || item_indent.is_some_and(|i| i != e.indent) {
                    continue;
                }
                item_indent = Some(e.indent);
                if n.parse() == Ok(items) {
                    found = Some(Pos::new(e.line, e.col + 2));
                    (parent, start) = (Some(e.indent), k + 1);
                    continue 'parts;
                }
                items += 1;
            } else if !e.dash
                && parent.is_some_or_top(e.indent, &entries)
                && let Some(rest) = strip_key(e.text, part)
            {
                let gap = rest.len() - rest.trim_start().len();
                let value_at = e.text.len() - rest.len() + gap;
                found = Some(Pos::new(e.line, e.col + e.text[..value_at].chars().count()));
                if rest.trim_start().starts_with('{') {
                    // A flow map on this line, as in `target: {initiatives: 2300}`.
                    if let Some(next) = path.get(i + 1)
                        && let Some(at) = flow_key(&e.text[value_at..], next)
                    {
                        let at = value_at + at;
                        found = Some(Pos::new(e.line, e.col + e.text[..at].chars().count()));
                    }
                    break 'parts;
                }
                (parent, start) = (Some(e.indent), k + 1);
                continue 'parts;
            }
        }
        break;
    }
    found
}

/// The byte offset of the value of `key` in a flow map `{a: 1, key: 2}`, else of the key.
fn flow_key(flow: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = flow[from..].find(key).map(|i| i + from) {
        let before = flow[..i].trim_end();
        let after = &flow[i + key.len()..];
        if (before.ends_with('{') || before.ends_with(',')) && after.trim_start().starts_with(':') {
            let colon = i + key.len() + (after.len() - after.trim_start().len()) + 1;
            let value = &flow[colon..];
            return Some(colon + (value.len() - value.trim_start().len()));
        }
        from = i + key.len();
    }
    None
}

/// One key line or list dash of block YAML, with `- ` items split into a dash and their key.
struct Entry<'a> {
    line: usize,
    /// Column (1-based, in characters) of `text`.
    col: usize,
    /// Indentation in bytes.
    indent: usize,
    dash: bool,
    text: &'a str,
}

fn entries(text: &str) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line.trim_start();
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        loop {
            let indent = line.len() - rest.len();
            let col = line[..indent].chars().count() + 1;
            if let Some(after) = rest
                .strip_prefix("- ")
                .or_else(|| (rest == "-").then_some(""))
            {
                out.push(Entry {
                    line: i + 1,
                    col,
                    indent,
                    dash: true,
                    text: rest,
                });
                rest = after.trim_start();
                if rest.is_empty() {
                    break;
                }
            } else {
                out.push(Entry {
                    line: i + 1,
                    col,
                    indent,
                    dash: false,
                    text: rest,
                });
                break;
            }
        }
    }
    out
}

trait TopLevel {
    fn is_some_or_top(&self, indent: usize, entries: &[Entry]) -> bool;
}

impl TopLevel for Option<usize> {
    /// Below a parent any deeper key counts; at the top, only the least indented keys.
    fn is_some_or_top(&self, indent: usize, entries: &[Entry]) -> bool {
        self.is_some() || Some(indent) == entries.iter().map(|e| e.indent).min()
    }
}

fn strip_key<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    for quote in ["", "\"", "'"] {
        if let Some(rest) = line
            .strip_prefix(quote)
            .and_then(|l| l.strip_prefix(key))
            .and_then(|l| l.strip_prefix(quote))
            .and_then(|l| l.strip_prefix(':'))
        {
            return Some(rest);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
        tags: Option<Vec<String>>,
    }

    #[test]
    fn errors_have_one_based_positions_and_plain_words() {
        let e = from_str::<T>("title: a\ntags: 3\n").unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 7));
        assert!(e.message.contains("tags"), "{}", e.message);
        assert!(!e.message.contains("at line"), "{}", e.message);

        let e = from_str::<T>("title: a\ncolour: red\n").unwrap_err();
        assert_eq!(e.pos.line, 2);
        assert_eq!(
            e.message,
            "unknown key \"colour\"; the keys that can be used here are: title, tags"
        );

        let e = from_str::<T>("title: x\ntags: [\"a, b]\n").unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 8));
        assert_eq!(
            e.message,
            "a text in quotes is never closed; add the closing quote"
        );

        let e = from_str::<T>("title: [a\n").unwrap_err();
        assert!(!e.message.contains(" line "), "{}", e.message);
        assert_eq!(e.pos.line, 1);
    }

    #[test]
    fn key_positions_follow_indentation() {
        let text = "title: x\nlanguages:\n  vi: {name: V}\n  en:\n    name: E\ndate: 07/09/2023\n";
        assert_eq!(key_pos(text, &["date"]), Some(Pos::new(6, 7)));
        assert_eq!(key_pos(text, &["languages", "en"]), Some(Pos::new(4, 6)));
        assert_eq!(
            key_pos(text, &["languages", "en", "name"]),
            Some(Pos::new(5, 11))
        );
        assert_eq!(key_pos(text, &["languages", "fr"]), Some(Pos::new(2, 11)));
        assert_eq!(key_pos(text, &["missing"]), None);
    }

    #[test]
    fn key_positions_reach_into_lists() {
        let text = "name: x\nbreakdown:\n  - name: a\n    values:\n      members: 5\n  - name: b\n    values: {members: 7}\nsources:\n- title: s\n  url: u\n";
        assert_eq!(
            key_pos(text, &["breakdown", "#0", "values", "members"]),
            Some(Pos::new(5, 16))
        );
        assert_eq!(
            key_pos(text, &["breakdown", "#1", "values"]),
            Some(Pos::new(7, 13))
        );
        assert_eq!(
            key_pos(text, &["breakdown", "#1", "name"]),
            Some(Pos::new(6, 11))
        );
        assert_eq!(
            key_pos(text, &["sources", "#0", "url"]),
            Some(Pos::new(10, 8))
        );
        assert_eq!(key_pos(text, &["breakdown", "#5"]), Some(Pos::new(2, 11)));
        assert_eq!(
            key_pos(text, &["breakdown", "#1", "values", "members"]),
            Some(Pos::new(7, 23))
        );
        let flow = "target: {initiatives: 2300, volunteers: 10}\n";
        assert_eq!(
            key_pos(flow, &["target", "volunteers"]),
            Some(Pos::new(1, 41))
        );
    }
}
