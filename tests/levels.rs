//! Campaigns at every level: a province's own campaign speaks of "toàn tỉnh" on its pages,
//! its own kinds of unit (districts, enterprises) are named as campaign.yaml declares them, a
//! kind it does not declare is an error at its place, and columns no unit fills are not shown.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::{assert_has, assert_lacks, build_site, copy_fixture};

const CAMPAIGN: &str = "content/results/sang-kien-2023/campaign.yaml";
const LAI_CHAU: &str = "content/results/sang-kien-2023/units/lai-chau.yaml";

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has {from:?}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The fixture campaign made a province's own, with Lai Châu as a district.
fn province_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = copy_fixture("results_ok");
    let kinds = "level: province\nunit_kinds:\n  district: {vi: \"Huyện, thị xã\", en: \"District\"}\nmetrics:";
    edit(&root, CAMPAIGN, "metrics:", kinds);
    edit(&root, LAI_CHAU, "kind: province", "kind: district");
    fs::write(
        root.join("content/news/rank-tinh.vi.md"),
        "---\ntitle: \"Xếp hạng\"\ndate: 2023-09-02\n---\n\nLai Châu {{ figure(unit=\"lai-chau\", metric=\"rank\") }}.\n",
    )
    .unwrap();
    (tmp, root)
}

#[test]
fn a_province_campaign_speaks_of_the_province_and_names_its_kinds_of_unit() {
    let (_tmp, root) = province_site();
    let b = common::assert_ok(build_site(&root, &[]));
    let vi = b.main_of("ket-qua/sang-kien-2023/lai-chau/index.html");
    assert_has(&vi, "Huyện, thị xã · ");
    assert_has(&vi, "Thứ hạng toàn tỉnh theo công bố: <strong>2/8</strong>");
    assert_lacks(&vi, "toàn quốc");
    let en = b.main_of("en/results/sang-kien-2023/lai-chau/index.html");
    assert_has(&en, "District · ");
    assert_has(&en, "Province-wide rank as published");
    assert_lacks(&en, "National");
    let overview = b.main_of("ket-qua/sang-kien-2023/index.html");
    assert_has(&overview, "Số công bố toàn tỉnh");
    assert_lacks(&overview, "toàn quốc");
    let article = b.main_of("news/rank-tinh/index.html");
    assert_has(&article, "thứ 2/8 toàn tỉnh");
    let csv = b.read("ket-qua/sang-kien-2023/data.csv");
    assert_has(&csv, "lai-chau,Lai Châu,district,");
}

#[test]
fn a_national_campaign_keeps_its_words() {
    let (_tmp, root) = copy_fixture("results_ok");
    let b = common::assert_ok(build_site(&root, &[]));
    let vi = b.main_of("ket-qua/sang-kien-2023/lai-chau/index.html");
    assert_has(&vi, "Thứ hạng toàn quốc theo công bố");
    assert_has(&vi, "Tỉnh, thành phố · ");
    assert_has(
        &b.main_of("ket-qua/sang-kien-2023/index.html"),
        "Số công bố toàn quốc",
    );
}

#[test]
fn an_undeclared_kind_of_unit_is_an_error_at_its_place_in_both_languages() {
    let (_tmp, root) = copy_fixture("results_ok");
    edit(&root, LAI_CHAU, "kind: province", "kind: town");
    let en = common::check(&root);
    assert_eq!(en.code, 1);
    assert_has(
        &en.stderr,
        "content/results/sang-kien-2023/units/lai-chau.yaml:2:7: kind \"town\" is not a kind of unit of this campaign (province, sector); use one of them, or declare it under unit_kinds: in content/results/sang-kien-2023/campaign.yaml",
    );
    let vi = common::campaign_site(["check", "--lang", "vi", "--root", root.to_str().unwrap()]);
    assert_has(
        &vi.stderr,
        "lai-chau.yaml:2:7: loại đơn vị \"town\" không có trong phong trào này (province, sector)",
    );
}

#[test]
fn columns_no_unit_fills_are_not_shown() {
    let (_tmp, root) = copy_fixture("results_ok");
    // No published campaign total, no unit in a cluster.
    edit(
        &root,
        CAMPAIGN,
        "reported:\n  totals: {initiatives: {value: 17000, qualifier: over}}",
        "",
    );
    let units = root.join("content/results/sang-kien-2023/units");
    for entry in fs::read_dir(&units).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("cluster:"))
            .collect();
        fs::write(&path, kept.join("\n") + "\n").unwrap();
    }
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    let overview = b.main_of("ket-qua/sang-kien-2023/index.html");
    assert_lacks(&overview, "Số công bố");
    assert_lacks(&overview, "<th scope=\"col\">Cụm thi đua</th>");
    // The columns some unit fills stay.
    assert_has(
        &overview,
        "<th scope=\"col\" class=\"num\">Chỉ tiêu <span class=\"unit\">(Sáng kiến)</span></th>",
    );
    // A unit without any target has no target column on its page.
    let yen_bai = fs::read_to_string(units.join("yen-bai.yaml")).unwrap();
    assert!(
        !yen_bai.contains("target:"),
        "the fixture's Yên Bái has no target"
    );
    let page = b.main_of("ket-qua/sang-kien-2023/yen-bai/index.html");
    assert_lacks(&page, "<th scope=\"col\" class=\"num\">Chỉ tiêu</th>");
    let lai_chau = b.main_of("ket-qua/sang-kien-2023/lai-chau/index.html");
    assert_has(&lai_chau, "<th scope=\"col\" class=\"num\">Chỉ tiêu</th>");
}
