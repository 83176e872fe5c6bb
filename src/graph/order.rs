//! The order of lists: every article of a language newest first (then by address, so equal
//! dates keep one order), which sections, terms and feeds list in, and each article's place in it.

use super::model::{Article, PageId};
use crate::config::Config;

/// Per language, every article newest first; and each article's place in its language's list.
pub(super) fn latest(config: &Config, articles: &[Article]) -> (Vec<Vec<PageId>>, Vec<u32>) {
    let latest: Vec<Vec<PageId>> = config
        .langs()
        .map(|l| {
            newest_first(
                articles,
                (0..articles.len()).filter(|&i| articles[i].lang == l),
            )
        })
        .collect();
    let mut place = vec![0; articles.len()];
    for list in &latest {
        for (n, &id) in list.iter().enumerate() {
            place[id] = n as u32;
        }
    }
    (latest, place)
}

/// Each of `n` sections' articles in `latest` order: newest first without sorting again.
pub(super) fn section_lists(
    n: usize,
    articles: &[Article],
    latest: &[Vec<PageId>],
) -> Vec<Vec<PageId>> {
    let mut lists = vec![Vec::new(); n];
    for &id in latest.iter().flatten() {
        lists[articles[id].section].push(id);
    }
    lists
}

/// `ids` sorted newest first (then by address, so equal dates keep one order).
fn newest_first(articles: &[Article], ids: impl Iterator<Item = PageId>) -> Vec<PageId> {
    let mut ids: Vec<PageId> = ids.collect();
    ids.sort_by(|&a, &b| {
        let (a, b) = (&articles[a], &articles[b]);
        b.date
            .cmp(&a.date)
            .then_with(|| a.address.path.cmp(&b.address.path))
    });
    ids
}
