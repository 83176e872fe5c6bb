//! What a photo's header says, without decoding its pixels: its format, size and EXIF
//! orientation, hence its upright size and the variants made of it.

use std::io::Cursor;
use std::path::Path;

use image::metadata::Orientation;
use image::{ImageDecoder, ImageReader};

use crate::messages::{Message, io_reason};
use crate::msg;

use super::{MAX_BYTES, MAX_PIXELS, MAX_WIDTH, Photo, Planned, Processor, SETTINGS, Variant};

/// A photo's header: its stored size and how it must be turned to stand upright.
pub(super) struct Header {
    pub width: u32,
    pub height: u32,
    pub orientation: Orientation,
}

impl Header {
    /// The size once turned upright: a quarter turn swaps width and height.
    pub fn upright(&self) -> (u32, u32) {
        use Orientation::*;
        match self.orientation {
            Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH => (self.height, self.width),
            NoTransforms | Rotate180 | FlipHorizontal | FlipVertical => (self.width, self.height),
        }
    }
}

impl Processor {
    /// Reads the photo at `path` and its header, and lays out its variants.
    pub(super) fn plan(&self, path: &Path) -> Result<Planned, Message> {
        let bytes = read(path)?;
        let key = format!("{:016x}", super::fnv1a(&bytes, SETTINGS));
        let (width, height) = header(&bytes)?.upright();
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) && !jpeg_is_whole(&bytes) {
            return Err(msg!("photo-cut-short"));
        }
        let meta = self.cache_dir.join(format!("{key}.size"));
        let mut photo = self.layout(&key, width, height, extension_for(path, &bytes));
        // The size file is written last: with it and every variant, the photo is in the cache.
        photo.cached = std::fs::read_to_string(&meta)
            .ok()
            .and_then(|s| parse_size(&s))
            .is_some_and(|size| size == (width, height))
            && photo.variants.iter().all(|v| v.file.is_file());
        Ok(Planned { photo, key, meta })
    }

    /// The variants of a `width` x `height` upright photo.
    fn layout(&self, key: &str, width: u32, height: u32, ext: &str) -> Photo {
        let widest = width.min(MAX_WIDTH);
        let mut widths: Vec<u32> = super::WIDTHS
            .iter()
            .copied()
            .filter(|w| *w < widest)
            .collect();
        widths.push(widest);
        widths.dedup();
        let variants = widths
            .into_iter()
            .map(|w| {
                let h = ((height as u64 * w as u64 + width as u64 / 2) / width.max(1) as u64).max(1)
                    as u32;
                let name = format!("{key}-{w}.{ext}");
                Variant {
                    width: w,
                    height: h,
                    path: format!("media/{name}"),
                    file: self.cache_dir.join(name),
                }
            })
            .collect();
        Photo {
            width,
            height,
            variants,
            cached: false,
        }
    }
}

/// The photo's bytes, refused when there are too many of them.
pub(super) fn read(path: &Path) -> Result<Vec<u8>, Message> {
    let cannot = |e: std::io::Error| msg!("photo-cannot-read", reason = io_reason(&e));
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    if size > MAX_BYTES {
        return Err(msg!(
            "photo-too-many-bytes",
            size = size / 1024 / 1024,
            max = MAX_BYTES / 1024 / 1024
        ));
    }
    std::fs::read(path).map_err(cannot)
}

/// The decoder of a JPEG, PNG or WebP, its header read and checked (no pixels decoded yet).
pub(super) fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, Message> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| msg!("photo-cannot-read", reason = io_reason(&e)))?;
    if reader.format().is_none() {
        return Err(msg!("photo-not-a-photo"));
    }
    let decoder = reader.into_decoder().map_err(unreadable)?;
    let (w, h) = decoder.dimensions();
    if w as u64 * h as u64 > MAX_PIXELS {
        // The sizes are shown as the photo's properties give them, without separators.
        return Err(msg!(
            "photo-too-many-pixels",
            width = w.to_string(),
            height = h.to_string(),
            max = MAX_PIXELS / 1_000_000
        ));
    }
    Ok(decoder)
}

/// Why the decoder could not read a photo: the decoder's own words, inside ours.
pub(super) fn unreadable(e: image::ImageError) -> Message {
    msg!("photo-cannot-be-read", reason = e.to_string())
}

/// The header of a JPEG, PNG or WebP.
pub(super) fn header(bytes: &[u8]) -> Result<Header, Message> {
    let mut decoder = decoder(bytes)?;
    let (width, height) = decoder.dimensions();
    let orientation = decoder.orientation().map_err(unreadable)?;
    Ok(Header {
        width,
        height,
        orientation,
    })
}

/// Whether a JPEG's picture runs to its end marker: a file cut short by a failed copy or upload
/// does not, and its decoder would quietly fill the missing part with grey. Only the markers
/// are walked; nothing is decoded.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let mut i = 2;
    while i + 1 < bytes.len() {
        if bytes[i] != 0xFF {
            // Stray bytes between segments, which decoders skip.
            i += 1;
            continue;
        }
        match bytes[i + 1] {
            0xD9 => return true,
            0xFF => i += 1,
            0x01 | 0xD0..=0xD7 => i += 2,
            marker => {
                let Some(&[hi, lo]) = bytes.get(i + 2..i + 4) else {
                    return false;
                };
                i += 2 + u16::from_be_bytes([hi, lo]) as usize;
                if marker == 0xDA {
                    // The coded picture: up to the next marker that is neither an escaped 0xFF
                    // byte nor a restart.
                    loop {
                        let Some(at) = bytes
                            .get(i..)
                            .and_then(|b| b.iter().position(|&b| b == 0xFF))
                        else {
                            return false;
                        };
                        i += at;
                        match bytes.get(i + 1) {
                            None => return false,
                            Some(0x00 | 0xD0..=0xD7) => i += 2,
                            Some(_) => break,
                        }
                    }
                }
            }
        }
    }
    false
}

fn parse_size(s: &str) -> Option<(u32, u32)> {
    let (w, h) = s.trim().split_once(' ')?;
    Some((w.parse().ok()?, h.parse().ok()?))
}

/// PNG variants for photos that may be transparent, JPEG for the rest.
fn extension_for(path: &Path, bytes: &[u8]) -> &'static str {
    let png = bytes.starts_with(b"\x89PNG")
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if png { "png" } else { "jpg" }
}
