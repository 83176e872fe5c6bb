//! The graph stage: routes and rendered bodies put together into the immutable `SiteGraph`,
//! each value made complete (lists, parents, translations, addresses) when it is made.

use std::collections::HashMap;

use super::address::{Address, lang_prefix};
use super::bodies::{Body, is_photo};
use super::front::ParsedDoc;
use super::model::{
    Article, CampaignNode, Intro, PageId, PublishedAsset, Section, SectionId, SiteGraph, Thumbnail,
};
use super::names::Names;
use super::order::{latest, section_lists};
use super::routes::Routes;
use super::store::Store;
use super::{campaign, pages, taxonomy};
use crate::config::Config;
use crate::content::{Asset, DocKind, parent};
use crate::data::Campaign;
use crate::images::{OPEN_GRAPH, Photo, WIDTHS};
use crate::lang::Lang;

/// The rendered files, sorted by what they are to the site.
struct Sorted {
    intros: Vec<Vec<Option<Intro>>>,
    /// (folder, language) -> the `_index` file and its body.
    sections: HashMap<(String, Lang), (ParsedDoc, Body)>,
    /// Articles with their URL path and unit, in the routes' order.
    articles: Vec<ArticleDoc>,
}

/// An article's file, its body, its URL path and the unit it names.
type ArticleDoc = (ParsedDoc, Body, String, Option<(usize, usize)>);

/// Puts everything together into the immutable graph; files without a page of their own (their
/// route failed, reported) are left out.
pub fn freeze(
    config: &Config,
    routes: Routes,
    bodies: Vec<Body>,
    assets: &[Asset],
    campaigns: Vec<Campaign>,
    (names, store): (&Names, Store),
) -> SiteGraph {
    let (docs, mut bodies) = with_pages(routes.docs, bodies);
    let section_ids: HashMap<(String, Lang), SectionId> = routes
        .sections
        .iter()
        .enumerate()
        .map(|(id, (dir, lang, _))| ((dir.clone(), *lang), id))
        .collect();
    let photos = shown_photos(&mut bodies);
    let sorted = sort(config, docs, bodies, campaigns.len());
    let published = published_assets(assets, &sorted.articles);
    let articles = articles(config, sorted.articles, &section_ids);
    let (latest, place) = latest(config, &articles);
    let made = campaign::Made {
        config,
        names,
        section_ids: &section_ids,
        articles: &articles,
        latest: &latest,
    };
    let campaigns: Vec<CampaignNode> = campaigns
        .into_iter()
        .zip(routes.campaign_paths)
        .zip(sorted.intros)
        .enumerate()
        .map(|(ci, ((data, paths), intro))| made.node(ci, data, paths, intro))
        .collect();
    let lists = section_lists(routes.sections.len(), &articles, &latest);
    let sections = sections(
        config,
        routes.sections,
        sorted.sections,
        &section_ids,
        lists,
        &campaigns,
        names,
    );
    let homes: Vec<SectionId> = config
        .langs()
        .map(|l| section_ids[&(String::new(), l)])
        .collect();
    let taxonomies = taxonomy::build(config, &articles, &latest);
    let search = search_pages(config, names);
    let pages = pages::list(
        config,
        &pages::Parts {
            articles: &articles,
            sections: &sections,
            taxonomies: &taxonomies,
            campaigns: &campaigns,
            search: &search,
        },
    );
    SiteGraph {
        feeds: homes
            .iter()
            .map(|&h| sections[h].address.join(config, "atom.xml"))
            .collect(),
        sitemap: Address::new(config, "sitemap.xml".to_owned()),
        search_index: search_indexes(config),
        search,
        articles,
        sections,
        taxonomies,
        assets: published,
        latest,
        place,
        homes,
        campaigns,
        pages,
        photos,
        drafts: routes.drafts,
        store,
    }
}

/// Per language, the search page's address: `tim-kiem/`, `en/search/`.
fn search_pages(config: &Config, names: &Names) -> Vec<Address> {
    config
        .langs()
        .map(|l| {
            let path = format!("{}{}/", lang_prefix(config, l), names.search_segment(l));
            Address::new(config, path)
        })
        .collect()
}

/// Per language, the folder of its search index: `search-index/vi/`.
fn search_indexes(config: &Config) -> Vec<Address> {
    config
        .langs()
        .map(|l| Address::new(config, format!("search-index/{}/", config.code(l))))
        .collect()
}

/// The files that have a page of their own, with their bodies.
fn with_pages(
    docs: Vec<super::routes::RoutedDoc>,
    bodies: Vec<Body>,
) -> (Vec<super::routes::RoutedDoc>, Vec<Body>) {
    docs.into_iter()
        .zip(bodies)
        .filter(|(d, _)| d.has_page)
        .unzip()
}

/// The photos the pages show, each once, in the order of their published names.
fn shown_photos(bodies: &mut [Body]) -> Vec<Photo> {
    let mut photos: Vec<Photo> = bodies
        .iter_mut()
        .flat_map(|b| std::mem::take(&mut b.photos))
        .collect();
    photos.sort_by(|a, b| a.variants[0].path.cmp(&b.variants[0].path));
    photos.dedup();
    photos
}

/// Splits the rendered files into campaign intros, section texts and articles.
fn sort(
    config: &Config,
    docs: Vec<super::routes::RoutedDoc>,
    bodies: Vec<Body>,
    n: usize,
) -> Sorted {
    let mut sorted = Sorted {
        intros: vec![vec![None; config.languages.len()]; n],
        sections: HashMap::new(),
        articles: Vec::new(),
    };
    for (routed, body) in docs.into_iter().zip(bodies) {
        let doc = routed.doc;
        match (routed.campaign, doc.src.kind) {
            (Some(c), DocKind::Section) => {
                sorted.intros[c][doc.src.lang.0] = Some(Intro {
                    title: doc.fm.title.clone(),
                    html: body.html.into_held(),
                    text: body.text.into_held(),
                    fm: doc.fm,
                });
            }
            (Some(_), DocKind::Article) => {}
            (None, DocKind::Section) => {
                let key = (doc.src.section_dir.clone(), doc.src.lang);
                sorted.sections.insert(key, (doc, body));
            }
            (None, DocKind::Article) => sorted.articles.push((doc, body, routed.path, routed.unit)),
        }
    }
    sorted
}

/// Files published as they are: non-photo files of `content/`, and of each article's bundle
/// below the article's address. Photos are published only as their processed variants, which
/// carry no camera metadata (place, owner, description); the originals stay in the sources.
fn published_assets(assets: &[Asset], articles: &[ArticleDoc]) -> Vec<PublishedAsset> {
    let mut out: Vec<PublishedAsset> = assets
        .iter()
        .filter(|a| a.bundle.is_none() && !is_photo(&a.rel))
        .map(|a| PublishedAsset {
            from: a.fs_path.clone(),
            to: a.rel.clone(),
        })
        .collect();
    for (doc, _, path, _) in articles {
        let Some(b) = &doc.src.bundle else { continue };
        for a in assets
            .iter()
            .filter(|a| a.bundle.as_deref() == Some(b) && !is_photo(&a.rel))
        {
            out.push(PublishedAsset {
                from: a.fs_path.clone(),
                to: format!("{path}{}", &a.rel[b.len() + 1..]),
            });
        }
    }
    out.sort_by(|a, b| a.to.cmp(&b.to));
    out
}

fn articles(
    config: &Config,
    docs: Vec<ArticleDoc>,
    section_ids: &HashMap<(String, Lang), SectionId>,
) -> Vec<Article> {
    let mut groups: HashMap<&str, Vec<(Lang, PageId)>> = HashMap::new();
    for (id, (doc, ..)) in docs.iter().enumerate() {
        groups
            .entry(doc.src.key.as_str())
            .or_default()
            .push((doc.src.lang, id));
    }
    let translations: Vec<Vec<PageId>> = docs
        .iter()
        .enumerate()
        .map(|(id, (doc, ..))| {
            let mut t = groups[doc.src.key.as_str()].clone();
            t.retain(|&(_, o)| o != id);
            t.sort_by_key(|&(l, _)| l);
            t.into_iter().map(|(_, o)| o).collect()
        })
        .collect();
    docs.into_iter()
        .zip(translations)
        .map(|((doc, body, path, unit), translations)| Article {
            lang: doc.src.lang,
            section: section_ids[&(doc.src.section_dir.clone(), doc.src.lang)],
            key: doc.src.key,
            source: doc.src.shown,
            title: doc.fm.title.clone().unwrap_or_default(),
            date: doc
                .fm
                .date
                .expect("every article has a date after the front matter stage"),
            fm: doc.fm,
            address: Address::new(config, path),
            html: body.html,
            text: body.text,
            summary: body.summary,
            translations,
            unit,
            thumbnail: body
                .thumbnail
                .map(|(photo, alt)| thumbnail(config, photo, alt)),
        })
        .collect()
}

fn thumbnail(config: &Config, photo: Photo, alt: String) -> Thumbnail {
    let url = |path: &str| Address::new(config, path.to_owned()).url;
    Thumbnail {
        src: url(&photo.variant(WIDTHS[0]).path),
        srcset: photo
            .variants
            .iter()
            .take(2)
            .map(|v| format!("{} {}w", url(&v.path), v.width))
            .collect::<Vec<_>>()
            .join(", "),
        og_image: Address::new(config, photo.variant(OPEN_GRAPH).path.clone()).permalink,
        photo,
        alt,
    }
}

fn sections(
    config: &Config,
    routed: Vec<(String, Lang, String)>,
    mut texts: HashMap<(String, Lang), (ParsedDoc, Body)>,
    section_ids: &HashMap<(String, Lang), SectionId>,
    lists: Vec<Vec<PageId>>,
    campaigns: &[CampaignNode],
    names: &Names,
) -> Vec<Section> {
    let parents: Vec<Option<SectionId>> = routed
        .iter()
        .map(|(dir, lang, _)| {
            (!dir.is_empty()).then(|| section_ids[&(parent(dir).to_owned(), *lang)])
        })
        .collect();
    routed
        .into_iter()
        .zip(lists)
        .enumerate()
        .map(|(id, ((dir, lang, path), pages))| {
            let text = texts.remove(&(dir.clone(), lang));
            let name = dir.rsplit('/').next().unwrap_or(&dir);
            let title = match text.as_ref().and_then(|(d, _)| d.fm.title.clone()) {
                Some(t) => t,
                None if dir.is_empty() => config.text(&config.title, lang).to_owned(),
                None => names
                    .section_title(lang, name)
                    .map_or_else(|| title_case(name), str::to_owned),
            };
            let (source, fm, body) = match text {
                Some((doc, body)) => (Some(doc.src.shown), doc.fm, Some(body)),
                None => (None, Default::default(), None),
            };
            let (html, text) = body.map_or_else(Default::default, |b| {
                (b.html.into_held(), b.text.into_held())
            });
            Section {
                pages,
                subsections: (0..parents.len())
                    .filter(|&s| parents[s] == Some(id))
                    .collect(),
                parent: parents[id],
                translations: config
                    .langs()
                    .filter(|&l| l != lang)
                    .filter_map(|l| section_ids.get(&(dir.clone(), l)).copied())
                    .collect(),
                campaigns: campaigns_newest_first(campaigns)
                    .into_iter()
                    .filter(|&c| campaigns[c].section[lang.0] == id)
                    .collect(),
                address: Address::new(config, path),
                lang,
                dir,
                source,
                fm,
                title,
                html,
                text,
            }
        })
        .collect()
}

fn title_case(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The campaigns, newest first: by their last day (else their first), then by folder.
pub fn campaigns_newest_first(campaigns: &[CampaignNode]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..campaigns.len()).collect();
    let day = |c: usize| campaigns[c].data.end.or(campaigns[c].data.start);
    order.sort_by(|&a, &b| day(b).cmp(&day(a)).then(a.cmp(&b)));
    order
}
