//! Why a build did not finish, as every stage and command reports it: the site has problems
//! (exit 1) or the tool failed (exit 2).

use crate::diagnostics::Diagnostic;
use crate::fsx::ToolError;
use crate::messages::Message;
use crate::msg;

/// Why a build did not finish: the site has problems (exit 1) or the tool failed (exit 2).
#[derive(Debug)]
pub enum Failure {
    Site(Report),
    Tool(ToolError),
}

/// Every problem of a site found in one run, sorted, and how many files could not be checked
/// (so more problems may show once these are fixed).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub problems: Vec<Diagnostic>,
    pub unchecked: usize,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
    }

    /// `, 2 files could not be checked (...)` for a summary line; nothing when every file was.
    pub fn unchecked_message(&self) -> Message {
        match self.unchecked {
            0 => msg!("nothing"),
            n => msg!("files-not-checked", files = n),
        }
    }
}

impl From<ToolError> for Failure {
    fn from(e: ToolError) -> Self {
        Failure::Tool(e)
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(mut d: Vec<Diagnostic>) -> Self {
        d.sort();
        d.dedup();
        Failure::Site(Report {
            problems: d,
            unchecked: 0,
        })
    }
}
