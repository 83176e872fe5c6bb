//! Share cards as a reader's link preview gets them: every unit page of the example site in
//! both languages names a 1200x630 PNG of its own as `og:image`; a second build draws nothing
//! and makes the same bytes; a hostile name is written safely; an article's photo is on its card.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use campaign_site::graph::PageKind;
use campaign_site::render::Content;
use campaign_site::{Options, Site};
use image::{Rgb, RgbImage};

/// A copy of the example site (its `site.yaml`, `content/` and `static/`) in `tmp`.
fn example(tmp: &Path) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = tmp.join("site");
    fs::create_dir_all(&root).unwrap();
    fs::copy(repo.join("site.yaml"), root.join("site.yaml")).unwrap();
    for folder in ["content", "static"] {
        common::copy_dir(&repo.join(folder), &root.join(folder));
    }
    root
}

fn generate(root: &Path) -> Site {
    let opts = Options {
        write_cache: true,
        ..Options::default()
    };
    campaign_site::generate_with(root, &opts).unwrap_or_else(|f| panic!("{f:?}"))
}

/// Every output file's bytes, by its path.
fn files(site: &Site) -> BTreeMap<String, Vec<u8>> {
    site.files
        .iter()
        .map(|f| {
            let bytes = match &f.content {
                Content::Bytes(b) => b.to_vec(),
                Content::Copy(p) | Content::Cached(p) => fs::read(p).unwrap(),
                Content::Staged(..) => panic!("nothing is staged in memory"),
            };
            (f.path.clone(), bytes)
        })
        .collect()
}

/// The value of `<meta property="{property}" content="...">` in a page.
fn meta<'a>(html: &'a str, property: &str) -> Option<&'a str> {
    let start = html.find(&format!("<meta property=\"{property}\" content=\""))?;
    let rest = &html[start..];
    let value = &rest[rest.find("content=\"")? + 9..];
    Some(&value[..value.find('"')?])
}

/// The width and height a PNG's header (IHDR) gives.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let int = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (int(16), int(20))
}

/// The output path of a page's card, from its `og:image`.
fn card_of(site: &Site, all: &BTreeMap<String, Vec<u8>>, page: &str) -> String {
    let html = String::from_utf8(all[page].clone()).unwrap();
    let url = meta(&html, "og:image").unwrap_or_else(|| panic!("no og:image in {page}"));
    let path = url
        .strip_prefix(&site.config.base_url)
        .unwrap_or_else(|| panic!("{url} is not absolute"));
    assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\">"));
    assert!(html.contains("<meta property=\"og:image:height\" content=\"630\">"));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(meta(&html, "og:image:alt").is_some_and(|a| !a.is_empty()));
    path.to_owned()
}

/// The cache's files and when each was last written.
fn cache(root: &Path) -> BTreeMap<PathBuf, SystemTime> {
    fs::read_dir(root.join(".cache/cards"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.path(), e.metadata().unwrap().modified().unwrap())
        })
        .collect()
}

#[test]
fn every_unit_page_has_its_own_card_and_a_second_build_draws_none() {
    let tmp = tempfile::tempdir().unwrap();
    let root = example(&tmp.path().join("a"));
    let site = generate(&root);
    let all = files(&site);
    let mut units = 0;
    let mut cards = BTreeSet::new();
    for page in &site.graph.pages {
        if !matches!(
            page.kind,
            PageKind::Unit { .. } | PageKind::Campaign(_) | PageKind::Article(_)
        ) {
            continue;
        }
        let card = card_of(&site, &all, &page.file);
        assert_eq!(png_size(&all[&card]), (1200, 630), "{card}");
        if matches!(page.kind, PageKind::Unit { .. }) {
            units += 1;
            assert!(cards.insert(card.clone()), "{} shares {card}", page.file);
        }
    }
    let langs = site.config.languages.len();
    let expected: usize = site
        .graph
        .campaigns
        .iter()
        .map(|c| c.data.units.len())
        .sum();
    assert_eq!(units, expected * langs, "every unit in every language");
    assert!(units > 10, "{units}");
    let drawn = cache(&root);
    assert!(drawn.len() >= cards.len(), "the cards are in the cache");

    // A second build takes every card from the cache, and makes the same bytes.
    let again = generate(&root);
    let cards_again: Vec<_> = again
        .files
        .iter()
        .filter(|f| f.path.starts_with("media/cards/"))
        .collect();
    assert!(
        cards_again
            .iter()
            .all(|f| matches!(f.content, Content::Cached(_))),
        "a card was drawn again"
    );
    assert_eq!(cache(&root), drawn, "the cache was written again");
    assert!(files(&again) == all, "the second build differs");

    // The same site elsewhere, drawn without a cache, gives the same cards.
    let elsewhere = example(&tmp.path().join("b"));
    let fresh = files(&generate(&elsewhere));
    for card in &cards {
        assert!(fresh[card] == all[card], "{card} differs when drawn anew");
    }
}

const SITE: &str = "title: {vi: \"Ảnh <&\\\">\", en: \"Cards\"}\nbase_url: \"https://example.org/\"\n\
default_language: vi\nlanguages:\n  vi: {name: \"Tiếng Việt\"}\n  en: {name: \"English\"}\n";
const CAMPAIGN: &str = "name: {vi: \"Thi đua\", en: \"Campaign\"}\nmetrics:\n  \
initiatives: {label: {vi: \"Sáng kiến\", en: \"Initiatives\"}, kind: count}\nrank_by: initiatives\n";
const UNIT: &str = "name: {vi: \"Tỉnh <&\\\"> ắ ẫ ậ ề ộ ữ ỹ Đ\", en: \"Province <&\\\">\"}\n\
kind: province\nas_of: 2023-09-01\ntarget: {initiatives: 200}\nvalues:\n  initiatives: 150\n";

/// A photo of `w` x `h`: red on the left, blue on the right.
fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, _| match x < w / 2 {
        true => Rgb([220, 20, 20]),
        false => Rgb([20, 20, 220]),
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

#[test]
fn hostile_names_are_written_safely_and_an_articles_photo_is_on_its_card() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    write(&root, "site.yaml", SITE.as_bytes());
    write(
        &root,
        "content/results/t/campaign.yaml",
        CAMPAIGN.as_bytes(),
    );
    write(&root, "content/results/t/units/p.yaml", UNIT.as_bytes());
    let article = "---\ntitle: \"Hội nghị tổng kết\"\ndate: 2023-09-30\n---\n\nMở đầu.\n";
    let photo = format!("{article}\n![Đại biểu](dai-bieu.jpg)\n");
    write(&root, "content/news/a/index.md", photo.as_bytes());
    write(&root, "content/news/a/dai-bieu.jpg", &jpeg(1600, 1000));
    write(&root, "content/news/b.md", article.as_bytes());
    let site = generate(&root);
    let all = files(&site);
    let unit = site
        .graph
        .pages
        .iter()
        .find(|p| matches!(p.kind, PageKind::Unit { .. }))
        .unwrap();
    let html = String::from_utf8(all[&unit.file].clone()).unwrap();
    let alt = meta(&html, "og:image:alt").unwrap();
    assert!(alt.contains("Tỉnh &lt;&amp;&quot;&gt;"), "{alt}");
    assert_eq!(
        png_size(&all[&card_of(&site, &all, &unit.file)]),
        (1200, 630)
    );

    // The article with a photo has it on the right of its card; the other has none.
    let (with, without) = (
        card_of(&site, &all, "news/a/index.html"),
        card_of(&site, &all, "news/b/index.html"),
    );
    assert_ne!(with, without);
    let picture = |card: &str| image::load_from_memory(&all[card]).unwrap().into_rgb8();
    let red = |img: &RgbImage| {
        (730..950)
            .flat_map(|x| (200..500).map(move |y| (x, y)))
            .filter(|&(x, y)| {
                let [r, g, b] = img.get_pixel(x, y).0;
                r > 180 && g < 80 && b < 80
            })
            .count()
    };
    assert!(red(&picture(&with)) > 10_000, "the photo is on the card");
    assert_eq!(red(&picture(&without)), 0);
    // Pixels vary: the card is not blank.
    let img = picture(&without);
    let first = *img.get_pixel(0, 0);
    assert!(img.pixels().any(|p| *p != first));
}

#[test]
fn a_font_that_cannot_be_read_is_an_error_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    write(&root, "site.yaml", SITE.as_bytes());
    write(
        &root,
        "content/a.md",
        b"---\ntitle: A\ndate: 2023-09-30\n---\nA.\n",
    );
    write(&root, "themes/default/fonts/Broken.ttf", b"not a font");
    let run = common::check(&root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    common::assert_has(
        &run.stderr,
        "themes/default/fonts/Broken.ttf: the file is not a font that share cards can be drawn with",
    );
}
