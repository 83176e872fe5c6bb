//! The page graph: every page of every language with its URL, translations, lists and terms.
//! Built by four stages (front matter -> routes -> bodies -> freeze), then frozen and shared by
//! the parallel render.

pub mod address;
pub mod bodies;
mod campaign;
pub mod figures;
pub mod freeze;
pub mod front;
pub mod model;
pub mod names;
mod order;
mod owners;
pub mod pages;
pub mod routes;
pub mod store;
pub mod taxonomy;
mod unit_ref;

pub use address::{Address, lang_prefix};
pub use model::{
    Article, CampaignNode, Intro, Page, PageId, PageKind, PublishedAsset, Section, SectionId,
    SiteGraph, SortOrder, TaxKind, Taxonomy, Term, Thumbnail,
};
pub use names::Names;

#[cfg(test)]
mod tests;
