//! Which unit a row of the sheet is: its name folded (case, marks, `đ`), with the prefixes
//! federations write before it ("LĐLĐ tỉnh", "Công đoàn ngành", "TP.") understood, so that
//! `Đắk Lắk`, `Dak Lak`, `ĐĂK LĂK` and `LĐLĐ tỉnh Đắk Lắk` are all `dak-lak`.

use std::collections::HashMap;

use super::map::Map;
use crate::data::UnitRecord;
use crate::lang::Localized;
use crate::text;

/// Prefixes of unit names, as folded words, longest first where one starts another.
const PREFIXES: &[&str] = &[
    "lien doan lao dong tinh",
    "lien doan lao dong thanh pho",
    "lien doan lao dong tp",
    "lien doan lao dong",
    "ldld tinh",
    "ldld thanh pho",
    "ldld tp",
    "ldld",
    "cong doan nganh",
    "cong doan tong cong ty",
    "cong doan",
    "cdn",
    "cd nganh",
    "cd",
    "tinh",
    "thanh pho",
    "tp",
];

/// A name's words, folded, each with where it starts in the name as written.
fn words(name: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, ch) in name.char_indices().chain([(name.len(), ' ')]) {
        let in_word = ch.is_alphanumeric();
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((text::fold(&name[s..i]), s));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The name without its prefixes, as written: "Đắk Lắk" for "LĐLĐ tỉnh Đắk Lắk".
pub fn without_prefix(name: &str) -> &str {
    let w = words(name);
    let mut at = 0;
    loop {
        let rest: Vec<&str> = w[at..].iter().map(|(f, _)| f.as_str()).collect();
        let found = PREFIXES.iter().find_map(|p| {
            let n = p.split(' ').count();
            (rest.len() > n && rest[..n].join(" ") == *p).then_some(n)
        });
        match found {
            Some(n) => at += n,
            None => break,
        }
    }
    match at {
        0 => name.trim(),
        _ => w.get(at).map_or(name, |(_, start)| name[*start..].trim()),
    }
}

/// The forms a name is compared in: its folded words, and the same without its prefixes.
fn forms(name: &str) -> [String; 2] {
    let whole = words(name)
        .into_iter()
        .map(|(f, _)| f)
        .collect::<Vec<_>>()
        .join(" ");
    let bare = words(without_prefix(name))
        .into_iter()
        .map(|(f, _)| f)
        .collect::<Vec<_>>()
        .join(" ");
    [whole, bare]
}

fn names(l: &Localized) -> Vec<&str> {
    match l {
        Localized::All(s) => vec![s.as_str()],
        Localized::PerLang(map) => map.values().map(String::as_str).collect(),
    }
}

/// What a name of the sheet was matched to.
#[derive(Debug, PartialEq)]
pub enum Match {
    One(usize),
    None,
    /// The units it could be, by id.
    Several(Vec<String>),
}

/// The units a sheet's names are matched against, with every form of their names and ids
/// looked up at once, so that matching a row costs the same however many units there are.
pub struct Units<'a> {
    records: &'a [UnitRecord],
    /// Folded names (whole and without prefixes) and ids with spaces: the units they name.
    keys: HashMap<String, Vec<usize>>,
    slugs: HashMap<&'a str, Vec<usize>>,
    ids: HashMap<&'a str, usize>,
}

impl<'a> Units<'a> {
    pub fn new(records: &'a [UnitRecord]) -> Units<'a> {
        let mut keys: HashMap<String, Vec<usize>> = HashMap::new();
        let mut slugs: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut ids = HashMap::new();
        for (i, u) in records.iter().enumerate() {
            let mine = names(&u.name).into_iter().flat_map(forms);
            let id_forms = [u.id.replace('-', " "), u.slug.replace('-', " ")];
            for key in mine.chain(id_forms) {
                let list = keys.entry(key).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            slugs.entry(u.slug.as_str()).or_default().push(i);
            ids.insert(u.id.as_str(), i);
            ids.entry(u.slug.as_str()).or_insert(i);
        }
        Units {
            records,
            keys,
            slugs,
            ids,
        }
    }

    /// The unit that `name` names: by the map file's `units:`, else by its whole folded name,
    /// else by its name without prefixes; by id too (`dak-lak`).
    pub fn find(&self, name: &str, map: &Map) -> Match {
        if let Some(id) = map.unit(name) {
            let slug = text::slugify(id);
            return match self.ids.get(id).or_else(|| self.ids.get(slug.as_str())) {
                Some(&i) => Match::One(i),
                None => Match::None,
            };
        }
        let [whole, bare] = forms(name);
        let slug = text::slugify(without_prefix(name));
        let none = Vec::new();
        let first = self.keys.get(&whole).unwrap_or(&none).clone();
        let mut second = self.keys.get(&bare).cloned().unwrap_or_default();
        second.extend(self.slugs.get(slug.as_str()).unwrap_or(&none));
        second.sort_unstable();
        second.dedup();
        for found in [first, second] {
            match found.as_slice() {
                [] => continue,
                [one] => return Match::One(*one),
                many => {
                    let ids = many.iter().map(|&i| self.records[i].id.clone()).collect();
                    return Match::Several(ids);
                }
            }
        }
        Match::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_taken_off_as_written() {
        assert_eq!(without_prefix("LĐLĐ tỉnh Đắk Lắk"), "Đắk Lắk");
        assert_eq!(
            without_prefix("Liên đoàn Lao động thành phố Hà Nội"),
            "Hà Nội"
        );
        assert_eq!(without_prefix("TP. Hồ Chí Minh"), "Hồ Chí Minh");
        assert_eq!(without_prefix("Công đoàn ngành Y tế"), "Y tế");
        assert_eq!(without_prefix("Bà Rịa - Vũng Tàu"), "Bà Rịa - Vũng Tàu");
        // A name that is only a prefix keeps its words.
        assert_eq!(without_prefix("Công đoàn"), "Công đoàn");
    }

    #[test]
    fn forms_forgive_case_marks_and_punctuation() {
        assert_eq!(forms("ĐĂK LĂK")[0], "dak lak");
        assert_eq!(forms("LĐLĐ tỉnh Đắk Lắk")[1], "dak lak");
        assert_eq!(forms("Bà Rịa – Vũng Tàu")[0], forms("Ba Ria-Vung Tau")[0]);
    }
}
