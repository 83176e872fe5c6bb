//! Reading front matter and Markdown bodies of every file, in parallel, with positioned errors.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::routes::Routed;
use crate::config::Config;
use crate::content::front_matter::{self, FrontMatter};
use crate::content::markdown::{self, LinkResolver, PageLink};
use crate::content::sanitize::Sanitizer;
use crate::content::{Asset, DocKind, SourceDoc, identity};
use crate::diagnostics::{Diagnostic, Pos};
use crate::images::{Photo, Processor};
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
pub fn front_matter(
    config: &Config,
    docs: Vec<SourceDoc>,
    drafts: bool,
) -> (Parsed, Vec<Diagnostic>) {
    let ids: Vec<(String, Lang)> = docs.iter().map(|d| (d.key.clone(), d.lang)).collect();
    let results: Vec<Result<ParsedDoc, Vec<Diagnostic>>> = docs
        .into_par_iter()
        .map(|src| parse_one(config, src))
        .collect();
    let mut errors = Vec::new();
    let mut parsed = Parsed {
        docs: Vec::new(),
        drafts: HashMap::new(),
        failed: HashSet::new(),
    };
    for (r, id) in results.into_iter().zip(ids) {
        match r {
            Ok(doc) if doc.fm.draft && !drafts && doc.src.kind == DocKind::Article => {
                parsed.drafts.insert(id, doc.src.rel.clone());
            }
            Ok(doc) => parsed.docs.push(doc),
            Err(e) => {
                errors.extend(e);
                parsed.failed.insert(id);
            }
        }
    }
    (parsed, errors)
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

/// The HTML of a body, and its summary.
pub struct Body {
    pub html: String,
    pub summary: String,
    /// Problems that are warnings in `build` and errors in `check`: photos without alt text,
    /// raw HTML removed for safety.
    pub strict: Vec<Diagnostic>,
    /// The photo shown with the article in lists and shared links, and its alt text.
    pub thumbnail: Option<(Photo, String)>,
}

/// Photos that are processed into responsive sizes.
pub(super) fn is_photo(rel: &str) -> bool {
    let ext = rel
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "jpg" | "jpeg" | "png" | "webp")
}

/// Renders every Markdown body, resolving links with the routes already known.
pub fn bodies(
    config: &Config,
    routed: &Routed,
    assets: &[Asset],
    photos: &Processor,
) -> Result<Vec<Body>, Vec<Diagnostic>> {
    let asset_by_rel: HashMap<&str, &Asset> = assets.iter().map(|a| (a.rel.as_str(), a)).collect();
    let sanitizer = Sanitizer::new(&config.embeds);
    let results: Vec<Result<Body, Vec<Diagnostic>>> = routed
        .docs
        .par_iter()
        .map(|doc| {
            let lang = doc.src.lang;
            let page = |target: &str| -> PageLink {
                let Ok(id) = identity(config, target) else {
                    return PageLink::Missing;
                };
                let keys = [(id.key.clone(), lang), (id.key, id.lang)];
                if let Some(&j) = keys.iter().find_map(|k| routed.by_key.get(k)) {
                    return PageLink::Url(format!("{}{}", config.base_path, routed.paths[j]));
                }
                if keys.iter().any(|k| routed.failed.contains(k)) {
                    return PageLink::Url(String::new());
                }
                match keys.iter().find_map(|k| routed.drafts.get(k)) {
                    Some(draft) => PageLink::Draft(draft.clone()),
                    None => PageLink::Missing,
                }
            };
            let asset = |target: &str| -> Option<String> {
                let a = asset_by_rel.get(target)?;
                Some(format!(
                    "{}{}",
                    config.base_path,
                    super::encode_path(&routed.asset_path(a, lang)?)
                ))
            };
            let body = &doc.src.text[doc.body_offset..];
            let photo = |target: &str, at: Pos| -> Option<Result<Photo, String>> {
                let a = asset_by_rel.get(target).filter(|a| is_photo(&a.rel))?;
                Some(photos.photo(&a.fs_path, &doc.src.shown, at))
            };
            let linked_photo = |target: &str, offset: usize| {
                photo(target, Pos::at_offset(body, offset).below(doc.body_line))
            };
            let dir = crate::content::parent(&doc.src.rel);
            let links = LinkResolver {
                dir,
                root: &config.base_path,
                page: &page,
                asset: &asset,
                photo: &linked_photo,
                html: &sanitizer,
            };
            let mut r = markdown::render(body, &links);
            let mut problems: Vec<Diagnostic> = r
                .problems
                .drain(..)
                .map(|(offset, msg)| {
                    Diagnostic::error(&doc.src.shown, Pos::at_offset(body, offset).below(doc.body_line), msg)
                })
                .collect();
            let thumbnail = match doc.fm.image.as_deref() {
                None => r.first_photo.take(),
                Some(image) => {
                    let at = || doc.fm.place("image");
                    let target = markdown::join(dir, image);
                    match target.as_deref().and_then(|t| photo(t, at())) {
                        Some(Ok(p)) => Some((p, doc.fm.title.clone().unwrap_or_default())),
                        Some(Err(msg)) => {
                            problems.push(Diagnostic::error(&doc.src.shown, at(), format!("image \"{image}\" cannot be used: {msg}")));
                            None
                        }
                        None => {
                            problems.push(Diagnostic::error(
                                &doc.src.shown,
                                at(),
                                format!("image \"{image}\" is not a JPEG, PNG or WebP photo in the content folder; check the file name"),
                            ));
                            None
                        }
                    }
                }
            };
            if !problems.is_empty() {
                return Err(problems);
            }
            let summary = doc.fm.summary.clone().unwrap_or(r.summary);
            let at = |offset: usize| Pos::at_offset(body, offset).below(doc.body_line);
            let removed = r
                .removed
                .iter()
                .map(|(offset, msg)| Diagnostic::warning(&doc.src.shown, at(*offset), msg.clone()));
            let strict = r
                .photos
                .iter()
                .filter(|p| p.alt.trim().is_empty())
                .map(|p| {
                    Diagnostic::warning(
                        &doc.src.shown,
                        Pos::at_offset(body, p.offset).below(doc.body_line),
                        format!(
                            "the photo \"{}\" has no alt text; describe what it shows between the brackets: ![...]({})",
                            p.written, p.written
                        ),
                    )
                })
                .chain(removed)
                .collect();
            Ok(Body {
                html: r.html,
                summary,
                strict,
                thumbnail,
            })
        })
        .collect();
    let mut out = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(b) => out.push(b),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
