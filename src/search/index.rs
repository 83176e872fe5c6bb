//! The files of one language's index. Keys are folded words and pairs of neighbouring words;
//! each key lists, per marked form, the pages that have it in each tier. Keys are grouped in
//! buckets by their first letters, a bucket split by the next letter while it is too large:
//! `meta.json` names the buckets that were split (and the letters they split by), so a query
//! finds the one bucket of a word, or the few that hold every word it starts. One fragment
//! file per four pages (`f/<id / 4>.json`) holds what their results show.

use std::collections::hash_map::Entry;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::buckets;
use super::docs::Doc;
use super::postings::Postings;
use super::terms::{Term, term};
use crate::diagnostics::Diagnostic;

/// Pages are read in chunks of this many, in parallel, each with its own word list.
const CHUNK: usize = 512;

/// Longer words (in bytes, folded) are not indexed: no reader types them, and their keys
/// would only make buckets large.
const MAX_WORD: usize = 48;

/// The results of this many pages in a row are in one fragment file: fewer files to upload,
/// at most this many pages' texts loaded per result shown. search.js knows it too.
const FRAGMENTS: usize = 4;

pub use super::buckets::{Emit, IndexFile};

/// A key by the ids of its terms, `first << 32 | second`: one word (its second is
/// [`NONE`]), or a word and the next. One integer, so that hashing it is one step.
type Key = u64;

const NONE: u32 = u32::MAX;

fn key(first: u32, second: u32) -> Key {
    (u64::from(first) << 32) | u64::from(second)
}

fn parts(key: Key) -> (u32, u32) {
    ((key >> 32) as u32, key as u32)
}

/// The same key in other term ids.
fn remap(k: Key, ids: &[u32]) -> Key {
    match parts(k) {
        (a, NONE) => key(ids[a as usize], NONE),
        (a, b) => key(ids[a as usize], ids[b as usize]),
    }
}

/// The pages of one key in a chunk, each once with the first tier it is found in (tiers
/// are read in order) as `page << 2 | tier`: the first inline, since most pairs of words
/// occur once in a chunk, the others after it.
struct Lists {
    first: u32,
    more: Vec<u32>,
}

impl Lists {
    fn last(&self) -> u32 {
        self.more.last().copied().unwrap_or(self.first) >> 2
    }

    fn all(&self) -> impl Iterator<Item = u32> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

/// The keys of a chunk of pages, by ids into the chunk's own terms.
struct Chunk {
    terms: Vec<Term>,
    keys: HashMap<Key, Lists>,
}

/// Reads a page's words that are not in memory yet (an article's, from the graph's store).
pub type Fill<'f, 'a> = &'f (dyn Fn(&mut Doc<'a>) -> Result<(), Diagnostic> + Sync);

/// The keys of the pages read so far, by ids into its terms: chunks are read a few at a time,
/// in parallel, and each merged into it in order (so its page lists stay ascending) and let go.
#[derive(Default)]
struct Whole {
    terms: Vec<Term>,
    ids: HashMap<Term, u32>,
    keys: HashMap<Key, Postings>,
}

impl Whole {
    fn merge(&mut self, chunk: Chunk) {
        let ids: Vec<u32> = chunk
            .terms
            .into_iter()
            .map(|t| match self.ids.entry(t) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => {
                    self.terms.push(e.key().clone());
                    *e.insert(self.terms.len() as u32 - 1)
                }
            })
            .collect();
        for (key, lists) in chunk.keys {
            let postings = self.keys.entry(remap(key, &ids)).or_default();
            for page in lists.all() {
                postings.push(page >> 2, (page & 3) as usize);
            }
        }
    }

    /// Every key as its folded text and marked form, sorted, with its pages.
    fn sorted(&self) -> Vec<(String, String, &Postings)> {
        let terms = &self.terms;
        let mut entries: Vec<_> = self
            .keys
            .par_iter()
            .map(|(&key, postings)| match parts(key) {
                (a, NONE) => {
                    let a = &terms[a as usize];
                    (a.folded.clone(), a.marked.clone(), postings)
                }
                (a, b) => {
                    let (a, b) = (&terms[a as usize], &terms[b as usize]);
                    let folded = format!("{} {}", a.folded, b.folded);
                    (folded, format!("{} {}", a.marked, b.marked), postings)
                }
            })
            .collect();
        entries.par_sort_unstable_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        entries
    }
}

/// The index of `docs`, whose ids are their places in the list, each file handed to `emit` as
/// soon as it is made. Pages are read chunk by chunk, each filled by `fill` and emptied once
/// its words and its fragment are made, so that only the chunks being read hold their texts.
pub fn build<'a, T: Send>(
    docs: &mut [Doc<'a>],
    fill: Fill<'_, 'a>,
    emit: Emit<'_, T>,
) -> Result<Vec<T>, Diagnostic> {
    const { assert!(CHUNK.is_multiple_of(FRAGMENTS)) };
    let mut whole = Whole::default();
    let mut out = Vec::new();
    let batch = CHUNK * rayon::current_num_threads();
    for (b, docs) in docs.chunks_mut(batch).enumerate() {
        let read: Vec<(Chunk, Vec<T>)> = docs
            .par_chunks_mut(CHUNK)
            .enumerate()
            .map(|(i, chunk)| {
                let first = b * batch + i * CHUNK;
                chunk.iter_mut().try_for_each(fill)?;
                let keys = read_chunk(chunk, first as u32);
                let groups = chunk.chunks(FRAGMENTS).enumerate();
                let made = groups
                    .map(|(g, docs)| emit(fragments((first / FRAGMENTS + g, docs))))
                    .collect::<Result<_, _>>()?;
                chunk.iter_mut().for_each(Doc::empty);
                Ok((keys, made))
            })
            .collect::<Result<_, Diagnostic>>()?;
        for (chunk, made) in read {
            whole.merge(chunk);
            out.extend(made);
        }
    }
    out.extend(buckets::write(&whole.sorted(), emit)?);
    Ok(out)
}

/// The keys of a chunk of pages whose first id is `first`.
fn read_chunk(docs: &[Doc], first: u32) -> Chunk {
    let mut terms: Vec<Term> = Vec::new();
    let mut by_term: HashMap<Term, u32> = HashMap::default();
    let mut by_word: HashMap<&str, u32> = HashMap::default();
    let mut keys: HashMap<Key, Lists> = HashMap::default();
    for (page, doc) in (first..).zip(docs) {
        for (tier, texts) in doc.fields.iter().enumerate() {
            let mut note = |key| {
                let noted = (page << 2) | tier as u32;
                match keys.entry(key) {
                    Entry::Vacant(e) => {
                        e.insert(Lists {
                            first: noted,
                            more: Vec::new(),
                        });
                    }
                    Entry::Occupied(mut e) if e.get().last() != page => {
                        e.get_mut().more.push(noted)
                    }
                    Entry::Occupied(_) => {}
                }
            };
            for text in texts {
                let mut previous = None;
                for word in super::terms::words(text.as_ref()) {
                    let id = *by_word.entry(word).or_insert_with(|| {
                        let t = term(word);
                        *by_term.entry(t.clone()).or_insert_with(|| {
                            terms.push(t);
                            terms.len() as u32 - 1
                        })
                    });
                    let folded = &terms[id as usize].folded;
                    if folded.is_empty() || folded.len() > MAX_WORD {
                        // Not a word a reader types: no key, and no pair across it.
                        previous = None;
                        continue;
                    }
                    note(key(id, NONE));
                    if let Some(p) = previous {
                        note(key(p, id));
                    }
                    previous = Some(id);
                }
            }
        }
    }
    Chunk { terms, keys }
}

/// What the results of pages `FRAGMENTS * group`.. show, in one file: `f/<group>.json`.
fn fragments((group, docs): (usize, &[Doc])) -> IndexFile {
    let pages: Vec<serde_json::Value> = docs
        .iter()
        .map(|doc| {
            serde_json::json!({
                "u": doc.url,
                "t": doc.title,
                "d": doc.date,
                "s": doc.section,
                "x": doc.text,
            })
        })
        .collect();
    let text = serde_json::Value::from(pages).to_string();
    (format!("f/{group}.json"), text.into_bytes())
}
