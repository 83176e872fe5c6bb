//! Watching the site's sources with a debouncer: one rebuild per burst of saves, editor
//! temporary files ignored. The site folder itself is watched too, so that site.yaml saved by
//! renaming, and a static/ or themes/ folder made while serving, are seen.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::rebuild::{on_change, search_again};
use super::state::{ServeOptions, State};
use crate::content::is_ignored;
use crate::fsx::ToolError;
use crate::msg;

/// Saves closer together than this are one change.
const DEBOUNCE: Duration = Duration::from_millis(20);

/// After an article's body is shown again, its language's search index is made again once no
/// save has come for this long, so that a run of saves is never kept waiting by it.
const QUIET: Duration = Duration::from_millis(1000);

/// The folders of the site watched with everything in them, once they exist.
const SOURCE_DIRS: [&str; 3] = ["content", "static", "themes"];

type Watcher = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// Starts watching; the returned watcher must be kept alive.
pub fn start(
    opts: ServeOptions,
    base_url: String,
    state: Arc<State>,
) -> Result<Arc<Mutex<Watcher>>, ToolError> {
    let (tx, rx) = mpsc::channel::<Vec<String>>();
    let root = opts.root.clone();
    let debouncer = new_debouncer(DEBOUNCE, None, move |res: DebounceEventResult| {
        if let Ok(events) = res {
            // Reading a file (as every build does) is not a change.
            let changed: Vec<String> = events
                .iter()
                .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                .flat_map(|e| e.event.paths.iter())
                .map(|p| p.strip_prefix(&root).unwrap_or(p))
                .filter(|p| is_source(p))
                .map(|p| p.display().to_string())
                .collect();
            if !changed.is_empty() {
                let _ = tx.send(changed);
            }
        }
    })
    .map_err(|e| ToolError(msg!("serve-cannot-watch-site", reason = e.to_string())))?;
    let watcher = Arc::new(Mutex::new(debouncer));
    let mut watched = HashSet::new();
    watch(&watcher, &opts.root, RecursiveMode::NonRecursive)?;
    watch_new_folders(&watcher, &opts.root, &mut watched)?;
    let keep = Arc::clone(&watcher);
    std::thread::spawn(move || {
        // The languages whose search index waits for a pause in the saves.
        let mut waiting = BTreeSet::new();
        loop {
            let next = match waiting.is_empty() {
                true => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                false => rx.recv_timeout(QUIET),
            };
            let mut changed = match next {
                Ok(changed) => changed,
                Err(RecvTimeoutError::Timeout) => {
                    std::mem::take(&mut waiting)
                        .into_iter()
                        .for_each(|lang| search_again(&state, lang));
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break,
            };
            while let Ok(more) = rx.try_recv() {
                changed.extend(more);
            }
            changed.sort();
            changed.dedup();
            if let Err(e) = watch_new_folders(&keep, &opts.root, &mut watched) {
                eprintln!("{}", state.catalogue.text(&msg!("tool-error", text = e.0)));
            }
            let why = msg!("serve-why-changed", files = changed.join(", "));
            match on_change(&opts, &base_url, &state, &changed, why) {
                Some(lang) => {
                    waiting.insert(lang);
                }
                // A whole build makes every index again (a failed one keeps the last good
                // pages until a good one does).
                None => waiting.clear(),
            }
        }
    });
    Ok(watcher)
}

fn watch(watcher: &Mutex<Watcher>, path: &Path, mode: RecursiveMode) -> Result<(), ToolError> {
    watcher
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .watch(path, mode)
        .map_err(|e| {
            ToolError(msg!(
                "serve-cannot-watch",
                path = path,
                reason = e.to_string()
            ))
        })
}

/// Watches the source folders that exist and are not watched yet.
fn watch_new_folders(
    watcher: &Mutex<Watcher>,
    root: &Path,
    watched: &mut HashSet<PathBuf>,
) -> Result<(), ToolError> {
    for dir in SOURCE_DIRS {
        let path = root.join(dir);
        if path.is_dir() && !watched.contains(&path) {
            watch(watcher, &path, RecursiveMode::Recursive)?;
            watched.insert(path);
        }
    }
    Ok(())
}

/// Whether a changed path (relative to the site) is one of its sources: site.yaml or a file in
/// content/, static/ or themes/, not an editor's backup, lock or swap file.
fn is_source(path: &Path) -> bool {
    let mut parts = path.components().filter_map(|c| c.as_os_str().to_str());
    let first = parts.next().unwrap_or("");
    let top = first == crate::config::CONFIG_FILE || SOURCE_DIRS.contains(&first);
    top && !path.components().any(|c| {
        c.as_os_str()
            .to_str()
            .is_some_and(|name| is_ignored(name) && name != "." && name != "..")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_trigger_a_rebuild() {
        for yes in [
            "site.yaml",
            "content/news/a.vi.md",
            "static/logo.svg",
            "themes/default/i18n/vi.yaml",
            "static",
        ] {
            assert!(is_source(Path::new(yes)), "{yes}");
        }
        for no in [
            "public/index.html",
            ".cache/images/x.jpg",
            "README.md",
            "content/news/.#a.vi.md",
            "content/news/a.vi.md~",
            "site.yaml.swp",
        ] {
            assert!(!is_source(Path::new(no)), "{no}");
        }
    }
}
