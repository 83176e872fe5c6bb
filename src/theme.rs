//! The theme: templates, static files and interface strings. The default theme is built into the
//! binary; a site's own `themes/<theme>/` files replace it file by file.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};

use crate::config::Config;
use crate::content::is_ignored;
use crate::diagnostics::{Diagnostic, Pos};
use crate::locale::Locales;
use crate::msg;
use crate::{fsx, text, yaml};

static DEFAULT_THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Where a theme file's bytes come from.
#[derive(Debug, Clone)]
pub enum Source {
    BuiltIn(&'static [u8]),
    File(PathBuf),
}

/// One file of the theme: its path inside the theme and where it is shown in messages.
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub rel: String,
    pub shown: PathBuf,
    pub source: Source,
}

/// Interface strings that code uses (chart titles and descriptions, the notation of figures and
/// dates, new articles), so every language needs them.
pub const CODE_STRINGS: &[&str] = &[
    "qualifier_over",
    "qualifier_under",
    "qualifier_about",
    "estimated",
    "percent",
    "money",
    "money_millions",
    "money_billions",
    "date_long",
    "date_short",
    "new_article_title",
    "new_article_body",
    "target",
    "chart_ranking_title",
    "chart_ranking_desc",
    "chart_progress_title",
    "chart_progress_desc",
    "chart_breakdown_title",
    "chart_breakdown_desc",
    "basis_published",
    "published",
    "sum_all_units",
    "sum_some_units",
    "sum_present_units",
    "rank_all_units",
    "rank_some_units",
    "rank_present_units",
    "share_all_units",
    "share_some_units",
    "share_present_units",
    "basis_all_units",
    "basis_some_units",
    "basis_present_units",
    "card_rank",
    "card_units",
    "card_units_present",
    "card_of_target",
];

pub use crate::lang::Strings;

#[derive(Debug, Default)]
pub struct Theme {
    /// Template name (`article.html`) -> source text and shown path.
    pub templates: Vec<(String, String, PathBuf)>,
    pub statics: Vec<ThemeFile>,
    /// The fonts of the share cards (`fonts/*.ttf`, `*.otf`): the only fonts a card is drawn with.
    pub fonts: Vec<ThemeFile>,
    /// Language code -> strings, for every declared language.
    pub i18n: HashMap<String, Strings>,
    /// Where each language's strings came from.
    pub i18n_files: HashMap<String, PathBuf>,
    /// How each language writes numbers and dates, made from its strings.
    pub locales: Arc<Locales>,
}

/// Every file of the theme, the site's own over the built-in ones.
fn files(config: &Config) -> Result<BTreeMap<String, ThemeFile>, Vec<Diagnostic>> {
    let shown_base = PathBuf::from("themes").join(&config.theme);
    let mut files = BTreeMap::new();
    let mut stack = vec![&DEFAULT_THEME];
    while let Some(dir) = stack.pop() {
        for f in dir.files() {
            let rel = f.path().to_string_lossy().replace('\\', "/");
            let shown = PathBuf::from("themes/default").join(&rel);
            files.insert(
                rel.clone(),
                ThemeFile {
                    rel,
                    shown,
                    source: Source::BuiltIn(f.contents()),
                },
            );
        }
        stack.extend(dir.dirs());
    }
    let dir = config.root.join(&shown_base);
    if !dir.is_dir() {
        if config.theme != "default" {
            return Err(vec![Diagnostic::error(
                crate::config::CONFIG_FILE,
                config.theme_pos,
                msg!(
                    "theme-no-folder",
                    theme = &config.theme,
                    folder = &shown_base
                ),
            )]);
        }
        return Ok(files);
    }
    let bounds = crate::fsx::SiteBounds::new(&config.root);
    let walked = crate::fsx::walk_site(&dir, &bounds, is_ignored);
    if let Some(e) = walked.errors.first() {
        return Err(vec![Diagnostic::error(
            &shown_base,
            Pos::UNKNOWN,
            msg!("theme-cannot-read", reason = fsx::walk_reason(e)),
        )]);
    }
    let problems: Vec<Diagnostic> = walked
        .refused
        .iter()
        .map(|(link, problem)| {
            let shown = link.strip_prefix(&config.root).unwrap_or(link);
            Diagnostic::error(shown, Pos::UNKNOWN, problem.clone())
        })
        .collect();
    for entry in walked.files {
        let rel = rel_of(&dir, entry.path());
        files.insert(
            rel.clone(),
            ThemeFile {
                shown: shown_base.join(&rel),
                rel,
                source: Source::File(entry.into_path()),
            },
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(files)
}

fn rel_of(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    text::nfc(&rel.to_string_lossy().replace('\\', "/"))
}

fn read_text(
    f: &ThemeFile,
    decode: fn(&[u8]) -> Result<String, usize>,
) -> Result<String, Diagnostic> {
    let bytes = match &f.source {
        Source::BuiltIn(b) => b.to_vec(),
        Source::File(p) => {
            fsx::read(p).map_err(|e| Diagnostic::error(&f.shown, Pos::UNKNOWN, e.0))?
        }
    };
    decode(&bytes).map_err(|_| Diagnostic::error(&f.shown, Pos::UNKNOWN, msg!("theme-not-utf8")))
}

/// The built-in theme's interface strings for `code`, when it has them.
pub fn built_in_i18n(code: &str) -> Option<String> {
    let file = DEFAULT_THEME.get_file(format!("i18n/{code}.yaml"))?;
    text::decode_text(file.contents()).ok()
}

/// The built-in theme's notation of the language `code`, when the built-in theme has it.
pub fn built_in_locale(code: &str) -> Option<crate::locale::Locale> {
    let text = built_in_i18n(code)?;
    let (strings, _) = yaml::from_str::<Strings>(&text).ok()?;
    crate::locale::Locale::new(code, &strings).ok()
}

pub fn load(config: &Config) -> Result<Theme, Vec<Diagnostic>> {
    let mut theme = Theme::default();
    let mut errors = Vec::new();
    let mut docs = HashMap::new();
    for (rel, f) in files(config)? {
        if let Some(name) = rel.strip_prefix("templates/") {
            match read_text(&f, text::decode_source) {
                Ok(src) => theme
                    .templates
                    .push((name.to_owned(), src, f.shown.clone())),
                Err(e) => errors.push(e),
            }
        } else if let Some(file) = rel.strip_prefix("i18n/") {
            let Some(code) = file.strip_suffix(".yaml") else {
                continue;
            };
            if config.lang(code).is_none() {
                continue;
            }
            theme.i18n_files.insert(code.to_owned(), f.shown.clone());
            match read_i18n(&f) {
                Ok((strings, doc)) => {
                    theme.i18n.insert(code.to_owned(), strings);
                    docs.insert(code.to_owned(), doc);
                }
                Err(e) => errors.extend(e),
            }
        } else if rel.starts_with("fonts/") && (rel.ends_with(".ttf") || rel.ends_with(".otf")) {
            theme.fonts.push(f);
        } else if let Some(rel) = rel.strip_prefix("static/") {
            theme.statics.push(ThemeFile {
                rel: rel.to_owned(),
                ..f
            });
        }
    }
    errors.extend(check_i18n(config, &theme));
    if !errors.is_empty() {
        return Err(errors);
    }
    let place = |code: &str, key: &str| {
        let pos = docs.get(code).map_or(Pos::UNKNOWN, |d| d.pos(&[key]));
        (theme.i18n_files[code].clone(), pos)
    };
    let locales = Locales::new(config, &theme.i18n, place)?;
    theme.locales = Arc::new(locales);
    Ok(theme)
}

/// One language's interface strings and where each was written.
fn read_i18n(f: &ThemeFile) -> Result<(Strings, yaml::Doc), Vec<Diagnostic>> {
    let src = read_text(f, text::decode_text).map_err(|e| vec![e])?;
    yaml::from_str::<Strings>(&src).map_err(|e| {
        e.into_iter()
            .map(|e| Diagnostic::error(&f.shown, e.pos, e.message))
            .collect()
    })
}

/// Every language has its strings, and each has those that code uses.
fn check_i18n(config: &Config, theme: &Theme) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for (code, strings) in &theme.i18n {
        let example = match built_in_i18n(code) {
            Some(_) => code.as_str(),
            None => "en",
        };
        for key in CODE_STRINGS.iter().filter(|k| !strings.contains_key(**k)) {
            errors.push(Diagnostic::error(
                &theme.i18n_files[code],
                Pos::UNKNOWN,
                msg!(
                    "theme-text-missing",
                    key = *key,
                    code = code,
                    example = example
                ),
            ));
        }
    }
    for l in &config.languages {
        if !theme.i18n_files.contains_key(&l.code) {
            errors.push(Diagnostic::error(
                PathBuf::from("themes")
                    .join(&config.theme)
                    .join("i18n")
                    .join(format!("{}.yaml", l.code)),
                Pos::UNKNOWN,
                msg!("theme-no-i18n-file", name = &l.name, code = &l.code),
            ));
        }
    }
    errors
}

/// Keys present in some languages' strings but not in others': (language, key, file).
pub fn missing_keys(theme: &Theme) -> Vec<(String, String, PathBuf)> {
    let mut all: Vec<&String> = theme.i18n.values().flat_map(|s| s.keys()).collect();
    all.sort();
    all.dedup();
    let mut codes: Vec<&String> = theme.i18n.keys().collect();
    codes.sort();
    let mut out = Vec::new();
    for code in codes {
        for key in &all {
            if !theme.i18n[code].contains_key(*key) {
                out.push((code.clone(), (*key).clone(), theme.i18n_files[code].clone()));
            }
        }
    }
    out
}
