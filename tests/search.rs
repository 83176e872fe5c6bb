//! Search as a reader's browser runs it: the theme's search.js (in Node) on the index a build
//! wrote. Phrases before pages that only have all the words, the last word as the start of a
//! word, marks matched exactly above folded matches, titles above text, each language's index
//! holding only its pages, and the same bytes from a second build. Needs Node; skips without
//! it, unless `CI=true`.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{build, campaign_site, files_under};

fn node_ready() -> bool {
    let missing: Vec<String> = (!common::runs("node"))
        .then(|| "node".to_owned())
        .into_iter()
        .collect();
    common::tools_ready("the search tests", &missing)
}

/// A site made by `init` with articles that tell the rankings apart.
fn site(tmp: &Path) -> PathBuf {
    let site = tmp.join("site");
    let made = campaign_site(["init", site.to_str().unwrap()]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let news = site.join("content/news");
    let article = |name: &str, lang: &str, title: &str, day: u32, body: &str| {
        let text = format!("---\ntitle: \"{title}\"\ndate: 2023-09-{day:02}\n---\n\n{body}\n");
        fs::write(news.join(format!("{name}.{lang}.md")), text).unwrap();
    };
    article(
        "hoi-nghi",
        "vi",
        "Hội nghị đại biểu",
        1,
        "Khai mạc sáng nay.",
    );
    article("khong-dau", "vi", "Tin dai bieu", 2, "Viết không dấu.");
    article(
        "trong-bai",
        "vi",
        "Tin thứ ba",
        3,
        "Các đại biểu đã đến dự.",
    );
    article(
        "dao-nguoc",
        "vi",
        "Tin thứ tư",
        4,
        "Biểu quyết của cơ quan đại diện.",
    );
    article("bieu-mau", "vi", "Quyết định về biểu mẫu", 5, "Mẫu mới.");
    article(
        "nghia",
        "vi",
        "Ý nghĩa của phong trào",
        6,
        "Nghĩa là thi đua.",
    );
    // Words no reader types: left out of the index, the build goes on.
    let long = format!("{} hết. {} b", "a".repeat(10_000), "c".repeat(6_000));
    article("dai-qua", "vi", "Tin dài", 7, &long);
    article(
        "hoi-nghi",
        "en",
        "Conference of delegates",
        1,
        "It opened this morning.",
    );
    site
}

/// The result addresses of each query on the index in `folder`, best first.
fn search(folder: &Path, queries: &[&str]) -> Vec<Vec<String>> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/search-core.mjs");
    let found = common::json_of(Command::new("node").arg(script).arg(folder).args(queries));
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            q["results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["url"].as_str().unwrap().to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn phrases_marks_prefixes_and_titles_rank_as_readers_expect() {
    if !node_ready() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let site = site(tmp.path());
    let out = tmp.path().join("public");
    let run = build(&site, &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let vi = out.join("search-index/vi");
    let found = search(
        &vi,
        &[
            "đại biểu",
            "dai bieu",
            "DAI BIEU",
            "hoi ngh",
            "biểu quyết",
            "conference",
            "hoi n",
            "Hội nghị",
        ],
    );
    let (marked, folded, upper, prefix, phrase, english) = (
        &found[0], &found[1], &found[2], &found[3], &found[4], &found[5],
    );
    // Marks typed exactly: the title with those marks first, then the unmarked title, then
    // the text; the page with both words apart and in the other order last.
    assert_eq!(
        marked,
        &[
            "/tin-tuc/hoi-nghi/",
            "/tin-tuc/khong-dau/",
            "/tin-tuc/trong-bai/",
            "/tin-tuc/dao-nguoc/",
        ],
        "{found:?}"
    );
    // Without marks, both titles come before the text, the newer first.
    assert_eq!(&folded[..2], ["/tin-tuc/khong-dau/", "/tin-tuc/hoi-nghi/"]);
    assert_eq!(folded[2], "/tin-tuc/trong-bai/");
    assert_eq!(
        folded.last().unwrap(),
        "/tin-tuc/dao-nguoc/",
        "not a phrase: last"
    );
    assert_eq!(upper, folded, "case does not matter");
    assert_eq!(
        prefix[0], "/tin-tuc/hoi-nghi/",
        "the last word may be unfinished"
    );
    // The phrase in the text before both words apart in a title.
    assert_eq!(phrase, &["/tin-tuc/dao-nguoc/", "/tin-tuc/bieu-mau/"]);
    // A last word of one letter is still being typed: the words before it are searched.
    assert_eq!(found[6][0], "/tin-tuc/hoi-nghi/", "{found:?}");
    // A word typed with its marks is whole: "nghị" is not the start of "nghĩa".
    assert_eq!(found[7], ["/tin-tuc/hoi-nghi/"], "{found:?}");
    assert!(
        english.is_empty(),
        "the Vietnamese index has no English page: {english:?}"
    );
    let en = search(&out.join("search-index/en"), &["conference", "hội nghị"]);
    assert_eq!(en[0], ["/en/news/hoi-nghi/"]);
    assert!(
        en[1].is_empty(),
        "the English index has no Vietnamese page: {:?}",
        en[1]
    );
}

#[test]
fn the_index_of_a_second_build_is_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site(tmp.path());
    let index = |name: &str| {
        let out = tmp.path().join(name);
        assert_eq!(build(&site, &out, &[]).code, 0);
        files_under(&out.join("search-index"))
    };
    let first = index("one");
    assert!(
        first.keys().any(|k| k.starts_with("vi/s/")),
        "{:?}",
        first.keys()
    );
    assert!(first.contains_key("en/meta.json"));
    assert_eq!(first, index("two"));
}

#[test]
fn the_search_script_stays_under_10_kb() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/search.js");
    let size = fs::metadata(&script).unwrap().len();
    assert!(size < 10 * 1024, "search.js is {size} bytes");
}
