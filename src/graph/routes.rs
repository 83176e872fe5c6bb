//! The routes stage: every section, campaign page and article gets its URL path, one owner per
//! URL, before any body is rendered (so that links can be resolved while rendering).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use super::address::lang_prefix;
use super::front::{Parsed, ParsedDoc};
use super::owners::Owners;
use super::unit_ref::resolve_unit;
use crate::config::Config;
use crate::content::{Asset, DocKind, parent};
use crate::data::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::lang::Lang;
use crate::text::slugify;

/// A published Markdown file with its URL path and what it belongs to.
#[derive(Debug)]
pub struct RoutedDoc {
    pub doc: ParsedDoc,
    /// URL path below the base URL (empty for a file whose route failed).
    pub path: String,
    /// Whether the file gets a page: not when its route failed or another file has its URL
    /// (both reported); its body is still checked.
    pub has_page: bool,
    /// The campaign whose folder holds it (its `_index` files are the overview's text).
    pub campaign: Option<usize>,
    /// The (campaign, unit) its `unit:` names.
    pub unit: Option<(usize, usize)>,
}

/// Every published file with its URL path, and what links to missing pages need to know.
pub struct Routes {
    pub docs: Vec<RoutedDoc>,
    /// (translation key, language) -> index in `docs`.
    pub by_key: HashMap<(String, Lang), usize>,
    /// (translation key, language) of each draft left out -> its path relative to `content/`.
    pub drafts: HashMap<(String, Lang), String>,
    /// (translation key, language) of each file that has no page in this build: its front
    /// matter cannot be read, or its route failed (reported once; links to it are not).
    pub failed: HashSet<(String, Lang)>,
    /// Every section that exists: (folder, language, URL path), in folder order per language.
    pub sections: Vec<(String, Lang, String)>,
    /// Per campaign, per language: the overview's URL path.
    pub campaign_paths: Vec<Vec<String>>,
}

impl Routes {
    /// The routes without the files' front matter (serve keeps them to render one body
    /// again): every file's place, URL path and identity; its text is shared, not copied.
    pub fn skeleton(&self) -> Routes {
        let docs = self.docs.iter().map(|d| {
            let src = d.doc.src.clone();
            let doc = ParsedDoc {
                src,
                fm: Default::default(),
                body_offset: 0,
                body_line: 0,
            };
            RoutedDoc {
                doc,
                path: d.path.clone(),
                has_page: d.has_page,
                campaign: d.campaign,
                unit: d.unit,
            }
        });
        Routes {
            docs: docs.collect(),
            by_key: self.by_key.clone(),
            drafts: self.drafts.clone(),
            failed: self.failed.clone(),
            sections: self.sections.clone(),
            campaign_paths: self.campaign_paths.clone(),
        }
    }

    /// Where an asset is published when a page in `lang` links it.
    pub fn asset_path(&self, a: &Asset, lang: Lang) -> Option<String> {
        match &a.bundle {
            None => Some(a.rel.clone()),
            Some(b) => {
                let page = self
                    .by_key
                    .get(&(b.clone(), lang))
                    .or_else(|| self.by_key.get(&(b.clone(), Lang::DEFAULT)))
                    .or_else(|| {
                        self.by_key
                            .iter()
                            .filter(|((k, _), _)| k == b)
                            .min_by_key(|((_, l), _)| *l)
                            .map(|(_, v)| v)
                    })?;
                Some(format!(
                    "{}{}",
                    self.docs[*page].path,
                    &a.rel[b.len() + 1..]
                ))
            }
        }
    }
}

/// `a/b/c` -> [``, `a`, `a/b`, `a/b/c`].
fn ancestors(dir: &str) -> Vec<&str> {
    let mut out = vec![""];
    for (i, c) in dir.char_indices() {
        if c == '/' {
            out.push(&dir[..i]);
        }
    }
    if !dir.is_empty() {
        out.push(dir);
    }
    out
}

/// A file's URL path, whether it has a page, campaign and unit, before it is put with its file.
type Placed = (String, bool, Option<usize>, Option<(usize, usize)>);

/// What routing reads: the configuration, the campaigns and the `_index` files by folder.
struct Router<'a> {
    config: &'a Config,
    campaigns: &'a [Campaign],
    index: HashMap<(&'a str, Lang), &'a ParsedDoc>,
}

/// Gives every file its URL path. Problems (two files for one URL, names without letters) are
/// reported beside the routes, so that links can still be checked in the same build.
pub fn route(
    config: &Config,
    parsed: Parsed,
    campaigns: &[Campaign],
    campaign_failed: bool,
    diagnostics: &mut Diagnostics,
) -> Routes {
    let Parsed {
        docs,
        drafts,
        mut failed,
    } = parsed;
    let router = Router {
        config,
        campaigns,
        index: docs
            .iter()
            .filter(|d| d.src.kind == DocKind::Section)
            .map(|d| ((d.src.section_dir.as_str(), d.src.lang), d))
            .collect(),
    };
    let mut owners = Owners::default();
    let sections = router.sections(&docs, &mut owners, diagnostics);
    let section_paths: HashMap<(&str, Lang), &str> = sections
        .iter()
        .map(|(dir, lang, path)| ((dir.as_str(), *lang), path.as_str()))
        .collect();
    let campaign_paths = router.campaign_paths(&section_paths, &mut owners, diagnostics);
    let placed: Vec<Placed> = docs
        .iter()
        .map(|d| {
            let campaign = router.campaign_of(&d.src.section_dir);
            let path = router.doc_path(d, campaign, &section_paths, &campaign_paths);
            let (path, has_page) = match path {
                Ok(path) => {
                    let own = d.src.kind != DocKind::Article
                        || owners.claim(&path, &d.src.shown, diagnostics);
                    (path, own)
                }
                Err(e) => {
                    diagnostics.push(e);
                    (String::new(), false)
                }
            };
            let unit = d.fm.unit.as_deref().and_then(|unit| {
                resolve_unit(campaigns, campaign_failed, d, unit).unwrap_or_else(|e| {
                    diagnostics.push(e);
                    None
                })
            });
            (path, has_page, campaign, unit)
        })
        .collect();
    drop(router);
    let docs: Vec<RoutedDoc> = docs
        .into_iter()
        .zip(placed)
        .map(|(doc, (path, has_page, campaign, unit))| RoutedDoc {
            doc,
            path,
            has_page,
            campaign,
            unit,
        })
        .collect();
    let mut by_key = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        let id = (d.doc.src.key.clone(), d.doc.src.lang);
        if d.has_page {
            by_key.insert(id, i);
        } else {
            failed.insert(id);
        }
    }
    Routes {
        docs,
        by_key,
        drafts,
        failed,
        sections,
        campaign_paths,
    }
}

impl Router<'_> {
    fn campaign_of(&self, dir: &str) -> Option<usize> {
        self.campaigns
            .iter()
            .position(|c| dir == c.dir || dir.starts_with(&format!("{}/", c.dir)))
    }

    /// Every section that exists in each language (a folder with files outside campaigns, or a
    /// campaign's parent), with its URL path; each claims its URL.
    fn sections(
        &self,
        docs: &[ParsedDoc],
        owners: &mut Owners,
        diagnostics: &mut Diagnostics,
    ) -> Vec<(String, Lang, String)> {
        let config = self.config;
        let mut exists: BTreeSet<(Lang, String)> =
            config.langs().map(|l| (l, String::new())).collect();
        for d in docs
            .iter()
            .filter(|d| self.campaign_of(&d.src.section_dir).is_none())
        {
            for a in ancestors(&d.src.section_dir) {
                exists.insert((d.src.lang, a.to_owned()));
            }
        }
        for c in self.campaigns {
            for lang in config.langs() {
                for a in ancestors(parent(&c.dir)) {
                    exists.insert((lang, a.to_owned()));
                }
            }
        }
        exists
            .into_iter()
            .map(|(lang, dir)| {
                let mut path = lang_prefix(config, lang);
                for a in ancestors(&dir).into_iter().skip(1) {
                    path.push_str(&self.segment(a, lang, diagnostics));
                    path.push('/');
                }
                let owner = self.index.get(&(dir.as_str(), lang)).map_or_else(
                    || PathBuf::from("content").join(&dir),
                    |d| d.src.shown.clone(),
                );
                owners.claim(&path, &owner, diagnostics);
                (dir, lang, path)
            })
            .collect()
    }

    /// The URL segment of a folder: its `_index` file's `slug:`, else its name.
    fn segment(&self, dir: &str, lang: Lang, diagnostics: &mut Diagnostics) -> String {
        let name = dir.rsplit('/').next().unwrap_or(dir);
        if let Some(slug) = self
            .index
            .get(&(dir, lang))
            .and_then(|d| d.fm.slug.as_deref())
        {
            return slugify(slug);
        }
        let seg = slugify(name);
        if seg.is_empty() {
            diagnostics.push(Diagnostic::error(
                PathBuf::from("content").join(dir),
                Pos::UNKNOWN,
                crate::msg!("content-folder-no-letters", name = name),
            ));
        }
        seg
    }

    /// Per campaign, per language: the overview's path; the overview and unit pages claim theirs.
    fn campaign_paths(
        &self,
        section_paths: &HashMap<(&str, Lang), &str>,
        owners: &mut Owners,
        diagnostics: &mut Diagnostics,
    ) -> Vec<Vec<String>> {
        self.campaigns
            .iter()
            .map(|c| {
                self.config
                    .langs()
                    .map(|l| {
                        let path = format!("{}{}/", section_paths[&(parent(&c.dir), l)], c.slug);
                        owners.claim(&path, &c.source, diagnostics);
                        for u in &c.units {
                            owners.claim(&format!("{path}{}/", u.slug), &u.source, diagnostics);
                        }
                        path
                    })
                    .collect()
            })
            .collect()
    }

    /// The URL path of one file, or why it has none.
    fn doc_path(
        &self,
        d: &ParsedDoc,
        in_campaign: Option<usize>,
        section_paths: &HashMap<(&str, Lang), &str>,
        campaign_paths: &[Vec<String>],
    ) -> Result<String, Diagnostic> {
        let section_path = || section_paths[&(d.src.section_dir.as_str(), d.src.lang)];
        match (d.src.kind, in_campaign) {
            (DocKind::Section, Some(c)) if self.campaigns[c].dir == d.src.section_dir => {
                Ok(campaign_paths[c][d.src.lang.0].clone())
            }
            (_, Some(c)) => Err(Diagnostic::error(
                &d.src.shown,
                Pos::UNKNOWN,
                crate::msg!(
                    "content-article-in-campaign",
                    dir = self.campaigns[c].dir.as_str()
                ),
            )),
            (DocKind::Section, None) => Ok(section_path().to_owned()),
            (DocKind::Article, None) => {
                let wanted = d.fm.slug.as_deref().unwrap_or(&d.src.stem);
                let slug = slugify(wanted);
                if slug.is_empty() {
                    return Err(Diagnostic::error(
                        &d.src.shown,
                        Pos::UNKNOWN,
                        crate::msg!("content-name-no-letters", name = wanted),
                    ));
                }
                if slug.len() > crate::text::MAX_SEGMENT {
                    return Err(Diagnostic::error(
                        &d.src.shown,
                        d.fm.place("slug"),
                        crate::content::front_matter::too_long(
                            crate::msg!("content-the-file-name"),
                            &slug,
                        ),
                    ));
                }
                Ok(format!("{}{slug}/", section_path()))
            }
        }
    }
}
