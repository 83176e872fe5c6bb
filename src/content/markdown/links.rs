//! Where the links and photos of a Markdown body lead: pages for `.md` files, published
//! copies for assets and photos, the site's root path before root links; unsafe schemes are
//! refused and broken links are problems.

use crate::content::sanitize;
use crate::msg;

use super::paths::{is_external, join, respelled};
use super::types::PageLink;
use super::writer::Writer;

impl Writer<'_, '_> {
    /// The new address of a relative link, or None to keep it as written. A link with a problem
    /// gets an empty address, so that the check of the rendered page does not report it again.
    pub(super) fn rewrite(&mut self, dest: &str, is_image: bool, offset: usize) -> Option<String> {
        if !sanitize::allowed_url(dest) {
            self.refuse(dest, offset);
            return Some("#".into());
        }
        if dest.trim().is_empty() && is_image {
            self.out
                .problems
                .push((offset, msg!("content-photo-no-file-name")));
            return None;
        }
        if let Some(from_root) = dest.strip_prefix('/').filter(|d| !d.starts_with('/')) {
            return (self.links.root != "/" && !dest.starts_with(self.links.root))
                .then(|| format!("{}{from_root}", self.links.root));
        }
        if is_external(dest) {
            return None;
        }
        let (path, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, format!("#{f}")),
            None => (dest, String::new()),
        };
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        if path.is_empty() {
            return None;
        }
        let decoded = crate::text::nfc(&crate::text::percent_decode(path));
        let Some(target) = join(self.links.dir, &decoded) else {
            self.out
                .problems
                .push((offset, msg!("links-outside-content", dest = dest)));
            return Some(String::new());
        };
        if target.to_ascii_lowercase().ends_with(".md") {
            return self.page(dest, &target, &fragment, offset);
        }
        // A link to a photo leads to its largest processed copy: the camera's original, with
        // its metadata, is not published.
        if !is_image && let Some(Ok(photo)) = (self.links.photo)(&target, offset) {
            return photo
                .variants
                .last()
                .map(|v| format!("{}{}", self.links.root, v.path));
        }
        match (self.links.asset)(&target) {
            Some(url) => Some(url + &fragment),
            None if is_image => {
                let problem = match self.similar(path, &target) {
                    Some(similar) => msg!(
                        "photo-missing-did-you-mean",
                        dest = dest,
                        target = target.as_str(),
                        similar = similar
                    ),
                    None => msg!("photo-missing", dest = dest, target = target.as_str()),
                };
                self.out.problems.push((offset, problem));
                Some(String::new())
            }
            None => None,
        }
    }

    /// The link `written` (its path part) would name an existing file if its case or marks
    /// were written as the file's: the link to write instead.
    fn similar(&self, written: &str, target: &str) -> Option<String> {
        let found = (self.links.similar)(target)?;
        Some(respelled(written, self.links.dir, target, &found))
    }

    /// Records why a link with a scheme a published page may not use is refused.
    fn refuse(&mut self, dest: &str, offset: usize) {
        let scheme = dest
            .trim_start()
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let problem = if scheme == "javascript" || scheme == "vbscript" {
            msg!("links-refused-script", dest = dest)
        } else {
            msg!(
                "links-refused-scheme",
                dest = dest,
                scheme = scheme,
                schemes = sanitize::URL_SCHEMES.join(", ")
            )
        };
        self.out.problems.push((offset, problem));
    }

    /// The page URL of a link to the Markdown file `target`; a draft or a missing file is a
    /// problem, and the link gets no address.
    fn page(&mut self, dest: &str, target: &str, fragment: &str, offset: usize) -> Option<String> {
        let written = dest.split(['#', '?']).next().unwrap_or(dest);
        match (self.links.page)(target) {
            PageLink::Url(url) => Some(url + fragment),
            PageLink::Draft(draft) => {
                self.out
                    .problems
                    .push((offset, msg!("links-to-draft", dest = dest, draft = draft)));
                Some(String::new())
            }
            PageLink::Missing => {
                let problem = match self.similar(written, target) {
                    Some(similar) => msg!(
                        "links-missing-did-you-mean",
                        dest = dest,
                        target = target,
                        similar = format!("{similar}{fragment}")
                    ),
                    None => msg!("links-missing", dest = dest, target = target),
                };
                self.out.problems.push((offset, problem));
                Some(String::new())
            }
        }
    }
}
