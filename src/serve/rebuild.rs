//! One rebuild of the served site: the whole pipeline, its pages into a new folder, reusing
//! unchanged pages; the result (or its problems) published to every open page.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use super::state::{ServeOptions, State};
use crate::lang::Lang;
use crate::live::{Edit, Live};
use crate::messages::Message;
use crate::msg;
use crate::render::{Content, OutputFile};
use crate::{Failure, Options, generate_with};

/// After a change of the files `changed` (relative to the site): when it is one article whose
/// body alone changed, its pages are made again and published at once, and its language is
/// returned (its search index is made again later); anything else builds the site again.
pub(super) fn on_change(
    opts: &ServeOptions,
    base_url: &str,
    state: &State,
    changed: &[String],
    why: Message,
) -> Option<Lang> {
    if let [one] = changed
        && let Some(lang) = patched(state, Path::new(one), &why)
    {
        return Some(lang);
    }
    rebuild(opts, base_url, state, why);
    None
}

/// The search index of `lang` made again from the pages being served.
pub(super) fn search_again(state: &State, lang: Lang) {
    if let Some(live) = lock(&state.live).as_ref() {
        match live.search(lang) {
            Ok((dir, files)) => state.patch(files, Some(&dir), false),
            Err(e) => eprintln!("{}", e.render(&state.catalogue)),
        }
    }
}

/// Whether the pages of the article at `rel` could be made again on their own, and were: then
/// the language whose search index is to be made again.
fn patched(state: &State, rel: &Path, why: &Message) -> Option<Lang> {
    let started = Instant::now();
    let mut cache = lock(&state.cache);
    let mut live = lock(&state.live);
    let (cache, live) = (cache.as_mut()?, live.as_mut()?);
    let Edit::Patched(patch) = live.edit(rel, &mut cache.texts) else {
        return None;
    };
    for w in &patch.warnings {
        eprintln!("{}", w.render(&state.catalogue));
    }
    // Said before the reload is sent, so that the line is there when the page reloads.
    let ms = started.elapsed().as_millis();
    let made = msg!(
        "serve-patched",
        ms = ms,
        pages = patch.files.len(),
        why = why.clone()
    );
    println!("{}", state.catalogue.text(&made));
    state.patch(patch.files, None, true);
    Some(patch.lang)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Builds the site (its pages into a folder of `.cache/serve/`, or in memory when there is none)
/// and publishes it, or publishes the problems and keeps the old pages.
pub(super) fn rebuild(opts: &ServeOptions, base_url: &str, state: &State, why: Message) {
    let started = Instant::now();
    let mut cache = lock(&state.cache);
    // The graph of the last build is not needed to make the next one (and would double it);
    // after a failed build there is none, so no body is made again on stale pages.
    *lock(&state.live) = None;
    let mut folders = lock(&state.folders);
    let stage = match folders.as_mut().map(|f| f.begin()) {
        Some(Ok(stage)) => Some(stage),
        Some(Err(Some(note))) => {
            eprintln!("{}", state.catalogue.text(&note));
            None
        }
        Some(Err(None)) | None => None,
    };
    let options = Options {
        base_url: Some(base_url),
        drafts: opts.drafts,
        previous: cache.as_ref(),
        keep: true,
        write_cache: true,
        check_links: false,
        stage: stage.as_ref(),
    };
    let built = generate_with(&opts.root, &options);
    let dir = stage.as_ref().map(|s| s.dir());
    match built {
        Ok(mut site) => {
            *cache = site.cache.take();
            for w in site.warnings.iter().chain(&site.strict) {
                eprintln!("{}", w.render(&state.catalogue));
            }
            state.publish(Some(served(std::mem::take(&mut site.files), dir)), None);
            if let (Some(folders), Some(dir)) = (folders.as_mut(), dir) {
                folders.keep(dir);
            }
            let (rendered, reused, read) =
                (site.stats.rendered, site.stats.reused, site.files_read);
            *lock(&state.live) = Live::new(site);
            let built = msg!(
                "serve-built",
                ms = started.elapsed().as_millis(),
                rendered = rendered,
                reused = reused,
                read = read,
                why = why
            );
            println!("{}", state.catalogue.text(&built));
        }
        Err(failure) => {
            if let (Some(folders), Some(dir)) = (folders.as_mut(), dir) {
                folders.discard(dir);
            }
            failed(state, failure, started, why);
        }
    }
}

/// The files of a build by their paths; a file staged in `dir` is read from there.
fn served(files: Vec<OutputFile>, dir: Option<&Path>) -> HashMap<String, Content> {
    let at = |path: &str| dir.map_or_else(PathBuf::new, |d| d.join(path));
    files
        .into_iter()
        .map(|f| match f.content {
            Content::Staged(..) => {
                let file = at(&f.path);
                (f.path, Content::Copy(file))
            }
            content => (f.path, content),
        })
        .collect()
}

/// Prints and publishes the problems of a build that failed.
fn failed(state: &State, failure: Failure, started: Instant, why: Message) {
    let text = match failure {
        Failure::Site(report) => report
            .problems
            .iter()
            .map(|d| d.render(&state.catalogue))
            .collect::<Vec<_>>()
            .join("\n"),
        Failure::Tool(e) => state.catalogue.text(&msg!("tool-error", text = e.0)),
    };
    eprintln!("{text}");
    let failed = msg!(
        "serve-build-failed",
        ms = started.elapsed().as_millis(),
        why = why
    );
    eprintln!("{}", state.catalogue.text(&failed));
    state.publish(None, Some(text));
}
