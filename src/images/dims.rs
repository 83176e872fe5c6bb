//! The size an image published as it is says it has (a logo, a banner in `static/`), for the
//! `width` and `height` of its `<img>`: a PNG, JPEG or WebP header (upright), a GIF's screen,
//! an SVG's `width` and `height` or its `viewBox`. Nothing is decoded.

use std::io::Cursor;

use image::metadata::Orientation;
use image::{ImageDecoder, ImageReader};

/// The width and height of the image in `bytes`, or None when its header does not say (an AVIF,
/// an SVG sized only by CSS, a damaged file).
pub fn size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        let at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as u32;
        return (bytes.len() >= 10)
            .then(|| (at(6), at(8)))
            .filter(|s| s.0 > 0 && s.1 > 0);
    }
    if let Some(size) = raster(bytes) {
        return Some(size);
    }
    svg(std::str::from_utf8(bytes).ok()?)
}

/// A PNG, JPEG or WebP header's size, turned upright by its EXIF orientation.
fn raster(bytes: &[u8]) -> Option<(u32, u32)> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    reader.format()?;
    let mut decoder = reader.into_decoder().ok()?;
    let (w, h) = decoder.dimensions();
    use Orientation::*;
    Some(match decoder.orientation().unwrap_or(NoTransforms) {
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH => (h, w),
        _ => (w, h),
    })
}

/// The size of an SVG's root element: its `width` and `height` when both are plain numbers or
/// pixels, else its `viewBox`, rounded to whole pixels.
pub fn svg(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let end = start + text[start..].find('>')?;
    let tag = &text[start..end];
    let number = |v: &str| {
        let v = v.trim();
        v.strip_suffix("px").unwrap_or(v).trim().parse::<f64>().ok()
    };
    let whole = |v: f64| (v.is_finite() && v >= 0.5).then(|| v.round() as u32);
    if let (Some(w), Some(h)) = (attr(tag, "width"), attr(tag, "height"))
        && let (Some(w), Some(h)) = (number(w).and_then(whole), number(h).and_then(whole))
    {
        return Some((w, h));
    }
    let view: Vec<f64> = attr(tag, "viewBox")?
        .split([' ', ',', '\t', '\n'])
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect::<Option<_>>()?;
    match view[..] {
        [_, _, w, h] => Some((whole(w)?, whole(h)?)),
        _ => None,
    }
}

/// The value of attribute `name` in a start tag, quoted with `"` or `'`.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + name.len()..].trim_start();
        rest = &rest[i + name.len()..];
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        if quote != '"' && quote != '\'' {
            return None;
        }
        let value = &value[1..];
        return value.find(quote).map(|end| &value[..end]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes_come_from_width_and_height_or_the_view_box() {
        let sized = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"48px\" viewBox=\"0 0 60 24\">";
        assert_eq!(svg(sized), Some((120, 48)));
        let boxed = "<svg xmlns='http://www.w3.org/2000/svg' width='100%' viewBox='0 0 64.4 32'>";
        assert_eq!(svg(boxed), Some((64, 32)));
        assert_eq!(
            svg("<svg stroke-width=\"2\" viewBox=\"0,0,10,20\">"),
            Some((10, 20))
        );
        assert_eq!(svg("<svg width=\"3em\" height=\"2em\">"), None);
        assert_eq!(svg("<html>"), None);
    }

    #[test]
    fn raster_and_gif_headers() {
        let gif = b"GIF89a\x20\x00\x10\x00\x00\x00\x00";
        assert_eq!(size(gif), Some((32, 16)));
        let mut png = Vec::new();
        image::RgbImage::new(7, 3)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert_eq!(size(&png), Some((7, 3)));
        assert_eq!(size(b"not an image"), None);
    }
}
