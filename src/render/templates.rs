//! Tera set-up: the theme's templates, the `t()` function for interface strings, and template
//! errors turned into `file:line:col` messages.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use tera::{Context, ErrorKind, Kwargs, State, Tera, TeraResult};

use crate::diagnostics::{Diagnostic, Pos};
use crate::theme::{Strings, Theme};

/// Templates every theme must have (the built-in theme gives each).
pub const REQUIRED: &[&str] = &[
    "base.html",
    "home.html",
    "section.html",
    "article.html",
    "taxonomy_list.html",
    "taxonomy_term.html",
    "404.html",
];

pub struct Templates {
    tera: Tera,
    shown: HashMap<String, PathBuf>,
}

impl Templates {
    pub fn new(theme: &Theme, theme_name: &str) -> Result<Templates, Vec<Diagnostic>> {
        let mut tera = Tera::new();
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
        let templates = Templates { tera, shown };
        match added {
            Ok(()) => Ok(templates),
            Err(e) => Err(vec![templates.diagnostic(&e, "")]),
        }
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, ctx)
            .map_err(|e| self.diagnostic(&e, name))
    }

    fn shown(&self, name: &str) -> PathBuf {
        self.shown
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    }

    fn diagnostic(&self, e: &tera::Error, name: &str) -> Diagnostic {
        match e.kind() {
            ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
                let span = r.span();
                Diagnostic::error(
                    self.shown(r.filename()),
                    Pos::new(span.start_line, span.start_col + 1),
                    r.message(),
                )
            }
            _ => {
                let mut msg = e.to_string();
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    msg.push_str(&format!(": {s}"));
                    source = s.source();
                }
                Diagnostic::error(self.shown(name), Pos::UNKNOWN, msg)
            }
        }
    }
}

/// `{{ t(key="read_more") }}`: the interface string in the page's language (`lang` in the context).
fn translate(
    strings: Arc<HashMap<String, Strings>>,
    theme: String,
) -> impl Fn(Kwargs, &State) -> TeraResult<String> + Send + Sync + 'static {
    move |kwargs: Kwargs, state: &State| {
        let key: String = kwargs.must_get::<&str>("key")?.to_owned();
        let lang = match kwargs.get::<&str>("lang")? {
            Some(l) => l.to_owned(),
            None => state.get::<String>("lang")?.unwrap_or_default(),
        };
        strings
            .get(&lang)
            .and_then(|s| s.get(&key))
            .cloned()
            .ok_or_else(|| {
                tera::Error::message(format!(
                    "the interface text \"{key}\" is missing for language \"{lang}\"; add {key}: \"...\" to themes/{theme}/i18n/{lang}.yaml"
                ))
            })
    }
}
