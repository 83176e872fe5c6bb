//! The template contract: typed, serialisable views of the graph, borrowed from it.
//! A list page receives only its own items.

use std::cmp::Reverse;

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::results::UnitLinkView;
use super::views::{Link, Views};
use crate::config::HeaderImage;
use crate::dates;
use crate::graph::{Article, PageId, Section, TaxKind, Term};
use crate::lang::Lang;
use crate::text::{encode_component, encode_path};

#[derive(Serialize)]
pub struct LanguageView<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub locale: &'a str,
    pub home_url: String,
}

/// What every page knows of the site, in the page's language.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub base_url: &'a str,
    /// The site's root path (`/` or `/sub/`), for theme files: `{{ site.root_url }}style.css`.
    pub root_url: &'a str,
    pub home_url: String,
    pub feed_url: String,
    pub tags_url: String,
    pub categories_url: String,
    /// The search page of this language; empty when the site has none (`search: false`).
    pub search_url: String,
    pub default_language: &'a str,
    pub languages: Vec<LanguageView<'a>>,
    /// Top-level sections of this language.
    pub nav: Vec<Link<'a>>,
    pub footer: FooterView<'a>,
    /// site.yaml's `logo:` and `banner:`, shown in the header.
    pub logo: Option<HeaderImageView>,
    pub banner: Option<HeaderImageView>,
}

/// An image of `static/` in the header: its address and, when the file says it, its size.
#[derive(Serialize)]
pub struct HeaderImageView {
    pub src: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

impl HeaderImageView {
    fn new(image: &HeaderImage, root: &str) -> HeaderImageView {
        HeaderImageView {
            src: format!("{root}{}", encode_path(&image.path)),
            width: image.size.map(|s| s.0),
            height: image.size.map(|s| s.1),
        }
    }
}

/// The footer's texts from site.yaml, in the page's language.
#[derive(Serialize)]
pub struct FooterView<'a> {
    pub organisation: Option<&'a str>,
    pub contact: Option<&'a str>,
    pub licence: Option<&'a str>,
}

/// Plain links that share a page: no script, no request until the reader follows one.
#[derive(Serialize)]
pub struct ShareView {
    pub facebook: String,
    pub x: String,
    /// Zalo's web share page (`sp.zalo.me/share_inline`), a link like the others: no script
    /// or image of Zalo's on the page.
    pub zalo: String,
    pub email: String,
}

/// A term of a taxonomy as a link.
#[derive(Serialize)]
pub struct TermLink<'a> {
    pub name: &'a str,
    pub url: String,
    pub count: usize,
}

/// An article as shown in lists.
#[derive(Serialize)]
pub struct CardView<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: String,
    pub date_short: String,
    pub date_long: String,
    pub author: Option<&'a str>,
    pub summary: &'a str,
    pub category: Option<TermLink<'a>>,
    /// The article's first photo (or `image:`) in a small size, for lists.
    pub thumbnail: Option<ThumbnailView<'a>>,
}

/// A photo shown small: its address, its sizes for `srcset`, and its alt text.
#[derive(Serialize)]
pub struct ThumbnailView<'a> {
    pub src: &'a str,
    pub srcset: &'a str,
    pub width: u32,
    pub height: u32,
    pub alt: &'a str,
}

/// An article on its own page.
#[derive(Serialize)]
pub struct ArticleView<'a> {
    #[serde(flatten)]
    pub card: CardView<'a>,
    pub permalink: String,
    /// The full address of the 1200 px photo for Open Graph, when the article has a photo.
    pub og_image: Option<String>,
    pub content: std::borrow::Cow<'a, str>,
    pub description: &'a str,
    /// The front matter's `summary:`, shown above the body; absent when the summary is the first paragraph.
    pub lead: Option<&'a str>,
    pub tags: Vec<TermLink<'a>>,
    /// The results unit the article reports on, with its key figures.
    pub unit: Option<UnitLinkView<'a>>,
    /// Up to three articles of the same language sharing the most tags, newest first on a tie.
    pub related: Vec<CardView<'a>>,
    pub share: ShareView,
    pub section: Link<'a>,
    pub extra: &'a serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
pub struct SectionView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub content: &'a str,
    pub url: String,
    pub permalink: String,
    pub subsections: Vec<Link<'a>>,
    /// Campaigns whose results this section lists.
    pub campaigns: Vec<Link<'a>>,
    pub extra: &'a serde_json::Map<String, serde_json::Value>,
}

/// Where a page at an old address now lives (`redirect.html`).
#[derive(Serialize)]
pub struct RedirectView<'a> {
    pub url: &'a str,
    pub permalink: &'a str,
}

#[derive(Serialize)]
pub struct TaxonomyView<'a> {
    pub kind: &'static str,
    pub url: String,
    pub terms: Vec<TermLink<'a>>,
}

impl<'a> Views<'a> {
    pub fn site(&self, lang: Lang) -> SiteView<'a> {
        let (c, g) = (self.config, self.graph);
        SiteView {
            title: c.text(&c.title, lang),
            description: c.description.as_ref().map_or("", |d| c.text(d, lang)),
            base_url: &c.base_url,
            root_url: &c.base_path,
            home_url: g.home(lang).url.clone(),
            feed_url: g.feeds[lang.0].url.clone(),
            tags_url: g.taxonomy(TaxKind::Tags, lang).address.url.clone(),
            categories_url: g.taxonomy(TaxKind::Categories, lang).address.url.clone(),
            search_url: match c.search {
                true => g.search[lang.0].url.clone(),
                false => String::new(),
            },
            default_language: c.code(Lang::DEFAULT),
            languages: c
                .langs()
                .map(|l| LanguageView {
                    code: c.code(l),
                    name: &c.languages[l.0].name,
                    locale: &c.languages[l.0].locale,
                    home_url: g.home(l).url.clone(),
                })
                .collect(),
            footer: FooterView {
                organisation: c.footer.organisation.as_ref().map(|t| c.text(t, lang)),
                contact: c.footer.contact.as_ref().map(|t| c.text(t, lang)),
                licence: c.footer.licence.as_ref().map(|t| c.text(t, lang)),
            },
            logo: c
                .logo
                .as_ref()
                .map(|i| HeaderImageView::new(i, &c.base_path)),
            banner: c
                .banner
                .as_ref()
                .map(|i| HeaderImageView::new(i, &c.base_path)),
            nav: self
                .graph
                .nav(lang)
                .map(|s| Link {
                    title: &s.title,
                    url: s.address.url.clone(),
                })
                .collect(),
        }
    }

    fn term_link(&self, kind: TaxKind, lang: Lang, name: &str) -> Option<TermLink<'a>> {
        let tax = self.graph.taxonomy(kind, lang);
        tax.term(name).map(|t| self.term_view(t))
    }

    pub fn term_view(&self, t: &'a Term) -> TermLink<'a> {
        TermLink {
            name: &t.name,
            url: t.address.url.clone(),
            count: t.pages.len(),
        }
    }

    pub fn card(&self, id: PageId) -> CardView<'a> {
        let a: &'a Article = &self.graph.articles[id];
        let (loc, tz) = (self.locales.get(a.lang), self.config.timezone);
        CardView {
            title: &a.title,
            url: a.address.url.clone(),
            date: a.date.to_rfc3339(),
            date_short: dates::format_short(&a.date, loc, tz),
            date_long: if a.fm.date_only {
                dates::format_short(&a.date, loc, tz)
            } else {
                dates::format_long(&a.date, loc, tz)
            },
            author: a.fm.author.as_deref(),
            summary: &a.summary,
            category: a
                .fm
                .category
                .as_deref()
                .and_then(|c| self.term_link(TaxKind::Categories, a.lang, c)),
            thumbnail: a.thumbnail.as_ref().map(|t| {
                let small = t.photo.variant(crate::images::WIDTHS[0]);
                ThumbnailView {
                    src: &t.src,
                    srcset: &t.srcset,
                    width: small.width,
                    height: small.height,
                    alt: &t.alt,
                }
            }),
        }
    }

    /// The view of article `id`; an error when its body cannot be read back from the store.
    pub fn article(&self, id: PageId) -> std::io::Result<ArticleView<'a>> {
        let a: &'a Article = &self.graph.articles[id];
        let section: &'a Section = &self.graph.sections[a.section];
        Ok(ArticleView {
            card: self.card(id),
            permalink: a.address.permalink.clone(),
            og_image: a.thumbnail.as_ref().map(|t| t.og_image.clone()),
            content: self.graph.store.get(&a.html)?,
            description: a.fm.description.as_deref().unwrap_or(&a.summary),
            // The front matter's summary, with the figures it quotes written in.
            lead: a.fm.summary.as_ref().map(|_| a.summary.as_str()),
            tags: a
                .fm
                .tags
                .iter()
                .filter_map(|t| self.term_link(TaxKind::Tags, a.lang, t))
                .collect(),
            unit: a.unit.map(|u| self.unit_link(u, a.lang)),
            related: self.related(id).into_iter().map(|r| self.card(r)).collect(),
            share: {
                let (url, title) = (
                    encode_component(&a.address.permalink),
                    encode_component(&a.title),
                );
                ShareView {
                    facebook: format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
                    x: format!("https://x.com/intent/post?url={url}&text={title}"),
                    zalo: format!("https://sp.zalo.me/share_inline?url={url}"),
                    email: format!("mailto:?subject={title}&body={url}"),
                }
            },
            section: Link {
                title: &section.title,
                url: section.address.url.clone(),
            },
            extra: &a.fm.extra,
        })
    }

    /// Articles sharing tags with `id`, most shared tags first; only the newest articles of each
    /// tag are looked at, so a tag on every article costs no more than a small one.
    fn related(&self, id: PageId) -> Vec<PageId> {
        const LOOK_AT: usize = 50;
        const SHOWN: usize = 3;
        let a = &self.graph.articles[id];
        let tags = self.graph.taxonomy(TaxKind::Tags, a.lang);
        let mut score: FxHashMap<PageId, usize> = FxHashMap::default();
        for term in a.fm.tags.iter().filter_map(|t| tags.term(t)) {
            for &other in term.pages.iter().take(LOOK_AT).filter(|&&o| o != id) {
                *score.entry(other).or_default() += 1;
            }
        }
        // Most shared tags first, then newest (the place in `latest` orders by date, then path).
        let place = &self.graph.place;
        let mut ids: Vec<(Reverse<usize>, u32, PageId)> = score
            .into_iter()
            .map(|(other, n)| (Reverse(n), place[other], other))
            .collect();
        ids.sort_unstable();
        ids.into_iter().take(SHOWN).map(|(_, _, i)| i).collect()
    }

    pub fn section(&self, s: &'a Section) -> SectionView<'a> {
        SectionView {
            title: &s.title,
            description: s.fm.description.as_deref().unwrap_or(""),
            content: &s.html,
            url: s.address.url.clone(),
            permalink: s.address.permalink.clone(),
            subsections: s
                .subsections
                .iter()
                .map(|&id| {
                    let sub = &self.graph.sections[id];
                    Link {
                        title: &sub.title,
                        url: sub.address.url.clone(),
                    }
                })
                .collect(),
            campaigns: s
                .campaigns
                .iter()
                .map(|&c| {
                    let c = &self.graph.campaigns[c];
                    Link {
                        title: self.config.text(&c.data.name, s.lang),
                        url: c.overview[s.lang.0].url.clone(),
                    }
                })
                .collect(),
            extra: &s.fm.extra,
        }
    }
}
