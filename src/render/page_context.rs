//! What each page's template receives besides what every page receives: its section and
//! list, its article, its taxonomy or term, its campaign's results, or where it redirects.

use tera::Context;

use super::context;
use super::views::Views;
use crate::graph::{Page, PageKind};

/// What a page's template receives besides what every page receives; an error when an
/// article's body cannot be read back from the build's store.
pub(super) fn page_context(views: &Views, page: &Page) -> std::io::Result<Context> {
    let (config, graph) = (views.config, views.graph);
    let mut ctx = Context::new();
    match page.kind {
        PageKind::Home(id) => {
            let s = &graph.sections[id];
            let latest = &graph.latest[s.lang.0];
            ctx.insert("section", &views.section(s));
            let first = &latest[..latest.len().min(config.paginate)];
            ctx.insert("paginator", &views.paginator(first, &s.address, 1));
            if let Some(node) = graph.campaigns.first() {
                ctx.insert("campaign", &views.campaign(node, s.lang));
            }
        }
        PageKind::Section { id, number } => {
            let s = &graph.sections[id];
            ctx.insert("section", &views.section(s));
            ctx.insert("paginator", &views.paginator(&s.pages, &s.address, number));
        }
        PageKind::Article(id) => ctx.insert("page", &views.article(id)?),
        PageKind::Taxonomy(tax) => {
            let t = &graph.taxonomies[tax];
            ctx.insert(
                "taxonomy",
                &context::TaxonomyView {
                    kind: t.kind.name(),
                    url: t.address.url.clone(),
                    terms: t.terms.iter().map(|term| views.term_view(term)).collect(),
                },
            );
        }
        PageKind::Term { tax, term, number } => {
            let t = &graph.taxonomies[tax];
            let tm = &t.terms[term];
            ctx.insert(
                "taxonomy",
                &context::TaxonomyView {
                    kind: t.kind.name(),
                    url: t.address.url.clone(),
                    terms: Vec::new(),
                },
            );
            ctx.insert("term", &views.term_view(tm));
            ctx.insert(
                "paginator",
                &views.paginator(&tm.pages, &tm.address, number),
            );
        }
        PageKind::Campaign(_)
        | PageKind::Unit { .. }
        | PageKind::Cluster { .. }
        | PageKind::Honours(_)
        | PageKind::Sorted { .. } => results_context(views, page, &mut ctx),
        PageKind::NotFound => {}
        PageKind::Search => ctx.insert("search_index", &graph.search_index[page.lang.0].url),
        PageKind::Redirect { to } => {
            let address = &graph.pages[to].address;
            ctx.insert(
                "redirect",
                &context::RedirectView {
                    url: &address.url,
                    permalink: &address.permalink,
                },
            );
        }
    }
    Ok(ctx)
}

/// What a results page's template receives: its campaign, and its unit, cluster, honour roll
/// or ranking in another order.
fn results_context(views: &Views, page: &Page, ctx: &mut Context) {
    let graph = views.graph;
    match page.kind {
        PageKind::Campaign(c) => {
            ctx.insert("campaign", &views.campaign(&graph.campaigns[c], page.lang));
        }
        PageKind::Unit { c, u } => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign_link(node, page.lang));
            ctx.insert("unit", &views.unit(c, u, page.lang));
        }
        PageKind::Cluster { c, cl } => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign_link(node, page.lang));
            ctx.insert("cluster", &views.cluster(node, cl, page.lang));
        }
        PageKind::Honours(c) => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign_link(node, page.lang));
            ctx.insert("honours", &views.honours(node, page.lang));
        }
        PageKind::Sorted { c, s } => {
            let node = &graph.campaigns[c];
            ctx.insert("campaign", &views.campaign_link(node, page.lang));
            ctx.insert("sorted", &views.sorted(node, s, page.lang));
        }
        _ => {}
    }
}
