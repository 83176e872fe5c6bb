//! Which language the tool speaks to the editor: `--lang`, else `CAMPAIGN_SITE_LANG`, else the
//! site's default language when the tool has a catalogue for it, else English.

use super::message::Message;
use crate::msg;

/// A language the tool's messages exist in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageLang {
    Vi,
    En,
}

impl MessageLang {
    pub const ALL: [MessageLang; 2] = [MessageLang::Vi, MessageLang::En];

    /// `vi`, `vi-VN`, `EN`...: the language part of a code, when the tool speaks it.
    pub fn from_code(code: &str) -> Option<MessageLang> {
        let language = code.split(['-', '_', '.']).next()?.to_ascii_lowercase();
        match language.as_str() {
            "vi" => Some(MessageLang::Vi),
            "en" => Some(MessageLang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            MessageLang::Vi => "vi",
            MessageLang::En => "en",
        }
    }
}

/// The language of the messages from `--lang`, `CAMPAIGN_SITE_LANG` and the site's default
/// language code, and a warning when the variable names a language the tool does not speak (it
/// is then passed over, not silently).
pub fn choose(
    flag: Option<MessageLang>,
    env: Option<&str>,
    site_default: Option<&str>,
) -> (MessageLang, Option<Message>) {
    if let Some(lang) = flag {
        return (lang, None);
    }
    let mut warning = None;
    if let Some(value) = env.filter(|v| !v.trim().is_empty()) {
        match MessageLang::from_code(value.trim()) {
            Some(lang) => return (lang, None),
            None => warning = Some(msg!("lang-env-unknown", value = value)),
        }
    }
    let lang = site_default.and_then(MessageLang::from_code);
    (lang.unwrap_or(MessageLang::En), warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_then_environment_then_site_then_english() {
        let vi = Some(MessageLang::Vi);
        assert_eq!(choose(vi, Some("en"), Some("en")).0, MessageLang::Vi);
        assert_eq!(choose(None, Some("vi_VN.UTF-8"), None).0, MessageLang::Vi);
        assert_eq!(choose(None, None, None).0, MessageLang::En);
        assert_eq!(choose(None, None, Some("vi")).0, MessageLang::Vi);
        assert_eq!(choose(None, Some("en"), Some("vi")).0, MessageLang::En);
        let (lang, warning) = choose(None, Some("fr"), Some("vi"));
        assert_eq!(lang, MessageLang::Vi);
        assert_eq!(warning.unwrap().id(), "lang-env-unknown");
        assert_eq!(choose(None, None, Some("fr")).0, MessageLang::En);
    }
}
