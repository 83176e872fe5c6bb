//! Problems found in a site, with the place an editor must look: collected, sorted, reported together.

use std::fmt;
use std::path::PathBuf;

use crate::messages::{Catalogue, Message};
use crate::msg;

/// How serious a problem is: errors stop a build, warnings are only reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing, never a failure (for example: ranks cannot be verified yet).
    Note,
}

/// One problem in one file, shown as `path:line:col: message; hint`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path relative to the site root, as the editor knows it.
    pub path: PathBuf,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub col: usize,
    pub severity: Severity,
    pub message: Message,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, pos: Pos, message: impl Into<Message>) -> Self {
        Self {
            path: path.into(),
            line: pos.line,
            col: pos.col,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<PathBuf>, pos: Pos, message: impl Into<Message>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(path, pos, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Diagnostic {
    /// `path:line:col: message` in the words of `catalogue`; the path as the editor wrote it.
    pub fn render(&self, catalogue: &Catalogue) -> String {
        let mut place = display_path(&self.path);
        if self.line > 0 {
            place.push_str(&format!(":{}", self.line));
            if self.col > 0 {
                place.push_str(&format!(":{}", self.col));
            }
        }
        let text = catalogue.text(&self.message);
        let line = match self.severity {
            Severity::Error => msg!("diagnostic-error", place = place, text = text),
            Severity::Warning => msg!("diagnostic-warning", place = place, text = text),
            Severity::Note => msg!("diagnostic-note", place = place, text = text),
        };
        catalogue.text(&line)
    }
}

/// The English words, for logs and the tests of the stages.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Catalogue::english()))
    }
}

pub use crate::messages::display_path;

/// A 1-based line and column in a file; `Pos::UNKNOWN` when the place is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    pub const UNKNOWN: Pos = Pos { line: 0, col: 0 };

    pub fn new(line: usize, col: usize) -> Self {
        Self { line, col }
    }

    /// The line and column (in characters) of a byte offset in `text`.
    pub fn at_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Self { line, col }
    }

    /// This position moved down by `lines`, for text that starts further down its file.
    pub fn below(self, lines: usize) -> Self {
        if self.line == 0 {
            self
        } else {
            Self {
                line: self.line + lines,
                col: self.col,
            }
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The one collector of a build's problems: every stage pushes into it and the caller decides
/// what fails. `strict` problems are warnings in `build` and errors in `check` (statistics that
/// contradict themselves, photos without alt text). It also keeps the files that could not be
/// checked at all (a front matter or YAML that does not parse, a file that cannot be read), so
/// that the summary can say that more problems may be hidden in them.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    strict: Vec<Diagnostic>,
    unchecked: std::collections::BTreeSet<PathBuf>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    /// A problem that only `check` treats as an error.
    pub fn push_strict(&mut self, d: Diagnostic) {
        self.strict.push(d);
    }

    pub fn extend_strict(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.strict.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// A file left out of every later check (its problem is reported on its own).
    pub fn unchecked(&mut self, path: impl Into<PathBuf>) {
        self.unchecked.insert(path.into());
    }

    /// How many files could not be checked.
    pub fn unchecked_count(&self) -> usize {
        self.unchecked.len()
    }

    /// (errors and warnings, strict problems), each sorted by file, then place, so the same
    /// site always reports in the same order; errors said twice are said once.
    pub fn into_sorted(mut self) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
        self.items.sort();
        self.items.dedup();
        self.strict.sort();
        (self.items, self.strict)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns_in_characters() {
        let text = "ab\nđắk lắk: x\n";
        assert_eq!(Pos::at_offset(text, 0), Pos::new(1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(Pos::at_offset(text, x), Pos::new(2, 10));
    }

    #[test]
    fn display_has_path_line_col() {
        let d = Diagnostic::error(
            "content/a.md",
            Pos::new(4, 7),
            msg!("content-title-missing"),
        );
        assert!(
            d.to_string()
                .starts_with("content/a.md:4:7: title is missing")
        );
        let w = Diagnostic::warning("site.yaml", Pos::UNKNOWN, msg!("serve-not-found"));
        assert_eq!(w.to_string(), "site.yaml: warning: not found");
        let vi = Catalogue::new(crate::messages::MessageLang::Vi);
        assert_eq!(w.render(&vi), "site.yaml: cảnh báo: không tìm thấy trang");
    }
}
