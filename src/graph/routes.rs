//! URLs: section segments per language, article slugs, one owner per URL, then the frozen graph.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use super::parse::{Body, Parsed, ParsedDoc};
use super::{Article, PublishedAsset, Section, SiteGraph, lang_prefix, taxonomy};
use crate::config::Config;
use crate::content::{Asset, DocKind, parent};
use crate::diagnostics::{Diagnostic, Pos};
use crate::lang::Lang;
use crate::text::slugify;

/// Published files with their URL paths, before bodies are rendered.
pub struct Routed {
    pub docs: Vec<ParsedDoc>,
    /// URL path of each doc, below the base URL.
    pub paths: Vec<String>,
    /// (translation key, language) -> index in `docs`.
    pub by_key: HashMap<(String, Lang), usize>,
    pub drafts: HashMap<(String, Lang), String>,
    pub failed: HashSet<(String, Lang)>,
    /// Every section that exists, with its URL path.
    pub sections: Vec<(String, Lang, String)>,
}

impl Routed {
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
                Some(format!("{}{}", self.paths[*page], &a.rel[b.len() + 1..]))
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

/// Gives every file its URL path. Problems (two files for one URL, names without letters) are
/// returned beside the routes, so that links can still be checked in the same build.
pub fn route(config: &Config, parsed: Parsed) -> (Routed, Vec<Diagnostic>) {
    let Parsed {
        docs,
        drafts,
        failed,
    } = parsed;
    let mut errors = Vec::new();
    let index: HashMap<(&str, Lang), &ParsedDoc> = docs
        .iter()
        .filter(|d| d.src.kind == DocKind::Section)
        .map(|d| ((d.src.section_dir.as_str(), d.src.lang), d))
        .collect();

    let mut exists: BTreeSet<(Lang, String)> = config.langs().map(|l| (l, String::new())).collect();
    for d in &docs {
        for a in ancestors(&d.src.section_dir) {
            exists.insert((d.src.lang, a.to_owned()));
        }
    }

    let segment = |dir: &str, lang: Lang, errors: &mut Vec<Diagnostic>| -> String {
        let name = dir.rsplit('/').next().unwrap_or(dir);
        if let Some(slug) = index.get(&(dir, lang)).and_then(|d| d.fm.slug.as_deref()) {
            return slugify(slug);
        }
        let seg = slugify(name);
        if seg.is_empty() {
            errors.push(Diagnostic::error(
                PathBuf::from("content").join(dir),
                Pos::UNKNOWN,
                format!("the folder name \"{name}\" has no letters or digits to make a web address from; rename it or give its _index file a slug:"),
            ));
        }
        seg
    };
    let mut section_paths: HashMap<(String, Lang), String> = HashMap::new();
    let mut sections = Vec::new();
    for (lang, dir) in &exists {
        let mut path = lang_prefix(config, *lang);
        for a in ancestors(dir).into_iter().skip(1) {
            path.push_str(&segment(a, *lang, &mut errors));
            path.push('/');
        }
        section_paths.insert((dir.clone(), *lang), path.clone());
        sections.push((dir.clone(), *lang, path));
    }

    let mut owners: HashMap<String, PathBuf> = HashMap::new();
    for (dir, lang, path) in &sections {
        let owner = index.get(&(dir.as_str(), *lang)).map_or_else(
            || PathBuf::from("content").join(dir),
            |d| d.src.shown.clone(),
        );
        owners.insert(path.clone(), owner);
    }
    let mut paths = Vec::with_capacity(docs.len());
    let mut by_key = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        let section_path = &section_paths[&(d.src.section_dir.clone(), d.src.lang)];
        let path = match d.src.kind {
            DocKind::Section => section_path.clone(),
            DocKind::Article => {
                let wanted = d.fm.slug.as_deref().unwrap_or(&d.src.stem);
                let slug = slugify(wanted);
                if slug.is_empty() {
                    errors.push(Diagnostic::error(
                        &d.src.shown,
                        Pos::UNKNOWN,
                        format!("the name \"{wanted}\" has no letters or digits to make a web address from; rename the file or add a slug: to its front matter"),
                    ));
                }
                let path = format!("{section_path}{slug}/");
                if let Some(other) = owners.get(&path) {
                    errors.push(Diagnostic::error(
                        &d.src.shown,
                        Pos::UNKNOWN,
                        format!(
                            "the web address /{path} is also used by {}; give one of them another slug: or file name",
                            crate::diagnostics::display_path(other)
                        ),
                    ));
                }
                owners.insert(path.clone(), d.src.shown.clone());
                path
            }
        };
        by_key.insert((d.src.key.clone(), d.src.lang), i);
        paths.push(path);
    }
    (
        Routed {
            docs,
            paths,
            by_key,
            drafts,
            failed,
            sections,
        },
        errors,
    )
}

/// Puts everything together into the immutable graph.
pub fn freeze(config: &Config, routed: Routed, bodies: Vec<Body>, assets: &[Asset]) -> SiteGraph {
    let mut section_ids: HashMap<(String, Lang), usize> = HashMap::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut assets_out = Vec::new();
    for a in assets.iter().filter(|a| a.bundle.is_none()) {
        assets_out.push(PublishedAsset {
            from: a.fs_path.clone(),
            to: a.rel.clone(),
        });
    }
    for (dir, lang, path) in &routed.sections {
        section_ids.insert((dir.clone(), *lang), sections.len());
        let name = dir.rsplit('/').next().unwrap_or(dir);
        sections.push(Section {
            lang: *lang,
            dir: dir.clone(),
            source: None,
            fm: Default::default(),
            title: if dir.is_empty() {
                config.text(&config.title, *lang).to_owned()
            } else {
                title_case(name)
            },
            path: path.clone(),
            html: String::new(),
            pages: Vec::new(),
            subsections: Vec::new(),
            parent: None,
            translations: Vec::new(),
        });
    }
    let mut articles: Vec<Article> = Vec::new();
    for ((doc, path), body) in routed.docs.into_iter().zip(routed.paths).zip(bodies) {
        let sid = section_ids[&(doc.src.section_dir.clone(), doc.src.lang)];
        match doc.src.kind {
            DocKind::Section => {
                let s = &mut sections[sid];
                if let Some(t) = &doc.fm.title {
                    s.title = t.clone();
                }
                s.source = Some(doc.src.shown);
                s.html = body.html;
                s.fm = doc.fm;
            }
            DocKind::Article => {
                if let Some(b) = &doc.src.bundle {
                    for a in assets.iter().filter(|a| a.bundle.as_deref() == Some(b)) {
                        let inner = &a.rel[b.len() + 1..];
                        assets_out.push(PublishedAsset {
                            from: a.fs_path.clone(),
                            to: format!("{path}{inner}"),
                        });
                    }
                }
                articles.push(Article {
                    lang: doc.src.lang,
                    key: doc.src.key,
                    source: doc.src.shown,
                    title: doc.fm.title.clone().unwrap_or_default(),
                    date: doc.fm.date.expect("articles without a date were refused"),
                    fm: doc.fm,
                    section: sid,
                    path,
                    html: body.html,
                    summary: body.summary,
                    translations: Vec::new(),
                });
            }
        }
    }

    let newest_first = |articles: &[Article], ids: &mut Vec<usize>| {
        ids.sort_by(|&a, &b| {
            let (a, b) = (&articles[a], &articles[b]);
            b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path))
        });
    };
    for (id, a) in articles.iter().enumerate() {
        sections[a.section].pages.push(id);
    }
    let mut latest = vec![Vec::new(); config.languages.len()];
    for (id, a) in articles.iter().enumerate() {
        latest[a.lang.0].push(id);
    }
    for ids in &mut latest {
        newest_first(&articles, ids);
    }
    for s in &mut sections {
        newest_first(&articles, &mut s.pages);
    }
    for id in 0..sections.len() {
        let (dir, lang) = (sections[id].dir.clone(), sections[id].lang);
        if !dir.is_empty() {
            let p = section_ids[&(parent(&dir).to_owned(), lang)];
            sections[id].parent = Some(p);
            sections[p].subsections.push(id);
        }
    }

    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (id, a) in articles.iter().enumerate() {
        groups.entry(a.key.as_str()).or_default().push(id);
    }
    let article_translations: Vec<Vec<usize>> = (0..articles.len())
        .map(|id| {
            let mut t: Vec<usize> = groups[articles[id].key.as_str()]
                .iter()
                .copied()
                .filter(|&o| o != id)
                .collect();
            t.sort_by_key(|&o| articles[o].lang);
            t
        })
        .collect();
    for (a, t) in articles.iter_mut().zip(article_translations) {
        a.translations = t;
    }
    let section_translations: Vec<Vec<usize>> = sections
        .iter()
        .map(|s| {
            config
                .langs()
                .filter(|&l| l != s.lang)
                .filter_map(|l| section_ids.get(&(s.dir.clone(), l)).copied())
                .collect()
        })
        .collect();
    for (s, t) in sections.iter_mut().zip(section_translations) {
        s.translations = t;
    }

    let homes = config
        .langs()
        .map(|l| section_ids[&(String::new(), l)])
        .collect();
    let taxonomies = taxonomy::build(config, &articles);
    assets_out.sort_by(|a, b| a.to.cmp(&b.to));
    SiteGraph {
        articles,
        sections,
        taxonomies,
        assets: assets_out,
        latest,
        homes,
    }
}

fn title_case(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
