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
    if let Some(rest) = msg.strip_prefix("missing field `") {
        return format!("{} is missing; add it", rest.trim_end_matches('`'));
    }
    msg.replace("invalid type: ", "wrong type: found ")
        .replace("sequence", "list")
        .replace(", expected", ", but expected")
}

/// The position of the value of `path` (keys from the top) in block-style YAML,
/// falling back to the deepest key found. Used to place errors found after parsing.
pub fn key_pos(text: &str, path: &[&str]) -> Option<Pos> {
    let mut found = None;
    let mut depth = 0;
    let mut parent_indent: Option<usize> = None;
    for (i, line) in text.lines().enumerate() {
        if depth == path.len() {
            break;
        }
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        if let Some(p) = parent_indent {
            if indent <= p {
                break;
            }
        } else if indent > 0 {
            continue;
        }
        let key = path[depth];
        let Some(rest) = strip_key(trimmed, key) else {
            continue;
        };
        let value_start = rest.len() - rest.trim_start().len();
        let col = line[..line.len() - rest.len() + value_start]
            .chars()
            .count()
            + 1;
        found = Some(Pos::new(i + 1, col));
        parent_indent = Some(indent);
        depth += 1;
    }
    found
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
}
