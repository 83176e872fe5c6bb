//! What `serve` shares between its threads: the options it was given, the site being served
//! (its files, or the problems of the last build), and the pages kept for the next rebuild.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::folders::Folders;
use crate::live::Live;
use crate::messages::{Catalogue, MessageLang};
use crate::render::Content;
use crate::render::OutputFile;
use crate::render::cache::RenderCache;

/// What `serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub bind: String,
    pub drafts: bool,
    /// The language of the messages in the terminal and in the pages' error overlay.
    pub lang: MessageLang,
}

/// The site being served: its files, and the problems of the last build if it failed.
pub struct Snapshot {
    pub version: u64,
    pub files: Arc<HashMap<String, Content>>,
    pub error: Option<String>,
}

/// Shared between the HTTP threads and the rebuild thread; waiters are woken on every build.
pub struct State {
    snapshot: Mutex<Snapshot>,
    changed: Condvar,
    /// The pages of the last good build, for the next rebuild to reuse.
    pub(super) cache: Mutex<Option<RenderCache>>,
    /// The last good build's graph, theme and routes, to make one article's pages again;
    /// none while the last build failed.
    pub(super) live: Mutex<Option<Live>>,
    /// Where each build's pages are written (none: they are held in memory).
    pub(super) folders: Mutex<Option<Folders>>,
    /// The editor's messages.
    pub catalogue: Catalogue,
}

impl State {
    pub(super) fn new(lang: MessageLang, folders: Option<Folders>) -> Self {
        State {
            snapshot: Mutex::new(Snapshot {
                version: 0,
                files: Arc::new(HashMap::new()),
                error: None,
            }),
            changed: Condvar::new(),
            cache: Mutex::new(None),
            live: Mutex::new(None),
            folders: Mutex::new(folders),
            catalogue: Catalogue::new(lang),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Snapshot> {
        self.snapshot
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The current files and error.
    pub fn current(&self) -> (u64, Arc<HashMap<String, Content>>, Option<String>) {
        let s = self.lock();
        (s.version, Arc::clone(&s.files), s.error.clone())
    }

    /// Waits until the version differs from `seen` or `timeout` passes; returns the version.
    pub fn wait_change(&self, seen: u64, timeout: Duration) -> u64 {
        let guard = self.lock();
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |s| s.version == seen)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.version
    }

    /// Replaces some files of the site being served (and first removes those under `clear`);
    /// with `reload`, open pages are told to load again.
    pub(super) fn patch(&self, files: Vec<OutputFile>, clear: Option<&str>, reload: bool) {
        let mut s = self.lock();
        let served = Arc::make_mut(&mut s.files);
        if let Some(dir) = clear {
            served.retain(|path, _| !path.starts_with(dir));
        }
        served.extend(files.into_iter().map(|f| (f.path, f.content)));
        if reload {
            s.version += 1;
            self.changed.notify_all();
        }
    }

    pub(super) fn publish(&self, files: Option<HashMap<String, Content>>, error: Option<String>) {
        let mut s = self.lock();
        if let Some(files) = files {
            s.files = Arc::new(files);
        }
        s.error = error;
        s.version += 1;
        self.changed.notify_all();
    }
}
