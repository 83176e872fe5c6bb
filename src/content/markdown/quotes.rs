//! Figures quoted by shortcodes, put into a body: the shortcodes outside code are read and their
//! figures looked up before the Markdown is parsed (each hidden behind a placeholder of its own
//! length), then every placeholder in the events becomes the figure's text, or a link to the
//! figure's page when the shortcode asks for one.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::types::LinkResolver;
use super::writer::Spanned;
use crate::content::shortcodes::{self, Piece, Quote, Quoted};
use crate::messages::Message;

/// The figures of a body, numbered as their placeholders are.
pub(super) struct Quotes {
    /// The body with a placeholder for each figure shown; None when it quotes none.
    pub hidden: Option<String>,
    pub shown: Vec<(Range<usize>, Quote)>,
    /// Problems of the shortcodes, at byte offsets of the body.
    pub problems: Vec<(usize, Message)>,
}

/// Reads and looks up every shortcode of `body` that is not in code.
pub(super) fn quotes(body: &str, opts: Options, links: &LinkResolver) -> Quotes {
    let mut out = Quotes {
        hidden: None,
        shown: Vec::new(),
        problems: Vec::new(),
    };
    if !body.contains("{{") {
        return out;
    }
    for found in shortcodes::find(body, &code_ranges(body, opts)) {
        match found.call {
            Err(problem) => out.problems.push(problem),
            Ok(call) => match (links.figure)(&call) {
                Quoted::Shown(quote) => out.shown.push((found.range, quote)),
                Quoted::Problem(at, message) => out.problems.push((at, message)),
                Quoted::Unchecked => {}
            },
        }
    }
    if !out.shown.is_empty() {
        let ranges: Vec<Range<usize>> = out.shown.iter().map(|(r, _)| r.clone()).collect();
        out.hidden = Some(shortcodes::hide(body, &ranges));
    }
    out
}

/// The byte ranges of code spans and code blocks, where shortcodes are left as written.
fn code_ranges(body: &str, opts: Options) -> Vec<Range<usize>> {
    Parser::new_ext(body, opts)
        .into_offset_iter()
        .filter(|(e, _)| matches!(e, Event::Code(_) | Event::Start(Tag::CodeBlock(_))))
        .map(|(_, r)| r)
        .collect()
}

/// `events` with every placeholder replaced by its figure: in text (a link when the figure has
/// an address and is not already inside a link or image), in raw HTML (escaped text, never a
/// link), and in the titles of links and images (as text).
pub(super) fn reveal<'e>(
    events: Vec<Spanned<'e>>,
    shown: &[(Range<usize>, Quote)],
) -> Vec<Spanned<'e>> {
    let mut out = Vec::with_capacity(events.len());
    let mut in_link = 0usize;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                in_link += 1;
                out.push((titled(event, shown), range));
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                in_link = in_link.saturating_sub(1);
                out.push((event, range));
            }
            Event::Text(t) if shortcodes::has_placeholder(&t) => {
                for piece in shortcodes::pieces(&t) {
                    match piece {
                        Piece::Text(text) => {
                            out.push((Event::Text(text.to_owned().into()), range.clone()));
                        }
                        Piece::Figure(n) => figure(&mut out, shown.get(n), in_link > 0, &range),
                    }
                }
            }
            Event::Html(h) if shortcodes::has_placeholder(&h) => {
                out.push((Event::Html(in_html(&h, shown).into()), range));
            }
            Event::InlineHtml(h) if shortcodes::has_placeholder(&h) => {
                out.push((Event::InlineHtml(in_html(&h, shown).into()), range));
            }
            _ => out.push((event, range)),
        }
    }
    out
}

/// The events of one figure: its text, in a link to its page when it has one and may.
fn figure<'e>(
    out: &mut Vec<Spanned<'e>>,
    quote: Option<&(Range<usize>, Quote)>,
    in_link: bool,
    range: &Range<usize>,
) {
    let Some((at, quote)) = quote else {
        return;
    };
    let text = (Event::Text(quote.text.clone().into()), range.clone());
    match quote.href.as_ref().filter(|_| !in_link) {
        Some(href) => {
            let link = Tag::Link {
                link_type: LinkType::Inline,
                dest_url: href.clone().into(),
                title: CowStr::Borrowed(""),
                id: CowStr::Borrowed(""),
            };
            out.push((Event::Start(link), at.clone()));
            out.push(text);
            out.push((Event::End(TagEnd::Link), at.clone()));
        }
        None => out.push(text),
    }
}

/// The figures of a placeholder-holding text, as plain text.
fn as_text(text: &str, shown: &[(Range<usize>, Quote)]) -> String {
    shortcodes::pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t,
            Piece::Figure(n) => shown.get(n).map_or("", |(_, q)| q.text.as_str()),
        })
        .collect()
}

/// The figures of raw HTML as escaped text, never as links: a figure may stand inside an
/// attribute (`title="..."`), where a link would break the markup.
fn in_html(html: &str, shown: &[(Range<usize>, Quote)]) -> String {
    shortcodes::pieces(html)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_owned(),
            Piece::Figure(n) => shown
                .get(n)
                .map_or_else(String::new, |(_, q)| crate::text::escape_xml(&q.text)),
        })
        .collect()
}

/// A link or image whose title quotes figures, with their texts in it.
fn titled<'e>(event: Event<'e>, shown: &[(Range<usize>, Quote)]) -> Event<'e> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if shortcodes::has_placeholder(&title) => Event::Start(Tag::Link {
            link_type,
            dest_url,
            title: as_text(&title, shown).into(),
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if shortcodes::has_placeholder(&title) => Event::Start(Tag::Image {
            link_type,
            dest_url,
            title: as_text(&title, shown).into(),
            id,
        }),
        other => other,
    }
}
