//! The template contract: typed, serialisable views of the graph, borrowed from it.
//! A list page receives only its own items.

use std::collections::HashMap;

use serde::Serialize;

use crate::config::Config;
use crate::dates;
use crate::graph::{Article, PageId, Section, SiteGraph, TaxKind, Taxonomy, Term, lang_prefix};
use crate::lang::Lang;
use crate::locale::Locales;
use crate::render::results::UnitLinkView;
use crate::theme::Strings;

/// A titled link.
#[derive(Serialize)]
pub struct Link<'a> {
    pub title: &'a str,
    pub url: String,
}

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
    pub default_language: &'a str,
    pub languages: Vec<LanguageView<'a>>,
    /// Top-level sections of this language.
    pub nav: Vec<Link<'a>>,
    pub footer: FooterView<'a>,
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
    pub email: String,
}

/// One entry of the language switcher: the exact translation, or that language's home page.
#[derive(Serialize)]
pub struct SwitchView<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub locale: &'a str,
    pub url: String,
    pub current: bool,
    /// False when the page has no translation in this language and `url` is its home page.
    pub exists: bool,
}

/// A `<link rel="alternate" hreflang>`.
#[derive(Serialize)]
pub struct AlternateView<'a> {
    pub hreflang: &'a str,
    pub href: String,
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
    pub src: String,
    pub srcset: String,
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
    pub content: &'a str,
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

#[derive(Serialize)]
pub struct PagerLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

/// One page of a paginated list.
#[derive(Serialize)]
pub struct PaginatorView<'a> {
    pub items: Vec<CardView<'a>>,
    pub number: usize,
    pub total_pages: usize,
    pub total_items: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PagerLink>,
}

#[derive(Serialize)]
pub struct TaxonomyView<'a> {
    pub kind: &'static str,
    pub url: String,
    pub terms: Vec<TermLink<'a>>,
}

/// Builds views; holds what every view needs.
pub struct Views<'a> {
    pub config: &'a Config,
    pub graph: &'a SiteGraph,
    /// The theme's interface strings per language, for texts made in code (chart titles).
    pub strings: &'a HashMap<String, Strings>,
    /// How each language writes numbers and dates.
    pub locales: &'a Locales,
}

impl<'a> Views<'a> {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.config.base_path)
    }

    pub fn permalink(&self, path: &str) -> String {
        format!("{}{path}", self.config.base_url)
    }

    fn code(&self, lang: Lang) -> &'a str {
        self.config.code(lang)
    }

    pub fn site(&self, lang: Lang) -> SiteView<'a> {
        let c = self.config;
        let prefix = lang_prefix(c, lang);
        SiteView {
            title: c.text(&c.title, lang),
            description: c.description.as_ref().map_or("", |d| c.text(d, lang)),
            base_url: &c.base_url,
            root_url: &c.base_path,
            home_url: self.url(&prefix),
            feed_url: self.url(&format!("{prefix}atom.xml")),
            tags_url: self.url(&format!("{prefix}{}/", TaxKind::Tags.name())),
            categories_url: self.url(&format!("{prefix}{}/", TaxKind::Categories.name())),
            default_language: c.code(Lang::DEFAULT),
            languages: c
                .langs()
                .map(|l| LanguageView {
                    code: c.code(l),
                    name: &c.languages[l.0].name,
                    locale: &c.languages[l.0].locale,
                    home_url: self.url(&lang_prefix(c, l)),
                })
                .collect(),
            footer: FooterView {
                organisation: c.footer.organisation.as_ref().map(|t| c.text(t, lang)),
                contact: c.footer.contact.as_ref().map(|t| c.text(t, lang)),
                licence: c.footer.licence.as_ref().map(|t| c.text(t, lang)),
            },
            nav: self
                .graph
                .nav(lang)
                .map(|s| Link {
                    title: &s.title,
                    url: self.url(&s.path),
                })
                .collect(),
        }
    }

    fn term_link(&self, kind: TaxKind, lang: Lang, name: &str) -> Option<TermLink<'a>> {
        let tax = self.taxonomy(kind, lang);
        tax.term(name).map(|t| self.term_view(t))
    }

    pub fn term_view(&self, t: &'a Term) -> TermLink<'a> {
        TermLink {
            name: &t.name,
            url: self.url(&t.path),
            count: t.pages.len(),
        }
    }

    pub fn taxonomy(&self, kind: TaxKind, lang: Lang) -> &'a Taxonomy {
        self.graph
            .taxonomies
            .iter()
            .find(|t| t.kind == kind && t.lang == lang)
            .expect("every language has every taxonomy")
    }

    pub fn card(&self, id: PageId) -> CardView<'a> {
        let a: &'a Article = &self.graph.articles[id];
        let (loc, tz) = (self.locales.get(a.lang), self.config.timezone);
        CardView {
            title: &a.title,
            url: self.url(&a.path),
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
            thumbnail: a.thumbnail.as_ref().map(|(photo, alt)| {
                let small = photo.variant(crate::images::WIDTHS[0]);
                ThumbnailView {
                    src: self.url(&small.path),
                    srcset: photo
                        .variants
                        .iter()
                        .take(2)
                        .map(|v| format!("{} {}w", self.url(&v.path), v.width))
                        .collect::<Vec<_>>()
                        .join(", "),
                    width: small.width,
                    height: small.height,
                    alt,
                }
            }),
        }
    }

    pub fn article(&self, id: PageId) -> ArticleView<'a> {
        let a: &'a Article = &self.graph.articles[id];
        let section: &'a Section = &self.graph.sections[a.section];
        ArticleView {
            card: self.card(id),
            permalink: self.permalink(&a.path),
            og_image: a
                .thumbnail
                .as_ref()
                .map(|(p, _)| self.permalink(&p.variant(crate::images::OPEN_GRAPH).path)),
            content: &a.html,
            description: a.fm.description.as_deref().unwrap_or(&a.summary),
            lead: a.fm.summary.as_deref(),
            tags: a
                .fm
                .tags
                .iter()
                .filter_map(|t| self.term_link(TaxKind::Tags, a.lang, t))
                .collect(),
            unit: a.unit.map(|u| self.unit_link(u, a.lang)),
            related: self.related(id).into_iter().map(|r| self.card(r)).collect(),
            share: {
                let (url, title) = (encode(&self.permalink(&a.path)), encode(&a.title));
                ShareView {
                    facebook: format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
                    x: format!("https://x.com/intent/post?url={url}&text={title}"),
                    email: format!("mailto:?subject={title}&body={url}"),
                }
            },
            section: Link {
                title: &section.title,
                url: self.url(&section.path),
            },
            extra: &a.fm.extra,
        }
    }

    /// Articles sharing tags with `id`, most shared tags first; only the newest articles of each
    /// tag are looked at, so a tag on every article costs no more than a small one.
    fn related(&self, id: PageId) -> Vec<PageId> {
        const LOOK_AT: usize = 50;
        let a = &self.graph.articles[id];
        let tags = self.taxonomy(TaxKind::Tags, a.lang);
        let mut score: HashMap<PageId, usize> = HashMap::new();
        for term in a.fm.tags.iter().filter_map(|t| tags.term(t)) {
            for &other in term.pages.iter().take(LOOK_AT).filter(|&&o| o != id) {
                *score.entry(other).or_default() += 1;
            }
        }
        let mut ids: Vec<(PageId, usize)> = score.into_iter().collect();
        ids.sort_by(|(x, sx), (y, sy)| {
            let (ax, ay) = (&self.graph.articles[*x], &self.graph.articles[*y]);
            sy.cmp(sx)
                .then(ay.date.cmp(&ax.date))
                .then(ax.path.cmp(&ay.path))
        });
        ids.into_iter().take(3).map(|(i, _)| i).collect()
    }

    pub fn section(&self, s: &'a Section) -> SectionView<'a> {
        SectionView {
            title: &s.title,
            description: s.fm.description.as_deref().unwrap_or(""),
            content: &s.html,
            url: self.url(&s.path),
            permalink: self.permalink(&s.path),
            subsections: s
                .subsections
                .iter()
                .map(|&id| {
                    let sub = &self.graph.sections[id];
                    Link {
                        title: &sub.title,
                        url: self.url(&sub.path),
                    }
                })
                .collect(),
            campaigns: self
                .graph
                .campaigns
                .iter()
                .filter(|c| c.section[s.lang.0] == self.section_id(s))
                .map(|c| Link {
                    title: self.config.text(&c.data.name, s.lang),
                    url: self.url(&c.paths[s.lang.0]),
                })
                .collect(),
            extra: &s.fm.extra,
        }
    }

    fn section_id(&self, s: &Section) -> usize {
        self.graph
            .sections
            .iter()
            .position(|o| std::ptr::eq(o, s))
            .unwrap_or(usize::MAX)
    }

    /// Page `number` (1-based) of `items`, listed at `base` (`tin-tuc/`, then `tin-tuc/page/2/`).
    pub fn paginator(&self, items: &[PageId], base: &str, number: usize) -> PaginatorView<'a> {
        let size = self.config.paginate;
        let total_pages = items.len().div_ceil(size).max(1);
        let page_url = |n: usize| {
            if n == 1 {
                self.url(base)
            } else {
                self.url(&format!("{base}page/{n}/"))
            }
        };
        let start = (number - 1) * size;
        PaginatorView {
            items: items[start.min(items.len())..(start + size).min(items.len())]
                .iter()
                .map(|&id| self.card(id))
                .collect(),
            number,
            total_pages,
            total_items: items.len(),
            previous: (number > 1).then(|| page_url(number - 1)),
            next: (number < total_pages).then(|| page_url(number + 1)),
            pages: (1..=total_pages)
                .map(|n| PagerLink {
                    number: n,
                    url: page_url(n),
                    current: n == number,
                })
                .collect(),
        }
    }

    /// The switcher: for each language, `path_in(lang)` if the page exists there, else that home page.
    pub fn switcher(
        &self,
        current: Lang,
        path_in: impl Fn(Lang) -> Option<String>,
    ) -> Vec<SwitchView<'a>> {
        self.config
            .langs()
            .map(|l| {
                let exact = if l == current {
                    path_in(l).or_else(|| Some(String::new()))
                } else {
                    path_in(l)
                };
                SwitchView {
                    code: self.code(l),
                    name: &self.config.languages[l.0].name,
                    locale: &self.config.languages[l.0].locale,
                    exists: exact.is_some(),
                    url: self.url(&exact.unwrap_or_else(|| lang_prefix(self.config, l))),
                    current: l == current,
                }
            })
            .collect()
    }

    /// `hreflang` alternates: every existing version, plus `x-default`: the default language's
    /// version, or the first that exists.
    pub fn alternates(&self, path_in: impl Fn(Lang) -> Option<String>) -> Vec<AlternateView<'a>> {
        let mut out: Vec<AlternateView> = self
            .config
            .langs()
            .filter_map(|l| {
                path_in(l).map(|p| AlternateView {
                    hreflang: self.code(l),
                    href: self.permalink(&p),
                })
            })
            .collect();
        let fallback = path_in(Lang::DEFAULT).or_else(|| self.config.langs().find_map(&path_in));
        if let Some(p) = fallback {
            out.push(AlternateView {
                hreflang: "x-default",
                href: self.permalink(&p),
            });
        }
        out
    }
}

/// A text for a URL query: everything but unreserved characters percent-encoded.
fn encode(s: &str) -> String {
    crate::graph::encode_path(s).replace('/', "%2F")
}
