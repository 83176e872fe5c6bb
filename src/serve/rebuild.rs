//! One rebuild of the served site: the whole pipeline in memory, reusing unchanged pages; the
//! result (or its problems) published to every open page.

use std::collections::HashMap;
use std::time::Instant;

use super::state::{ServeOptions, State};
use crate::render::Content;
use crate::{Failure, Options, generate_with};

/// Builds the site in memory and publishes it, or publishes the problems and keeps the old pages.
pub(super) fn rebuild(opts: &ServeOptions, base_url: &str, state: &State, why: &str) {
    let started = Instant::now();
    let mut cache = state
        .cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let options = Options {
        base_url: Some(base_url),
        drafts: opts.drafts,
        previous: cache.as_ref(),
        keep: true,
        write_cache: true,
    };
    match generate_with(&opts.root, &options) {
        Ok(mut site) => {
            *cache = site.cache.take();
            for w in site.warnings.iter().chain(&site.strict) {
                eprintln!("{}", w.render(&state.catalogue));
            }
            let files: HashMap<String, Content> = site
                .files
                .into_iter()
                .map(|f| (f.path, f.content))
                .collect();
            state.publish(Some(files), None);
            println!(
                "built in {} ms: {} pages rendered, {} unchanged, {} files read ({why})",
                started.elapsed().as_millis(),
                site.stats.rendered,
                site.stats.reused,
                site.files_read
            );
        }
        Err(failure) => {
            let text = match failure {
                Failure::Site(report) => report
                    .problems
                    .iter()
                    .map(|d| d.render(&state.catalogue))
                    .collect::<Vec<_>>()
                    .join("\n"),
                Failure::Tool(e) => format!("error: {e}"),
            };
            eprintln!("{text}");
            eprintln!(
                "build failed in {} ms ({why}); still serving the last good pages",
                started.elapsed().as_millis()
            );
            state.publish(None, Some(text));
        }
    }
}
