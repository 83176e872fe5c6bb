//! Photos in the page: a paragraph of photos becomes a figure or a gallery, and a processed
//! photo is written responsive; every photo used is recorded.

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::images;
use crate::text::escape_xml;

use super::paths::{is_external, join};
use super::types::Photo;
use super::writer::{Spanned, Writer, plain_text};

/// How wide a photo is shown: the column on wide screens, the screen on phones.
const SIZES: &str = "(min-width: 50rem) 48rem, 100vw";

impl Writer<'_, '_> {
    /// A paragraph of photos and nothing else: one `<figure>`, or a gallery of figures.
    pub(super) fn figure(&mut self, events: &[Spanned], start: usize) -> Option<(String, usize)> {
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
            let (img, photo) = self.img(&dest, &alt, offset);
            match &photo {
                // A gallery's rows are laid out by each photo's shape (`style.css`).
                Some(p) if gallery => html.push_str(&format!(
                    "<figure style=\"--ar:{}\">\n",
                    aspect_ratio(p.width, p.height)
                )),
                _ => html.push_str("<figure>\n"),
            }
            match &photo {
                // The photo opens at full size: a plain link to its widest variant.
                Some(p) => {
                    let widest = p.variants.last().expect("a photo has at least one variant");
                    html.push_str(&format!(
                        "<a class=\"photo-link\" href=\"{}{}\">{img}</a>",
                        self.links.root, widest.path
                    ));
                }
                None => html.push_str(&img),
            }
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
    /// photo was processed (then with the photo), as written otherwise.
    fn img(&mut self, dest: &str, alt: &str, offset: usize) -> (String, Option<images::Photo>) {
        let mut src = self.photo(dest, alt, offset);
        let found = self.out.problems.len();
        let Some(photo) = self.processed(dest, offset) else {
            // A photo that cannot be used gets no address: its problem is reported.
            if self.out.problems.len() > found {
                src.clear();
            }
            let img = format!(
                "<img src=\"{}\" alt=\"{}\">",
                escape_xml(&src),
                escape_xml(alt)
            );
            return (img, None);
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
        let first = !self.eager_done;
        self.eager_done = true;
        let img = format!(
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
        );
        (img, Some(photo))
    }

    /// Records a photo the page uses and returns its address.
    pub(super) fn photo(&mut self, dest: &str, alt: &str, offset: usize) -> String {
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
    pub(super) fn processed(&mut self, dest: &str, offset: usize) -> Option<images::Photo> {
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
                    crate::msg!("photo-cannot-be-used", dest = dest, reason = message),
                ));
                None
            }
        }
    }
}

/// A photo's width over its height with three decimals, the same on every machine: `1.500`.
fn aspect_ratio(width: u32, height: u32) -> String {
    let thousandths = (width as u64 * 1000 + height.max(1) as u64 / 2) / height.max(1) as u64;
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
}
