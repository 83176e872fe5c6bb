//! The files of one language's index: `meta.json` (how many pages, and the first key of each
//! shard), shards of keys in byte order (`s/<hash>.json`: each folded word and each pair of
//! neighbouring words, with the pages that have it per marked form and weight), and one
//! fragment per page (`f/<id>.json`: address, title, date, section and the start of its text).
//! A query loads `meta.json`, the shards its words fall in and the fragments of the results it
//! shows, nothing more.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::docs::{Doc, TIERS};
use super::terms::{Term, terms};

/// A shard is closed once it holds this many bytes (one key may make it larger).
const SHARD_BYTES: usize = 24 * 1024;

/// Per marked form, the pages in each tier (ids ascending).
type Postings = BTreeMap<String, [Vec<u32>; TIERS]>;

/// A file of the index: its path below the index folder, and its bytes.
pub type IndexFile = (String, Vec<u8>);

/// The index of `docs`, whose ids are their places in the list.
pub fn build(docs: &[Doc]) -> Vec<IndexFile> {
    let per_doc: Vec<Vec<(String, String, u8)>> = docs.par_iter().map(keys_of).collect();
    let mut keys: BTreeMap<String, Postings> = BTreeMap::new();
    for (id, entries) in per_doc.into_iter().enumerate() {
        for (key, marked, tier) in entries {
            let lists = keys.entry(key).or_default().entry(marked).or_default();
            lists[usize::from(tier)].push(id as u32);
        }
    }
    let mut files = shards(&keys);
    files.extend(
        docs.par_iter()
            .enumerate()
            .map(fragment)
            .collect::<Vec<_>>(),
    );
    files
}

/// Every key of a page (words and pairs of neighbouring words) with its marked form and the
/// best tier it stands in; each once.
fn keys_of(doc: &Doc) -> Vec<(String, String, u8)> {
    let mut best: HashMap<(String, String), u8> = HashMap::new();
    let mut note = |key: String, marked: String, tier: u8| {
        best.entry((key, marked))
            .and_modify(|t| *t = (*t).min(tier))
            .or_insert(tier);
    };
    for (tier, texts) in doc.fields.iter().enumerate() {
        let tier = tier as u8;
        for text in texts {
            let mut previous: Option<Term> = None;
            for t in terms(text) {
                if let Some(p) = &previous {
                    note(
                        format!("{} {}", p.folded, t.folded),
                        format!("{} {}", p.marked, t.marked),
                        tier,
                    );
                }
                note(t.folded.clone(), t.marked.clone(), tier);
                previous = Some(t);
            }
        }
    }
    let mut out: Vec<(String, String, u8)> =
        best.into_iter().map(|((k, m), t)| (k, m, t)).collect();
    out.sort_unstable();
    out
}

/// The shards, in key order, and `meta.json` naming the first key of each.
fn shards(keys: &BTreeMap<String, Postings>) -> Vec<IndexFile> {
    let mut files = Vec::new();
    let mut firsts: Vec<(String, String)> = Vec::new();
    let mut shard = String::new();
    let mut first: Option<&str> = None;
    let mut close = |shard: &mut String, first: &str, files: &mut Vec<IndexFile>| {
        shard.push('}');
        let name = format!("{:016x}", fnv1a(shard.as_bytes()));
        firsts.push((first.to_owned(), name.clone()));
        files.push((format!("s/{name}.json"), std::mem::take(shard).into_bytes()));
    };
    for (key, postings) in keys {
        shard.push(if first.is_none() { '{' } else { ',' });
        first.get_or_insert(key);
        json_string(&mut shard, key);
        shard.push(':');
        entry(&mut shard, postings);
        if shard.len() >= SHARD_BYTES {
            close(&mut shard, first.take().unwrap_or_default(), &mut files);
        }
    }
    if let Some(first) = first {
        close(&mut shard, first, &mut files);
    }
    let meta = serde_json::json!({ "v": 1, "shards": firsts });
    files.push(("meta.json".to_owned(), meta.to_string().into_bytes()));
    files
}

/// `{"hóa":[[title ids],[strong ids],[body ids]],...}`, each list as differences.
fn entry(out: &mut String, postings: &Postings) {
    out.push('{');
    for (i, (marked, lists)) in postings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_string(out, marked);
        out.push_str(":[");
        for (t, ids) in lists.iter().enumerate() {
            if t > 0 {
                out.push(',');
            }
            out.push('[');
            let mut last = 0;
            for (j, id) in ids.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                out.push_str(&(id - last).to_string());
                last = *id;
            }
            out.push(']');
        }
        out.push(']');
    }
    out.push('}');
}

fn fragment((id, doc): (usize, &Doc)) -> IndexFile {
    let value = serde_json::json!({
        "u": doc.url,
        "t": doc.title,
        "d": doc.date,
        "s": doc.section,
        "x": doc.text,
    });
    (format!("f/{id}.json"), value.to_string().into_bytes())
}

fn json_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::Value::from(s).to_string());
}

/// A name for a shard that changes when its content does (so caches never serve an old one).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
