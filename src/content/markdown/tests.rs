use super::*;

fn resolver<'a>(
    page: &'a (dyn Fn(&str) -> PageLink + Sync),
    asset: &'a (dyn Fn(&str) -> Option<String> + Sync),
) -> LinkResolver<'a> {
    LinkResolver {
        dir: "news",
        root: "/sub/",
        page,
        asset,
    }
}

fn md(body: &str) -> Rendered {
    let page = |p: &str| match p {
        "news/b.vi.md" | "news/b.md" => PageLink::Url("/tin-tuc/b/".into()),
        "news/draft.md" => PageLink::Draft("news/draft.vi.md".into()),
        _ => PageLink::Missing,
    };
    let asset =
        |p: &str| (p == "news/x.jpg" || p == "news/ảnh hội nghị.jpg").then(|| format!("/{p}"));
    render(body, &resolver(&page, &asset))
}

#[test]
fn a_lone_image_is_a_figure_with_caption() {
    let r = md("Text first.\n\n![Đại biểu](x.jpg \"Các đại biểu tham dự Hội nghị.\")\n");
    assert!(
        r.html.contains(
            "<figure>\n<img src=\"/news/x.jpg\" alt=\"Đại biểu\">\n<figcaption>Các đại biểu tham dự Hội nghị.</figcaption>\n</figure>"
        ),
        "{}",
        r.html
    );
    assert_eq!(r.summary, "Text first.");
    assert_eq!(r.photos[0].alt, "Đại biểu");
    assert!(r.problems.is_empty());
}

#[test]
fn an_image_inside_text_stays_inline() {
    let r = md("See ![a](x.jpg) here.\n");
    assert!(!r.html.contains("<figure>"), "{}", r.html);
    assert!(
        r.html.contains("<img src=\"/news/x.jpg\" alt=\"a\" />"),
        "{}",
        r.html
    );
}

#[test]
fn heading_ids_are_slugs_and_unique() {
    let r = md("## Kết quả\n\n## Kết quả\n\n## Hoá {#rieng}\n");
    assert!(r.html.contains("<h2 id=\"ket-qua\">"), "{}", r.html);
    assert!(r.html.contains("<h2 id=\"ket-qua-1\">"), "{}", r.html);
    assert!(r.html.contains("<h2 id=\"rieng\">"), "{}", r.html);
}

#[test]
fn md_links_become_page_urls_with_anchors() {
    let r = md("[b](b.md#ket-qua) and [c](../news/b.vi.md) and [web](https://x.org/a.md)\n");
    assert!(
        r.html.contains("href=\"/tin-tuc/b/#ket-qua\""),
        "{}",
        r.html
    );
    assert!(r.html.contains("href=\"/tin-tuc/b/\""), "{}", r.html);
    assert!(r.html.contains("href=\"https://x.org/a.md\""), "{}", r.html);
    assert!(r.problems.is_empty());
}

#[test]
fn broken_links_and_photos_are_problems_at_their_offset() {
    let body = "Line one.\n\n[gone](missing.md) [d](draft.md) ![p](nope.jpg) [out](../../x.md)\n";
    let r = md(body);
    let msgs: Vec<_> = r.problems.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(r.problems[0].0, body.find("[gone]").unwrap());
    assert!(
        msgs[0].contains("content/news/missing.md, which does not exist"),
        "{msgs:?}"
    );
    assert!(
        msgs[1].contains("content/news/draft.vi.md, which is a draft"),
        "{msgs:?}"
    );
    assert!(
        msgs[2].contains("photo \"nope.jpg\" is missing"),
        "{msgs:?}"
    );
    assert!(msgs[3].contains("outside the content folder"), "{msgs:?}");
}

#[test]
fn encoded_file_names_are_found() {
    let r = md("![Hội nghị](ảnh%20hội%20nghị.jpg)\n");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let r = md("![Hội nghị](<ảnh hội nghị.jpg>)\n");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
}

#[test]
fn footnotes_are_numbered_with_unique_ids() {
    let r = md("## Notes\n\nA[^notes] b[^2].\n\n[^notes]: First.\n[^2]: Second.\n");
    assert!(r.html.contains("<h2 id=\"notes\">"), "{}", r.html);
    assert!(
        r.html
            .contains("<a href=\"#fn-notes\" id=\"fnref-notes\">1</a>"),
        "{}",
        r.html
    );
    assert!(r.html.contains("<li id=\"fn-2\">"), "{}", r.html);
    assert!(r.html.contains("href=\"#fnref-2\""), "{}", r.html);
}

#[test]
fn tables_and_strikethrough() {
    let r = md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~sai~~\n");
    assert!(r.html.contains("<table>"), "{}", r.html);
    assert!(r.html.contains("<del>sai</del>"), "{}", r.html);
}

#[test]
fn root_links_get_the_site_path_and_scripts_are_refused() {
    let r = md("![a](/img/x.jpg) [b](/sub/tin-tuc/) [c](//cdn.example.org/x.js)\n");
    assert!(r.html.contains("src=\"/sub/img/x.jpg\""), "{}", r.html);
    assert!(r.html.contains("href=\"/sub/tin-tuc/\""), "{}", r.html);
    assert!(
        r.html.contains("href=\"//cdn.example.org/x.js\""),
        "{}",
        r.html
    );
    let r = md("[x](javascript:alert(1)) ![y]()\n");
    assert!(!r.html.contains("javascript"), "{}", r.html);
    assert!(
        r.problems[0].1.contains("runs a script"),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems[1].1.starts_with("the photo has no file name"),
        "{:?}",
        r.problems
    );
}

#[test]
fn many_equal_headings_get_numbered_ids() {
    let r = md(&"## Ảnh\n\n".repeat(3));
    assert!(
        r.html.contains("id=\"anh\"")
            && r.html.contains("id=\"anh-1\"")
            && r.html.contains("id=\"anh-2\"")
    );
}

#[test]
fn joins_stay_inside() {
    assert_eq!(join("news", "../pages/a.md").as_deref(), Some("pages/a.md"));
    assert_eq!(join("", "../a.md"), None);
    assert_eq!(
        join("news/x", "./b/../c.jpg").as_deref(),
        Some("news/x/c.jpg")
    );
}
