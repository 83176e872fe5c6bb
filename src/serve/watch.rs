//! Watching the site's sources with a debouncer: one rebuild per burst of saves, editor
//! temporary files ignored.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::{ServeOptions, State, rebuild};
use crate::content::is_ignored;
use crate::fsx::ToolError;

/// Saves closer together than this are one change.
const DEBOUNCE: Duration = Duration::from_millis(120);

/// Starts watching; the returned watcher must be kept alive.
pub fn start(
    opts: ServeOptions,
    base_url: String,
    state: Arc<State>,
) -> Result<Debouncer<notify::RecommendedWatcher, RecommendedCache>, ToolError> {
    let (tx, rx) = mpsc::channel::<Vec<String>>();
    let root = opts.root.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |res: DebounceEventResult| {
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
    .map_err(|e| ToolError(format!("cannot watch the site's files: {e}")))?;
    let mut watch = |path: &Path, mode| {
        debouncer
            .watch(path, mode)
            .map_err(|e| ToolError(format!("cannot watch {}: {e}", path.display())))
    };
    watch(
        &opts.root.join(crate::config::CONFIG_FILE),
        RecursiveMode::NonRecursive,
    )?;
    for dir in ["content", "static", "themes"] {
        let path = opts.root.join(dir);
        if path.is_dir() {
            watch(&path, RecursiveMode::Recursive)?;
        }
    }
    std::thread::spawn(move || {
        while let Ok(mut changed) = rx.recv() {
            while let Ok(more) = rx.try_recv() {
                changed.extend(more);
            }
            changed.sort();
            changed.dedup();
            rebuild(&opts, &base_url, &state, &changed.join(", "));
        }
    });
    Ok(debouncer)
}

/// Whether a changed path (relative to the site) is part of the site, not an editor's backup,
/// lock or swap file.
fn is_source(path: &Path) -> bool {
    !path.components().any(|c| {
        c.as_os_str()
            .to_str()
            .is_some_and(|name| is_ignored(name) && name != "." && name != "..")
    })
}
