//! Feed readers show an article away from the site, so every link of its HTML is made absolute
//! once, the way a browser on the article's page would resolve it.

use url::Url;

use crate::text::{escape_xml, unescape_xml};

/// Attributes that hold one address.
const SINGLE: &[&str] = &["href", "src", "poster"];

/// Where the links of one page lead.
pub struct Base {
    /// Scheme, host and port of the site (`https://example.org`), without the site's path.
    origin: String,
    /// The page's own address, for links relative to it.
    page: Option<Url>,
}

impl Base {
    /// `base_url` is the site's address with its path (`https://example.org/sub/`), `base_path`
    /// that path (`/sub/`); `page` is the page's absolute address.
    pub fn new(base_url: &str, base_path: &str, page: &str) -> Base {
        let origin = base_url.strip_suffix(base_path).unwrap_or(base_url);
        Base {
            origin: origin.to_owned(),
            page: Url::parse(page).ok(),
        }
    }

    /// The absolute form of `link` (as written in an attribute, escaped), or `None` when it is
    /// absolute already or points inside the page itself (`#note`).
    fn absolute(&self, link: &str) -> Option<String> {
        if link.starts_with("//") {
            // Another host, in the site's own scheme.
            let scheme = self.origin.split_once("://").map(|(s, _)| s)?;
            return Some(format!("{scheme}:{link}"));
        }
        if link.starts_with('/') {
            // Root-relative addresses already carry the site's path (`/sub/...`).
            return Some(format!("{}{link}", self.origin));
        }
        if link.is_empty() || link.starts_with('#') || has_scheme(link) {
            return None;
        }
        let joined = self.page.as_ref()?.join(&unescape_xml(link)).ok()?;
        Some(escape_xml(joined.as_str()))
    }

    /// Every address of a `srcset` list (`a.jpg 480w, b.jpg 960w`), separators kept as written.
    fn srcset(&self, list: &str) -> String {
        let mut out = String::with_capacity(list.len() + 64);
        let mut rest = list;
        loop {
            let start = rest
                .find(|c: char| !(c.is_ascii_whitespace() || c == ','))
                .unwrap_or(rest.len());
            out.push_str(&rest[..start]);
            rest = &rest[start..];
            if rest.is_empty() {
                return out;
            }
            let end = rest
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(rest.len());
            // Commas right after an address end its candidate.
            let link = rest[..end].trim_end_matches(',');
            out.push_str(&self.absolute(link).unwrap_or_else(|| link.to_owned()));
            rest = &rest[link.len()..];
            let descriptors = rest.find(',').unwrap_or(rest.len());
            out.push_str(&rest[..descriptors]);
            rest = &rest[descriptors..];
        }
    }
}

/// `html` with the addresses of its `href`, `src`, `poster` and `srcset` attributes absolute.
/// Text, comments and other attributes are left byte for byte.
pub fn absolute_links(html: &str, base: &Base) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let end = tag_end(rest);
            out.push_str(&rewrite_tag(&rest[..end], base));
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// Where the tag that `html` starts with ends: after its `>`, quoted values skipped.
fn tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

/// One tag with its link attributes' values rewritten.
fn rewrite_tag(tag: &str, base: &Base) -> String {
    let mut out = String::with_capacity(tag.len() + 64);
    let mut copied = 0;
    let mut i = 0;
    while let Some(q) = tag[i..].find(['"', '\'']).map(|q| q + i) {
        let quote = &tag[q..q + 1];
        let close = tag[q + 1..].find(quote).map_or(tag.len(), |e| e + q + 1);
        let value = &tag[q + 1..close];
        let name = attribute_before(&tag[..q]);
        let rewritten = if SINGLE.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            base.absolute(value)
        } else if name.eq_ignore_ascii_case("srcset") {
            Some(base.srcset(value))
        } else {
            None
        };
        if let Some(r) = rewritten {
            out.push_str(&tag[copied..=q]);
            out.push_str(&r);
            copied = close;
        }
        i = (close + 1).min(tag.len());
    }
    out.push_str(&tag[copied..]);
    out
}

/// The attribute name of `... name=` (the text before a quoted value), or "" when there is none.
fn attribute_before(before: &str) -> &str {
    let Some(before) = before.trim_end().strip_suffix('=') else {
        return "";
    };
    let before = before.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':'))
        .map_or(0, |s| s + 1);
    if start == 0 {
        return "";
    }
    &before[start..]
}

/// `https:`, `mailto:`, `tel:`...: a scheme before any `/`, `?` or `#` (RFC 3986, section 3.1).
fn has_scheme(link: &str) -> bool {
    let Some(colon) = link.find(':') else {
        return false;
    };
    let scheme = &link[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub() -> Base {
        Base::new(
            "https://example.org/sub/",
            "/sub/",
            "https://example.org/sub/tin-tuc/a/",
        )
    }

    #[test]
    fn each_kind_of_link_becomes_absolute_once() {
        let base = sub();
        let cases = [
            ("/sub/tin-tuc/b/", "https://example.org/sub/tin-tuc/b/"),
            (
                "/sub/tin-tuc/b/#ket-qua",
                "https://example.org/sub/tin-tuc/b/#ket-qua",
            ),
            ("/khac/", "https://example.org/khac/"),
            ("//cdn.example.net/x.js", "https://cdn.example.net/x.js"),
            ("anh.jpg", "https://example.org/sub/tin-tuc/a/anh.jpg"),
            ("../b/", "https://example.org/sub/tin-tuc/b/"),
            ("?trang=2", "https://example.org/sub/tin-tuc/a/?trang=2"),
            (
                "x?a=1&amp;b=2",
                "https://example.org/sub/tin-tuc/a/x?a=1&amp;b=2",
            ),
            (
                "ảnh hội nghị.jpg",
                "https://example.org/sub/tin-tuc/a/%E1%BA%A3nh%20h%E1%BB%99i%20ngh%E1%BB%8B.jpg",
            ),
        ];
        for (link, want) in cases {
            assert_eq!(base.absolute(link).as_deref(), Some(want), "{link}");
        }
        for kept in [
            "#fn-1",
            "",
            "https://vi.wikipedia.org/wiki/Thanh_Hóa",
            "mailto:ban@example.org",
            "tel:+84241234567",
        ] {
            assert_eq!(base.absolute(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_site_at_the_root_and_one_with_a_port() {
        let root = Base::new(
            "https://example.org/",
            "/",
            "https://example.org/tin-tuc/a/",
        );
        assert_eq!(
            root.absolute("/media/x.jpg").as_deref(),
            Some("https://example.org/media/x.jpg")
        );
        let port = Base::new(
            "http://127.0.0.1:1111/sub/",
            "/sub/",
            "http://127.0.0.1:1111/sub/a/",
        );
        assert_eq!(
            port.absolute("/sub/x/").as_deref(),
            Some("http://127.0.0.1:1111/sub/x/")
        );
        assert_eq!(
            port.absolute("//cdn.example.net/y").as_deref(),
            Some("http://cdn.example.net/y")
        );
    }

    #[test]
    fn attributes_and_srcset_lists_are_rewritten_and_nothing_else() {
        let html = concat!(
            "<p>See <a href=\"/sub/tin-tuc/b/\" title=\"/sub/not-a-link\">b</a>, ",
            "<a href=\"#fn-1\">1</a> and code: href=\"/sub/x\" &lt;img src=\"/y\"&gt;</p>\n",
            "<!-- <a href=\"/sub/comment\"> -->",
            "<img data-note=\"a > b\" src=\"/sub/media/a-480.jpg\" ",
            "srcset=\"/sub/media/a-480.jpg 480w, /sub/media/a-960.jpg 960w,anh.jpg 2x\" alt='/sub/alt'>",
        );
        let want = concat!(
            "<p>See <a href=\"https://example.org/sub/tin-tuc/b/\" title=\"/sub/not-a-link\">b</a>, ",
            "<a href=\"#fn-1\">1</a> and code: href=\"/sub/x\" &lt;img src=\"/y\"&gt;</p>\n",
            "<!-- <a href=\"/sub/comment\"> -->",
            "<img data-note=\"a > b\" src=\"https://example.org/sub/media/a-480.jpg\" ",
            "srcset=\"https://example.org/sub/media/a-480.jpg 480w, ",
            "https://example.org/sub/media/a-960.jpg 960w,",
            "https://example.org/sub/tin-tuc/a/anh.jpg 2x\" alt='/sub/alt'>",
        );
        assert_eq!(absolute_links(html, &sub()), want);
    }

    #[test]
    fn broken_markup_is_copied_as_it_is() {
        for html in [
            "<a href=\"/sub/x",
            "<a href=",
            "<",
            "text only",
            "<!-- open",
        ] {
            let out = absolute_links(html, &sub());
            assert!(out.len() >= html.len(), "{html} -> {out}");
        }
        assert_eq!(
            absolute_links("<a href=\"/sub/x", &sub()),
            "<a href=\"https://example.org/sub/x"
        );
    }
}
