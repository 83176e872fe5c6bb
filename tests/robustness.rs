//! Odd and hostile input an editor or a pasted text can bring: each gets a clear answer or a
//! correct page, never a broken feed, a lost file or a wrong address.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::{Path, PathBuf};

/// What a build of a site made in a test said, and where it wrote.
struct Run {
    code: i32,
    stderr: String,
    out: PathBuf,
}

const SITE: &str = "title: {vi: \"Thử\", en: \"Test\"}\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  vi: {name: \"Tiếng Việt\"}\n  en: {name: \"English\"}\n";

/// Writes `files` (path, text) into a new site and builds it with `args`.
fn build(tmp: &Path, files: &[(&str, &str)], args: &[&str]) -> Run {
    let root = tmp.join("site");
    for (path, text) in files {
        let p = root.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    if !root.join("site.yaml").exists() {
        fs::write(root.join("site.yaml"), SITE).unwrap();
    }
    let out = tmp.join("public");
    let run = common::build(&root, &out, args);
    Run {
        code: run.code,
        stderr: run.stderr,
        out,
    }
}

fn read(run: &Run, path: &str) -> String {
    fs::read_to_string(run.out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}\n{}", run.stderr))
}

const ARTICLE: &str = "---\ntitle: \"Bài\"\ndate: 2023-09-07\n---\n\nNội dung.\n";

#[test]
fn pasted_control_characters_do_not_break_the_feed() {
    let tmp = tempfile::tempdir().unwrap();
    let run = build(
        tmp.path(),
        &[(
            "content/news/a.md",
            "---\ntitle: \"Báo cáo\\u000b tổng kết\"\nauthor: \"Kim\\u0007 Anh\"\ndate: 2023-09-07\n---\n\nA\u{b}b\n",
        )],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in ["atom.xml", "news/a/index.html", "sitemap.xml"] {
        let text = read(&run, file);
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{file} has a control character"
        );
    }
    assert!(read(&run, "atom.xml").contains("<title>Báo cáo tổng kết</title>"));
}

#[test]
fn static_files_are_copied_as_is_even_hidden_ones_but_not_editor_leftovers() {
    let tmp = tempfile::tempdir().unwrap();
    let run = build(
        tmp.path(),
        &[
            ("content/news/a.md", ARTICLE),
            ("static/.htaccess", "Options -Indexes\n"),
            (
                "static/.well-known/security.txt",
                "Contact: mailto:x@example.org\n",
            ),
            ("static/.bao-cao.md.swp", "swap"),
            ("static/bao-cao.pdf~", "backup"),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(read(&run, ".htaccess"), "Options -Indexes\n");
    assert!(run.out.join(".well-known/security.txt").is_file());
    assert!(!run.out.join(".bao-cao.md.swp").exists());
    assert!(!run.out.join("bao-cao.pdf~").exists());
}

#[test]
fn links_from_the_root_follow_a_base_url_with_a_path() {
    let tmp = tempfile::tempdir().unwrap();
    let run = build(
        tmp.path(),
        &[
            (
                "content/news/a.md",
                "---\ntitle: A\ndate: 2023-09-07\n---\n\n![Hội trường](/img/x.jpg)\n\n[Tin](/tin-tuc/)\n",
            ),
            ("static/img/x.jpg", "jpg"),
        ],
        &["--base-url", "https://example.org/sub/"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = read(&run, "news/a/index.html");
    assert!(
        html.contains("<img src=\"/sub/img/x.jpg\" alt=\"Hội trường\">"),
        "{html}"
    );
    assert!(html.contains("href=\"/sub/tin-tuc/\""), "{html}");
    assert!(html.contains("href=\"/sub/style.css\""));
}

#[test]
fn a_base_url_that_cannot_be_a_site_address_is_refused() {
    for bad in [
        "https://example.org/sub/?x=1",
        "ftp://example.org/",
        "example.org",
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let run = build(
            tmp.path(),
            &[("content/news/a.md", ARTICLE)],
            &["--base-url", bad],
        );
        assert_eq!(run.code, 1, "{bad}");
        let first = run.stderr.lines().next().unwrap();
        assert_eq!(
            first,
            format!(
                "--base-url: \"{bad}\" is not a full web address; write it like https://example.org/"
            )
        );
    }
}

#[test]
fn an_upper_case_language_suffix_is_that_language() {
    let tmp = tempfile::tempdir().unwrap();
    let run = build(
        tmp.path(),
        &[
            ("content/news/a.md", ARTICLE),
            ("content/news/a.EN.md", ARTICLE),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(&run, "en/news/a/index.html").contains("<html lang=\"en\">"));
    assert!(!run.out.join("news/a-en").exists());
}

#[test]
fn every_page_has_an_x_default_and_later_list_pages_list_only_themselves() {
    let tmp = tempfile::tempdir().unwrap();
    let mut site = SITE.to_owned();
    site.push_str("paginate: 1\n");
    let run = build(
        tmp.path(),
        &[
            ("site.yaml", &site),
            ("content/news/only.en.md", ARTICLE),
            ("content/news/a.md", ARTICLE),
            ("content/news/b.md", ARTICLE),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en_only = read(&run, "en/news/only/index.html");
    assert!(en_only.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/en/news/only/\">"), "{en_only}");
    let page2 = read(&run, "news/page/2/index.html");
    let alternates: Vec<&str> = page2
        .lines()
        .filter(|l| l.contains("hreflang=") && l.starts_with("<link"))
        .collect();
    assert_eq!(
        alternates,
        [
            "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/news/page/2/\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/news/page/2/\">",
        ]
    );
}

#[test]
fn a_file_where_a_folder_of_pages_must_be_is_a_site_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let run = build(
        tmp.path(),
        &[
            (
                "content/news/a.md",
                "---\ntitle: A\ndate: 2023-09-07\ntags: [x]\n---\n",
            ),
            ("static/tags", "x"),
        ],
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr.lines().next().unwrap(),
        "static/tags: the output file /tags is also a folder holding /tags/index.html (from the tags list); rename one of them"
    );
}

#[test]
fn every_unknown_site_yaml_key_is_reported_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let mut site = SITE.to_owned();
    site.push_str("foo: 1\nbar: 2\n");
    let run = build(
        tmp.path(),
        &[("site.yaml", &site), ("content/news/a.md", ARTICLE)],
        &[],
    );
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert!(
        lines[0].starts_with(
            "site.yaml:7:1: unknown key \"foo\"; the keys that can be used here are: title,"
        ),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("site.yaml:8:1: unknown key \"bar\""),
        "{lines:?}"
    );
}

#[test]
fn an_empty_title_is_placed_on_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let run = build(
        tmp.path(),
        &[(
            "content/news/a.md",
            "---\ntitle: null\ndate: 2023-09-07\n---\n",
        )],
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.lines().next().unwrap(),
        "content/news/a.md:2:8: title is missing; add a line like title: \"...\" to the front matter"
    );
}

#[test]
fn deeply_nested_yaml_is_refused_quickly_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let deep = format!(
        "---\ntitle: A\ndate: 2023-09-07\nextra: {}{}\n---\n",
        "[".repeat(30000),
        "]".repeat(30000)
    );
    let run = build(tmp.path(), &[("content/news/a.md", &deep)], &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.lines().next().unwrap(),
        "content/news/a.md:4:263: the YAML cannot be read here: it is nested too deeply; write it flatter"
    );
}
