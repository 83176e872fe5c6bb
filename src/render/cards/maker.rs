//! What a build's share cards are drawn with, made once per build and shared by the threads
//! that draw them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use resvg::usvg;

use super::fonts::Fonts;

/// What a build's cards are drawn with: the theme's fonts, the options of the SVG parser
/// (made once), and where cards and photos are cached.
pub struct Maker {
    pub(super) fonts: Arc<Fonts>,
    pub(super) options: usvg::Options<'static>,
    pub(super) cache_dir: PathBuf,
    pub(super) photos_dir: PathBuf,
    /// Whether drawn cards may be written to the cache (`check` writes nothing).
    pub(super) write: bool,
}

impl Maker {
    pub fn new(site_root: &Path, fonts: Arc<Fonts>, write: bool) -> Maker {
        let photos_dir = site_root.join(".cache").join("images");
        let options = usvg::Options {
            fontdb: Arc::clone(&fonts.db),
            font_family: fonts.family.clone(),
            resources_dir: Some(photos_dir.clone()),
            ..usvg::Options::default()
        };
        Maker {
            fonts,
            options,
            cache_dir: site_root.join(".cache").join("cards"),
            photos_dir,
            write,
        }
    }
}
