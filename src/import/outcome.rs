//! What `import` is asked to do and what it tells: the options of the command line, and the
//! summary lines, problems and files written of one import.

use std::path::{Path, PathBuf};

use super::changes::SourceArg;
use super::grid::Grid;
use crate::diagnostics::Diagnostic;
use crate::messages::Message;

/// What `import` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub file: PathBuf,
    pub campaign: String,
    pub sheet: Option<String>,
    pub map: Option<PathBuf>,
    pub write: bool,
    pub new_units: bool,
    pub kind: Option<String>,
    pub source: SourceArg,
}

/// What an import found and did: the summary (what was read, what changes), the problems
/// (errors stop it: then nothing is written) and the files written.
#[derive(Debug, Default)]
pub struct Outcome {
    pub lines: Vec<Message>,
    pub problems: Vec<Diagnostic>,
    pub written: Vec<PathBuf>,
    /// The import could not write (a disk error): exit 2, not 1.
    pub tool_failed: bool,
}

impl Outcome {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }

    pub(super) fn from_failure(failure: crate::failure::Failure) -> Outcome {
        match failure {
            crate::failure::Failure::Site(report) => Outcome::failed(report.problems),
            crate::failure::Failure::Tool(e) => Outcome {
                problems: vec![Diagnostic::error(
                    ".",
                    crate::diagnostics::Pos::UNKNOWN,
                    e.0,
                )],
                tool_failed: true,
                ..Outcome::default()
            },
        }
    }

    pub(super) fn failed(problems: Vec<Diagnostic>) -> Outcome {
        Outcome {
            problems,
            ..Outcome::default()
        }
    }
}

/// A place in the sheet as problems name it: `ket-qua.xlsx:Sheet1!B14`.
pub(crate) fn cell_path(file: &Path, grid: &Grid, row: usize, col: usize) -> PathBuf {
    PathBuf::from(format!(
        "{}:{}",
        crate::messages::display_path(file),
        grid.address(row, col)
    ))
}
