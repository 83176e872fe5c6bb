//! Footnotes: numbered in the order they are first referenced, with links both ways, and
//! gathered at the end of the page.

use pulldown_cmark::{Event, html};

use crate::text::slugify;

use super::writer::Writer;

impl Writer<'_, '_> {
    /// The superscript link of a reference to the footnote `label`; the first reference is the
    /// one the note links back to.
    pub(super) fn footnote_ref(&mut self, label: &str) -> String {
        let (n, id, first) = self.footnote(label);
        let back = if first {
            format!(" id=\"fnref-{id}\"")
        } else {
            String::new()
        };
        format!("<sup class=\"footnote-ref\"><a href=\"#fn-{id}\"{back}>{n}</a></sup>")
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

    pub(super) fn push_footnotes(&mut self, mut notes: Vec<(String, Vec<Event>)>) {
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
