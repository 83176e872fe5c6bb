//! What the link check needs of a made page, read in one pass over its HTML while it is still
//! in memory: the ids it has and the addresses it links to. A staged page keeps only these.

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use crate::text::unescape_xml;

/// A page's ids, and each address its `href`s and `src`s name (once, in order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub ids: Vec<Box<str>>,
    pub links: Vec<Box<str>>,
}

impl Facts {
    /// The facts of `html`: every value of ` id="…"`, ` href="…"` and ` src="…"`, unescaped.
    pub fn of(html: &str) -> Facts {
        let mut facts = Facts::default();
        let mut seen: FxHashSet<Cow<str>> = FxHashSet::default();
        let bytes = html.as_bytes();
        // Every `="`: a quote (found by memchr) after an equals sign.
        let quotes = html.match_indices('"').map(|(at, _)| at);
        for at in quotes.filter(|&at| at > 0 && bytes[at - 1] == b'=') {
            let before = &bytes[..at - 1];
            let start = at + 1;
            let Some(len) = html[start..].find('"') else {
                break;
            };
            let raw = &html[start..start + len];
            let value = || match raw.contains('&') {
                true => Cow::Owned(unescape_xml(raw)),
                false => Cow::Borrowed(raw),
            };
            if before.ends_with(b" id") {
                facts.ids.push(value().into());
            } else if before.ends_with(b" href") || before.ends_with(b" src") {
                let v = value();
                if !seen.contains(&v) {
                    facts.links.push(v.as_ref().into());
                    seen.insert(v);
                }
            }
        }
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_links_are_read_once_each_and_unescaped() {
        let facts = Facts::of(
            "<a href=\"/a/?x=1&amp;y=2\" id=\"top\">a</a><img src=\"/p.jpg\" alt=\"x=&quot;\">\
             <a href=\"/a/?x=1&amp;y=2\" data-href=\"/no/\">again</a><p id=\"end\">",
        );
        let strs = |v: &[Box<str>]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(strs(&facts.ids), ["top", "end"]);
        assert_eq!(strs(&facts.links), ["/a/?x=1&y=2", "/p.jpg"]);
    }
}
