//! The results pages measured in Chromium as readers see them: at 1280 px the whole ranking
//! table without sideways scrolling, numbers on the right and on one line, the heading row and
//! the names sticky; at 390 px chart text drawn at 12 px or more and no name cut; sorting by
//! a heading without JavaScript (its own page, in the reader's alphabet) and with it (in
//! place, in the same order). Skipped with a reason without the tools, unless `CI=true`.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::process::Command;

use common::browser::{build_example, chromium, repo, tools_ready};
use common::free_port;
use serde_json::Value;

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("a list: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn results_pages_read_well_at_every_width_and_sort_without_a_script() {
    if !tools_ready("the results pages in Chromium") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let port = free_port();
    build_example(&out, port);
    let report = common::json_of(
        Command::new("node")
            .arg(repo().join("tests/browser/results.mjs"))
            .arg(&out)
            .arg(port.to_string())
            .env("CHROMIUM", chromium()),
    );
    for lang in ["vi", "en"] {
        let wide = &report["wide"][lang];
        assert_eq!(wide["pageScrolls"], false, "{lang} at 1280: {wide}");
        assert_eq!(wide["tableScrolls"], false, "the whole table shows: {wide}");
        assert_eq!(wide["rightAligned"], true, "{wide}");
        assert_eq!(wide["wrappedNumbers"], serde_json::json!([]), "{wide}");
        assert_eq!(wide["stickyHeading"], "sticky");
        assert_eq!(wide["stickyNames"], "sticky");
        assert_eq!(wide["region"], serde_json::json!(["region", 0, "CAPTION"]));
        assert!(wide["cells"].as_u64() > Some(20), "{wide}");
    }
    let phone = report["phone"].as_object().unwrap();
    assert_eq!(phone.len(), 4, "overview and unit page in both languages");
    for (path, seen) in phone {
        assert!(seen["charts"].as_u64() > Some(0), "{path}: {seen}");
        let smallest = seen["smallest"].as_f64().unwrap();
        assert!(
            smallest >= 12.0,
            "{path}: chart text drawn at {smallest} px"
        );
        assert_eq!(seen["cut"], serde_json::json!([]), "{path}");
        assert_eq!(seen["outside"], serde_json::json!([]), "{path}");
        assert_eq!(seen["pageScrolls"], false, "{path} at 390 px");
        if let Some(labels) = seen["rankingLabels"].as_str() {
            for name in strings(&seen["names"]) {
                assert!(
                    labels.contains(&name),
                    "{path}: {name} is whole in {labels}"
                );
            }
        }
    }
    for lang in ["vi", "en"] {
        let sorting = &report["sorting"][lang];
        let by_name = &sorting["byName"];
        let expected = strings(&sorting["expected"]);
        assert_ne!(
            strings(&sorting["before"]),
            expected,
            "the example ranks otherwise"
        );
        assert_eq!(strings(&by_name["names"]), expected, "{lang}: {sorting}");
        let url = by_name["url"].as_str().unwrap();
        assert_eq!(
            url,
            if lang == "vi" {
                "/ket-qua/1-trieu-sang-kien/xep-theo/ten/"
            } else {
                "/en/results/1-trieu-sang-kien/sort/name/"
            }
        );
        assert_eq!(by_name["sort"][0][1], "ascending", "{by_name}");
        let other = &sorting["other"];
        assert_eq!(other["sort"][0][1], "descending", "{other}");
        let percents: Vec<f64> = strings(&other["percents"])
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.trim_end_matches('%').replace(',', ".").parse().unwrap())
            .collect();
        assert!(
            percents.len() > 1 && percents.windows(2).all(|w| w[0] >= w[1]),
            "{other}"
        );
        let script = &sorting["script"];
        assert_eq!(strings(&script["names"]), expected, "in place: {script}");
        assert!(
            !script["url"].as_str().unwrap().contains("/ten/")
                && !script["url"].as_str().unwrap().contains("/name/")
        );
        assert_eq!(
            script["sort"], by_name["sort"],
            "the same heading is marked"
        );
    }
}
