//! Markdown to HTML: CommonMark plus tables, footnotes, strikethrough, heading ids, photos as figures,
//! and links to other `.md` files rewritten to page URLs.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use crate::content::sanitize::{self, Sanitizer};
use crate::images;
use crate::text::{escape_xml, slugify};

/// What a link to another Markdown file leads to.
pub enum PageLink {
    Url(String),
    /// A draft, left out of this build: its path relative to `content/`.
    Draft(String),
    Missing,
}

/// How links in one file are resolved. Paths given to the callbacks are relative to `content/`.
pub struct LinkResolver<'a> {
    /// The folder of the Markdown file, relative to `content/`.
    pub dir: &'a str,
    /// The site's root path (`/` or `/sub/`), put before links written from the root (`/img/a.jpg`).
    pub root: &'a str,
    pub page: &'a (dyn Fn(&str) -> PageLink + Sync),
    pub asset: &'a (dyn Fn(&str) -> Option<String> + Sync),
    pub photo: &'a PhotoLookup<'a>,
    /// What raw HTML in the body may keep.
    pub html: &'a Sanitizer,
}

/// The processed photo at a path, when the path is a photo that is processed; the byte offset
/// in the body of the link that uses it comes with the path.
pub type PhotoLookup<'a> = dyn Fn(&str, usize) -> Option<Result<images::Photo, String>> + Sync + 'a;

/// How wide a photo is shown: the column on wide screens, the screen on phones.
const SIZES: &str = "(min-width: 50rem) 48rem, 100vw";

/// A photo used by the page, for checks and image processing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// The address as written in the Markdown.
    pub written: String,
    pub src: String,
    pub alt: String,
    pub offset: usize,
}

/// The HTML of a Markdown body and what was learned while making it.
#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    /// Plain text of the first paragraph.
    pub summary: String,
    pub photos: Vec<Photo>,
    /// Problems, each at a byte offset of the body.
    pub problems: Vec<(usize, String)>,
    /// Raw HTML that was removed for safety, each at a byte offset of the body: warnings in
    /// `build`, errors in `check`.
    pub removed: Vec<(usize, String)>,
    /// The first processed photo and its alt text: the article's thumbnail.
    pub first_photo: Option<(images::Photo, String)>,
}

type Spanned<'a> = (Event<'a>, Range<usize>);

pub fn render(body: &str, links: &LinkResolver) -> Rendered {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let events: Vec<Spanned> = Parser::new_ext(body, opts).into_offset_iter().collect();
    let mut r = Writer {
        links,
        ids: HashSet::new(),
        next_suffix: HashMap::new(),
        footnote_numbers: HashMap::new(),
        eager_done: false,
        raw_html: false,
        out: Rendered::default(),
    };
    let (main, notes) = r.transform(events);
    html::push_html(&mut r.out.html, main.into_iter());
    r.push_footnotes(notes);
    if r.raw_html {
        r.out.html = links.html.clean(&r.out.html);
    }
    r.out
}

struct Writer<'l, 'a> {
    links: &'l LinkResolver<'a>,
    ids: HashSet<String>,
    /// The next number to try after an id already taken, so repeated headings stay linear.
    next_suffix: HashMap<String, usize>,
    footnote_numbers: HashMap<String, (usize, String)>,
    /// Whether the first photo of the page (which loads eagerly) has been written.
    eager_done: bool,
    /// Whether the body holds raw HTML (then the page's HTML goes through the sanitiser).
    raw_html: bool,
    out: Rendered,
}

impl<'e> Writer<'_, '_> {
    fn transform(
        &mut self,
        events: Vec<Spanned<'e>>,
    ) -> (Vec<Event<'e>>, Vec<(String, Vec<Event<'e>>)>) {
        let mut main = Vec::with_capacity(events.len());
        let mut notes: Vec<(String, Vec<Event<'e>>)> = Vec::new();
        let mut in_note: Option<(String, Vec<Event<'e>>)> = None;
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            let in_footnote = in_note.is_some();
            let sink = match &mut in_note {
                Some((_, evs)) => evs,
                None => &mut main,
            };
            match event {
                Event::Start(Tag::Paragraph) => {
                    if let Some((html, next)) = self.figure(&events, i) {
                        sink.push(Event::Html(html.into()));
                        i = next;
                        continue;
                    }
                    if self.out.summary.is_empty() && !in_footnote {
                        self.out.summary = plain_text(&events[i + 1..]);
                    }
                    sink.push(event.clone());
                }
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => {
                    let wanted = match id {
                        Some(id) => id.to_string(),
                        None => slugify(&plain_text(&events[i + 1..])),
                    };
                    let id = self.unique_id(if wanted.is_empty() {
                        "section"
                    } else {
                        &wanted
                    });
                    sink.push(Event::Start(Tag::Heading {
                        level: *level,
                        id: Some(id.into()),
                        classes: classes.clone(),
                        attrs: attrs.clone(),
                    }));
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest = self
                        .rewrite(dest_url, false, range.start)
                        .unwrap_or_else(|| dest_url.to_string());
                    sink.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url: dest.into(),
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest = self.photo(dest_url, &plain_text(&events[i + 1..]), range.start);
                    sink.push(Event::Start(Tag::Image {
                        link_type: *link_type,
                        dest_url: dest.into(),
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                Event::FootnoteReference(label) => {
                    let (n, id, first) = self.footnote(label);
                    let back = if first {
                        format!(" id=\"fnref-{id}\"")
                    } else {
                        String::new()
                    };
                    sink.push(Event::Html(
                        format!(
                            "<sup class=\"footnote-ref\"><a href=\"#fn-{id}\"{back}>{n}</a></sup>"
                        )
                        .into(),
                    ));
                }
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    in_note = Some((label.to_string(), Vec::new()));
                }
                Event::End(TagEnd::FootnoteDefinition) => {
                    if let Some(note) = in_note.take() {
                        notes.push(note);
                    }
                }
                Event::Html(raw) | Event::InlineHtml(raw) => {
                    self.raw_html = true;
                    if let Some(problem) = self.links.html.problem(raw) {
                        self.out.removed.push((range.start, problem));
                    }
                    sink.push(event.clone());
                }
                _ => sink.push(event.clone()),
            }
            i += 1;
        }
        (main, notes)
    }

    /// A paragraph of photos and nothing else: one `<figure>`, or a gallery of figures.
    fn figure(&mut self, events: &[Spanned], start: usize) -> Option<(String, usize)> {
        let mut j = start + 1;
        let mut photos = Vec::new();
        loop {
            match events.get(j)? {
                (
                    Event::Start(Tag::Image {
                        dest_url, title, ..
                    }),
                    range,
                ) => {
                    let alt = plain_text(&events[j + 1..]);
                    photos.push((
                        dest_url.to_string(),
                        title.trim().to_owned(),
                        alt,
                        range.start,
                    ));
                    while !matches!(events.get(j)?.0, Event::End(TagEnd::Image)) {
                        j += 1;
                    }
                    j += 1;
                }
                (Event::Text(t), _) if t.trim().is_empty() => j += 1,
                (Event::SoftBreak | Event::HardBreak, _) => j += 1,
                (Event::End(TagEnd::Paragraph), _) if !photos.is_empty() => break,
                _ => return None,
            }
        }
        let gallery = photos.len() > 1;
        let mut html = String::from(if gallery {
            "<div class=\"gallery\">\n"
        } else {
            ""
        });
        for (dest, title, alt, offset) in photos {
            html.push_str("<figure>\n");
            html.push_str(&self.img(&dest, &alt, offset, true));
            if !title.is_empty() {
                html.push_str(&format!(
                    "\n<figcaption>{}</figcaption>",
                    escape_xml(&title)
                ));
            }
            html.push_str("\n</figure>\n");
        }
        if gallery {
            html.push_str("</div>\n");
        }
        Some((html, j + 1))
    }

    /// The `<img>` of a photo: responsive (`srcset`, `sizes`, `width`, `height`) when the
    /// photo was processed, as written otherwise.
    fn img(&mut self, dest: &str, alt: &str, offset: usize, figure: bool) -> String {
        let src = self.photo(dest, alt, offset);
        let Some(photo) = self.processed(dest, offset) else {
            return format!(
                "<img src=\"{}\" alt=\"{}\">",
                escape_xml(&src),
                escape_xml(alt)
            );
        };
        if self.out.first_photo.is_none() {
            self.out.first_photo = Some((photo.clone(), alt.to_owned()));
        }
        let url = |path: &str| format!("{}{path}", self.links.root);
        let srcset: Vec<String> = photo
            .variants
            .iter()
            .map(|v| format!("{} {}w", url(&v.path), v.width))
            .collect();
        let main = photo.variant(images::MIDDLE);
        let first = figure && !self.eager_done;
        self.eager_done |= figure;
        format!(
            "<img src=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{}\" height=\"{}\" alt=\"{}\"{}>",
            url(&main.path),
            srcset.join(", "),
            main.width,
            main.height,
            escape_xml(alt),
            if first {
                " loading=\"eager\""
            } else {
                " loading=\"lazy\" decoding=\"async\""
            }
        )
    }

    /// Records a photo the page uses and returns its address.
    fn photo(&mut self, dest: &str, alt: &str, offset: usize) -> String {
        let src = self
            .rewrite(dest, true, offset)
            .unwrap_or_else(|| dest.to_owned());
        self.out.photos.push(Photo {
            written: dest.to_owned(),
            src: src.clone(),
            alt: alt.to_owned(),
            offset,
        });
        src
    }

    /// The processed photo behind `dest`, when it is a photo in `content/`; a photo that cannot
    /// be processed is a problem at `offset`.
    fn processed(&mut self, dest: &str, offset: usize) -> Option<images::Photo> {
        if is_external(dest) || dest.starts_with('/') {
            return None;
        }
        let path = dest.split(['#', '?']).next().unwrap_or("");
        let target = join(
            self.links.dir,
            &crate::text::nfc(&crate::text::percent_decode(path)),
        )?;
        match (self.links.photo)(&target, offset)? {
            Ok(photo) => Some(photo),
            Err(message) => {
                self.out.problems.push((
                    offset,
                    format!("the photo \"{dest}\" cannot be used: {message}"),
                ));
                None
            }
        }
    }

    /// The new address of a relative link, or None to keep it as written.
    fn rewrite(&mut self, dest: &str, is_image: bool, offset: usize) -> Option<String> {
        let scheme = dest
            .trim_start()
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !sanitize::allowed_url(dest) {
            let problem = if scheme == "javascript" || scheme == "vbscript" {
                "runs a script, which a published page must not do".to_owned()
            } else {
                format!(
                    "uses \"{scheme}:\", which a published page may not link to (only {})",
                    sanitize::URL_SCHEMES.join(", ")
                )
            };
            self.out.problems.push((
                offset,
                format!("the link \"{dest}\" {problem}; link to a page or a file instead"),
            ));
            return Some("#".into());
        }
        if dest.trim().is_empty() && is_image {
            self.out.problems.push((offset, "the photo has no file name; write it as ![what the photo shows](photo.jpg \"Caption.\")".into()));
            return None;
        }
        if let Some(from_root) = dest.strip_prefix('/').filter(|d| !d.starts_with('/')) {
            return (self.links.root != "/" && !dest.starts_with(self.links.root))
                .then(|| format!("{}{from_root}", self.links.root));
        }
        if is_external(dest) {
            return None;
        }
        let (path, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, format!("#{f}")),
            None => (dest, String::new()),
        };
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        if path.is_empty() {
            return None;
        }
        let decoded = crate::text::nfc(&crate::text::percent_decode(path));
        let Some(target) = join(self.links.dir, &decoded) else {
            self.out.problems.push((
                offset,
                format!("the link \"{dest}\" leads outside the content folder; link to a file inside content/"),
            ));
            return None;
        };
        if target.to_ascii_lowercase().ends_with(".md") {
            return match (self.links.page)(&target) {
                PageLink::Url(url) => Some(url + &fragment),
                PageLink::Draft(draft) => {
                    self.out.problems.push((offset, format!(
                        "the link \"{dest}\" leads to content/{draft}, which is a draft and is not published; remove the link or build with --drafts"
                    )));
                    None
                }
                PageLink::Missing => {
                    self.out.problems.push((offset, format!(
                        "the link \"{dest}\" leads to content/{target}, which does not exist; check the file name"
                    )));
                    None
                }
            };
        }
        // A link to a photo leads to its largest processed copy: the camera's original, with
        // its metadata, is not published.
        if !is_image && let Some(Ok(photo)) = (self.links.photo)(&target, offset) {
            return photo
                .variants
                .last()
                .map(|v| format!("{}{}", self.links.root, v.path));
        }
        match (self.links.asset)(&target) {
            Some(url) => Some(url + &fragment),
            None if is_image => {
                self.out.problems.push((
                    offset,
                    format!("the photo \"{dest}\" is missing: there is no file content/{target}; check the file name, or put the photo beside the article"),
                ));
                None
            }
            None => None,
        }
    }

    fn unique_id(&mut self, wanted: &str) -> String {
        if self.ids.insert(wanted.to_owned()) {
            return wanted.to_owned();
        }
        let n = self.next_suffix.entry(wanted.to_owned()).or_insert(1);
        loop {
            let id = format!("{wanted}-{n}");
            *n += 1;
            if self.ids.insert(id.clone()) {
                return id;
            }
        }
    }

    /// Number and id of a footnote, and whether this is its first reference.
    fn footnote(&mut self, label: &str) -> (usize, String, bool) {
        if let Some((n, id)) = self.footnote_numbers.get(label) {
            return (*n, id.clone(), false);
        }
        let n = self.footnote_numbers.len() + 1;
        let slug = slugify(label);
        let id = self.unique_id(&format!(
            "fn-{}",
            if slug.is_empty() { n.to_string() } else { slug }
        ));
        let id = id.trim_start_matches("fn-").to_owned();
        self.footnote_numbers
            .insert(label.to_owned(), (n, id.clone()));
        (n, id, true)
    }

    fn push_footnotes(&mut self, mut notes: Vec<(String, Vec<Event>)>) {
        if notes.is_empty() {
            return;
        }
        for (label, _) in &notes {
            self.footnote(label);
        }
        notes.sort_by_key(|(label, _)| self.footnote_numbers[label].0);
        let html = &mut self.out.html;
        html.push_str("<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n");
        for (label, events) in notes {
            let id = &self.footnote_numbers[&label].1;
            html.push_str(&format!("<li id=\"fn-{id}\">\n"));
            html::push_html(html, events.into_iter());
            html.push_str(&format!(
                "<a href=\"#fnref-{id}\" class=\"footnote-backref\">↩</a>\n</li>\n"
            ));
        }
        html.push_str("</ol>\n</div>\n");
    }
}

/// The text of the events up to the end of the element they start in.
fn plain_text(events: &[Spanned]) -> String {
    let mut depth = 0usize;
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_owned()
}

fn is_external(dest: &str) -> bool {
    dest.starts_with('#')
        || dest.starts_with('/')
        || dest.contains("://")
        || dest.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+')
        })
}

/// `dir` joined with a relative `path`, `.` and `..` resolved; None when it climbs out.
pub fn join(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests;
