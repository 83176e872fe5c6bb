//! Ids for headings (and footnotes): the slug of the text or the id written, made unique
//! within the page.

use crate::text::slugify;

use super::writer::{Spanned, Writer, plain_text};

impl Writer<'_, '_> {
    /// The id of a heading: the one written, or the slug of its text (`events` start after the
    /// heading's start), `section` when that is empty; unique within the page.
    pub(super) fn heading_id(&mut self, written: Option<&str>, events: &[Spanned]) -> String {
        let wanted = match written {
            Some(id) => id.to_string(),
            None => slugify(&plain_text(events)),
        };
        self.unique_id(if wanted.is_empty() {
            "section"
        } else {
            &wanted
        })
    }

    pub(super) fn unique_id(&mut self, wanted: &str) -> String {
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
}
