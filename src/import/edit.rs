//! Changing figures in a unit file the editor wrote, in place: each new figure replaces the
//! characters of the old one, and a missing key is added beside its siblings in the map's own
//! style, so comments, key order, quoting and everything the sheet does not speak of stay as
//! written. A layout this cannot edit is rewritten whole (and the summary says comments go).

use indexmap::IndexMap;

use crate::yaml::{Doc, Node, Value};

/// One change: the value at `path` becomes the YAML `text`; with `append`, `text` is added as
/// an item of the list at `path`.
#[derive(Debug, Clone)]
pub struct Edit {
    pub path: Vec<String>,
    pub text: String,
    pub append: bool,
}

/// What is added under one map that exists: keys to values, or to more such maps.
#[derive(Debug, Default)]
struct Tree(IndexMap<String, Branch>);

#[derive(Debug)]
enum Branch {
    Leaf(String),
    Tree(Tree),
}

impl Tree {
    fn add(&mut self, path: &[String], text: &str) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        if rest.is_empty() {
            self.0.insert(first.clone(), Branch::Leaf(text.to_string()));
            return;
        }
        let entry = self
            .0
            .entry(first.clone())
            .or_insert_with(|| Branch::Tree(Tree::default()));
        if let Branch::Tree(t) = entry {
            t.add(rest, text);
        }
    }

    /// `{national: 25, cluster: 3}`.
    fn flow(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(k, b)| match b {
                Branch::Leaf(t) => format!("{k}: {t}"),
                Branch::Tree(t) => format!("{k}: {}", t.flow()),
            })
            .collect();
        format!("{{{}}}", parts.join(", "))
    }

    fn entry_text(key: &str, b: &Branch) -> String {
        match b {
            Branch::Leaf(t) => format!("{key}: {t}"),
            Branch::Tree(t) => format!("{key}: {}", t.flow()),
        }
    }
}

/// `source` with `edits` made in place; None when its layout is not one this edits (a key
/// whose value is empty, an alias anywhere, a list where a map should be).
pub fn in_place(source: &str, doc: &Doc, edits: &[Edit]) -> Option<String> {
    // A figure an alias repeats would change in both places: such a file is written whole.
    if doc.has_alias() {
        return None;
    }
    // Lines are added after lines: the last one ends too (the characters before stay where
    // the document's places say).
    let owned = format!("{}\n", source.strip_suffix('\n').unwrap_or(source));
    let source = owned.as_str();
    let bytes: Vec<usize> = source
        .char_indices()
        .map(|(b, _)| b)
        .chain([source.len()])
        .collect();
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(source.len());
    // (start, end, text, depth): of insertions at one place, the deeper one comes first.
    let mut ops: Vec<(usize, usize, String, usize)> = Vec::new();
    let mut missing: IndexMap<usize, (&Node, Tree, usize)> = IndexMap::new();
    for edit in edits {
        let mut node = doc.root();
        let mut depth = 0;
        while depth < edit.path.len() {
            match node.get(&edit.path[depth]) {
                Some(next) => node = next,
                None => break,
            }
            depth += 1;
        }
        if depth < edit.path.len() {
            if !matches!(node.value, Value::Map(_)) {
                return None;
            }
            let entry = missing
                .entry(node.start)
                .or_insert_with(|| (node, Tree::default(), depth));
            // A list that is not there yet is written with its one item.
            let text = match edit.append {
                true => format!("[{}]", edit.text),
                false => edit.text.clone(),
            };
            entry.1.add(&edit.path[depth..], &text);
            continue;
        }
        match (&node.value, edit.append) {
            (Value::Scalar { text, .. }, false) if !text.is_empty() => {
                ops.push((byte(node.start), byte(node.end), edit.text.clone(), depth));
            }
            (Value::Seq(items), true) => {
                let (at, end, text) = append(source, node, items, &edit.text, &byte)?;
                ops.push((at, end, text, depth));
            }
            _ => return None,
        }
    }
    for (node, tree, depth) in missing.values() {
        let (at, end, text) = insert(source, node, tree, &byte)?;
        ops.push((at, end, text, *depth));
    }
    ops.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.3.cmp(&b.3)));
    let mut out = source.to_string();
    for (start, end, text, _) in ops {
        out.replace_range(start..end, &text);
    }
    Some(out)
}

/// Where a flow collection that ends by `end` (character index) closes with `close`.
fn closing(source: &str, start: usize, end: usize, close: char) -> Option<usize> {
    let end = (end + 1).min(source.len());
    source.get(start..end)?.rfind(close).map(|i| start + i)
}

/// The byte after the line on which the character at `end` stands.
fn after_line(source: &str, end: usize) -> usize {
    let from = end.min(source.len());
    match source[from..].find('\n') {
        Some(i) => from + i + 1,
        None => source.len(),
    }
}

/// New keys under the map `node`: before the `}` of a flow map, else on lines of their own
/// after its last entry, at its keys' indentation.
fn insert(
    source: &str,
    node: &Node,
    tree: &Tree,
    byte: &dyn Fn(usize) -> usize,
) -> Option<(usize, usize, String)> {
    let (start, end) = (byte(node.start), byte(node.end));
    let entries = node.entries();
    if source[start..].starts_with('{') {
        let at = closing(source, start, end, '}')?;
        let parts: Vec<String> = tree.0.iter().map(|(k, b)| Tree::entry_text(k, b)).collect();
        let lead = if entries.is_empty() { "" } else { ", " };
        return Some((at, at, format!("{lead}{}", parts.join(", "))));
    }
    let (first_key, _) = entries.first()?;
    let indent = " ".repeat(first_key.pos.col.saturating_sub(1));
    let (_, last) = entries.last()?;
    let at = after_line(
        source,
        byte(last.end.max(node.end))
            .saturating_sub(1)
            .max(byte(last.start)),
    );
    let lines: String = tree
        .0
        .iter()
        .map(|(k, b)| format!("{indent}{}\n", Tree::entry_text(k, b)))
        .collect();
    Some((at, at, lines))
}

/// One more item at the end of the list `node`.
fn append(
    source: &str,
    node: &Node,
    items: &[Node],
    text: &str,
    byte: &dyn Fn(usize) -> usize,
) -> Option<(usize, usize, String)> {
    let (start, end) = (byte(node.start), byte(node.end));
    if source[start..].starts_with('[') {
        let at = closing(source, start, end, ']')?;
        let lead = if items.is_empty() { "" } else { ", " };
        return Some((at, at, format!("{lead}{text}")));
    }
    let first = items.first()?;
    let line_start = source[..byte(first.start)].rfind('\n').map_or(0, |i| i + 1);
    let dash = source[line_start..byte(first.start)].find('-')?;
    let indent = " ".repeat(source[line_start..line_start + dash].chars().count());
    let last = items.last()?;
    let at = after_line(
        source,
        byte(last.end).saturating_sub(1).max(byte(last.start)),
    );
    Some((at, at, format!("{indent}- {text}\n")))
}

/// `source` rewritten whole with `edits`: for layouts [`in_place`] does not edit. Comments go.
pub fn rewrite(source: &str, edits: &[Edit]) -> Option<String> {
    use serde_yaml::{Mapping, Value as Y};
    let mut root: Y = serde_yaml::from_str(source).ok()?;
    for edit in edits {
        let new: Y = serde_yaml::from_str(&edit.text).ok()?;
        let mut node = &mut root;
        for part in &edit.path {
            if !node.is_mapping() {
                *node = Y::Mapping(Mapping::new());
            }
            let map = node.as_mapping_mut()?;
            node = map.entry(Y::String(part.clone())).or_insert(Y::Null);
        }
        match (edit.append, node) {
            (true, Y::Sequence(items)) => items.push(new),
            (true, other) => *other = Y::Sequence(vec![new]),
            (false, other) => *other = new,
        }
    }
    serde_yaml::to_string(&root).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(path: &str, text: &str) -> Edit {
        Edit {
            path: path.split('.').map(String::from).collect(),
            text: text.into(),
            append: false,
        }
    }

    fn apply(source: &str, edits: &[Edit]) -> String {
        let doc = crate::yaml::doc(source).unwrap();
        in_place(source, &doc, edits).unwrap()
    }

    #[test]
    fn a_figure_changes_where_it_stands_and_comments_stay() {
        let source =
            "name: Lai Châu # tỉnh\nvalues:\n  initiatives: 3500 # báo cáo\n  members: 10\n";
        let out = apply(source, &[edit("values.initiatives", "3666")]);
        assert_eq!(
            out,
            "name: Lai Châu # tỉnh\nvalues:\n  initiatives: 3666 # báo cáo\n  members: 10\n"
        );
    }

    #[test]
    fn missing_keys_join_their_map_in_its_style() {
        let source = "name: A\nvalues:\n    initiatives: 1\ntarget: {members: 2}\n# end\n";
        let out = apply(
            source,
            &[
                edit("values.benefit", "5"),
                edit("target.initiatives", "7"),
                edit("reported.rank.national", "3"),
                edit("reported.rank.cluster", "1"),
            ],
        );
        assert_eq!(
            out,
            "name: A\nvalues:\n    initiatives: 1\n    benefit: 5\ntarget: {members: 2, initiatives: 7}\nreported: {rank: {national: 3, cluster: 1}}\n# end\n"
        );
    }

    #[test]
    fn a_source_and_a_new_key_at_the_end_of_the_file_stay_apart() {
        let source = "name: A\nsources:\n  - {title: x}";
        let mut edits = vec![edit("target.initiatives", "7")];
        edits.push(Edit {
            path: vec!["sources".into()],
            text: "{title: y}".into(),
            append: true,
        });
        let out = apply(source, &edits);
        assert_eq!(
            out,
            "name: A\nsources:\n  - {title: x}\n  - {title: y}\ntarget: {initiatives: 7}\n"
        );
    }

    #[test]
    fn a_file_without_sources_gets_a_list_of_one() {
        let source = "name: A # the unit\nvalues:\n  initiatives: 3\n";
        let mut e = edit("sources", "{title: \"Bảng\"}");
        e.append = true;
        assert_eq!(
            apply(source, &[e]),
            "name: A # the unit\nvalues:\n  initiatives: 3\nsources: [{title: \"Bảng\"}]\n"
        );
    }

    #[test]
    fn a_source_is_added_to_the_list() {
        let source = "name: A\nsources:\n  - {title: x}\n";
        let out = apply(
            source,
            &[Edit {
                path: vec!["sources".into()],
                text: "{title: y}".into(),
                append: true,
            }],
        );
        assert_eq!(out, "name: A\nsources:\n  - {title: x}\n  - {title: y}\n");
    }
}
