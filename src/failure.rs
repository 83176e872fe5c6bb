//! Why a build did not finish, as every stage and command reports it: the site has problems
//! (exit 1) or the tool failed (exit 2).

use crate::diagnostics::Diagnostic;
use crate::fsx::ToolError;

/// Why a build did not finish: the site has problems (exit 1) or the tool failed (exit 2).
#[derive(Debug)]
pub enum Failure {
    Site(Vec<Diagnostic>),
    Tool(ToolError),
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
        Failure::Site(d)
    }
}
