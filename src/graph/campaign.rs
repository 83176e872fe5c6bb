//! A campaign's part of the graph: the addresses of its overview, open data, unit, cluster
//! and honour pages in every language, the addresses earlier versions gave its cluster pages, and the
//! articles that name each unit.

use std::collections::HashMap;

use super::address::Address;
use super::model::{Article, CampaignNode, Intro, PageId, SectionId, SortOrder};
use super::names::{CLUSTERS_SEGMENT, Names};
use crate::config::Config;
use crate::content::parent;
use crate::data::Campaign;
use crate::lang::Lang;

/// What a campaign's node is made from besides its data.
pub struct Made<'a> {
    pub config: &'a Config,
    pub names: &'a Names<'a>,
    pub section_ids: &'a HashMap<(String, Lang), SectionId>,
    pub articles: &'a [Article],
    /// Per language: every article, newest first.
    pub latest: &'a [Vec<PageId>],
}

impl Made<'_> {
    /// Campaign `ci` with its overview at `paths` (per language) and its intro texts.
    pub fn node(
        &self,
        ci: usize,
        data: Campaign,
        paths: Vec<String>,
        intro: Vec<Option<Intro>>,
    ) -> CampaignNode {
        let config = self.config;
        let overview: Vec<Address> = paths.into_iter().map(|p| Address::new(config, p)).collect();
        let per_lang = |f: &dyn Fn(Lang, &Address) -> String| -> Vec<Address> {
            config
                .langs()
                .zip(&overview)
                .map(|(l, o)| Address::new(config, f(l, o)))
                .collect()
        };
        let segments: Vec<String> = config
            .langs()
            .map(|l| self.names.clusters_segment(l))
            .collect();
        let honours = per_lang(&|l, o| format!("{}{}/", o.path, self.names.honours_segment(l)));
        let mut unit_articles = vec![Vec::new(); data.units.len()];
        for &id in self.latest.iter().flatten() {
            if let Some((_, u)) = self.articles[id].unit.filter(|(c, _)| *c == ci) {
                unit_articles[u].push(id);
            }
        }
        let sorted = self.sorted(&data, &overview);
        CampaignNode {
            sorted,
            csv: per_lang(&|_, o| format!("{}data.csv", o.path)),
            json: per_lang(&|_, o| format!("{}data.json", o.path)),
            honours_csv: per_lang(&|_, o| format!("{}honours.csv", o.path)),
            honours_json: per_lang(&|_, o| format!("{}honours.json", o.path)),
            honours,
            honours_title: config.langs().map(|l| self.names.honour_roll(l)).collect(),
            units: data
                .units
                .iter()
                .map(|u| per_lang(&|_, o| format!("{}{}/", o.path, u.slug)))
                .collect(),
            clusters: data
                .clusters
                .iter()
                .map(|c| per_lang(&|l, o| format!("{}{}/{}/", o.path, segments[l.0], c.slug)))
                .collect(),
            old_clusters: data
                .clusters
                .iter()
                .map(|c| {
                    config
                        .langs()
                        .zip(&overview)
                        .map(|(l, o)| {
                            (segments[l.0] != CLUSTERS_SEGMENT).then(|| {
                                let path = format!("{}{CLUSTERS_SEGMENT}/{}/", o.path, c.slug);
                                Address::new(config, path)
                            })
                        })
                        .collect()
                })
                .collect(),
            section: config
                .langs()
                .map(|l| self.section_ids[&(parent(&data.dir).to_owned(), l)])
                .collect(),
            overview,
            intro,
            unit_articles,
            data,
        }
    }
}

impl Made<'_> {
    /// The orders `data`'s ranking can be read in besides by rank, and their pages: by name;
    /// by percent of target when some unit has one; by each other metric some unit reports.
    fn sorted(&self, data: &Campaign, overview: &[Address]) -> Vec<(SortOrder, Vec<Address>)> {
        let by = data.rank_by;
        let mut orders = vec![SortOrder::Name];
        if data.units.iter().any(|u| u.percent[by].is_some()) {
            orders.push(SortOrder::Percent);
        }
        let metrics = data.shown_metrics().into_iter().filter(|&m| m != by);
        orders.extend(metrics.map(SortOrder::Metric));
        let segments: Vec<[String; 3]> = self
            .config
            .langs()
            .map(|l| self.names.sort_segments(l))
            .collect();
        orders
            .into_iter()
            .map(|order| {
                let addresses = self
                    .config
                    .langs()
                    .zip(overview)
                    .map(|(l, o)| {
                        let [sort, name, percent] = &segments[l.0];
                        // A metric's id is any YAML key: made safe for an address.
                        let last = match order {
                            SortOrder::Name => name.clone(),
                            SortOrder::Percent => percent.clone(),
                            SortOrder::Metric(m) => {
                                let slug = crate::text::slugify(&data.metrics[m].id);
                                if slug.is_empty() {
                                    format!("metric-{m}")
                                } else {
                                    slug
                                }
                            }
                        };
                        Address::new(self.config, format!("{}{sort}/{last}/", o.path))
                    })
                    .collect();
                (order, addresses)
            })
            .collect()
    }
}
