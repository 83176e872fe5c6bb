//! The sections `new` writes into: every folder of `content/` but article bundles and campaign
//! folders, with its web address in every language, so that an editor may name a section by its
//! folder (`news`) or by the address readers see (`tin-tuc`, `en/news`).

use std::path::Path;

use crate::config::Config;
use crate::content::{DocKind, front_matter, identity, is_ignored};
use crate::fsx::{self, SiteBounds, ToolError};
use crate::graph::address::lang_prefix;
use crate::msg;
use crate::text;

/// A folder of `content/` that is a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The folder relative to `content/`, `/`-separated (`news`, `pages/about`).
    pub dir: String,
    /// Per language, in the site's order: its URL path below the site's address (`tin-tuc/`,
    /// `en/news/`).
    pub paths: Vec<String>,
}

impl Section {
    /// `news (/tin-tuc/, /en/news/)`, as the list of sections shows it.
    pub fn described(&self) -> String {
        let paths: Vec<String> = self.paths.iter().map(|p| format!("/{p}")).collect();
        format!("{} ({})", self.dir, paths.join(", "))
    }
}

/// What a name given on the command line is.
#[derive(Debug, PartialEq, Eq)]
pub enum Named<'a> {
    Section(&'a Section),
    /// The web address of sections in different languages.
    Several(Vec<&'a Section>),
    Unknown,
}

/// Every section of the site, in folder order.
pub fn list(config: &Config) -> Result<Vec<Section>, ToolError> {
    let content = config.content_dir();
    let mut out = Vec::new();
    if content.is_dir() {
        let home: Vec<String> = config.langs().map(|l| lang_prefix(config, l)).collect();
        let bounds = SiteBounds::new(&config.root);
        walk(config, &bounds, "", &home, &mut out)?;
    }
    Ok(out)
}

/// The section named `name`: its folder, else its web address in any language (with or
/// without the language's `en/`), compared as slugs (`Tin tức` is `tin-tuc`).
pub fn find<'a>(config: &Config, sections: &'a [Section], name: &str) -> Named<'a> {
    let name = text::nfc(name.trim_matches('/'));
    if let Some(s) = sections.iter().find(|s| s.dir == name) {
        return Named::Section(s);
    }
    let address = address_of(&name);
    let found: Vec<&Section> = sections
        .iter()
        .filter(|s| {
            config.langs().any(|l| {
                let path = &s.paths[l.0];
                *path == address || path.strip_prefix(&lang_prefix(config, l)) == Some(&address)
            })
        })
        .collect();
    match found.as_slice() {
        [] => Named::Unknown,
        [one] => Named::Section(one),
        _ => Named::Several(found),
    }
}

/// `Tin tức/Thông báo` -> `tin-tuc/thong-bao/`: a name as the URL path it would be.
pub fn address_of(name: &str) -> String {
    let mut address = String::new();
    for part in name.split('/').filter(|p| !p.is_empty()) {
        address.push_str(&text::slugify(part));
        address.push('/');
    }
    address
}

/// Adds the sections below `dir` (relative to `content/`, whose paths are `paths`) to `out`.
fn walk(
    config: &Config,
    bounds: &SiteBounds,
    dir: &str,
    paths: &[String],
    out: &mut Vec<Section>,
) -> Result<(), ToolError> {
    for name in folders(&config.content_dir().join(dir), bounds)? {
        let rel = if dir.is_empty() {
            name.clone()
        } else {
            format!("{dir}/{name}")
        };
        let folder = config.content_dir().join(&rel);
        if is_bundle_or_campaign(&folder) {
            continue;
        }
        let paths: Vec<String> = config
            .langs()
            .map(|l| format!("{}{}/", paths[l.0], segment(config, &rel, &name, l)))
            .collect();
        out.push(Section {
            dir: rel.clone(),
            paths: paths.clone(),
        });
        walk(config, bounds, &rel, &paths, out)?;
    }
    Ok(())
}

/// The names of the folders in `dir` a build reads, sorted.
fn folders(dir: &Path, bounds: &SiteBounds) -> Result<Vec<String>, ToolError> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)
        .map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = dir), e))?
    {
        let entry = entry.map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = dir), e))?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(text::nfc) else {
            continue;
        };
        if !is_ignored(&name) && path.is_dir() && bounds.refuse(&path).is_none() {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// A folder holding an article's `index` files, or a campaign's `campaign.yaml`, is no section.
fn is_bundle_or_campaign(folder: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|e| {
        let name = e.file_name().to_string_lossy().to_ascii_lowercase();
        name == "campaign.yaml"
            || name == "campaign.yml"
            || (name.starts_with("index.") && name.ends_with(".md"))
    })
}

/// The URL segment of the section folder `rel` in `lang`: the `slug:` of its `_index` file in
/// that language, else its folder name (as the routes stage makes it).
fn segment(config: &Config, rel: &str, name: &str, lang: crate::lang::Lang) -> String {
    let folder = config.content_dir().join(rel);
    let slug = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(text::nfc))
        .filter(|n| n.ends_with(".md"))
        .filter(|n| {
            identity(config, &format!("{rel}/{n}"))
                .is_ok_and(|id| id.kind == DocKind::Section && id.lang == lang)
        })
        .min()
        .and_then(|n| fsx::read(&folder.join(n)).ok())
        .and_then(|bytes| text::decode_source(&bytes).ok())
        .and_then(|t| {
            front_matter::split(&t, config.timezone)
                .ok()?
                .front_matter
                .slug
        });
    text::slugify(slug.as_deref().unwrap_or(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site with sections `news` (/tin-tuc/, /en/news/), `pages` and `pages/about`
    /// (/gioi-thieu/ve-chung-toi/), `notes` (/en/tin-tuc/ in English), a bundle and a campaign.
    fn site() -> (tempfile::TempDir, Config) {
        let tmp = tempfile::tempdir().unwrap();
        let files = [
            (
                "site.yaml",
                "title: x\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  vi: {name: Tiếng Việt}\n  en: {name: English}\n",
            ),
            (
                "content/news/_index.vi.md",
                "---\ntitle: Tin\nslug: tin-tuc\n---\n",
            ),
            ("content/news/hoi-nghi/index.vi.md", "---\ntitle: x\n---\n"),
            ("content/pages/_index.md", "---\nslug: Giới thiệu\n---\n"),
            (
                "content/pages/about/_index.vi.md",
                "---\nslug: ve-chung-toi\n---\n",
            ),
            ("content/notes/_index.en.md", "---\nslug: tin-tuc\n---\n"),
            ("content/results/thi-dua/campaign.yaml", "name: x\n"),
        ];
        for (rel, text) in files {
            crate::testing::write(tmp.path(), rel, text);
        }
        let config = crate::config::load(tmp.path(), None).unwrap();
        (tmp, config)
    }

    #[test]
    fn sections_are_folders_with_their_addresses_in_every_language() {
        let (_tmp, config) = site();
        let sections = list(&config).unwrap();
        let shown: Vec<String> = sections.iter().map(Section::described).collect();
        assert_eq!(
            shown,
            [
                "news (/tin-tuc/, /en/news/)",
                "notes (/notes/, /en/tin-tuc/)",
                "pages (/gioi-thieu/, /en/pages/)",
                "pages/about (/gioi-thieu/ve-chung-toi/, /en/pages/about/)",
                "results (/results/, /en/results/)",
            ]
        );
        let dir = |name: &str| match find(&config, &sections, name) {
            Named::Section(s) => s.dir.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(dir("news"), "news");
        assert_eq!(dir("en/news"), "news");
        assert_eq!(dir("Giới thiệu/về chúng tôi"), "pages/about");
        assert_eq!(dir("/en/pages/about/"), "pages/about");
        assert_eq!(
            dir("ve-chung-toi"),
            "Unknown",
            "a segment is found from the top"
        );
        assert_eq!(
            dir("results/thi-dua"),
            "Unknown",
            "a campaign is no section"
        );
        assert_eq!(dir("news/hoi-nghi"), "Unknown", "a bundle is no section");
        let Named::Several(both) = find(&config, &sections, "tin-tuc") else {
            panic!("tin-tuc is news in Vietnamese and notes in English");
        };
        let dirs: Vec<&str> = both.iter().map(|s| s.dir.as_str()).collect();
        assert_eq!(dirs, ["news", "notes"]);
    }
}
