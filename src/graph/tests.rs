//! The graph stages on small sites written in a temporary folder: routes, versions, lists and
//! addresses, as the render stage will read them.

use super::model::{PageKind, SiteGraph};
use crate::lang::Lang;
use crate::testing::article;

/// The graph of a site of `files`, or the problems the stages found.
fn stages(files: &[(&str, String)]) -> (Option<SiteGraph>, Vec<String>) {
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    match crate::testing::try_build(&files) {
        Ok(built) => (Some(built.graph), Vec::new()),
        Err(errors) => (None, errors),
    }
}

fn page_at<'g>(g: &'g SiteGraph, path: &str) -> &'g super::model::Page {
    g.pages
        .iter()
        .find(|p| p.address.path == path)
        .unwrap_or_else(|| panic!("no page at {path}"))
}

#[test]
fn addresses_carry_the_base_path_once() {
    let (g, errors) = stages(&[(
        "tin-tuc/hoi-nghi.vi.md",
        article("Hội nghị", "2023-09-07", ""),
    )]);
    assert!(errors.is_empty(), "{errors:?}");
    let g = g.unwrap();
    let a = &g.articles[0];
    assert_eq!(a.address.path, "tin-tuc/hoi-nghi/");
    assert_eq!(a.address.url, "/sub/tin-tuc/hoi-nghi/");
    assert_eq!(
        a.address.permalink,
        "https://example.org/sub/tin-tuc/hoi-nghi/"
    );
    assert_eq!(g.feeds[1].url, "/sub/en/atom.xml");
    assert_eq!(g.home(Lang(1)).permalink, "https://example.org/sub/en/");
}

#[test]
fn translations_lead_to_each_other_and_a_missing_one_to_nothing() {
    let (g, _) = stages(&[
        ("news/a.vi.md", article("A vi", "2023-09-07", "")),
        ("news/a.en.md", article("A en", "2023-09-07", "")),
        ("news/b.vi.md", article("B vi", "2023-09-08", "")),
    ]);
    let g = g.unwrap();
    let vi = page_at(&g, "news/a/");
    let en = page_at(&g, "en/news/a/");
    let index = |p: &super::model::Page| g.pages.iter().position(|q| std::ptr::eq(q, p));
    assert_eq!(vi.translations, vec![index(vi), index(en)]);
    assert_eq!(en.translations, vi.translations);
    let b = page_at(&g, "news/b/");
    assert_eq!(b.translations, vec![index(b), None]);
    assert_eq!(b.alternates, b.translations);
}

#[test]
fn later_list_pages_switch_to_the_first_and_have_no_equivalents() {
    let files: Vec<(String, String)> = (1..=3)
        .map(|i| {
            (
                format!("news/a{i}.vi.md"),
                article(&format!("A{i}"), &format!("2023-09-0{i}"), ""),
            )
        })
        .chain([("news/a1.en.md".to_owned(), article("A1", "2023-09-01", ""))])
        .collect();
    let files: Vec<(&str, String)> = files.iter().map(|(p, t)| (p.as_str(), t.clone())).collect();
    let (g, _) = stages(&files);
    let g = g.unwrap();
    let first = g
        .pages
        .iter()
        .position(|p| p.address.path == "news/")
        .unwrap();
    let second = page_at(&g, "news/page/2/");
    assert!(matches!(second.kind, PageKind::Section { number: 2, .. }));
    assert_eq!(second.file, "news/page/2/index.html");
    assert_eq!(second.translations[0], Some(first));
    assert!(second.translations[1].is_some(), "the English list exists");
    let me = g.pages.iter().position(|p| std::ptr::eq(p, second));
    assert_eq!(second.alternates, vec![me, None]);
}

#[test]
fn lists_are_newest_first_and_sections_know_their_parent() {
    let (g, _) = stages(&[
        ("news/old.vi.md", article("Old", "2021-01-01", "")),
        ("news/new.vi.md", article("New", "2023-01-01", "")),
        ("news/local/x.vi.md", article("X", "2022-01-01", "")),
    ]);
    let g = g.unwrap();
    let news = g
        .sections
        .iter()
        .position(|s| s.dir == "news" && s.lang == Lang(0))
        .unwrap();
    let titles: Vec<&str> = g.sections[news]
        .pages
        .iter()
        .map(|&i| g.articles[i].title.as_str())
        .collect();
    assert_eq!(titles, ["New", "Old"]);
    let local = g.sections.iter().find(|s| s.dir == "news/local").unwrap();
    assert_eq!(local.parent, Some(news));
    // A folder without an _index file is titled by the theme's `section_<folder>` text in the
    // section's language, else by its name.
    assert_eq!(g.sections[news].title, "Tin tức");
    assert_eq!(local.title, "Local");
    let latest: Vec<&str> = g.latest[0]
        .iter()
        .map(|&i| g.articles[i].title.as_str())
        .collect();
    assert_eq!(latest, ["New", "X", "Old"]);
}

#[test]
fn two_files_for_one_address_are_one_error_naming_both() {
    let (g, errors) = stages(&[
        ("news/a.vi.md", article("A", "2023-09-07", "")),
        ("news/b.vi.md", article("B", "2023-09-07", "slug: a\n")),
    ]);
    assert!(g.is_none());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("/news/a/ is also used by content/news/a.vi.md"),
        "{errors:?}"
    );
}

#[test]
fn a_link_to_another_article_is_its_url_in_the_reader_language() {
    let (g, _) = stages(&[
        ("news/a.vi.md", article("A", "2023-09-07", "")),
        (
            "news/a.en.md",
            "---\ntitle: A\ndate: 2023-09-07\n---\nSee [b](b.vi.md).\n".to_owned(),
        ),
        ("news/b.vi.md", article("B", "2023-09-07", "")),
        ("news/b.en.md", article("B", "2023-09-07", "")),
    ]);
    let g = g.unwrap();
    let a = g
        .articles
        .iter()
        .find(|a| a.address.path == "en/news/a/")
        .unwrap();
    let html = g.store.get(&a.html).unwrap();
    assert!(html.contains("href=\"/sub/en/news/b/\""), "{html}");
}

const CAMPAIGN: &str = "name: {vi: \"Thi đua\", en: \"Campaign\"}\nunits_expected: 1\nmetrics:\n  \
initiatives: {label: {vi: \"Sáng kiến\", en: \"Initiatives\"}, kind: count}\nrank_by: initiatives\n\
clusters:\n  cum-a: {vi: \"Cụm A\", en: \"Cluster A\"}\n";
const UNIT: &str = "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: province\ncluster: cum-a\n\
values:\n  initiatives: 3666\n";

#[test]
fn cluster_pages_take_the_segment_of_their_language_and_the_old_address_redirects() {
    let (g, errors) = stages(&[
        ("results/thi-dua/campaign.yaml", CAMPAIGN.to_owned()),
        ("results/thi-dua/units/lai-chau.yaml", UNIT.to_owned()),
    ]);
    let g = g.unwrap_or_else(|| panic!("{errors:?}"));
    let index = |path: &str| g.pages.iter().position(|p| p.address.path == path);
    let vi = page_at(&g, "results/thi-dua/cum/cum-a/");
    let en = page_at(&g, "en/results/thi-dua/clusters/cum-a/");
    assert!(matches!(vi.kind, PageKind::Cluster { .. }));
    let both = vec![
        index("results/thi-dua/cum/cum-a/"),
        index("en/results/thi-dua/clusters/cum-a/"),
    ];
    assert_eq!((&vi.translations, &en.translations), (&both, &both));
    let old = page_at(&g, "results/thi-dua/clusters/cum-a/");
    assert_eq!(
        old.kind,
        PageKind::Redirect {
            to: both[0].unwrap()
        }
    );
    assert_eq!(old.file, "results/thi-dua/clusters/cum-a/index.html");
    assert_eq!(
        (old.translations.clone(), old.alternates.clone()),
        (vec![None, None], vec![None, None])
    );
    // English cluster pages are where they always were: nothing to redirect.
    let redirects = g
        .pages
        .iter()
        .filter(|p| matches!(p.kind, PageKind::Redirect { .. }));
    assert_eq!(redirects.count(), 1);
}

#[test]
fn each_language_has_its_404_page_leading_to_the_other() {
    let (g, _) = stages(&[("news/a.vi.md", article("A", "2023-09-07", ""))]);
    let g = g.unwrap();
    let found: Vec<(&str, Lang)> = g
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::NotFound)
        .map(|p| (p.file.as_str(), p.lang))
        .collect();
    assert_eq!(found, [("404.html", Lang(0)), ("en/404.html", Lang(1))]);
    let vi = page_at(&g, "404.html");
    assert_eq!(vi.address.url, "/sub/404.html");
    let en = g.pages.iter().position(|p| p.address.path == "en/404.html");
    assert_eq!(vi.translations[1], en);
    assert_eq!(
        vi.alternates,
        vec![None, None],
        "no hreflang for a page not to be listed"
    );
}
