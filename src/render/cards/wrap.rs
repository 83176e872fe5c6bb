//! A card's title in lines: SVG text does not wrap, so the title is broken between words by
//! the widths of the font's letters, a word too long for a line is broken inside it, and what
//! does not fit in the lines allowed ends with an ellipsis.

use unicode_normalization::char::is_combining_mark;

/// Breaks `text` into at most `max_lines` lines no wider than `max_width`, as `width` measures
/// them; the last line ends with `…` when the text does not fit.
pub fn lines(
    text: &str,
    max_width: f32,
    max_lines: usize,
    width: impl Fn(&str) -> f32,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = match line.is_empty() {
            true => word.to_owned(),
            false => format!("{line} {word}"),
        };
        if width(&joined) <= max_width {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        // A word wider than a line is cut where it reaches the edge.
        let mut rest = word;
        while width(rest) > max_width {
            let cut = fitting(rest, max_width, &width);
            out.push(rest[..cut].to_owned());
            rest = &rest[cut..];
        }
        line = rest.to_owned();
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > max_lines {
        out.truncate(max_lines);
        let last = out.pop().unwrap_or_default();
        out.push(ellipsis(&last, max_width, &width));
    }
    out
}

/// The byte length of the longest start of `word` that fits, at least one letter (with its
/// marks), never ending before a combining mark.
fn fitting(word: &str, max_width: f32, width: &impl Fn(&str) -> f32) -> usize {
    let ends = word
        .char_indices()
        .skip(1)
        .filter(|(_, c)| !is_combining_mark(*c))
        .map(|(i, _)| i)
        .chain([word.len()]);
    let mut best = None;
    for end in ends {
        if best.is_some() && width(&word[..end]) > max_width {
            break;
        }
        best = Some(end);
    }
    best.unwrap_or(word.len())
}

/// `line` shortened until it fits with `…` after it.
fn ellipsis(line: &str, max_width: f32, width: &impl Fn(&str) -> f32) -> String {
    let mut s = line.trim_end().to_owned();
    loop {
        let candidate = format!("{s}…");
        if s.is_empty() || width(&candidate) <= max_width {
            return candidate;
        }
        s.pop();
        while s.chars().last().is_some_and(is_combining_mark) {
            s.pop();
        }
        let trimmed = s.trim_end().len();
        s.truncate(trimmed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter 10 wide.
    fn width(s: &str) -> f32 {
        s.chars().filter(|c| !is_combining_mark(*c)).count() as f32 * 10.0
    }

    #[test]
    fn titles_break_between_words_and_inside_words_too_long() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("Hà Nội", 3, &["Hà Nội"]),
            ("Thành phố Hồ Chí Minh", 3, &["Thành", "phố Hồ", "Chí Minh"]),
            ("Nghệ An Hà Tĩnh Quảng Bình", 2, &["Nghệ An", "Hà Tĩnh…"]),
            ("Siêuuuuuuudàiiiii", 3, &["Siêuuuuu", "uudàiiii", "i"]),
            ("", 3, &[]),
        ];
        for (text, max, want) in cases {
            assert_eq!(lines(text, 80.0, *max, width), *want, "{text}");
        }
    }

    #[test]
    fn marks_stay_with_their_letters() {
        // "e" followed by a combining acute accent is never split from it.
        let got = lines("abcde\u{301}fgh", 50.0, 3, width);
        assert_eq!(got, ["abcde\u{301}", "fgh"]);
        for line in lines("Thanh Hoá Thanh Hoá Thanh Hoá Thanh Hoá", 80.0, 3, width) {
            assert!(width(&line) <= 80.0, "{line}");
        }
    }
}
