//! Shared helpers for the fixture tests: run the real `campaign-site` binary on a site, read and
//! compare what it wrote, and check the XML it makes without an XML crate.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The lines an editor sees on stderr.
    pub fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }
}

/// The last line of every failed build.
pub fn failure_summary(errors: usize) -> String {
    format!(
        "build failed: {errors} error{}; the output folder was not changed",
        if errors == 1 { "" } else { "s" }
    )
}

/// `tests/fixtures/<name>`, as an absolute path.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

/// Runs `campaign-site build --root <root> --output <output> <extra...>`.
pub fn build(root: &Path, output: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["build".as_ref(), "--root".as_ref(), root.as_ref()];
    args.extend(["--output".as_ref(), output.as_os_str()]);
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    campaign_site(args)
}

/// A fixture built into a fresh temporary folder; the folder lives as long as this value.
pub struct Built {
    pub run: Run,
    pub out: PathBuf,
    _tmp: TempDir,
}

impl Built {
    /// The text of an output file, by its path in the output (`tin-tuc/a/index.html`).
    pub fn read(&self, rel: &str) -> String {
        read(&self.out, rel)
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.out.join(rel).is_file()
    }

    /// The `<main ...>...</main>` part of an output page.
    pub fn main_of(&self, rel: &str) -> String {
        main_of(&self.read(rel)).to_owned()
    }
}

/// Builds `tests/fixtures/<name>` into `<tmp>/public`.
pub fn build_fixture(name: &str, extra: &[&str]) -> Built {
    build_site(&fixture(name), extra)
}

/// Builds the site at `root` into `<tmp>/public`.
pub fn build_site(root: &Path, extra: &[&str]) -> Built {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("public");
    let run = build(root, &out, extra);
    Built {
        run,
        out,
        _tmp: tmp,
    }
}

/// Asserts a build succeeded quietly (no warnings) and returns it.
pub fn assert_ok(b: Built) -> Built {
    assert_eq!(
        (b.run.code, b.run.stderr.as_str()),
        (0, ""),
        "the build should succeed without a message; stdout: {}",
        b.run.stdout
    );
    b
}

/// Asserts a build failed with exactly these problem lines (then the summary), and wrote nothing.
pub fn assert_fails_with(b: &Built, problems: &[&str]) {
    let mut want: Vec<String> = problems.iter().map(|s| s.to_string()).collect();
    want.push(failure_summary(problems.len()));
    assert_eq!(b.run.stderr_lines(), want, "stderr of the failed build");
    assert_eq!(b.run.code, 1, "exit code of a build with problems");
    assert!(
        !b.out.exists(),
        "a failed build must not create the output folder"
    );
}

/// Reads `<out>/<rel>` as text; a missing file fails with the list of what was written.
pub fn read(out: &Path, rel: &str) -> String {
    fs::read_to_string(out.join(rel)).unwrap_or_else(|e| {
        let written: Vec<String> = files_under(out).into_keys().collect();
        panic!("cannot read {rel}: {e}; the output has: {written:#?}")
    })
}

/// The `<main ...>...</main>` part of a page.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("the page has a <main>");
    let end = html[start..].find("</main>").expect("the <main> is closed") + start;
    &html[start..end + "</main>".len()]
}

/// Every file under `dir`, by its `/`-separated path relative to `dir`, with its bytes.
pub fn files_under(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .expect("inside the folder")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, fs::read(&path).expect("a readable file"));
            }
        }
    }
    out
}

/// Copies the folder `from` into `to` (created), recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the copy");
    for entry in fs::read_dir(from).expect("read the fixture") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

/// Copies `tests/fixtures/<name>` into a new temporary folder, to add files made at test time.
/// Returns the folder (keep it alive) and the copied site root.
pub fn copy_fixture(name: &str) -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    copy_dir(&fixture(name), &root);
    (tmp, root)
}

/// A minimal well-formedness check: one XML declaration, balanced and properly nested tags,
/// quoted attributes, no stray `<` and only known entities. Panics with the place on failure.
pub fn assert_well_formed_xml(name: &str, text: &str) {
    let rest = text
        .strip_prefix("<?xml ")
        .and_then(|r| r.split_once("?>"))
        .map(|(_, r)| r)
        .unwrap_or_else(|| panic!("{name}: no XML declaration at the start"));
    let mut stack: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut rest = rest;
    while let Some(lt) = rest.find('<') {
        check_text(name, &rest[..lt]);
        assert!(
            !stack.is_empty() || rest[..lt].trim().is_empty(),
            "{name}: text outside the root element"
        );
        let after = &rest[lt + 1..];
        let gt = after
            .find('>')
            .unwrap_or_else(|| panic!("{name}: a tag is never closed: {after:.60}"));
        let tag = &after[..gt];
        assert!(!tag.contains('<'), "{name}: `<` inside a tag: <{tag}>");
        if let Some(closing) = tag.strip_prefix('/') {
            let open = stack
                .pop()
                .unwrap_or_else(|| panic!("{name}: </{closing}> closes nothing"));
            assert_eq!(
                open,
                closing.trim(),
                "{name}: <{open}> closed by </{closing}>"
            );
        } else {
            let (body, empty) = match tag.strip_suffix('/') {
                Some(b) => (b, true),
                None => (tag, false),
            };
            let element = check_tag(name, body);
            if stack.is_empty() {
                roots += 1;
            }
            if !empty {
                stack.push(element);
            }
        }
        rest = &after[gt + 1..];
    }
    assert!(
        rest.trim().is_empty(),
        "{name}: text after the root element"
    );
    assert!(stack.is_empty(), "{name}: elements never closed: {stack:?}");
    assert_eq!(roots, 1, "{name}: an XML document has one root element");
}

/// Checks `name attr="v" attr="v"` and returns the element name.
fn check_tag<'a>(doc: &str, body: &'a str) -> &'a str {
    let body = body.trim_end();
    let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
    let element = &body[..name_end];
    assert!(
        !element.is_empty()
            && element
                .chars()
                .all(|c| c.is_alphanumeric() || ":_-.".contains(c)),
        "{doc}: bad element name in <{body}>"
    );
    let mut attrs = body[name_end..].trim_start();
    while !attrs.is_empty() {
        let (attr, value) = attrs
            .split_once("=\"")
            .unwrap_or_else(|| panic!("{doc}: attribute without a quoted value in <{body}>"));
        assert!(
            !attr.is_empty() && !attr.contains(char::is_whitespace),
            "{doc}: bad attribute name `{attr}` in <{body}>"
        );
        let (value, after) = value
            .split_once('"')
            .unwrap_or_else(|| panic!("{doc}: unclosed attribute value in <{body}>"));
        check_text(doc, value);
        attrs = after.trim_start();
    }
    element
}

/// Text and attribute values: every `&` starts a known entity.
fn check_text(doc: &str, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .unwrap_or_else(|| panic!("{doc}: a bare & in {text:.80}"));
        let entity = &after[..semi];
        let known = ["amp", "lt", "gt", "quot", "apos"].contains(&entity)
            || entity
                .strip_prefix('#')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        assert!(known, "{doc}: unknown entity &{entity}; in {text:.80}");
        rest = &after[semi + 1..];
    }
}

/// Runs `campaign-site check --root <root>`; it writes nothing.
#[allow(dead_code)] // not every test file runs `check`
pub fn check(root: &Path) -> Run {
    campaign_site([
        std::ffi::OsStr::new("check"),
        "--root".as_ref(),
        root.as_os_str(),
    ])
}

/// Runs the `campaign-site` binary with these arguments (from the current folder).
pub fn campaign_site<S: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = S>) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-site"))
        .args(args)
        .output()
        .expect("the campaign-site binary runs");
    Run {
        code: out.status.code().expect("the binary exited, not killed"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Asserts `haystack` contains `needle`, showing both when it does not.
#[track_caller]
#[allow(dead_code)] // not every test file looks into pages
pub fn assert_has(haystack: &str, needle: &str) {
    assert!(
        haystack.contains(needle),
        "expected to find\n{needle}\n--- in ---\n{haystack}"
    );
}

/// Asserts `haystack` does not contain `needle`.
#[track_caller]
#[allow(dead_code)] // not every test file looks into pages
pub fn assert_lacks(haystack: &str, needle: &str) {
    assert!(
        !haystack.contains(needle),
        "did not expect\n{needle}\n--- in ---\n{haystack}"
    );
}

/// Asserts two outputs hold the same files with the same bytes.
#[track_caller]
#[allow(dead_code)] // not every test file builds twice
pub fn assert_same_files(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (path, bytes) in a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}
