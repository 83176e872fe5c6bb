//! Tera set-up: the theme's templates, the `t()` function for interface strings, and template
//! errors turned into `file:line:col` messages.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use tera::{Context, ErrorKind, Kwargs, State, Tera, TeraResult};

use crate::data::format;
use crate::diagnostics::{Diagnostic, Pos};
use crate::locale::{Locale, Locales};
use crate::messages::Message;
use crate::msg;
use crate::theme::{Strings, Theme};

pub struct Templates {
    tera: Tera,
    shown: HashMap<String, PathBuf>,
    /// How each language writes numbers and dates, for the filters and for code.
    locales: Arc<Locales>,
}

impl Templates {
    pub fn new(theme: &Theme, theme_name: &str) -> Result<Templates, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        // Values are escaped in pages, feeds, the sitemap and share cards alike (`robots.txt` is
        // plain text), by the same function as markup made in code (`text::escape_xml`).
        tera.autoescape_on([".html", ".htm", ".xml", ".svg"]);
        let locales = Arc::clone(&theme.locales);
        tera.register_filter("number", move |v: f64, kwargs: Kwargs, state: &State| {
            Ok::<_, tera::Error>(format::count(v, locale_of(&locales, &kwargs, state)?))
        });
        let locales = Arc::clone(&theme.locales);
        tera.register_filter("percent", move |v: f64, kwargs: Kwargs, state: &State| {
            Ok::<_, tera::Error>(format::percent(v, locale_of(&locales, &kwargs, state)?))
        });
        let locales = Arc::clone(&theme.locales);
        tera.register_filter("money", move |v: f64, kwargs: Kwargs, state: &State| {
            let currency = kwargs.get::<&str>("currency")?.unwrap_or("VND").to_owned();
            let l = locale_of(&locales, &kwargs, state)?;
            Ok::<_, tera::Error>(format::money(v, &currency, l))
        });
        tera.register_function(
            "t",
            translate(Arc::new(theme.i18n.clone()), theme_name.to_owned()),
        );
        let shown: HashMap<String, PathBuf> = theme
            .templates
            .iter()
            .map(|(name, _, shown)| (name.clone(), shown.clone()))
            .collect();
        let added = tera.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|(n, s, _)| (n.as_str(), s.as_str())),
        );
        let templates = Templates {
            tera,
            shown,
            locales: Arc::clone(&theme.locales),
        };
        match added {
            Ok(()) => Ok(templates),
            Err(e) => {
                let mut found = templates.diagnostics(&e, "");
                for d in found.iter_mut().filter(|d| d.path.as_os_str().is_empty()) {
                    if let Some((shown, pos)) = missing_parent(&e.to_string(), &theme.templates) {
                        (d.path, d.line, d.col) = (shown, pos.line, pos.col);
                    }
                }
                Err(found)
            }
        }
    }

    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, ctx)
            .map_err(|e| self.diagnostics(&e, name).swap_remove(0))
    }

    /// How each language writes numbers and dates.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    fn shown(&self, name: &str) -> PathBuf {
        self.shown
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    }

    /// The problems a Tera error reports, each at its template's line and column.
    fn diagnostics(&self, e: &tera::Error, name: &str) -> Vec<Diagnostic> {
        match e.kind() {
            ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
                let span = r.span();
                vec![Diagnostic::error(
                    self.shown(r.filename()),
                    Pos::new(span.start_line, span.start_col + 1),
                    tera_message(r.message()),
                )]
            }
            _ => {
                let mut msg = e.to_string();
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    msg.push_str(&format!(": {s}"));
                    source = s.source();
                }
                let placed = self.reports(&msg);
                if placed.is_empty() {
                    vec![Diagnostic::error(
                        self.shown(name),
                        Pos::UNKNOWN,
                        tera_message(&msg),
                    )]
                } else {
                    placed
                }
            }
        }
    }

    /// Tera's checks of all templates (unknown filters, functions, includes) come as one text
    /// of reports, `error: <message>` then ` --> <template>:<line>:<col>`: one problem each.
    fn reports(&self, text: &str) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let mut lines = text.lines().peekable();
        while let Some(line) = lines.next() {
            let Some(message) = line.trim_start().strip_prefix("error: ") else {
                continue;
            };
            let Some(place) = lines
                .peek()
                .and_then(|l| l.trim_start().strip_prefix("--> "))
            else {
                continue;
            };
            let mut parts = place.rsplitn(3, ':');
            let (col, row, file) = (parts.next(), parts.next(), parts.next());
            let number = |s: Option<&str>| s.and_then(|s| s.trim().parse::<usize>().ok());
            if let (Some(col), Some(row), Some(file)) = (number(col), number(row), file) {
                let message = message.trim_end_matches(':').trim();
                out.push(Diagnostic::error(
                    self.shown(file),
                    Pos::new(row, col),
                    tera_message(message),
                ));
            }
        }
        out
    }
}

/// Where a template names a parent that does not exist (`{% extends "nope.html" %}`), from
/// Tera's "Template 'home.html' is inheriting from 'nope.html', which doesn't exist".
fn missing_parent(text: &str, templates: &[(String, String, PathBuf)]) -> Option<(PathBuf, Pos)> {
    let rest = text.split_once("Template '")?.1;
    let (child, rest) = rest.split_once('\'')?;
    let parent = rest.split_once("inheriting from '")?.1.split_once('\'')?.0;
    let (_, source, shown) = templates.iter().find(|(name, _, _)| name == child)?;
    let offset = source.find(parent).unwrap_or(0);
    Some((shown.clone(), Pos::at_offset(source, offset)))
}

/// Marks the problems of our own functions and filters inside a Tera error, so that they are
/// put into the editor's words when the error is reported.
const MARK: char = '\u{1}';

/// A Tera error's text as a message: our own problems in the catalogues' words, Tera's own
/// text inside a catalogued message.
fn tera_message(text: &str) -> Message {
    let Some(start) = text.find(MARK) else {
        return msg!("render-template-error", reason = text);
    };
    let parts: Vec<&str> = text[start + MARK.len_utf8()..].split(MARK).collect();
    match parts.as_slice() {
        ["not-a-language", code] => msg!("render-not-a-language", code = *code),
        ["text-missing", key, lang, theme] => msg!(
            "render-text-missing",
            key = *key,
            lang = *lang,
            theme = *theme
        ),
        _ => msg!("render-template-error", reason = text),
    }
}

/// The language a filter writes in: its `lang=` argument, else the page's `lang`.
fn lang_of(kwargs: &Kwargs, state: &State) -> TeraResult<String> {
    Ok(match kwargs.get::<&str>("lang")? {
        Some(l) => l.to_owned(),
        None => state.get::<String>("lang")?.unwrap_or_default(),
    })
}

/// The notation of the language a filter writes in.
fn locale_of<'l>(locales: &'l Locales, kwargs: &Kwargs, state: &State) -> TeraResult<&'l Locale> {
    let code = lang_of(kwargs, state)?;
    locales
        .by_code(&code)
        .ok_or_else(|| tera::Error::message(format!("{MARK}not-a-language{MARK}{code}")))
}

/// `{{ t(key="read_more") }}`: the interface string in the page's language (`lang` in the context).
fn translate(
    strings: Arc<HashMap<String, Strings>>,
    theme: String,
) -> impl Fn(Kwargs, &State) -> TeraResult<String> + Send + Sync + 'static {
    move |kwargs: Kwargs, state: &State| {
        let key: String = kwargs.must_get::<&str>("key")?.to_owned();
        let lang = lang_of(&kwargs, state)?;
        strings
            .get(&lang)
            .and_then(|s| s.get(&key))
            .cloned()
            .ok_or_else(|| {
                tera::Error::message(format!(
                    "{MARK}text-missing{MARK}{key}{MARK}{lang}{MARK}{theme}"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(source: &str, lang: &str) -> Result<String, Diagnostic> {
        let mut theme = Theme::default();
        theme.templates.push((
            "t.html".into(),
            source.into(),
            PathBuf::from("themes/default/templates/t.html"),
        ));
        theme.i18n.insert(
            "vi".into(),
            [("home".to_owned(), "Trang chủ".to_owned())].into(),
        );
        let built_in = crate::locale::tests::built_in;
        theme.locales = Arc::new(Locales::of(vec![built_in("vi"), built_in("en")]));
        let t = Templates::new(&theme, "default").map_err(|mut e| e.remove(0))?;
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
        t.render("t.html", &ctx)
    }

    #[test]
    fn number_filters_write_in_the_page_language() {
        let cases = [
            ("{{ 600175 | number }}", "vi", "600.175"),
            ("{{ 600175 | number }}", "en", "600,175"),
            ("{{ 159.391 | percent }}", "vi", "159,4%"),
            ("{{ 159.391 | percent(lang='en') }}", "vi", "159.4%"),
            ("{{ 584000000000 | money }}", "vi", "584 tỷ đồng"),
            ("{{ 3500000000000 | money }}", "en", "VND 3,500 billion"),
            (
                "{{ 2000000000 | money(currency='USD', lang='en') }}",
                "vi",
                "USD 2 billion",
            ),
        ];
        for (source, lang, want) in cases {
            assert_eq!(render(source, lang).unwrap(), want, "{source} in {lang}");
        }
    }

    #[test]
    fn unknown_filters_are_each_placed_in_their_template() {
        let e = render("<p>\n  {{ 1 | nosuchfilter }} {{ 2 | other }}</p>", "vi").unwrap_err();
        assert_eq!(
            e.to_string(),
            "themes/default/templates/t.html:2:10: Unknown filter `nosuchfilter`"
        );
    }

    #[test]
    fn interface_strings_and_their_absence() {
        assert_eq!(render("{{ t(key='home') }}", "vi").unwrap(), "Trang chủ");
        let e = render("<p>\n  {{ t(key='missing') }}</p>", "vi").unwrap_err();
        assert_eq!(
            e.to_string(),
            "themes/default/templates/t.html:2:6: the interface text \"missing\" is missing for language \"vi\"; add missing: \"...\" to themes/default/i18n/vi.yaml"
        );
    }

    #[test]
    fn syntax_errors_name_the_template_line_and_column() {
        let e = render("<h1>{{ page.title }</h1>", "vi").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("themes/default/templates/t.html:1:"),
            "{e}"
        );
    }
}
