//! The editor's commands end to end (issue 4): `check` on sites with each kind of problem (exact
//! lines, summary and exit code, nothing written; draft translations, "did you mean"), `new`
//! drafts in every language and the sections it writes into, `init` sites that build anywhere,
//! and `--quiet` / `--verbose` output.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use common::{
    Run, build, campaign_site, campaign_site_in, copy_dir, copy_fixture, files_under, fixture,
};

// ---------------------------------------------------------------------------------------------
// check

/// Runs `check` on a copy of the site at `root` and asserts it wrote nothing there.
fn check_writes_nothing(root: &Path) -> Run {
    let before = files_under(root);
    let run = common::check(root);
    assert_eq!(
        files_under(root).keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "check must not create or delete files; stderr: {}",
        run.stderr
    );
    assert_eq!(files_under(root), before, "check must not change files");
    assert!(!root.join("public").exists(), "check writes no public/");
    run
}

/// `check` on a copy of `tests/fixtures/<name>`.
fn check_fixture(name: &str) -> Run {
    let (_tmp, root) = copy_fixture(name);
    check_writes_nothing(&root)
}

/// Asserts the exact stderr lines (problems, then the summary) and the exit code.
fn assert_check(run: &Run, lines: &[&str], code: i32) {
    assert_eq!(run.stderr_lines(), lines, "stderr of check");
    assert!(
        !run.stderr.contains('\x1b'),
        "no colour when not on a terminal"
    );
    assert_eq!(run.code, code, "exit code of check; stderr: {}", run.stderr);
}

#[test]
fn check_a_clean_site() {
    let run = check_fixture("check_clean");
    assert_check(&run, &["0 errors, 0 warnings"], 0);
    assert_eq!(
        run.stdout, "",
        "check prints problems and summary on stderr"
    );
}

#[test]
fn check_a_broken_internal_link() {
    let run = check_fixture("check_broken_link");
    assert_check(
        &run,
        &[
            "content/news/a.vi.md:8:14: the page /news/a/ links to /news/khong-co/, which does not exist",
            "1 error, 0 warnings",
        ],
        1,
    );
}

#[test]
fn check_a_broken_anchor_to_another_page() {
    let run = check_fixture("check_broken_anchor");
    assert_check(
        &run,
        &[
            "content/news/a.vi.md:8:19: the page /news/a/ links to /news/b/#khong-co, but that page has no anchor \"khong-co\"",
            "1 error, 0 warnings",
        ],
        1,
    );
}

#[test]
fn check_a_photo_without_alt_text_is_an_error_build_only_warns() {
    let problem = "content/news/hoi-nghi/index.vi.md:8:1: the photo \"anh.png\" has no alt text; describe what it shows between the brackets: ![...](anh.png)";
    let run = check_fixture("check_no_alt");
    assert_check(&run, &[problem, "1 error, 0 warnings"], 1);

    let (tmp, root) = copy_fixture("check_no_alt");
    let out = tmp.path().join("public");
    let built = build(&root, &out, &[]);
    assert_eq!(built.code, 0, "build only warns; stderr: {}", built.stderr);
    let warning = problem.replacen(":8:1: ", ":8:1: warning: ", 1);
    assert_eq!(built.stderr_lines(), [warning.as_str()]);
    assert!(out.join("news/hoi-nghi/index.html").is_file());
}

#[test]
fn check_a_missing_image() {
    let run = check_fixture("check_missing_image");
    assert_check(
        &run,
        &[
            "content/news/a.vi.md:8:1: the photo \"hoi-truong.png\" is missing: there is no file content/news/hoi-truong.png; check the file name, or put the photo beside the article",
            "1 error, 0 warnings",
        ],
        1,
    );
}

#[test]
fn check_a_unit_that_does_not_exist() {
    let run = check_fixture("check_unknown_unit");
    assert_check(
        &run,
        &[
            "content/news/a.vi.md:4:7: unit \"lai-chua\" is not a unit of any campaign (units: lai-chau); use the name of a file in a campaign's units/ folder",
            "1 error, 0 warnings",
        ],
        1,
    );
}

#[test]
fn check_a_missing_translation_is_a_warning() {
    let run = check_fixture("check_missing_translation");
    assert_check(
        &run,
        &[
            "content/news/a.vi.md: warning: there is no English translation of this page; add content/news/a.en.md",
            "0 errors, 1 warning",
        ],
        0,
    );
}

/// A translation that exists but is `draft: true` is named as a draft, not as missing; checked
/// as `build --drafts` publishes it, there is nothing to say.
#[test]
fn check_a_draft_translation_is_a_draft_not_a_missing_one() {
    let (_tmp, root) = copy_fixture("check_missing_translation");
    fs::write(
        root.join("content/news/a.en.md"),
        "---\ntitle: \"Only in Vietnamese\"\ndate: 2023-09-07\ndraft: true\n---\n\nNot translated yet.\n",
    )
    .unwrap();
    assert_check(
        &check_writes_nothing(&root),
        &[
            "content/news/a.vi.md: warning: the English translation content/news/a.en.md is a draft; it is not published",
            "0 errors, 1 warning",
        ],
        0,
    );
    let with_drafts = campaign_site([
        OsStr::new("check"),
        OsStr::new("--root"),
        root.as_os_str(),
        OsStr::new("--drafts"),
    ]);
    assert_check(&with_drafts, &["0 errors, 0 warnings"], 0);
}

/// Web hosts tell `DSC_0042.JPG` from `dsc_0042.jpg`, so a name written with another case or
/// other marks than the file's is still an error; the message names the file that is there.
#[test]
fn check_suggests_the_file_whose_name_differs_only_in_case_or_marks() {
    let (tmp, root) = copy_fixture("check_clean");
    let news = root.join("content/news");
    let front = |title: &str| format!("---\ntitle: \"{title}\"\ndate: 2023-09-10\n---\n\n");
    let bundle = news.join("hoi-nghi");
    fs::create_dir_all(&bundle).unwrap();
    fs::write(bundle.join("dsc_0042.jpg"), b"a photo").unwrap();
    let photo = "![Hội trường](DSC_0042.JPG)\n";
    fs::write(bundle.join("index.vi.md"), front("Hội nghị") + photo).unwrap();
    fs::write(
        bundle.join("index.en.md"),
        front("Conference") + "The hall.\n",
    )
    .unwrap();
    for lang in ["vi", "en"] {
        let text = front("Bài viết") + "Nội dung.\n";
        fs::write(news.join(format!("bai-viet.{lang}.md")), text).unwrap();
        let text = front("Bài mới") + "Xem [bài viết](Bai-Viet.md).\n";
        fs::write(news.join(format!("bai-moi.{lang}.md")), text).unwrap();
    }
    let run = check_writes_nothing(&root);
    assert_check(
        &run,
        &[
            "content/news/bai-moi.en.md:6:5: the link \"Bai-Viet.md\" leads to content/news/Bai-Viet.md, which does not exist; check the file name; did you mean \"bai-viet.en.md\"?",
            "content/news/bai-moi.vi.md:6:5: the link \"Bai-Viet.md\" leads to content/news/Bai-Viet.md, which does not exist; check the file name; did you mean \"bai-viet.vi.md\"?",
            "content/news/hoi-nghi/index.vi.md:6:1: the photo \"DSC_0042.JPG\" is missing: there is no file content/news/hoi-nghi/DSC_0042.JPG; check the file name, or put the photo beside the article; did you mean \"dsc_0042.jpg\"?",
            "3 errors, 0 warnings",
        ],
        1,
    );
    let built = build(&root, &tmp.path().join("out"), &[]);
    assert_eq!(built.code, 1, "still an error in build: {}", built.stderr);
    assert!(
        built.stderr.contains("did you mean \"dsc_0042.jpg\"?"),
        "{}",
        built.stderr
    );

    // A link to a file of static/, written with capitals.
    fs::write(
        bundle.join("index.vi.md"),
        front("Hội nghị") + "Hội trường.\n",
    )
    .unwrap();
    let static_dir = root.join("static/tai-lieu");
    fs::create_dir_all(&static_dir).unwrap();
    fs::write(static_dir.join("bao-cao.pdf"), b"%PDF-1.4").unwrap();
    for lang in ["vi", "en"] {
        let text = front("Bài mới") + "Xem [báo cáo](/tai-lieu/Bao-Cao.PDF).\n";
        fs::write(news.join(format!("bai-moi.{lang}.md")), text).unwrap();
    }
    assert_check(
        &check_writes_nothing(&root),
        &[
            "content/news/bai-moi.en.md:6:15: the page /en/news/bai-moi/ links to /tai-lieu/Bao-Cao.PDF, which does not exist; did you mean \"/tai-lieu/bao-cao.pdf\"?",
            "content/news/bai-moi.vi.md:6:15: the page /news/bai-moi/ links to /tai-lieu/Bao-Cao.PDF, which does not exist; did you mean \"/tai-lieu/bao-cao.pdf\"?",
            "2 errors, 0 warnings",
        ],
        1,
    );
}

/// The site's own copy of the theme's interface strings, with a key added to Vietnamese only.
#[test]
fn check_an_interface_string_in_one_language_only_is_a_warning() {
    let (_tmp, root) = copy_fixture("check_clean");
    let i18n = root.join("themes/default/i18n");
    fs::create_dir_all(&i18n).unwrap();
    let repo_i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n");
    for lang in ["vi", "en"] {
        let file = format!("{lang}.yaml");
        fs::copy(repo_i18n.join(&file), i18n.join(&file)).unwrap();
    }
    assert_check(&check_writes_nothing(&root), &["0 errors, 0 warnings"], 0);

    let mut vi = fs::read_to_string(i18n.join("vi.yaml")).unwrap();
    if !vi.ends_with('\n') {
        vi.push('\n');
    }
    vi.push_str("chi_tieng_viet: \"Chỉ có tiếng Việt\"\n");
    fs::write(i18n.join("vi.yaml"), vi).unwrap();
    assert_check(
        &check_writes_nothing(&root),
        &[
            "themes/default/i18n/en.yaml: warning: the interface text \"chi_tieng_viet\" is missing for language \"en\"",
            "0 errors, 1 warning",
        ],
        0,
    );
}

/// Figures that contradict themselves: a warning in `build`, an error in `check`.
#[test]
fn check_a_statistics_contradiction() {
    let run = check_fixture("results_percent");
    assert_check(
        &run,
        &[
            "content/results/thi-dua/units/ha-noi.yaml:9:18: the reported percent of target for initiatives is 230%, but 201,129 of a target of 60,000 is 335.2%; check the figures",
            "1 error, 0 warnings",
        ],
        1,
    );
}

#[test]
fn check_counts_errors_and_warnings_in_its_summary() {
    let run = check_fixture("check_summary");
    assert_check(
        &run,
        &[
            "content/news/a.vi.md: warning: there is no English translation of this page; add content/news/a.en.md",
            "content/news/a.vi.md:8:14: the page /news/a/ links to /news/khong-co/, which does not exist",
            "content/news/c.vi.md: warning: there is no English translation of this page; add content/news/c.en.md",
            "content/news/hoi-nghi/index.vi.md: warning: there is no English translation of this page; add content/news/hoi-nghi/index.en.md",
            "content/news/hoi-nghi/index.vi.md:8:1: the photo \"anh.png\" has no alt text; describe what it shows between the brackets: ![...](anh.png)",
            "2 errors, 3 warnings",
        ],
        1,
    );
}

/// A broken link written in a template (the site's own 404.html) is reported at the place it is
/// written, like one in Markdown.
#[test]
fn check_a_broken_link_in_a_template() {
    let (_tmp, root) = copy_fixture("check_clean");
    let templates = root.join("themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    let original = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/404.html"),
    )
    .unwrap();
    let link = "<p><a href=\"/lien-he/\">Liên hệ</a></p>";
    let mut lines: Vec<&str> = original.lines().collect();
    let main = lines
        .iter()
        .position(|l| l.contains("{% block main %}"))
        .expect("404.html has a main block");
    lines.insert(main + 1, link);
    fs::write(templates.join("404.html"), lines.join("\n") + "\n").unwrap();
    let line = main + 2;
    let col = link.find("/lien-he/").unwrap() + 1;
    let run = check_writes_nothing(&root);
    // Each language's 404 page is made from the template, so each links there.
    let at = format!("themes/default/templates/404.html:{line}:{col}");
    assert_check(
        &run,
        &[
            &format!("{at}: the page /404.html links to /lien-he/, which does not exist"),
            &format!("{at}: the page /en/404.html links to /lien-he/, which does not exist"),
            "2 errors, 0 warnings",
        ],
        1,
    );
}

// ---------------------------------------------------------------------------------------------
// new

/// The front matter of a file written by `new`, as `key -> raw value` (comment lines left
/// out), and the text after it.
fn front_matter(path: &Path) -> (Vec<(String, String)>, String) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rest = text
        .strip_prefix("---\n")
        .unwrap_or_else(|| panic!("{} starts with ---: {text}", path.display()));
    let (yaml, body) = rest
        .split_once("\n---\n")
        .unwrap_or_else(|| panic!("{} closes its front matter: {text}", path.display()));
    let fields = yaml
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l
                .split_once(':')
                .unwrap_or_else(|| panic!("a `key: value` line: {l}"));
            (k.trim().to_owned(), v.trim().to_owned())
        })
        .collect();
    (fields, body.to_owned())
}

fn field<'a>(fields: &'a [(String, String)], key: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn unquote(v: &str) -> &str {
    v.strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(v)
}

/// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SS+07:00`; panics unless the offset is +07:00.
fn parse_vietnam_time(value: &str) -> i64 {
    let value = unquote(value);
    let time = chrono::DateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S%:z")
        .unwrap_or_else(|e| panic!("YYYY-MM-DDTHH:MM:SS+07:00 ({e}): {value}"));
    assert_eq!(
        time.offset().local_minus_utc(),
        7 * 3600,
        "the date is in Vietnam's time: {value}"
    );
    time.timestamp()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Asserts a file written by `new` is a draft of now, with a title to replace, the author, and
/// an empty category, tags and summary to fill in.
fn assert_new_draft(path: &Path, author: &str) {
    let (fields, body) = front_matter(path);
    let shown = path.display();
    let title = field(&fields, "title").unwrap_or_else(|| panic!("{shown} has a title"));
    assert!(!unquote(title).is_empty(), "{shown}: a title placeholder");
    let date = field(&fields, "date").unwrap_or_else(|| panic!("{shown} has a date"));
    let age = now() - parse_vietnam_time(date);
    assert!((-5..600).contains(&age), "{shown}: the date {date} is now");
    assert_eq!(field(&fields, "draft"), Some("true"), "{shown} is a draft");
    assert_eq!(
        field(&fields, "author").map(unquote),
        Some(author),
        "{shown}: author"
    );
    assert_eq!(
        field(&fields, "category"),
        Some("\"\""),
        "{shown}: category"
    );
    assert_eq!(field(&fields, "tags"), Some("[]"), "{shown}: tags");
    assert_eq!(field(&fields, "summary"), Some("\"\""), "{shown}: summary");
    assert!(!body.trim().is_empty(), "{shown} has a body to replace");
}

/// `new` with no language asked for: its comments are in the site's default language.
fn new_as_editor(root: &Path, args: &[&str]) -> Run {
    let mut all: Vec<std::ffi::OsString> = vec!["new".into(), "--root".into(), root.into()];
    all.extend(args.iter().map(|a| a.into()));
    common::campaign_site_as_editor(all)
}

fn new(root: &Path, args: &[&str]) -> Run {
    let mut all: Vec<std::ffi::OsString> = vec!["new".into(), "--root".into(), root.into()];
    all.extend(args.iter().map(|a| a.into()));
    campaign_site(all)
}

/// Every output path (`/`-separated, relative) of a build of `root` into `<tmp>/<name>`.
fn build_paths(root: &Path, tmp: &Path, name: &str, extra: &[&str]) -> Vec<String> {
    let out = tmp.join(name);
    let run = build(root, &out, extra);
    assert_eq!(run.code, 0, "build {extra:?}: {}", run.stderr);
    files_under(&out).into_keys().collect()
}

#[test]
fn new_writes_a_draft_in_every_language_and_never_overwrites() {
    let (tmp, root) = copy_fixture("check_clean");
    let news = root.join("content/news");

    // Without default_author: an empty author to fill in.
    let run = new(&root, &["news", "Tin không tác giả"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["vi", "en"] {
        assert_new_draft(&news.join(format!("tin-khong-tac-gia.{lang}.md")), "");
    }

    // With default_author.
    let config = root.join("site.yaml");
    let mut yaml = fs::read_to_string(&config).unwrap();
    yaml.push_str("default_author: \"Ban Biên tập\"\n");
    fs::write(&config, yaml).unwrap();
    let run = new(&root, &["news", "Hội nghị tổng kết"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = [
        "content/news/hoi-nghi-tong-ket.vi.md",
        "content/news/hoi-nghi-tong-ket.en.md",
    ];
    let printed: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(printed.len(), 2, "one line per file: {}", run.stdout);
    for (line, path) in printed.iter().zip(written) {
        assert!(line.ends_with(path), "prints {path}: {line}");
        assert_new_draft(&root.join(path), "Ban Biên tập");
    }

    // Again: refused, the files are left byte for byte.
    let before = files_under(&root);
    let again = new(&root, &["news", "Hội nghị tổng kết"]);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(
        again.stderr.contains(written[0]) && again.stderr.contains("already exists"),
        "says which file exists: {}",
        again.stderr
    );
    assert!(!again.stdout.contains("created"), "{}", again.stdout);
    assert_eq!(files_under(&root), before, "nothing changed");
    // One language existing is enough to refuse; the other is not created either.
    fs::remove_file(root.join(written[0])).unwrap();
    let one_left = files_under(&root);
    assert_eq!(new(&root, &["news", "Hội nghị tổng kết"]).code, 1);
    assert_eq!(files_under(&root), one_left, "nothing created");
    fs::write(root.join(written[0]), &before[written[0]]).unwrap();

    // Drafts: not published by build, published with --drafts.
    let plain = build_paths(&root, tmp.path(), "plain", &[]);
    assert!(
        plain
            .iter()
            .all(|p| !p.contains("hoi-nghi-tong-ket") && !p.contains("tin-khong-tac-gia")),
        "drafts are not built: {plain:#?}"
    );
    let out = tmp.path().join("plain");
    for (path, bytes) in files_under(&out) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("hoi-nghi-tong-ket"),
            "{path} links to a draft"
        );
    }
    let drafts = build_paths(&root, tmp.path(), "drafts", &["--drafts"]);
    for page in [
        "news/hoi-nghi-tong-ket/index.html",
        "en/news/hoi-nghi-tong-ket/index.html",
    ] {
        assert!(drafts.iter().any(|p| p == page), "{page} with --drafts");
    }
    let page =
        fs::read_to_string(tmp.path().join("drafts/news/hoi-nghi-tong-ket/index.html")).unwrap();
    assert!(page.contains("Ban Biên tập"), "the author is shown");
}

#[test]
fn new_bundle_makes_a_folder_for_an_article_with_photos() {
    let (tmp, root) = copy_fixture("check_clean");
    let run = new(&root, &["news", "Hội nghị tổng kết", "--bundle"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = [
        "content/news/hoi-nghi-tong-ket/index.vi.md",
        "content/news/hoi-nghi-tong-ket/index.en.md",
    ];
    let printed: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(printed.len(), 2, "{}", run.stdout);
    for (line, path) in printed.iter().zip(written) {
        assert!(line.ends_with(path), "prints {path}: {line}");
        assert_new_draft(&root.join(path), "");
    }
    assert!(!root.join("content/news/hoi-nghi-tong-ket.vi.md").exists());
    let again = new(&root, &["news", "Hội nghị tổng kết", "--bundle"]);
    assert_eq!(again.code, 1, "{}", again.stderr);

    let drafts = build_paths(&root, tmp.path(), "drafts", &["--drafts"]);
    assert!(
        drafts
            .iter()
            .any(|p| p == "news/hoi-nghi-tong-ket/index.html")
    );
    assert!(
        drafts
            .iter()
            .any(|p| p == "en/news/hoi-nghi-tong-ket/index.html")
    );
}

/// The comment above each line of a front matter, by the line's key.
fn comments(path: &Path) -> Vec<(String, String)> {
    let text = fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("# ") && !w[1].starts_with('#'))
        .filter_map(|w| Some((w[1].split_once(':')?.0.to_owned(), w[0].to_owned())))
        .collect()
}

/// Every line `new` writes says what it is, in the editor's language (for now the site's
/// default language), in the files of every language.
#[test]
fn new_explains_every_line_in_the_editors_language() {
    let (_tmp, root) = copy_fixture("check_clean");
    let run = new_as_editor(&root, &["news", "Bài mới"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let vietnamese = [
        (
            "title",
            "# Tiêu đề bài viết, hiện ở đầu trang và trong danh sách bài",
        ),
        (
            "date",
            "# Ngày giờ đăng bài, dạng 2023-09-07T21:28:00+07:00",
        ),
        (
            "author",
            "# Tác giả bài viết: điền tên vào giữa hai dấu ngoặc kép",
        ),
        (
            "category",
            "# Chuyên mục của bài, ví dụ \"Tin hoạt động\"; để trống nếu không có",
        ),
        (
            "tags",
            "# Từ khóa, ví dụ [sáng kiến, Thanh Hóa]; để [] nếu không có",
        ),
        (
            "summary",
            "# Tóm tắt hiện trong danh sách bài; để trống thì dùng đoạn văn đầu tiên",
        ),
        (
            "draft",
            "# Bản nháp chưa được đăng; đổi thành false để đăng bài",
        ),
    ];
    for lang in ["vi", "en"] {
        let path = root.join(format!("content/news/bai-moi.{lang}.md"));
        let got = comments(&path);
        let got: Vec<(&str, &str)> = got.iter().map(|(k, c)| (k.as_str(), c.as_str())).collect();
        assert_eq!(got, vietnamese, "{}", path.display());
    }

    // A site whose default language is English, with a default author.
    let config = root.join("site.yaml");
    let yaml = fs::read_to_string(&config)
        .unwrap()
        .replace("default_language: vi", "default_language: en");
    fs::write(&config, yaml + "default_author: \"Ban Biên tập\"\n").unwrap();
    let run = new_as_editor(&root, &["news", "Another one"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = root.join("content/news/another-one.vi.md");
    assert_new_draft(&path, "Ban Biên tập");
    let got = comments(&path);
    let of = |key: &str| got.iter().find(|(k, _)| k == key).map(|(_, c)| c.as_str());
    assert_eq!(of("author"), Some("# Who wrote the article"));
    assert_eq!(
        of("category"),
        Some("# The article's category, for example \"Activities\"; leave it empty for none")
    );
    assert_eq!(
        of("draft"),
        Some("# A draft is not published; change it to false to publish the article")
    );
}

/// A site made by `init`, one article added by `new` (by the Vietnamese address of the news
/// section) and built with its drafts as they are: no warning, the author shown, no empty
/// category anywhere, the first paragraph as the summary in the list.
#[test]
fn a_new_article_builds_as_written_without_an_empty_category() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    assert_eq!(init(&site, tmp.path()).code, 0);
    let run = new(&site, &["tin-tuc", "Hội nghị tổng kết"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["vi", "en"] {
        let path = site.join(format!("content/news/hoi-nghi-tong-ket.{lang}.md"));
        assert_new_draft(&path, "Ban Biên tập");
    }
    assert!(!site.join("content/tin-tuc").exists(), "no second section");

    let out = tmp.path().join("public");
    let built = build(&site, &out, &["--drafts"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert_eq!(built.stderr, "", "no warning");
    let page = common::read(&out, "tin-tuc/hoi-nghi-tong-ket/index.html");
    assert!(
        page.contains("<span class=\"author\">Ban Biên tập</span>"),
        "{page}"
    );
    assert!(
        !page.contains("class=\"category\""),
        "no category link: {page}"
    );
    let paths: Vec<String> = files_under(&out).into_keys().collect();
    let categories: Vec<&String> = paths
        .iter()
        .filter(|p| p.contains("categories/") && !p.ends_with("categories/index.html"))
        .collect();
    assert!(
        categories
            .iter()
            .all(|p| p.contains("/tin-hoat-dong/") || p.contains("/activities/")),
        "only the sample article's category: {categories:#?}"
    );
    let (_, body) = front_matter(&site.join("content/news/hoi-nghi-tong-ket.vi.md"));
    let list = common::read(&out, "tin-tuc/index.html");
    assert!(
        list.contains(&format!("<p>{}</p>", body.trim())),
        "the first paragraph is the summary: {list}"
    );

    let checked = campaign_site([
        OsStr::new("check"),
        OsStr::new("--root"),
        site.as_os_str(),
        OsStr::new("--drafts"),
    ]);
    assert_check(&checked, &["0 errors, 0 warnings"], 0);
}

/// The section may be named by its folder or by its web address in any language.
#[test]
fn new_finds_a_section_by_its_web_address_in_any_language() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    assert_eq!(init(&site, tmp.path()).code, 0);
    for (section, slug) in [
        ("news", "a"),
        ("tin-tuc", "b"),
        ("en/news", "c"),
        ("/tin-tuc/", "d"),
        ("Tin tức", "e"),
    ] {
        let run = new(&site, &[section, slug]);
        assert_eq!(run.code, 0, "{section}: {}", run.stderr);
        let first = run.stdout.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            format!("created content/news/{slug}.vi.md"),
            "{section}"
        );
        assert!(site.join(format!("content/news/{slug}.en.md")).is_file());
    }
    let mut folders: Vec<String> = fs::read_dir(site.join("content"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(folders, ["news", "results"], "no section was added");
}

#[test]
fn new_refuses_an_unknown_section_and_lists_the_sections() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    assert_eq!(init(&site, tmp.path()).code, 0);
    let before = files_under(&site);
    let run = new(&site, &["tin-tuc-moi", "x"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr_lines(),
        [
            "content/tin-tuc-moi: there is no section \"tin-tuc-moi\"; the sections are: news (/tin-tuc/, /en/news/), results (/ket-qua/, /en/results/); to start a new section, add --new-section",
            "new failed: 1 error; nothing was created",
        ]
    );
    assert_eq!(run.stdout, "");
    assert_eq!(files_under(&site), before, "nothing created");
    assert!(!site.join("content/tin-tuc-moi").exists());
    // A campaign's folder is not a section either.
    let run = new(&site, &["results/thi-dua-mau", "x"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(files_under(&site), before, "nothing created");
    // A section's or a bundle's index file is not an article: it would turn news/ into a bundle.
    for name in ["_index", "index", "Index"] {
        let run = new(&site, &["news", name]);
        assert_eq!(run.code, 2, "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains("cannot be an article's name"),
            "{}",
            run.stderr
        );
        assert_eq!(files_under(&site), before, "nothing created for {name}");
    }
}

/// `--new-section` starts a section on purpose; a name that is already another section's
/// address is refused.
#[test]
fn new_section_starts_a_section_on_purpose() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    assert_eq!(init(&site, tmp.path()).code, 0);
    let run = new(&site, &["thong-bao", "Lịch họp", "--new-section"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_new_draft(
        &site.join("content/thong-bao/lich-hop.vi.md"),
        "Ban Biên tập",
    );
    assert_eq!(
        new(&site, &["thong-bao", "Lịch họp tháng 2"]).code,
        0,
        "it exists now"
    );
    let paths = build_paths(&site, tmp.path(), "out", &["--drafts"]);
    for page in [
        "thong-bao/lich-hop/index.html",
        "en/thong-bao/lich-hop/index.html",
    ] {
        assert!(paths.iter().any(|p| p == page), "{page}: {paths:#?}");
    }

    let before = files_under(&site);
    let run = new(&site, &["tin-tuc", "y", "--new-section"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr_lines()[0],
        "content/tin-tuc: a new section content/tin-tuc/ would have the web address /tin-tuc/, which is that of the section news (/tin-tuc/, /en/news/); to write in that section, give its folder name news, or choose another name"
    );
    assert_eq!(files_under(&site), before, "nothing created");
}

// ---------------------------------------------------------------------------------------------
// init

/// `init` run from a folder outside the repository.
fn init(dir: &Path, cwd: &Path) -> Run {
    campaign_site_in(cwd, [OsStr::new("init"), dir.as_os_str()])
}

/// The names of the files under `dir` with this extension, without it.
fn stems(dir: &Path, ext: &str) -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(ext).map(str::to_owned))
        .filter(|n| !n.starts_with('_'))
        .collect();
    out.sort();
    out
}

#[test]
fn init_makes_a_site_that_builds_and_checks_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let run = init(&site, tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.join("site.yaml").is_file());
    assert!(
        !site.join("themes").exists(),
        "the theme is built in, not copied"
    );

    let out = tmp.path().join("public");
    let built = build(&site, &out, &[]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert_eq!(
        built.stderr, "",
        "the starter site builds without a warning"
    );
    let paths: Vec<String> = files_under(&out).into_keys().collect();
    let count = |suffix: &str| paths.iter().filter(|p| p.ends_with(suffix)).count();
    assert!(paths.iter().any(|p| p == "index.html"));
    assert!(paths.iter().any(|p| p == "en/index.html"));

    // The sample article, in both languages.
    let articles = stems(&site.join("content/news"), ".vi.md");
    assert!(!articles.is_empty(), "a sample article");
    for a in &articles {
        assert!(site.join(format!("content/news/{a}.en.md")).is_file());
        assert_eq!(
            count(&format!("/{a}/index.html")),
            2,
            "{a} in both languages"
        );
    }
    // A results campaign with two units: an overview and unit pages in both languages.
    let results = site.join("content/results");
    let campaigns: Vec<PathBuf> = fs::read_dir(&results)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("campaign.yaml").is_file())
        .collect();
    assert_eq!(campaigns.len(), 1, "one sample campaign");
    let campaign = campaigns[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        count(&format!("/{campaign}/index.html")),
        2,
        "overview: {paths:#?}"
    );
    let units = stems(&campaigns[0].join("units"), ".yaml");
    assert_eq!(units.len(), 2, "two sample units");
    for u in &units {
        assert_eq!(
            count(&format!("/{campaign}/{u}/index.html")),
            2,
            "unit page of {u}: {paths:#?}"
        );
    }

    let checked = check_writes_nothing(&site);
    assert_check(&checked, &["0 errors, 0 warnings"], 0);
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("old");
    fs::create_dir_all(dir.join("content")).unwrap();
    fs::write(dir.join("ghi-chu.txt"), "đừng xoá").unwrap();
    let before = files_under(&dir);
    let run = init(&dir, tmp.path());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    assert_eq!(files_under(&dir), before, "the folder is left untouched");
    assert!(!dir.join("site.yaml").exists());

    // An empty folder that exists is fine.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    assert_eq!(init(&empty, tmp.path()).code, 0);
    assert!(empty.join("site.yaml").is_file());
}

// ---------------------------------------------------------------------------------------------
// Progress output

#[test]
fn quiet_prints_nothing_and_verbose_prints_stage_times() {
    let (tmp, root) = copy_fixture("check_clean");
    let quiet = build(&root, &tmp.path().join("q"), &["--quiet"]);
    assert_eq!(quiet.code, 0, "{}", quiet.stderr);
    assert_eq!(quiet.stdout, "", "--quiet prints nothing on stdout");
    assert_eq!(quiet.stderr, "");
    assert!(tmp.path().join("q/index.html").is_file());

    // Quiet still reports problems.
    let (tmp2, no_alt) = copy_fixture("check_no_alt");
    let quiet = build(&no_alt, &tmp2.path().join("q"), &["--quiet"]);
    assert_eq!(quiet.code, 0);
    assert_eq!(quiet.stdout, "");
    assert!(quiet.stderr.contains("has no alt text"), "{}", quiet.stderr);

    let normal = build(&root, &tmp.path().join("n"), &[]);
    let summary: Vec<&str> = normal.stdout.lines().collect();
    assert_eq!(summary.len(), 1, "one summary line: {}", normal.stdout);

    let verbose = build(&root, &tmp.path().join("v"), &["--verbose"]);
    assert_eq!(verbose.code, 0, "{}", verbose.stderr);
    let stages: Vec<&str> = verbose
        .stdout
        .lines()
        .filter(|l| l.contains("ms") && !l.starts_with("built "))
        .collect();
    assert!(
        stages.len() >= 2,
        "--verbose prints each stage's time: {}",
        verbose.stdout
    );
    assert!(
        verbose.stdout.lines().any(|l| l.starts_with("built ")),
        "and the summary: {}",
        verbose.stdout
    );
}

/// Problems name files from the site root, wherever the site is (here a folder with spaces and
/// Vietnamese letters).
#[test]
fn check_paths_are_relative_to_the_site_root() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("một thư mục khác");
    copy_dir(&fixture("check_broken_link"), &root);
    let run = check_writes_nothing(&root);
    assert!(
        run.stderr
            .starts_with("content/news/a.vi.md:8:14: the page /news/a/"),
        "{}",
        run.stderr
    );
}
