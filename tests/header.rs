//! The header of a portal: site.yaml's `logo:` beside the title inside the home link and its
//! `banner:` across the header, both files of `static/` with their sizes read from them; a site
//! without them keeps its plain header.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use common::{assert_ok, build_fixture};

/// The `<header ...>...</header>` of a page.
fn header_of(html: &str) -> &str {
    let start = html
        .find("<header class=\"site-header\">")
        .expect("a header");
    let end = html[start..].find("</header>").expect("a closed header") + start;
    &html[start..end]
}

#[test]
fn the_logo_stands_beside_the_title_and_the_banner_across_the_header() {
    let b = assert_ok(build_fixture("header_images", &[]));
    let home = b.read("index.html");
    let header = header_of(&home);
    assert!(
        header.starts_with(
            "<header class=\"site-header\">\n<img class=\"site-banner\" src=\"/anh/bang-ron.png\" alt=\"\" width=\"160\" height=\"30\">\n"
        ),
        "{header}"
    );
    // The title is written beside the logo, so the logo says nothing more to a screen reader.
    assert!(
        header.contains(
            "<p class=\"site-title\"><a href=\"/\"><img class=\"site-logo\" src=\"/logo.svg\" alt=\"\" width=\"48\" height=\"32\"><span>Liên đoàn Lao động tỉnh Mẫu</span></a></p>"
        ),
        "{header}"
    );
    let english = b.read("en/index.html");
    assert!(
        header_of(&english).contains(
            "<a href=\"/en/\"><img class=\"site-logo\" src=\"/logo.svg\" alt=\"\" width=\"48\" height=\"32\"><span>Sample Province Labour Federation</span></a>"
        ),
        "{english}"
    );
    assert!(b.exists("logo.svg") && b.exists("anh/bang-ron.png"));
}

#[test]
fn a_site_without_them_keeps_its_plain_header() {
    let b = assert_ok(build_fixture("check_clean", &[]));
    let home = b.read("index.html");
    let header = header_of(&home);
    assert!(!header.contains("<img"), "{header}");
    assert!(
        header.contains("<p class=\"site-title\"><a href=\"/\"><span>Trang thử</span></a></p>"),
        "{header}"
    );
}
