//! Search without a server: per language, an index of the published pages in static files,
//! split into shards that the reader's browser loads only as a query needs them
//! (themes/default/static/search.js reads them).

mod buckets;
mod docs;
mod index;
mod terms;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
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

/// The index files of every language, and what each holds.
pub fn index(
    config: &Config,
    graph: &SiteGraph,
    locales: &Locales,
) -> (Vec<OutputFile>, Vec<Summary>) {
    let (files, summaries): (Vec<Vec<OutputFile>>, Vec<Summary>) = config
        .langs()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|lang| language(config, graph, lang, locales))
        .unzip();
    (files.concat(), summaries)
}

/// The index files of one language, and what they hold.
pub fn language(
    config: &Config,
    graph: &SiteGraph,
    lang: Lang,
    locales: &Locales,
) -> (Vec<OutputFile>, Summary) {
    let code = config.code(lang);
    let docs = docs::docs(config, graph, lang, locales.get(lang));
    let files = index::build(&docs);
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
    (files, summary)
}

#[cfg(test)]
mod tests;
