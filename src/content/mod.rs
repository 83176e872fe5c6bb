//! Loading the content folder: walk it, classify every file, read Markdown as NFC text.

pub mod front_matter;
mod ignored;
pub mod markdown;
pub mod sanitize;
pub mod shortcodes;

pub use ignored::{is_ignored, is_leftover};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::config::{Config, is_language_code};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::lang::Lang;
use crate::messages::Message;
use crate::{fsx, msg, text};

/// What a Markdown file is to the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// An article: `<slug>.<lang>.md` or a bundle's `index.<lang>.md`.
    Article,
    /// The text of a section or of the home page: `_index.<lang>.md`.
    Section,
}

/// One Markdown file, read and normalised.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// Where the file is on disk.
    pub path: PathBuf,
    /// Path relative to `content/`, `/`-separated, NFC.
    pub rel: String,
    /// Path relative to the site root, for messages.
    pub shown: PathBuf,
    pub kind: DocKind,
    pub lang: Lang,
    /// The section folder relative to `content/` (`""` for the root).
    pub section_dir: String,
    /// The bundle folder relative to `content/`, for bundle articles.
    pub bundle: Option<String>,
    /// Files that differ only in their language share this key.
    pub key: String,
    /// The name the slug is made from when front matter gives none.
    pub stem: String,
    /// Shared with the texts kept for the next build (serve), never copied.
    pub text: Arc<str>,
}

/// A file copied as is: a photo in a bundle or any other non-Markdown file.
#[derive(Debug, Clone)]
pub struct Asset {
    pub rel: String,
    pub fs_path: PathBuf,
    pub bundle: Option<String>,
}

/// Markdown texts as read by a build, with each file's modification time and length, so that
/// the next build (serve's rebuild) reads again only the files that changed.
#[derive(Debug, Default, Clone)]
pub struct ReadCache(HashMap<PathBuf, (Option<SystemTime>, u64, Arc<str>)>);

impl ReadCache {
    /// The text kept of the file at `path`.
    pub fn text(&self, path: &Path) -> Option<Arc<str>> {
        self.0.get(path).map(|(_, _, text)| Arc::clone(text))
    }

    /// Keeps `doc`'s text, as read at `stamp`.
    pub fn keep(&mut self, doc: &SourceDoc, stamp: Stamp) {
        self.0
            .insert(doc.path.clone(), (stamp.0, stamp.1, doc.text.clone()));
    }
}

/// Reads again one Markdown file a build read before (`was`: its place in the site).
pub fn read_again(config: &Config, was: &SourceDoc) -> Result<(SourceDoc, Stamp), Diagnostic> {
    read_doc(config, &was.rel, &was.path, None, None).map(|(doc, stamp, _)| (doc, stamp))
}

/// Everything found under `content/`.
#[derive(Debug, Default)]
pub struct Sources {
    /// The texts read, for the next build.
    pub texts: ReadCache,
    /// How many files were read from disk (not taken from the previous build).
    pub files_read: usize,
    pub docs: Vec<SourceDoc>,
    pub assets: Vec<Asset>,
    /// YAML data files (campaign statistics), read by the results stage.
    pub data: Vec<(String, PathBuf)>,
}

/// Walks `content/` in a stable order and reads every Markdown file. Files that cannot be read
/// are reported, counted as not checked and left out, so the problems of the others are found
/// in the same build.
pub fn load(
    config: &Config,
    (previous, keep): (Option<&ReadCache>, bool),
    diagnostics: &mut Diagnostics,
) -> Sources {
    let dir = config.content_dir();
    if !dir.is_dir() {
        let e = Diagnostic::error("content", Pos::UNKNOWN, msg!("content-no-folder"));
        diagnostics.push(e);
        return Sources::default();
    }
    let mut errors = Vec::new();
    let found = classify(config, &dir, &mut errors);
    let bundles: HashSet<&str> = found
        .markdown
        .iter()
        .filter(|(rel, _)| file_stem(rel).0 == "index" || file_stem(rel).0.starts_with("index."))
        .map(|(rel, _)| parent(rel))
        .filter(|b| !b.is_empty())
        .collect();
    // The innermost bundle folder holding `rel`, found by walking up its folders.
    let bundle_of = |rel: &str| -> Option<String> {
        let mut dir = rel;
        while let Some((up, _)) = dir.rsplit_once('/') {
            if bundles.contains(up) {
                return Some(up.to_owned());
            }
            dir = up;
        }
        None
    };
    let mut sources = Sources {
        assets: found
            .others
            .into_iter()
            .map(|(rel, fs_path)| Asset {
                bundle: bundle_of(&rel),
                rel,
                fs_path,
            })
            .collect(),
        data: found.data,
        ..Sources::default()
    };
    let docs: Vec<Result<(SourceDoc, Stamp, bool), Diagnostic>> = found
        .markdown
        .par_iter()
        .map(|(rel, path)| read_doc(config, rel, path, bundle_of(rel), previous))
        .collect();
    for doc in docs {
        match doc {
            Ok((d, stamp, fresh)) => {
                sources.files_read += usize::from(fresh);
                if keep {
                    let kept = (stamp.0, stamp.1, d.text.clone());
                    sources.texts.0.insert(d.path.clone(), kept);
                }
                sources.docs.push(d);
            }
            Err(e) => {
                diagnostics.unchecked(e.path.clone());
                errors.push(e);
            }
        }
    }
    diagnostics.extend(errors);
    sources
}

/// The files of `content/` by what they are, each as (path relative to `content/`, path on disk).
struct Found {
    markdown: Vec<(String, PathBuf)>,
    data: Vec<(String, PathBuf)>,
    others: Vec<(String, PathBuf)>,
}

/// Walks `content/` (within the site's bounds) and sorts its files by extension.
fn classify(config: &Config, dir: &Path, errors: &mut Vec<Diagnostic>) -> Found {
    let mut found = Found {
        markdown: Vec::new(),
        data: Vec::new(),
        others: Vec::new(),
    };
    let bounds = crate::fsx::SiteBounds::new(&config.root);
    let walked = crate::fsx::walk_site(dir, &bounds, is_ignored);
    for e in walked.errors {
        errors.push(Diagnostic::error(
            "content",
            Pos::UNKNOWN,
            msg!("content-cannot-read", reason = e.to_string()),
        ));
    }
    for (link, problem) in walked.refused {
        errors.push(Diagnostic::error(
            shown(&link, &config.root),
            Pos::UNKNOWN,
            problem,
        ));
    }
    for entry in walked.files {
        let Some(rel) = rel_path(dir, entry.path()) else {
            errors.push(Diagnostic::error(
                shown(entry.path(), &config.root),
                Pos::UNKNOWN,
                msg!("content-name-not-unicode"),
            ));
            continue;
        };
        let ext = rel
            .rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_lowercase());
        let list = match ext.as_deref() {
            Some("md") => &mut found.markdown,
            Some("yaml" | "yml") => &mut found.data,
            _ => &mut found.others,
        };
        list.push((rel, entry.into_path()));
    }
    found
}

/// Where a Markdown file stands in the site, from its path alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub kind: DocKind,
    pub lang: Lang,
    pub section_dir: String,
    pub key: String,
    pub stem: String,
    /// The folder, when the file is a bundle's `index.<lang>.md`.
    pub bundle: Option<String>,
}

/// Reads language, kind and translation key from a path relative to `content/`.
/// Fails with a message when the language suffix is not declared.
pub fn identity(config: &Config, rel: &str) -> Result<Identity, Message> {
    let (name, _) = file_stem(rel);
    let (base, lang) = match name.rsplit_once('.') {
        Some((base, code)) if is_language_code(&code.to_ascii_lowercase()) => match config
            .lang(&code.to_ascii_lowercase())
        {
            Some(lang) => (base, lang),
            None => {
                let declared: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
                return Err(msg!(
                    "content-language-not-declared",
                    code = code,
                    languages = declared.join(", ")
                ));
            }
        },
        _ => (name, Lang::DEFAULT),
    };
    let dir = parent(rel);
    Ok(if base == "_index" {
        Identity {
            kind: DocKind::Section,
            lang,
            section_dir: dir.to_owned(),
            key: dir.to_owned(),
            stem: String::new(),
            bundle: None,
        }
    } else if base == "index" && !dir.is_empty() {
        Identity {
            kind: DocKind::Article,
            lang,
            section_dir: parent(dir).to_owned(),
            key: dir.to_owned(),
            stem: dir.rsplit('/').next().unwrap_or(dir).to_owned(),
            bundle: Some(dir.to_owned()),
        }
    } else {
        Identity {
            kind: DocKind::Article,
            lang,
            section_dir: dir.to_owned(),
            key: if dir.is_empty() {
                base.to_owned()
            } else {
                format!("{dir}/{base}")
            },
            stem: base.to_owned(),
            bundle: None,
        }
    })
}

/// A file's modification time and length: unchanged, it need not be read again.
/// When a file was last changed and its length, as read.
pub type Stamp = (Option<SystemTime>, u64);

/// Reads one Markdown file (or takes it from `previous` when unchanged); says whether it was read.
fn read_doc(
    config: &Config,
    rel: &str,
    path: &Path,
    inside: Option<String>,
    previous: Option<&ReadCache>,
) -> Result<(SourceDoc, Stamp, bool), Diagnostic> {
    let shown = PathBuf::from("content").join(rel);
    let id = identity(config, rel).map_err(|m| Diagnostic::error(&shown, Pos::UNKNOWN, m))?;
    if let (None, Some(b), DocKind::Article) = (&id.bundle, inside, id.kind) {
        return Err(Diagnostic::error(
            shown,
            Pos::UNKNOWN,
            msg!("content-inside-bundle", bundle = b),
        ));
    }
    let stamp: Stamp = std::fs::metadata(path).map_or((None, 0), |m| (m.modified().ok(), m.len()));
    let unchanged = previous
        .and_then(|c| c.0.get(path))
        .filter(|(time, len, _)| stamp.0.is_some() && (*time, *len) == stamp)
        .map(|(_, _, text)| Arc::clone(text));
    let fresh = unchanged.is_none();
    let text: Arc<str> = match unchanged {
        Some(text) => text,
        None => Arc::from({
            let bytes =
                fsx::read(path).map_err(|e| Diagnostic::error(&shown, Pos::UNKNOWN, e.0))?;
            text::decode_source(&bytes).map_err(|offset| {
                let valid = String::from_utf8_lossy(&bytes[..offset]).into_owned();
                Diagnostic::error(
                    &shown,
                    Pos::at_offset(&valid, offset),
                    msg!("content-not-utf8"),
                )
            })?
        }),
    };
    let doc = SourceDoc {
        path: path.to_path_buf(),
        rel: rel.to_owned(),
        shown,
        kind: id.kind,
        lang: id.lang,
        section_dir: id.section_dir,
        bundle: id.bundle,
        key: id.key,
        stem: id.stem,
        text,
    };
    Ok((doc, stamp, fresh))
}

/// `news/a.vi.md` -> (`a.vi`, `md`).
fn file_stem(rel: &str) -> (&str, &str) {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.rsplit_once('.').unwrap_or((name, ""))
}

/// `news/a.vi.md` -> `news`; `a.md` -> ``.
pub fn parent(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(p, _)| p)
}

fn rel_path(base: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(base).ok()?;
    let parts: Option<Vec<String>> = rel
        .components()
        .map(|c| c.as_os_str().to_str().map(text::nfc))
        .collect();
    Some(parts?.join("/"))
}

fn shown(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_leftovers_are_ignored() {
        for name in [
            ".#a.vi.md",
            "a.vi.md~",
            ".a.vi.md.swp",
            "#a.md#",
            ".DS_Store",
        ] {
            assert!(is_ignored(name), "{name}");
        }
        for name in ["a.vi.md", "index.en.md", "ảnh hội nghị.jpg"] {
            assert!(!is_ignored(name), "{name}");
        }
    }
}
