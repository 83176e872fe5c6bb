//! The photo stage on real files: header facts without decoding, one decoding per photo, the
//! cache, damaged photos and check mode.

use std::fs;
use std::path::{Path, PathBuf};

use image::{Rgb, RgbImage};

use super::*;

/// A JPEG of `w` x `h` pixels with an EXIF orientation (APP1 with one IFD entry, 0x0112).
fn jpeg(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 80)
        .encode_image(&img)
        .unwrap();
    let mut out = plain[..2].to_vec();
    out.extend(crate::strip::orientation_segment_of(orientation));
    out.extend_from_slice(&plain[2..]);
    out
}

/// A PNG whose header says `w` x `h` and whose picture data is empty.
fn png_without_pixels(w: u32, h: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for chunk in [&ihdr[..], b"IDAT\x78\x9c\x03\x00\x00\x00\x00\x01", b"IEND"] {
        out.extend_from_slice(&((chunk.len() - 4) as u32).to_be_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(&crc32fast::hash(chunk).to_be_bytes());
    }
    out
}

/// A site folder holding `files`, and the path of each.
fn site(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Vec<PathBuf>) {
    let tmp = tempfile::tempdir().unwrap();
    let paths = files
        .iter()
        .map(|(rel, bytes)| {
            let p = tmp.path().join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(&p, bytes).unwrap();
            p
        })
        .collect();
    (tmp, paths)
}

fn cache_files(root: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(root.join(".cache/images")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn used(p: &Processor, path: &Path) -> Result<Photo, String> {
    p.photo(path, Path::new("content/a.md"), Pos::new(3, 1))
        .map_err(|m| m.english())
}

#[test]
fn the_header_gives_the_upright_size_and_the_variants_without_decoding() {
    let (tmp, paths) = site(&[("content/a.jpg", &jpeg(2000, 1500, 6))]);
    let p = Processor::new(tmp.path(), true);
    let photo = used(&p, &paths[0]).unwrap();
    assert_eq!((photo.width, photo.height), (1500, 2000), "a quarter turn");
    let sizes: Vec<(u32, u32)> = photo.variants.iter().map(|v| (v.width, v.height)).collect();
    assert_eq!(sizes, [(480, 640), (960, 1280), (1200, 1600), (1500, 2000)]);
    let key = &photo.variants[0].path["media/".len()..][..16];
    for v in &photo.variants {
        assert_eq!(v.path, format!("media/{key}-{}.jpg", v.width));
        assert_eq!(v.file, tmp.path().join(".cache/images").join(&v.path[6..]));
    }
    assert!(!photo.cached);
    assert_eq!(p.decoded(), 0);
    assert!(cache_files(tmp.path()).is_empty(), "nothing made yet");
    assert_eq!(used(&p, &paths[0]).unwrap(), photo, "read once, kept");
}

#[test]
fn a_small_photo_has_one_variant_of_its_own_width_and_png_stays_png() {
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(RgbImage::new(300, 200))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let (tmp, paths) = site(&[("content/b.png", &png)]);
    let photo = used(&Processor::new(tmp.path(), true), &paths[0]).unwrap();
    assert_eq!(photo.variants.len(), 1);
    assert_eq!(
        (photo.variants[0].width, photo.variants[0].height),
        (300, 200)
    );
    assert!(photo.variants[0].path.ends_with("-300.png"));
}

#[test]
fn processing_decodes_each_photo_once_and_writes_each_variant_once() {
    let bytes = jpeg(1000, 600, 1);
    let (tmp, paths) = site(&[("content/a.jpg", &bytes), ("content/copy.jpg", &bytes)]);
    let p = Processor::new(tmp.path(), true);
    let photo = used(&p, &paths[0]).unwrap();
    assert_eq!(
        used(&p, &paths[1]).unwrap(),
        photo,
        "same bytes, same photo"
    );
    p.process().unwrap();
    assert_eq!(p.decoded(), 1);
    let key = &photo.variants[0].path["media/".len()..][..16];
    assert_eq!(
        cache_files(tmp.path()),
        [
            format!("{key}-1000.jpg"),
            format!("{key}-480.jpg"),
            format!("{key}-960.jpg"),
            format!("{key}.size"),
        ],
        "no partial file left"
    );
    for v in &photo.variants {
        let made = image::open(&v.file).unwrap();
        assert_eq!((made.width(), made.height()), (v.width, v.height));
    }
    assert_eq!(p.photos(), [photo]);
}

#[test]
fn a_cached_photo_is_not_decoded_again() {
    let (tmp, paths) = site(&[("content/a.jpg", &jpeg(800, 600, 8))]);
    let first = Processor::new(tmp.path(), true);
    used(&first, &paths[0]).unwrap();
    first.process().unwrap();
    let made = cache_files(tmp.path());
    let second = Processor::new(tmp.path(), true);
    let photo = used(&second, &paths[0]).unwrap();
    assert!(photo.cached);
    assert_eq!((photo.width, photo.height), (600, 800));
    second.process().unwrap();
    assert_eq!(second.decoded(), 0);
    assert_eq!(cache_files(tmp.path()), made);
}

#[test]
fn a_damaged_photo_is_an_error_at_its_first_use() {
    let (tmp, paths) = site(&[("content/news/hong.png", &png_without_pixels(120, 80))]);
    let p = Processor::new(tmp.path(), true);
    let photo = p
        .photo(&paths[0], Path::new("content/news/b.md"), Pos::new(2, 1))
        .expect("its header is fine");
    assert_eq!((photo.width, photo.height), (120, 80));
    p.photo(&paths[0], Path::new("content/news/a.md"), Pos::new(9, 4))
        .unwrap();
    p.photo(&paths[0], Path::new("content/news/a.md"), Pos::new(7, 12))
        .unwrap();
    let errors = p.process().unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let shown = errors[0].to_string();
    assert!(
        shown.starts_with(
            "content/news/a.md:7:12: the photo \"content/news/hong.png\" cannot be used: the photo is damaged: "
        ),
        "{shown}"
    );
    assert!(cache_files(tmp.path()).is_empty());
}

#[test]
fn check_writes_nothing_and_still_finds_damaged_photos() {
    let (tmp, paths) = site(&[
        ("content/a.jpg", &jpeg(700, 500, 1)),
        ("content/hong.png", &png_without_pixels(50, 50)),
    ]);
    let p = Processor::new(tmp.path(), false);
    for path in &paths {
        used(&p, path).unwrap();
    }
    let errors = p.process().unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].message.english().contains("content/hong.png"),
        "{errors:?}"
    );
    assert_eq!(p.decoded(), 1, "the good photo was decoded too");
    assert!(!tmp.path().join(".cache").exists(), "nothing written");
    p.clean();
}

#[test]
fn problems_in_the_header_or_a_cut_jpeg_are_found_while_planning() {
    let (tmp, paths) = site(&[
        ("content/note.jpg", b"not a photo"),
        ("content/huge.png", &png_without_pixels(20000, 20000)),
    ]);
    let p = Processor::new(tmp.path(), true);
    assert_eq!(
        used(&p, &paths[0]).unwrap_err(),
        "the file is not a JPEG, PNG or WebP photo"
    );
    assert!(
        used(&p, &paths[1])
            .unwrap_err()
            .starts_with("the photo is 20000 x 20000 pixels")
    );
    assert!(used(&p, &tmp.path().join("content/none.jpg")).is_err());
    p.process().unwrap();
    assert!(p.photos().is_empty());
    let whole = jpeg(640, 480, 1);
    let mut trailing = whole.clone();
    trailing.extend_from_slice(b"\0\0camera trailer");
    let cut = &whole[..whole.len() - 40];
    let (more, paths) = site(&[("trailing.jpg", &trailing), ("cut.jpg", cut)]);
    let p = Processor::new(more.path(), true);
    assert!(
        used(&p, &paths[0]).is_ok(),
        "bytes after the end marker are fine"
    );
    assert!(
        used(&p, &paths[1])
            .unwrap_err()
            .starts_with("the photo is damaged: the file stops before the end of its picture")
    );
}
