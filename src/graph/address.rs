//! Where a page lives: its path below the site, its address from the server's root and its full
//! address, computed together once so that no later stage joins URLs.

use crate::config::Config;
use crate::lang::Lang;

/// The three forms of one page's address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Address {
    /// Below the base URL, ending in `/` for pages (`tin-tuc/a/`; `` for the home page).
    pub path: String,
    /// From the server's root, as links write it (`/sub/tin-tuc/a/`).
    pub url: String,
    /// Absolute, for canonical links, feeds and shared links (`https://example.org/sub/tin-tuc/a/`).
    pub permalink: String,
}

impl Address {
    pub fn new(config: &Config, path: String) -> Self {
        Address {
            url: format!("{}{path}", config.base_path),
            permalink: format!("{}{path}", config.base_url),
            path,
        }
    }

    /// Page `number` (1-based) of a list at this address: itself, then `page/2/`...
    pub fn page(&self, config: &Config, number: usize) -> Address {
        if number == 1 {
            self.clone()
        } else {
            Address::new(config, format!("{}page/{number}/", self.path))
        }
    }

    /// A file inside this page's folder (`data.csv`).
    pub fn join(&self, config: &Config, name: &str) -> Address {
        Address::new(config, format!("{}{name}", self.path))
    }
}

/// The URL path prefix of a language: `` for the default one, `en/` for the others.
pub fn lang_prefix(config: &Config, lang: Lang) -> String {
    if lang.is_default() {
        String::new()
    } else {
        format!("{}/", config.code(lang))
    }
}
