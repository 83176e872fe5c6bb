//! Shared by the targets: the example site's configuration, loaded once.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::LazyLock;

use campaign_site::config::{self, Config};

/// The example site's site.yaml, the base every target reads content against.
pub const EXAMPLE_SITE_YAML: &str = include_str!("../../site.yaml");
/// The example site's campaign, the base unit files are read against.
pub const EXAMPLE_CAMPAIGN: &str =
    include_str!("../../content/results/1-trieu-sang-kien/campaign.yaml");

/// A private folder for this fuzzing process (several may run at once with `-jobs`).
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "campaign-site-fuzz-{name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("cannot make a scratch folder");
    dir
}

/// The example site's checked configuration.
pub static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let dir = scratch("config");
    std::fs::write(dir.join("site.yaml"), EXAMPLE_SITE_YAML).expect("cannot write site.yaml");
    match config::load(&dir, None) {
        Ok(c) => c,
        Err(e) => panic!("the example site.yaml does not load: {e:?}"),
    }
});

/// Input bytes as the pipeline sees a text file: `None` when it is not UTF-8.
pub fn decode_text(data: &[u8]) -> Option<String> {
    campaign_site::text::decode_text(data).ok()
}
