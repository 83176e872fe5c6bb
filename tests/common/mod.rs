//! Shared helpers for the tests that run the real `campaign-site` binary: run it on a site, start
//! `serve` and talk HTTP to it (`serve`, `http`), read and compare what it wrote, and check the
//! XML it makes with an XML parser.

pub mod browser;
pub mod http;
pub mod import;
pub mod serve;

use std::collections::BTreeMap;
use std::ffi::OsStr;
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

/// Said (before the theme's problems) when the theme has errors, so no page is made.
pub const NO_PAGES: &str = "themes/default: note: no page is made while the theme has errors, so the links and anchors of the pages are not checked yet";

/// The last line of a failed build in which some files could not be checked.
pub fn failure_summary_unchecked(errors: usize, unchecked: usize) -> String {
    format!(
        "build failed: {errors} error{}, {unchecked} file{} could not be checked (more problems may show once those above are fixed); the output folder was not changed",
        if errors == 1 { "" } else { "s" },
        if unchecked == 1 { "" } else { "s" }
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
    let mut args: Vec<&OsStr> = vec!["build".as_ref(), "--root".as_ref(), root.as_ref()];
    args.extend(["--output".as_ref(), output.as_os_str()]);
    args.extend(extra.iter().map(OsStr::new));
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
    assert_fails_unchecked(b, problems, 0);
}

/// `assert_fails_with`, when `unchecked` files could not be checked (the summary says so).
pub fn assert_fails_unchecked(b: &Built, problems: &[&str], unchecked: usize) {
    let mut want: Vec<String> = problems.iter().map(|s| s.to_string()).collect();
    let errors = problems
        .iter()
        .filter(|p| !p.contains(": warning: ") && !p.contains(": note: "))
        .count();
    want.push(match unchecked {
        0 => failure_summary(errors),
        n => failure_summary_unchecked(errors, n),
    });
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
        // A build of the fixture in place leaves its cache of photos and cards; a copy is a
        // site that has never been built.
        if entry.file_name() == ".cache" {
            continue;
        }
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

/// Asserts `text` is an XML document as the site writes them: it starts with the XML declaration,
/// an XML parser reads it (one root element, tags nested and closed, attribute values quoted,
/// only known entities, no DTD), and it has no comment, processing instruction or CDATA section
/// and no attribute value in single quotes. Panics with the parser's message and place.
pub fn assert_well_formed_xml(name: &str, text: &str) {
    assert!(
        text.starts_with("<?xml "),
        "{name}: no XML declaration at the start"
    );
    let doc = roxmltree::Document::parse(text)
        .unwrap_or_else(|e| panic!("{name}: not well-formed XML: {e}"));
    assert!(!text.contains("<![CDATA["), "{name}: a CDATA section");
    for node in doc.descendants() {
        assert!(
            !node.is_comment() && !node.is_pi(),
            "{name}: a comment or processing instruction: {node:?}"
        );
        for attr in node.attributes() {
            let quote = attr
                .range_value()
                .start
                .checked_sub(1)
                .map(|i| text.as_bytes()[i]);
            assert_eq!(
                quote,
                Some(b'"'),
                "{name}: the value of {} is not in double quotes",
                attr.name()
            );
        }
    }
}

/// Runs `campaign-site check --root <root>`; it writes nothing.
pub fn check(root: &Path) -> Run {
    campaign_site([OsStr::new("check"), "--root".as_ref(), root.as_os_str()])
}

/// The `campaign-site` binary built for these tests, to be given its arguments. It speaks
/// English unless a test asks for another language (`--lang vi`), whatever the site's default
/// language or the machine's `CAMPAIGN_SITE_LANG`.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_campaign-site"));
    command.env("CAMPAIGN_SITE_LANG", "en");
    command
}

/// Runs the `campaign-site` binary with these arguments (from the current folder).
pub fn campaign_site<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Run {
    run(command().args(args))
}

/// Runs the `campaign-site` binary with these arguments from the folder `cwd`.
pub fn campaign_site_in<S: AsRef<OsStr>>(cwd: &Path, args: impl IntoIterator<Item = S>) -> Run {
    run(command().args(args).current_dir(cwd))
}

/// Runs the `campaign-site` binary with these arguments as an editor would, with no language
/// asked for: it speaks the site's default language.
pub fn campaign_site_as_editor<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Run {
    run(command().env_remove("CAMPAIGN_SITE_LANG").args(args))
}

/// Runs a command made from [`command`] to its end and keeps what it printed.
pub fn run_command(cmd: &mut Command) -> Run {
    run(cmd)
}

/// Runs `cmd` to its end and keeps what it printed.
fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("the campaign-site binary runs");
    Run {
        code: out.status.code().expect("the binary exited, not killed"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// A loopback port nobody listens on right now.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("a bound address").port()
}

/// Asserts `haystack` contains `needle`, showing both when it does not.
#[track_caller]
pub fn assert_has(haystack: &str, needle: &str) {
    assert!(
        haystack.contains(needle),
        "expected to find\n{needle}\n--- in ---\n{haystack}"
    );
}

/// Asserts `haystack` does not contain `needle`.
#[track_caller]
pub fn assert_lacks(haystack: &str, needle: &str) {
    assert!(
        !haystack.contains(needle),
        "did not expect\n{needle}\n--- in ---\n{haystack}"
    );
}

/// Asserts two outputs hold the same files with the same bytes.
#[track_caller]
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

/// Whether `program --version` runs.
pub fn runs(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// True when nothing is `missing` for `test`; otherwise says why and skips, or fails under
/// `CI=true` (where `.ci/run` installs the tools).
pub fn tools_ready(test: &str, missing: &[String]) -> bool {
    if missing.is_empty() {
        return true;
    }
    let message = format!("{test}: missing {}", missing.join(", "));
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{message}; .ci/run installs these"
    );
    eprintln!("skipping {message}");
    false
}

/// What a tool's run printed as JSON on stdout, after it succeeded.
pub fn json_of(command: &mut Command) -> serde_json::Value {
    let run = command.output().unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap()
}

/// The text of `html` as a reader reads it: tags left out, so that a figure split by markup
/// (`<span class="nw">584 tỷ đồng</span> (ước tính)`) is found whole.
pub fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
