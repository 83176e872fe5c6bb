//! The keys of an index in buckets by their first letters, so that a query loads only the
//! bucket of each word it has. A bucket larger than [`BUCKET_BYTES`] is split by the next
//! letter of its keys (`$` holding the key that has no next letter); `meta.json` names each
//! split bucket with the letters it was split by. Bucket files are named by the hexadecimal
//! UTF-8 of their letters: `s/_636f.json` holds the keys starting `co`.

use std::collections::BTreeMap;

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
/// file handed to `emit` as soon as it is written.
pub fn write<T>(
    keys: &[(String, String, &Postings)],
    emit: Emit<'_, T>,
) -> Result<Vec<T>, Diagnostic> {
    let entries: Vec<(Key, usize)> = keys
        .chunk_by(|a, b| a.0 == b.0)
        .map(|key| (key, entry_len(key)))
        .collect();
    let mut out = Out {
        files: Vec::new(),
        split: BTreeMap::new(),
        version: 0xcbf2_9ce4_8422_2325,
        emit,
    };
    place(&entries, 0, String::new(), &mut out)?;
    let meta = serde_json::json!({ "v": format!("{:016x}", out.version), "split": out.split });
    out.files.push(emit((
        "meta.json".to_owned(),
        meta.to_string().into_bytes(),
    ))?);
    Ok(out.files)
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

struct Out<'e, T> {
    files: Vec<T>,
    /// Each split bucket, with the letters of its parts in order.
    split: BTreeMap<String, String>,
    /// The FNV-1a hash of the buckets' bytes, in order: it changes when any of them does.
    version: u64,
    emit: Emit<'e, T>,
}

/// Writes the keys of `entries` (all starting with `prefix`, of `depth` letters, each with its
/// length) as one bucket, or splits them by their next letter.
fn place<T>(
    entries: &[(Key, usize)],
    depth: usize,
    prefix: String,
    out: &mut Out<T>,
) -> Result<(), Diagnostic> {
    let bytes: usize = entries.iter().map(|(_, len)| len + 1).sum();
    if entries.len() < 2 || bytes <= BUCKET_BYTES || depth >= MAX_DEPTH {
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
        out.version = fnv1a(out.version, body.as_bytes());
        let name = format!("s/_{}.json", hex(&prefix));
        out.files.push((out.emit)((name, body.into_bytes()))?);
        return Ok(());
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
        place(&entries[start..end], depth + 1, part, out)?;
        start = end;
    }
    out.split.insert(prefix, letters);
    Ok(())
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
