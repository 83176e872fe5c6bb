//! A ranking read in other orders without a script: each heading of the overview's table
//! links to a page of the table in that order, per language, with `aria-sort` on the heading
//! of the order shown; names in the reader's alphabet (`Đ` after `D`, not after `Y`), figures
//! largest first; each row carries its place in every order for the script that sorts in place.
//! These pages are kept out of the sitemap and ask search engines not to list them.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use common::{assert_has, build_fixture, text_of};

const VI: &str = "ket-qua/sang-kien-2023/";
const EN: &str = "en/results/sang-kien-2023/";

/// The unit names of the ranking table of `html`, in the order shown.
fn names(html: &str) -> Vec<String> {
    let table = &html[html.find("id=\"ranking-table\"").expect("a ranking table")..];
    let body = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
    body.split("<th scope=\"row\">")
        .skip(1)
        .map(|cell| text_of(&cell[..cell.find("</th>").unwrap()]))
        .collect()
}

#[test]
fn the_ranking_sorts_by_name_in_each_readers_alphabet_without_a_script() {
    let b = build_fixture("results_ok", &[]);
    let vi = b.main_of(&format!("{VI}xep-theo/ten/index.html"));
    assert_eq!(
        names(&vi),
        [
            "Bắc Kạn",
            "Cần Thơ",
            "Công đoàn Dầu khí",
            "Đà Nẵng",
            "Đắk Lắk",
            "Hà Nội",
            "Lai Châu",
            "Yên Bái"
        ]
    );
    assert_has(
        &vi,
        "<th scope=\"col\" aria-sort=\"ascending\"><a href=\"/ket-qua/sang-kien-2023/xep-theo/ten/\"",
    );
    let en = b.main_of(&format!("{EN}sort/name/index.html"));
    assert_eq!(
        names(&en),
        [
            "Bac Kan",
            "Can Tho",
            "Da Nang",
            "Dak Lak",
            "Ha Noi",
            "Lai Chau",
            "Petroleum Union",
            "Yen Bai"
        ]
    );
    // The overview links every sortable heading to its page, and marks the rank order as shown.
    let overview = b.main_of(&format!("{VI}index.html"));
    for url in [
        "xep-theo/ten/",
        "xep-theo/ty-le/",
        "xep-theo/members/",
        "xep-theo/benefit/",
    ] {
        assert_has(&overview, &format!("href=\"/{VI}{url}\""));
    }
    assert_has(
        &overview,
        "<th scope=\"col\" class=\"num\" aria-sort=\"ascending\"><a href=\"/ket-qua/sang-kien-2023/#ranking\"",
    );
    let en_overview = b.main_of(&format!("{EN}index.html"));
    assert_has(&en_overview, &format!("href=\"/{EN}sort/percent/\""));
}

#[test]
fn figures_sort_largest_first_and_rows_know_their_place_in_every_order() {
    let b = build_fixture("results_ok", &[]);
    let by_benefit = b.main_of(&format!("{VI}xep-theo/benefit/index.html"));
    let order = names(&by_benefit);
    assert_eq!(order[0], "Hà Nội", "the largest benefit first: {order:?}");
    assert_has(
        &by_benefit,
        "aria-sort=\"descending\"><a href=\"/ket-qua/sang-kien-2023/xep-theo/benefit/\"",
    );
    // A row's places: by rank, by name, then the other orders; the same on every page.
    let overview = b.main_of(&format!("{VI}index.html"));
    let places = |html: &str, name: &str| -> String {
        let row = &html[..html.find(&format!(">{name}</a></th>")).unwrap()];
        let start = row.rfind("data-positions=\"").unwrap() + 16;
        row[start..start + row[start..].find('"').unwrap()].to_owned()
    };
    let yen_bai = places(&overview, "Yên Bái");
    assert_eq!(
        yen_bai.split(' ').nth(1),
        Some("7"),
        "last by name: {yen_bai}"
    );
    assert_eq!(places(&by_benefit, "Yên Bái"), yen_bai);
}

#[test]
fn the_other_orders_are_not_for_search_engines() {
    let b = build_fixture("results_ok", &[]);
    let page = b.read(&format!("{VI}xep-theo/ten/index.html"));
    assert_has(&page, "<meta name=\"robots\" content=\"noindex, follow\">");
    let sitemap = b.read("sitemap.xml");
    assert!(
        !sitemap.contains("xep-theo") && !sitemap.contains("/sort/"),
        "{sitemap}"
    );
    assert_has(&sitemap, "/ket-qua/sang-kien-2023/</loc>");
}

#[test]
fn a_metric_id_of_any_shape_stays_in_its_campaigns_folder() {
    let (_tmp, root) = common::copy_fixture("results_ok");
    let dir = root.join("content/results/sang-kien-2023");
    for entry in walkdir::WalkDir::new(&dir) {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|x| x == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, text.replace("members:", "\"../../Thành viên\":")).unwrap();
        }
    }
    let b = common::build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    b.read(&format!("{VI}xep-theo/thanh-vien/index.html"));
    b.read(&format!("{EN}sort/thanh-vien/index.html"));
    assert!(!b.out.join("ket-qua/thanh-vien").exists());
}
