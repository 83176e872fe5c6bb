//! Shortcodes in Markdown, Zola-style: `{{ figure(unit="lai-chau", metric="initiatives") }}` is
//! found in a body (outside code), read into a `Call` that knows where each argument is written,
//! and hidden behind a placeholder of the same length while the Markdown is parsed, so that the
//! shortcode is never read as Markdown and every other problem keeps its line and column.

use std::ops::Range;

use crate::messages::Message;
use crate::msg;

/// The name of the one shortcode there is.
const FIGURE: &str = "figure";

/// The value of an argument as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `"lai-chau"` or `'lai-chau'`.
    Text(String),
    /// `true` or `false`, without quotes.
    Bool(bool),
    /// Any other word without quotes: `lai-chau`, `12`.
    Bare(String),
}

/// One argument: `name="value"`, with the byte offsets of its name and value in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    pub name: String,
    pub at: usize,
    pub value: Value,
    pub value_at: usize,
}

/// A shortcode as written: where it starts (its `{{`) and its arguments in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub at: usize,
    pub args: Vec<Arg>,
}

impl Call {
    /// The argument `name`, when it is given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|a| a.name == name)
    }
}

/// A shortcode found in a body: the bytes it takes, and the call or why it cannot be read (a
/// problem at a byte offset).
#[derive(Debug)]
pub struct Found {
    pub range: Range<usize>,
    pub call: Result<Call, (usize, Message)>,
}

/// What a page shows for a figure: its text and, when linked, the address it leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    pub href: Option<String>,
}

/// What a call comes to: its figure, a problem at a byte offset of the body, or nothing to
/// say because the data it names has problems of its own (reported with that data).
#[derive(Debug, Clone, PartialEq)]
pub enum Quoted {
    Shown(Quote),
    Problem(usize, Message),
    Unchecked,
}

/// Every `{{ figure(...) }}` of `body` outside the byte ranges of `code`, in order. Anything else
/// between `{{` and `}}` is not a shortcode and stays text.
pub fn find(body: &str, code: &[Range<usize>]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut from = 0;
    while let Some(i) = body[from..].find("{{") {
        let at = from + i;
        from = at + 2;
        if code.iter().any(|r| r.contains(&at)) || !names_figure(&body[at + 2..]) {
            continue;
        }
        let mut reader = Reader { body, pos: at + 2 };
        let call = reader.call(at);
        if call.is_ok() {
            from = reader.pos;
        }
        out.push(Found {
            range: at..reader.pos,
            call,
        });
    }
    out
}

/// Whether the text after a `{{` starts with the word `figure`.
fn names_figure(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t']);
    rest.strip_prefix(FIGURE)
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-'))
}

/// Start and end of a placeholder; between them, `x` padding and the shortcode's number.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// `body` with each of `ranges` replaced by a placeholder of the same byte length that Markdown
/// reads as plain text; a range too short for its placeholder is left as written.
pub fn hide(body: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(body.len());
    let mut last = 0;
    for (n, r) in ranges.iter().enumerate() {
        let number = n.to_string();
        let fixed = OPEN.len_utf8() + number.len() + CLOSE.len_utf8();
        if r.len() < fixed || r.start < last {
            continue;
        }
        out.push_str(&body[last..r.start]);
        out.push(OPEN);
        out.extend(std::iter::repeat_n('x', r.len() - fixed));
        out.push_str(&number);
        out.push(CLOSE);
        last = r.end;
    }
    out.push_str(&body[last..]);
    out
}

/// Whether `text` may hold a placeholder.
pub fn has_placeholder(text: &str) -> bool {
    text.contains(OPEN)
}

/// A part of a text that may hold placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// The placeholder of the shortcode with this number.
    Figure(usize),
}

/// The pieces of `text`, in order: text as it is, and the number of each placeholder.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(OPEN) {
        let after = &rest[open + OPEN.len_utf8()..];
        let number = after.find(CLOSE).and_then(|close| {
            let inner = after[..close].trim_start_matches('x');
            let n = inner.parse::<usize>().ok()?;
            Some((n, close))
        });
        let Some((n, close)) = number else {
            out.push(Piece::Text(&rest[..open + OPEN.len_utf8()]));
            rest = after;
            continue;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Figure(n));
        rest = &after[close + CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// Reads one call from just after its `{{`.
struct Reader<'a> {
    body: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.body[self.pos..]
    }

    /// `figure(name="value", ...) }}`, the `{{` being at `at`.
    fn call(&mut self, at: usize) -> Result<Call, (usize, Message)> {
        let unclosed = || (at, msg!("figure-unclosed"));
        self.space().map_err(|_| unclosed())?;
        self.pos += FIGURE.len();
        self.space().map_err(|_| unclosed())?;
        self.expect("(", |found| msg!("figure-expected-open", found = found))?;
        let mut args = Vec::new();
        loop {
            self.space().map_err(|_| unclosed())?;
            if self.rest().starts_with(')') {
                break;
            }
            args.push(self.arg().map_err(|e| e.unwrap_or_else(unclosed))?);
            self.space().map_err(|_| unclosed())?;
            if self.rest().starts_with(',') {
                self.pos += 1;
                continue;
            }
            if !self.rest().starts_with(')') {
                return Err(self.found(|found| msg!("figure-expected-comma", found = found)));
            }
        }
        self.pos += 1;
        self.space().map_err(|_| unclosed())?;
        self.expect("}}", |found| msg!("figure-expected-close", found = found))?;
        Ok(Call { at, args })
    }

    /// `name = value`; `Err(None)` when the paragraph ends first.
    fn arg(&mut self) -> Result<Arg, Option<(usize, Message)>> {
        let at = self.pos;
        let name = self.word();
        if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(Some(
                self.found(|found| msg!("figure-expected-argument", found = found)),
            ));
        }
        let name = name.to_owned();
        self.pos += name.len();
        self.space().map_err(|_| None)?;
        self.expect("=", |found| {
            msg!("figure-expected-equals", name = &name, found = found)
        })
        .map_err(Some)?;
        self.space().map_err(|_| None)?;
        let value_at = self.pos;
        let value = self.value(&name)?;
        Ok(Arg {
            name,
            at,
            value,
            value_at,
        })
    }

    /// A value in quotes, `true`, `false` or a bare word.
    fn value(&mut self, name: &str) -> Result<Value, Option<(usize, Message)>> {
        let rest = self.rest();
        if let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') {
            let inner = &rest[1..];
            let Some(end) = inner
                .find([quote, '\n'])
                .filter(|&e| inner[e..].starts_with(quote))
            else {
                return Err(Some((self.pos, msg!("figure-unclosed-quote", name = name))));
            };
            let text = inner[..end].to_owned();
            self.pos += 1 + end + 1;
            return Ok(Value::Text(text));
        }
        let word = self.word().to_owned();
        if word.is_empty() {
            return Err(Some(self.found(|found| {
                msg!("figure-expected-value", name = name, found = found)
            })));
        }
        self.pos += word.len();
        Ok(match word.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::Bare(word),
        })
    }

    /// The word at the position: letters, digits, `_`, `-` and `.`.
    fn word(&self) -> &str {
        let rest = self.rest();
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// Skips spaces and line ends; an error where the paragraph ends (a blank line or the end
    /// of the body) before the shortcode does.
    fn space(&mut self) -> Result<(), ()> {
        let mut line_ends = 0;
        for (i, c) in self.rest().char_indices() {
            match c {
                '\n' => line_ends += 1,
                ' ' | '\t' | '\r' => {}
                _ => {
                    self.pos += i;
                    return if line_ends > 1 { Err(()) } else { Ok(()) };
                }
            }
            if line_ends > 1 {
                return Err(());
            }
        }
        Err(())
    }

    /// Steps over `token`, or says what was found instead.
    fn expect(
        &mut self,
        token: &str,
        problem: impl Fn(&str) -> Message,
    ) -> Result<(), (usize, Message)> {
        if self.rest().starts_with(token) {
            self.pos += token.len();
            Ok(())
        } else {
            Err(self.found(problem))
        }
    }

    /// A problem at the position, naming the word or sign found there.
    fn found(&self, problem: impl Fn(&str) -> Message) -> (usize, Message) {
        let word = self.word();
        let found = match word.is_empty() {
            true => self
                .rest()
                .chars()
                .next()
                .map(String::from)
                .unwrap_or_default(),
            false => word.chars().take(30).collect(),
        };
        (self.pos, problem(&found))
    }
}

#[cfg(test)]
mod tests;
