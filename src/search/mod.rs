//! Search without a server: per language, an index of the published pages in static files,
//! split into shards that the reader's browser loads only as a query needs them
//! (themes/default/static/search.js reads them).

mod buckets;
mod docs;
mod index;
mod terms;

use std::path::PathBuf;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::graph::SiteGraph;
use crate::lang::Lang;
use crate::locale::Locales;
use crate::render::{Content, OutputFile};

pub use terms::{Term, term, terms};

/// What one language's index holds, for `build --verbose`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub code: String,
    pub pages: usize,
    pub files: usize,
    pub bytes: usize,
}

/// The index files of every language, and what each holds; the articles whose words could not
/// be read back from the graph's store. One language at a time (each is read in parallel), so
/// that one language's keys are in memory at once.
pub fn index(
    config: &Config,
    graph: &SiteGraph,
    locales: &Locales,
) -> (Vec<OutputFile>, Vec<Summary>, Vec<Diagnostic>) {
    let (mut files, mut summaries, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for lang in config.langs() {
        match language(config, graph, lang, locales) {
            Ok((made, summary)) => {
                files.extend(made);
                summaries.push(summary);
            }
            Err(e) => errors.push(e),
        }
    }
    (files, summaries, errors)
}

/// The index files of one language, and what they hold.
pub fn language(
    config: &Config,
    graph: &SiteGraph,
    lang: Lang,
    locales: &Locales,
) -> Result<(Vec<OutputFile>, Summary), Diagnostic> {
    let code = config.code(lang);
    let mut docs = docs::docs(config, graph, lang, locales.get(lang));
    let files = index::build(&mut docs, &|doc| {
        doc.fill(graph).map_err(|e| {
            let article = doc.article().map(|id| &graph.articles[id]);
            let at = article.map(|a| a.source.clone()).unwrap_or_default();
            let message = crate::msg!("build-store-unreadable", error = e.to_string());
            Diagnostic::error(at, crate::diagnostics::Pos::UNKNOWN, message)
        })
    })?;
    let summary = Summary {
        code: code.to_owned(),
        pages: docs.len(),
        files: files.len(),
        bytes: files.iter().map(|(_, b)| b.len()).sum(),
    };
    let dir = &graph.search_index[lang.0].path;
    let files = files
        .into_iter()
        .map(|(path, bytes)| OutputFile {
            path: format!("{dir}{path}"),
            content: Content::bytes(bytes),
            origin: PathBuf::from("the search index"),
        })
        .collect();
    Ok((files, summary))
}

#[cfg(test)]
mod tests;
