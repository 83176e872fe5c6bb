//! The Markdown renderer on small inputs: headings and their ids, links, photos as figures and
//! galleries, raw HTML made safe, summaries.

use super::*;
use crate::content::sanitize::Sanitizer;
use crate::images;

fn resolver<'a>(
    page: &'a (dyn Fn(&str) -> PageLink + Sync),
    asset: &'a (dyn Fn(&str) -> Option<String> + Sync),
) -> LinkResolver<'a> {
    LinkResolver {
        dir: "news",
        root: "/sub/",
        page,
        asset,
        photo: &fake_photo,
        similar: &similar,
        html: &SANITIZER,
        figure: &|_| crate::content::shortcodes::Quoted::Unchecked,
    }
}

static SANITIZER: std::sync::LazyLock<Sanitizer> = std::sync::LazyLock::new(|| Sanitizer::new(&[]));

/// `big.jpg` is a 4000 x 3000 photo processed into the real widths (the widest capped at
/// `MAX_WIDTH`); `hong.jpg` is damaged; others are not photos.
fn fake_photo(p: &str, _offset: usize) -> Option<Result<images::Photo, crate::messages::Message>> {
    let variant = |w: u32| images::Variant {
        width: w,
        height: w * 3 / 4,
        path: format!("media/k-{w}.jpg"),
        file: format!("/cache/k-{w}.jpg").into(),
    };
    match p {
        "news/big.jpg" => Some(Ok(images::Photo {
            width: 4000,
            height: 3000,
            variants: images::WIDTHS
                .into_iter()
                .chain([images::MAX_WIDTH])
                .map(variant)
                .collect(),
            cached: false,
        })),
        "news/hong.jpg" => Some(Err(crate::msg!("photo-cut-short"))),
        _ => None,
    }
}

/// Files on "disk" that links get wrong only in case or marks.
fn similar(p: &str) -> Option<String> {
    match p {
        "news/DSC_0042.JPG" => Some("news/dsc_0042.jpg".into()),
        "news/Anh/hoi-nghi.jpg" => Some("news/anh/hoi-nghi.jpg".into()),
        "news/Bai-Viet.md" => Some("news/bai-viet.vi.md".into()),
        _ => None,
    }
}

fn md(body: &str) -> Rendered {
    let page = |p: &str| match p {
        "news/b.vi.md" | "news/b.md" => PageLink::Url("/tin-tuc/b/".into()),
        "news/draft.md" => PageLink::Draft("news/draft.vi.md".into()),
        _ => PageLink::Missing,
    };
    let asset = |p: &str| {
        [
            "news/x.jpg",
            "news/ảnh hội nghị.jpg",
            "news/big.jpg",
            "news/hong.jpg",
        ]
        .contains(&p)
        .then(|| format!("/{p}"))
    };
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
    let msgs: Vec<_> = r.problems.iter().map(|(_, m)| m.english()).collect();
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

/// A file named with another case or other marks than the file on disk is still missing (web
/// hosts tell them apart), and the message names the file that is there.
#[test]
fn a_name_that_differs_only_in_case_or_marks_gets_a_suggestion() {
    let body = "![Hội trường](./DSC_0042.JPG)\n\n![Hội nghị](Anh/hoi-nghi.jpg)\n\n[bài](Bai-Viet.md#ket-qua) [x](khac.md)\n";
    let msgs: Vec<String> = md(body)
        .problems
        .into_iter()
        .map(|(_, m)| m.english())
        .collect();
    assert_eq!(
        msgs,
        [
            "the photo \"./DSC_0042.JPG\" is missing: there is no file content/news/DSC_0042.JPG; check the file name, or put the photo beside the article; did you mean \"./dsc_0042.jpg\"?",
            "the photo \"Anh/hoi-nghi.jpg\" is missing: there is no file content/news/Anh/hoi-nghi.jpg; check the file name, or put the photo beside the article; did you mean \"anh/hoi-nghi.jpg\"?",
            "the link \"Bai-Viet.md#ket-qua\" leads to content/news/Bai-Viet.md, which does not exist; check the file name; did you mean \"bai-viet.vi.md#ket-qua\"?",
            "the link \"khac.md\" leads to content/news/khac.md, which does not exist; check the file name",
        ]
    );
    assert_eq!(
        paths::respelled("../tin/A.JPG", "news", "tin/A.JPG", "tin/a.jpg"),
        "../tin/a.jpg"
    );
    assert_eq!(
        paths::respelled("../Tin/a.jpg", "news/x", "news/Tin/a.jpg", "news/tin/a.jpg"),
        "../tin/a.jpg"
    );
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
        r.problems[0].1.english().contains("runs a script"),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems[1]
            .1
            .english()
            .starts_with("the photo has no file name"),
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

#[test]
fn processed_photos_are_responsive_and_only_the_first_loads_eagerly() {
    let r = md("![Hội trường](big.jpg \"Quang cảnh.\")\n\n![Đại biểu](big.jpg)\n");
    let imgs: Vec<&str> = r
        .html
        .match_indices("<img ")
        .map(|(i, _)| &r.html[i..i + r.html[i..].find('>').unwrap() + 1])
        .collect();
    assert_eq!(imgs.len(), 2, "{}", r.html);
    assert_eq!(
        imgs[0],
        "<img src=\"/sub/media/k-960.jpg\" srcset=\"/sub/media/k-480.jpg 480w, /sub/media/k-960.jpg 960w, /sub/media/k-1200.jpg 1200w, /sub/media/k-1600.jpg 1600w, /sub/media/k-1920.jpg 1920w\" sizes=\"(min-width: 50rem) 48rem, 100vw\" width=\"960\" height=\"720\" alt=\"Hội trường\" loading=\"eager\">"
    );
    assert!(
        imgs[1].ends_with(" loading=\"lazy\" decoding=\"async\">"),
        "{}",
        imgs[1]
    );
    assert!(r.html.contains("<figcaption>Quang cảnh.</figcaption>"));
    assert_eq!(
        r.first_photo
            .as_ref()
            .map(|(p, alt)| (p.width, alt.as_str())),
        Some((4000, "Hội trường"))
    );
}

#[test]
fn a_photo_inside_a_line_of_text_is_its_processed_copy() {
    let r = md("Hai ảnh: ![Hội trường](big.jpg) giữa câu.\n");
    assert!(
        r.html
            .contains("<img src=\"/sub/media/k-960.jpg\" alt=\"Hội trường\""),
        "{}",
        r.html
    );
    assert_eq!(r.photos.len(), 1, "the photo is still checked for alt text");
}

#[test]
fn several_photos_in_one_paragraph_are_a_gallery_with_their_captions() {
    let r = md("![A](big.jpg \"Một.\")\n![B](big.jpg \"Hai.\") ![C](x.jpg \"Ba.\")\n");
    assert!(
        r.html
            .starts_with("<div class=\"gallery\">\n<figure style=\"--ar:1.333\">\n<a class=\"photo-link\" href=\"/sub/media/k-1920.jpg\"><img "),
        "{}",
        r.html
    );
    // The photo that cannot be processed has neither a shape nor a link.
    assert_eq!(r.html.matches("<figure style=").count(), 2, "{}", r.html);
    assert_eq!(r.html.matches("<figure>").count(), 1, "{}", r.html);
    assert_eq!(
        r.html.matches("</a>\n<figcaption>").count(),
        2,
        "{}",
        r.html
    );
    for caption in ["Một.", "Hai.", "Ba."] {
        assert!(
            r.html
                .contains(&format!("<figcaption>{caption}</figcaption>")),
            "{}",
            r.html
        );
    }
}

#[test]
fn a_photo_that_cannot_be_processed_is_a_problem() {
    let r = md("Đầu.\n\n![Hỏng](hong.jpg)\n");
    assert_eq!(r.problems.len(), 1);
    assert!(
        r.problems[0]
            .1
            .english()
            .starts_with("the photo \"hong.jpg\" cannot be used: the photo is damaged"),
        "{:?}",
        r.problems
    );
}
