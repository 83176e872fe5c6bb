//! The keys of an index in buckets by their first letters, so that a query loads only the
//! bucket of each word it has. A bucket larger than [`BUCKET_BYTES`] is split by the next
//! letter of its keys (`$` holding the key that has no next letter); `meta.json` names each
//! split bucket with the letters it was split by. Bucket files are named by the hexadecimal
//! UTF-8 of their letters: `s/_636f.json` holds the keys starting `co`.

use std::collections::BTreeMap;

/// A file of the index: its path below the index folder, and its bytes.
pub type IndexFile = (String, Vec<u8>);

/// A bucket is split when it holds more bytes than this.
const BUCKET_BYTES: usize = 16 * 1024;

/// Buckets are not split below this many letters: the keys that share them stay together
/// (and a bucket's name stays short).
const MAX_DEPTH: usize = 12;

/// Marks the bucket of the one key that is its prefix itself (`co` among `cong`, `coi`...).
const WHOLE: char = '$';

/// The bucket files and `meta.json` of `keys`: (folded key, marked form, page lists), sorted.
pub fn write(keys: &[(String, String, String)]) -> Vec<IndexFile> {
    // Keys and marked forms are letters, digits, marks and spaces: nothing JSON escapes.
    let mut entries: Vec<(&str, String)> = Vec::new();
    for group in keys.chunk_by(|a, b| a.0 == b.0) {
        let mut entry = format!("\"{}\":{{", group[0].0);
        for (i, (_, marked, lists)) in group.iter().enumerate() {
            let comma = if i > 0 { "," } else { "" };
            entry.push_str(&format!("{comma}\"{marked}\":\"{lists}\""));
        }
        entry.push('}');
        entries.push((group[0].0.as_str(), entry));
    }
    let mut out = Out::default();
    place(&entries, 0, String::new(), &mut out);
    let version = out
        .files
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, (_, bytes)| fnv1a(h, bytes));
    let meta = serde_json::json!({ "v": format!("{version:016x}"), "split": out.split });
    out.files
        .push(("meta.json".to_owned(), meta.to_string().into_bytes()));
    out.files
}

#[derive(Default)]
struct Out {
    files: Vec<IndexFile>,
    /// Each split bucket, with the letters of its parts in order.
    split: BTreeMap<String, String>,
}

/// Writes the keys of `entries` (all starting with `prefix`, of `depth` letters) as one
/// bucket, or splits them by their next letter.
fn place(entries: &[(&str, String)], depth: usize, prefix: String, out: &mut Out) {
    let bytes: usize = entries.iter().map(|(_, e)| e.len() + 1).sum();
    if entries.len() < 2 || bytes <= BUCKET_BYTES || depth >= MAX_DEPTH {
        let body = entries.iter().map(|(_, e)| e.as_str()).collect::<Vec<_>>();
        let name = format!("s/_{}.json", hex(&prefix));
        out.files
            .push((name, format!("{{{}}}", body.join(",")).into_bytes()));
        return;
    }
    let mut letters = String::new();
    let mut start = 0;
    while start < entries.len() {
        let next = |key: &str| key.chars().nth(depth);
        let letter = next(entries[start].0);
        let end = start
            + entries[start..]
                .iter()
                .take_while(|(k, _)| next(k) == letter)
                .count();
        let letter = letter.unwrap_or(WHOLE);
        letters.push(letter);
        let mut part = prefix.clone();
        part.push(letter);
        place(&entries[start..end], depth + 1, part, out);
        start = end;
    }
    out.split.insert(prefix, letters);
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
