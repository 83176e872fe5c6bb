//! The front matter stage: every Markdown file's front matter read in parallel; files that fail
//! are reported and left out, so the other files' problems are found in the same build.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::config::Config;
use crate::content::front_matter::{self, FrontMatter};
use crate::content::{DocKind, SourceDoc};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::lang::Lang;

/// A Markdown file with its front matter read.
#[derive(Debug)]
pub struct ParsedDoc {
    pub src: SourceDoc,
    pub fm: FrontMatter,
    pub body_offset: usize,
    pub body_line: usize,
}

/// The published files, the paths of drafts left out (links to them get their own message), and
/// files whose front matter failed (reported once; links to them are not reported again).
pub struct Parsed {
    pub docs: Vec<ParsedDoc>,
    /// (translation key, language) of each draft -> its path relative to `content/`.
    pub drafts: HashMap<(String, Lang), String>,
    /// (translation key, language) of each file whose front matter failed.
    pub failed: HashSet<(String, Lang)>,
}

/// Reads every front matter; files that fail are reported and left out, so that the problems of
/// the other files are still found in the same build.
pub fn parse(
    config: &Config,
    docs: Vec<SourceDoc>,
    drafts: bool,
    diagnostics: &mut Diagnostics,
) -> Parsed {
    let ids: Vec<(String, Lang)> = docs.iter().map(|d| (d.key.clone(), d.lang)).collect();
    let results: Vec<Result<ParsedDoc, Vec<Diagnostic>>> = docs
        .into_par_iter()
        .map(|src| parse_one(config, src))
        .collect();
    let (mut published, mut left_out, mut failed) = (Vec::new(), HashMap::new(), HashSet::new());
    for (r, id) in results.into_iter().zip(ids) {
        match r {
            Ok(doc) if doc.fm.draft && !drafts && doc.src.kind == DocKind::Article => {
                left_out.insert(id, doc.src.rel.clone());
            }
            Ok(doc) => published.push(doc),
            Err(e) => {
                diagnostics.extend(e);
                failed.insert(id);
            }
        }
    }
    Parsed {
        docs: published,
        drafts: left_out,
        failed,
    }
}

fn parse_one(config: &Config, src: SourceDoc) -> Result<ParsedDoc, Vec<Diagnostic>> {
    let split = front_matter::split(&src.text, config.timezone).map_err(|errs| {
        errs.into_iter()
            .map(|e| Diagnostic::error(&src.shown, e.pos, e.message))
            .collect::<Vec<_>>()
    })?;
    let mut errors = Vec::new();
    if src.kind == DocKind::Article {
        let at = Pos::new(1, 1);
        if split.body_line == 0 {
            errors.push(Diagnostic::error(
                &src.shown,
                at,
                "the article has no front matter; start it with ---, title: and date: lines, then ---",
            ));
        } else {
            if split.front_matter.title.is_none() {
                errors.push(Diagnostic::error(
                    &src.shown,
                    split.front_matter.place("title"),
                    "title is missing; add a line like title: \"...\" to the front matter",
                ));
            }
            if split.front_matter.date.is_none() {
                errors.push(Diagnostic::error(
                    &src.shown,
                    at,
                    "date is missing; add a line like date: 2023-09-07T21:28:00+07:00 to the front matter",
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (fm, body_offset, body_line) = (split.front_matter, split.body_offset, split.body_line);
    Ok(ParsedDoc {
        src,
        fm,
        body_offset,
        body_line,
    })
}
