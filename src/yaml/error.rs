//! The one kind of problem the YAML door reports, shared by the parser and its messages.

use crate::diagnostics::Pos;
use crate::messages::Message;

/// A YAML problem: where it is in the parsed text and what is wrong, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: Message,
}
