//! Writing the site: one build at a time per output folder (a lock beside it), every file into a
//! staging folder beside the output, then one atomic swap, so a failed or killed build leaves the
//! previous output exactly as it was and the output folder exists at every instant.
//!
//! `statics` gathers the files published as they are, `target` refuses output folders that would
//! destroy sources, `lock` keeps builds of one output apart, and `swap` stages and swaps.

mod digests;
mod lock;
mod manifest;
pub mod stage;
mod statics;
mod swap;
mod target;

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;
use crate::render::file::OutputFile;

pub use lock::{LOCK_WAIT, OutputLock, lock};
pub use manifest::{Manifest, digest, hex};
pub use stage::Stage;
pub use statics::static_files;
pub use swap::{Commit, Written, commit};
pub use target::{MARKER, check_target};

/// Sorts files by path and finds two sources for one output file, or a file where a folder of
/// other files must be: the files come back with those problems (none when there is no clash).
pub fn check_clashes(mut files: Vec<OutputFile>) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut folders: BTreeMap<&str, &OutputFile> = BTreeMap::new();
    for f in &files {
        let mut path = f.path.as_str();
        while let Some((parent, _)) = path.rsplit_once('/') {
            folders.entry(parent).or_insert(f);
            path = parent;
        }
    }
    let as_folder = files.iter().filter_map(|f| {
        folders.get(f.path.as_str()).map(|inner| {
            Diagnostic::error(
                &f.origin,
                Pos::UNKNOWN,
                msg!(
                    "output-file-is-folder",
                    file = &f.path,
                    inner = &inner.path,
                    origin = &inner.origin
                ),
            )
        })
    });
    let mut errors: Vec<Diagnostic> = as_folder.collect();
    errors.extend(
        files
            .windows(2)
            .filter(|w| w[0].path == w[1].path)
            .map(|w| {
                Diagnostic::error(
                    &w[1].origin,
                    Pos::UNKNOWN,
                    msg!(
                        "output-file-twice",
                        file = &w[0].path,
                        origin = &w[0].origin
                    ),
                )
            }),
    );
    (files, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::file::Content;

    fn file(path: &str, origin: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            content: Content::bytes(Vec::new()),
            origin: origin.into(),
        }
    }

    fn messages((files, problems): (Vec<OutputFile>, Vec<Diagnostic>)) -> Vec<String> {
        assert!(!problems.is_empty(), "no clash found in {files:?}");
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn files_without_clashes_come_back_sorted_by_path() {
        let files = vec![
            file("tin-tuc/index.html", "content/news/_index.vi.md"),
            file("index.html", "content/_index.vi.md"),
            file("tin-tuc/a/index.html", "content/news/a.vi.md"),
        ];
        let (files, problems) = check_clashes(files);
        assert!(problems.is_empty(), "{problems:?}");
        let paths: Vec<String> = files.into_iter().map(|f| f.path).collect();
        assert_eq!(
            paths,
            ["index.html", "tin-tuc/a/index.html", "tin-tuc/index.html"]
        );
    }

    #[test]
    fn two_sources_of_one_output_file_are_named() {
        let files = vec![
            file("style.css", "themes/default/static/style.css"),
            file("index.html", "content/_index.vi.md"),
            file("style.css", "static/style.css"),
        ];
        assert_eq!(
            messages(check_clashes(files)),
            [
                "static/style.css: the output file /style.css is also made from \
                 themes/default/static/style.css; rename one of them"
            ]
        );
    }

    #[test]
    fn a_file_where_a_folder_must_be_is_named_with_a_file_inside() {
        let files = vec![
            file("tin-tuc/a/index.html", "content/news/a.vi.md"),
            file("tin-tuc", "static/tin-tuc"),
        ];
        assert_eq!(
            messages(check_clashes(files)),
            [
                "static/tin-tuc: the output file /tin-tuc is also a folder holding \
                 /tin-tuc/a/index.html (from content/news/a.vi.md); rename one of them"
            ]
        );
    }
}
