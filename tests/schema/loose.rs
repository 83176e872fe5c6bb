//! Keys left empty (`key:` or `key: ~`) and texts written as numbers or words: campaign-site
//! reads an empty optional key as no key, a map or list written as nothing (`sources:`) as an
//! empty one, and a scalar as a text wherever it wants a text, and the schemas accept the same;
//! an empty figure or date is refused by both.

use crate::Kind;
use crate::sample::{ARTICLE, CAMPAIGN, SITE, UNIT, alike, assert_judged, edit, plus};

#[test]
fn site_yaml() {
    let s = SITE;
    let english = |w: &str| edit(s, "{name: \"English\"}", w);
    assert_judged(
        Kind::Site,
        &[
            alike(
                "paginate left empty",
                edit(s, "paginate: 20", "paginate:"),
                true,
            ),
            alike(
                "timezone left empty",
                edit(s, "timezone: \"+07:00\"", "timezone: ~"),
                true,
            ),
            alike(
                "a language's name that is a number",
                english("{name: 2023}"),
                true,
            ),
            alike("a language's name left empty", english("{name: ~}"), true),
            alike(
                "a language's locale left empty",
                english("{name: English, locale: ~}"),
                true,
            ),
            alike(
                "a text per language left empty",
                plus(s, "description: {vi: ~, en: true}"),
                true,
            ),
            alike(
                "a description that is a number",
                plus(s, "description: 2023"),
                true,
            ),
            alike(
                "a description with a fraction",
                plus(s, "description: 1.5"),
                false,
            ),
            alike(
                "default_author that is true",
                plus(s, "default_author: true"),
                true,
            ),
            alike("a footer left empty", plus(s, "footer:"), true),
            alike(
                "a footer's contact left empty",
                plus(s, "footer: {contact: ~}"),
                true,
            ),
            alike("embeds left empty", plus(s, "embeds:"), true),
            alike("an embed that is a number", plus(s, "embeds: [123]"), false),
        ],
    );
}

#[test]
fn campaign_yaml() {
    let c = CAMPAIGN;
    assert_judged(
        Kind::Campaign,
        &[
            alike("short_name left empty", plus(c, "short_name:"), true),
            alike("rank_by left empty", plus(c, "rank_by: ~"), true),
            alike(
                "start left empty",
                edit(c, "start: 2023-01-01", "start:"),
                true,
            ),
            alike(
                "a start that is a number",
                edit(c, "start: 2023-01-01", "start: 20230101"),
                false,
            ),
            alike(
                "a currency that is a number",
                edit(c, "currency: VND", "currency: 704"),
                true,
            ),
            alike(
                "units_expected left empty",
                plus(c, "units_expected:"),
                false,
            ),
            alike("reported left empty", plus(c, "reported:"), true),
        ],
    );
}

#[test]
fn unit_files() {
    let u = UNIT;
    let sources = &u[u.find("sources:").unwrap()..];
    let values = &u[u.find("values:").unwrap()..u.find("reported:").unwrap()];
    let ranks = "  rank:\n    national: 1\n    cluster: 1\n";
    let name = |w: &str| edit(u, " {vi: \"Lai Châu\", en: \"Lai Chau\"}", w);
    let url = |w: &str| edit(u, "url: \"https://example.org/bao-cao\"", w);
    let optional = "cluster: cum-a\nas_of: 2023-09-01\n";
    assert_judged(
        Kind::Unit,
        &[
            alike(
                "no cluster, as_of or sources",
                edit(u, optional, "").replace(sources, ""),
                true,
            ),
            alike(
                "as_of left empty",
                edit(u, "as_of: 2023-09-01", "as_of:"),
                true,
            ),
            alike("a name of no language", name(" {}"), true),
            alike("a name that is a number", name(" 2023"), true),
            alike("a name left empty", name(" ~"), false),
            alike("a name with nothing", name(""), false),
            alike(
                "a qualifier left empty",
                edit(u, "qualifier: over", "qualifier: ~"),
                true,
            ),
            alike(
                "estimated left empty",
                edit(u, "estimated: true", "estimated: ~"),
                false,
            ),
            alike("a source's address left empty", url("url: ~"), true),
            alike("a source's address that is a number", url("url: 5"), false),
            alike(
                "a source's title that is a number",
                edit(u, "\"Báo cáo tổng kết\"", "2023"),
                true,
            ),
            alike(
                "a source's date left empty",
                edit(u, "date: 2023-09-30", "date: ~"),
                true,
            ),
            alike("sources with nothing", edit(u, sources, "sources:\n"), true),
            alike("values with nothing", edit(u, values, "values:\n"), true),
            alike("ranks with nothing", edit(u, ranks, "  rank:\n"), true),
            alike(
                "a rank left empty",
                edit(u, "national: 1", "national: ~"),
                false,
            ),
            alike(
                "a target with nothing",
                edit(u, "target:\n  initiatives: 2300\n", "target:\n"),
                true,
            ),
        ],
    );
}

#[test]
fn front_matter() {
    let a = ARTICLE;
    let more = |w: &str| edit(a, "unit: lai-chau", &format!("unit: lai-chau\n{w}"));
    assert_judged(
        Kind::FrontMatter,
        &[
            alike(
                "tags left empty",
                edit(a, "[sáng kiến, Lai Châu]", "~"),
                true,
            ),
            alike(
                "a tag left empty",
                edit(a, "[sáng kiến, Lai Châu]", "[~]"),
                false,
            ),
            alike(
                "a tag with a fraction",
                edit(a, "[sáng kiến, Lai Châu]", "[1.5]"),
                true,
            ),
            alike("draft left empty", more("draft:"), true),
            alike("draft as a number", more("draft: 1"), false),
            alike("a category left empty", more("category:"), true),
            alike("an author that is a number", more("author: 2023"), true),
            alike("an image that is true", more("image: true"), false),
        ],
    );
}
