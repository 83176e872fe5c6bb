//! Photos: decoded once, turned upright by their EXIF orientation, resized to a few widths and
//! re-encoded without their metadata. Results are kept in `.cache/images/` at the site root,
//! keyed by the photo's bytes and the settings, so a second build does not decode them again.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use fast_image_resize::{ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageReader};

/// Widths made of every photo (never wider than the photo itself).
pub const WIDTHS: [u32; 4] = [480, 960, 1200, 1600];
/// The widest variant made, whatever the photo's size (under 2000 px).
pub const MAX_WIDTH: u32 = 1920;
/// The variant used as `src` (and for Open Graph, the 1200 px one).
pub const MIDDLE: u32 = 960;
pub const OPEN_GRAPH: u32 = 1200;
/// Photos larger than these are refused rather than exhausting memory.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;
pub const MAX_PIXELS: u64 = 100_000_000;
const QUALITY: u8 = 82;
/// Changing how variants are made changes this, so old cache entries are not used.
const SETTINGS: &str = "v1 jpeg q82 lanczos3 480/960/1200/1600 max1920";

/// One size of a photo, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// Path in the output folder, `media/<key>-960.jpg`.
    pub path: String,
    /// Where its bytes are (in the cache).
    pub file: PathBuf,
}

/// A processed photo: its upright size and its variants, narrowest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub width: u32,
    pub height: u32,
    pub variants: Vec<Variant>,
    /// Whether the variants came from the cache.
    pub cached: bool,
}

impl Photo {
    /// The variant closest to `width` without being narrower when possible.
    pub fn variant(&self, width: u32) -> &Variant {
        self.variants
            .iter()
            .find(|v| v.width >= width)
            .or(self.variants.last())
            .expect("a photo has at least one variant")
    }
}

/// One photo's result, filled by the first page that needs it.
type Slot = OnceLock<Result<Photo, String>>;

/// Processes each photo once per build, however many pages use it, from any thread.
pub struct Processor {
    cache_dir: PathBuf,
    /// Whether results may be written to the cache (`check` writes nothing).
    write: bool,
    done: Mutex<HashMap<PathBuf, Arc<Slot>>>,
}

impl Processor {
    pub fn new(site_root: &Path, write: bool) -> Self {
        Processor {
            cache_dir: site_root.join(".cache").join("images"),
            write,
            done: Mutex::new(HashMap::new()),
        }
    }

    /// The processed photo at `path`, or a message saying why it cannot be used.
    pub fn photo(&self, path: &Path) -> Result<Photo, String> {
        let cell = {
            let mut done = self.done.lock().unwrap_or_else(|p| p.into_inner());
            Arc::clone(done.entry(path.to_path_buf()).or_default())
        };
        cell.get_or_init(|| self.process(path)).clone()
    }

    /// Every photo processed in this build.
    pub fn photos(&self) -> Vec<Photo> {
        let done = self.done.lock().unwrap_or_else(|p| p.into_inner());
        let mut out: Vec<Photo> = done
            .values()
            .filter_map(|c| c.get()?.as_ref().ok().cloned())
            .collect();
        out.sort_by(|a, b| a.variants[0].path.cmp(&b.variants[0].path));
        // Two files with the same bytes are one photo.
        out.dedup_by(|a, b| a.variants[0].path == b.variants[0].path);
        out
    }

    /// Removes cache entries this build did not use.
    pub fn clean(&self) {
        if !self.write {
            return;
        }
        let used: HashSet<PathBuf> = self
            .photos()
            .iter()
            .flat_map(|p| p.variants.iter().map(|v| v.file.clone()))
            .collect();
        let metas: HashSet<PathBuf> = used.iter().filter_map(|f| meta_of(f)).collect();
        if let Ok(entries) = std::fs::read_dir(&self.cache_dir) {
            for e in entries.flatten() {
                let p = e.path();
                // A file still being written belongs to another build running now.
                let partial = p.to_string_lossy().contains(".partial-");
                if !partial && !used.contains(&p) && !metas.contains(&p) {
                    let _ = std::fs::remove_file(p);
                }
            }
        }
    }

    fn process(&self, path: &Path) -> Result<Photo, String> {
        let size = std::fs::metadata(path)
            .map_err(|e| format!("cannot read the photo: {e}"))?
            .len();
        if size > MAX_BYTES {
            return Err(format!(
                "the photo is {} MB, more than the {} MB a photo may have; make it smaller first",
                size / 1024 / 1024,
                MAX_BYTES / 1024 / 1024
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read the photo: {e}"))?;
        let key = format!("{:016x}", fnv1a(&bytes, SETTINGS));
        let meta = self.cache_dir.join(format!("{key}.size"));
        if let Some((width, height)) = std::fs::read_to_string(&meta)
            .ok()
            .and_then(|s| parse_size(&s))
        {
            let photo = self.layout(&key, width, height, true, extension_for(path, &bytes));
            if photo.variants.iter().all(|v| v.file.is_file()) {
                return Ok(photo);
            }
        }
        let image = decode(&bytes)?;
        let photo = self.layout(
            &key,
            image.width(),
            image.height(),
            false,
            extension_for(path, &bytes),
        );
        if self.write {
            std::fs::create_dir_all(&self.cache_dir)
                .map_err(|e| format!("cannot create the cache folder: {e}"))?;
            for v in &photo.variants {
                let encoded = encode(&image, v.width, v.height, v.path.ends_with(".png"))?;
                write_whole(&v.file, &encoded)?;
            }
            write_whole(
                &meta,
                format!("{} {}\n", photo.width, photo.height).as_bytes(),
            )?;
        }
        Ok(photo)
    }

    /// The variants of a `width` x `height` upright photo.
    fn layout(&self, key: &str, width: u32, height: u32, cached: bool, ext: &str) -> Photo {
        let widest = width.min(MAX_WIDTH);
        let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < widest).collect();
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
            cached,
        }
    }
}

/// Writes a cache file under another name first, so a reader never sees half of it.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let partial = path.with_extension(format!(
        "partial-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| format!("cannot write to the cache: {e}"))
}

fn meta_of(variant: &Path) -> Option<PathBuf> {
    let name = variant.file_name()?.to_str()?;
    let key = name.split('-').next()?;
    Some(variant.with_file_name(format!("{key}.size")))
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

/// Decodes a JPEG, PNG or WebP and turns it upright.
pub fn decode(bytes: &[u8]) -> Result<DynamicImage, String> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot read the photo: {e}"))?;
    if reader.format().is_none() {
        return Err("the file is not a JPEG, PNG or WebP photo".into());
    }
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| format!("the photo cannot be read: {e}"))?;
    let (w, h) = decoder.dimensions();
    if w as u64 * h as u64 > MAX_PIXELS {
        return Err(format!(
            "the photo is {w} x {h} pixels, more than the {} megapixels a photo may have; make it smaller first",
            MAX_PIXELS / 1_000_000
        ));
    }
    let orientation = decoder
        .orientation()
        .map_err(|e| format!("the photo cannot be read: {e}"))?;
    let mut image =
        DynamicImage::from_decoder(decoder).map_err(|e| format!("the photo is damaged: {e}"))?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn encode(image: &DynamicImage, width: u32, height: u32, png: bool) -> Result<Vec<u8>, String> {
    let source = if png {
        DynamicImage::ImageRgba8(image.to_rgba8())
    } else {
        DynamicImage::ImageRgb8(image.to_rgb8())
    };
    let mut resized = DynamicImage::new(width, height, source.color());
    Resizer::new()
        .resize(&source, &mut resized, &ResizeOptions::new())
        .map_err(|e| format!("the photo cannot be resized: {e}"))?;
    let mut out = Vec::new();
    if png {
        resized
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .map_err(|e| format!("the photo cannot be written: {e}"))?;
    } else {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY);
        resized
            .write_with_encoder(encoder)
            .map_err(|e| format!("the photo cannot be written: {e}"))?;
    }
    Ok(out)
}

/// FNV-1a over the photo's bytes and the settings: a stable key for the cache.
fn fnv1a(bytes: &[u8], settings: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes.iter().chain(settings.as_bytes()) {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
