//! Slugs and the other text rules web addresses are made with: `slugify`, `percent_decode`,
//! `escape_xml`, `clean`, and a file's identity from its path.
//!
//! Besides not panicking, a slug must be what `slugify` documents: only `a-z`, `0-9` and
//! single `-` between words, and the same for decomposed (NFD) input; slugifying a slug
//! gives it back.
#![no_main]

#[path = "common.rs"]
mod common;

use campaign_site::{content, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let slug = text::slugify(&s);
    assert!(
        slug.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
        "slug {slug:?} of {s:?} has a character outside a-z 0-9 -"
    );
    assert!(
        !slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"),
        "slug {slug:?} of {s:?} has a stray -"
    );
    assert_eq!(text::slugify(&slug), slug, "slugify is not stable on {s:?}");
    let _ = text::percent_decode(&s);
    let _ = text::escape_xml(&s);
    let _ = text::clean(&s);
    let _ = content::identity(&common::CONFIG, &s);
    let _ = content::parent(&s);
});
