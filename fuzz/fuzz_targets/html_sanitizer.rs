//! Raw HTML through the sanitiser: `clean` (what pages keep), `problem` (what is reported),
//! and `allowed_url`.
//!
//! Besides not panicking, the cleaned HTML must hold no `<script` tag and no tag with a `javascript:`
//! address: those are what the sanitiser exists to remove.
#![no_main]

use std::sync::LazyLock;

use campaign_site::content::sanitize::{self, Sanitizer};
use libfuzzer_sys::fuzz_target;

static SANITIZER: LazyLock<Sanitizer> = LazyLock::new(|| {
    Sanitizer::new(&["www.youtube.com".to_owned(), "player.vimeo.com".to_owned()])
});

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    let cleaned = SANITIZER.clean(html);
    let lower = cleaned.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script survived: {html:?} -> {cleaned:?}");
    // Text may say `href="javascript:` (its `<` is escaped); only tags count. In the output a
    // literal `<` always opens a tag.
    let in_tag = lower
        .match_indices('<')
        .map(|(i, _)| &lower[i..lower[i..].find('>').map_or(lower.len(), |j| i + j)])
        .any(|tag| tag.contains(" href=\"javascript:") || tag.contains(" src=\"javascript:"));
    assert!(!in_tag, "a javascript: address survived: {html:?} -> {cleaned:?}");
    let _ = SANITIZER.problem(html);
    let _ = sanitize::allowed_url(html);
});
