//! The state one rendering keeps while it walks the Markdown events, shared by the modules that
//! handle headings, links, photos and footnotes.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::Event;

use super::types::{LinkResolver, Rendered};

/// An event with the byte range of the body it comes from.
pub(super) type Spanned<'a> = (Event<'a>, Range<usize>);

pub(super) struct Writer<'l, 'a> {
    pub(super) links: &'l LinkResolver<'a>,
    pub(super) ids: HashSet<String>,
    /// The next number to try after an id already taken, so repeated headings stay linear.
    pub(super) next_suffix: HashMap<String, usize>,
    pub(super) footnote_numbers: HashMap<String, (usize, String)>,
    /// Whether the first photo of the page (which loads eagerly) has been written.
    pub(super) eager_done: bool,
    /// Whether the body holds raw HTML (then the page's HTML goes through the sanitiser).
    pub(super) raw_html: bool,
    pub(super) out: Rendered,
}

/// The text of the events up to the end of the element they start in.
pub(super) fn plain_text(events: &[Spanned]) -> String {
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
