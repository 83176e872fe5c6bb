//! A Markdown file as `content::load` and `graph::parse` handle it: decoded, split into front
//! matter and body, the front matter read, the body rendered to HTML (links, photos, raw HTML
//! through the sanitiser, `{{ figure(...) }}` shortcodes), and every problem placed in the file.
#![no_main]

#[path = "common.rs"]
mod common;

use std::sync::LazyLock;

use campaign_site::content::front_matter;
use campaign_site::content::markdown::{self, LinkResolver, PageLink};
use campaign_site::content::sanitize::Sanitizer;
use campaign_site::content::shortcodes::{Call, Quote, Quoted};
use campaign_site::diagnostics::Pos;
use campaign_site::images;
use chrono::FixedOffset;
use libfuzzer_sys::fuzz_target;

static SANITIZER: LazyLock<Sanitizer> =
    LazyLock::new(|| Sanitizer::new(&["www.youtube.com".to_owned()]));

/// Pages: `.md` paths whose name starts with a letter up to `m` exist, `d...` are drafts.
fn page(p: &str) -> PageLink {
    let name = p.rsplit('/').next().unwrap_or(p);
    match name.chars().next() {
        Some('d') => PageLink::Draft(p.to_owned()),
        Some(c) if c.is_ascii_lowercase() && c <= 'm' => PageLink::Url(format!("/x/{name}/")),
        _ => PageLink::Missing,
    }
}

/// Assets: every path with an extension exists.
fn asset(p: &str) -> Option<String> {
    p.rsplit('/')
        .next()
        .is_some_and(|n| n.contains('.'))
        .then(|| format!("/{p}"))
}

/// Files whose names differ only in case or marks: the folded form of any missing path (as
/// the bodies stage looks them up), so that every missing link gets a suggestion to respell.
fn similar(p: &str) -> Option<String> {
    let folded = campaign_site::text::fold(p);
    (folded != p).then_some(folded)
}

/// Photos: `.jpg` paths are processed photos, `hong...` ones are damaged (wherever the body
/// shows them).
fn photo(p: &str, _offset: usize) -> Option<Result<images::Photo, campaign_site::messages::Message>> {
    if !p.ends_with(".jpg") {
        return None;
    }
    if p.rsplit('/').next().is_some_and(|n| n.starts_with("hong")) {
        return Some(Err(campaign_site::msg!("photo-cut-short")));
    }
    Some(Ok(images::Photo {
        width: 4000,
        height: 3000,
        variants: [480, 960, 1600]
            .into_iter()
            .map(|w| images::Variant {
                width: w,
                height: w * 3 / 4,
                path: format!("media/k-{w}.jpg"),
                file: format!("/cache/k-{w}.jpg").into(),
            })
            .collect(),
        cached: false,
    }))
}

/// Figures: a call with a `unit` argument is shown (linked when it says `link`), one without is
/// a problem at its `{{`.
fn figure(call: &Call) -> Quoted {
    match call.arg("unit") {
        Some(_) => Quoted::Shown(Quote {
            text: "3.666 <b>&</b>".into(),
            href: call.arg("link").map(|_| "/sub/ket-qua/a/".into()),
        }),
        None => Quoted::Problem(call.at, campaign_site::msg!("figure-no-metric")),
    }
}

fuzz_target!(|data: &[u8]| {
    // As content::load reads a Markdown file.
    let Ok(text) = campaign_site::text::decode_source(data) else {
        return;
    };
    let tz = FixedOffset::east_opt(7 * 3600).unwrap();
    let split = match front_matter::split(&text, tz) {
        Ok(s) => s,
        Err(errors) => {
            for e in errors {
                let _ = (e.pos, e.message);
            }
            return;
        }
    };
    // Keys with a wrong value: the rest of the file is still read and checked.
    for e in &split.problems {
        let _ = (e.pos, &e.message);
    }
    // Every place a front matter key was written.
    for key in ["title", "date", "slug", "image", "tags", "nothing"] {
        let _ = split.front_matter.place(key);
    }
    if let Some(slug) = &split.front_matter.slug {
        let _ = front_matter::too_long("slug", slug);
    }
    if let Some(image) = &split.front_matter.image {
        let _ = markdown::join("news/a", image);
    }
    let links = LinkResolver {
        dir: "news/a",
        root: "/sub/",
        page: &page,
        asset: &asset,
        photo: &photo,
        similar: &similar,
        html: &SANITIZER,
        figure: &figure,
    };
    let body = split.body;
    let r = markdown::render(body, &links);
    // As graph::parse places the problems in the file.
    for (offset, _) in r.problems.iter().chain(r.removed.iter()) {
        let _ = Pos::at_offset(body, *offset).below(split.body_line);
    }
    for p in &r.photos {
        let _ = Pos::at_offset(body, p.offset).below(split.body_line);
    }
});
