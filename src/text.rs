//! Text rules of the contract: UTF-8 with BOM and CRLF accepted, NFC everywhere, Vietnamese-aware slugs.

use unicode_normalization::UnicodeNormalization;

/// Decodes a Markdown or template file: as [`decode_text`], without stray control characters.
pub fn decode_source(bytes: &[u8]) -> Result<String, usize> {
    decode_text(bytes).map(|t| clean(&t))
}

/// Decodes a text file: UTF-8 only, BOM dropped, CRLF and CR turned into LF, NFC; control
/// characters stay, for the YAML reader to refuse where they stand.
/// On invalid UTF-8, returns the byte offset of the first bad byte.
pub fn decode_text(bytes: &[u8]) -> Result<String, usize> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| e.valid_up_to())?;
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    };
    Ok(nfc(&text))
}

/// NFC, without the invisible control characters that text pasted from office programs brings
/// (they make feeds invalid XML); tabs and line breaks stay.
pub fn clean(s: &str) -> String {
    let s = nfc(s);
    if s.chars().any(is_stray_control) {
        s.chars().filter(|c| !is_stray_control(*c)).collect()
    } else {
        s
    }
}

fn is_stray_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{FEFF}'
}

/// The NFC form of `s` (Vietnamese text typed on macOS often arrives decomposed).
pub fn nfc(s: &str) -> String {
    if unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// The longest segment of a web address that every common file system can store as a folder
/// name (255 bytes).
pub const MAX_SEGMENT: usize = 255;

/// URL-safe form of a name: marks removed, `đ` -> `d`, lower case, words joined by `-`.
/// Both tone placements (`Hóa`, `Hoá`) and NFD input give the same slug.
pub fn slugify(s: &str) -> String {
    let ascii = deunicode::deunicode(&nfc(s));
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Decodes `%XX` escapes of a URL path; malformed escapes stay as written.
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Everything but unreserved characters (RFC 3986) and `/` is escaped in a URL path.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');
/// In a query value `/` is escaped too.
const COMPONENT: &percent_encoding::AsciiSet = &PATH.add(b'/');

/// Percent-encodes a path for use in a URL (keeps `/` and unreserved characters).
pub fn encode_path(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, PATH).to_string()
}

/// Percent-encodes a text for a URL query: everything but unreserved characters.
pub fn encode_component(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, COMPONENT).to_string()
}

/// Escapes text for HTML and XML content and attribute values (`&`, `<`, `>`, `"`, `'`). It is
/// Tera's own escaping, the one its autoescape applies in templates, so markup made in code and
/// markup made by the theme are escaped alike.
pub fn escape_xml(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    // Writing into memory cannot fail, and escaping text keeps it UTF-8.
    let _ = tera::escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The text of an attribute value that [`escape_xml`] (or Tera) wrote.
pub fn unescape_xml(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A name as a lookup that forgives case and Vietnamese marks compares it: lower case, marks
/// removed (NFD without its combining marks), `đ` -> `d`. `DSC_0042.JPG`, `dsc_0042.jpg`;
/// `Ảnh Hội Nghị.jpg`, `anh hoi nghi.jpg`; `Thanh Hóa`, `Thanh Hoá` fold alike.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// Of `names`, the one that differs from `wanted` only in what [`fold`] forgets (case, marks,
/// `đ`): the first in byte order when several do, None when none does or `wanted` is one of them.
pub fn similar<'a>(wanted: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = fold(wanted);
    let mut best: Option<&str> = None;
    for n in names {
        if n == wanted {
            return None;
        }
        if fold(n) == folded && best.is_none_or(|b| n < b) {
            best = Some(n);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_contract() {
        let cases = [
            ("Thanh Hóa", "thanh-hoa"),
            ("Thanh Hoá", "thanh-hoa"),
            ("Đắk Lắk", "dak-lak"),
            ("đoàn viên", "doan-vien"),
            ("Thủy lợi / Thuỷ lợi", "thuy-loi-thuy-loi"),
            (
                "  Kết quả: 1 triệu sáng kiến!  ",
                "ket-qua-1-trieu-sang-kien",
            ),
            ("Người lao động ưu tú", "nguoi-lao-dong-uu-tu"),
            ("tin-tuc", "tin-tuc"),
            ("A__b..c", "a-b-c"),
            ("../../etc", "etc"),
            ("<script>", "script"),
        ];
        for (input, want) in cases {
            assert_eq!(slugify(input), want, "slug of {input:?}");
        }
    }

    #[test]
    fn nfd_input_gives_the_same_slug_and_text() {
        let nfd: String = "Thanh Hóa Đắk Lắk".nfd().collect();
        assert_ne!(nfd, "Thanh Hóa Đắk Lắk");
        assert_eq!(nfc(&nfd), "Thanh Hóa Đắk Lắk");
        assert_eq!(slugify(&nfd), "thanh-hoa-dak-lak");
    }

    #[test]
    fn sources_lose_bom_and_crlf_and_become_nfc() {
        let nfd: String = "Hóa".nfd().collect();
        let raw = format!("\u{FEFF}a\r\nb\r{nfd}\n");
        assert_eq!(decode_source(raw.as_bytes()).unwrap(), "a\nb\nHóa\n");
        assert_eq!(decode_source(b"ok\xFFno"), Err(2));
    }

    #[test]
    fn stray_control_characters_are_removed() {
        assert_eq!(
            clean("Báo cáo\u{000B} tổng kết\u{0007}\tx\n"),
            "Báo cáo tổng kết\tx\n"
        );
        assert_eq!(decode_source(b"a\x0bb").unwrap(), "ab");
    }

    #[test]
    fn percent_decoding_never_splits_characters() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("%E1%BA%A3nh"), "ảnh");
        assert_eq!(percent_decode("%ả%"), "%ả%");
        assert_eq!(percent_decode("%zz%2"), "%zz%2");
        assert_eq!(
            encode_path("tin tức/ảnh.jpg"),
            "tin%20t%E1%BB%A9c/%E1%BA%A3nh.jpg"
        );
        assert_eq!(encode_component("a/b c&d"), "a%2Fb%20c%26d");
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape_xml(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        let text = r#"<a href="x?a=1&b=2">'&amp;'"#;
        assert_eq!(unescape_xml(&escape_xml(text)), text);
    }

    #[test]
    fn folded_names_forgive_case_and_marks_only() {
        assert_eq!(fold("DSC_0042.JPG"), "dsc_0042.jpg");
        assert_eq!(fold("Ảnh Hội Nghị Đắk Lắk.jpg"), "anh hoi nghi dak lak.jpg");
        assert_eq!(fold("Thanh Hóa"), fold("Thanh Hoá"));
        let nfd: String = "Đà Nẵng".nfd().collect();
        assert_eq!(fold(&nfd), "da nang");
        assert_ne!(fold("bai-viet"), fold("bai_viet"), "punctuation is kept");

        let names = ["b.jpg", "dsc_0042.jpg", "DSC_0042.jpg", "x/dsc_0042.jpg"];
        assert_eq!(similar("DSC_0042.JPG", names), Some("DSC_0042.jpg"));
        assert_eq!(
            similar("dsc_0042.jpg", names),
            None,
            "the name itself exists"
        );
        assert_eq!(similar("c.jpg", names), None);
        assert_eq!(similar("ảnh.jpg", ["anh.jpg"]), Some("anh.jpg"));
    }
}
