//! Markdown to HTML: CommonMark plus tables, footnotes, strikethrough, heading ids, photos as figures,
//! figures of the data quoted by shortcodes, and links to other `.md` files rewritten to page URLs.

mod figures;
mod footnotes;
mod headings;
mod links;
mod paths;
mod quotes;
mod types;
mod writer;

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

pub use paths::{join, respelled};
pub use types::{FigureLookup, LinkResolver, PageLink, Photo, PhotoLookup, PlainText, Rendered};
use writer::{Spanned, Writer, plain_text};

pub fn render(body: &str, links: &LinkResolver) -> Rendered {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let quoted = quotes::quotes(body, opts, links);
    let source = quoted.hidden.as_deref().unwrap_or(body);
    let mut events: Vec<Spanned> = Parser::new_ext(source, opts).into_offset_iter().collect();
    if !quoted.shown.is_empty() {
        events = quotes::reveal(events, &quoted.shown);
    }
    let text = PlainText::of(&events);
    let mut r = Writer {
        links,
        ids: HashSet::new(),
        next_suffix: HashMap::new(),
        footnote_numbers: HashMap::new(),
        eager_done: false,
        raw_html: false,
        out: Rendered {
            problems: quoted.problems,
            ..Rendered::default()
        },
    };
    let (main, notes) = r.transform(events);
    html::push_html(&mut r.out.html, main.into_iter());
    r.push_footnotes(notes);
    if r.raw_html {
        r.out.html = links.html.clean(&r.out.html);
    }
    r.out.text = text;
    r.out
}

impl<'e> Writer<'_, '_> {
    /// The events of the page's body and, apart, each footnote's label and events.
    fn transform(
        &mut self,
        events: Vec<Spanned<'e>>,
    ) -> (Vec<Event<'e>>, Vec<(String, Vec<Event<'e>>)>) {
        let mut main = Vec::with_capacity(events.len());
        let mut notes: Vec<(String, Vec<Event<'e>>)> = Vec::new();
        let mut in_note: Option<(String, Vec<Event<'e>>)> = None;
        let mut i = 0;
        while i < events.len() {
            let (event, _) = &events[i];
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
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    in_note = Some((label.to_string(), Vec::new()));
                }
                Event::End(TagEnd::FootnoteDefinition) => {
                    if let Some(note) = in_note.take() {
                        notes.push(note);
                    }
                }
                _ => sink.push(self.event(&events, i)),
            }
            i += 1;
        }
        (main, notes)
    }

    /// The event at `i` as the page gets it: headings with ids, links and photos resolved,
    /// footnote references numbered, raw HTML checked.
    fn event(&mut self, events: &[Spanned<'e>], i: usize) -> Event<'e> {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let id = self.heading_id(id.as_deref(), &events[i + 1..]);
                Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(id.into()),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                })
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
                Event::Start(Tag::Link {
                    link_type: *link_type,
                    dest_url: dest.into(),
                    title: title.clone(),
                    id: id.clone(),
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let mut dest = self.photo(dest_url, &plain_text(&events[i + 1..]), range.start);
                // A photo inside a line of text is shown as its middle-sized copy: the
                // original is not published.
                let found = self.out.problems.len();
                if let Some(photo) = self.processed(dest_url, range.start) {
                    let middle = &photo.variant(crate::images::MIDDLE).path;
                    dest = format!("{}{}", self.links.root, middle);
                } else if self.out.problems.len() > found {
                    // A photo that cannot be used gets no address: its problem is reported.
                    dest.clear();
                }
                Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: dest.into(),
                    title: title.clone(),
                    id: id.clone(),
                })
            }
            Event::FootnoteReference(label) => Event::Html(self.footnote_ref(label).into()),
            Event::Html(raw) | Event::InlineHtml(raw) => {
                self.raw_html = true;
                if let Some(problem) = self.links.html.problem(raw) {
                    self.out.removed.push((range.start, problem));
                }
                event.clone()
            }
            _ => event.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
