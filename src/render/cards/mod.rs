//! Share cards: the 1200x630 picture a shared link shows (Open Graph, Twitter), one per
//! campaign overview, unit and article page in each language. The theme's `card.svg` template
//! writes each card as SVG (`view.rs` says what it receives), resvg draws it with the theme's
//! own fonts (`fonts.rs`), and the PNG is named by a digest of what it was drawn from, kept in
//! `.cache/cards/` so that a card is drawn once and a second build copies it (`draw.rs`).

mod draw;
mod fonts;
mod hash;
mod maker;
mod view;
mod wrap;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::templates::Templates;
use super::views::Views;
use crate::diagnostics::Diagnostic;
use crate::graph::{Address, Page};
pub use draw::{Todo, draw};
pub use fonts::Fonts;
pub use maker::Maker;
pub use view::{HEIGHT, WIDTH};

/// Changing how cards are drawn changes this, so that cards drawn before are not used.
const VERSION: &str = "cards v1 rgb png sub";
/// The template of every card.
pub const TEMPLATE: &str = "card.svg";

/// `card` in a page's context: the address of its card and what it shows.
#[derive(Serialize, Clone)]
pub struct CardRef {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// The cards of a render: each page's card (in the order of the pages), the cards to draw,
/// and the problems of the template.
pub struct Plan {
    pub refs: Vec<Option<CardRef>>,
    pub todo: Vec<Todo>,
    pub errors: Vec<Diagnostic>,
}

/// Writes the card of every page that has one through the theme's `card.svg`, in parallel;
/// nothing is drawn yet. A page whose card the template cannot write has none, and the
/// problem is reported once.
pub fn plan(views: &Views, templates: &Templates, maker: &Maker, pages: &[Page]) -> Plan {
    let made: Vec<Result<Option<(CardRef, Todo)>, Diagnostic>> = pages
        .par_iter()
        .map(|page| one(views, templates, maker, page))
        .collect();
    let mut plan = Plan {
        refs: Vec::with_capacity(made.len()),
        todo: Vec::new(),
        errors: Vec::new(),
    };
    for m in made {
        match m {
            Ok(Some((r, todo))) => {
                plan.refs.push(Some(r));
                plan.todo.push(todo);
            }
            Ok(None) => plan.refs.push(None),
            Err(e) => {
                plan.refs.push(None);
                plan.errors.push(e);
            }
        }
    }
    plan.errors.sort();
    plan.errors.dedup();
    plan
}

/// One page's card as SVG, its name and address.
fn one(
    views: &Views,
    templates: &Templates,
    maker: &Maker,
    page: &Page,
) -> Result<Option<(CardRef, Todo)>, Diagnostic> {
    let Some(card) = view::card(views, &maker.fonts, &page.kind, page.lang) else {
        return Ok(None);
    };
    let mut ctx = Context::new();
    ctx.insert("lang", views.config.code(page.lang));
    ctx.insert("card", &card);
    let svg = templates.render(TEMPLATE, &ctx)?;
    let mut h = hash::Fnv::new();
    for part in [
        VERSION.as_bytes(),
        &maker.fonts.digest.to_le_bytes(),
        svg.as_bytes(),
    ] {
        h.write(&(part.len() as u64).to_le_bytes());
        h.write(part);
    }
    let key = format!("{:016x}", h.finish());
    let address = Address::new(views.config, format!("media/cards/{key}.png"));
    let r = CardRef {
        url: address.permalink,
        width: WIDTH,
        height: HEIGHT,
        alt: card.alt(),
    };
    let file = maker.cache_dir.join(format!("{key}.png"));
    // A card the cache has is only linked: its text is not kept while the pages are made.
    let svg = if file.is_file() { String::new() } else { svg };
    let todo = Todo {
        file,
        path: address.path,
        svg,
        photo: card.photo.map(|p| maker.photos_dir.join(p)),
        page: page.origin.clone(),
        url: page.address.url.clone(),
    };
    Ok(Some((r, todo)))
}

#[cfg(test)]
mod tests;
