//! Internal links of the rendered site: every `href` and `src` that stays on the site must lead
//! to a file that exists, and a `#fragment` to an element with that id.

pub mod facts;
pub mod target;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Pos};
use crate::messages::Message;
use crate::msg;
use crate::render::{Content, OutputFile};
use crate::text::percent_decode;
use facts::Facts;
use target::{Target, found, target};

/// Problems of internal links in `files`, placed where the link is written: in the page's
/// source file, else in the theme's `templates` (name, text, shown path). The pages at
/// `unrendered` exist but could not be made (their template's problem is reported): links to
/// them are fine. A page written into the staging folder as it was made brings only its ids and
/// links ([`Facts`]).
pub fn check(
    files: &[OutputFile],
    unrendered: &[String],
    (base_path, root): (&str, &Path),
    templates: &[(String, String, PathBuf)],
) -> Vec<Diagnostic> {
    let pages: Vec<(&OutputFile, Cow<Facts>)> = files
        .par_iter()
        .filter(|f| f.path.ends_with(".html"))
        .filter_map(|f| Some((f, facts_of(f)?)))
        .collect();
    let exists: HashSet<&str> = files
        .iter()
        .map(|f| f.path.as_str())
        .chain(unrendered.iter().map(String::as_str))
        .collect();
    let ids: HashMap<&str, HashSet<&str>> = pages
        .iter()
        .map(|(f, facts)| (f.path.as_str(), facts.ids.iter().map(|s| &**s).collect()))
        .collect();
    let found: Vec<(&OutputFile, &str, Message)> = pages
        .par_iter()
        .flat_map_iter(|(f, facts)| {
            let page_dir = f.path.rsplit_once('/').map_or("", |(d, _)| d);
            let problems: Vec<_> = facts
                .links
                .iter()
                .filter_map(|link| {
                    let p = problem(link, page_dir, base_path, &exists, &ids)?;
                    Some((*f, &**link, p))
                })
                .collect();
            problems
        })
        .collect();
    let mut sources: HashMap<PathBuf, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    for (f, link, problem) in found {
        let source = sources
            .entry(f.origin.clone())
            .or_insert_with(|| std::fs::read_to_string(root.join(&f.origin)).ok());
        let page = format!("{base_path}{}", f.path.trim_end_matches("index.html"));
        let message = msg!("links-page", page = page, problem = problem);
        let in_source = source.as_deref().and_then(|s| place(s, link));
        let in_template = || {
            templates
                .iter()
                .find_map(|(_, text, shown)| Some((shown, place(text, link)?)))
        };
        out.push(match (in_source, in_template()) {
            (Some(pos), _) => Diagnostic::error(&f.origin, pos, message),
            (None, Some((shown, pos))) => Diagnostic::error(shown, pos, message),
            (None, None) => Diagnostic::error(&f.origin, Pos::UNKNOWN, message),
        });
    }
    out
}

/// What the check needs of a made page: read from its bytes, or kept when it was staged.
fn facts_of(f: &OutputFile) -> Option<Cow<'_, Facts>> {
    match &f.content {
        Content::Bytes(b) => std::str::from_utf8(b)
            .ok()
            .map(|t| Cow::Owned(Facts::of(t))),
        Content::Staged(_, facts) => facts.as_deref().map(Cow::Borrowed),
        Content::Copy(_) | Content::Cached(_) => None,
    }
}

/// What is wrong with `link` on a page in `page_dir`, or None when it is fine or leaves the site.
fn problem(
    link: &str,
    page_dir: &str,
    base_path: &str,
    exists: &HashSet<&str>,
    ids: &HashMap<&str, HashSet<&str>>,
) -> Option<Message> {
    let (path, file, folder, fragment) = match target(link, page_dir, base_path) {
        Target::Away => return None,
        Target::Outside => {
            return Some(msg!("links-page-outside", link = link, base = base_path));
        }
        Target::File {
            path,
            file,
            folder,
            fragment,
        } => (path, file, folder, fragment),
    };
    let Some(file) = found(&file, &folder, exists) else {
        return Some(
            match similar(link, &path, [&file, &folder], base_path, exists) {
                Some(similar) => msg!("links-page-missing-similar", link = link, similar = similar),
                None => msg!("links-page-missing", link = link),
            },
        );
    };
    match ids.get(file) {
        Some(ids) if !fragment.is_empty() && !ids.contains(fragment.as_str()) => Some(msg!(
            "links-page-no-anchor",
            link = link,
            fragment = fragment
        )),
        _ => None,
    }
}

/// The link to write instead of `link` (whose path part is `path`, leading to one of the
/// output files `wanted`), when a file of the output differs from it only in case or
/// Vietnamese marks: the same link with its last name changed, or the address from the site's
/// root.
fn similar(
    link: &str,
    path: &str,
    wanted: [&str; 2],
    base_path: &str,
    exists: &HashSet<&str>,
) -> Option<String> {
    let found = wanted
        .iter()
        .find_map(|w| crate::text::similar(w, exists.iter().copied()))?;
    let fragment = link
        .split_once('#')
        .map(|(_, f)| format!("#{f}"))
        .unwrap_or_default();
    let name = found.rsplit('/').next().unwrap_or(found);
    let written = path.rsplit('/').next().unwrap_or(path);
    let written = percent_decode(written);
    if !path.starts_with('/')
        && !written.is_empty()
        && crate::text::fold(&written) == crate::text::fold(name)
    {
        let before = path.rsplit_once('/').map_or("", |(b, _)| b);
        let sep = if before.is_empty() { "" } else { "/" };
        return Some(format!("{before}{sep}{name}{fragment}"));
    }
    let page = found.strip_suffix("index.html").unwrap_or(found);
    Some(format!("{base_path}{page}{fragment}"))
}

/// The line and column where `link` (or its page part) is written in a source file.
fn place(source: &str, link: &str) -> Option<Pos> {
    let fragment = link.split_once('#').map(|(_, f)| format!("#{f}"));
    let at = source
        .find(link)
        .or_else(|| fragment.and_then(|f| source.find(&f)))?;
    Some(Pos::at_offset(source, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, html: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            content: Content::bytes(html.as_bytes().to_vec()),
            origin: PathBuf::from("x.md"),
        }
    }

    #[test]
    fn internal_links_and_anchors_must_lead_somewhere() {
        let files = vec![
            page(
                "index.html",
                "<a href=\"/a/\">a</a> <a href=\"/a/#ket-qua\">k</a> <a href=\"/a/#khong\">n</a> <a href=\"/b/\">b</a> <img src=\"/anh.jpg\"> <a href=\"https://x.org/\">x</a> <a href=\"#top\">t</a><p id=\"top\">",
            ),
            page(
                "a/index.html",
                "<h2 id=\"ket-qua\">K</h2><a href=\"../\">up</a> <a href=\"c/\">c</a> <a href=\"/a\">no slash</a>",
            ),
        ];
        let problems: Vec<String> = check(&files, &[], ("/", Path::new("/nonexistent")), &[])
            .iter()
            .map(|d| d.message.english())
            .collect();
        assert_eq!(
            problems,
            [
                "the page / links to /a/#khong, but that page has no anchor \"khong\"",
                "the page / links to /b/, which does not exist",
                "the page / links to /anh.jpg, which does not exist",
                "the page /a/ links to c/, which does not exist",
            ]
        );
    }

    /// Web hosts tell `DSC_0042.JPG` from `dsc_0042.jpg`: still broken, with the name to write.
    #[test]
    fn a_link_wrong_only_in_case_or_marks_gets_a_suggestion() {
        let mut files = vec![
            page(
                "tin-tuc/index.html",
                "<img src=\"/sub/Files/DSC_0042.JPG\"> <a href=\"a/BAO-CAO.pdf#p2\">r</a> <a href=\"/sub/Tin-Tuc/\">t</a> <a href=\"../%E1%BA%A2nh.png\">a</a>",
            ),
            page("tin-tuc/a/index.html", ""),
        ];
        for f in ["files/dsc_0042.jpg", "tin-tuc/a/bao-cao.pdf", "anh.png"] {
            files.push(page(f, ""));
        }
        let problems: Vec<String> = check(&files, &[], ("/sub/", Path::new("/nonexistent")), &[])
            .iter()
            .map(|d| d.message.english())
            .collect();
        assert_eq!(
            problems,
            [
                "the page /sub/tin-tuc/ links to /sub/Files/DSC_0042.JPG, which does not exist; did you mean \"/sub/files/dsc_0042.jpg\"?",
                "the page /sub/tin-tuc/ links to a/BAO-CAO.pdf#p2, which does not exist; did you mean \"a/bao-cao.pdf#p2\"?",
                "the page /sub/tin-tuc/ links to /sub/Tin-Tuc/, which does not exist; did you mean \"/sub/tin-tuc/\"?",
                "the page /sub/tin-tuc/ links to ../%E1%BA%A2nh.png, which does not exist; did you mean \"../anh.png\"?",
            ]
        );
    }

    #[test]
    fn pages_a_template_could_not_make_are_not_broken_links() {
        let files = vec![page(
            "index.html",
            "<a href=\"/a/\">a</a> <a href=\"/a/#x\">x</a>",
        )];
        let problems = check(
            &files,
            &["a/index.html".into()],
            ("/", Path::new("/x")),
            &[],
        );
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn links_must_stay_under_the_base_path() {
        let files = vec![page(
            "index.html",
            "<a href=\"/other/\">o</a> <a href=\"/sub/\">s</a>",
        )];
        let templates = [(
            "base.html".to_owned(),
            "<p>\n  <a href=\"/other/\">".to_owned(),
            PathBuf::from("themes/default/templates/base.html"),
        )];
        let problems = check(
            &files,
            &[],
            ("/sub/", Path::new("/nonexistent")),
            &templates,
        );
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .message
                .english()
                .contains("outside the site's address /sub/")
        );
        assert_eq!(
            problems[0].to_string().split(": the page").next(),
            Some("themes/default/templates/base.html:2:12")
        );
    }
}
