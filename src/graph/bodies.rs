//! The bodies stage: every Markdown body rendered to HTML in parallel, its links resolved with
//! the routes already known, the figures it quotes looked up in the campaigns, its photos' sizes
//! read (the photos themselves are made later).

use std::collections::HashMap;
use std::sync::Mutex;

use rayon::prelude::*;

use super::figures::Quoter;
use super::routes::{RoutedDoc, Routes};
use super::store::{Store, Stored, Words};
use crate::config::Config;
use crate::content::markdown::{self, LinkResolver, PageLink};
use crate::content::sanitize::Sanitizer;
use crate::content::{Asset, DocKind, identity};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::images::{Photo, Processor};
use crate::messages::Message;
use crate::msg;

/// The HTML of a body, its summary and what it shows.
pub struct Body {
    /// Its HTML and words (for the search index): an article's in the build's store, the others'
    /// held.
    pub html: Stored,
    pub text: Words,
    pub summary: String,
    /// The photo shown with the article in lists and shared links, and its alt text.
    pub thumbnail: Option<(Photo, String)>,
    /// Every photo the page shows, for the photos stage.
    pub photos: Vec<Photo>,
}

/// A body and the problems found in it: errors, and problems that are warnings in `build` and
/// errors in `check` (photos without alt text, raw HTML removed for safety).
struct Outcome {
    body: Body,
    errors: Vec<Diagnostic>,
    strict: Vec<Diagnostic>,
}

/// A photo looked up by its path, as a page shows it at a place of its file.
type PhotoAt<'a> = dyn Fn(&str, Pos) -> Option<Result<Photo, Message>> + 'a;

/// The byte offset of a line and column (in characters) of `text`; its end when past it.
fn offset_of(text: &str, pos: Pos) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == pos.line {
            let col = line.char_indices().nth(pos.col.saturating_sub(1));
            return offset + col.map_or(line.len(), |(c, _)| c);
        }
        offset += line.len();
    }
    text.len()
}

/// Photos that are processed into responsive sizes.
pub fn is_photo(rel: &str) -> bool {
    let ext = rel
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "jpg" | "jpeg" | "png" | "webp")
}

/// What every body's links are resolved against.
struct Linker<'a> {
    config: &'a Config,
    routes: &'a Routes,
    assets: HashMap<&'a str, &'a Asset>,
    photos: &'a Processor,
    sanitizer: Sanitizer,
    figures: &'a Quoter<'a>,
    store: &'a Store,
}

/// Renders every body, in the order of `routes.docs`. A body with problems (reported into
/// `diagnostics`) is still made, its broken links and photos left without an address, so that
/// its page is checked for everything else.
pub fn render(
    config: &Config,
    routes: &Routes,
    assets: &[Asset],
    (photos, figures, store): (&Processor, &Quoter, &Store),
    diagnostics: &mut Diagnostics,
) -> Vec<Body> {
    let linker = Linker::new(config, routes, assets, (photos, figures, store));
    let outcomes: Vec<Outcome> = routes.docs.par_iter().map(|doc| linker.body(doc)).collect();
    outcomes
        .into_iter()
        .map(|o| {
            diagnostics.extend(o.errors);
            diagnostics.extend_strict(o.strict);
            o.body
        })
        .collect()
}

/// A body, its errors, and its problems that are warnings in `build`.
pub type Rendered = (Body, Vec<Diagnostic>, Vec<Diagnostic>);

/// Some bodies rendered on their own against the routes of a whole build (serve's edit of one
/// article): each body, its errors, and its problems that are warnings in `build`.
pub fn render_each<'d>(
    config: &Config,
    routes: &Routes,
    assets: &[Asset],
    (photos, figures, store): (&Processor, &Quoter, &Store),
    docs: impl IntoIterator<Item = &'d RoutedDoc>,
) -> Vec<Rendered> {
    let linker = Linker::new(config, routes, assets, (photos, figures, store));
    let bodies = docs.into_iter().map(|doc| linker.body(doc));
    bodies.map(|o| (o.body, o.errors, o.strict)).collect()
}

impl<'a> Linker<'a> {
    fn new(
        config: &'a Config,
        routes: &'a Routes,
        assets: &'a [Asset],
        (photos, figures, store): (&'a Processor, &'a Quoter<'a>, &'a Store),
    ) -> Self {
        Linker {
            config,
            routes,
            assets: assets.iter().map(|a| (a.rel.as_str(), a)).collect(),
            photos,
            sanitizer: Sanitizer::new(&config.embeds),
            figures,
            store,
        }
    }

    /// Where a link to another Markdown file leads, from a page in `doc`'s language.
    fn page(&self, doc: &RoutedDoc, target: &str) -> PageLink {
        let Ok(id) = identity(self.config, target) else {
            return PageLink::Missing;
        };
        let routes = self.routes;
        let keys = [(id.key.clone(), doc.doc.src.lang), (id.key, id.lang)];
        if let Some(&j) = keys.iter().find_map(|k| routes.by_key.get(k)) {
            return PageLink::Url(format!("{}{}", self.config.base_path, routes.docs[j].path));
        }
        if keys.iter().any(|k| routes.failed.contains(k)) {
            return PageLink::Url(String::new());
        }
        match keys.iter().find_map(|k| routes.drafts.get(k)) {
            Some(draft) => PageLink::Draft(draft.clone()),
            None => PageLink::Missing,
        }
    }

    fn asset(&self, doc: &RoutedDoc, target: &str) -> Option<String> {
        let a = self.assets.get(target)?;
        let path = self.routes.asset_path(a, doc.doc.src.lang)?;
        Some(format!(
            "{}{}",
            self.config.base_path,
            crate::text::encode_path(&path)
        ))
    }

    /// The file whose path differs from the missing `target`'s only in case or marks: an asset,
    /// or a Markdown file (published or a draft) of the article `target` names, in the page's
    /// language when there is one.
    fn similar(&self, doc: &RoutedDoc, target: &str) -> Option<String> {
        if !target.to_ascii_lowercase().ends_with(".md") {
            return crate::text::similar(target, self.assets.keys().copied()).map(str::to_owned);
        }
        let key = identity(self.config, target).ok()?.key;
        let files = self
            .routes
            .docs
            .iter()
            .map(|d| (&d.doc.src.key, d.doc.src.lang, &d.doc.src.rel))
            .chain(self.routes.drafts.iter().map(|((k, l), rel)| (k, *l, rel)));
        let mut found: Vec<(bool, &String)> = Vec::new();
        for (k, lang, rel) in files {
            if crate::text::similar(&key, [k.as_str()]).is_some() {
                found.push((lang != doc.doc.src.lang, rel));
            }
        }
        found.into_iter().min().map(|(_, rel)| rel.clone())
    }

    /// The photo `target` as a page of `doc` shows it at `at`, read from its header.
    fn photo(&self, doc: &RoutedDoc, target: &str, at: Pos) -> Option<Result<Photo, Message>> {
        let a = self.assets.get(target).filter(|a| is_photo(&a.rel))?;
        Some(self.photos.photo(&a.fs_path, &doc.doc.src.shown, at))
    }

    fn body(&self, routed: &RoutedDoc) -> Outcome {
        let doc = &routed.doc;
        let text = &doc.src.text[doc.body_offset..];
        let at = |offset: usize| Pos::at_offset(text, offset).below(doc.body_line);
        let used = Mutex::new(Vec::new());
        let photo = |target: &str, place: Pos| {
            let found = self.photo(routed, target, place);
            if let Some(Ok(p)) = &found {
                used.lock()
                    .expect("no panic while holding it")
                    .push(p.clone());
            }
            found
        };
        let linked_photo = |target: &str, offset: usize| photo(target, at(offset));
        let dir = crate::content::parent(&doc.src.rel);
        let links = LinkResolver {
            dir,
            root: &self.config.base_path,
            page: &|t| self.page(routed, t),
            asset: &|t| self.asset(routed, t),
            photo: &linked_photo,
            similar: &|t| self.similar(routed, t),
            html: &self.sanitizer,
            figure: &|call| self.figures.quote(call, doc.src.lang),
        };
        let mut r = markdown::render(text, &links);
        let mut problems: Vec<Diagnostic> = r
            .problems
            .drain(..)
            .map(|(offset, msg)| Diagnostic::error(&doc.src.shown, at(offset), msg))
            .collect();
        let summary = match &doc.fm.summary {
            Some(summary) => self.summary(routed, summary, &mut problems),
            None => r.summary,
        };
        let thumbnail = match doc.fm.image.as_deref() {
            None => r.first_photo.take(),
            Some(image) => self.image(routed, image, &photo, &mut problems),
        };
        let strict =
            r.photos
                .iter()
                .filter(|p| p.alt.trim().is_empty())
                .map(|p| {
                    Diagnostic::warning(
                        &doc.src.shown,
                        at(p.offset),
                        msg!("photo-no-alt", written = p.written.as_str()),
                    )
                })
                .chain(r.removed.iter().map(|(offset, msg)| {
                    Diagnostic::warning(&doc.src.shown, at(*offset), msg.clone())
                }))
                .collect();
        let photos = used.into_inner().expect("no panic while holding it");
        // An article's texts wait in the store until its page and the search index read them.
        let (html, text) = match doc.src.kind {
            DocKind::Article => (self.store.put(r.html), self.store.words(r.text)),
            DocKind::Section => (Stored::held(r.html), Words::held(r.text)),
        };
        Outcome {
            body: Body {
                html,
                text,
                summary,
                thumbnail,
                photos,
            },
            errors: problems,
            strict,
        }
    }

    /// The front matter's `summary:` with the figures it quotes written in; a problem of a
    /// shortcode is reported where the shortcode is written in the front matter.
    fn summary(&self, routed: &RoutedDoc, summary: &str, problems: &mut Vec<Diagnostic>) -> String {
        let doc = &routed.doc;
        if !summary.contains("{{") {
            return summary.to_owned();
        }
        let (text, found) = self.figures.in_text(summary, doc.src.lang);
        let front = &doc.src.text[..doc.body_offset.min(doc.src.text.len())];
        let mut from = offset_of(front, doc.fm.place("summary"));
        for (range, offset, message) in found {
            let written = &summary[range.clone()];
            let at = match front.get(from..).and_then(|rest| rest.find(written)) {
                Some(i) => {
                    let start = from + i;
                    from = start + written.len();
                    Pos::at_offset(front, start + offset.saturating_sub(range.start))
                }
                None => doc.fm.place("summary"),
            };
            problems.push(Diagnostic::error(&doc.src.shown, at, message));
        }
        text
    }

    /// The front matter's `image:`, as the article's thumbnail.
    fn image(
        &self,
        routed: &RoutedDoc,
        image: &str,
        photo: &PhotoAt,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<(Photo, String)> {
        let doc = &routed.doc;
        let at = doc.fm.place("image");
        let dir = crate::content::parent(&doc.src.rel);
        let target = markdown::join(dir, image);
        let similar = || {
            let target = target.as_deref()?;
            let found = self.similar(routed, target)?;
            Some(markdown::respelled(image, dir, target, &found))
        };
        let message = match target.as_deref().and_then(|t| photo(t, at)) {
            Some(Ok(p)) => return Some((p, doc.fm.title.clone().unwrap_or_default())),
            Some(Err(reason)) => msg!("photo-image-cannot-be-used", image = image, reason = reason),
            None => match similar() {
                Some(similar) => msg!(
                    "photo-image-not-found-did-you-mean",
                    image = image,
                    similar = similar
                ),
                None => msg!("photo-image-not-found", image = image),
            },
        };
        problems.push(Diagnostic::error(&doc.src.shown, at, message));
        None
    }
}
