//! The parsers' words made plain for editors, without positions counted in another text.

use crate::diagnostics::Pos;
use crate::messages::Message;
use crate::msg;

use super::error::YamlError;

/// A syntax error of the event parser.
pub fn syntax(info: &str) -> Message {
    if info.contains("recursion limit") {
        return msg!("yaml-too-deep");
    }
    msg!("yaml-syntax", info = info)
}

/// Whether `m` is a syntax message of the event parser.
pub fn is_syntax(m: &Message) -> bool {
    matches!(m.id(), "yaml-syntax" | "yaml-too-deep")
}

/// Whether `m` says that aliases expand too far.
pub fn is_alias_limit(m: &Message) -> bool {
    m.id() == "yaml-alias-limit"
}

/// A serde_yaml error at `exact` (the value's place from the event parser) when known, else
/// at the place serde_yaml names.
/// `below` is the number of lines of the file above the parsed text.
pub fn from_serde(e: &serde_yaml::Error, exact: Pos, below: usize) -> YamlError {
    let pos = e.location().map_or(Pos::UNKNOWN, |l| {
        Pos::new(l.line(), l.column()).below(below)
    });
    let (message, marks) = strip_marks(&e.to_string());
    let marks: Vec<Pos> = marks.into_iter().map(|m| m.below(below)).collect();
    if message.contains("while scanning a quoted scalar") {
        return YamlError {
            pos: marks.last().copied().unwrap_or(pos),
            message: msg!("yaml-unclosed-quote"),
        };
    }
    if message.contains("recursion limit") {
        return YamlError {
            pos: marks.first().copied().unwrap_or(pos),
            message: msg!("yaml-too-deep"),
        };
    }
    if message.contains("repetition limit exceeded") {
        return YamlError {
            pos: marks.first().copied().unwrap_or(pos),
            message: msg!("yaml-alias-limit"),
        };
    }
    // A syntax message names the problem, then the construct it was reading. For an unclosed
    // bracket the construct's start is where the editor should look; otherwise the problem.
    let unclosed = message.contains("flow") || message.contains("could not find expected ':'");
    let pos = match marks.as_slice() {
        _ if exact != Pos::UNKNOWN => exact,
        [_, .., start] if unclosed => *start,
        [problem, ..] => *problem,
        _ => pos,
    };
    YamlError {
        pos,
        message: plain(&message),
    }
}

/// Removes the parser's own "at line L column C" from a message, returning them as positions.
fn strip_marks(msg: &str) -> (String, Vec<Pos>) {
    let mut out = String::with_capacity(msg.len());
    let mut marks = Vec::new();
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let line_end = digits(after);
        let line = after[..line_end].parse().unwrap_or(0);
        let Some(col_text) = after[line_end..].strip_prefix(" column ") else {
            out.push_str(" at line ");
            rest = after;
            continue;
        };
        let col_end = digits(col_text);
        marks.push(Pos::new(line, col_text[..col_end].parse().unwrap_or(0)));
        rest = &col_text[col_end..];
    }
    out.push_str(rest);
    (out, marks)
}

/// `a`, `b` or `c` in serde's words, as a plain list.
fn known_list(known: &str) -> String {
    known
        .trim_start_matches(", expected ")
        .trim_start_matches("one of ")
        .replace('`', "")
        .replace(" or ", ", ")
}

/// serde_yaml's words, made plainer for editors; the dotted path it puts first stays.
fn plain(msg: &str) -> Message {
    match msg.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.contains('`') => {
            msg!("yaml-at-path", path = path, text = plain_words(rest))
        }
        _ => plain_words(msg),
    }
}

/// A message of the catalogues, made when it is needed.
type Words = fn() -> Message;

/// libyaml's syntax messages, each with what an editor should look for.
const SYNTAX_WORDS: &[(&str, Words)] = &[
    ("mapping values are not allowed in this context", || {
        msg!("yaml-colon-not-allowed")
    }),
    ("found a tab character", || msg!("yaml-tab")),
    ("found character that cannot start any token", || {
        msg!("yaml-cannot-start")
    }),
    ("did not find expected key", || msg!("yaml-not-lined-up")),
    ("did not find expected ',' or ']'", || {
        msg!("yaml-list-not-closed")
    }),
    ("did not find expected ',' or '}'", || {
        msg!("yaml-map-not-closed")
    }),
    ("did not find expected node content", || {
        msg!("yaml-value-missing")
    }),
    ("could not find expected ':'", || msg!("yaml-no-colon")),
    ("found unexpected end of stream", || msg!("yaml-ends-early")),
];

/// The words of this crate's own `Deserialize` impls, which serde hands back as text.
pub const LIST_FOR_FIGURE: &str = "a list is written where a figure belongs; write one number";
pub const TAG_FOR_FIGURE: &str =
    "a YAML tag (!name) is written where a figure belongs; write the number alone";
/// Followed by the value written: `not a day: 07/09/2023`.
pub const NOT_A_DAY: &str = "not a day: ";

fn plain_words(msg: &str) -> Message {
    if let Some((_, words)) = SYNTAX_WORDS.iter().find(|(raw, _)| msg.contains(raw)) {
        return words();
    }
    match msg {
        LIST_FOR_FIGURE => return msg!("yaml-list-for-figure"),
        TAG_FOR_FIGURE => return msg!("yaml-tag-for-figure"),
        _ => {}
    }
    if let Some(value) = msg.strip_prefix(NOT_A_DAY) {
        return msg!("yaml-not-a-day", value = value);
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (key, known) = rest.split_once('`').unwrap_or((rest, ""));
        let known = known_list(known);
        if known.is_empty() || known.starts_with("there are no fields") {
            return msg!("yaml-unknown-key-none", key = key);
        }
        return msg!("yaml-unknown-key", key = key, known = known);
    }
    if let Some(i) = msg.find("unknown variant `") {
        let rest = &msg[i + "unknown variant `".len()..];
        let (value, known) = rest.split_once('`').unwrap_or((rest, ""));
        let m = msg!("yaml-not-one-of", value = value, known = known_list(known));
        return match &msg[..i] {
            "" => m,
            prefix => match prefix.strip_suffix(": ") {
                Some(path) => msg!("yaml-at-path", path = path, text = m),
                None => other(msg),
            },
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        return msg!("yaml-missing-key", key = rest.trim_end_matches('`'));
    }
    if msg.contains("out of range") || msg.contains("u128") || msg.contains("i128") {
        return msg!("yaml-too-large");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ")
        && let Some((found_text, expected_text)) = rest.rsplit_once(", expected ")
    {
        return msg!(
            "yaml-wrong-type",
            found = found(found_text),
            expected = expected(expected_text)
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid value: integer ")
        && let Some((value, expected_text)) = rest.rsplit_once(", expected ")
    {
        let value = value.trim_matches('`');
        return msg!(
            "yaml-wrong-number",
            value = value,
            expected = expected(expected_text)
        );
    }
    other(msg)
}

/// What serde found, in the catalogue's words for the common kinds.
fn found(text: &str) -> Message {
    let quoted = |prefix: &str| {
        text.strip_prefix(prefix)
            .map(|v| v.trim_matches('`').to_owned())
    };
    if let Some(value) = text.strip_prefix("string ") {
        return msg!("yaml-found-text", value = value);
    }
    if let Some(value) = quoted("integer ") {
        return msg!("yaml-found-integer", value = value);
    }
    if let Some(value) = quoted("floating point ") {
        return msg!("yaml-found-float", value = value);
    }
    if let Some(value) = quoted("boolean ") {
        return msg!("yaml-found-bool", value = value);
    }
    match text {
        "sequence" => msg!("yaml-found-list"),
        "map" => msg!("yaml-found-map"),
        "unit value" => msg!("yaml-found-nothing"),
        "enum" => msg!("yaml-found-tag"),
        _ => msg!("yaml-found-other", text = text.replace("sequence", "list")),
    }
}

/// What serde expected, in the catalogue's words for the common kinds.
fn expected(text: &str) -> Message {
    if text.starts_with("struct ") {
        return msg!("yaml-expected-keys");
    }
    match text {
        "usize" | "u32" | "u64" => msg!("yaml-expected-whole"),
        "a string" | "a borrowed string" | "a text" => msg!("yaml-expected-text"),
        "a number" => msg!("yaml-expected-number"),
        "a boolean" => msg!("yaml-expected-bool"),
        "a sequence" => msg!("yaml-expected-list"),
        "a map" => msg!("yaml-expected-map"),
        "a number, or a map like {value: 3666, qualifier: over}" => msg!("yaml-expected-figure"),
        "a date like 2023-09-01" => msg!("yaml-expected-day"),
        "a text, or a map of texts per language like {vi: ..., en: ...}" => {
            msg!("yaml-expected-localized")
        }
        _ => msg!(
            "yaml-expected-other",
            text = text.replace("sequence", "list")
        ),
    }
}

/// A message of serde_yaml without words of our own: its text, made plainer.
fn other(msg: &str) -> Message {
    let text = msg
        .replace("invalid type: ", "wrong type: found ")
        .replace("invalid value: integer", "wrong number:")
        .replace("sequence", "list")
        .replace(", expected", ", but expected");
    msg!("yaml-serde-other", text = text)
}
