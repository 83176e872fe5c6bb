//! Campaigns over time: the results index lists campaigns newest first; a unit in two
//! campaigns shows its results in both on each of its pages, in both languages; a unit that
//! succeeded another (`succeeded_by:`) shows the other's results, labelled and never added to
//! its own; a successor that is no unit is an error at its place.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::{assert_has, assert_lacks, build_site, copy_fixture};

const LATER: &str = r#"name: {vi: "Chương trình sáng kiến 2025", en: "Initiatives Programme 2025"}
short_name: {vi: "Sáng kiến 2025", en: "Initiatives 2025"}
start: 2025-01-01
end: 2025-12-31
units_expected: 2
metrics:
  initiatives: {label: {vi: "Sáng kiến", en: "Initiatives"}, kind: count}
target: {initiatives: 5000}
"#;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// The fixture's 2023 campaign, and a 2025 one with Lai Châu and a merged province: Yên Bái
/// of 2023 is continued by Lào Cai in 2025.
fn site() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = copy_fixture("results_ok");
    write(&root, "content/results/sang-kien-2025/campaign.yaml", LATER);
    write(
        &root,
        "content/results/sang-kien-2025/units/lai-chau.yaml",
        "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: province\ntarget: {initiatives: 2500}\nvalues: {initiatives: 4100}\n",
    );
    write(
        &root,
        "content/results/sang-kien-2025/units/lao-cai.yaml",
        "name: {vi: \"Lào Cai\", en: \"Lao Cai\"}\nkind: province\nvalues: {initiatives: 2600}\n",
    );
    // The articles about Lai Châu now say which campaign they report on.
    for article in [
        "lai-chau-khen-thuong.vi.md",
        "lai-chau-tong-ket.en.md",
        "lai-chau-tong-ket.vi.md",
    ] {
        let path = root.join("content/news").join(article);
        let text = fs::read_to_string(&path).unwrap();
        let text = text.replacen(
            "unit: lai-chau",
            "unit: lai-chau\ncampaign: sang-kien-2023",
            1,
        );
        fs::write(path, text).unwrap();
    }
    let yen_bai = root.join("content/results/sang-kien-2023/units/yen-bai.yaml");
    let mut text = fs::read_to_string(&yen_bai).unwrap();
    text.push_str("succeeded_by: lao-cai\n");
    fs::write(yen_bai, text).unwrap();
    (tmp, root)
}

#[test]
fn a_unit_in_two_campaigns_shows_both_on_each_of_its_pages() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    for page in [
        "ket-qua/sang-kien-2025/lai-chau/index.html",
        "ket-qua/sang-kien-2023/lai-chau/index.html",
    ] {
        let main = b.main_of(page);
        let html = &main[main.find("Qua các phong trào").expect(page)..];
        let (later, earlier) = (
            html.find("Sáng kiến 2025").unwrap(),
            html.find("Sáng kiến 2023").unwrap(),
        );
        assert!(later < earlier, "newest first: {page}");
        assert_has(html, "<td class=\"num\">4.100</td>");
        assert_has(html, "<td class=\"num\">3.666</td>");
        assert_has(html, "<td class=\"num\">164,0%</td>");
    }
    let en = b.main_of("en/results/sang-kien-2025/lai-chau/index.html");
    assert_has(&en, "Across campaigns");
    assert_has(&en, "<td class=\"num\">3,666</td>");
    assert_has(&en, "href=\"/en/results/sang-kien-2023/lai-chau/\"");
    // A unit in one campaign only has no such table.
    assert_lacks(
        &b.main_of("ket-qua/sang-kien-2023/da-nang/index.html"),
        "Qua các phong trào",
    );
}

#[test]
fn a_successor_shows_what_it_continues_labelled_and_never_summed() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    let html = b.main_of("ket-qua/sang-kien-2025/lao-cai/index.html");
    assert_has(&html, "số liệu của đơn vị trước đây: Yên Bái");
    assert_has(&html, "<td class=\"num\">2.600</td>");
    assert_has(&html, "href=\"/ket-qua/sang-kien-2023/yen-bai/\"");
    // Yên Bái's own figure is shown as its own; nothing adds it to Lào Cai's.
    let yen_bai =
        fs::read_to_string(root.join("content/results/sang-kien-2023/units/yen-bai.yaml")).unwrap();
    let figure: i64 = yen_bai
        .lines()
        .find_map(|l| l.trim().strip_prefix("initiatives: "))
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert_lacks(&html, &format!("<td class=\"num\">{}</td>", figure + 2600));
    let en = b.main_of("en/results/sang-kien-2025/lao-cai/index.html");
    assert_has(&en, "figures of the earlier unit: Yen Bai");
}

#[test]
fn the_results_index_lists_campaigns_newest_first() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    let index = b.main_of("ket-qua/index.html");
    let (later, earlier) = (
        index.find("/ket-qua/sang-kien-2025/").unwrap(),
        index.find("/ket-qua/sang-kien-2023/").unwrap(),
    );
    assert!(later < earlier, "{index}");
}

#[test]
fn a_successor_that_is_no_unit_is_an_error_at_its_place() {
    let (_tmp, root) = copy_fixture("results_ok");
    let rel = "content/results/sang-kien-2023/units/yen-bai.yaml";
    let mut text = fs::read_to_string(root.join(rel)).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("succeeded_by: lao-kai\n");
    fs::write(root.join(rel), text).unwrap();
    let run = common::check(&root);
    assert_eq!(run.code, 1);
    assert_has(
        &run.stderr,
        &format!(
            "{rel}:{line}:15: succeeded_by: \"lao-kai\" is not a unit of any campaign of the site"
        ),
    );
    let vi = common::campaign_site(["check", "--lang", "vi", "--root", root.to_str().unwrap()]);
    assert_has(
        &vi.stderr,
        &format!("{rel}:{line}:15: succeeded_by: \"lao-kai\" không phải đơn vị của phong trào nào"),
    );
}

#[test]
fn successors_that_come_back_are_an_error_and_a_unit_of_no_campaign_is_named() {
    let (_tmp, root) = site();
    let lao_cai = "content/results/sang-kien-2025/units/lao-cai.yaml";
    let mut text = fs::read_to_string(root.join(lao_cai)).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("succeeded_by: yen-bai\n");
    fs::write(root.join(lao_cai), text).unwrap();
    write(
        &root,
        "content/news/so-lieu.vi.md",
        "---\ntitle: \"Số liệu\"\ndate: 2025-01-02\n---\n\nCó {{ figure(unit=\"lai-chauu\", metric=\"initiatives\") }} sáng kiến.\n",
    );
    let run = common::check(&root);
    assert_eq!(run.code, 1);
    assert_has(
        &run.stderr,
        &format!(
            "{lao_cai}:{line}:15: succeeded_by: this unit is continued by yen-bai, which comes back to it"
        ),
    );
    assert_has(
        &run.stderr,
        "content/news/so-lieu.vi.md:6:19: unit \"lai-chauu\" is not a unit of any campaign of the site (campaigns: sang-kien-2023, sang-kien-2025)",
    );
    assert_lacks(&run.stderr, "add campaign=");
}
