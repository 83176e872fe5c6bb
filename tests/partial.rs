//! A campaign with 3 of 82 units: every sum, rank and share says what it counts, published
//! figures come first and are labelled as such, in both languages.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;

use common::*;

const CAMPAIGN: &str = "content/results/thi-dua/campaign.yaml";

/// `results_rank_partial` (3 of 82 units, Lai Châu published 25/82 and 3rd in its cluster)
/// with a national target and, when `published`, the published campaign total.
fn partial_site(published: bool) -> Built {
    let (tmp, root) = copy_fixture("results_rank_partial");
    let mut campaign = fs::read_to_string(root.join(CAMPAIGN)).unwrap();
    campaign.push_str("target: {initiatives: 1000000}\n");
    if published {
        campaign
            .push_str("reported:\n  totals: {initiatives: {value: 2000000, qualifier: over}}\n");
    }
    fs::write(root.join(CAMPAIGN), campaign).unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    drop(tmp);
    b
}

#[test]
fn a_unit_page_leads_with_its_published_ranks() {
    let b = partial_site(true);
    for (page, lead, computed, absent) in [
        (
            "results/thi-dua/lai-chau/index.html",
            "<p class=\"lead-ranks\">Thứ hạng toàn quốc theo công bố: <strong>25/82</strong> · Thứ hạng trong cụm theo công bố: <strong>3</strong></p>",
            "<li>Hạng giữa 3/82 đơn vị có số liệu: 3/3</li>",
            "Thứ hạng toàn quốc: ",
        ),
        (
            "en/results/thi-dua/lai-chau/index.html",
            "<p class=\"lead-ranks\">National rank as published: <strong>25/82</strong> · Rank in the cluster as published: <strong>3</strong></p>",
            "<li>Rank among 3 of 82 units with figures: 3/3</li>",
            "National rank: ",
        ),
    ] {
        let main = b.main_of(page);
        assert_has(&main, lead);
        assert_has(&main, computed);
        assert_lacks(&main, absent);
        let at = |needle: &str| main.find(needle).unwrap();
        assert!(
            at(lead) < at("<table"),
            "{page}: the published ranks come first"
        );
    }
}

#[test]
fn the_overview_labels_the_sum_of_the_units_present() {
    let b = partial_site(true);
    for (page, headers, percent) in [
        (
            "results/thi-dua/index.html",
            "<th scope=\"col\" class=\"num\">Số công bố toàn quốc</th><th scope=\"col\" class=\"num\">Cộng từ 3/82 đơn vị</th>",
            "trên 200,0%</span> <span class=\"basis\">(so với số công bố của chương trình)</span>",
        ),
        (
            "en/results/thi-dua/index.html",
            "<th scope=\"col\" class=\"num\">Published nationwide figure</th><th scope=\"col\" class=\"num\">Sum of 3 of 82 units</th>",
            "over 200.0%</span> <span class=\"basis\">(of the published programme figure)</span>",
        ),
    ] {
        let main = b.main_of(page);
        assert_has(&main, headers);
        assert_has(&main, percent);
        assert_lacks(&main, ">Hạng<span class=\"sort-mark\"");
    }
    let vi = b.main_of("results/thi-dua/index.html");
    assert_has(
        &vi,
        ">Hạng giữa 3/82 đơn vị có số liệu<span class=\"sort-mark\"",
    );
    assert_has(
        &vi,
        "<th scope=\"col\" class=\"num\">Hạng theo công bố</th>",
    );
    assert_has(&vi, "<td class=\"num\">25/82</td>");
}

#[test]
fn without_a_published_total_the_percent_of_target_is_marked_partial() {
    let b = partial_site(false);
    let vi = b.main_of("results/thi-dua/index.html");
    assert_has(
        &vi,
        "<span class=\"basis\">(chỉ cộng từ 3/82 đơn vị, chưa đầy đủ)</span>",
    );
    let en = b.main_of("en/results/thi-dua/index.html");
    assert_has(
        &en,
        "<span class=\"basis\">(sum of only 3 of 82 units, partial)</span>",
    );
}

#[test]
fn the_home_page_says_which_figure_is_published_and_which_is_a_sum() {
    let b = partial_site(true);
    let vi = b.main_of("index.html");
    assert_has(
        &vi,
        "<dd>trên 2.000.000 <span class=\"basis\">theo công bố</span></dd>",
    );
    assert_has(
        &vi,
        "<figcaption>Hạng giữa 3/82 đơn vị có số liệu</figcaption>",
    );
    let en = b.main_of("en/index.html");
    assert_has(
        &en,
        "<dd>over 2,000,000 <span class=\"basis\">as published</span></dd>",
    );

    let b = partial_site(false);
    assert_has(
        &b.main_of("index.html"),
        "<dd>804.970 <span class=\"basis\">Cộng từ 3/82 đơn vị</span></dd>",
    );
}

/// The CSV is read back by a CSV reader: quoted names, sources, published ranks and counts.
#[test]
fn the_csv_reads_back_with_its_provenance() {
    let (tmp, root) = copy_fixture("results_rank_partial");
    let unit = root.join("content/results/thi-dua/units/lai-chau.yaml");
    let text = fs::read_to_string(&unit).unwrap().replace(
        "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}",
        "name: {vi: \"Lai Châu, \\\"tỉnh biên giới\\\"\", en: \"=Lai Chau\"}",
    ) + "sources:\n  - {title: \"Tổng kết, 2023\", url: \"https://laichau.gov.vn/a\", date: 2023-09-30}\n";
    fs::write(&unit, text).unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    drop(tmp);
    for (rel, name) in [
        ("results/thi-dua/data.csv", "Lai Châu, \"tỉnh biên giới\""),
        ("en/results/thi-dua/data.csv", "'=Lai Chau"),
    ] {
        let bytes = fs::read(b.out.join(rel)).unwrap();
        let body = bytes
            .strip_prefix(b"\xEF\xBB\xBF")
            .expect("a byte order mark");
        let mut reader = csv::Reader::from_reader(body);
        let header = reader.headers().unwrap().clone();
        let col = |n: &str| header.iter().position(|h| h == n).unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let lai_chau = rows.iter().find(|r| &r[0] == "lai-chau").unwrap();
        assert_eq!(&lai_chau[col("name")], name);
        assert_eq!(&lai_chau[col("initiatives")], "3666");
        assert_eq!(&lai_chau[col("reported_rank_national")], "25");
        assert_eq!(&lai_chau[col("reported_rank_cluster")], "3");
        assert_eq!(&lai_chau[col("rank_among_units_present")], "3");
        assert_eq!(&lai_chau[col("units_present")], "3");
        assert_eq!(&lai_chau[col("units_expected")], "82");
        assert_eq!(&lai_chau[col("source_titles")], "Tổng kết, 2023");
        assert_eq!(&lai_chau[col("source_urls")], "https://laichau.gov.vn/a");
        assert_eq!(&lai_chau[col("source_dates")], "2023-09-30");
    }
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(b.out.join("results/thi-dua/data.json")).unwrap())
            .unwrap();
    assert_eq!(json["units_present"], 3);
    assert_eq!(json["units_expected"], 82);
    assert_eq!(json["complete"], false);
    let total = &json["totals"][0];
    assert_eq!(
        total["sum_of_units_present"]["value"].as_i64(),
        Some(804_970)
    );
    assert!(total["published"].is_null());
}
