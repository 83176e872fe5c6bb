//! A site published below a path (`https://example.org/sub/`): every address in its pages, feeds
//! and sitemap carries that path once and leads to a file that was written; and the feeds, the
//! sitemap and robots.txt are theme templates that a site replaces with its own.

#[allow(dead_code)] // this file uses only some of the shared helpers
mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use campaign_site::text::{percent_decode, unescape_xml};
use url::Url;

use common::*;

const BASE: &str = "https://example.org/sub/";
const HOST: &str = "example.org";

/// The example site (photos, articles in bundles, a campaign) built under [`BASE`].
fn example_under_sub() -> (tempfile::TempDir, Built) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("content"), &root.join("content"));
    if repo.join("static").is_dir() {
        copy_dir(&repo.join("static"), &root.join("static"));
    }
    fs::copy(repo.join("site.yaml"), root.join("site.yaml")).expect("copy site.yaml");
    let built = build_site(&root, &["--base-url", BASE]);
    assert_eq!(
        built.run.code, 0,
        "the example builds: {}",
        built.run.stderr
    );
    (tmp, built)
}

/// Every value of `name="..."` in `text`, unescaped.
fn attribute_values(text: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push(unescape_xml(&rest[..end]));
        rest = &rest[end..];
    }
    out
}

/// Every text between `<tag>` and `</tag>` in `xml`, unescaped.
fn element_texts(xml: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    xml.split(&open)
        .skip(1)
        .filter_map(|s| s.split_once(&close).map(|(text, _)| unescape_xml(text)))
        .collect()
}

/// The addresses an HTML or XML text links to: link attributes, `srcset` lists, and `content`
/// values that are addresses (`og:url`, `og:image`).
fn addresses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in ["href", "src", "poster", "action"] {
        out.extend(attribute_values(text, name));
    }
    for list in attribute_values(text, "srcset") {
        out.extend(
            list.split(',')
                .filter_map(|c| c.split_whitespace().next().map(str::to_owned)),
        );
    }
    out.extend(
        attribute_values(text, "content")
            .into_iter()
            .filter(|v| v.starts_with('/') || v.starts_with("http")),
    );
    out
}

/// Checks addresses against the files of the output, and gathers what is wrong.
struct Checker<'a> {
    files: &'a BTreeMap<String, Vec<u8>>,
    problems: Vec<String>,
}

impl Checker<'_> {
    /// Checks the addresses written in the output file `file`; returns how many lead to this
    /// site. `absolute`: the file is read away from the site (a feed, the sitemap), so every address in
    /// it must be absolute, except links to a place inside the same text (`#note`).
    fn check(&mut self, file: &str, links: &[String], absolute: bool) -> usize {
        let page = Url::parse(BASE)
            .and_then(|b| b.join(file))
            .expect("the file's own address");
        let mut same_site = 0;
        let mut found = Vec::new();
        for link in links {
            if link.is_empty() || link.starts_with('#') {
                continue;
            }
            let mut problem = |what: &str| found.push(format!("{file}: {link}: {what}"));
            if link.contains("sub/sub") {
                problem("the site's path twice");
            }
            if let Some((_, after)) = link.split_once("://")
                && after.contains("//")
            {
                problem("`//` after the host");
            }
            if absolute && Url::parse(link).is_err() {
                problem("not absolute");
            }
            let Ok(url) = page.join(link) else {
                problem("not an address");
                continue;
            };
            if url.host_str() != Some(HOST) {
                continue;
            }
            same_site += 1;
            if link.starts_with('/') && !link.starts_with("/sub/") {
                problem("a root-relative address outside /sub/");
            }
            if url.scheme() != "https" {
                problem("not the site's scheme");
            }
            let Some(rel) = url.path().strip_prefix("/sub/") else {
                problem("outside /sub/");
                continue;
            };
            let mut rel = percent_decode(rel);
            if rel.is_empty() || rel.ends_with('/') {
                rel.push_str("index.html");
            }
            if !self.files.contains_key(&rel) {
                problem(&format!("no file {rel} in the output"));
            }
        }
        self.problems.extend(found);
        same_site
    }
}

#[test]
fn every_address_of_a_site_below_a_path_is_under_it_once_and_leads_to_a_file() {
    let (_tmp, b) = example_under_sub();
    let files = files_under(&b.out);
    let text = |rel: &str| String::from_utf8(files[rel].clone()).expect("UTF-8 text");
    let mut checker = Checker {
        files: &files,
        problems: Vec::new(),
    };

    let mut in_pages = 0;
    for rel in files.keys().filter(|p| p.ends_with(".html")) {
        in_pages += checker.check(rel, &addresses(&text(rel)), false);
    }

    let mut in_feeds = 0;
    for rel in ["atom.xml", "en/atom.xml"] {
        let feed = text(rel);
        assert_well_formed_xml(rel, &feed);
        // Once unescaped, the entries' HTML shows its own attributes.
        let mut links = addresses(&unescape_xml(&feed));
        links.extend(element_texts(&feed, "id"));
        in_feeds += checker.check(rel, &links, true);
    }

    let sitemap = text("sitemap.xml");
    assert_well_formed_xml("sitemap.xml", &sitemap);
    let mut links = element_texts(&sitemap, "loc");
    let locs = links.len();
    links.extend(addresses(&sitemap));
    let in_sitemap = checker.check("sitemap.xml", &links, true);

    let robots = text("robots.txt");
    let sitemap_line = format!("Sitemap: {BASE}sitemap.xml");
    assert!(robots.lines().any(|l| l == sitemap_line), "{robots}");

    assert!(
        checker.problems.is_empty(),
        "addresses that leave the site's path or lead nowhere:\n{}",
        checker.problems.join("\n")
    );
    for rel in ["atom.xml", "en/atom.xml"] {
        let feed = text(rel);
        assert_has(&feed, "src=&quot;https://example.org/sub/media/");
        assert_has(&feed, "srcset=&quot;https://example.org/sub/media/");
        assert_has(&feed, &format!("href=\"{BASE}{rel}\""));
    }
    // Enough was looked at for the checks to mean something.
    assert!(in_pages > 1000, "{in_pages} addresses in pages");
    assert!(in_feeds > 50, "{in_feeds} addresses in feeds");
    assert!(
        locs > 40 && in_sitemap > 2 * locs,
        "{locs} pages in the sitemap"
    );
}

const OWN_FEED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{ lang }}">
<title>{{ feed.title }} · {{ t(key="home") }}</title>
{% for e in feed.entries %}<entry><title>{{ e.title }}</title><id>{{ e.url }}</id><content type="html">{{ e.content }}</content></entry>
{% endfor %}</feed>
"#;

const OWN_SITEMAP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{% for u in urls %}<url><loc>{{ u.loc }}</loc></url>
{% endfor %}</urlset>
"#;

const OWN_ROBOTS: &str =
    "User-agent: *\nDisallow: {{ site.root_url }}nhap/\nSitemap: {{ sitemap_url }}\n";

#[test]
fn a_site_replaces_the_feed_sitemap_and_robots_templates_with_its_own() {
    let (_tmp, root) = copy_fixture("ok_bilingual");
    let templates = root.join("themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(templates.join("atom.xml"), OWN_FEED).unwrap();
    fs::write(templates.join("sitemap.xml"), OWN_SITEMAP).unwrap();
    fs::write(templates.join("robots.txt"), OWN_ROBOTS).unwrap();
    let b = assert_ok(build_site(&root, &[]));

    let atom = b.read("atom.xml");
    assert_well_formed_xml("atom.xml", &atom);
    assert_has(
        &atom,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n\
         <title>Kết quả Chương trình · Trang chủ</title>\n\
         <entry><title>Hội nghị</title><id>https://example.org/tin-tuc/hoi-nghi/</id>\
         <content type=\"html\">&lt;p&gt;Quang cảnh hội nghị.&lt;/p&gt;",
    );
    // The site's template receives the links made absolute, and escapes them as XML.
    assert_has(&atom, "&lt;img src=&quot;https://example.org/media/");
    assert_lacks(&atom, "rel=\"self\"");
    let en = b.read("en/atom.xml");
    assert_has(
        &en,
        "xml:lang=\"en\">\n<title>Campaign results · Home</title>\n",
    );
    assert_has(&en, "<entry><title>Final report</title>");

    let sitemap = b.read("sitemap.xml");
    assert_well_formed_xml("sitemap.xml", &sitemap);
    assert_has(
        &sitemap,
        "<url><loc>https://example.org/tin-tuc/hoi-nghi/</loc></url>\n",
    );
    assert_lacks(&sitemap, "xhtml:link");

    assert_eq!(
        b.read("robots.txt"),
        "User-agent: *\nDisallow: /nhap/\nSitemap: https://example.org/sitemap.xml\n"
    );
}

#[test]
fn a_mistake_in_a_sites_feed_template_is_named_at_its_line() {
    let (_tmp, root) = copy_fixture("ok_bilingual");
    let templates = root.join("themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("atom.xml"),
        "<?xml version=\"1.0\"?>\n<feed>{{ feed.titel }}</feed>\n",
    )
    .unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 1, "{}", b.run.stderr);
    let first = b.run.stderr_lines()[0];
    assert!(
        first.starts_with("themes/default/templates/atom.xml:2:"),
        "{}",
        b.run.stderr
    );
    assert!(!b.out.exists(), "a failed build writes nothing");
}
