//! URLs: section segments per language, article slugs, one owner per URL, then the frozen graph.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use super::parse::{Body, Parsed, ParsedDoc};
use super::{
    Article, CampaignNode, Intro, PublishedAsset, Section, SiteGraph, lang_prefix, taxonomy,
};
use crate::config::Config;
use crate::content::{Asset, DocKind, parent};
use crate::data::Campaign;
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
    /// Per campaign, per language: the overview's URL path.
    pub campaign_paths: Vec<Vec<String>>,
    /// Per doc: the campaign whose folder holds it (its `_index` files are the overview's text).
    pub doc_campaign: Vec<Option<usize>>,
    /// Per doc: the (campaign, unit) its `unit:` names.
    pub doc_unit: Vec<Option<(usize, usize)>>,
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
pub fn route(
    config: &Config,
    parsed: Parsed,
    campaigns: &[Campaign],
    campaign_failed: bool,
) -> (Routed, Vec<Diagnostic>) {
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
    let campaign_of = |dir: &str| {
        campaigns
            .iter()
            .position(|c| dir == c.dir || dir.starts_with(&format!("{}/", c.dir)))
    };

    let mut exists: BTreeSet<(Lang, String)> = config.langs().map(|l| (l, String::new())).collect();
    for d in docs
        .iter()
        .filter(|d| campaign_of(&d.src.section_dir).is_none())
    {
        for a in ancestors(&d.src.section_dir) {
            exists.insert((d.src.lang, a.to_owned()));
        }
    }
    for c in campaigns {
        for lang in config.langs() {
            for a in ancestors(parent(&c.dir)) {
                exists.insert((lang, a.to_owned()));
            }
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

    let mut owners = Owners::default();
    for (dir, lang, path) in &sections {
        let owner = index.get(&(dir.as_str(), *lang)).map_or_else(
            || PathBuf::from("content").join(dir),
            |d| d.src.shown.clone(),
        );
        owners.claim(path, &owner, &mut errors);
    }
    let campaign_paths: Vec<Vec<String>> = campaigns
        .iter()
        .map(|c| {
            config
                .langs()
                .map(|l| {
                    let path = format!(
                        "{}{}/",
                        section_paths[&(parent(&c.dir).to_owned(), l)],
                        c.slug
                    );
                    owners.claim(&path, &c.source, &mut errors);
                    for u in &c.units {
                        owners.claim(&format!("{path}{}/", u.slug), &u.source, &mut errors);
                    }
                    path
                })
                .collect()
        })
        .collect();

    let mut paths = Vec::with_capacity(docs.len());
    let mut by_key = HashMap::new();
    let mut doc_campaign = Vec::with_capacity(docs.len());
    let mut doc_unit = Vec::with_capacity(docs.len());
    for (i, d) in docs.iter().enumerate() {
        let in_campaign = campaign_of(&d.src.section_dir);
        let path = match (d.src.kind, in_campaign) {
            (DocKind::Section, Some(c)) if campaigns[c].dir == d.src.section_dir => {
                campaign_paths[c][d.src.lang.0].clone()
            }
            (_, Some(c)) => {
                errors.push(Diagnostic::error(
                    &d.src.shown,
                    Pos::UNKNOWN,
                    format!(
                        "articles cannot be inside the campaign folder content/{}/ (only its _index files, campaign.yaml and units/); move it to a section such as news/ and name its unit with unit:",
                        campaigns[c].dir
                    ),
                ));
                String::new()
            }
            (DocKind::Section, None) => {
                section_paths[&(d.src.section_dir.clone(), d.src.lang)].clone()
            }
            (DocKind::Article, None) => {
                let section_path = &section_paths[&(d.src.section_dir.clone(), d.src.lang)];
                let wanted = d.fm.slug.as_deref().unwrap_or(&d.src.stem);
                let slug = slugify(wanted);
                if slug.is_empty() {
                    errors.push(Diagnostic::error(
                        &d.src.shown,
                        Pos::UNKNOWN,
                        format!("the name \"{wanted}\" has no letters or digits to make a web address from; rename the file or add a slug: to its front matter"),
                    ));
                }
                if slug.len() > crate::text::MAX_SEGMENT {
                    errors.push(Diagnostic::error(
                        &d.src.shown,
                        d.fm.place("slug"),
                        crate::content::front_matter::too_long("the file name", &slug),
                    ));
                }
                let path = format!("{section_path}{slug}/");
                owners.claim(&path, &d.src.shown, &mut errors);
                path
            }
        };
        doc_campaign.push(in_campaign);
        doc_unit.push(match d.fm.unit.as_deref() {
            Some(unit) => resolve_unit(campaigns, campaign_failed, d, unit).unwrap_or_else(|e| {
                errors.push(e);
                None
            }),
            None => None,
        });
        by_key.insert((d.src.key.clone(), d.src.lang), i);
        paths.push(path);
    }
    let routed = Routed {
        docs,
        paths,
        by_key,
        drafts,
        failed,
        sections,
        campaign_paths,
        doc_campaign,
        doc_unit,
    };
    (routed, errors)
}

/// The (campaign, unit) that an article's `unit:` (and `campaign:`) name.
fn resolve_unit(
    campaigns: &[Campaign],
    campaign_failed: bool,
    d: &ParsedDoc,
    unit: &str,
) -> Result<Option<(usize, usize)>, Diagnostic> {
    let at = |key: &str| d.fm.place(key);
    let candidates: Vec<usize> = match d.fm.campaign.as_deref() {
        Some(id) => {
            let slug = slugify(id);
            match campaigns.iter().position(|c| c.slug == slug) {
                Some(c) => vec![c],
                None => {
                    let known: Vec<&str> = campaigns.iter().map(|c| c.id.as_str()).collect();
                    return Err(Diagnostic::error(
                        &d.src.shown,
                        at("campaign"),
                        format!(
                            "campaign \"{id}\" does not exist (campaigns: {}); use the name of a folder under content/results/",
                            if known.is_empty() {
                                "none".to_owned()
                            } else {
                                known.join(", ")
                            }
                        ),
                    ));
                }
            }
        }
        None => (0..campaigns.len()).collect(),
    };
    let found: Vec<(usize, usize)> = candidates
        .iter()
        .filter_map(|&c| campaigns[c].unit(unit).map(|u| (c, u)))
        .collect();
    match found.as_slice() {
        [one] => Ok(Some(*one)),
        [] if campaign_failed
            || candidates
                .iter()
                .any(|&c| campaigns[c].failed_units.contains(&slugify(unit))) =>
        {
            Ok(None)
        }
        [] => {
            let mut known: Vec<&str> = candidates
                .iter()
                .flat_map(|&c| campaigns[c].units.iter().map(|u| u.id.as_str()))
                .collect();
            known.sort_unstable();
            Err(Diagnostic::error(
                &d.src.shown,
                at("unit"),
                format!(
                    "unit \"{unit}\" is not a unit of any campaign (units: {}); use the name of a file in a campaign's units/ folder",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ),
            ))
        }
        _ => Err(Diagnostic::error(
            &d.src.shown,
            at("unit"),
            format!("unit \"{unit}\" is in more than one campaign; add campaign: to say which"),
        )),
    }
}

/// Which file claimed each URL first; a second claim is an error naming both.
#[derive(Default)]
struct Owners(HashMap<String, PathBuf>);

impl Owners {
    fn claim(&mut self, path: &str, owner: &std::path::Path, errors: &mut Vec<Diagnostic>) {
        if let Some(other) = self.0.get(path) {
            errors.push(Diagnostic::error(
                owner,
                Pos::UNKNOWN,
                format!(
                    "the web address /{path} is also used by {}; give one of them another slug: or file name",
                    crate::diagnostics::display_path(other)
                ),
            ));
        } else {
            self.0.insert(path.to_owned(), owner.to_path_buf());
        }
    }
}

/// Puts everything together into the immutable graph.
pub fn freeze(
    config: &Config,
    routed: Routed,
    bodies: Vec<Body>,
    assets: &[Asset],
    campaigns: Vec<Campaign>,
) -> SiteGraph {
    let mut section_ids: HashMap<(String, Lang), usize> = HashMap::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut assets_out = Vec::new();
    // Photos are published only as their processed variants, which carry no camera metadata
    // (place, owner, description); the originals stay in the sources.
    let published = |a: &&Asset| !super::parse::is_photo(&a.rel);
    for a in assets
        .iter()
        .filter(|a| a.bundle.is_none())
        .filter(published)
    {
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
    let mut intros: Vec<Vec<Option<Intro>>> =
        vec![vec![None; config.languages.len()]; campaigns.len()];
    let docs = routed
        .docs
        .into_iter()
        .zip(routed.paths)
        .zip(bodies)
        .zip(routed.doc_campaign)
        .zip(routed.doc_unit);
    let mut strict = Vec::new();
    for ((((doc, path), mut body), campaign), unit) in docs {
        strict.append(&mut body.strict);
        if let Some(c) = campaign {
            if doc.src.kind == DocKind::Section {
                let title = doc.fm.title.clone();
                intros[c][doc.src.lang.0] = Some(Intro {
                    title,
                    html: body.html,
                    fm: doc.fm,
                });
            }
            continue;
        }
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
                    let in_bundle = |a: &&Asset| a.bundle.as_deref() == Some(b);
                    for a in assets.iter().filter(in_bundle).filter(published) {
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
                    unit,
                    thumbnail: body.thumbnail,
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
    let campaigns = campaigns
        .into_iter()
        .zip(routed.campaign_paths)
        .zip(intros)
        .enumerate()
        .map(|(ci, ((data, paths), intro))| {
            let section = config
                .langs()
                .map(|l| section_ids[&(parent(&data.dir).to_owned(), l)])
                .collect();
            let mut unit_articles = vec![Vec::new(); data.units.len()];
            for &id in latest.iter().flatten() {
                if let Some((_, u)) = articles[id].unit.filter(|(c, _)| *c == ci) {
                    unit_articles[u].push(id);
                }
            }
            CampaignNode {
                data,
                paths,
                section,
                intro,
                unit_articles,
            }
        })
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
        campaigns,
        strict,
    }
}

fn title_case(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
