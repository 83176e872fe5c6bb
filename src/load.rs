//! The load stage: the content files, the statistics (with their checks) and the theme with
//! its compiled templates and the fonts of its share cards.

use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::{content, data, lang, render, theme};

/// The theme with its compiled templates and the fonts of its share cards (read once).
pub struct LoadedTheme {
    pub theme: theme::Theme,
    pub templates: render::templates::Templates,
    pub fonts: std::sync::Arc<render::cards::Fonts>,
}

/// The load stage: content files, statistics (with their checks) and the theme.
pub fn load(
    config: &Config,
    texts: (Option<&content::ReadCache>, bool),
    found: &mut Diagnostics,
) -> (content::Sources, data::Loaded, Option<LoadedTheme>) {
    let sources = content::load(config, texts, found);
    let results = data::load(config, &sources.data, found);
    let theme = theme::load(config).map_err(|e| found.extend(e)).ok();
    let today = chrono::Utc::now()
        .with_timezone(&config.timezone)
        .date_naive();
    // Figures in messages are written in the default language: the theme's notation, else
    // (a theme with errors) the built-in theme's, when it has the language.
    let built_in;
    let locale = match &theme {
        Some(t) => Some(t.locales.get(lang::Lang::DEFAULT)),
        None => {
            built_in = theme::built_in_locale(config.code(lang::Lang::DEFAULT));
            built_in.as_ref()
        }
    };
    if let Some(locale) = locale {
        found.extend_strict(
            results
                .campaigns
                .iter()
                .flat_map(|c| data::checks::check(c, today, locale)),
        );
    }
    let theme = theme.and_then(|theme| {
        let templates = render::templates::Templates::new(&theme, &config.theme);
        let fonts = render::cards::Fonts::load(&theme, &config.theme);
        match (templates, fonts) {
            (Ok(templates), Ok(fonts)) => Some(LoadedTheme {
                theme,
                templates,
                fonts: std::sync::Arc::new(fonts),
            }),
            (templates, fonts) => {
                found.extend(templates.err().into_iter().flatten());
                found.extend(fonts.err().into_iter().flatten());
                None
            }
        }
    });
    (sources, results, theme)
}
