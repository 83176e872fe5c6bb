//! Photos in two steps: while the graph is built, each photo's header gives its upright size and
//! the variants its pages need (no pixels decoded); then a stage of its own decodes each photo
//! once, turns it upright, resizes it to a few widths and re-encodes it without its metadata.
//! Results are kept in `.cache/images/` at the site root, keyed by the photo's bytes and the
//! settings, so a second build does not decode them again.

pub mod dims;
mod probe;
mod process;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, OnceLock};

use crate::diagnostics::Pos;

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

/// A photo as pages use it: its upright size and its variants, narrowest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub width: u32,
    pub height: u32,
    pub variants: Vec<Variant>,
    /// Whether the variants were already in the cache when the build started.
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

/// What the header of one photo said, kept until the photo is processed.
#[derive(Debug, Clone)]
struct Planned {
    photo: Photo,
    /// The content key (`<key>-<width>.<ext>` names its variants).
    key: String,
    /// `<key>.size` in the cache, written once every variant is there.
    meta: PathBuf,
}

impl Planned {
    /// The output path of its narrowest variant: one name per published photo.
    fn name(&self) -> &str {
        &self.photo.variants[0].path
    }
}

/// Where a photo is used: the page (relative to the site root) and the place of the link.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Use {
    page: PathBuf,
    line: usize,
    col: usize,
}

/// One photo's header, read by the first page that needs it.
type Slot = OnceLock<Result<Planned, crate::messages::Message>>;

/// Records the photos pages need (header only, once per photo, from any thread), then makes
/// their variants in [`Processor::process`].
pub struct Processor {
    root: PathBuf,
    cache_dir: PathBuf,
    /// Whether results may be written to the cache (`check` writes nothing).
    write: bool,
    planned: Mutex<HashMap<PathBuf, Arc<Slot>>>,
    /// The first place (in file order) each photo is used, for its problems.
    first_use: Mutex<HashMap<PathBuf, Use>>,
    /// Photos whose pixels were decoded in this build.
    decoded: AtomicUsize,
}

impl Processor {
    pub fn new(site_root: &Path, write: bool) -> Self {
        Processor {
            root: site_root.to_path_buf(),
            cache_dir: site_root.join(".cache").join("images"),
            write,
            planned: Mutex::new(HashMap::new()),
            first_use: Mutex::new(HashMap::new()),
            decoded: AtomicUsize::new(0),
        }
    }

    /// The photo at `path`, used by `page` (relative to the site root) at `at`, with the sizes
    /// of its variants read from its header; or a message saying why it cannot be used. Its
    /// pixels are read later, by [`Processor::process`].
    pub fn photo(
        &self,
        path: &Path,
        page: &Path,
        at: Pos,
    ) -> Result<Photo, crate::messages::Message> {
        self.record_use(path, page, at);
        let cell = {
            let mut planned = self.planned.lock().unwrap_or_else(|p| p.into_inner());
            Arc::clone(planned.entry(path.to_path_buf()).or_default())
        };
        cell.get_or_init(|| self.plan(path))
            .as_ref()
            .map(|p| p.photo.clone())
            .map_err(Clone::clone)
    }

    fn record_use(&self, path: &Path, page: &Path, at: Pos) {
        let used = Use {
            page: page.to_path_buf(),
            line: at.line,
            col: at.col,
        };
        let mut first = self.first_use.lock().unwrap_or_else(|p| p.into_inner());
        match first.get_mut(path) {
            Some(known) if *known <= used => {}
            Some(known) => *known = used,
            None => {
                first.insert(path.to_path_buf(), used);
            }
        }
    }

    /// Every photo used in this build (one per content key), each with its first use.
    fn planned(&self) -> Vec<(PathBuf, Planned, Use)> {
        let planned = self.planned.lock().unwrap_or_else(|p| p.into_inner());
        let first = self.first_use.lock().unwrap_or_else(|p| p.into_inner());
        let mut out: Vec<(PathBuf, Planned, Use)> = planned
            .iter()
            .filter_map(|(path, slot)| {
                let p = slot.get()?.as_ref().ok()?;
                Some((path.clone(), p.clone(), first.get(path)?.clone()))
            })
            .collect();
        // Two files with the same bytes (and kind) are one photo, reported at its first use.
        out.sort_by(|a, b| (a.1.name(), &a.2).cmp(&(b.1.name(), &b.2)));
        out.dedup_by(|a, b| a.1.name() == b.1.name());
        out
    }

    /// Every photo used in this build, in the order of their variants' names.
    pub fn photos(&self) -> Vec<Photo> {
        self.planned().into_iter().map(|p| p.1.photo).collect()
    }

    /// Photos whose pixels were decoded in this build (the others came from the cache).
    pub fn decoded(&self) -> usize {
        self.decoded.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Removes cache entries this build did not use.
    pub fn clean(&self) {
        if !self.write {
            return;
        }
        let used: HashSet<PathBuf> = self
            .planned()
            .into_iter()
            .flat_map(|(_, p, _)| {
                let files = p.photo.variants.into_iter().map(|v| v.file);
                files.chain([p.meta])
            })
            .collect();
        if let Ok(entries) = std::fs::read_dir(&self.cache_dir) {
            for e in entries.flatten() {
                let p = e.path();
                // A file still being written belongs to another build running now.
                let partial = p.to_string_lossy().contains(".partial-");
                if !partial && !used.contains(&p) {
                    let _ = std::fs::remove_file(p);
                }
            }
        }
    }
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
