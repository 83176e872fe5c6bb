//! The pages of the previous build, each with the context it was rendered from: a rebuild
//! renders again only the pages whose context changed (the page edited, its translations'
//! switchers, the lists and feeds it is in). A change of theme or site.yaml starts afresh.

use std::collections::HashMap;
use std::sync::Arc;

use tera::Context;

/// What the previous build rendered, valid only for the same theme and configuration.
#[derive(Default)]
pub struct RenderCache {
    pub(super) fingerprint: u64,
    pub(super) pages: HashMap<String, Entry>,
    /// The Markdown texts of the build, so unchanged files are not read again.
    pub texts: crate::content::ReadCache,
}

pub(super) struct Entry {
    pub template: &'static str,
    pub context: Context,
    pub html: Arc<Vec<u8>>,
}

impl RenderCache {
    /// The HTML rendered before for `path` from the same template and an equal context.
    pub(super) fn get(
        &self,
        fingerprint: u64,
        path: &str,
        template: &str,
        ctx: &Context,
    ) -> Option<Arc<Vec<u8>>> {
        let e = self
            .pages
            .get(path)
            .filter(|_| self.fingerprint == fingerprint)?;
        (e.template == template && &e.context == ctx).then(|| Arc::clone(&e.html))
    }
}

/// How many pages were rendered and how many were taken unchanged from the cache.
#[derive(Debug, Default, Clone, Copy)]
pub struct RenderStats {
    pub rendered: usize,
    pub reused: usize,
}
