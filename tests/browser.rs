//! The example site checked by tools no one here wrote: the Nu HTML Checker on every page,
//! axe-core in Chromium on every page type in both languages, the reading aids, requests
//! that leave the site, and the weight of the home page. `.ci/run` installs the tools; on a
//! machine without them the browser tests say so and pass, unless `CI=true`.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::browser::{build_example, build_site, chromium, modules, repo, tools_ready};
use common::free_port;

/// A copy of the example site in `tmp` with the Đắk Lắk report of
/// tests/fixtures/search_report added (the example has none), for the search page.
fn example_with_report(tmp: &Path) -> PathBuf {
    let root = tmp.join("site");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::copy(repo().join("site.yaml"), root.join("site.yaml")).unwrap();
    for folder in ["content", "static", "themes"] {
        common::copy_dir(&repo().join(folder), &root.join(folder));
    }
    common::copy_dir(
        &repo().join("tests/fixtures/search_report/content"),
        &root.join("content"),
    );
    root
}

#[test]
fn every_page_passes_the_nu_html_checker() {
    if !tools_ready("the Nu HTML Checker") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out, free_port());
    let jar = modules().join("vnu-jar/build/dist/vnu.jar");
    let run = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--skip-non-html", "--format", "gnu"])
        .arg(&out)
        .output()
        .unwrap();
    let messages = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && messages.trim().is_empty(),
        "the Nu checker found errors:\n{messages}"
    );
    let pages = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "html")
        })
        .count();
    assert!(pages > 40, "every page was checked ({pages})");
}

#[test]
fn axe_finds_nothing_and_the_reading_aids_work_in_chromium() {
    if !tools_ready("the browser checks") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let port = free_port();
    build_site(&example_with_report(tmp.path()), &out, port);
    let shots = repo().join("target/screenshots");
    let report = common::json_of(
        Command::new("node")
            .arg(repo().join("tests/browser/check.mjs"))
            .arg(&out)
            .arg(port.to_string())
            .arg(&shots)
            .env("CHROMIUM", chromium()),
    );
    let violations = report["violations"].as_array().unwrap();
    assert!(
        violations.is_empty(),
        "axe-core found:\n{}",
        serde_json::to_string_pretty(violations).unwrap()
    );
    assert_eq!(
        report["external"],
        serde_json::json!([]),
        "no request leaves the site"
    );

    let aids = &report["aids"];
    assert_eq!(
        aids["visible"], true,
        "the buttons show when the script runs"
    );
    assert!(
        aids["sizeAfter"].as_f64() > aids["sizeBefore"].as_f64(),
        "A+ makes the text larger: {aids}"
    );
    assert_ne!(
        aids["backgroundAfter"], aids["backgroundBefore"],
        "the contrast switch changes colours"
    );
    assert_eq!(aids["pressed"], "true");
    assert_eq!(
        aids["sizeNextPage"], aids["sizeAfter"],
        "the text size is remembered on the next page"
    );
    assert_eq!(
        aids["backgroundNextPage"], aids["backgroundAfter"],
        "so is the contrast"
    );
    assert_ne!(aids["nextPage"], "/tin-tuc/");
    assert_eq!(
        aids["visibleWithoutScript"], false,
        "without JavaScript the buttons are not shown"
    );
    assert!(
        aids["articleWithoutScript"].as_u64() > Some(1000),
        "and the article is whole"
    );
    search_found_what_readers_look_for(&report["search"]);
    let gallery = &report["gallery"];
    assert_eq!(
        (&gallery["opened"]["open"], &gallery["opened"]["caption"]),
        (
            &serde_json::json!(true),
            &serde_json::json!("Đoàn chủ tịch Hội nghị.")
        ),
        "Enter on a gallery's photo opens it: {gallery}"
    );
    assert_eq!(gallery["opened"]["count"], "1 / 3", "{gallery}");
    assert_eq!(gallery["opened"]["focused"], "lightbox-close", "{gallery}");
    assert_eq!(gallery["next"]["count"], "2 / 3", "ArrowRight: {gallery}");
    assert_eq!(
        gallery["closed"],
        serde_json::json!({"open": false, "back": true}),
        "Escape closes it and the focus is back on the photo: {gallery}"
    );
    let screenshots = report["screenshots"].as_array().unwrap();
    assert_eq!(
        screenshots.len(),
        110,
        "each page type at phone and desktop widths, in high contrast and in dark mode"
    );
    assert!(
        screenshots
            .iter()
            .all(|s| Path::new(s.as_str().unwrap()).is_file())
    );
}

#[test]
fn the_home_page_with_its_style_and_script_weighs_under_100_kb() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out, 1111);
    let weight: u64 = ["index.html", "style.css", "reading.js"]
        .iter()
        .map(|f| std::fs::metadata(out.join(f)).unwrap().len())
        .sum();
    assert!(weight < 100_000, "home page, CSS and JS: {weight} bytes");
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    for link in html
        .split("href=\"")
        .skip(1)
        .chain(html.split("src=\"").skip(1))
    {
        let url = &link[..link.find('"').unwrap()];
        assert!(
            !url.starts_with("http") || url.starts_with("http://127.0.0.1:1111/"),
            "nothing is loaded from elsewhere: {url}"
        );
    }
}

/// What the search pages found as queries were typed in Chromium: the pages, in the page's
/// language only; the words marked; the keyboard; the page without JavaScript.
fn search_found_what_readers_look_for(search: &serde_json::Value) {
    let links = |q: &str| -> Vec<String> {
        search[q]["links"]
            .as_array()
            .unwrap_or_else(|| panic!("{q} was searched: {search}"))
            .iter()
            .map(|l| l.as_str().unwrap().to_owned())
            .collect()
    };
    let thanh_hoa = "/tin-tuc/thanh-hoa-ton-vinh-dien-hinh/";
    for q in ["thanh hoa", "Thanh Hoá", "thanh ho"] {
        assert_eq!(
            links(&format!("/tim-kiem/ {q}"))[0],
            thanh_hoa,
            "{q}: {search}"
        );
    }
    assert_eq!(
        links("/tim-kiem/ dak lak")[0],
        "/tin-tuc/dak-lak-bao-cao-phong-trao/",
        "{search}"
    );
    assert!(
        search
            .as_object()
            .unwrap()
            .values()
            .filter(|q| q.get("links").is_some())
            .all(|q| q["live"] == "polite"),
        "the results are a live region: {search}"
    );
    let conference = "/tin-tuc/lai-chau-tong-ket-chuong-trinh/";
    for q in ["dai bieu", "đại biểu"] {
        assert!(
            links(&format!("/tim-kiem/ {q}")).contains(&conference.to_owned()),
            "{q}: {search}"
        );
    }
    assert!(
        links("/tim-kiem/ Lai Châu").contains(&"/ket-qua/1-trieu-sang-kien/lai-chau/".to_owned())
    );
    let marks = search["/tim-kiem/ dai bieu"]["marks"]
        .to_string()
        .to_lowercase();
    assert!(
        marks.contains("\"đại\"") && marks.contains("\"biểu\""),
        "marked: {marks}"
    );
    for q in ["conference", "Lai Chau"] {
        let found = links(&format!("/en/search/ {q}"));
        assert!(!found.is_empty(), "{q}: {search}");
        assert!(
            found.iter().all(|l| l.starts_with("/en/")),
            "{q} finds English pages only: {found:?}"
        );
    }
    assert!(
        links("/en/search/ conference")
            .contains(&"/en/news/lai-chau-tong-ket-chuong-trinh/".to_owned())
    );
    assert!(
        links("/en/search/ Lai Chau")
            .contains(&"/en/results/1-trieu-sang-kien/lai-chau/".to_owned())
    );
    assert_eq!(
        search["keyboard"]["focused"], true,
        "Tab reaches the results: {search}"
    );
    assert_eq!(
        search["keyboard"]["url"], "?q=lai%20chau",
        "Enter searches and keeps the query"
    );
    let bare = search["withoutScript"].to_string();
    assert!(
        bare.contains("/tin-tuc/") && bare.contains("/tags/"),
        "without JavaScript: {bare}"
    );
}
