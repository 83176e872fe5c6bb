//! Where `serve` writes the pages of each build, so that its memory does not grow with the
//! output: a folder of its own in `.cache/serve/`, one subfolder per build. A page that did not
//! change is a hard link to the build before's file; the two newest builds are kept (the one
//! served, and the one before for answers under way), older ones removed. serve removes its
//! folder when it is stopped; one left by a serve that was killed is removed by the next serve
//! of the site (its lock is free). When the folder cannot be made, the pages are held in memory
//! and serve says so.

use std::collections::VecDeque;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use crate::messages::{Message, io_reason};
use crate::msg;
use crate::output::Stage;

/// The lock file in each serve's folder, held while that serve runs.
const LOCK: &str = ".lock";

/// How the name of each serve's folder starts (`tempfile`'s own start): nothing else in
/// `.cache/serve/` is ever removed.
const PREFIX: &str = ".tmp";

/// One serve's folder and the folders of its builds.
pub struct Folders {
    root: PathBuf,
    _lock: File,
    next: u64,
    /// The folders of the good builds still kept, oldest first.
    kept: VecDeque<PathBuf>,
    /// Why the last build could not have a folder, until it is said (once).
    note: Option<Message>,
    noted: bool,
}

impl Folders {
    /// A new folder in `site/.cache/serve/`, after removing those no serve holds; when it
    /// cannot be made, why (then the pages are held in memory).
    pub fn open(site: &Path) -> Result<Folders, Message> {
        let parent = site.join(".cache").join("serve");
        let named = Path::new(".cache/serve");
        let cannot = |reason: Message| msg!("serve-in-memory", path = named, reason = reason);
        // Nothing is written through a link.
        for (dir, name) in [
            (site.join(".cache"), ".cache"),
            (parent.clone(), ".cache/serve"),
        ] {
            if fs::symlink_metadata(&dir).is_ok_and(|m| m.is_symlink()) {
                return Err(cannot(msg!("serve-folder-is-link", path = name)));
            }
        }
        let made = fs::create_dir_all(&parent).and_then(|()| {
            remove_stale(&parent);
            let root = tempfile::tempdir_in(&parent)?.keep();
            let lock = File::create(root.join(LOCK))?;
            lock.try_lock()?;
            Ok((root, lock))
        });
        let (root, lock) = made.map_err(|e| cannot(io_reason(&e)))?;
        Ok(Folders {
            root,
            _lock: lock,
            next: 1,
            kept: VecDeque::new(),
            note: None,
            noted: false,
        })
    }

    /// The stage of the next build, in a new folder (none when it cannot be made: then
    /// [`Folders::note`] says why, once).
    pub fn begin(&mut self) -> Option<Stage> {
        let dir = self.root.join(self.next.to_string());
        self.next += 1;
        // Made again with its parents when `.cache/` was removed while serving.
        match fs::create_dir_all(&dir) {
            Ok(()) => Some(Stage::scratch(dir)),
            Err(e) => {
                if !self.noted {
                    self.noted = true;
                    self.note = Some(msg!("serve-in-memory", path = &dir, reason = io_reason(&e)));
                }
                None
            }
        }
    }

    /// This serve's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Why a build's pages are held in memory, the first time they are.
    pub fn note(&mut self) -> Option<Message> {
        self.note.take()
    }

    /// The build staged in `dir` is served: the builds before the one before it are removed.
    pub fn keep(&mut self, dir: &Path) {
        self.kept.push_back(dir.to_path_buf());
        while self.kept.len() > 2 {
            if let Some(old) = self.kept.pop_front() {
                remove_later(old);
            }
        }
    }

    /// The build staged in `dir` failed: nothing of it is served or reused.
    pub fn discard(&mut self, dir: &Path) {
        remove_later(dir.to_path_buf());
    }
}

impl Drop for Folders {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// Removes the folders of `parent` whose serve has stopped (nothing holds their lock), beside
/// the first build.
fn remove_stale(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let theirs = |e: &fs::DirEntry| {
        e.file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(PREFIX))
    };
    for entry in entries.flatten().filter(theirs) {
        let dir = entry.path();
        let free = File::open(dir.join(LOCK)).is_ok_and(|f| f.try_lock().is_ok());
        if free {
            remove_later(dir);
        }
    }
}

/// Removes `dir` beside the serving: many files take a while.
fn remove_later(dir: PathBuf) {
    let removing = std::thread::Builder::new()
        .name("serve-clean".into())
        .spawn({
            let dir = dir.clone();
            move || fs::remove_dir_all(dir)
        });
    if removing.is_err() {
        let _ = fs::remove_dir_all(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_older_than_the_one_before_are_removed_and_a_stopped_serves_folder_too() {
        let site = tempfile::tempdir().unwrap();
        let stale = site.path().join(".cache/serve/.tmpstopped");
        let mine = site.path().join(".cache/serve/mine");
        fs::create_dir_all(&mine).unwrap();
        File::create(mine.join(LOCK)).unwrap();
        fs::create_dir_all(&stale).unwrap();
        File::create(stale.join(LOCK)).unwrap();
        let mut folders = Folders::open(site.path()).unwrap();
        let gone = |dir: &Path| {
            (0..200).any(|_| {
                std::thread::sleep(std::time::Duration::from_millis(10));
                !dir.exists()
            })
        };
        assert!(gone(&stale), "a folder whose serve stopped is removed");
        assert!(mine.exists(), "a folder serve did not make is left alone");
        // A second serve of the same site leaves the first one's folder alone.
        let other = Folders::open(site.path()).unwrap();
        assert!(folders.root.exists() && other.root.exists());
        let dirs: Vec<PathBuf> = (0..3)
            .map(|_| {
                let stage = folders.begin().unwrap();
                folders.keep(stage.dir());
                stage.dir().to_path_buf()
            })
            .collect();
        let failed = folders.begin().unwrap().dir().to_path_buf();
        folders.discard(&failed);
        assert!(gone(&dirs[0]) && gone(&failed));
        assert!(dirs[1].exists() && dirs[2].exists());
        let root = folders.root.clone();
        drop(folders);
        assert!(!root.exists());
    }
}
