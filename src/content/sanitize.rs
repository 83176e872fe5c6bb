//! Raw HTML in Markdown, made safe with ammonia: formatting, tables and figures stay; scripts,
//! event handlers, `javascript:`/`data:` links, forms and styles go; frames stay only from the
//! hosts that site.yaml lists under `embeds:`. What is removed is reported where it was written.

use std::collections::HashSet;

use crate::messages::Message;
use crate::msg;

/// The link schemes content may use; every other (`javascript:`, `data:`, `file:`) is refused.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Whether a link written in content is allowed: relative, or one of [`URL_SCHEMES`].
pub fn allowed_url(url: &str) -> bool {
    let url = url.trim();
    match url.split_once(':') {
        // A colon after a `/`, `?` or `#` is part of a path, not a scheme.
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            URL_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str())
        }
        _ => true,
    }
}

/// The two cleaners: the one pages are made with, and a lenient one that keeps what the first
/// removes for safety, so that comparing them tells whether anything dangerous was written.
pub struct Sanitizer {
    strict: ammonia::Builder<'static>,
    lenient: ammonia::Builder<'static>,
}

/// Tags that are removed for safety, kept by the lenient cleaner.
const DANGEROUS_TAGS: &[&str] = &[
    "script", "style", "form", "input", "button", "textarea", "select", "option", "iframe",
    "object", "embed", "base", "meta", "link", "frame", "frameset", "svg", "math",
];

impl Sanitizer {
    /// A sanitiser that keeps `<iframe>`s whose address is on one of `embeds` (host names).
    pub fn new(embeds: &[String]) -> Sanitizer {
        let hosts: HashSet<String> = embeds.iter().map(|h| h.to_ascii_lowercase()).collect();
        let mut strict = base();
        strict
            .filter_style_properties(["text-align"].into_iter().collect())
            .add_tags(["iframe"])
            .attribute_filter(move |element, attribute, value| {
                if element == "iframe" && attribute == "src" && !embedded_from(value, &hosts) {
                    return None;
                }
                Some(value.into())
            });
        let mut lenient = base();
        lenient
            .add_tags(DANGEROUS_TAGS.iter().copied())
            .clean_content_tags(HashSet::new())
            .add_generic_attribute_prefixes(["on"])
            .add_generic_attributes(["style", "action", "src", "href", "formaction", "srcdoc"])
            .add_url_schemes(["javascript", "vbscript", "data", "file"]);
        Sanitizer { strict, lenient }
    }

    /// `html` with everything unsafe removed; a frame whose address was refused goes whole,
    /// not as an empty box.
    pub fn clean(&self, html: &str) -> String {
        drop_empty_frames(&self.strict.clean(html).to_string())
    }

    /// What `fragment` (one piece of raw HTML as written) holds that a published page must not
    /// run or show, in words; `None` when it is safe.
    pub fn problem(&self, fragment: &str) -> Option<Message> {
        let lower = fragment.to_ascii_lowercase();
        if lower
            .find("<!--")
            .is_some_and(|i| !lower[i..].contains("-->"))
        {
            return Some(msg!("content-html-comment-not-closed"));
        }
        let found: Vec<Message> = [
            ("<script", msg!("content-html-script")),
            ("<style", msg!("content-html-style-sheet")),
            ("style=", msg!("content-html-style-attribute")),
            ("<form", msg!("content-html-form")),
            ("<input", msg!("content-html-form-field")),
            ("<button", msg!("content-html-button")),
            ("javascript:", msg!("content-html-javascript-link")),
            ("data:", msg!("content-html-data-address")),
            ("<object", msg!("content-html-embedded-object")),
            ("<embed", msg!("content-html-embedded-object")),
            ("<svg", msg!("content-html-svg")),
        ]
        .into_iter()
        .filter(|(needle, _)| lower.contains(needle))
        .map(|(_, what)| what)
        .chain(has_handler(&lower).then(|| msg!("content-html-event-handler")))
        .collect();
        // Pieces of a table split over lines are parsed out of their table, so what the words
        // show counts even when the two cleaners agree.
        let differs =
            self.strict.clean(fragment).to_string() != self.lenient.clean(fragment).to_string();
        let frame = lower.contains("<iframe") && differs;
        if !differs && found.is_empty() {
            return None;
        }
        let mut what: Vec<Message> = found;
        if frame {
            what.push(msg!("content-html-frame"));
        }
        if what.is_empty() {
            what.push(msg!("content-html-markup"));
        }
        let fix = if frame {
            msg!("content-html-fix-embeds")
        } else {
            msg!("content-html-fix-markdown")
        };
        let mut what = what.into_iter();
        let first = what.next().unwrap_or_else(|| msg!("content-html-markup"));
        let held = what.fold(first, |list, next| {
            msg!("content-html-list", list = list, next = next)
        });
        Some(msg!("content-html-removed", held = held, fix = fix))
    }
}

/// Removes `<iframe ...></iframe>` elements left without an address by the cleaner.
fn drop_empty_frames(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<iframe") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail
            .find("</iframe>")
            .map_or(tail.len(), |e| e + "</iframe>".len());
        let tag_end = tail.find('>').map_or(tail.len(), |e| e + 1);
        // A kept frame keeps only its opening tag: what is written inside it is not shown.
        if tail[..tag_end].contains(" src=") {
            out.push_str(&tail[..tag_end]);
            out.push_str("</iframe>");
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Whether an attribute named `on...` is written inside a tag.
fn has_handler(lower: &str) -> bool {
    lower.match_indices("on").any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let name: String = lower[i..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let after = lower[i + name.len()..].trim_start();
        matches!(before, Some(c) if c.is_whitespace() || c == '/' || c == '"' || c == '\'')
            && name.len() > 2
            && after.starts_with('=')
    })
}

/// Whether a frame's address is `https://` on one of the listed hosts (with no user name,
/// which would hide the real host: `https://www.youtube.com:x@evil.example/`).
fn embedded_from(src: &str, hosts: &HashSet<String>) -> bool {
    let src = src.trim().to_ascii_lowercase();
    let Some(rest) = src.strip_prefix("https://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains(['@', '\\']) {
        return false;
    }
    let host = authority.split(':').next().unwrap_or("");
    hosts.contains(host)
}

/// What both cleaners keep: ammonia's formatting tags, plus what the Markdown writer itself
/// makes (ids, classes, responsive photos, table alignment).
fn base() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.url_schemes(URL_SCHEMES.iter().copied().collect())
        .link_rel(None)
        .strip_comments(true)
        .add_generic_attributes(["id", "class", "role", "dir", "aria-label", "aria-hidden"])
        .add_tag_attributes(
            "img",
            ["srcset", "sizes", "loading", "decoding", "fetchpriority"],
        )
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("a", ["target"])
        .add_tag_attributes(
            "iframe",
            [
                "src",
                "width",
                "height",
                "allow",
                "allowfullscreen",
                "loading",
            ],
        );
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_html_is_removed_and_reported() {
        let s = Sanitizer::new(&["www.youtube.com".into()]);
        let cases = [
            ("<script>alert(1)</script>", "a script"),
            ("<p onclick=\"x()\">a</p>", "an event handler"),
            (
                "<a href=\"javascript:alert(1)\">x</a>",
                "a javascript: link",
            ),
            ("<img src=x onerror=alert(1)>", "an event handler"),
            ("<iframe src=\"https://evil.example/\"></iframe>", "a frame"),
            (
                "<tr><td onmouseover=\"x()\">a</td></tr>",
                "an event handler",
            ),
            ("<form action=\"/x\"><input name=a></form>", "a form"),
            ("<p style=\"position:fixed\">a</p>", "a style attribute"),
        ];
        for (html, what) in cases {
            let problem = s
                .problem(html)
                .unwrap_or_else(|| panic!("{html} passed"))
                .english();
            assert!(problem.contains(what), "{html}: {problem}");
            let clean = s.clean(html);
            for bad in [
                "<script",
                "onclick",
                "onerror",
                "javascript:",
                "evil.example",
                "<form",
                "position",
            ] {
                assert!(!clean.contains(bad), "{html} -> {clean}");
            }
        }
    }

    #[test]
    fn formatting_tables_and_listed_frames_are_kept() {
        let s = Sanitizer::new(&["www.youtube.com".into()]);
        let kept = [
            "<table><tbody><tr><td>1</td></tr></tbody></table>",
            "<p>a <strong>b</strong> <em>c</em></p>",
            "<iframe src=\"https://www.youtube.com/embed/x\" width=\"560\" height=\"315\"></iframe>",
            "<iframe src=\"HTTPS://WWW.YOUTUBE.COM/embed/x\"></iframe>",
            "<a href=\"https://example.org/\">x</a>",
            "<abbr title=\"Liên đoàn Lao động\">LĐLĐ</abbr>",
        ];
        for html in kept {
            assert_eq!(s.problem(html), None, "{html}");
            assert_eq!(s.clean(html), html);
        }
    }

    #[test]
    fn an_unclosed_comment_is_reported() {
        let s = Sanitizer::new(&[]);
        let p = s.problem("<!-- draft\n\nthe rest").unwrap().english();
        assert!(p.contains("never closed"), "{p}");
        assert_eq!(s.problem("<!-- note -->"), None);
    }

    #[test]
    fn only_listed_schemes_are_links() {
        for ok in [
            "https://a.example/",
            "mailto:a@b.vn",
            "tel:+84",
            "../a.md",
            "/x",
            "#top",
            "a.md?x=1:2",
        ] {
            assert!(allowed_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "data:text/html,x",
            "file:///etc/passwd",
            "vbscript:x",
        ] {
            assert!(!allowed_url(bad), "{bad}");
        }
    }
}
