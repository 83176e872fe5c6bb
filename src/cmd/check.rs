//! `campaign-site check`: the whole pipeline in memory, nothing written; statistics that
//! contradict themselves are errors here, where `build` only warns.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Severity};
use crate::{Failure, generate};

/// Every problem found, warnings of strict promoted to errors, sorted.
pub fn run(root: &Path) -> Result<Vec<Diagnostic>, Failure> {
    let site = generate(root, None, false)?;
    let mut all: Vec<Diagnostic> = site
        .strict
        .into_iter()
        .map(|d| match d.severity {
            Severity::Warning => Diagnostic {
                severity: Severity::Error,
                ..d
            },
            _ => d,
        })
        .chain(site.warnings)
        .collect();
    all.sort();
    Ok(all)
}

/// `2 errors, 3 warnings`.
pub fn summary(diags: &[Diagnostic]) -> String {
    let count = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning")
    )
}
