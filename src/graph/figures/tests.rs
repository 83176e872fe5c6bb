//! Figures quoted in articles of a small campaign, as a reader sees them in Vietnamese and in
//! English, and every wrong shortcode reported at its line and column.

use crate::testing::{build, try_build};

const CAMPAIGN: &str = "name: {vi: \"Thi đua\", en: \"Campaign\"}\nunits_expected: 82\nmetrics:\n  \
initiatives: {label: {vi: \"Sáng kiến\", en: \"Initiatives\"}, kind: count}\n  \
benefit: {label: {vi: \"Giá trị làm lợi\", en: \"Benefit\"}, kind: money, currency: VND}\n\
rank_by: initiatives\ntarget: {initiatives: 10000}\n\
clusters:\n  bien-gioi: {vi: \"Cụm thi đua biên giới\", en: \"northern border cluster\"}\n\
reported:\n  totals: {benefit: {value: 33000000000000, qualifier: over}}\n";

const LAI_CHAU: &str = "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: province\n\
cluster: bien-gioi\ntarget: {initiatives: 2300}\nvalues:\n  initiatives: 3666\n  \
benefit: {value: 300000000000, qualifier: over, estimated: true}\n\
reported:\n  rank: {national: 25, cluster: 3}\n";

const THANH_HOA: &str = "name: {vi: \"Thanh Hóa\", en: \"Thanh Hoa\"}\nkind: province\n\
values:\n  initiatives: 600175\n";

const DIEN_BIEN: &str = "name: {vi: \"Điện Biên\", en: \"Dien Bien\"}\nkind: province\n\
cluster: bien-gioi\nvalues:\n  initiatives: 1000\n";

/// The campaign's files and an article in each language whose body is `body`.
fn site(body: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = [
        ("results/thi-dua/campaign.yaml", CAMPAIGN),
        ("results/thi-dua/units/lai-chau.yaml", LAI_CHAU),
        ("results/thi-dua/units/thanh-hoa.yaml", THANH_HOA),
        ("results/thi-dua/units/dien-bien.yaml", DIEN_BIEN),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_owned(), t.to_owned()))
    .collect();
    for lang in ["vi", "en"] {
        let text = format!("---\ntitle: \"A\"\ndate: 2023-09-07\n---\n\n{body}\n");
        files.push((format!("news/a.{lang}.md"), text));
    }
    files
}

fn borrowed(files: &[(String, String)]) -> Vec<(&str, &str)> {
    files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect()
}

/// The HTML of the article's body in Vietnamese and in English.
fn quoted(body: &str) -> (String, String) {
    let files = site(body);
    let built = build(&borrowed(&files));
    let html = |path: &str| {
        let a = built.graph.articles.iter().find(|a| a.address.path == path);
        a.map(|a| built.graph.store.get(&a.html).unwrap().trim().to_owned())
            .unwrap_or_default()
    };
    (html("news/a/"), html("en/news/a/"))
}

/// The problems of a build whose article body is `body`, as printed.
fn problems(body: &str) -> Vec<String> {
    let files = site(body);
    try_build(&borrowed(&files)).err().unwrap_or_default()
}

#[test]
fn a_unit_figure_in_the_page_language() {
    let cases = [
        ("metric=\"initiatives\"", "3.666", "3,666"),
        (
            "metric=\"benefit\"",
            "trên 300 tỷ đồng (ước tính)",
            "over VND 300 billion (estimated)",
        ),
        ("metric=\"percent\"", "159,4%", "159.4%"),
        ("metric=\"percent\", of=\"initiatives\"", "159,4%", "159.4%"),
        ("metric=\"target\"", "2.300", "2,300"),
        (
            "metric=\"rank\"",
            "thứ 25/82 toàn quốc",
            "25th of 82 nationwide",
        ),
        (
            "metric=\"rank\", scope=\"cluster\"",
            "thứ 3 trong Cụm thi đua biên giới",
            "3rd in the northern border cluster",
        ),
    ];
    for (args, vi, en) in cases {
        let body = format!("Lai Châu: {{{{ figure(unit=\"lai-chau\", {args}) }}}}.");
        let (in_vi, in_en) = quoted(&body);
        assert_eq!(in_vi, format!("<p>Lai Châu: {vi}.</p>"), "{args}");
        assert_eq!(in_en, format!("<p>Lai Châu: {en}.</p>"), "{args}");
    }
}

#[test]
fn a_computed_rank_says_it_is_among_the_units_present() {
    let (vi, en) = quoted(
        "{{ figure(unit=\"dien-bien\", metric=\"rank\") }}; \
         {{ figure(unit=\"dien-bien\", metric=\"rank\", scope=\"cluster\") }}",
    );
    assert_eq!(
        vi,
        "<p>thứ 3 giữa 3/82 đơn vị có số liệu; thứ 2 trong Cụm thi đua biên giới, \
         giữa 2 đơn vị của cụm có trên trang</p>"
    );
    assert_eq!(
        en,
        "<p>3rd among the 3 of 82 units with figures; 2nd in the northern border cluster, \
         among its 2 units on this site</p>"
    );
}

#[test]
fn campaign_figures_are_published_first_and_a_partial_sum_says_so() {
    let (vi, en) = quoted(
        "{{ figure(metric=\"benefit\") }} | {{ figure(metric=\"initiatives\") }} | \
         {{ figure(metric=\"total\") }} | {{ figure(metric=\"target\") }} | \
         {{ figure(metric=\"percent\") }}",
    );
    assert_eq!(
        vi,
        "<p>trên 33.000 tỷ đồng | 604.841 (chỉ cộng từ 3/82 đơn vị, chưa đầy đủ) | \
         604.841 (chỉ cộng từ 3/82 đơn vị, chưa đầy đủ) | 10.000 | \
         6.048,4% (chỉ cộng từ 3/82 đơn vị, chưa đầy đủ)</p>"
    );
    assert_eq!(
        en,
        "<p>over VND 33,000 billion | 604,841 (sum of only 3 of 82 units, partial) | \
         604,841 (sum of only 3 of 82 units, partial) | 10,000 | \
         6,048.4% (sum of only 3 of 82 units, partial)</p>"
    );
}

#[test]
fn a_linked_figure_leads_to_its_unit_or_campaign_in_the_page_language() {
    let (vi, en) = quoted(
        "**{{ figure(unit=\"thanh-hoa\", metric=\"initiatives\", link=true) }}** of \
         {{ figure(metric=\"total\", of=\"benefit\", link=true) }}",
    );
    assert_eq!(
        vi,
        "<p><strong><a href=\"/sub/results/thi-dua/thanh-hoa/\">600.175</a></strong> of \
         <a href=\"/sub/results/thi-dua/\">trên 33.000 tỷ đồng</a></p>"
    );
    assert_eq!(
        en,
        "<p><strong><a href=\"/sub/en/results/thi-dua/thanh-hoa/\">600,175</a></strong> of \
         <a href=\"/sub/en/results/thi-dua/\">over VND 33,000 billion</a></p>"
    );
}

#[test]
fn figures_in_headings_tables_and_captions_are_their_text() {
    let (vi, _) = quoted(
        "## Đạt {{ figure(unit=\"lai-chau\", metric=\"initiatives\", link=true) }}\n\n\
         | Tỉnh | Số |\n|---|---:|\n| Lai Châu | {{ figure(unit=\"lai-chau\", metric=\"target\") }} |\n\n\
         [x](https://example.org \"Có {{ figure(unit='lai-chau', metric='initiatives') }}\")",
    );
    assert_eq!(
        vi,
        "<h2 id=\"dat-3-666\">Đạt <a href=\"/sub/results/thi-dua/lai-chau/\">3.666</a></h2>\n\
         <table><thead><tr><th>Tỉnh</th><th style=\"text-align: right\">Số</th></tr></thead><tbody>\n\
         <tr><td>Lai Châu</td><td style=\"text-align: right\">2.300</td></tr>\n</tbody></table>\n\
         <p><a href=\"https://example.org\" title=\"Có 3.666\">x</a></p>"
    );
}

#[test]
fn shortcodes_in_code_and_other_braces_are_left_as_written() {
    let (vi, _) = quoted(
        "Viết `{{ figure(unit=\"lai-chau\", metric=\"initiatives\") }}` hoặc {{ tieu_de }}.\n\n\
         ```\n{{ figure(unit=\"khong-co\") }}\n```\n\n    {{ figure(\n",
    );
    assert_eq!(
        vi,
        "<p>Viết <code>{{ figure(unit=\"lai-chau\", metric=\"initiatives\") }}</code> \
         hoặc {{ tieu_de }}.</p>\n<pre><code>{{ figure(unit=\"khong-co\") }}\n</code></pre>\n\
         <pre><code>{{ figure(\n</code></pre>"
    );
}

#[test]
fn every_wrong_shortcode_is_reported_at_its_place() {
    // The body starts on line 6 of the file.
    let body = "A {{ figure(unit=\"lai-chau\", metric=\"initiative\") }}\n\
        B {{ figure(unit=\"lai-cau\", metric=\"initiatives\") }}\n\
        C {{ figure(unit=\"lai-chau\", metric=\"Initiatives\") }}\n\
        D {{ figure(unit=\"lai-chau\", metric=\"rank\", scope=\"world\") }}\n\
        E {{ figure(unit=\"lai-chau\", metric=\"initiatives\", link=yes) }}\n\
        F {{ figure(unit=\"lai-chau\", metrc=\"initiatives\") }}\n\
        G {{ figure(unit=\"thanh-hoa\", metric=\"percent\") }}\n\
        H {{ figure(campaign=\"khac\", metric=\"total\") }}\n\
        I {{ figure(unit=\"lai-chau\", metric=\"honours\", award=\"giai-nguyen-duc-canh\") }}\n\
        J {{ figure(unit=\"thanh-hoa\", metric=\"rank\", scope=\"cluster\") }}\n\
        K {{ figure(unit=lai-chau, metric=\"initiatives\") }}\n\
        L {{ figure(unit=\"lai-chau\" metric=\"initiatives\") }}\n\n\
        M {{ figure(unit=\"lai-chau\", metric=\"initiatives\")";
    let at = |line: usize, col: usize| format!("content/news/a.vi.md:{line}:{col}: ");
    let expected = [
        format!(
            "{}\"initiative\" is not a metric of the campaign nor a figure the shortcode shows; use one of initiatives, benefit, percent, rank, target, total, honours",
            at(6, 37)
        ),
        format!(
            "{}unit \"lai-cau\" is not a unit of campaign thi-dua (units: dien-bien, lai-chau, thanh-hoa); use the name of a file in its units/ folder",
            at(7, 18)
        ),
        format!(
            "{}\"Initiatives\" is not a metric of the campaign; did you mean \"initiatives\"?",
            at(8, 37)
        ),
        format!("{}scope is national or cluster, not \"world\"", at(9, 51)),
        format!(
            "{}link is true or false, written without quotes, not \"yes\"",
            at(10, 57)
        ),
        format!(
            "{}a figure has no argument metrc; its arguments are unit, metric, of, scope, campaign, award, link",
            at(11, 30)
        ),
        format!(
            "{}unit thanh-hoa has no target for initiatives; add it under target: in the unit's file, or quote another figure",
            at(12, 3)
        ),
        format!(
            "{}campaign \"khac\" does not exist (campaigns: thi-dua); use the name of a folder under content/results/",
            at(13, 22)
        ),
        format!(
            "{}award \"giai-nguyen-duc-canh\" is not declared under awards: in the campaign.yaml of thi-dua (awards: -); use one of them",
            at(14, 3)
        ),
        format!(
            "{}unit thanh-hoa is in no emulation cluster, so it has no rank in one; add cluster: to its file, or leave out scope=\"cluster\"",
            at(15, 3)
        ),
        format!(
            "{}write the value of unit in quotes: unit=\"lai-chau\"",
            at(16, 18)
        ),
        format!(
            "{}expected a comma before the next argument, or ) }}}} to end the figure, but found \"metric\"",
            at(17, 29)
        ),
        format!(
            "{}this figure is not closed before the end of its paragraph; write it whole, like {{{{ figure(unit=\"lai-chau\", metric=\"initiatives\") }}}}",
            at(19, 3)
        ),
    ];
    let found = problems(body);
    let vi: Vec<&String> = found.iter().filter(|p| p.contains("a.vi.md")).collect();
    for line in &expected {
        assert!(vi.contains(&line), "missing: {line}\nin:\n{found:#?}");
    }
    assert_eq!(vi.len(), expected.len(), "{found:#?}");
}

#[test]
fn several_campaigns_need_campaign_and_arguments_that_do_not_go_are_named() {
    let cases = [
        (
            "{{ figure(unit=\"lai-chau\", metric=\"total\") }}",
            11,
            "unit= does not go with metric=\"total\"",
        ),
        (
            "{{ figure(metric=\"initiatives\", of=\"benefit\") }}",
            33,
            "of= does not go with metric=\"initiatives\"",
        ),
        (
            "{{ figure(metric=\"rank\") }}",
            1,
            "a rank is a unit's; add unit=",
        ),
        (
            "{{ figure(unit=\"lai-chau\") }}",
            1,
            "the figure does not say what it shows",
        ),
        (
            "{{ figure(metric=\"honours\") }}",
            1,
            "metric=\"honours\" counts the honours of one award",
        ),
        (
            "{{ figure(unit=\"lai-chau\", unit=\"dien-bien\", metric=\"rank\") }}",
            28,
            "unit is given twice",
        ),
        (
            "{{ figure(Unit=\"lai-chau\", metric=\"rank\") }}",
            11,
            "a figure has no argument Unit; did you mean unit?",
        ),
    ];
    for (body, col, text) in cases {
        let found = problems(body);
        let place = format!("content/news/a.vi.md:6:{col}: {text}");
        assert!(
            found.iter().any(|p| p.starts_with(&place)),
            "{place}\nin:\n{found:#?}"
        );
    }
}

#[test]
fn figures_in_raw_html_are_escaped_text() {
    // Inside a tag (an attribute) a figure is text, never a link; between tags it is text of
    // the paragraph, linked as any other.
    let (vi, _) = quoted(
        "<span class=\"so\" title=\"{{ figure(unit='lai-chau', metric='initiatives', link=true) }}\">{{ figure(unit=\"lai-chau\", metric=\"benefit\", link=true) }}</span>",
    );
    assert_eq!(
        vi,
        "<p><span class=\"so\" title=\"3.666\"><a href=\"/sub/results/thi-dua/lai-chau/\">trên 300 tỷ đồng (ước tính)</a></span></p>"
    );
}

#[test]
fn other_problems_keep_their_line_and_column_beside_a_figure() {
    let body = "{{ figure(unit=\"lai-chau\", metric=\"initiatives\") }} [x](khong-co.md)\n\
                {{ figure(unit=\"lai-chau\",\n  metric=\"initiatives\") }} [y](khong-co-nua.md)";
    let found = problems(body);
    let vi: Vec<&String> = found.iter().filter(|p| p.contains("a.vi.md")).collect();
    assert_eq!(vi.len(), 2, "{found:#?}");
    assert!(
        vi[0].starts_with("content/news/a.vi.md:6:53: the link \"khong-co.md\""),
        "{}",
        vi[0]
    );
    assert!(
        vi[1].starts_with("content/news/a.vi.md:8:28: the link \"khong-co-nua.md\""),
        "{}",
        vi[1]
    );
}

#[test]
fn a_summary_quotes_figures_as_text_and_its_mistakes_are_placed() {
    let mut files = site("Nội dung.");
    files[4].1 = "---\ntitle: \"A\"\ndate: 2023-09-07\nsummary: \"Có {{ figure(unit='lai-chau', \
                  metric='initiatives', link=true) }} sáng kiến.\"\n---\n\nNội dung.\n"
        .to_owned();
    let built = build(&borrowed(&files));
    let article = built
        .graph
        .articles
        .iter()
        .find(|a| a.address.path == "news/a/");
    assert_eq!(article.unwrap().summary, "Có 3.666 sáng kiến.");

    files[4].1 = files[4].1.replace("'initiatives'", "'initiative'");
    let found = try_build(&borrowed(&files)).err().unwrap_or_default();
    let place = "content/news/a.vi.md:4:48: \"initiative\" is not a metric of the campaign";
    assert!(found.iter().any(|p| p.starts_with(place)), "{found:#?}");
}

#[test]
fn a_linked_figure_inside_a_link_or_photo_is_only_text() {
    let (vi, _) = quoted(
        "[Xem {{ figure(unit=\"lai-chau\", metric=\"initiatives\", link=true) }}](https://example.org) \
         ![Có {{ figure(unit=\"lai-chau\", metric=\"target\", link=true) }}](https://example.org/a.png)",
    );
    assert_eq!(
        vi,
        "<p><a href=\"https://example.org\">Xem 3.666</a> \
         <img src=\"https://example.org/a.png\" alt=\"Có 2.300\" /></p>"
    );
}
