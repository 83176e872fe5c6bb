//! Where `serve` writes the pages of each build, so that its memory does not grow with the
//! output: a folder of its own in `.cache/serve/`, one subfolder per build. A page that did not
//! change is a hard link to the build before's file; the two newest builds are kept (the one
//! served, and the one before for answers under way), older ones removed. Beside each serve's
//! folder is its lock, `<folder>.lock`, taken before the folder is made and removed after it:
//! serve removes both when it is stopped with Ctrl+C, and a folder whose lock is missing or free
//! (its serve was killed) is removed by the next serve of the site. When the folder cannot be
//! made, the pages are held in memory and serve says so.

use std::collections::VecDeque;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use crate::messages::{Message, io_reason};
use crate::msg;
use crate::output::Stage;

/// How each serve's lock is named after its folder.
const LOCK: &str = ".lock";

/// How the name of each serve's folder starts (`tempfile`'s own start): nothing else in
/// `.cache/serve/` is ever removed.
const PREFIX: &str = ".tmp";

/// One serve's folder and the folders of its builds.
pub struct Folders {
    root: PathBuf,
    lock: File,
    next: u64,
    /// The folders of the good builds still kept, oldest first.
    kept: VecDeque<PathBuf>,
    /// Whether it was said that a build's pages are held in memory.
    noted: bool,
}

impl Folders {
    /// A new folder in `site/.cache/serve/`, after removing those no serve holds; when it
    /// cannot be made, why (then the pages are held in memory).
    pub fn open(site: &Path) -> Result<Folders, Message> {
        let parent = site.join(".cache").join("serve");
        let cannot = |reason: Message| msg!("serve-in-memory", path = NAMED, reason = reason);
        // Nothing is written through a link.
        for (dir, name) in [(site.join(".cache"), ".cache"), (parent.clone(), NAMED)] {
            if crate::fsx::is_link(&dir) {
                return Err(cannot(msg!("serve-folder-is-link", path = name)));
            }
        }
        let made = fs::create_dir_all(&parent).and_then(|()| {
            remove_stale(&parent);
            let mut named = tempfile::Builder::new();
            named.prefix(PREFIX).suffix(LOCK);
            let (lock, at) = named.tempfile_in(&parent)?.keep()?;
            lock.try_lock()?;
            let root = folder_of(&at);
            fs::create_dir(&root)?;
            Ok((root, lock))
        });
        let (root, lock) = made.map_err(|e| cannot(io_reason(&e)))?;
        Ok(Folders {
            root,
            lock,
            next: 1,
            kept: VecDeque::new(),
            noted: false,
        })
    }

    /// The stage of the next build, in a new folder; when it cannot be made, why (said only
    /// the first time: the pages are then held in memory).
    pub fn begin(&mut self) -> Result<Stage, Option<Message>> {
        let dir = self.root.join(self.next.to_string());
        self.next += 1;
        // Made again with its parents (the lock first) when `.cache/` was removed while serving.
        let parent = self.root.parent().unwrap_or(&self.root);
        let made = fs::create_dir_all(parent)
            .and_then(|()| self.relock())
            .and_then(|()| fs::create_dir_all(&dir));
        made.map(|()| Stage::scratch(dir)).map_err(|e| {
            let first = !std::mem::replace(&mut self.noted, true);
            first.then(|| msg!("serve-in-memory", path = NAMED, reason = io_reason(&e)))
        })
    }

    /// Takes the lock again when its file was removed (with `.cache/`).
    fn relock(&mut self) -> std::io::Result<()> {
        let at = lock_of(&self.root);
        if !at.exists() {
            let lock = File::create(&at)?;
            lock.try_lock()?;
            self.lock = lock;
        }
        Ok(())
    }

    /// This serve's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The build staged in `dir` is served: the builds before the one before it are removed.
    pub fn keep(&mut self, dir: &Path) {
        self.kept.push_back(dir.to_path_buf());
        while self.kept.len() > 2 {
            if let Some(old) = self.kept.pop_front() {
                remove_later(old, None);
            }
        }
    }

    /// The build staged in `dir` failed: nothing of it is served or reused.
    pub fn discard(&mut self, dir: &Path) {
        remove_later(dir.to_path_buf(), None);
    }
}

impl Drop for Folders {
    fn drop(&mut self) {
        remove(&self.root);
    }
}

/// How the folder is named in messages.
const NAMED: &str = ".cache/serve";

/// A serve's folder, from its lock's path.
fn folder_of(lock: &Path) -> PathBuf {
    let name = lock
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    lock.with_file_name(name.strip_suffix(LOCK).unwrap_or(name))
}

fn lock_of(folder: &Path) -> PathBuf {
    let mut name = folder.file_name().unwrap_or_default().to_os_string();
    name.push(LOCK);
    folder.with_file_name(name)
}

/// Removes a serve's folder, then its lock (kept when the folder could not all be removed, so
/// that the next serve finds the folder free and removes the rest). A build still writing into
/// it can make the first tries fail.
pub fn remove(root: &Path) {
    for _ in 0..3 {
        if fs::remove_dir_all(root).is_ok() || !root.exists() {
            let _ = fs::remove_file(lock_of(root));
            return;
        }
    }
}

/// Removes the folders of `parent` whose serve has stopped (their lock is missing or free),
/// beside the first build.
fn remove_stale(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let theirs = |e: &fs::DirEntry| {
        let name = e.file_name();
        let name = name.to_str().unwrap_or_default();
        name.starts_with(PREFIX) && !name.ends_with(LOCK) && e.file_type().is_ok_and(|t| t.is_dir())
    };
    for entry in entries.flatten().filter(theirs) {
        let dir = entry.path();
        match File::open(lock_of(&dir)) {
            Ok(lock) if lock.try_lock().is_ok() => remove_later(dir, Some(lock)),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => remove_later(dir, None),
            Err(_) => {}
        }
    }
}

/// Removes a folder beside the serving (many files take a while): a build's, or with its lock
/// (held until then) a stopped serve's.
fn remove_later(dir: PathBuf, lock: Option<File>) {
    let removing = move || match lock {
        Some(_held) => remove(&dir),
        None => {
            let _ = fs::remove_dir_all(&dir);
        }
    };
    // When no thread can be made, nothing is removed: the next serve of the site does it.
    let _ = std::thread::Builder::new()
        .name("serve-clean".into())
        .spawn(removing);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `path` is gone within two seconds (removal happens beside).
    fn gone(path: &Path) -> bool {
        (0..200).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(10));
            !path.exists()
        })
    }

    #[test]
    fn builds_older_than_the_one_before_are_removed_and_a_stopped_serves_folder_too() {
        let site = tempfile::tempdir().unwrap();
        let serve = site.path().join(".cache/serve");
        let (stopped, unlocked, mine) = (
            serve.join(".tmpstopped"),
            serve.join(".tmpunlocked"),
            serve.join("mine"),
        );
        for dir in [&stopped, &unlocked, &mine] {
            fs::create_dir_all(dir.join("1")).unwrap();
        }
        File::create(lock_of(&stopped)).unwrap();
        File::create(lock_of(&mine)).unwrap();
        let mut folders = Folders::open(site.path()).unwrap();
        assert!(
            gone(&stopped) && gone(&lock_of(&stopped)),
            "a stopped serve's"
        );
        assert!(gone(&unlocked), "a folder without its lock");
        assert!(
            mine.exists() && lock_of(&mine).exists(),
            "not serve's: left alone"
        );
        // A second serve of the same site leaves the first one's folder alone.
        let other = Folders::open(site.path()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(folders.root.exists() && other.root.exists());
        let dirs: Vec<PathBuf> = (0..3)
            .map(|_| {
                let stage = folders.begin().ok().unwrap();
                folders.keep(stage.dir());
                stage.dir().to_path_buf()
            })
            .collect();
        let failed = folders.begin().ok().unwrap().dir().to_path_buf();
        folders.discard(&failed);
        assert!(gone(&dirs[0]) && gone(&failed));
        assert!(dirs[1].exists() && dirs[2].exists());
        let root = folders.root.clone();
        drop(folders);
        assert!(!root.exists() && !lock_of(&root).exists());
    }

    #[test]
    fn a_folder_removed_while_serving_is_made_again_with_its_lock() {
        let site = tempfile::tempdir().unwrap();
        let mut folders = Folders::open(site.path()).unwrap();
        fs::remove_dir_all(site.path().join(".cache")).unwrap();
        let stage = folders.begin().ok().unwrap();
        assert!(stage.dir().is_dir() && lock_of(&folders.root).exists());
        // Another serve starting now finds it held.
        let _other = Folders::open(site.path()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(stage.dir().is_dir());
    }
}
