//! One module per command; each takes its parsed arguments and returns what to report.

pub mod build;
pub mod check;
pub mod cli;
pub mod import;
pub mod init;
pub mod new;
pub mod schema;
