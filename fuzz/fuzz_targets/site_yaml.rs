//! site.yaml as `config::load` reads and checks it, from a file in a scratch folder; the
//! checked configuration is then used as the pipeline uses it (languages of file names).
#![no_main]

#[path = "common.rs"]
mod common;

use std::path::PathBuf;
use std::sync::LazyLock;

use campaign_site::{config, content};
use libfuzzer_sys::fuzz_target;

static ROOT: LazyLock<PathBuf> = LazyLock::new(|| common::scratch("site"));

fuzz_target!(|data: &[u8]| {
    // The raw bytes, BOM, CRLF and bad UTF-8 included: config::load decodes them itself.
    std::fs::write(ROOT.join("site.yaml"), data).expect("cannot write site.yaml");
    for base_url in [None, Some("https://example.org/sub")] {
        let Ok(config) = config::load(&ROOT, base_url) else {
            continue;
        };
        for lang in config.langs() {
            let code = config.code(lang).to_owned();
            let _ = config.lang(&code);
            let _ = config.text(&config.title, lang);
            let _ = content::identity(&config, &format!("news/a.{code}.md"));
            let _ = content::identity(&config, &format!("news/b/index.{code}.md"));
        }
        let _ = content::identity(&config, "_index.xx.md");
    }
});
