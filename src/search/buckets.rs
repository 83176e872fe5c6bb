//! The keys of an index in buckets by their first letters, so that a query loads only the
//! bucket of each word it has. A bucket larger than [`BUCKET_BYTES`] is split by the next
//! letter of its keys (`$` holding the key that has no next letter); `meta.json` names each
//! split bucket with the letters it was split by. Bucket files are named by the hexadecimal
//! UTF-8 of their letters: `s/_636f.json` holds the keys starting `co`.

use std::collections::BTreeMap;
use std::ops::Range;

use rayon::prelude::*;

use super::postings::Postings;
use crate::diagnostics::Diagnostic;

/// A file of the index: its path below the index folder, and its bytes.
pub type IndexFile = (String, Vec<u8>);

/// Takes each file of the index as soon as it is made (a build writes it into its staging
/// folder), so that no file waits in memory for the others.
pub type Emit<'e, T> = &'e (dyn Fn(IndexFile) -> Result<T, Diagnostic> + Sync);

/// A bucket is split when it holds more bytes than this.
const BUCKET_BYTES: usize = 16 * 1024;

/// Buckets are not split below this many letters: the keys that share them stay together
/// (and a bucket's name stays short).
const MAX_DEPTH: usize = 12;

/// Marks the bucket of the one key that is its prefix itself (`co` among `cong`, `coi`...).
const WHOLE: char = '$';

/// One key (its folded text) with each of its marked forms and their pages.
type Key<'k> = &'k [(String, String, &'k Postings)];

/// The bucket files and `meta.json` of `keys`: (folded key, marked form, pages), sorted, each
/// file handed to `emit` as soon as it is written. Where the buckets fall is found first; then
/// they are written in parallel.
pub fn write<T: Send>(
    keys: &[(String, String, &Postings)],
    emit: Emit<'_, T>,
) -> Result<Vec<T>, Diagnostic> {
    let groups: Vec<Key> = keys.chunk_by(|a, b| a.0 == b.0).collect();
    let entries: Vec<(Key, usize)> = groups
        .into_par_iter()
        .map(|key| (key, entry_len(key)))
        .collect();
    let mut plan = Plan::default();
    place(&entries, 0, 0, String::new(), &mut plan);
    let made: Vec<(u64, T)> = plan
        .buckets
        .into_par_iter()
        .map(|(prefix, range)| {
            let entries = &entries[range];
            let body = bucket(entries);
            let hash = fnv1a(FNV_OFFSET, body.as_bytes());
            let name = format!("s/_{}.json", hex(&prefix));
            emit((name, body.into_bytes())).map(|made| (hash, made))
        })
        .collect::<Result<_, _>>()?;
    // Changes when any bucket does: the FNV-1a hash of the buckets' hashes, in order.
    let version = made
        .iter()
        .fold(FNV_OFFSET, |h, (bucket, _)| fnv1a(h, &bucket.to_le_bytes()));
    let meta = serde_json::json!({ "v": format!("{version:016x}"), "split": plan.split });
    let mut files: Vec<T> = made.into_iter().map(|(_, made)| made).collect();
    files.push(emit((
        "meta.json".to_owned(),
        meta.to_string().into_bytes(),
    ))?);
    Ok(files)
}

/// The text of one bucket: its keys' entries in one JSON object.
fn bucket(entries: &[(Key, usize)]) -> String {
    let bytes: usize = entries.iter().map(|(_, len)| len + 1).sum();
    let mut body = String::with_capacity(bytes + 1);
    body.push('{');
    for (i, (key, _)) in entries.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        let before = body.len();
        push_entry(&mut body, key);
        debug_assert_eq!(body.len() - before, entry_len(key));
    }
    body.push('}');
    body
}

/// The bytes of a key in its bucket: `"cong":{"công":"A,,B","cong":",,C"}`. Keys and marked
/// forms are letters, digits, marks and spaces, and the lists are [`Postings::write`]'s digits:
/// nothing JSON escapes.
fn push_entry(body: &mut String, key: Key) {
    body.push('"');
    body.push_str(&key[0].0);
    body.push_str("\":{");
    for (i, (_, marked, postings)) in key.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push('"');
        body.push_str(marked);
        body.push_str("\":\"");
        postings.write(body);
        body.push('"');
    }
    body.push('}');
}

/// How many bytes [`push_entry`] writes for `key`.
fn entry_len(key: Key) -> usize {
    let forms: usize = key
        .iter()
        .map(|(_, m, p)| m.len() + 5 + p.written_len())
        .sum();
    key[0].0.len() + 4 + forms + (key.len() - 1) + 1
}

/// Where the buckets fall: each bucket's letters and its entries (a range of the sorted
/// keys), and each split bucket with the letters of its parts in order.
#[derive(Default)]
struct Plan {
    buckets: Vec<(String, Range<usize>)>,
    split: BTreeMap<String, String>,
}

/// Places the keys of `entries` (all starting with `prefix`, of `depth` letters, each with its
/// length; the first at `offset` of all keys) in one bucket, or splits them by their next letter.
fn place(entries: &[(Key, usize)], offset: usize, depth: usize, prefix: String, plan: &mut Plan) {
    let bytes: usize = entries.iter().map(|(_, len)| len + 1).sum();
    if entries.len() < 2 || bytes <= BUCKET_BYTES || depth >= MAX_DEPTH {
        plan.buckets.push((prefix, offset..offset + entries.len()));
        return;
    }
    let mut letters = String::new();
    let mut start = 0;
    while start < entries.len() {
        let next = |key: Key| key[0].0.chars().nth(depth);
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
        place(&entries[start..end], offset + start, depth + 1, part, plan);
        start = end;
    }
    plan.split.insert(prefix, letters);
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// FNV-1a's starting value.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
