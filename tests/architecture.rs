//! The house rules of src/ that a reader relies on (ARCHITECTURE.md): modules depend on each
//! other one way, no file is longer than can be read at once, and each says why it exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

/// Every module of the crate (`crate::graph::routes`) and its file.
fn modules() -> BTreeMap<String, PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src) {
        let path = entry.unwrap().into_path();
        // main.rs is the binary, a crate of its own that uses the library from outside.
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("main.rs") {
            continue;
        }
        let rel = path.strip_prefix(&src).unwrap().with_extension("");
        let mut parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
            parts.pop();
        }
        let name = std::iter::once("crate".to_owned())
            .chain(parts)
            .collect::<Vec<_>>();
        out.insert(name.join("::"), path);
    }
    out
}

/// The code of a file without its test module (tests may import anything).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let cut = [
        "#[cfg(test)]\nmod tests {",
        "#[cfg(test)]\npub(crate) mod tests {",
    ]
    .iter()
    .filter_map(|m| text.find(m))
    .min()
    .unwrap_or(text.len());
    text[..cut].to_owned()
}

/// The paths a file names: those its `use` items import (`use crate::{fsx, text}` is two), and
/// `crate::a::b`, `super::x`, `self::y` and `child::item` written in its code.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = find_use(rest) {
        out.extend(paths_in(&rest[..i]));
        let end = rest[i..].find(';').map_or(rest.len(), |e| i + e);
        let tree: String = rest[i + 4..end].split_whitespace().collect();
        expand(&tree, &mut Vec::new(), &mut out);
        rest = &rest[end..];
    }
    out.extend(paths_in(rest));
    out
}

/// Where the next `use` item starts (`use` or `pub use` at the start of a line).
fn find_use(code: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = code[from..].find("use ") {
        let at = from + i;
        let line_start = code[..at].rfind('\n').map_or(0, |n| n + 1);
        let before = code[line_start..at].trim();
        if before.is_empty() || before.starts_with("pub") {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// A use tree (`a::{b, c::{d, e}}`, spaces removed) as one path per leaf.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let (head, group) = match tree.find("::{") {
        Some(i) if tree.ends_with('}') => (&tree[..i], Some(&tree[i + 3..tree.len() - 1])),
        _ => (tree, None),
    };
    let head = head.split(" as ").next().unwrap_or(head);
    let depth = prefix.len();
    prefix.extend(
        head.split("::")
            .filter(|s| !s.is_empty() && *s != "*")
            .map(str::to_owned),
    );
    match group {
        None => out.push(prefix.clone()),
        Some(group) => {
            let mut level = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => level += 1,
                    '}' => level -= 1,
                    ',' if level == 0 => {
                        expand(&group[start..i], prefix, out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            if start < group.len() {
                expand(&group[start..], prefix, out);
            }
        }
    }
    prefix.truncate(depth);
}

/// Paths of two or more segments written in code (`crate::text::slugify`, `routes::route`).
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let starts = word(bytes[i]) && (i == 0 || !(word(bytes[i - 1]) || bytes[i - 1] == b':'));
        if !starts {
            i += 1;
            continue;
        }
        let mut segs = Vec::new();
        let mut j = i;
        loop {
            let s = j;
            while j < bytes.len() && word(bytes[j]) {
                j += 1;
            }
            segs.push(code[s..j].to_owned());
            let more = code[j..].starts_with("::")
                && code[j + 2..].starts_with(|c: char| c.is_alphabetic() || c == '_');
            if !more {
                break;
            }
            j += 2;
        }
        if segs.len() > 1 {
            out.push(segs);
        }
        i = j.max(i + 1);
    }
    out
}

/// The module a path leads to, as far as it names modules.
fn resolve(from: &str, path: &[String], modules: &BTreeMap<String, PathBuf>) -> Option<String> {
    let here: Vec<&str> = from.split("::").collect();
    let (mut at, rest): (Vec<&str>, &[String]) = match path[0].as_str() {
        // A `#[macro_export]` macro is named at the crate root but belongs to its module.
        "crate" if path.get(1).is_some_and(|s| s == "msg") => {
            return Some("crate::messages::message".into());
        }
        "crate" => (vec!["crate"], &path[1..]),
        "self" => (here.clone(), &path[1..]),
        "super" => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            (
                here[..here.len().saturating_sub(ups)].to_vec(),
                &path[ups..],
            )
        }
        child if modules.contains_key(&format!("{from}::{child}")) => (here.clone(), path),
        _ => return None,
    };
    for seg in rest {
        let next = format!("{}::{seg}", at.join("::"));
        if !modules.contains_key(&next) {
            break;
        }
        at.push(seg);
    }
    Some(at.join("::"))
}

#[test]
fn modules_depend_on_each_other_one_way() {
    let modules = modules();
    let mut uses: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (name, path) in &modules {
        let targets = named_paths(&code(path))
            .iter()
            .filter_map(|p| resolve(name, p, &modules))
            .filter(|t| t != name)
            .collect();
        uses.insert(name, targets);
    }
    // A module in a circle reaches itself again.
    let mut circles = Vec::new();
    for start in uses.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&str> = uses[start].iter().map(String::as_str).collect();
        while let Some(m) = todo.pop() {
            if m == *start {
                circles.push(*start);
                break;
            }
            if seen.insert(m) {
                todo.extend(uses.get(m).into_iter().flatten().map(String::as_str));
            }
        }
    }
    let edges: Vec<String> = circles
        .iter()
        .map(|m| format!("{m} -> {:?}", uses[m]))
        .collect();
    assert!(
        circles.is_empty(),
        "these modules import each other in a circle:\n{}",
        edges.join("\n")
    );
}

#[test]
fn the_resolver_sees_a_circle() {
    let modules: BTreeMap<String, PathBuf> = ["crate", "crate::a", "crate::a::b"]
        .iter()
        .map(|m| (m.to_string(), PathBuf::new()))
        .collect();
    let paths = named_paths(
        "use super::Thing;\npub use crate::{a::b::{self, X}, a};\nfn f() { b::go(); crate::a::b::x(); }",
    );
    let found: Vec<_> = paths
        .iter()
        .filter_map(|p| resolve("crate::a", p, &modules))
        .collect();
    assert_eq!(
        found,
        [
            "crate",
            "crate::a::b",
            "crate::a::b",
            "crate::a",
            "crate::a::b",
            "crate::a::b"
        ]
    );
}

#[test]
fn files_are_short_enough_to_read_at_once_and_say_why_they_exist() {
    let mut long = Vec::new();
    let mut silent = Vec::new();
    for path in modules().values() {
        let text = std::fs::read_to_string(path).unwrap();
        let is_tests = path.file_stem().is_some_and(|s| s == "tests");
        if text.lines().count() > MAX_LINES && !is_tests {
            long.push((path.clone(), text.lines().count()));
        }
        if !text.starts_with("//!") {
            silent.push(path.clone());
        }
    }
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
    assert!(
        silent.is_empty(),
        "files that do not open with a //! line: {silent:?}"
    );
}
