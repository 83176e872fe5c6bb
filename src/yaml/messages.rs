//! The parsers' words made plain for editors, without positions counted in another text.

use crate::diagnostics::Pos;

use super::error::YamlError;

/// How every syntax message of the event parser starts.
pub const SYNTAX: &str = "the YAML cannot be read here";

/// A syntax error of the event parser.
pub fn syntax(info: &str) -> String {
    if info.contains("recursion limit") {
        return format!("{SYNTAX}: it is nested too deeply; write it flatter");
    }
    format!("{SYNTAX} ({info}); check the indentation, colons and quotes")
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
            message: "a text in quotes is never closed; add the closing quote".into(),
        };
    }
    if message.contains("recursion limit") {
        return YamlError {
            pos: marks.first().copied().unwrap_or(pos),
            message: format!("{SYNTAX}: it is nested too deeply; write it flatter"),
        };
    }
    if message.contains("repetition limit exceeded") {
        return YamlError {
            pos: marks.first().copied().unwrap_or(pos),
            message: "the YAML repeats or nests its aliases (*name) too much to be read; write the values out".into(),
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
fn plain(msg: &str) -> String {
    match msg.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.contains('`') => {
            format!("{path}: {}", plain_words(rest))
        }
        _ => plain_words(msg),
    }
}

/// libyaml's syntax messages, each with what an editor should look for.
const SYNTAX_WORDS: &[(&str, &str)] = &[
    (
        "mapping values are not allowed in this context",
        "a colon stands where no key can start; check this line and the one above: a key needs a space after its colon (initiatives: 3666), and a text with \": \" in it needs quotes",
    ),
    (
        "found a tab character",
        "a tab is used here; indent with spaces, never tabs",
    ),
    (
        "found character that cannot start any token",
        "this character cannot start a value: indent with spaces, never tabs, and put a text that starts with @, ` or % in quotes",
    ),
    (
        "did not find expected key",
        "this line does not line up with the keys around it, or a quote before it is not closed; check the indentation (spaces) and the quotes",
    ),
    (
        "did not find expected ',' or ']'",
        "a list written in [ ] is not closed; add the ] or check the commas",
    ),
    (
        "did not find expected ',' or '}'",
        "a map written in { } is not closed; add the } or check the commas",
    ),
    (
        "did not find expected node content",
        "a value is missing here; write it, or put the text in quotes",
    ),
    (
        "could not find expected ':'",
        "a key here has no colon, or no space after its colon; write it as key: value",
    ),
    (
        "found unexpected end of stream",
        "the file ends in the middle of a value; check the last lines",
    ),
];

fn plain_words(msg: &str) -> String {
    if let Some((_, words)) = SYNTAX_WORDS.iter().find(|(raw, _)| msg.contains(raw)) {
        return (*words).to_owned();
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (key, known) = rest.split_once('`').unwrap_or((rest, ""));
        let known = known_list(known);
        if known.is_empty() || known.starts_with("there are no fields") {
            return format!("unknown key \"{key}\"; no keys can be used here");
        }
        return format!("unknown key \"{key}\"; the keys that can be used here are: {known}");
    }
    if let Some(i) = msg.find("unknown variant `") {
        let rest = &msg[i + "unknown variant `".len()..];
        let (value, known) = rest.split_once('`').unwrap_or((rest, ""));
        return format!(
            "{}\"{value}\" is not one of: {}",
            &msg[..i],
            known_list(known)
        );
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        return format!("{} is missing; add it", rest.trim_end_matches('`'));
    }
    if msg.contains("out of range") || msg.contains("u128") || msg.contains("i128") {
        return "the number is too large; check the figure".into();
    }
    let msg = match msg.find("expected struct ") {
        Some(i) => format!(
            "{}expected a map of keys and values (key: value)",
            &msg[..i]
        ),
        None => msg.to_owned(),
    };
    msg.replace("invalid type: ", "wrong type: found ")
        .replace("invalid value: integer", "wrong number:")
        .replace("found enum", "found a YAML tag (!name)")
        .replace("found unit value", "found nothing")
        .replace("expected a boolean", "expected true or false")
        .replace("expected usize", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected u64", "expected a whole number")
        .replace("expected a borrowed string", "expected a text")
        .replace("expected a string", "expected a text")
        .replace("sequence", "list")
        .replace(", expected", ", but expected")
}
