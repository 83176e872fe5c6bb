//! Where `serve` writes the pages of each build, so that its memory does not grow with the
//! output: a folder of its own in `.cache/serve/`, one subfolder per build. A page that did not
//! change is a hard link to the build before's file; the two newest builds are kept (the one
//! served, and the one before for answers under way), older ones removed. A folder left by a
//! serve that was stopped is removed by the next serve of the site: its lock is free.

use std::collections::VecDeque;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use crate::output::Stage;

/// The lock file in each serve's folder, held while that serve runs.
const LOCK: &str = ".lock";

/// One serve's folder and the folders of its builds.
pub struct Folders {
    root: PathBuf,
    _lock: File,
    next: u64,
    /// The folders of the good builds still kept, oldest first.
    kept: VecDeque<PathBuf>,
}

impl Folders {
    /// A new folder in `site/.cache/serve/`, after removing those no serve holds; none when it
    /// cannot be made (then the pages are held in memory, as before).
    pub fn open(site: &Path) -> Option<Folders> {
        let parent = site.join(".cache").join("serve");
        // Nothing is written through a link (the build reports it as an error).
        let linked = |p: &Path| fs::symlink_metadata(p).is_ok_and(|m| m.is_symlink());
        if linked(&site.join(".cache")) || linked(&parent) {
            return None;
        }
        fs::create_dir_all(&parent).ok()?;
        remove_stale(&parent);
        let root = tempfile::tempdir_in(&parent).ok()?.keep();
        let lock = File::create(root.join(LOCK)).ok()?;
        lock.try_lock().ok()?;
        Some(Folders {
            root,
            _lock: lock,
            next: 1,
            kept: VecDeque::new(),
        })
    }

    /// The stage of the next build, in a new folder (none when it cannot be made).
    pub fn begin(&mut self) -> Option<Stage> {
        let dir = self.root.join(self.next.to_string());
        self.next += 1;
        // Made again with its parents when `.cache/` was removed while serving.
        fs::create_dir_all(&dir).ok()?;
        Some(Stage::scratch(dir))
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
    for entry in entries.flatten() {
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
        let stale = site.path().join(".cache/serve/stopped");
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
