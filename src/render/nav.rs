//! Finding one's way between pages: the language switcher, `hreflang` alternates and the
//! pages of a list, read from the graph's page list.

use serde::Serialize;

use super::context::CardView;
use super::views::Views;
use crate::graph::{Address, Page, PageId};
use crate::lang::Lang;

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

/// A page of a list in its pager; `gap` stands for the pages left out between two shown.
#[derive(Serialize)]
pub struct PagerLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    pub gap: bool,
}

/// How many pages the pager shows on each side of the current one (besides the first and last):
/// a list of 500 pages links to 7 of them, not to all 500 from each.
const PAGER_AROUND: usize = 2;

/// The page numbers the pager of page `number` of `total` shows, in order, with a gap (None)
/// where pages are left out: 1 … 7 8 [9] 10 11 … 500.
fn pager_numbers(number: usize, total: usize) -> Vec<Option<usize>> {
    let near = |n: usize| n.abs_diff(number) <= PAGER_AROUND;
    let shown = (1..=total).filter(|&n| n == 1 || n == total || near(n));
    let mut out: Vec<Option<usize>> = Vec::new();
    let mut last = 0;
    for n in shown {
        // A gap of one page shows that page instead.
        match n - last {
            1 => {}
            2 => out.push(Some(n - 1)),
            _ => out.push(None),
        }
        out.push(Some(n));
        last = n;
    }
    out
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

impl<'a> Views<'a> {
    /// Page `number` (1-based) of `items`, listed at `base` (`tin-tuc/`, then `tin-tuc/page/2/`).
    pub fn paginator(&self, items: &[PageId], base: &Address, number: usize) -> PaginatorView<'a> {
        let size = self.config.paginate;
        let total_pages = items.len().div_ceil(size).max(1);
        let page_url = |n: usize| base.page(self.config, n).url;
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
            pages: pager_numbers(number, total_pages)
                .into_iter()
                .map(|n| match n {
                    Some(n) => PagerLink {
                        number: n,
                        url: page_url(n),
                        current: n == number,
                        gap: false,
                    },
                    None => PagerLink {
                        number: 0,
                        url: String::new(),
                        current: false,
                        gap: true,
                    },
                })
                .collect(),
        }
    }

    /// The switcher: for each language, the page there if it exists, else that language's home.
    pub fn switcher(&self, page: &Page) -> Vec<SwitchView<'a>> {
        let graph = self.graph;
        self.config
            .langs()
            .map(|l| {
                let exact = page.translations[l.0].map(|i| &graph.pages[i].address.url);
                let current = l == page.lang;
                SwitchView {
                    code: self.code(l),
                    name: &self.config.languages[l.0].name,
                    locale: &self.config.languages[l.0].locale,
                    exists: exact.is_some() || current,
                    url: match exact {
                        Some(url) => url.clone(),
                        // A page in no language (404) leads to the site's root.
                        None if current => self.config.base_path.clone(),
                        None => graph.home(l).url.clone(),
                    },
                    current,
                }
            })
            .collect()
    }

    /// `hreflang` alternates: every existing version, plus `x-default`: the default language's
    /// version, or the first that exists.
    pub fn alternates(&self, page: &Page) -> Vec<AlternateView<'a>> {
        let graph = self.graph;
        let permalink = |i: usize| graph.pages[i].address.permalink.clone();
        let mut out: Vec<AlternateView> = self
            .config
            .langs()
            .filter_map(|l| {
                page.alternates[l.0].map(|i| AlternateView {
                    hreflang: self.code(l),
                    href: permalink(i),
                })
            })
            .collect();
        let fallback =
            page.alternates[Lang::DEFAULT.0].or_else(|| page.alternates.iter().find_map(|v| *v));
        if let Some(i) = fallback {
            out.push(AlternateView {
                hreflang: "x-default",
                href: permalink(i),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::pager_numbers;

    #[test]
    fn a_long_list_links_its_first_and_last_pages_and_those_near_the_current_one() {
        let shown = |number, total| -> Vec<String> {
            pager_numbers(number, total)
                .into_iter()
                .map(|n| n.map_or("…".to_owned(), |n| n.to_string()))
                .collect()
        };
        assert_eq!(
            shown(9, 500),
            ["1", "…", "7", "8", "9", "10", "11", "…", "500"]
        );
        assert_eq!(shown(1, 3), ["1", "2", "3"]);
        assert_eq!(shown(5, 9), ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
        assert_eq!(shown(5, 10), ["1", "2", "3", "4", "5", "6", "7", "…", "10"]);
        assert_eq!(shown(500, 500), ["1", "…", "498", "499", "500"]);
        assert_eq!(shown(1, 1), ["1"]);
    }
}
