//! One file of the output as the render stage hands it to the commit stage: where it goes,
//! its bytes (or the file to copy them from), and what it was made from.

use std::path::PathBuf;
use std::sync::Arc;

/// The bytes of one output file: shared with the render cache of `serve`, never copied.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Arc<Vec<u8>>),
    Copy(PathBuf),
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
