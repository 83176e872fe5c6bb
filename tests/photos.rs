//! Photos as readers get them: upright, in several widths no wider than needed, described by
//! `srcset` and `sizes`, processed once, and every unusable photo refused with its place.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use image::{GenericImageView, Rgb, RgbImage};

const SITE: &str = "title: {vi: \"Ảnh\", en: \"Photos\"}\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  vi: {name: \"Tiếng Việt\"}\n  en: {name: \"English\"}\n";

/// A JPEG of `w` x `h` pixels, left half red and right half blue, with an EXIF orientation.
fn camera_jpeg(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, _| {
        if x < w / 2 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
        .encode_image(&img)
        .unwrap();
    let mut out = jpeg[..2].to_vec();
    out.extend(campaign_site::strip::orientation_segment_of(orientation));
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn site(dir: &Path, files: &[(&str, &[u8])]) -> PathBuf {
    let root = dir.join("site");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("site.yaml"), SITE).unwrap();
    for (path, bytes) in files {
        let p = root.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    }
    root
}

/// `build --root <root>`, into the site's own `public/`: the exit code and stderr.
fn build(root: &Path) -> (i32, String) {
    let run = common::campaign_site([OsStr::new("build"), "--root".as_ref(), root.as_os_str()]);
    (run.code, run.stderr)
}

const ARTICLE: &[u8] = b"---\ntitle: \"H\xe1\xbb\x99i ngh\xe1\xbb\x8b\"\ndate: 2023-09-30\n---\n\nM\xe1\xbb\x9f \xc4\x91\xe1\xba\xa7u.\n\n![C\xc3\xa1c \xc4\x91\xe1\xba\xa1i bi\xe1\xbb\x83u](dai-bieu.jpg \"C\xc3\xa1c \xc4\x91\xe1\xba\xa1i bi\xe1\xbb\x83u tham d\xe1\xbb\xb1 H\xe1\xbb\x99i ngh\xe1\xbb\x8b.\")\n";

/// The `<img ...>` tags of a page.
fn imgs(html: &str) -> Vec<&str> {
    html.match_indices("<img ")
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1])
        .collect()
}

fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let start = tag
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + name.len()
        + 3;
    &tag[start..start + tag[start..].find('"').unwrap()]
}

#[test]
fn a_sideways_camera_photo_comes_out_upright_in_every_width() {
    let tmp = tempfile::tempdir().unwrap();
    let photo = camera_jpeg(4000, 3000, 6);
    let root = site(
        tmp.path(),
        &[
            ("content/news/hoi-nghi/index.md", ARTICLE),
            ("content/news/hoi-nghi/dai-bieu.jpg", &photo),
        ],
    );
    let (code, stderr) = build(&root);
    assert_eq!(code, 0, "{stderr}");
    let public = root.join("public");
    let html = fs::read_to_string(public.join("news/hoi-nghi/index.html")).unwrap();
    let img = imgs(&html)[0];
    // Upright the photo is 3000 x 4000: the 960 px variant is 1280 px high.
    assert_eq!(
        (attr(img, "width"), attr(img, "height")),
        ("960", "1280"),
        "{img}"
    );
    assert_eq!(attr(img, "sizes"), "(min-width: 50rem) 48rem, 100vw");
    assert_eq!(attr(img, "alt"), "Các đại biểu");
    assert_eq!(
        attr(img, "loading"),
        "eager",
        "the article's first photo loads at once"
    );
    assert!(html.contains("<figcaption>Các đại biểu tham dự Hội nghị.</figcaption>"));

    let srcset: Vec<(String, u32)> = attr(img, "srcset")
        .split(", ")
        .map(|item| {
            let (url, w) = item.split_once(' ').unwrap();
            (url.to_owned(), w.trim_end_matches('w').parse().unwrap())
        })
        .collect();
    let widths: Vec<u32> = srcset.iter().map(|(_, w)| *w).collect();
    assert_eq!(
        widths,
        [480, 960, 1200, 1600, 1920],
        "never wider than 1920 px, under 2000"
    );
    for (url, w) in &srcset {
        let variant = image::open(public.join(url.trim_start_matches('/'))).unwrap();
        let h = (*w as f64 * 4.0 / 3.0).round() as u32;
        assert_eq!(variant.dimensions(), (*w, h), "{url} is upright");
        let top = variant.get_pixel(w / 2, w * 4 / 3 / 4);
        let bottom = variant.get_pixel(w / 2, w * 4 / 3 * 3 / 4);
        assert!(
            top[0] > 150 && top[2] < 100,
            "the photo's left edge is now on top: {top:?}"
        );
        assert!(bottom[2] > 150 && bottom[0] < 100, "{bottom:?}");
        let bytes = fs::read(public.join(url.trim_start_matches('/'))).unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "metadata is stripped from {url}"
        );
    }
}

#[test]
fn a_second_build_reuses_the_processed_photos() {
    let tmp = tempfile::tempdir().unwrap();
    let photo = camera_jpeg(1800, 1200, 1);
    let root = site(
        tmp.path(),
        &[
            ("content/news/hoi-nghi/index.md", ARTICLE),
            ("content/news/hoi-nghi/dai-bieu.jpg", &photo),
        ],
    );
    let first = campaign_site::generate(&root, None, false).unwrap();
    assert!(
        first.photos.photos().iter().all(|p| !p.cached),
        "the first build decodes the photo"
    );
    let cached: Vec<_> = fs::read_dir(root.join(".cache/images"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(cached.len() >= 4, "{cached:?}");
    let second = campaign_site::generate(&root, None, false).unwrap();
    let photos = second.photos.photos();
    assert_eq!(photos.len(), 1);
    assert!(
        photos[0].cached,
        "the second build takes the photo from the cache"
    );

    // A photo no page uses any more leaves the cache after the next build.
    fs::write(
        root.join("content/news/hoi-nghi/index.md"),
        "---\ntitle: A\ndate: 2023-09-30\n---\n\nKhông ảnh.\n",
    )
    .unwrap();
    let (code, stderr) = build(&root);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(fs::read_dir(root.join(".cache/images")).unwrap().count(), 0);
}

/// The start of a PNG of `w` x `h` pixels: its header and a first, tiny data chunk.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&ihdr);
    out.extend_from_slice(&crc32fast::hash(&ihdr).to_be_bytes());
    let idat = b"IDAT\x78\x9c\x03\x00\x00\x00\x00\x01";
    out.extend_from_slice(&((idat.len() - 4) as u32).to_be_bytes());
    out.extend_from_slice(idat);
    out.extend_from_slice(&crc32fast::hash(idat).to_be_bytes());
    out
}

#[test]
fn unusable_photos_are_refused_with_their_place() {
    let tmp = tempfile::tempdir().unwrap();
    let body = "---\ntitle: A\ndate: 2023-09-30\n---\n\n![Thiếu](thieu.jpg)\n\n![Hỏng](hong.jpg)\n\n![Ngoài](../../../ngoai.jpg)\n\n![Quá lớn](qua-lon.png)\n";
    let root = site(
        tmp.path(),
        &[
            ("content/news/a/index.md", body.as_bytes()),
            ("content/news/a/hong.jpg", b"this is not a photo"),
            ("content/news/a/qua-lon.png", &png_header(20000, 20000)),
        ],
    );
    fs::create_dir_all(root.join("public")).unwrap();
    fs::write(root.join("public/.campaign-site"), "").unwrap();
    fs::write(root.join("public/old.html"), "old").unwrap();
    let (code, stderr) = build(&root);
    assert_eq!(code, 1, "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "content/news/a/index.md:6:1: the photo \"thieu.jpg\" is missing: there is no file content/news/a/thieu.jpg; check the file name, or put the photo beside the article",
            "content/news/a/index.md:8:1: the photo \"hong.jpg\" cannot be used: the file is not a JPEG, PNG or WebP photo",
            "content/news/a/index.md:10:1: the link \"../../../ngoai.jpg\" leads outside the content folder; link to a file inside content/",
            "content/news/a/index.md:12:1: the photo \"qua-lon.png\" cannot be used: the photo is 20000 x 20000 pixels, more than the 100 megapixels a photo may have; make it smaller first",
            "build failed: 4 errors; the output folder was not changed",
        ]
    );
    assert_eq!(
        fs::read_to_string(root.join("public/old.html")).unwrap(),
        "old",
        "nothing half-written"
    );
}

#[test]
fn lists_show_a_thumbnail_and_shared_links_the_articles_card() {
    let tmp = tempfile::tempdir().unwrap();
    let photo = camera_jpeg(1600, 1000, 1);
    let root = site(
        tmp.path(),
        &[
            ("content/news/hoi-nghi/index.md", ARTICLE),
            ("content/news/hoi-nghi/dai-bieu.jpg", &photo),
        ],
    );
    let (code, stderr) = build(&root);
    assert_eq!(code, 0, "{stderr}");
    let list = fs::read_to_string(root.join("public/news/index.html")).unwrap();
    let thumb = imgs(&list)
        .into_iter()
        .find(|t| t.contains("class=\"thumb\""))
        .expect("a thumbnail");
    assert_eq!(
        (attr(thumb, "width"), attr(thumb, "height")),
        ("480", "300")
    );
    assert_eq!(attr(thumb, "alt"), "Các đại biểu");
    // The article's share card, which shows the photo, is its picture for shared links.
    let page = fs::read_to_string(root.join("public/news/hoi-nghi/index.html")).unwrap();
    let og = page
        .lines()
        .find(|l| l.contains("og:image"))
        .expect("og:image");
    assert!(
        og.starts_with("<meta property=\"og:image\" content=\"https://example.org/media/cards/")
            && og.ends_with(".png\">"),
        "{og}"
    );
}

#[test]
fn photos_cut_short_are_refused_at_the_first_link_that_uses_them() {
    let tmp = tempfile::tempdir().unwrap();
    let mut jpeg = camera_jpeg(1600, 1200, 1);
    jpeg.truncate(jpeg.len() / 2);
    let mut png = Vec::new();
    RgbImage::from_fn(800, 600, |x, y| {
        Rgb([(x * y % 251) as u8, (x % 256) as u8, 9])
    })
    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
    .unwrap();
    png.truncate(png.len() * 3 / 5);
    let a = "---\ntitle: A\ndate: 2023-09-30\n---\n\n![Cắt](cat.jpg)\n\n![Cắt nữa](cat.png)\n";
    let b = "---\ntitle: B\ndate: 2023-09-30\n---\n\n![Cắt nữa](../a/cat.png)\n";
    let root = site(
        tmp.path(),
        &[
            ("content/news/a/index.md", a.as_bytes()),
            ("content/news/a/cat.jpg", &jpeg),
            ("content/news/a/cat.png", &png),
            ("content/news/b/index.md", b.as_bytes()),
        ],
    );
    let (code, stderr) = build(&root);
    assert_eq!(code, 1, "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    // Cut short before its end marker, a JPEG is refused from its bytes, at each link.
    assert_eq!(
        lines[0],
        "content/news/a/index.md:6:1: the photo \"cat.jpg\" cannot be used: the photo is damaged: the file stops before the end of its picture (it was probably cut short while being copied); copy it again"
    );
    // A PNG whose picture cannot be decoded is found by the photo stage: once, at its first use.
    assert!(
        lines[1].starts_with(
            "content/news/a/index.md:8:1: the photo \"content/news/a/cat.png\" cannot be used: the photo is damaged: "
        ),
        "{stderr}"
    );
    assert_eq!(
        lines[2],
        "build failed: 2 errors; the output folder was not changed"
    );
    assert!(!root.join("public").exists(), "nothing published");
    let cached = fs::read_dir(root.join(".cache/images")).map_or(0, |d| d.count());
    assert_eq!(cached, 0, "nothing cached");
}

/// The `<figure ...>` start tags of a page.
fn figures(html: &str) -> Vec<&str> {
    html.match_indices("<figure")
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1])
        .collect()
}

#[test]
fn a_gallery_lays_out_photos_by_their_shape_and_each_opens_at_its_widest() {
    let tmp = tempfile::tempdir().unwrap();
    let (wide, tall, band) = (
        camera_jpeg(1800, 1200, 1),
        camera_jpeg(400, 600, 1),
        camera_jpeg(800, 200, 1),
    );
    let article = "---\ntitle: \"Bộ ảnh\"\ndate: 2023-09-30\n---\n\n\
        ![Hội trường](rong.jpg \"Quang cảnh.\")\n![Người phát biểu](doc.jpg)\n![Băng rôn](dai.jpg \"Băng rôn.\")\n\n\
        ![Đại biểu](rong.jpg \"Một ảnh riêng.\")\n";
    let root = site(
        tmp.path(),
        &[
            ("content/news/bo-anh/index.md", article.as_bytes()),
            ("content/news/bo-anh/rong.jpg", &wide),
            ("content/news/bo-anh/doc.jpg", &tall),
            ("content/news/bo-anh/dai.jpg", &band),
        ],
    );
    let (code, stderr) = build(&root);
    assert_eq!(code, 0, "{stderr}");
    let public = root.join("public");
    let html = fs::read_to_string(public.join("news/bo-anh/index.html")).unwrap();
    let gallery = &html[html.find("<div class=\"gallery\">").expect("a gallery")..];
    let gallery = &gallery[..gallery.find("</div>").unwrap()];
    // Each figure of the gallery carries its photo's width over its height, to three places.
    assert_eq!(
        figures(gallery),
        [
            "<figure style=\"--ar:1.500\">",
            "<figure style=\"--ar:0.667\">",
            "<figure style=\"--ar:4.000\">"
        ]
    );
    // A photo alone is a figure without a shape of its own.
    let after = &html[html.find("</div>").unwrap()..];
    assert!(
        after.contains("<figure>\n<a class=\"photo-link\""),
        "{after}"
    );
    // Every photo is a link to its widest variant, which is published, around its image.
    let links: Vec<&str> = html
        .match_indices("<a class=\"photo-link\" href=\"")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(links.len(), 4, "{html}");
    for ((link, img), widest) in links.iter().zip(imgs(&html)).zip([1800, 400, 800, 1800]) {
        let srcset = attr(img, "srcset");
        let last = srcset.rsplit(", ").next().unwrap();
        assert_eq!(*last, format!("{link} {widest}w"), "{img}");
        assert!(
            public.join(link.trim_start_matches('/')).is_file(),
            "{link}"
        );
        let opened = &html[html.find(link).unwrap()..];
        assert!(opened.split_once('>').unwrap().1.starts_with("<img "));
    }
    assert!(
        html.contains(
            "alt=\"Người phát biểu\" loading=\"lazy\" decoding=\"async\"></a>\n</figure>"
        ),
        "a photo without a caption is its link and image"
    );
    assert!(html.contains("gallery.js\" defer data-viewer=\"Xem ảnh\" data-close=\"Đóng\""));
}
