//! How a sheet's words are compared: headers folded (case, marks, `đ`) with their spaces and
//! `/` evened out, and the scale words of a header's hint ("triệu đồng", "million").

use crate::text;

/// A header as the map and the sheet are compared: folded, spaces and `/` evened out.
pub fn fold_header(s: &str) -> String {
    let folded = text::fold(s);
    let parts: Vec<String> = folded
        .split('/')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    parts.join(" / ")
}

/// `triệu`, `million`: a scale word, folded.
pub fn scale_word(folded: &str) -> Option<f64> {
    let words: Vec<&str> = folded.split([' ', '.']).filter(|w| !w.is_empty()).collect();
    let first = *words.first()?;
    match first {
        "nghin" | "ngan" | "thousand" | "thousands" => Some(1e3),
        "trieu" | "tr" | "trd" | "million" | "millions" => Some(1e6),
        "ty" | "ti" | "billion" | "billions" => Some(1e9),
        "dong" | "vnd" | "vnđ" => Some(1.0),
        _ => None,
    }
}
