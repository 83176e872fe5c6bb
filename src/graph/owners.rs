//! One owner per URL: the first file that claims an address keeps it; a second claim is an
//! error naming both files.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostics::{Diagnostic, Diagnostics, Pos};

/// Which file claimed each URL first; a second claim is an error naming both.
#[derive(Default)]
pub struct Owners(HashMap<String, PathBuf>);

impl Owners {
    /// Whether `owner` gets `path`: a second claim is an error (and the file is counted as not
    /// checked, having no page), and the first owner keeps it.
    pub fn claim(&mut self, path: &str, owner: &std::path::Path, errors: &mut Diagnostics) -> bool {
        if let Some(other) = self.0.get(path) {
            errors.push(Diagnostic::error(
                owner,
                Pos::UNKNOWN,
                crate::msg!("graph-address-taken", path = path, other = other),
            ));
            // The file gets no page, so what only its page would show is not checked.
            errors.unchecked(owner);
            false
        } else {
            self.0.insert(path.to_owned(), owner.to_path_buf());
            true
        }
    }
}
