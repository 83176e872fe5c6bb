//! What a caller of the Markdown renderer hands it (how to resolve links, photos and figures) and what it
//! gets back (the HTML, the photos used, the problems found).

use crate::content::sanitize::Sanitizer;
use crate::images;

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
    /// The file (relative to `content/`) whose path differs from a missing target's only in case
    /// or Vietnamese marks; for a Markdown file, in any of its languages.
    pub similar: &'a (dyn Fn(&str) -> Option<String> + Sync),
    /// What raw HTML in the body may keep.
    pub html: &'a Sanitizer,
    /// The figure a `{{ figure(...) }}` shortcode of the body quotes, in the page's language.
    pub figure: &'a FigureLookup<'a>,
}

/// The figure a shortcode quotes, or its problem at a byte offset of the body.
pub type FigureLookup<'a> =
    dyn Fn(&crate::content::shortcodes::Call) -> crate::content::shortcodes::Quoted + Sync + 'a;

/// The processed photo at a path, when the path is a photo that is processed; the byte offset
/// in the body of the link that uses it comes with the path.
pub type PhotoLookup<'a> =
    dyn Fn(&str, usize) -> Option<Result<images::Photo, crate::messages::Message>> + Sync + 'a;

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
    pub problems: Vec<(usize, crate::messages::Message)>,
    /// Raw HTML that was removed for safety, each at a byte offset of the body: warnings in
    /// `build`, errors in `check`.
    pub removed: Vec<(usize, crate::messages::Message)>,
    /// The first processed photo and its alt text: the article's thumbnail.
    pub first_photo: Option<(images::Photo, String)>,
    /// The words of the body, for the search index.
    pub text: PlainText,
}

/// The words a page shows, without markup: its headings apart from the rest (which ranks
/// lower in search). Raw HTML is left out.
#[derive(Debug, Default, Clone)]
pub struct PlainText {
    pub headings: String,
    pub body: String,
}

impl PlainText {
    /// The text of a Markdown body's events.
    pub fn of(events: &[(pulldown_cmark::Event<'_>, std::ops::Range<usize>)]) -> PlainText {
        use pulldown_cmark::{Event, Tag, TagEnd};
        let mut out = PlainText::default();
        let mut in_heading = false;
        // Text between `<script>` or `<style>` and its end is code, not words of the page.
        let mut in_code = false;
        for (event, _) in events {
            let sink = if in_heading {
                &mut out.headings
            } else {
                &mut out.body
            };
            match event {
                Event::Html(h) | Event::InlineHtml(h) => {
                    let tag = h.trim_start().to_ascii_lowercase();
                    if tag.starts_with("<script") || tag.starts_with("<style") {
                        in_code = !tag.contains("</script") && !tag.contains("</style");
                    } else if tag.starts_with("</script") || tag.starts_with("</style") {
                        in_code = false;
                    }
                }
                Event::Text(_) if in_code => {}
                Event::Text(t) | Event::Code(t) => sink.push_str(t),
                Event::SoftBreak | Event::HardBreak => sink.push(' '),
                Event::Start(Tag::Heading { .. }) => in_heading = true,
                Event::End(TagEnd::Heading(_)) => {
                    out.headings.push('\n');
                    in_heading = false;
                }
                Event::End(
                    TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::BlockQuote(_),
                ) => sink.push('\n'),
                _ => {}
            }
        }
        out
    }
}
