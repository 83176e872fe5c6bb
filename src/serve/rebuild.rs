//! One rebuild of the served site: the whole pipeline in memory, reusing unchanged pages; the
//! result (or its problems) published to every open page.

use std::collections::HashMap;
use std::time::Instant;

use super::state::{ServeOptions, State};
use crate::messages::Message;
use crate::msg;
use crate::render::Content;
use crate::{Failure, Options, generate_with};

/// Builds the site in memory and publishes it, or publishes the problems and keeps the old pages.
pub(super) fn rebuild(opts: &ServeOptions, base_url: &str, state: &State, why: Message) {
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
        check_links: false,
        stage: None,
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
            let built = msg!(
                "serve-built",
                ms = started.elapsed().as_millis(),
                rendered = site.stats.rendered,
                reused = site.stats.reused,
                read = site.files_read,
                why = why
            );
            println!("{}", state.catalogue.text(&built));
        }
        Err(failure) => {
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
    }
}
