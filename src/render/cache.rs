//! The pages of the previous build, each with a digest of the context it was rendered from: a
//! rebuild renders again only the pages whose context changed (the page edited, its
//! translations' switchers, the lists and feeds it is in). A change of theme or site.yaml
//! starts afresh. Only the digest is kept, not the context, and with it the page's bytes or,
//! when the pages were staged (`serve`'s folder of each build), its file, which the next build
//! links instead of rendering the page again.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use tera::Context;

/// What the previous build rendered, valid only for the same theme and configuration.
#[derive(Default)]
pub struct RenderCache {
    pub(super) fingerprint: u64,
    pub(super) pages: HashMap<String, Entry>,
    /// The staging folder the pages were written into, when they were (`serve`'s folder of that
    /// build): a page reused is a hard link to its file there.
    pub(super) dir: Option<PathBuf>,
    /// The Markdown texts of the build, so unchanged files are not read again.
    pub texts: crate::content::ReadCache,
}

pub(super) struct Entry {
    pub template: &'static str,
    pub digest: Digest,
    pub made: Made,
}

/// A page as the previous build left it: its bytes, or its file in that build's folder.
#[derive(Clone)]
pub(super) enum Made {
    Bytes(Arc<Vec<u8>>),
    Staged(crate::output::stage::Staged),
}

/// A context's digest: 128 bits of two SipHash runs over its JSON, key by key.
pub(super) type Digest = (u64, u64);

/// Every key a page's context may hold. A context with another key is not kept (`only_known`),
/// so a key added to a page's context without being named here costs reuse, never a stale page.
const KEYS: [&str; 20] = [
    "alternates",
    "campaign",
    "canonical",
    "card",
    "cluster",
    "honours",
    "kind",
    "lang",
    "locale",
    "page",
    "paginator",
    "redirect",
    "search_index",
    "section",
    "site",
    "sorted",
    "taxonomy",
    "term",
    "translations",
    "unit",
];

/// The digest of `ctx`'s values under `KEYS`.
pub(super) fn digest(ctx: &Context) -> Digest {
    use std::hash::Hasher;
    struct Both(std::hash::DefaultHasher, std::hash::DefaultHasher);
    impl std::io::Write for Both {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            self.1.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut second = std::hash::DefaultHasher::new();
    second.write_u8(1);
    let mut h = Both(std::hash::DefaultHasher::new(), second);
    for key in KEYS {
        h.0.write(key.as_bytes());
        h.1.write(key.as_bytes());
        if let Some(value) = ctx.get(key) {
            // Serializing a tera value into a hasher cannot fail.
            let _ = serde_json::to_writer(&mut h, value);
        }
        h.0.write_u8(0xff);
        h.1.write_u8(0xff);
    }
    (h.0.finish(), h.1.finish())
}

/// Whether `ctx` holds nothing but `KEYS` (it is taken apart to see).
pub(super) fn only_known(mut ctx: Context) -> bool {
    for key in KEYS {
        ctx.remove(key);
    }
    ctx == Context::new()
}

impl RenderCache {
    /// The page made before at `path` from the same template and a context of the same digest.
    pub(super) fn get(
        &self,
        fingerprint: u64,
        path: &str,
        template: &str,
        digest: Digest,
    ) -> Option<&Made> {
        let e = self
            .pages
            .get(path)
            .filter(|_| self.fingerprint == fingerprint)?;
        (e.template == template && e.digest == digest).then_some(&e.made)
    }

    /// The file of a page staged by the previous build.
    pub(super) fn file(&self, path: &str) -> Option<PathBuf> {
        self.dir.as_ref().map(|dir| dir.join(path))
    }
}

/// How many pages were rendered and how many were taken unchanged from the cache.
#[derive(Debug, Default, Clone, Copy)]
pub struct RenderStats {
    pub rendered: usize,
    pub reused: usize,
}
