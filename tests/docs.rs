//! The editor's documents keep up with the site: every relative link in `docs/` and the README
//! leads to a file (and a heading) that exists, every key the example site and the starter site
//! write is in both references, and each document has its counterpart in the other language.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use serde_yaml::Value;

/// The references, one per language: each must name every key an editor may write.
const REFERENCES: &[&str] = &["docs/en/reference.md", "docs/vi/tham-chieu.md"];

/// Sites whose files the references must cover: the example site and the one `init` writes.
const SITES: &[&str] = &[".", "src/cmd/starter"];

/// Maps whose keys are names the editor chooses (a metric, a cluster, a language), not keys of
/// the format; the values below them are walked.
const NAMED: &[&str] = &[
    "languages",
    "metrics",
    "clusters",
    "values",
    "target",
    "totals",
    "percent_of_target",
    "awards",
    "unit_kinds",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Files under `dir` (relative to the repository) whose name ends with `suffix`, sorted.
fn files(dir: &str, suffix: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root().join(dir))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().to_string_lossy().ends_with(suffix))
        .map(walkdir::DirEntry::into_path)
        .collect()
}

fn shown(path: &Path) -> String {
    let rel = path.strip_prefix(root()).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// The lines of a Markdown text outside fenced code blocks, with their numbers.
fn outside_fences(text: &str) -> Vec<(usize, &str)> {
    let mut fenced = false;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
        } else if !fenced {
            out.push((i + 1, line));
        }
    }
    out
}

/// The code spans of one line (`` `key` ``), and the line with them blanked out.
fn code_spans(line: &str) -> (Vec<String>, String) {
    let (mut spans, mut rest, mut s) = (Vec::new(), String::new(), line);
    while let Some(open) = s.find('`') {
        rest.push_str(&s[..open]);
        let ticks = s[open..].chars().take_while(|&c| c == '`').count();
        let after = &s[open + ticks..];
        let Some(close) = after.find(&"`".repeat(ticks)) else {
            rest.push_str(&s[open..]);
            s = "";
            break;
        };
        spans.push(after[..close].trim().to_owned());
        rest.push_str(&" ".repeat(close + 2 * ticks));
        s = &after[close + ticks..];
    }
    rest.push_str(s);
    (spans, rest)
}

/// A heading's anchor as GitHub makes it: lower case, letters, digits, `-` and `_` kept,
/// spaces made `-`, everything else dropped.
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every anchor of a Markdown file; a heading written twice gets `-1`, `-2`...
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = BTreeSet::new();
    for (_, line) in outside_fences(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            let base = anchor(line[hashes..].trim());
            let n = seen.entry(base.clone()).or_insert(0);
            out.insert(match *n {
                0 => base,
                n => format!("{base}-{n}"),
            });
            *n += 1;
        }
    }
    out
}

/// The targets of the inline links `[text](target)` of a Markdown text, with their lines.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in outside_fences(text) {
        let (_, prose) = code_spans(line);
        let mut s = prose.as_str();
        while let Some(i) = s.find("](") {
            let target = &s[i + 2..];
            let end = target.find(')').unwrap_or(target.len());
            out.push((n, target[..end].trim().to_owned()));
            s = &target[end..];
        }
    }
    out
}

fn is_external(target: &str) -> bool {
    target.contains("://") || target.starts_with("mailto:") || target.starts_with("tel:")
}

/// The file a relative link written in `doc` leads to (`..` resolved), and its anchor.
fn resolve(doc: &Path, target: &str) -> (PathBuf, String) {
    let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
    if path.is_empty() {
        return (doc.to_path_buf(), fragment.to_owned());
    }
    let mut out = doc
        .parent()
        .expect("a document is in a folder")
        .to_path_buf();
    for c in Path::new(path).components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(p) => out.push(p),
            _ => {}
        }
    }
    (out, fragment.to_owned())
}

/// The files the relative links of `doc` lead to.
fn linked(doc: &Path) -> BTreeSet<PathBuf> {
    let targets = links(&read(doc))
        .into_iter()
        .filter(|(_, t)| !is_external(t));
    targets.map(|(_, t)| resolve(doc, &t).0).collect()
}

#[test]
fn every_relative_link_leads_to_a_file_and_heading_that_exist() {
    let (mut problems, mut checked) = (Vec::new(), 0);
    let docs = std::iter::once(root().join("README.md")).chain(files("docs", ".md"));
    for doc in docs {
        for (line, target) in links(&read(&doc)) {
            if is_external(&target) {
                continue;
            }
            checked += 1;
            let (file, fragment) = resolve(&doc, &target);
            let at = format!("{}:{line}: {target}", shown(&doc));
            if !file.exists() {
                problems.push(format!("{at}: there is no {}", shown(&file)));
            } else if !fragment.is_empty()
                && file.extension().is_some_and(|e| e == "md")
                && !anchors(&read(&file)).contains(&fragment)
            {
                problems.push(format!("{at}: {} has no heading #{fragment}", shown(&file)));
            }
        }
    }
    assert!(
        checked > 20,
        "only {checked} relative links: is links() broken?"
    );
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_document_has_its_counterpart_in_the_other_language() {
    let mut problems = Vec::new();
    for (lang, other) in [("en", "vi"), ("vi", "en")] {
        let other_dir = root().join("docs").join(other);
        for doc in files(&format!("docs/{lang}"), ".md") {
            let found: Vec<PathBuf> = linked(&doc)
                .into_iter()
                .filter(|p| p.parent() == Some(other_dir.as_path()))
                .collect();
            match found.as_slice() {
                [c] if c.is_file() && linked(c).contains(&doc) => {}
                [counterpart] => problems.push(format!(
                    "{}: its counterpart {} does not exist or does not link back to it",
                    shown(&doc),
                    shown(counterpart)
                )),
                _ => problems.push(format!(
                    "{}: links to {} documents of docs/{other}/, not exactly one (its counterpart)",
                    shown(&doc),
                    found.len()
                )),
            }
        }
    }
    let (en, vi) = (files("docs/en", ".md").len(), files("docs/vi", ".md").len());
    assert!(
        en >= 2 && en == vi,
        "docs/en/ has {en} documents, docs/vi/ has {vi}"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_readme_links_every_document() {
    let linked = linked(&root().join("README.md"));
    let missing: Vec<String> = files("docs", ".md")
        .iter()
        .filter(|d| !linked.contains(*d))
        .map(|d| shown(d))
        .collect();
    assert!(missing.is_empty(), "README.md does not link {missing:?}");
}

/// The keys of a YAML value at every depth, but not the names under `NAMED` maps nor the
/// language codes of localised texts (the values below them are walked).
fn keys_of(value: &Value, languages: &BTreeSet<String>, out: &mut BTreeSet<String>) {
    match value {
        Value::Mapping(map) => {
            for (k, v) in map {
                let Some(k) = k.as_str().filter(|k| !languages.contains(*k)) else {
                    continue;
                };
                out.insert(k.to_owned());
                match v {
                    Value::Mapping(named) if NAMED.contains(&k) => {
                        named.values().for_each(|v| keys_of(v, languages, out));
                    }
                    v => keys_of(v, languages, out),
                }
            }
        }
        Value::Sequence(items) => items.iter().for_each(|v| keys_of(v, languages, out)),
        _ => {}
    }
}

fn yaml(text: &str, path: &Path) -> Value {
    serde_yaml::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", shown(path)))
}

fn top_keys(value: &Value) -> BTreeSet<String> {
    let keys = value.as_mapping().into_iter().flat_map(|m| m.keys());
    keys.filter_map(|k| k.as_str().map(str::to_owned)).collect()
}

/// The front matter of a Markdown file, between its first two `---` lines.
fn front_matter(path: &Path) -> Option<Value> {
    let text = read(path);
    let body = text.strip_prefix("---\n")?;
    let end = body.lines().position(|l| l.trim_end() == "---")?;
    Some(yaml(
        &body.lines().take(end).collect::<Vec<_>>().join("\n"),
        path,
    ))
}

/// Every key the sites and the default theme's interface texts write, each with a file that
/// writes it.
fn keys_written() -> BTreeMap<String, String> {
    let mut written = BTreeMap::new();
    let mut note = |keys: BTreeSet<String>, path: &Path| {
        for k in keys {
            written.entry(k).or_insert_with(|| shown(path));
        }
    };
    for site in SITES {
        let site_yaml = root().join(site).join("site.yaml");
        let languages = top_keys(&yaml(&read(&site_yaml), &site_yaml)["languages"]);
        let content = format!("{site}/content");
        let units = files(&content, ".yaml")
            .into_iter()
            .filter(|p| p.parent().is_some_and(|d| d.ends_with("units")));
        let data = std::iter::once(site_yaml.clone())
            .chain(files(&content, "campaign.yaml"))
            .chain(units);
        for path in data {
            let mut keys = BTreeSet::new();
            keys_of(&yaml(&read(&path), &path), &languages, &mut keys);
            note(keys, &path);
        }
        for path in files(&content, ".md") {
            note(
                front_matter(&path)
                    .map(|fm| top_keys(&fm))
                    .unwrap_or_default(),
                &path,
            );
        }
    }
    for path in files("themes/default/i18n", ".yaml") {
        note(top_keys(&yaml(&read(&path), &path)), &path);
    }
    written
}

#[test]
fn both_references_name_every_key_the_sites_write() {
    let written = keys_written();
    let expected = [
        "base_url",
        "metrics",
        "percent_of_target",
        "qualifier",
        "slug",
        "date_long",
    ];
    let unread: Vec<&&str> = expected
        .iter()
        .filter(|k| !written.contains_key(**k))
        .collect();
    assert!(
        unread.is_empty(),
        "keys of the example site not read: {unread:?}"
    );
    let mut problems = Vec::new();
    for reference in REFERENCES {
        let text = read(&root().join(reference));
        let spans: BTreeSet<String> = text.lines().flat_map(|l| code_spans(l).0).collect();
        for (key, file) in &written {
            // `key` alone, or `key: value` as in `currency_VND: "đồng"`.
            let named = |s: &String| {
                s.strip_prefix(key.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with(':'))
            };
            if !spans.iter().any(named) {
                problems.push(format!(
                    "{reference} does not name `{key}` (written in {file})"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "keys missing from the references:\n{}",
        problems.join("\n")
    );
}

#[test]
fn anchors_and_links_are_read_as_github_reads_them() {
    assert_eq!(
        anchor("Front matter of `_index` files"),
        "front-matter-of-_index-files"
    );
    assert_eq!(anchor("8. Số liệu kết quả"), "8-số-liệu-kết-quả");
    let headings = anchors("# A\n```\n# not a heading\n```\n## A\n");
    assert_eq!(headings, BTreeSet::from(["a".to_owned(), "a-1".to_owned()]));
    let found = links("[x](a.md#b) `[y](no.md)` [z](https://e.org/)");
    assert_eq!(
        found,
        [(1, "a.md#b".to_owned()), (1, "https://e.org/".to_owned())]
    );
}
