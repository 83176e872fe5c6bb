//! Search without a server: per language, an index of the published pages in static files,
//! split into shards that the reader's browser loads only as a query needs them
//! (themes/default/static/search.js reads them).

mod buckets;
mod docs;
mod index;
mod postings;
mod terms;

use std::path::Path;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Pos};
use crate::graph::SiteGraph;
use crate::lang::Lang;
use crate::locale::Locales;
use crate::output::stage::Stage;
use crate::render::{Content, OutputFile};
use index::IndexFile;

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
/// that one language's keys are in memory at once; a build writes each file into its staging
/// folder as soon as it is made.
pub fn index(
    config: &Config,
    graph: &SiteGraph,
    locales: &Locales,
    stage: Option<&Stage>,
) -> (Vec<OutputFile>, Vec<Summary>, Vec<Diagnostic>) {
    let (mut files, mut summaries, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for lang in config.langs() {
        match language(config, graph, (lang, locales), stage) {
            Ok((made, summary)) => {
                files.extend(made);
                summaries.push(summary);
            }
            Err(e) => errors.push(e),
        }
    }
    (files, summaries, errors)
}

/// The index files of one language (in `stage` when there is one), and what they hold.
pub fn language(
    config: &Config,
    graph: &SiteGraph,
    (lang, locales): (Lang, &Locales),
    stage: Option<&Stage>,
) -> Result<(Vec<OutputFile>, Summary), Diagnostic> {
    let dir = &graph.search_index[lang.0].path;
    let origin = Path::new("the search index");
    let emit = |(path, bytes): IndexFile| {
        let path = format!("{dir}{path}");
        let len = bytes.len();
        let content = match stage {
            Some(stage) => {
                let put = stage.put(&path, &bytes);
                Content::Staged(
                    put.map_err(|e| Diagnostic::error(origin, Pos::UNKNOWN, e.0))?,
                    None,
                )
            }
            None => Content::bytes(bytes),
        };
        let file = OutputFile {
            path,
            content,
            origin: origin.to_path_buf(),
        };
        Ok((file, len))
    };
    let mut docs = docs::docs(config, graph, lang, locales.get(lang));
    let made = index::build(&mut docs, &fill(graph), &emit)?;
    let summary = Summary {
        code: config.code(lang).to_owned(),
        pages: docs.len(),
        files: made.len(),
        bytes: made.iter().map(|(_, len)| len).sum(),
    };
    Ok((made.into_iter().map(|(file, _)| file).collect(), summary))
}

/// Reads an article's words from the graph's store; an error names the article.
fn fill<'a>(graph: &'a SiteGraph) -> impl Fn(&mut docs::Doc<'a>) -> Result<(), Diagnostic> + Sync {
    move |doc| {
        doc.fill(graph).map_err(|e| {
            let article = doc.article().map(|id| &graph.articles[id]);
            let at = article.map(|a| a.source.clone()).unwrap_or_default();
            let message = crate::msg!("build-store-unreadable", error = e.to_string());
            Diagnostic::error(at, Pos::UNKNOWN, message)
        })
    }
}

#[cfg(test)]
mod tests;
