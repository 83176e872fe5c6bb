//! Where the bodies' HTML and words wait between the stage that makes them and the pages and
//! search index that read them. A build puts them in a temporary file (the system deletes it
//! when the build ends), so that memory holds a few bytes per body however large the site is;
//! `serve`, `check` and the tests hold them in memory.

use std::borrow::Cow;
use std::fs::File;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::content::markdown::PlainText;

/// The texts of one build's bodies.
#[derive(Debug, Default)]
pub struct Store {
    /// The temporary file, when the texts are put in one.
    file: Option<File>,
    /// Where the next text goes in it.
    end: AtomicU64,
}

/// One text of a [`Store`]: in memory, or its place in the store's file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stored(Repr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Held(String),
    Put { at: u64, len: u32 },
}

impl Default for Repr {
    fn default() -> Self {
        Repr::Held(String::new())
    }
}

impl Stored {
    /// A text held in memory (an empty one for a page without a body).
    pub fn held(text: String) -> Stored {
        Stored(Repr::Held(text))
    }

    /// The text of a `Stored` made by [`Stored::held`] (sections and campaign intros are
    /// never put in a file); empty for one put in a file.
    pub fn into_held(self) -> String {
        match self.0 {
            Repr::Held(text) => text,
            Repr::Put { .. } => String::new(),
        }
    }
}

impl Words {
    /// Words held in memory.
    pub fn held(text: PlainText) -> Words {
        Words {
            headings: Stored::held(text.headings),
            body: Stored::held(text.body),
        }
    }

    /// The words of `Words::held`, as they were given.
    pub fn into_held(self) -> PlainText {
        PlainText {
            headings: self.headings.into_held(),
            body: self.body.into_held(),
        }
    }
}

/// The words of an article's Markdown, for the search index: its headings apart from the rest
/// (they rank higher).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    pub headings: Stored,
    pub body: Stored,
}

impl Store {
    /// A store that holds its texts in memory.
    pub fn memory() -> Store {
        Store::default()
    }

    /// A store that puts its texts in a temporary file in `dir` (which has no name there, so it
    /// is never part of the folder), or in memory when no file can be made there.
    pub fn in_folder(dir: &Path) -> Store {
        let file = tempfile::tempfile_in(dir).ok();
        Store {
            file,
            end: AtomicU64::new(0),
        }
    }

    /// Keeps `text`: in the file when there is one and the write succeeds, else in memory.
    pub fn put(&self, text: String) -> Stored {
        let (Some(file), Ok(len)) = (&self.file, u32::try_from(text.len())) else {
            return Stored::held(text);
        };
        if len == 0 {
            return Stored::default();
        }
        let at = self.end.fetch_add(u64::from(len), Ordering::Relaxed);
        match write_at(file, text.as_bytes(), at) {
            Ok(()) => Stored(Repr::Put { at, len }),
            Err(_) => Stored::held(text),
        }
    }

    /// Keeps the words of a body.
    pub fn words(&self, text: PlainText) -> Words {
        Words {
            headings: self.put(text.headings),
            body: self.put(text.body),
        }
    }

    /// The text `stored` stands for.
    pub fn get<'a>(&self, stored: &'a Stored) -> std::io::Result<Cow<'a, str>> {
        match (&stored.0, &self.file) {
            (Repr::Held(text), _) => Ok(Cow::Borrowed(text)),
            (Repr::Put { at, len }, Some(file)) => {
                let mut bytes = vec![0; *len as usize];
                read_at(file, &mut bytes, *at)?;
                String::from_utf8(bytes)
                    .map(Cow::Owned)
                    .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
            }
            (Repr::Put { .. }, None) => Err(std::io::Error::other("a text of another build")),
        }
    }
}

#[cfg(unix)]
fn write_at(file: &File, bytes: &[u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, at)
}

#[cfg(unix)]
fn read_at(file: &File, bytes: &mut [u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, bytes, at)
}

#[cfg(windows)]
fn write_at(file: &File, mut bytes: &[u8], mut at: u64) -> std::io::Result<()> {
    while !bytes.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_write(file, bytes, at)?;
        (bytes, at) = (&bytes[n..], at + n as u64);
    }
    Ok(())
}

#[cfg(windows)]
fn read_at(file: &File, mut bytes: &mut [u8], mut at: u64) -> std::io::Result<()> {
    while !bytes.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_read(file, bytes, at)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        (bytes, at) = (&mut bytes[n..], at + n as u64);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_back_as_they_were_put_from_a_file_and_from_memory() {
        let dir = tempfile::tempdir().unwrap();
        for store in [Store::in_folder(dir.path()), Store::memory()] {
            let texts = ["<p>Đại hội</p>", "", "second ✓"];
            let stored: Vec<Stored> = texts.iter().map(|t| store.put(t.to_string())).collect();
            for (text, s) in texts.iter().zip(&stored) {
                assert_eq!(store.get(s).unwrap(), *text);
            }
        }
        assert!(Store::in_folder(dir.path()).file.is_some());
    }
}
