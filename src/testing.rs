//! A small site made in a temporary folder and taken through the stages up to the frozen graph,
//! for the unit tests of the stages after it.

use std::path::Path;

use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::graph::SiteGraph;
use crate::render::views::Views;
use crate::theme::Theme;

/// site.yaml of the test sites: Vietnamese and English, published below a path.
pub const SITE: &str = "title: {vi: \"Trang\", en: \"Site\"}\nbase_url: \"https://example.org/sub/\"\n\
default_language: vi\nlanguages:\n  vi: {name: \"Tiếng Việt\"}\n  en: {name: \"English\"}\n\
theme: default\ntimezone: \"+07:00\"\npaginate: 2\n";

/// A built test site: its folder (removed when dropped), configuration, theme and graph.
pub struct Built {
    _dir: tempfile::TempDir,
    pub config: Config,
    pub theme: Theme,
    pub graph: SiteGraph,
}

impl Built {
    pub fn views(&self) -> Views<'_> {
        Views {
            config: &self.config,
            graph: &self.graph,
            strings: &self.theme.i18n,
            locales: &self.theme.locales,
        }
    }
}

/// An article's text with its front matter.
pub fn article(title: &str, date: &str, extra: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\nText of {title}.\n")
}

/// Runs config, load and the graph stages of a build on `files` (paths below `content/`); panics
/// with the problems found when there are any.
pub fn build(files: &[(&str, &str)]) -> Built {
    try_build(files).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

/// `build`, or the problems the stages found, as they would be printed.
pub fn try_build(files: &[(&str, &str)]) -> Result<Built, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "site.yaml", SITE);
    for (rel, text) in files {
        write(dir.path(), &format!("content/{rel}"), text);
    }
    let config = crate::config::load(dir.path(), None).expect("site.yaml is valid");
    let mut found = Diagnostics::default();
    let (sources, results, theme) = crate::load(&config, (None, false), &mut found);
    let photos = crate::images::Processor::new(dir.path(), false);
    let no_strings = std::collections::HashMap::new();
    let strings = theme.as_ref().map_or(&no_strings, |t| &t.theme.i18n);
    let locales = theme.as_ref().map(|t| &*t.theme.locales);
    let names = crate::graph::Names::new(&config, strings, locales);
    let made = crate::make_graph(
        &config,
        sources,
        results,
        &crate::Options::default(),
        &photos,
        &names,
        &mut found,
    );
    let (errors, _) = found.into_sorted();
    let (Some(theme), true) = (theme, errors.is_empty()) else {
        return Err(errors.iter().map(ToString::to_string).collect());
    };
    let graph = made.graph;
    let theme = theme.theme;
    Ok(Built {
        _dir: dir,
        config,
        theme,
        graph,
    })
}

pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
