//! The front matter stage: every Markdown file's front matter read in parallel. A key with a
//! wrong value is reported and the file goes on (its body and page are still checked); a file
//! whose front matter cannot be read at all is reported and left out, so the other files'
//! problems are found in the same build.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::front_matter::{self, FrontMatter};
use crate::content::{DocKind, SourceDoc};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::lang::Lang;
use crate::msg;

/// A Markdown file with its front matter read.
#[derive(Debug)]
pub struct ParsedDoc {
    pub src: SourceDoc,
    pub fm: FrontMatter,
    pub body_offset: usize,
    pub body_line: usize,
}

/// The published files, the paths of drafts left out (links to them get their own message), and
/// files whose front matter cannot be read (reported once; links to them are not reported again).
pub struct Parsed {
    pub docs: Vec<ParsedDoc>,
    /// (translation key, language) of each draft -> its path relative to `content/`.
    pub drafts: HashMap<(String, Lang), String>,
    /// (translation key, language) of each file whose front matter cannot be read.
    pub failed: HashSet<(String, Lang)>,
}

/// Reads every front matter. A file whose front matter cannot be read is reported, counted as
/// not checked and left out, so that the problems of the other files are still found in the
/// same build; the problems of one that can be read do not stop it.
pub fn parse(
    config: &Config,
    docs: Vec<SourceDoc>,
    drafts: bool,
    diagnostics: &mut Diagnostics,
) -> Parsed {
    let ids: Vec<(String, Lang, PathBuf)> = docs
        .iter()
        .map(|d| (d.key.clone(), d.lang, d.shown.clone()))
        .collect();
    let results: Vec<(Option<ParsedDoc>, Vec<Diagnostic>)> = docs
        .into_par_iter()
        .map(|src| parse_one(config, src))
        .collect();
    let (mut published, mut left_out, mut failed) = (Vec::new(), HashMap::new(), HashSet::new());
    for ((doc, problems), (key, lang, shown)) in results.into_iter().zip(ids) {
        diagnostics.extend(problems);
        match doc {
            Some(doc) if doc.fm.draft && !drafts && doc.src.kind == DocKind::Article => {
                left_out.insert((key, lang), doc.src.rel.clone());
            }
            Some(doc) => published.push(doc),
            None => {
                diagnostics.unchecked(shown);
                failed.insert((key, lang));
            }
        }
    }
    Parsed {
        docs: published,
        drafts: left_out,
        failed,
    }
}

/// One file's front matter and its problems; no file when the front matter cannot be read.
pub fn parse_one(config: &Config, src: SourceDoc) -> (Option<ParsedDoc>, Vec<Diagnostic>) {
    let problem = |e: front_matter::FmError| Diagnostic::error(&src.shown, e.pos, e.message);
    let split = match front_matter::split(&src.text, config.timezone) {
        Ok(split) => split,
        Err(errs) => return (None, errs.into_iter().map(problem).collect()),
    };
    let mut fm = split.front_matter;
    let mut errors: Vec<Diagnostic> = split.problems.into_iter().map(problem).collect();
    if src.kind == DocKind::Article {
        let at = Pos::new(1, 1);
        // A key written with a wrong value has been reported at its place already.
        let reported = |key: &str| {
            let place = fm.place(key);
            fm.places.iter().any(|(k, _)| k == key)
                && errors
                    .iter()
                    .any(|e| e.line == place.line && e.col == place.col)
        };
        if split.body_line == 0 {
            errors.push(Diagnostic::error(
                &src.shown,
                at,
                msg!("content-no-front-matter"),
            ));
        } else {
            let (no_title, no_date) = (
                fm.title.is_none() && !reported("title"),
                fm.date.is_none() && !reported("date"),
            );
            if no_title {
                errors.push(Diagnostic::error(
                    &src.shown,
                    fm.place("title"),
                    msg!("content-title-missing"),
                ));
            }
            if no_date {
                errors.push(Diagnostic::error(
                    &src.shown,
                    at,
                    msg!("content-date-missing"),
                ));
            }
        }
        // The build fails; the page is still made, to check the rest of it, at the start of 1970.
        fm.date
            .get_or_insert_with(|| chrono::DateTime::UNIX_EPOCH.with_timezone(&config.timezone));
    }
    let (body_offset, body_line) = (split.body_offset, split.body_line);
    let doc = ParsedDoc {
        src,
        fm,
        body_offset,
        body_line,
    };
    (Some(doc), errors)
}
