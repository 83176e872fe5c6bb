//! End-to-end tests of `campaign-site build` on small sites in tests/fixtures/: what an editor sees
//! on stderr (exact lines, exit code) for broken sites, and the HTML/XML written for good ones.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;

use common::{
    Built, assert_fails_unchecked, assert_fails_with, assert_has, assert_lacks, assert_ok,
    assert_same_files, assert_well_formed_xml, build, build_fixture, build_site, copy_fixture,
    failure_summary, failure_summary_unchecked, files_under, fixture, main_of,
};

/// The text of every written file whose name ends with one of `exts`, by path.
fn text_files(b: &Built, exts: &[&str]) -> Vec<(String, String)> {
    files_under(&b.out)
        .into_iter()
        .filter(|(path, _)| exts.iter().any(|e| path.ends_with(e)))
        .map(|(path, bytes)| {
            let text = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{path} is not UTF-8"));
            (path, text)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. A good bilingual site
// ---------------------------------------------------------------------------------------------

#[test]
fn ok_bilingual() {
    let b = assert_ok(build_fixture("ok_bilingual", &[]));
    assert!(
        b.run.stdout.starts_with("built 5 articles (3 vi, 2 en), "),
        "{}",
        b.run.stdout
    );

    // URLs: the Vietnamese section takes its slug, English keeps the folder name under /en/.
    for page in [
        "index.html",
        "en/index.html",
        "tin-tuc/index.html",
        "en/news/index.html",
        "tin-tuc/bao-cao/index.html",
        "en/news/bao-cao/index.html",
        "tin-tuc/khac/index.html",
        "en/news/khac/index.html",
        "tin-tuc/hoi-nghi/index.html",
    ] {
        assert!(b.exists(page), "{page} was not written");
    }
    assert!(!b.exists("news/index.html"), "the vi section has a slug");
    assert!(
        !b.exists("en/tin-tuc/index.html"),
        "the en section has none"
    );

    let vi = b.read("tin-tuc/bao-cao/index.html");
    let en = b.read("en/news/bao-cao/index.html");
    assert!(vi.starts_with("<!doctype html>\n<html lang=\"vi\">\n"));
    assert!(en.starts_with("<!doctype html>\n<html lang=\"en\">\n"));

    // The byline: author, category and the date as each language writes it.
    assert_has(
        &vi,
        "<p class=\"byline\"><span class=\"author\">Kim Anh</span> · <a class=\"category\" href=\"/categories/tin-hoat-dong/\">Tin hoạt động</a> · <time datetime=\"2023-09-07T21:28:00+07:00\">21:28 - 07/09/2023</time></p>",
    );
    assert_has(
        &en,
        "<p class=\"byline\"><span class=\"author\">Kim Anh</span> · <a class=\"category\" href=\"/en/categories/activities/\">Activities</a> · <time datetime=\"2023-09-07T21:28:00+07:00\">7 September 2023</time></p>",
    );

    // The body: the .md link rewritten per language, a table, a footnote, strikethrough.
    assert_has(
        &vi,
        "<div class=\"content\">\n\
         <p>Hội nghị đã thông qua báo cáo. Xem <a href=\"/tin-tuc/khac/#ket-qua\">kết quả</a>.</p>\n\
         <table><thead><tr><th>Đơn vị</th><th>Sáng kiến</th></tr></thead><tbody>\n\
         <tr><td>Lai Châu</td><td>3666</td></tr>\n\
         </tbody></table>\n\
         <p>Số liệu đã được kiểm tra<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>. Ngày <del>29/9</del> 30/9.</p>\n\
         <div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n<li id=\"fn-1\">\n\
         <p>Theo báo cáo của Ban Tổ chức.</p>\n\
         <a href=\"#fnref-1\" class=\"footnote-backref\">↩</a>\n</li>\n</ol>\n</div>\n\n</div>",
    );
    assert_has(
        &en,
        "<p>The conference approved the report. See <a href=\"/en/news/khac/#ket-qua\">the results</a>.</p>",
    );
    assert_has(&en, "<del>29/9</del>");
    assert_has(&en, "<li id=\"fn-1\">\n<p>According to the organisers.</p>");
    // The anchor the links point to exists on both targets.
    assert_has(
        &b.main_of("tin-tuc/khac/index.html"),
        "<h2 id=\"ket-qua\">Kết quả</h2>",
    );
    assert_has(
        &b.main_of("en/news/khac/index.html"),
        "<h2 id=\"ket-qua\">Results</h2>",
    );

    // hreflang alternates, the same set on both versions.
    let alternates = "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/tin-tuc/bao-cao/\">\n\
                      <link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/news/bao-cao/\">\n\
                      <link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/tin-tuc/bao-cao/\">\n";
    assert_has(&vi, alternates);
    assert_has(&en, alternates);
    assert_has(
        &vi,
        "<link rel=\"canonical\" href=\"https://example.org/tin-tuc/bao-cao/\">",
    );

    // Open Graph locales.
    assert_has(&vi, "<meta property=\"og:locale\" content=\"vi_VN\">");
    assert_has(
        &vi,
        "<meta property=\"og:locale:alternate\" content=\"en_US\">",
    );
    assert_has(&en, "<meta property=\"og:locale\" content=\"en_US\">");
    assert_has(
        &en,
        "<meta property=\"og:locale:alternate\" content=\"vi_VN\">",
    );

    // The language switcher leads to the exact translation.
    assert_has(
        &vi,
        "<li><span aria-current=\"page\" lang=\"vi\">Tiếng Việt</span></li>\n\
         <li><a href=\"/en/news/bao-cao/\" hreflang=\"en\" lang=\"en\">English</a></li>\n",
    );
    assert_has(
        &en,
        "<li><a href=\"/tin-tuc/bao-cao/\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a></li>\n\
         <li><span aria-current=\"page\" lang=\"en\">English</span></li>\n",
    );

    // The bundle: a photo alone in its paragraph is a figure; the photo is copied beside the page.
    let bundle = b.read("tin-tuc/hoi-nghi/index.html");
    // The photo (40 x 30 px) is processed: one size, as wide as the photo, loaded eagerly
    // as the article's first photo.
    let figure = main_of(&bundle)
        .split("<p>Quang cảnh hội nghị.</p>\n<figure>\n")
        .nth(1)
        .expect("the figure follows the paragraph");
    // The photo is a link to its widest variant, here its only one.
    let (link, figure) = figure.split_once('>').unwrap();
    let img = &figure[..figure.find('>').unwrap() + 1];
    let src = img
        .strip_prefix("<img src=\"")
        .and_then(|s| s.split('"').next())
        .unwrap();
    assert!(
        src.starts_with("/media/") && src.ends_with("-40.png"),
        "{img}"
    );
    assert_eq!(
        img,
        format!(
            "<img src=\"{src}\" srcset=\"{src} 40w\" sizes=\"(min-width: 50rem) 48rem, 100vw\" width=\"40\" height=\"30\" alt=\"Alt text\" loading=\"eager\">"
        )
    );
    assert_eq!(link, format!("<a class=\"photo-link\" href=\"{src}\""));
    assert_has(
        figure,
        "</a>\n<figcaption>Caption.</figcaption>\n</figure>\n",
    );
    assert!(
        b.out.join(&src[1..]).is_file(),
        "the processed photo is published"
    );
    assert_lacks(&bundle, "<p><img");
    assert!(
        !b.out.join("tin-tuc/hoi-nghi/anh.png").exists(),
        "the bundle's photo is published only as its processed variants"
    );
    // No translation: the English entry leads to the English home page, and no en alternate.
    assert_has(
        &bundle,
        "<li><a href=\"/en/\" hreflang=\"en\" lang=\"en\" title=\"",
    );
    assert_has(
        &bundle,
        "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/tin-tuc/hoi-nghi/\">\n\
         <link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/tin-tuc/hoi-nghi/\">\n",
    );
    assert_lacks(&bundle, "hreflang=\"en\" href=\"https://");

    // No page links to a Markdown file: every .md link was rewritten.
    for (path, html) in text_files(&b, &[".html"]) {
        assert!(
            !html.contains(".md\"") && !html.contains(".md#"),
            "{path} still links to a .md file"
        );
    }

    // The sitemap: well-formed, every page in it, alternates for translated pages.
    let sitemap = b.read("sitemap.xml");
    assert_well_formed_xml("sitemap.xml", &sitemap);
    assert_has(
        &sitemap,
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">",
    );
    assert_has(
        &sitemap,
        "<url>\n<loc>https://example.org/tin-tuc/bao-cao/</loc>\n<lastmod>2023-09-07</lastmod>\n\
         <xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/tin-tuc/bao-cao/\"/>\n\
         <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/news/bao-cao/\"/>\n\
         <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/tin-tuc/bao-cao/\"/>\n</url>\n",
    );
    assert_has(
        &sitemap,
        "<url>\n<loc>https://example.org/tin-tuc/hoi-nghi/</loc>\n<lastmod>2023-09-30</lastmod>\n</url>\n",
    );
    // Every page but the search pages, which no search engine should list.
    let search_pages = ["tim-kiem/index.html", "en/search/index.html"];
    for (path, _) in text_files(&b, &["index.html"]) {
        if search_pages.contains(&path.as_str()) {
            continue;
        }
        let loc = format!(
            "<loc>https://example.org/{}</loc>",
            path.trim_end_matches("index.html")
        );
        assert_has(&sitemap, &loc);
    }
    assert_lacks(&sitemap, "404.html");
    assert_lacks(&sitemap, "tim-kiem");

    // The feeds: one per language, newest first, only that language's articles.
    let atom = b.read("atom.xml");
    assert_well_formed_xml("atom.xml", &atom);
    assert_has(
        &atom,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n<title>Kết quả Chương trình</title>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/atom.xml\"/>\n",
    );
    assert_eq!(
        entry_ids(&atom),
        [
            "https://example.org/tin-tuc/hoi-nghi/",
            "https://example.org/tin-tuc/bao-cao/",
            "https://example.org/tin-tuc/khac/",
        ]
    );
    assert_has(
        &atom,
        "<entry>\n<title>Báo cáo tổng kết</title>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/tin-tuc/bao-cao/\"/>\n\
         <id>https://example.org/tin-tuc/bao-cao/</id>\n\
         <published>2023-09-07T21:28:00+07:00</published>\n<updated>2023-09-07T21:28:00+07:00</updated>\n\
         <author><name>Kim Anh</name></author>\n\
         <category term=\"sáng kiến\"/>\n<category term=\"Thanh Hóa\"/>\n\
         <summary>Hội nghị đã thông qua báo cáo. Xem kết quả.</summary>\n",
    );
    // Links in feed content are absolute: readers show it away from the site.
    assert_has(
        &atom,
        "&lt;a href=&quot;https://example.org/tin-tuc/khac/#ket-qua&quot;&gt;",
    );
    assert_has(&atom, "&lt;img src=&quot;https://example.org/media/");
    assert_has(&atom, "srcset=&quot;https://example.org/media/");
    let en_atom = b.read("en/atom.xml");
    assert_well_formed_xml("en/atom.xml", &en_atom);
    assert_has(
        &en_atom,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n<title>Campaign results</title>\n",
    );
    assert_eq!(
        entry_ids(&en_atom),
        [
            "https://example.org/en/news/bao-cao/",
            "https://example.org/en/news/khac/",
        ]
    );
    assert_lacks(&en_atom, "/tin-tuc/");

    // robots.txt names the sitemap.
    let robots = b.read("robots.txt");
    assert!(
        robots
            .lines()
            .any(|l| l == "Sitemap: https://example.org/sitemap.xml"),
        "{robots}"
    );

    // A 404 page per language, wholly in it: leading to that language's home and news list,
    // the switcher to the other 404 page, not in the sitemap and not to be listed.
    for (file, lang, title, links, other) in [
        (
            "404.html",
            "vi",
            "<title>Không tìm thấy trang | Kết quả Chương trình</title>",
            "<li><a href=\"/\">Về trang chủ</a></li>\n<li><a href=\"/tin-tuc/\">Tin tức</a></li>\n",
            "<a href=\"/en/404.html\" hreflang=\"en\" lang=\"en\">English</a>",
        ),
        (
            "en/404.html",
            "en",
            "<title>Page not found | Campaign results</title>",
            "<li><a href=\"/en/\">Back to the home page</a></li>\n<li><a href=\"/en/news/\">News</a></li>\n",
            "<a href=\"/404.html\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>",
        ),
    ] {
        let page = b.read(file);
        assert!(page.starts_with(&format!("<!doctype html>\n<html lang=\"{lang}\">\n")));
        assert_has(&page, title);
        assert_has(&page, "<meta name=\"robots\" content=\"noindex\">");
        assert_has(&page, other);
        assert_lacks(&page, "hreflang=\"x-default\"");
        assert_has(main_of(&page), links);
        assert_lacks(&sitemap, file);
    }
    assert_lacks(main_of(&b.read("404.html")), "Back to the home page");
    assert_lacks(main_of(&b.read("en/404.html")), "Về trang chủ");

    // Tag pages per language, listing that language's article.
    for (page, link) in [
        (
            "tags/thanh-hoa/index.html",
            "<a href=\"/tin-tuc/bao-cao/\">Báo cáo tổng kết</a>",
        ),
        (
            "tags/sang-kien/index.html",
            "<a href=\"/tin-tuc/bao-cao/\">Báo cáo tổng kết</a>",
        ),
        (
            "en/tags/thanh-hoa/index.html",
            "<a href=\"/en/news/bao-cao/\">Final report</a>",
        ),
        (
            "en/tags/initiatives/index.html",
            "<a href=\"/en/news/bao-cao/\">Final report</a>",
        ),
    ] {
        assert_has(&b.main_of(page), link);
    }
    assert_has(
        &vi,
        "<li><a href=\"/tags/sang-kien/\" rel=\"tag\">sáng kiến</a></li>\n\
         <li><a href=\"/tags/thanh-hoa/\" rel=\"tag\">Thanh Hóa</a></li>\n",
    );
}

/// An article's share links are plain links in the page's language: Facebook, X, Zalo and
/// email carry the page's full address, encoded; "copy link" is a button the script shows, so
/// without JavaScript it stays hidden and nothing else depends on it.
#[test]
fn share_links_are_plain_links_with_the_page_address() {
    let b = assert_ok(build_fixture("ok_bilingual", &[]));
    for (file, encoded, email, copy) in [
        (
            "tin-tuc/bao-cao/index.html",
            "https%3A%2F%2Fexample.org%2Ftin-tuc%2Fbao-cao%2F",
            "Gửi qua thư điện tử",
            "Sao chép liên kết",
        ),
        (
            "en/news/bao-cao/index.html",
            "https%3A%2F%2Fexample.org%2Fen%2Fnews%2Fbao-cao%2F",
            "Send by email",
            "Copy link",
        ),
    ] {
        let main = b.main_of(file);
        let start = main.find("<ul class=\"share\">").expect("share links");
        let share = &main[start..start + main[start..].find("</ul>").unwrap()];
        assert_has(
            share,
            &format!(
                "<li><a href=\"https://www.facebook.com/sharer/sharer.php?u={encoded}\" rel=\"noopener\">Facebook</a></li>"
            ),
        );
        assert_has(
            share,
            &format!("<a href=\"https://x.com/intent/post?url={encoded}&amp;text="),
        );
        assert_has(
            share,
            &format!(
                "<li><a href=\"https://sp.zalo.me/share_inline?url={encoded}\" rel=\"noopener\">Zalo</a></li>"
            ),
        );
        assert_has(share, &format!("&amp;body={encoded}\">{email}</a></li>"));
        assert_has(share, "<li hidden><button type=\"button\" data-copy-link=");
        assert_has(share, &format!(">{copy}</button></li>"));
        for outside in ["<script", "<img", "<iframe"] {
            assert_lacks(share, outside);
        }
    }
    // Nothing of Zalo's is loaded: the only mention of it is the link.
    let page = b.read("tin-tuc/bao-cao/index.html");
    assert_eq!(page.matches("zalo").count(), 1, "{page}");
}

/// The `<id>` of every `<entry>` of a feed, in order.
fn entry_ids(feed: &str) -> Vec<&str> {
    feed.split("<entry>\n")
        .skip(1)
        .map(|e| {
            let start = e.find("<id>").expect("an entry has an id") + "<id>".len();
            let end = e.find("</id>").expect("the id is closed");
            &e[start..end]
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 2-8. One kind of mistake per site: the exact line an editor sees
// ---------------------------------------------------------------------------------------------

/// The quote opened on line 3 is never closed: the editor is sent to where it opens, as a line
/// of the file (the YAML block alone would say line 2).
#[test]
fn bad_front_matter_yaml() {
    let b = build_fixture("bad_front_matter_yaml", &[]);
    let lines = b.run.stderr_lines();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert_eq!(
        lines[0],
        "content/news/a.vi.md:3:9: a text in quotes is never closed; add the closing quote"
    );
    assert_eq!(lines[1], failure_summary_unchecked(1, 1));
    assert_eq!(b.run.code, 1);
    assert!(!b.out.exists());
}

/// The message must not carry the YAML parser's own position, which counts lines of the front
/// matter block, not of the file: "at line 4" there is line 5 of the file, the `---` line.
#[test]

fn bad_front_matter_yaml_message_has_no_block_relative_line() {
    let b = build_fixture("bad_front_matter_yaml", &[]);
    let lines = b.run.stderr_lines();
    assert_eq!(b.run.code, 1);
    let message = lines[0]
        .strip_prefix("content/news/a.vi.md:")
        .and_then(|rest| rest.split_once(": "))
        .map(|(_, m)| m)
        .unwrap_or_else(|| panic!("not a positioned message: {}", lines[0]));
    assert!(
        !message.contains(" line "),
        "the place belongs in front, as a line of the file: {}",
        lines[0]
    );
}

#[test]
fn wrong_date() {
    let b = build_fixture("wrong_date", &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/a.vi.md:4:7: date \"07/09/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00",
        ],
    );
}

#[test]
fn wrong_type() {
    let b = build_fixture("wrong_type", &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/a.vi.md:4:7: tags: wrong type: found integer `5`, but expected a list",
            "content/news/b.vi.md:4:8: draft: wrong type: found string \"maybe\", but expected true or false",
        ],
    );
}

#[test]
fn broken_md_link() {
    let b = build_fixture("broken_md_link", &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/a.vi.md:8:10: the link \"missing.md\" leads to content/news/missing.md, which does not exist; check the file name",
        ],
    );
}

/// `a.vi.md` and the bundle `a/index.vi.md` both want /news/a/; `slug: chung` and `slug: Chung`
/// both want /news/chung/.
#[test]
fn duplicate_url() {
    let b = build_fixture("duplicate_url", &[]);
    // The second file of each address gets no page, so its links are not checked yet.
    assert_fails_unchecked(
        &b,
        &[
            "content/news/a.vi.md: the web address /news/a/ is also used by content/news/a/index.vi.md; give one of them another slug: or file name",
            "content/news/c.vi.md: the web address /news/chung/ is also used by content/news/b.vi.md; give one of them another slug: or file name",
        ],
        2,
    );
}

#[test]
fn unknown_site_key() {
    let b = build_fixture("unknown_site_key", &[]);
    assert_fails_with(
        &b,
        &[
            "site.yaml:6:1: unknown key \"colour\"; the keys that can be used here are: title, description, base_url, default_language, languages, theme, timezone, paginate, default_author, search, footer, embeds, logo, banner",
        ],
    );
}

#[test]
fn undeclared_language() {
    let b = build_fixture("undeclared_language", &[]);
    // The file is left out, so nothing in it is checked.
    assert_fails_unchecked(
        &b,
        &[
            "content/news/x.fr.md: the language \"fr\" of this file is not declared in site.yaml (languages: vi, en); rename the file or add the language",
        ],
        1,
    );
}

// ---------------------------------------------------------------------------------------------
// 9. Every problem in one run, and the previous output kept
// ---------------------------------------------------------------------------------------------

#[test]
fn all_errors_together() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let good = build(&fixture("ok_bilingual"), &out, &[]);
    assert_eq!(good.code, 0, "{}", good.stderr);
    let before = files_under(&out);

    let run = build(&fixture("all_errors_together"), &out, &[]);
    assert_eq!(
        run.stderr_lines(),
        [
            "content/news/a.vi.md:6:5: the link \"khong-co.md\" leads to content/news/khong-co.md, which does not exist; check the file name",
            "content/news/b.en.md:4:8: draft: wrong type: found string \"perhaps\", but expected true or false",
            "content/news/c.vi.md:3:7: date \"7/9/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00",
            &failure_summary(3),
        ]
    );
    assert_eq!(run.code, 1);
    assert!(
        files_under(&out) == before,
        "a failed build must leave the previous output exactly as it was"
    );
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["public"], "no staging folder is left behind");
}

// ---------------------------------------------------------------------------------------------
// 10. Drafts
// ---------------------------------------------------------------------------------------------

#[test]
fn drafts() {
    // Without --drafts the draft is nowhere: no page, not in lists, sitemap or feed.
    let b = assert_ok(build_fixture("drafts", &[]));
    assert!(b.exists("news/da-dang/index.html"));
    assert!(!b.exists("news/nhap/index.html"));
    for (path, text) in text_files(&b, &[".html", ".xml"]) {
        assert!(
            !text.contains("Bản nháp") && !text.contains("/news/nhap/"),
            "{path} mentions the draft"
        );
    }

    // With --drafts it is published like any article.
    let b = assert_ok(build_fixture("drafts", &["--drafts"]));
    assert_has(&b.main_of("news/nhap/index.html"), "<h1>Bản nháp</h1>");
    assert_has(
        &b.main_of("news/index.html"),
        "<a href=\"/news/nhap/\">Bản nháp</a>",
    );
    assert_has(
        &b.read("atom.xml"),
        "<id>https://example.org/news/nhap/</id>",
    );

    // A published page linking to the draft by its file name: the message says it is a draft.
    let b = build_fixture("drafts_linked", &[]);
    assert!(
        b.run.stderr_lines().contains(
            &"content/news/lien-ket.vi.md:8:6: the link \"nhap.vi.md\" leads to content/news/nhap.vi.md, which is a draft and is not published; remove the link or build with --drafts"
        ),
        "{}",
        b.run.stderr
    );
    assert_eq!(b.run.code, 1);
    assert!(!b.out.exists());

    // With --drafts both links lead to the draft's page.
    let b = assert_ok(build_fixture("drafts_linked", &["--drafts"]));
    let main = b.main_of("news/lien-ket/index.html");
    assert_has(&main, "<a href=\"/news/nhap/\">bản nháp</a>");
    assert_has(&main, "<a href=\"/news/nhap/\">bản này</a>");
}

/// `[x](nhap.md)` is the usual way to link a page "in the same language" (contract §5); when
/// `nhap.vi.md` is a draft, the editor must be told it is a draft, not that it does not exist.
#[test]

fn drafts_link_without_language_suffix_says_draft() {
    let b = build_fixture("drafts_linked", &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/lien-ket.vi.md:6:5: the link \"nhap.md\" leads to content/news/nhap.vi.md, which is a draft and is not published; remove the link or build with --drafts",
            "content/news/lien-ket.vi.md:8:6: the link \"nhap.vi.md\" leads to content/news/nhap.vi.md, which is a draft and is not published; remove the link or build with --drafts",
        ],
    );
}

/// A file whose front matter is broken is reported once; links to it (`c.md`, where `c.vi.md`
/// exists but has a wrong date) must not add a false "does not exist".
#[test]

fn link_to_a_file_with_broken_front_matter_is_not_reported_again() {
    let (_tmp, root) = copy_fixture("all_errors_together");
    fs::write(
        root.join("content/news/d.vi.md"),
        "---\ntitle: \"D\"\ndate: 2023-09-07\n---\n\nXem [c](c.md) và [c2](c.vi.md).\n",
    )
    .unwrap();
    let b = build_site(&root, &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/a.vi.md:6:5: the link \"khong-co.md\" leads to content/news/khong-co.md, which does not exist; check the file name",
            "content/news/b.en.md:4:8: draft: wrong type: found string \"perhaps\", but expected true or false",
            "content/news/c.vi.md:3:7: date \"7/9/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 11. Hostile text, file names and Unicode forms
// ---------------------------------------------------------------------------------------------

/// "Thanh Hóa, Đắk Lắk" decomposed (NFD), as macOS may save it.
const NFD_TITLE: &str = "Thanh Ho\u{301}a, \u{110}a\u{306}\u{301}k La\u{306}\u{301}k";
const NFC_TITLE: &str = "Thanh Hóa, Đắk Lắk";
/// "Hội nghị tổng kết." decomposed.
const NFD_BODY: &str = "Ho\u{323}\u{302}i nghi\u{323} to\u{302}\u{309}ng ke\u{302}\u{301}t.";
const NFC_BODY: &str = "Hội nghị tổng kết.";
/// The file name "Đắk Lắk.vi.md" decomposed.
const NFD_FILE: &str = "\u{110}a\u{306}\u{301}k La\u{306}\u{301}k.vi.md";

fn has_combining_marks(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{300}'..='\u{36f}').contains(&c) || c == '\u{323}')
}

#[test]
fn hostile_and_unicode() {
    // BOM, CRLF and NFD are written here from Rust bytes, so no checkout can lose them.
    assert_ne!(NFD_TITLE, NFC_TITLE);
    assert_ne!(NFD_BODY, NFC_BODY);
    let (_tmp, root) = copy_fixture("hostile_and_unicode");
    let news = root.join("content/news");
    let bom_crlf = "\u{FEFF}---\r\ntitle: \"Có BOM và CRLF\"\r\ndate: 2023-09-10\r\n---\r\n\r\nDòng một.\r\nDòng hai.\r\n\r\n## Tiêu đề\r\n";
    fs::write(news.join("co-bom.vi.md"), bom_crlf).unwrap();
    let written = fs::read(news.join("co-bom.vi.md")).unwrap();
    assert!(written.starts_with(b"\xEF\xBB\xBF---\r\n"));
    fs::write(
        news.join("nfd.vi.md"),
        format!("---\ntitle: \"{NFD_TITLE}\"\ndate: 2023-09-11\ntags: [\"{NFD_TITLE}\"]\n---\n\n{NFD_BODY}\n"),
    )
    .unwrap();
    fs::write(
        news.join(NFD_FILE),
        format!("---\ntitle: \"{NFD_TITLE}\"\ndate: 2023-09-12\n---\n\n{NFD_BODY}\n"),
    )
    .unwrap();

    let b = assert_ok(build_site(&root, &[]));

    // The hostile title comes out escaped everywhere; no raw <script> in any page or feed.
    let hostile = b.read("news/hostile/index.html");
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Hóa&quot;";
    assert_has(&hostile, &format!("<title>{escaped} | Trang thử</title>"));
    assert_has(&hostile, &format!("<h1>{escaped}</h1>"));
    assert_has(
        &hostile,
        &format!("<meta property=\"og:title\" content=\"{escaped}\">"),
    );
    assert_has(
        &hostile,
        "<span class=\"author\">&lt;script&gt;alert(2)&lt;/script&gt;</span>",
    );
    assert_has(
        &b.main_of("news/index.html"),
        &format!("<a href=\"/news/hostile/\">{escaped}</a>"),
    );
    let atom = b.read("atom.xml");
    assert_has(&atom, &format!("<title>{escaped}</title>"));
    let all = text_files(&b, &[".html", ".xml", ".txt"]);
    assert!(all.len() > 10, "{all:?}");
    for (path, text) in &all {
        // The theme's own scripts (reading aids, search, galleries) are the only scripts a page
        // may have.
        let mut text = text
            .replace("<script src=\"/reading.js\"></script>", "")
            .replace("<script src=\"/search.js\" defer></script>", "");
        if let Some(start) = text.find("<script src=\"/gallery.js\" defer data-viewer=") {
            let end = start + text[start..].find("</script>").unwrap() + "</script>".len();
            text.replace_range(start..end, "");
        }
        assert!(
            !text.to_lowercase().contains("<script"),
            "{path} has a raw <script>"
        );
        if path.ends_with(".xml") {
            assert_well_formed_xml(path, &text);
        }
    }

    // A file name with spaces and Vietnamese letters; a section without slug keeps its folder name.
    assert_has(
        &b.main_of("news/hoi-nghi-tong-ket/index.html"),
        "<h1>Hội nghị tổng kết</h1>",
    );
    // `slug: "Thanh Hoá"` (the other tone placement) gives the same slug; the title is kept as written.
    assert_has(
        &b.main_of("news/thanh-hoa/index.html"),
        "<h1>Thanh Hoá tôn vinh điển hình</h1>",
    );

    // BOM and CRLF: read as if they were not there.
    let bom = b.read("news/co-bom/index.html");
    assert_has(&bom, "<h1>Có BOM và CRLF</h1>");
    assert_has(
        &bom,
        "<p>Dòng một.\nDòng hai.</p>\n<h2 id=\"tieu-de\">Tiêu đề</h2>",
    );
    assert!(!bom.contains('\r') && !bom.contains('\u{FEFF}'));

    // NFD text and file names come out NFC.
    for page in ["news/nfd/index.html", "news/dak-lak/index.html"] {
        let html = b.read(page);
        assert_has(&html, &format!("<h1>{NFC_TITLE}</h1>"));
        assert_has(&html, &format!("<p>{NFC_BODY}</p>"));
        assert!(!has_combining_marks(&html), "{page} has NFD text");
    }
    assert!(b.exists("tags/thanh-hoa-dak-lak/index.html"));
    for (path, text) in &all {
        assert!(!has_combining_marks(text), "{path} has NFD text");
    }
}

/// Errors in a file with a BOM and CRLF line ends are placed as the editor counts: the BOM is
/// no column and `\r` no character.
#[test]
fn bom_and_crlf_keep_error_positions() {
    let (_tmp, root) = copy_fixture("wrong_date");
    let news = root.join("content/news");
    fs::write(
        news.join("a.vi.md"),
        "\u{FEFF}---\r\ntitle: \"Báo cáo\"\r\nauthor: \"Kim Anh\"\r\ndate: 07/09/2023\r\n---\r\n\r\nNội dung.\r\n",
    )
    .unwrap();
    fs::write(
        news.join("b.vi.md"),
        "\u{FEFF}---\r\ntitle: \"B\"\r\ndate: 2023-09-07\r\n---\r\n\r\nMột.\r\n\r\nXem [x](missing.md).\r\n",
    )
    .unwrap();
    let b = build_site(&root, &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/a.vi.md:4:7: date \"07/09/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00",
            "content/news/b.vi.md:8:5: the link \"missing.md\" leads to content/news/missing.md, which does not exist; check the file name",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// 12. The same site gives the same bytes
// ---------------------------------------------------------------------------------------------

#[test]
fn deterministic() {
    let first = assert_ok(build_fixture("deterministic", &[]));
    let second = assert_ok(build_fixture("deterministic", &[]));
    let (a, b) = (files_under(&first.out), files_under(&second.out));
    assert!(
        a.len() > 30,
        "the fixture should make many files: {:?}",
        a.keys()
    );
    assert_same_files(&a, &b);
}

/// The XML check used on the sitemap and feeds has teeth: it refuses what a parser refuses.
#[test]
fn xml_check_refuses_broken_xml() {
    let decl = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    assert_well_formed_xml(
        "good",
        &format!("{decl}<a x=\"1 &amp; 2\"><b/>t &lt; u</a>\n"),
    );
    for bad in [
        "<a>Tom & Jerry</a>",
        "<a><b></a></b>",
        "<a><b></a>",
        "<a x=1></a>",
        "<a>1 < 2</a>",
        "<a></a><b></b>",
        "<a>&nbsp;</a>",
        "<a x=\"1\" x=\"2\"></a>",
        "<a x='1'></a>",
        "<a><!-- a note --></a>",
        "<a><![CDATA[x]]></a>",
        "<a><?php x ?></a>",
        "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
        "text <a></a>",
        "<a></a> text",
    ] {
        let doc = format!("{decl}{bad}\n");
        let refused = std::panic::catch_unwind(|| assert_well_formed_xml("bad", &doc)).is_err();
        assert!(refused, "accepted broken XML: {bad}");
    }
    let undeclared = std::panic::catch_unwind(|| assert_well_formed_xml("bad", "<a/>\n"));
    assert!(undeclared.is_err(), "accepted XML without its declaration");
}
