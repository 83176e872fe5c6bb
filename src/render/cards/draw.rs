//! Cards drawn: each card the cache lacks is drawn from its SVG by resvg, in parallel, and
//! kept in `.cache/cards/<digest>.png`; a card already there is copied as it is. A card that
//! cannot be drawn is an error at its page.

use std::path::PathBuf;

use rayon::prelude::*;
use resvg::{tiny_skia, usvg};

use super::maker::Maker;
use super::view::{HEIGHT, WIDTH};
use crate::diagnostics::{Diagnostic, Pos};
use crate::messages::io_reason;
use crate::msg;
use crate::render::file::{Content, OutputFile};

/// One card to draw: its SVG, where it goes, and the page it is for.
pub struct Todo {
    /// Its file in the cache.
    pub file: PathBuf,
    /// Its path in the output.
    pub path: String,
    pub svg: String,
    /// The photo it shows, in the photo cache.
    pub photo: Option<PathBuf>,
    /// The page's source (for messages) and address.
    pub page: PathBuf,
    pub url: String,
}

/// Every card as an output file: copied from the cache, or drawn now (and written to the
/// cache when writing is allowed). Cards with the same digest are drawn once.
pub fn draw(maker: &Maker, mut todo: Vec<Todo>) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    todo.sort_by(|a, b| (&a.path, &a.url).cmp(&(&b.path, &b.url)));
    todo.dedup_by(|a, b| a.path == b.path);
    let made: Vec<Result<OutputFile, Diagnostic>> =
        todo.par_iter().map(|t| one(maker, t)).collect();
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    for m in made {
        match m {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    (files, errors)
}

fn one(maker: &Maker, t: &Todo) -> Result<OutputFile, Diagnostic> {
    let file = |content| OutputFile {
        path: t.path.clone(),
        content,
        origin: t.page.clone(),
    };
    if t.file.is_file() {
        return Ok(file(Content::Cached(t.file.clone())));
    }
    let png = png(maker, &t.svg).map_err(|reason| {
        Diagnostic::error(
            &t.page,
            Pos::UNKNOWN,
            msg!("card-not-drawn", page = &t.url, reason = reason),
        )
    })?;
    // A card drawn while its photo is not in the cache yet is not kept.
    let complete = t.photo.as_ref().is_none_or(|p| p.is_file());
    if maker.write && complete {
        keep(&t.file, &png).map_err(|reason| {
            Diagnostic::error(
                &t.page,
                Pos::UNKNOWN,
                msg!("card-cannot-be-kept", file = &t.file, reason = reason),
            )
        })?;
        // The output shares the cache's file from the first build on.
        return Ok(file(Content::Cached(t.file.clone())));
    }
    Ok(file(Content::bytes(png)))
}

/// The card drawn from its SVG, 1200x630 whatever size the SVG says it is, on white, as PNG.
pub fn png(maker: &Maker, svg: &str) -> Result<Vec<u8>, String> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let tree = usvg::Tree::from_str(svg, &maker.options).map_err(|e| e.to_string())?;
    let size = tree.size();
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no picture of that size")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let transform = tiny_skia::Transform::from_scale(
        WIDTH as f32 / size.width(),
        HEIGHT as f32 / size.height(),
    );
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    // Opaque, so without its alpha; the `Sub` filter encodes a card in about a third of the
    // time the adaptive filters take, for files of the same size.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Default, FilterType::Sub)
        .write_image(&rgb, WIDTH, HEIGHT, image::ExtendedColorType::Rgb8)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// Writes a card to the cache: to a file of its own first, then renamed, so that a build
/// running at the same time never reads half a card.
fn keep(file: &std::path::Path, png: &[u8]) -> Result<(), crate::messages::Message> {
    crate::fsx::write_whole(file, png).map_err(|e| io_reason(&e))
}
