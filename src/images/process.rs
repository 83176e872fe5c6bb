//! The photo stage: every photo the pages need and the cache lacks is decoded once, turned
//! upright once, converted once, and each of its variants is resized from that one picture.

use std::io::Cursor;
use std::path::Path;
use std::sync::atomic::Ordering;

use fast_image_resize::{ResizeOptions, Resizer};
use image::DynamicImage;
use rayon::prelude::*;

use super::{Planned, Processor, QUALITY, SETTINGS, probe};
use crate::diagnostics::{Diagnostic, Pos, display_path};
use crate::messages::{Message, io_reason};
use crate::msg;

impl Processor {
    /// Makes the variants of every photo recorded by [`Processor::photo`] that the cache does
    /// not hold yet, in parallel, and writes them to the cache (when writing is allowed: `check`
    /// still decodes each photo, to find the damaged ones, but writes nothing). A photo that
    /// cannot be made is an error at the first place it is used.
    pub fn process(&self) -> Result<(), Vec<Diagnostic>> {
        let todo: Vec<_> = self
            .planned()
            .into_iter()
            .filter(|(_, planned, _)| !planned.photo.cached)
            .collect();
        let mut errors: Vec<Diagnostic> = todo
            .par_iter()
            .filter_map(|(path, planned, used)| {
                let message = self.make(path, planned).err()?;
                let shown = path.strip_prefix(&self.root).unwrap_or(path);
                Some(Diagnostic::error(
                    &used.page,
                    Pos::new(used.line, used.col),
                    msg!(
                        "photo-cannot-be-used",
                        dest = display_path(shown),
                        reason = message
                    ),
                ))
            })
            .collect();
        if errors.is_empty() {
            return Ok(());
        }
        errors.sort();
        Err(errors)
    }

    /// Decodes one photo and writes its variants, then its size file, to the cache.
    fn make(&self, path: &Path, planned: &Planned) -> Result<(), Message> {
        let bytes = probe::read(path)?;
        if format!("{:016x}", super::fnv1a(&bytes, SETTINGS)) != planned.key {
            return Err(msg!("photo-changed"));
        }
        let image = decode(&bytes)?;
        drop(bytes);
        self.decoded.fetch_add(1, Ordering::Relaxed);
        let photo = &planned.photo;
        if (image.width(), image.height()) != (photo.width, photo.height) {
            return Err(msg!(
                "photo-size-differs",
                header = format!("{} x {}", photo.width, photo.height),
                picture = format!("{} x {}", image.width(), image.height())
            ));
        }
        if !self.write {
            return Ok(());
        }
        let png = planned.name().ends_with(".png");
        let source = if png {
            DynamicImage::ImageRgba8(image.into_rgba8())
        } else {
            DynamicImage::ImageRgb8(image.into_rgb8())
        };
        std::fs::create_dir_all(&self.cache_dir)
            .map_err(|e| msg!("photo-cannot-create-cache", reason = io_reason(&e)))?;
        for v in &photo.variants {
            let encoded = encode(&source, v.width, v.height, png)?;
            write_whole(&v.file, &encoded)?;
        }
        write_whole(
            &planned.meta,
            format!("{} {}\n", photo.width, photo.height).as_bytes(),
        )
    }
}

/// Decodes a JPEG, PNG or WebP and turns it upright.
fn decode(bytes: &[u8]) -> Result<DynamicImage, Message> {
    let mut decoder = probe::decoder(bytes)?;
    let orientation = image::ImageDecoder::orientation(&mut decoder).map_err(probe::unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder)
        .map_err(|e| msg!("photo-damaged", reason = e.to_string()))?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// One variant of an upright RGB (JPEG) or RGBA (PNG) picture, encoded.
fn encode(source: &DynamicImage, width: u32, height: u32, png: bool) -> Result<Vec<u8>, Message> {
    let mut resized = DynamicImage::new(width, height, source.color());
    Resizer::new()
        .resize(source, &mut resized, &ResizeOptions::new())
        .map_err(|e| msg!("photo-cannot-resize", reason = e.to_string()))?;
    let mut out = Vec::new();
    if png {
        resized
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .map_err(unwritable)?;
    } else {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY);
        resized.write_with_encoder(encoder).map_err(unwritable)?;
    }
    Ok(out)
}

fn unwritable(e: image::ImageError) -> Message {
    msg!("photo-cannot-write", reason = e.to_string())
}

/// Writes a cache file under another name first, so a reader never sees half of it.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), Message> {
    let partial = path.with_extension(format!(
        "partial-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| msg!("photo-cannot-write-cache", reason = io_reason(&e)))
}
