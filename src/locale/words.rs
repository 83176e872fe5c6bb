//! The words of a language's figures, from the theme's interface texts: qualifiers (`trên`,
//! `over`), the estimate mark, money units (`tỷ`, `billion`), currency names and the patterns
//! that join them to a number.

use std::collections::BTreeMap;

use crate::lang::Strings;
use crate::messages::Message;
use crate::msg;

/// Words and patterns of one language's figures.
#[derive(Debug, Clone)]
pub struct Words {
    pub over: String,
    pub under: String,
    pub about: String,
    /// After an estimated figure: `(ước tính)`.
    pub estimated: String,
    /// `{value}%`.
    pub percent: String,
    /// `{amount} {currency}`, `{currency} {amount}`.
    pub money: String,
    /// `{amount} triệu`, `{amount} million`.
    pub millions: String,
    /// `{amount} tỷ`, `{amount} billion`.
    pub billions: String,
    /// Currency code -> its name (`currency_VND: "đồng"`); a currency without one is its code.
    currencies: BTreeMap<String, String>,
}

impl Words {
    /// Reads the words from `strings`; each problem names its key.
    pub fn new(strings: &Strings) -> Result<Words, Vec<(&'static str, Message)>> {
        let mut problems = Vec::new();
        let mut pattern = |key: &'static str, holes: &[&str], example: &str| {
            let text = strings.get(key).cloned().unwrap_or_default();
            if let Some(hole) = holes.iter().find(|h| !text.contains(&format!("{{{h}}}"))) {
                problems.push((
                    key,
                    msg!(
                        "locale-pattern-hole",
                        key = key,
                        text = &text,
                        hole = *hole,
                        example = example
                    ),
                ));
            }
            text
        };
        let percent = pattern("percent", &["value"], "{value}%");
        let money = pattern("money", &["amount", "currency"], "{amount} {currency}");
        let millions = pattern("money_millions", &["amount"], "{amount} million");
        let billions = pattern("money_billions", &["amount"], "{amount} billion");
        if !problems.is_empty() {
            return Err(problems);
        }
        let word = |key: &str| strings.get(key).cloned().unwrap_or_default();
        Ok(Words {
            over: word("qualifier_over"),
            under: word("qualifier_under"),
            about: word("qualifier_about"),
            estimated: word("estimated"),
            percent,
            money,
            millions,
            billions,
            currencies: strings
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix("currency_")?.to_owned(), v.clone())))
                .collect(),
        })
    }

    /// The name of a currency in this language: `đồng` for VND in Vietnamese, else its code.
    pub fn currency<'a>(&'a self, code: &'a str) -> &'a str {
        self.currencies
            .get(code)
            .or_else(|| self.currencies.get(&code.to_ascii_uppercase()))
            .map_or(code, String::as_str)
    }
}

/// `pattern` with each `{name}` replaced by its value, in one pass: a value is never read again
/// for placeholders, and an unknown `{name}` stays as written.
pub fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once() {
        let args = [("amount", "{currency}"), ("currency", "VND")];
        assert_eq!(fill("{currency} {amount}", &args), "VND {currency}");
        assert_eq!(fill("{x} {amount", &args), "{x} {amount");
        assert_eq!(fill("{value}%", &[("value", "159,4")]), "159,4%");
    }

    #[test]
    fn currencies_by_code() {
        let strings: Strings = [
            ("percent", "{value}%"),
            ("money", "{amount} {currency}"),
            ("money_millions", "{amount} triệu"),
            ("money_billions", "{amount} tỷ"),
            ("currency_VND", "đồng"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let words = Words::new(&strings).unwrap();
        assert_eq!(words.currency("VND"), "đồng");
        assert_eq!(words.currency("vnd"), "đồng");
        assert_eq!(words.currency("USD"), "USD");
    }
}
