//! site.yaml: the raw file as editors write it, then the checked config every later stage reads.

use std::path::{Path, PathBuf};

use chrono::FixedOffset;
use indexmap::IndexMap;
use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Pos};
use crate::lang::{Lang, Language, Localized};
use crate::locale::cldr::{cldr_locale, og_locale};
use crate::messages::Message;
use crate::msg;
use crate::{fsx, text, yaml};

mod header;
pub use header::HeaderImage;

pub const CONFIG_FILE: &str = "site.yaml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Localized,
    #[serde(default)]
    description: Option<Localized>,
    base_url: String,
    default_language: String,
    languages: IndexMap<String, RawLanguage>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    paginate: Option<usize>,
    #[serde(default)]
    default_author: Option<String>,
    /// Whether the site has a search page and index (default: yes).
    #[serde(default)]
    search: Option<bool>,
    #[serde(default)]
    footer: Footer,
    /// Hosts whose `<iframe>`s raw HTML may keep (CONTENT.md §9).
    #[serde(default)]
    embeds: Vec<String>,
    /// An image of `static/` shown in the header with the title (CONTENT.md §9).
    #[serde(default)]
    logo: Option<String>,
    /// An image of `static/` shown across the header (CONTENT.md §9).
    #[serde(default)]
    banner: Option<String>,
}

/// What the footer of every page says: who publishes the site, how to reach them, the licence.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    #[serde(default)]
    pub organisation: Option<Localized>,
    #[serde(default)]
    pub contact: Option<Localized>,
    #[serde(default)]
    pub licence: Option<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: String,
    #[serde(default)]
    locale: Option<String>,
}

/// The checked site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub root: PathBuf,
    pub title: Localized,
    pub description: Option<Localized>,
    /// Absolute, ending in `/`.
    pub base_url: String,
    /// The path part of `base_url`, starting and ending with `/`.
    pub base_path: String,
    /// Declared languages, the default one first.
    pub languages: Vec<Language>,
    pub theme: String,
    /// Where `theme:` was written in site.yaml, to place a missing theme.
    pub theme_pos: Pos,
    pub timezone: FixedOffset,
    pub paginate: usize,
    pub default_author: Option<String>,
    /// Whether to make the search pages and their index.
    pub search: bool,
    pub footer: Footer,
    /// Hosts whose `<iframe>`s raw HTML may keep, in lower case.
    pub embeds: Vec<String>,
    /// The header's logo and banner, files of `static/`.
    pub logo: Option<HeaderImage>,
    pub banner: Option<HeaderImage>,
}

impl Config {
    pub fn lang(&self, code: &str) -> Option<Lang> {
        self.languages.iter().position(|l| l.code == code).map(Lang)
    }

    pub fn code(&self, lang: Lang) -> &str {
        &self.languages[lang.0].code
    }

    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        (0..self.languages.len()).map(Lang)
    }

    /// A localized text in `lang`.
    pub fn text<'a>(&'a self, l: &'a Localized, lang: Lang) -> &'a str {
        l.get(self.code(lang), self.code(Lang::DEFAULT))
    }

    /// The folder of the content files.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }
}

/// Reads and checks `<root>/site.yaml`; `base_url` replaces the file's `base_url` when given.
/// The `default_language` of a site's site.yaml, read on its own before anything is checked,
/// so that the problems of a site are told in its editors' language.
pub fn default_language_code(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    yaml::top_level_text(&text, "default_language")
}

pub fn load(root: &Path, base_url: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
    let path = root.join(CONFIG_FILE);
    let file = PathBuf::from(CONFIG_FILE);
    if !path.is_file() {
        return Err(vec![Diagnostic::error(
            file,
            Pos::UNKNOWN,
            msg!("config-no-site-yaml", folder = root),
        )]);
    }
    let bytes = fsx::read(&path).map_err(|e| vec![Diagnostic::error(&file, Pos::UNKNOWN, e.0)])?;
    let source = text::decode_text(&bytes).map_err(|offset| {
        vec![Diagnostic::error(
            &file,
            Pos::UNKNOWN,
            msg!("config-not-utf8", offset = offset),
        )]
    })?;
    match yaml::from_str::<RawConfig>(&source) {
        Err(e) => Err(e
            .into_iter()
            .map(|e| Diagnostic::error(&file, e.pos, e.message))
            .collect()),
        Ok((raw, doc)) => check(raw, root, base_url, &doc),
    }
}

/// The problems of site.yaml, each at the place of its key.
struct Problems<'a> {
    doc: &'a yaml::Doc,
    errors: Vec<Diagnostic>,
}

impl Problems<'_> {
    fn err(&mut self, path: &[&str], msg: Message) {
        self.errors
            .push(Diagnostic::error(CONFIG_FILE, self.doc.pos(path), msg));
    }

    /// A problem of a key itself (a language code), at the key rather than its value.
    fn err_at_key(&mut self, path: &[&str], msg: Message) {
        let at = self.doc.key_pos(path);
        self.errors.push(Diagnostic::error(CONFIG_FILE, at, msg));
    }
}

fn check(
    raw: RawConfig,
    root: &Path,
    base_url_override: Option<&str>,
    doc: &yaml::Doc,
) -> Result<Config, Vec<Diagnostic>> {
    let mut p = Problems {
        doc,
        errors: Vec::new(),
    };
    let languages = languages(&raw, &mut p);
    let mut cli_errors = Vec::new();
    let (base_url, base_path) = base(&raw, base_url_override, &mut p, &mut cli_errors);
    let timezone = match raw.timezone.as_deref() {
        None => FixedOffset::east_opt(7 * 3600).expect("+07:00 is a valid offset"),
        Some(tz) => parse_offset(tz).unwrap_or_else(|| {
            p.err(&["timezone"], msg!("config-timezone", value = tz));
            FixedOffset::east_opt(0).expect("UTC is a valid offset")
        }),
    };
    let paginate = raw.paginate.unwrap_or(20);
    if paginate == 0 {
        p.err(&["paginate"], msg!("config-paginate-zero"));
    }
    let theme = raw.theme.clone().unwrap_or_else(|| "default".into());
    if theme.is_empty() || theme.contains(['/', '\\']) || theme.starts_with('.') {
        p.err(&["theme"], msg!("config-theme-name", theme = &theme));
    }
    for (key, l) in [
        ("title", Some(&raw.title)),
        ("description", raw.description.as_ref()),
    ] {
        for code in l.map(|l| l.undeclared(&languages)).unwrap_or_default() {
            p.err(
                &[key, code],
                msg!("config-text-undeclared-language", key = key, code = code),
            );
        }
    }
    let embeds = embeds(&raw, &mut p);
    let [logo, banner] = [("logo", &raw.logo), ("banner", &raw.banner)].map(|(key, written)| {
        let checked = header::check(root, key, written.as_deref()?);
        checked.map_err(|m| p.err(&[key], m)).ok()
    });
    let mut errors = p.errors;
    errors.extend(cli_errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        root: root.to_path_buf(),
        title: raw.title,
        description: raw.description,
        base_url,
        base_path,
        languages,
        theme,
        theme_pos: doc.pos(&["theme"]),
        timezone,
        paginate,
        default_author: raw.default_author,
        search: raw.search.unwrap_or(true),
        footer: raw.footer,
        embeds,
        logo,
        banner,
    })
}

/// The declared languages, the default one first; each code must be one CLDR knows.
fn languages(raw: &RawConfig, p: &mut Problems) -> Vec<Language> {
    let mut languages = Vec::new();
    for (code, l) in &raw.languages {
        if !is_language_code(code) {
            p.err_at_key(
                &["languages", code],
                msg!("config-language-code", code = code),
            );
        } else if let Err(problem) = cldr_locale(code) {
            p.err_at_key(&["languages", code], problem);
        }
        languages.push(Language {
            code: code.clone(),
            name: text::nfc(&l.name),
            locale: l.locale.clone().unwrap_or_else(|| og_locale(code)),
        });
    }
    if languages.is_empty() {
        p.err(&["languages"], msg!("config-languages-empty"));
    }
    match languages
        .iter()
        .position(|l| l.code == raw.default_language)
    {
        Some(i) => {
            let default = languages.remove(i);
            languages.insert(0, default);
        }
        None => p.err(
            &["default_language"],
            msg!(
                "config-default-language-unknown",
                code = &raw.default_language,
                languages = raw.languages.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        ),
    }
    languages
}

/// (`base_url`, its path): from `--base-url` when given (its problem is the command line's),
/// else from site.yaml.
fn base(
    raw: &RawConfig,
    base_url_override: Option<&str>,
    p: &mut Problems,
    cli_errors: &mut Vec<Diagnostic>,
) -> (String, String) {
    let base = base_url_override.unwrap_or(&raw.base_url).trim().to_owned();
    match split_base_url(&base) {
        Some(parts) => parts,
        None if base_url_override.is_some() => {
            cli_errors.push(Diagnostic::error(
                "--base-url",
                Pos::UNKNOWN,
                msg!("config-base-url-option", value = &base),
            ));
            (String::new(), "/".into())
        }
        None => {
            p.err(&["base_url"], msg!("config-base-url", value = &base));
            (String::new(), "/".into())
        }
    }
}

/// The hosts frames may come from, each a bare host name.
fn embeds(raw: &RawConfig, p: &mut Problems) -> Vec<String> {
    let embeds: Vec<String> = raw
        .embeds
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    for (i, host) in embeds.iter().enumerate() {
        let ok = !host.is_empty()
            && host.split('.').count() >= 2
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        if !ok {
            p.err(
                &["embeds", &format!("#{i}")],
                msg!("config-embed-host", host = host),
            );
        }
    }
    embeds
}

/// `vi`, `en`, `zh-hant`: two or three lower-case letters, optionally lower-case subtags (as
/// file names carry them: `bai.pt-br.md`).
pub fn is_language_code(s: &str) -> bool {
    let mut parts = s.splitn(2, '-');
    let main = parts.next().unwrap_or("");
    (2..=3).contains(&main.len())
        && main.bytes().all(|b| b.is_ascii_lowercase())
        && parts.next().is_none_or(|sub| {
            !sub.is_empty()
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// `https://example.org/sub` -> (`https://example.org/sub/`, `/sub/`).
fn split_base_url(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
        || rest.contains(['?', '#'])
    {
        return None;
    }
    let host_end = rest.find('/').unwrap_or(rest.len());
    if host_end == 0 || rest.contains(char::is_whitespace) {
        return None;
    }
    let mut path = rest[host_end..].to_owned();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    if !path.ends_with('/') {
        path.push('/');
    }
    Some((format!("{scheme}://{}{path}", &rest[..host_end]), path))
}

/// `+07:00`, `-05:30`, `Z`, `UTC`.
fn parse_offset(s: &str) -> Option<FixedOffset> {
    let s = s.trim();
    if s == "Z" || s.eq_ignore_ascii_case("utc") {
        return FixedOffset::east_opt(0);
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = s[1..].split_once(':').unwrap_or((&s[1..], "0"));
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if !(0..=14).contains(&h) || !(0..60).contains(&m) {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

#[cfg(test)]
mod tests;
