//! Which languages ICU4X's compiled CLDR data knows, and the region a language is most used in.

use chrono::{NaiveDate, NaiveTime};
use icu_locale::LocaleExpander;
use icu_locale_core::Locale;

use super::dates::DatePattern;
use crate::messages::Message;
use crate::msg;

/// The CLDR locale of a language code of site.yaml (`vi`, `fr`, `pt-br`). An error says why
/// the language cannot be written: not a locale, or one CLDR has no data for.
pub fn cldr_locale(code: &str) -> Result<Locale, Message> {
    let locale =
        Locale::try_from_str(code).map_err(|_| msg!("locale-not-cldr-code", code = code))?;
    if !has_data(&locale) {
        return Err(msg!("locale-no-cldr-data", code = code));
    }
    Ok(locale)
}

/// Whether CLDR names the months of the locale's language (or of a parent language), rather
/// than leaving them to the root locale (`M09`), where every unknown language falls back to.
/// Number symbols cannot tell: ICU4X stores no copy of a language's symbols that are the root's
/// (English's are), so they resolve to the root for known and unknown languages alike.
fn has_data(locale: &Locale) -> bool {
    let september = |l: &Locale| {
        let sample = NaiveDate::from_ymd_opt(2023, 9, 7)?.and_time(NaiveTime::MIN);
        Some(DatePattern::new(l, "MMMM").ok()?.format(sample))
    };
    september(locale).is_some_and(|name| Some(name) != september(&Locale::UNKNOWN))
}

/// The Open Graph locale of a language code, with the region CLDR finds most likely:
/// `vi` -> `vi_VN`, `en` -> `en_US`, `zh-hant` -> `zh_TW`.
pub fn og_locale(code: &str) -> String {
    let Ok(mut locale) = Locale::try_from_str(code) else {
        return code.replace('-', "_");
    };
    LocaleExpander::new_common().maximize(&mut locale.id);
    match locale.id.region {
        Some(region) => format!("{}_{}", locale.id.language, region),
        None => code.replace('-', "_"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_with_and_without_data() {
        for code in ["vi", "en", "fr", "de", "zh-hant", "pt-br"] {
            assert!(cldr_locale(code).is_ok(), "{code}");
        }
        for code in ["xx", "qaa", "tlh"] {
            let e = cldr_locale(code).unwrap_err().english();
            assert!(e.contains(&format!("\"{code}\"")), "{e}");
        }
    }

    #[test]
    fn og_locales() {
        let cases = [
            ("vi", "vi_VN"),
            ("en", "en_US"),
            ("fr", "fr_FR"),
            ("de", "de_DE"),
            ("zh", "zh_CN"),
            ("ja", "ja_JP"),
            ("ko", "ko_KR"),
            ("zh-hant", "zh_TW"),
            ("pt-br", "pt_BR"),
        ];
        for (code, want) in cases {
            assert_eq!(og_locale(code), want);
        }
    }
}
