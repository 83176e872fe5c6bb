//! Figures as editors type them: `3.666` is three thousand six hundred sixty-six in Vietnamese,
//! not three point six. Counts and money are whole numbers read from the text as written; any
//! other notation is refused with the number the editor most likely meant.

use crate::messages::Message;
use crate::msg;
use crate::yaml::{Node, Value};

/// The largest figure published exactly: readers of data.json (JavaScript among them) keep
/// whole numbers exact up to 2^53 - 1.
pub const MAX_WHOLE: i64 = 9_007_199_254_740_991;

/// Characters used between groups of three digits: point, comma, spaces, apostrophe, `_`.
const GROUP_SEPARATORS: &[char] = &['.', ',', ' ', '\u{a0}', '\u{202f}', '\u{2009}', '\'', '_'];

/// A whole number (a count, an amount of money, a target) from the value `node`.
pub fn whole(node: &Node) -> Result<i64, Message> {
    let (t, in_quotes) = scalar_text(node)?;
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        if in_quotes {
            return Err(quoted(t));
        }
        return match t.parse::<i64>() {
            Ok(n) if n.unsigned_abs() <= MAX_WHOLE.unsigned_abs() => Ok(n),
            _ => Err(msg!(
                "number-too-many-digits",
                value = t,
                max = MAX_WHOLE.to_string()
            )),
        };
    }
    Err(not_whole(t))
}

/// Why `t` is not a whole number written in digits, with what to write instead.
fn not_whole(t: &str) -> Message {
    if let Some(problem) = not_a_number(t) {
        return problem;
    }
    // A sign stays with the number meant: "-3.666" means -3666.
    let (sign, unsigned) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t.strip_prefix('+').unwrap_or(t)),
    };
    if let Some(n) = grouped(unsigned) {
        return msg!("number-grouped", value = t, meant = format!("{sign}{n}"));
    }
    if let Some((whole, frac)) = with_fraction(unsigned) {
        let meant = format!("{sign}{whole}");
        return match frac.chars().all(|c| c == '0') {
            true => msg!("number-fraction-zero", value = t, meant = meant),
            false => msg!("number-fraction", value = t, meant = meant),
        };
    }
    if let Some(n) = scientific(t) {
        return msg!("number-scientific", value = t, meant = n);
    }
    if let Some(n) = in_words(t) {
        return msg!("number-in-words", value = t, meant = n);
    }
    if t.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()) {
        return msg!("number-other-digits", value = t);
    }
    msg!("number-text", value = t)
}

/// NaN, infinities, and values that are no figure at all.
fn not_a_number(t: &str) -> Option<Message> {
    let lower = t.to_lowercase();
    let bare = lower.trim_start_matches(['+', '-']).trim_start_matches('.');
    if matches!(bare, "nan" | "inf" | "infinity") {
        return Some(msg!("number-nan", value = t));
    }
    if t.ends_with('%') {
        return Some(msg!("number-percent-for-count", value = t));
    }
    None
}

/// `3.666`, `1.000.000`, `3,666`, `1 000`: groups of three digits with one separator.
fn grouped(t: &str) -> Option<String> {
    let sep = t.chars().find(|c| !c.is_ascii_digit())?;
    if !GROUP_SEPARATORS.contains(&sep) {
        return None;
    }
    let groups: Vec<&str> = t.split(sep).collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    let digits_only = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    (groups.len() > 1 && first_ok && rest_ok && digits_only).then(|| groups.concat())
}

/// `3.666,5` (Vietnamese), `3,666.5` (English), `1.5`, `3666.0`: the whole part and the
/// fraction, with the thousands separators taken out of the whole part.
fn with_fraction(t: &str) -> Option<(String, String)> {
    let mark = t.rfind(['.', ','])?;
    let (whole, frac) = (&t[..mark], &t[mark + 1..]);
    if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let other = if t[mark..].starts_with('.') { ',' } else { '.' };
    let whole_digits = if whole.contains(other) {
        grouped(whole)?
    } else {
        whole.to_owned()
    };
    (!whole_digits.is_empty() && whole_digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| (whole_digits, frac.to_owned()))
}

/// `3e11`, `1.5E6`: the digits meant, when they are a whole number.
fn scientific(t: &str) -> Option<String> {
    let (mantissa, exp) = t
        .to_lowercase()
        .split_once('e')
        .map(|(a, b)| (a.to_owned(), b.to_owned()))?;
    let exp: i32 = exp.trim_start_matches('+').parse().ok()?;
    let value: f64 = mantissa.parse::<f64>().ok()? * 10f64.powi(exp);
    (value.is_finite() && value.fract() == 0.0 && value.abs() <= MAX_WHOLE as f64)
        .then(|| format!("{value:.0}"))
}

/// `584 tỷ`, `1,2 triệu đồng`, `1.500 tỷ`: an amount in words, as digits, when it is exact and
/// within [`MAX_WHOLE`].
fn in_words(t: &str) -> Option<String> {
    let t = t.trim_end_matches("đồng").trim();
    let (number, word) = t.rsplit_once(' ')?;
    let scale: i128 = match word {
        "nghìn" | "ngàn" => 1_000,
        "triệu" => 1_000_000,
        "tỷ" | "tỉ" => 1_000_000_000,
        _ => return None,
    };
    let (sign, number) = match number.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, number),
    };
    // A comma is the Vietnamese decimal mark; points group thousands, unless there is one point
    // that cannot be a group (`1.5 tỷ`), which is a decimal point.
    let (whole, frac) = match number.split_once(',') {
        Some((w, f)) => (grouped(w).unwrap_or_else(|| w.to_owned()), f.to_owned()),
        None => match grouped(number) {
            Some(w) => (w, String::new()),
            None => {
                let (w, f) = number.split_once('.').unwrap_or((number, ""));
                (w.to_owned(), f.to_owned())
            }
        },
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !all_digits(&whole) || !all_digits(&frac) || frac.len() > 9 {
        return None;
    }
    let whole: i128 = whole.parse().ok()?;
    let frac_value: i128 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    let den = 10i128.pow(frac.len() as u32);
    let scaled = frac_value.checked_mul(scale)?;
    if scaled % den != 0 {
        return None;
    }
    let value = sign * (whole.checked_mul(scale)? + scaled / den);
    (value.abs() <= i128::from(MAX_WHOLE)).then(|| value.to_string())
}

/// A decimal (a published percent): the value and how many decimals it was written with.
pub fn decimal(node: &Node) -> Result<(f64, u32), Message> {
    let (t, in_quotes) = scalar_text(node)?;
    if let Some(problem) = not_a_number(t) {
        // `159,4%`: the number alone, with the decimal point a percent is written with.
        let bare = t.trim_end_matches('%').trim();
        let bare = match bare.matches(',').count() == 1 && !bare.contains('.') {
            true => bare.replace(',', "."),
            false => bare.to_owned(),
        };
        return Err(if t.ends_with('%') {
            msg!("number-percent-sign", value = t, bare = bare.as_str())
        } else {
            problem
        });
    }
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !int.is_empty() && all_digits(int) && all_digits(frac) && int.len() <= 12 {
        if in_quotes {
            return Err(quoted(t));
        }
        let value: f64 = t.parse().map_err(|_| not_whole(t))?;
        return Ok((value, frac.len() as u32));
    }
    if let Some((int, frac)) = digits
        .split_once(',')
        .filter(|(a, b)| all_digits(a) && all_digits(b))
    {
        return Err(msg!(
            "number-decimal-comma",
            value = t,
            meant = format!("{int}.{frac}")
        ));
    }
    Err(msg!("number-text-decimal", value = t))
}

/// The text of a value that must be a number, and whether it was in quotes.
fn scalar_text(node: &Node) -> Result<(&str, bool), Message> {
    match &node.value {
        Value::Scalar { text, plain } => {
            let t = text.trim();
            if *plain && (t.is_empty() || t == "~" || t.eq_ignore_ascii_case("null")) {
                return Err(msg!("number-nothing"));
            }
            Ok((t, !plain))
        }
        Value::Seq(_) => Err(msg!("number-list")),
        Value::Map(_) => Err(msg!("number-map")),
        Value::Alias => Err(msg!("number-alias")),
    }
}

fn quoted(t: &str) -> Message {
    msg!("number-quoted", value = t)
}

#[cfg(test)]
mod tests;
