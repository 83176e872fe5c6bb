//! The words of a text as the search index and the reader's query both see them: folded (case,
//! marks and `đ` forgotten, so `cong doan` finds `Công đoàn`) and marked (the letters with
//! their marks, the tone always in one place, so `Thanh Hoá` and `Thanh Hóa` are the same word
//! and rank above `thanh hoa`). themes/default/static/search.js folds queries the same way.

use unicode_normalization::UnicodeNormalization;

/// The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below), which writers
/// put on different vowels of a syllable (`hoá`, `hóa`).
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Term {
    /// Lower case, without marks, `đ` as `d`: what a reader typing without marks writes.
    pub folded: String,
    /// Lower case with its marks, the tone mark moved after the letters (then NFC).
    pub marked: String,
}

/// The words of `text` as written: runs of letters, digits and marks.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(in_word)?;
        let len = rest[start..]
            .find(|c| !in_word(c))
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + len];
        rest = &rest[start + len..];
        Some(word)
    })
}

/// Whether `c` is part of a word. Vietnamese letters and marks are answered without a look
/// into Unicode's tables: the index reads millions of them.
fn in_word(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' | '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{300}'..='\u{36f}' | '\u{1ea0}'..='\u{1ef9}' => true,
        _ => c.is_alphanumeric() || is_mark(c),
    }
}

/// The words of `text`, folded and marked.
pub fn terms(text: &str) -> impl Iterator<Item = Term> + '_ {
    words(text).map(term).filter(|t| !t.folded.is_empty())
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// The folded and marked forms of one word.
pub fn term(word: &str) -> Term {
    let mut letters = String::with_capacity(word.len());
    let mut tones = String::new();
    let mut folded = String::with_capacity(word.len());
    for c in word.nfd().flat_map(char::to_lowercase) {
        if TONES.contains(&c) {
            tones.push(c);
        } else {
            letters.push(c);
        }
        if !is_mark(c) {
            folded.push(if c == 'đ' { 'd' } else { c });
        }
    }
    letters.push_str(&tones);
    Term {
        folded,
        marked: letters.nfc().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        terms(text).map(|t| t.folded).collect()
    }

    #[test]
    fn case_marks_and_d_fold_away() {
        assert_eq!(folded("Công đoàn Đắk Lắk"), ["cong", "doan", "dak", "lak"]);
        assert_eq!(
            folded("ĐẠI BIỂU, đại biểu!"),
            ["dai", "bieu", "dai", "bieu"]
        );
        assert_eq!(folded("1 triệu sáng-kiến"), ["1", "trieu", "sang", "kien"]);
    }

    #[test]
    fn both_tone_placements_and_nfd_input_are_one_word() {
        let nfd: String = "Thanh Hóa".nfd().collect();
        let forms = ["Thanh Hóa", "Thanh Hoá", "THANH HOÁ", nfd.as_str()];
        let marked: Vec<Vec<String>> = forms
            .iter()
            .map(|f| terms(f).map(|t| t.marked).collect())
            .collect();
        assert!(marked.iter().all(|m| m == &marked[0]), "{marked:?}");
        assert_eq!(term("Thủy").marked, term("Thuỷ").marked);
        assert_eq!(term("hòa").marked, term("hoà").marked);
        // Marks are kept apart from the word without them.
        assert_ne!(term("hóa").marked, term("hoa").marked);
        assert_ne!(term("hóa").marked, term("hòa").marked);
        assert_eq!(term("hóa").folded, term("hoa").folded);
    }

    #[test]
    fn words_are_runs_of_letters_digits_and_marks() {
        let nfd: String = "Hóa".nfd().collect();
        let text = format!("«Đắk Lắk», 3.666 sáng-kiến; {nfd}×2 日本 ٣");
        let words: Vec<&str> = words(&text).collect();
        assert_eq!(
            words,
            [
                "Đắk",
                "Lắk",
                "3",
                "666",
                "sáng",
                "kiến",
                nfd.as_str(),
                "2",
                "日本",
                "٣"
            ]
        );
    }

    #[test]
    fn english_words_are_their_lower_case() {
        let t = term("Conference");
        assert_eq!(
            (t.folded.as_str(), t.marked.as_str()),
            ("conference", "conference")
        );
    }
}
