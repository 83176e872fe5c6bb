//! Which figure each column of a sheet holds: by the map file, else by the campaign's metric
//! labels (in any of its languages, folded) and the words federations head their columns
//! with ("Chỉ tiêu", "Tỷ lệ (%)", "Xếp hạng"). A column that is not understood is listed.

use super::map::Map;
pub use super::role::Role;
use super::words::{fold_header, scale_word};
use crate::data::CampaignRecord;
use crate::lang::Localized;

/// A column of the sheet and what it was understood to hold.
#[derive(Debug, Clone)]
pub struct Column {
    pub col: usize,
    /// The header as written; `Parent / Child` under a two-row header.
    pub label: String,
    pub role: Option<Role>,
    /// What each figure is multiplied by: 1,000,000 under "(triệu đồng)".
    pub scale: f64,
    /// Understood from the map file, not from the campaign's labels.
    pub mapped: bool,
    /// A currency the header names that is not its metric's ("USD" for a metric in VND).
    pub foreign: Option<String>,
}

/// Understands the column headed `label` (`parent`, `child` of a two-row header).
pub fn understand(col: usize, parent: &str, child: &str, c: &CampaignRecord, map: &Map) -> Column {
    let label = match (parent.trim(), child.trim()) {
        (p, "") => p.to_string(),
        ("", ch) => ch.to_string(),
        (p, ch) => format!("{p} / {ch}"),
    };
    let from_map = map.column(&label).or_else(|| {
        (!child.trim().is_empty())
            .then(|| map.column(child))
            .flatten()
    });
    if let Some((role, scale)) = from_map {
        return Column {
            col,
            label,
            role: Some(role),
            scale,
            mapped: true,
            foreign: None,
        };
    }
    let (words, hint) = words_and_hint(&label);
    let scale = hint.as_deref().and_then(scale_word).unwrap_or(1.0);
    let role = guess(&words, hint.as_deref(), c);
    Column {
        col,
        label,
        role,
        scale,
        mapped: false,
        foreign: hint.as_deref().and_then(|h| foreign(h, role?, c)),
    }
}

/// The currency a header's hint names ("nghìn USD") when its money metric counts in another.
fn foreign(hint: &str, role: Role, c: &CampaignRecord) -> Option<String> {
    let (Role::Value(m) | Role::Target(m)) = role else {
        return None;
    };
    let metric = &c.metrics[m];
    if !matches!(metric.kind, crate::data::schema::MetricKind::Money) {
        return None;
    }
    let named = hint.split([' ', '.', '/']).find_map(|w| match w {
        "usd" | "$" | "us$" => Some("USD"),
        "eur" | "euro" | "€" => Some("EUR"),
        "vnd" | "vnđ" | "dong" | "d" => Some("VND"),
        _ => None,
    })?;
    (!named.eq_ignore_ascii_case(&metric.currency)).then(|| named.to_string())
}

/// The folded words of a header without its parenthesised hint, and the hint: "giá trị làm
/// lợi", "triệu đồng" for "Giá trị làm lợi (triệu đồng)".
fn words_and_hint(label: &str) -> (String, Option<String>) {
    let folded = fold_header(label);
    let mut words = String::new();
    let mut hint = None;
    let mut rest = folded.as_str();
    while let Some(open) = rest.find('(') {
        words.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find(')').unwrap_or(after.len());
        hint.get_or_insert_with(|| after[..close].trim().to_string());
        rest = after.get(close + 1..).unwrap_or("");
    }
    words.push_str(rest);
    let words = words
        .replace(['/', ',', ':', '.'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (words, hint)
}

const ORDINALS: &[&str] = &["stt", "tt", "so tt", "so thu tu", "#", "no", "n0"];
const NAMES: &[&str] = &[
    "don vi",
    "ten don vi",
    "ten",
    "unit",
    "units",
    "name",
    "tinh",
    "tinh thanh pho",
    "tinh tp",
    "ldld tinh thanh pho",
    "ldld tinh tp",
    "cong doan nganh",
    "tinh thanh",
];

fn has_word(words: &str, phrase: &str) -> bool {
    format!(" {words} ").contains(&format!(" {phrase} "))
}

/// The role of a header by the words federations use and the campaign's metric labels.
fn guess(words: &str, hint: Option<&str>, c: &CampaignRecord) -> Option<Role> {
    if words.is_empty() {
        return None;
    }
    if ORDINALS.contains(&words) {
        return Some(Role::Ordinal);
    }
    let any = |list: &[&str]| list.iter().any(|p| has_word(words, p));
    let metric = metric_named(words, c);
    let main = metric.or(Some(c.rank_by));
    if words == "don vi tinh" || words == "dvt" {
        // The unit of measure, not the reporting unit.
        return None;
    }
    let rank = any(&["xep hang", "thu hang", "rank", "ranking"]) || words == "hang";
    if rank || words.starts_with("hang ") {
        return Some(match any(&["cum", "cluster"]) {
            true => Role::RankCluster,
            false => Role::RankNational,
        });
    }
    if any(&["ty le", "phan tram", "percent", "%"]) || hint == Some("%") {
        return main.map(Role::Percent);
    }
    if any(&["chi tieu", "target", "ke hoach"]) {
        return main.map(Role::Target);
    }
    if NAMES.contains(&words) || any(&["don vi", "unit"]) {
        return Some(Role::Name);
    }
    if any(&["cum thi dua", "cluster"]) || words == "cum" {
        return Some(Role::Cluster);
    }
    metric.map(Role::Value)
}

/// The metric whose label (in any language, folded) or id the header's words contain; the
/// longest such label wins ("đoàn viên tham gia" over "đoàn viên").
fn metric_named(words: &str, c: &CampaignRecord) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, m) in c.metrics.iter().enumerate() {
        let id_words = m.id.replace(['_', '-'], " ");
        let labels = labels(&m.label).into_iter().chain([id_words]);
        for label in labels {
            let (label, _) = words_and_hint(&label);
            if !label.is_empty()
                && has_word(words, &label)
                && best.is_none_or(|(_, n)| label.len() > n)
            {
                best = Some((i, label.len()));
            }
        }
    }
    best.map(|(i, _)| i)
}

fn labels(l: &Localized) -> Vec<String> {
    match l {
        Localized::All(s) => vec![s.clone()],
        Localized::PerLang(map) => map.values().cloned().collect(),
    }
}
