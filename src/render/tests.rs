//! The render stage's views and files on small sites built through the earlier stages: what a
//! template receives for an article, how a reader switches language, and the open data files.

use crate::lang::Lang;
use crate::testing::{article, build};

const CAMPAIGN: &str = "name: {vi: \"Thi đua\", en: \"Campaign\"}\nunits_expected: 2\nmetrics:\n  \
initiatives: {label: {vi: \"Sáng kiến\", en: \"Initiatives\"}, kind: count}\nrank_by: initiatives\n";
const LAI_CHAU: &str = "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: province\n\
as_of: 2023-09-01\ntarget: {initiatives: 2300}\nvalues:\n  initiatives: 3666\n";

#[test]
fn an_article_view_reads_its_addresses_from_the_graph() {
    let site = build(&[
        (
            "tin-tuc/a.vi.md",
            &article(
                "Hội nghị & tổng kết",
                "2023-09-07T21:28:00+07:00",
                "tags: [Sáng kiến]\n",
            ),
        ),
        (
            "tin-tuc/a.en.md",
            &article("Conference", "2023-09-07T21:28:00+07:00", ""),
        ),
    ]);
    let views = site.views();
    let id = site
        .graph
        .articles
        .iter()
        .position(|a| a.lang == Lang(0))
        .unwrap();
    let a = views.article(id).unwrap();
    assert_eq!(a.card.url, "/sub/tin-tuc/a/");
    assert_eq!(a.permalink, "https://example.org/sub/tin-tuc/a/");
    assert_eq!(a.section.url, "/sub/tin-tuc/");
    assert_eq!(a.tags[0].url, "/sub/tags/sang-kien/");
    assert_eq!(a.card.date_long, "21:28 - 07/09/2023");
    assert!(
        a.share
            .facebook
            .ends_with("u=https%3A%2F%2Fexample.org%2Fsub%2Ftin-tuc%2Fa%2F"),
        "{}",
        a.share.facebook
    );
    assert!(
        a.share
            .email
            .contains("subject=H%E1%BB%99i%20ngh%E1%BB%8B%20%26%20"),
        "{}",
        a.share.email
    );
    // Zalo's share page as a plain link, with the page's full address encoded.
    assert_eq!(
        a.share.zalo,
        "https://sp.zalo.me/share_inline?url=https%3A%2F%2Fexample.org%2Fsub%2Ftin-tuc%2Fa%2F"
    );
    let en = views.card(site.graph.articles[id].translations[0]);
    assert_eq!(en.date_short, "7 September 2023");
}

#[test]
fn the_switcher_leads_to_the_translation_or_that_language_home() {
    let site = build(&[
        ("news/a.vi.md", &article("A", "2023-09-07", "")),
        ("news/a.en.md", &article("A", "2023-09-07", "")),
        ("news/b.vi.md", &article("B", "2023-09-08", "")),
    ]);
    let views = site.views();
    let page = |path: &str| {
        site.graph
            .pages
            .iter()
            .find(|p| p.address.path == path)
            .unwrap()
    };
    let with = views.switcher(page("news/a/"));
    assert_eq!(
        (with[1].url.as_str(), with[1].exists),
        ("/sub/en/news/a/", true)
    );
    let without = views.switcher(page("news/b/"));
    assert_eq!(
        (without[1].url.as_str(), without[1].exists),
        ("/sub/en/", false)
    );
    assert!(without[0].current && without[0].exists);
    let alternates = views.alternates(page("en/news/a/"));
    let pairs: Vec<(&str, &str)> = alternates
        .iter()
        .map(|a| (a.hreflang, a.href.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("vi", "https://example.org/sub/news/a/"),
            ("en", "https://example.org/sub/en/news/a/"),
            ("x-default", "https://example.org/sub/news/a/")
        ]
    );
    let not_found = site.graph.pages.last().unwrap();
    assert!(views.alternates(not_found).is_empty());
}

#[test]
fn open_data_has_one_csv_and_json_per_language_with_machine_figures() {
    let site = build(&[
        ("results/thi-dua/campaign.yaml", CAMPAIGN),
        ("results/thi-dua/units/lai-chau.yaml", LAI_CHAU),
    ]);
    let files = super::open_data::all(&site.views());
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "results/thi-dua/data.csv",
            "results/thi-dua/data.json",
            "en/results/thi-dua/data.csv",
            "en/results/thi-dua/data.json"
        ]
    );
    let text = |i: usize| match &files[i].content {
        super::Content::Bytes(b) => String::from_utf8(b.to_vec()).unwrap(),
        _ => panic!("open data is made, not copied"),
    };
    let csv = text(2);
    assert!(
        csv.starts_with('\u{feff}'),
        "a BOM for spreadsheet programs"
    );
    let mut rows = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    let row: Vec<&str> = rows.next().unwrap().split(',').collect();
    let col = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!((col("id"), col("name")), ("lai-chau", "Lai Chau"));
    assert_eq!(col("initiatives"), "3666", "figures as numbers, not 3,666");
    assert_eq!(col("initiatives_target"), "2300");
    assert_eq!(col("initiatives_percent_of_target"), "159.39");
    assert_eq!((col("units_present"), col("units_expected")), ("1", "2"));
    let json: serde_json::Value = serde_json::from_str(&text(1)).unwrap();
    assert_eq!(json["units"][0]["name"], "Lai Châu");
}

#[test]
fn related_articles_share_the_most_tags_then_are_the_newest_then_come_by_address() {
    let tagged = |title: &str, date: &str, tags: &str| {
        article(
            title,
            &format!("{date}T08:00:00+07:00"),
            &format!("tags: [{tags}]\n"),
        )
    };
    let site = build(&[
        ("tin-tuc/t.vi.md", &tagged("T", "2023-06-01", "A, B")),
        ("tin-tuc/x.vi.md", &tagged("X", "2023-01-01", "A, B")),
        ("tin-tuc/y.vi.md", &tagged("Y", "2023-02-01", "A")),
        ("tin-tuc/z.vi.md", &tagged("Z", "2023-03-01", "B")),
        ("tin-tuc/w.vi.md", &tagged("W", "2023-03-01", "A")),
        ("tin-tuc/u.vi.md", &tagged("U", "2023-09-01", "C")),
    ]);
    let id = site.graph.articles.iter().position(|a| a.title == "T");
    let related = site.views().article(id.unwrap()).unwrap().related;
    let urls: Vec<&str> = related.iter().map(|c| c.url.as_str()).collect();
    assert_eq!(
        urls,
        ["/sub/tin-tuc/x/", "/sub/tin-tuc/w/", "/sub/tin-tuc/z/"]
    );
}
