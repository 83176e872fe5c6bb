//! One file of the output as the render stage hands it to the commit stage: where it goes,
//! its bytes (or the file to copy them from), and what it was made from.

use std::path::PathBuf;
use std::sync::Arc;

use crate::links::facts::Facts;
use crate::output::stage::Staged;

/// The bytes of one output file: shared with the render cache of `serve`, never copied.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Arc<Vec<u8>>),
    /// A file of the site, copied.
    Copy(PathBuf),
    /// A file of the build's cache (`.cache/`), which never changes once written: the output
    /// shares it (a hard link) where it can.
    Cached(PathBuf),
    /// Already written into the build's staging folder, at the file's path, with what the link
    /// check needs of it (when the build checks links).
    Staged(Staged, Option<Box<Facts>>),
}

impl Content {
    pub fn bytes(bytes: Vec<u8>) -> Self {
        Content::Bytes(Arc::new(bytes))
    }
}

/// One file of the output, with what it came from (for messages about clashes).
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Path inside the output folder, `/`-separated.
    pub path: String,
    pub content: Content,
    pub origin: PathBuf,
}
