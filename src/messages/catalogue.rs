//! The Fluent catalogues built into the binary, one per language the tool speaks, and the
//! putting of a message into words with them.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::locale;

use super::choose::MessageLang;
use super::message::{Arg, Message};

const VI: &str = include_str!("vi.ftl");
const EN: &str = include_str!("en.ftl");

/// The messages of one language, ready to put messages into words.
pub struct Catalogue {
    lang: MessageLang,
    bundle: FluentBundle<FluentResource>,
}

static ENGLISH: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::new(MessageLang::En));

impl Catalogue {
    /// The catalogue of `lang`. The catalogues are part of the binary and a test reads both, so
    /// a catalogue that does not parse is a defect of the tool, caught before release.
    pub fn new(lang: MessageLang) -> Catalogue {
        let (source, id, number): (&str, _, fn(&FluentValue, &_) -> Option<String>) = match lang {
            MessageLang::Vi => (VI, unic_langid::langid!("vi"), vi_number),
            MessageLang::En => (EN, unic_langid::langid!("en"), en_number),
        };
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("the {id} catalogue does not parse: {errors:?}"));
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number));
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("the {lang:?} catalogue defines a message twice: {errors:?}");
        }
        Catalogue { lang, bundle }
    }

    /// The English catalogue, made once: the words of `Display` in logs and tests.
    pub fn english() -> &'static Catalogue {
        &ENGLISH
    }

    pub fn lang(&self) -> MessageLang {
        self.lang
    }

    /// `message` in this catalogue's words. A message the catalogue lacks is shown by its id and
    /// arguments (a test keeps every id of the code in both catalogues).
    pub fn text(&self, message: &Message) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(message.id())
            .and_then(|m| m.value())
        else {
            return self.fallback(message);
        };
        let mut args = FluentArgs::new();
        for (key, arg) in message.args() {
            args.set(*key, self.value(arg));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            text.into_owned()
        } else {
            self.fallback(message)
        }
    }

    /// The text of a message without arguments, by an id made at run time (the help text of a
    /// command line argument); `None` when the catalogue lacks it.
    pub fn text_by_id(&self, id: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(t) => FluentValue::String(t.clone().into()),
            Arg::Int(n) => FluentValue::Number(FluentNumber::new(*n as f64, Default::default())),
            Arg::Decimal(x, digits) => {
                let options = FluentNumberOptions {
                    minimum_fraction_digits: Some(*digits),
                    maximum_fraction_digits: Some(*digits),
                    ..Default::default()
                };
                FluentValue::Number(FluentNumber::new(*x, options))
            }
            Arg::Message(m) => FluentValue::String(self.text(m).into()),
        }
    }

    fn fallback(&self, message: &Message) -> String {
        let args: Vec<String> = message
            .args()
            .iter()
            .map(|(k, a)| format!("{k}={}", self.value_text(a)))
            .collect();
        format!("{} ({})", message.id(), args.join(", "))
    }

    fn value_text(&self, arg: &Arg) -> String {
        match self.value(arg) {
            FluentValue::String(s) => s.into_owned(),
            other => number(&other, self.lang).unwrap_or_default(),
        }
    }
}

impl Message {
    /// The English words, for logs and the tests of the stages; commands print with the
    /// editor's catalogue instead.
    pub fn english(&self) -> String {
        Catalogue::english().text(self)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

fn vi_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value, MessageLang::Vi)
}

fn en_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value, MessageLang::En)
}

/// A number in the notation of the language: `3.666` and `159,4` in Vietnamese, `3,666` and
/// `159.4` in English, as CLDR writes them.
fn number(value: &FluentValue, lang: MessageLang) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let digits = n.options.minimum_fraction_digits.unwrap_or(0);
    let text = format!("{:.*}", digits, n.value);
    let decimal = Decimal::try_from_str(&text).ok()?;
    let formatter = match lang {
        MessageLang::Vi => DecimalFormatter::try_new(locale!("vi").into(), Default::default()),
        MessageLang::En => DecimalFormatter::try_new(locale!("en").into(), Default::default()),
    };
    Some(formatter.ok()?.format_to_string(&decimal))
}
