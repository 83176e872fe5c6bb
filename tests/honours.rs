//! Honours as editors write them and readers find them: awards declared in campaign.yaml,
//! honours in the unit files, the honour roll and each unit page's honours in both languages
//! (recipients in the reader's alphabetical order, partial lists said so), honours.csv and
//! honours.json read back, the search finding a recipient, and each mistake at its place.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::{assert_has, assert_lacks, build_site, copy_fixture};

const CAMPAIGN: &str = "content/results/sang-kien-2023/campaign.yaml";
const LAI_CHAU: &str = "content/results/sang-kien-2023/units/lai-chau.yaml";
const DA_NANG: &str = "content/results/sang-kien-2023/units/da-nang.yaml";

const AWARDS: &str = r#"
awards:
  giai-nguyen-duc-canh:
    name: {vi: "Giải thưởng Nguyễn Đức Cảnh", en: "Nguyen Duc Canh Prize"}
    giver: {vi: "Tổng Liên đoàn Lao động Việt Nam", en: "Vietnam General Confederation of Labour"}
    level: national
  bang-khen:
    name: {vi: "Bằng khen", en: "Certificate of merit"}
    level: province
"#;

/// Lai Châu: a prize to one person, certificates to 34 collectives and 54 individuals of
/// whom three are named (out of alphabetical order, one only in Vietnamese).
const LAI_CHAU_HONOURS: &str = r#"
honours:
  - award: giai-nguyen-duc-canh
    individuals: 1
    date: 2023-09-30
    recipients:
      - {name: "Lò Văn Minh", kind: individual, workplace: {vi: "Công đoàn ngành Y tế", en: "Health sector union"}, initiative: {vi: "Máy sấy thảo quả", en: "A cardamom dryer"}}
  - award: bang-khen
    collectives: 34
    individuals: 54
    recipients:
      - {name: "Đỗ Thị Hoa", kind: individual}
      - {name: "Bùi Văn Nam", kind: individual}
      - {name: "Công đoàn Trường Tiểu học Sìn Hồ", kind: collective}
"#;

fn site() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = copy_fixture("results_ok");
    append(&root, CAMPAIGN, AWARDS);
    append(&root, LAI_CHAU, LAI_CHAU_HONOURS);
    append(
        &root,
        DA_NANG,
        "honours:\n  - award: bang-khen\n    total: 247\n",
    );
    (tmp, root)
}

fn append(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    let mut all = fs::read_to_string(&path).unwrap();
    all.push_str(text);
    fs::write(path, all).unwrap();
}

#[test]
fn the_honour_roll_counts_each_award_and_names_recipients_in_the_readers_order() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    let vi = b.main_of("ket-qua/sang-kien-2023/khen-thuong/index.html");
    // Per award: 34 collectives, 54 individuals, and Đà Nẵng's 247 only in the total.
    assert_has(
        &vi,
        "<td class=\"num\">34</td><td class=\"num\">54</td><td class=\"num\">335</td><td class=\"num\">2</td>",
    );
    assert_has(
        &vi,
        "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>",
    );
    // Per unit, with the words of each count; a total not told apart says so.
    assert_has(&vi, "<td>34 tập thể, 54 cá nhân</td>");
    assert_has(&vi, "<td>247 tập thể và cá nhân</td>");
    // The totals say what they are a sum of: the units on the site, not the whole country.
    assert_has(
        &vi,
        "<caption id=\"by-award-caption\"><span class=\"caption-text\">Cộng từ tất cả 8 đơn vị</span></caption>",
    );
    // Vietnamese order: Bùi < Công < Đỗ (đ after d), not code point order.
    let (bui, cong, do_) = (
        vi.find("Bùi Văn Nam").unwrap(),
        vi.find("Công đoàn Trường Tiểu học Sìn Hồ").unwrap(),
        vi.find("Đỗ Thị Hoa").unwrap(),
    );
    assert!(bui < cong && cong < do_, "{vi}");
    assert_has(&vi, "Danh sách chưa đầy đủ");
    assert_has(&vi, "Công đoàn ngành Y tế");
    let en = b.main_of("en/results/sang-kien-2023/honours/index.html");
    assert_has(&en, "<td>34 collectives, 54 individuals</td>");
    assert_has(&en, "A cardamom dryer");
    assert_has(&en, "Health sector union");
    assert_has(&en, "Honour roll");
    assert_lacks(&en, "Bằng khen");
}

#[test]
fn each_unit_page_shows_its_honours_in_its_language() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    let vi = b.main_of("ket-qua/sang-kien-2023/lai-chau/index.html");
    assert_has(
        &vi,
        "Giải thưởng Nguyễn Đức Cảnh</a></strong> – Tổng Liên đoàn Lao động Việt Nam: 1 cá nhân (30/09/2023)",
    );
    assert_has(
        &vi,
        "href=\"/ket-qua/sang-kien-2023/khen-thuong/#award-bang-khen\"",
    );
    let en = b.main_of("en/results/sang-kien-2023/lai-chau/index.html");
    assert_has(
        &en,
        "Nguyen Duc Canh Prize</a></strong> – Vietnam General Confederation of Labour: 1 individual",
    );
    assert_has(&en, "34 collectives, 54 individuals");
    let da_nang = b.main_of("en/results/sang-kien-2023/da-nang/index.html");
    assert_has(&da_nang, "247 collectives and individuals");
    // A unit without honours has no honours section.
    let yen_bai = b.main_of("en/results/sang-kien-2023/yen-bai/index.html");
    assert_lacks(&yen_bai, "id=\"honours\"");
}

#[test]
fn honours_csv_and_json_read_back() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    let csv_text = b.read("ket-qua/sang-kien-2023/honours.csv");
    let csv_text = csv_text
        .strip_prefix('\u{feff}')
        .expect("a BOM for spreadsheets");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let certificate = rows
        .iter()
        .find(|r| r[col("unit")] == "lai-chau" && r[col("award")] == "bang-khen")
        .unwrap();
    assert_eq!(certificate[col("collectives")], "34");
    assert_eq!(certificate[col("individuals")], "54");
    assert_eq!(certificate[col("total")], "88");
    assert_eq!(certificate[col("recipients_named")], "3");
    let da_nang = rows.iter().find(|r| r[col("unit")] == "da-nang").unwrap();
    assert_eq!(
        (
            da_nang[col("collectives")].as_str(),
            da_nang[col("total")].as_str()
        ),
        ("", "247")
    );
    let json: serde_json::Value =
        serde_json::from_str(&b.read("en/results/sang-kien-2023/honours.json")).unwrap();
    let prize = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["award"] == "giai-nguyen-duc-canh")
        .unwrap();
    assert_eq!(prize["award_name"], "Nguyen Duc Canh Prize");
    assert_eq!(prize["recipients"][0]["name"], "Lò Văn Minh");
    assert_eq!(prize["recipients"][0]["initiative"], "A cardamom dryer");
    assert_eq!(prize["date"], "2023-09-30");
}

#[test]
fn a_recipient_is_found_by_the_site_search() {
    let (_tmp, root) = site();
    let b = common::assert_ok(build_site(&root, &[]));
    let index = common::files_under(&b.out.join("search-index/vi"));
    let holds = |word: &str| {
        index
            .values()
            .any(|bytes| String::from_utf8_lossy(bytes).contains(word))
    };
    assert!(
        holds("\"lo van\""),
        "the recipient's name is a phrase of the index"
    );
    assert!(holds("/ket-qua/sang-kien-2023/khen-thuong/"));
}

#[test]
fn each_mistake_is_an_error_at_its_place_in_both_languages() {
    let (_tmp, root) = copy_fixture("results_ok");
    append(&root, CAMPAIGN, AWARDS);
    append(
        &root,
        LAI_CHAU,
        "honours:
  - award: giai-nguyen-duc-canhh
    individuals: 1
  - award: bang-khen
    collectives: -3
  - award: bang-khen
    individuals: 1
    recipients:
      - {name: \"A\", kind: individual}
      - {name: \"B\", kind: individual}
  - award: bang-khen
    date: 2023-09-30
  - award: bang-khen
    collectives: 2
    individuals: 2
    total: 5
  - award: bang-khen
    total: 2
    source: {title: \"x\", url: \" JaVaScRiPt:alert(1)\"}
    recipients:
      - {name: \"  \"}
",
    );
    let file = "content/results/sang-kien-2023/units/lai-chau.yaml";
    let first = fs::read_to_string(root.join(LAI_CHAU))
        .unwrap()
        .lines()
        .position(|l| l == "honours:")
        .unwrap()
        + 1;
    let at = |line: usize, col: usize| format!("{file}:{}:{col}", first + line);
    let en = common::check(&root);
    assert_eq!(en.code, 1);
    for want in [
        format!(
            "{}: award \"giai-nguyen-duc-canhh\" is not declared under awards: in campaign.yaml (awards: giai-nguyen-duc-canh, bang-khen)",
            at(1, 12)
        ),
        format!(
            "{}: honours[1].collectives: -3 is not a count; a count cannot be negative",
            at(4, 18)
        ),
        format!(
            "{}: 2 individuals are listed as recipients, but individuals: counts 1",
            at(8, 7)
        ),
        format!("{}: an honour needs a count", at(10, 5)),
        format!(
            "{}: total: is 5, but the counts of collectives and individuals make 4",
            at(15, 12)
        ),
        format!(
            "{}: honours[5].source.url: \" JaVaScRiPt:alert(1)\" is not the address of a web page",
            at(18, 31)
        ),
        format!(
            "{}: honours[5].recipients[0].name: a recipient's name is empty",
            at(20, 16)
        ),
    ] {
        assert_has(&en.stderr, &want);
    }
    let vi = common::campaign_site(["check", "--lang", "vi", "--root", root.to_str().unwrap()]);
    assert_has(
        &vi.stderr,
        &format!(
            "{}: giải thưởng \"giai-nguyen-duc-canhh\" chưa được khai báo",
            at(1, 12)
        ),
    );
    assert_has(
        &vi.stderr,
        &format!(
            "{}: danh sách ghi 2 cá nhân được khen thưởng, nhưng individuals: chỉ đếm 1",
            at(8, 7)
        ),
    );
}
