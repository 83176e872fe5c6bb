//! The schemas and the loaders agree: each sample file, put in a small site that is otherwise
//! correct, is accepted by its schema exactly when `campaign-site check` finds no error in it.
//! What a schema cannot judge is in `gaps`.

use crate::Kind;
use crate::sample::{ARTICLE, CAMPAIGN, SITE, UNIT, alike, assert_judged, edit, plus};

#[test]
fn site_yaml() {
    let s = SITE;
    let title = "title:\n  vi: \"Kết quả thi đua\"\n  en: \"Campaign results\"\n";
    let languages = "languages:\n  vi: {name: \"Tiếng Việt\"}\n  en: {name: \"English\"}\n";
    let url = |w: &str| edit(s, "https://example.org/", w);
    let zone = |w: &str| edit(s, "\"+07:00\"", w);
    let pages = |w: &str| edit(s, "paginate: 20", w);
    let english = |w: &str| edit(s, "{name: \"English\"}", w);
    assert_judged(
        Kind::Site,
        &[
            alike("as written", s.into(), true),
            alike("no title", edit(s, title, ""), false),
            alike(
                "a title for all languages",
                edit(s, title, "title: \"Kết quả\"\n"),
                true,
            ),
            alike(
                "no base_url",
                edit(s, "base_url: \"https://example.org/\"\n", ""),
                false,
            ),
            alike(
                "base_url below a path",
                url("https://example.org/ket-qua/"),
                true,
            ),
            alike("base_url without its scheme", url("example.org"), false),
            alike("base_url not on the web", url("ftp://example.org/"), false),
            alike("an unknown key", plus(s, "colour: red"), false),
            alike("paginate 0", pages("paginate: 0"), false),
            alike("paginate in quotes", pages("paginate: \"20\""), false),
            alike("paginate with a fraction", pages("paginate: 2.5"), false),
            alike("timezone UTC", zone("\"UTC\""), true),
            alike("timezone without a sign", zone("\"7\""), false),
            alike("timezone out of range", zone("\"+25:00\""), false),
            alike("timezone by name", zone("\"Asia/Ho_Chi_Minh\""), false),
            alike("no languages", edit(s, languages, "languages: {}\n"), false),
            alike(
                "a language code in capitals",
                edit(s, "  en: {name", "  EN: {name"),
                false,
            ),
            alike(
                "a language without its name",
                english("{locale: en_GB}"),
                false,
            ),
            alike(
                "an unknown key of a language",
                english("{name: English, flag: gb}"),
                false,
            ),
            alike(
                "a footer",
                plus(s, "footer: {organisation: {vi: \"LĐLĐ\", en: \"VGCL\"}}"),
                true,
            ),
            alike(
                "an unknown key of the footer",
                plus(s, "footer: {address: \"Hà Nội\"}"),
                false,
            ),
            alike("embeds", plus(s, "embeds: [www.youtube.com]"), true),
            alike("a logo in static/", plus(s, "logo: \"logo.svg\""), true),
            alike(
                "a logo from the root",
                plus(s, "logo: \"/logo.svg\""),
                false,
            ),
            alike(
                "a logo that is not an image",
                plus(s, "logo: \"logo.txt\""),
                false,
            ),
            alike(
                "a banner on another disk",
                plus(s, "banner: \"C:/anh.jpg\""),
                false,
            ),
            alike(
                "an embed as an address",
                plus(s, "embeds: [\"https://youtube.com/\"]"),
                false,
            ),
            alike(
                "default_author",
                plus(s, "default_author: \"Kim Anh\""),
                true,
            ),
            alike(
                "default_author a number",
                plus(s, "default_author: 2023"),
                true,
            ),
            alike("a theme outside themes/", plus(s, "theme: \"../x\""), false),
            alike(
                "a description per language",
                plus(s, "description: {vi: a, en: b}"),
                true,
            ),
            alike(
                "a description that is true",
                plus(s, "description: true"),
                false,
            ),
            alike(
                "a description as a list",
                plus(s, "description: [a, b]"),
                false,
            ),
        ],
    );
}

#[test]
fn campaign_yaml() {
    let c = CAMPAIGN;
    let name = "name:\n  vi: \"Thi đua sáng kiến\"\n  en: \"Initiatives campaign\"\n";
    let metrics = &c[c.find("metrics:").unwrap()..c.find("target:").unwrap()];
    let no_target = |t: String| t.replace("target:\n  initiatives: 10000\n", "");
    let target = |w: &str| edit(c, "initiatives: 10000", &format!("initiatives: {w}"));
    let start = |w: &str| edit(c, "start: 2023-01-01", &format!("start: {w}"));
    let totals = |w: &str| plus(c, &format!("reported:\n  totals:\n    initiatives: {w}"));
    let clusters = "clusters:\n  cum-a: {vi: \"Cụm A\", en: \"Cluster A\"}\n";
    let cluster_name = |w: &str| edit(c, "{vi: \"Cụm A\", en: \"Cluster A\"}", w);
    let label = "    label: {vi: \"Sáng kiến\", en: \"Initiatives\"}\n";
    assert_judged(
        Kind::Campaign,
        &[
            alike("as written", c.into(), true),
            alike("no name", edit(c, name, ""), false),
            alike(
                "a name for all languages",
                edit(c, name, "name: \"Thi đua\"\n"),
                true,
            ),
            alike("no metrics", no_target(edit(c, metrics, "")), false),
            alike(
                "no metric",
                no_target(edit(c, metrics, "metrics: {}\n")),
                false,
            ),
            alike(
                "a metric of an unknown kind",
                edit(c, "kind: count", "kind: ratio"),
                false,
            ),
            alike("a metric without its label", edit(c, label, ""), false),
            alike(
                "an unknown key of a metric",
                edit(c, "kind: count", "kind: count\n    per: x"),
                false,
            ),
            alike("an unknown key", plus(c, "colour: red"), false),
            alike("a province's campaign", plus(c, "level: province"), true),
            alike("an unknown level", plus(c, "level: city"), false),
            alike(
                "a kind of unit declared",
                plus(
                    c,
                    "unit_kinds:\n  district: {vi: \"Huyện\", en: \"District\"}",
                ),
                true,
            ),
            alike("units_expected", plus(c, "units_expected: 82"), true),
            alike("units_expected 0", plus(c, "units_expected: 0"), false),
            alike(
                "units_expected in quotes",
                plus(c, "units_expected: \"82\""),
                false,
            ),
            alike(
                "a start with its time",
                start("2023-01-01T00:00:00+07:00"),
                false,
            ),
            alike("a start day/month/year", start("01/01/2023"), false),
            alike("a start without leading zeros", start("2023-1-1"), true),
            alike("a target with a thousands point", target("12.500"), false),
            alike("a target in quotes", target("\"10000\""), false),
            alike("a target of 0", target("0"), false),
            alike(
                "published totals",
                totals("{value: 2000000, qualifier: over}"),
                true,
            ),
            alike(
                "an unknown qualifier",
                totals("{value: 2000000, qualifier: more}"),
                false,
            ),
            alike(
                "an unknown key of reported",
                plus(c, "reported:\n  total: 2000000"),
                false,
            ),
            alike(
                "a cluster named for all languages",
                cluster_name("Cụm A"),
                true,
            ),
            alike(
                "clusters as a list",
                edit(c, clusters, "clusters: [cum-a]\n"),
                false,
            ),
            alike("a description left empty", plus(c, "description:"), true),
        ],
    );
}

#[test]
fn front_matter() {
    let a = ARTICLE;
    let date = |w: &str| edit(a, "2023-09-07T21:28:00+07:00", w);
    let title = |w: &str| edit(a, "\"Lai Châu tổng kết chương trình\"", w);
    let tags = |w: &str| edit(a, "[sáng kiến, Lai Châu]", w);
    let more = |w: &str| edit(a, "unit: lai-chau", &format!("unit: lai-chau\n{w}"));
    assert_judged(
        Kind::FrontMatter,
        &[
            alike("as written", a.into(), true),
            alike("a plain date", date("2023-09-07"), true),
            alike(
                "a date and time without an offset",
                date("2023-09-07 21:28"),
                true,
            ),
            alike("a time in UTC", date("2023-09-07T14:28:00Z"), true),
            alike("a date day/month/year", date("07/09/2023"), false),
            alike(
                "an offset but no seconds",
                date("2023-09-07T21:28+07:00"),
                false,
            ),
            alike("a date that is a number", date("20230907"), false),
            alike("a draft", more("draft: true"), true),
            alike("draft as a word", more("draft: \"yes\""), false),
            alike("tags as one text", tags("sáng kiến"), false),
            alike("a tag that is a number", tags("[2023, Lai Châu]"), true),
            alike("a title that is true", title("true"), false),
            alike("a title as a list", title("[a, b]"), false),
            alike("a title that is a number", title("2023"), true),
            alike(
                "keys of its own for templates",
                more("mood: vui\nhero: {layout: wide}"),
                true,
            ),
            alike("a summary as a map", more("summary: {vi: x}"), false),
            alike(
                "a list, not a map",
                "---\n- a\n- b\n---\n\nChữ.\n".into(),
                false,
            ),
        ],
    );
}

#[test]
fn unit_files() {
    let u = UNIT;
    let values = &u[u.find("values:").unwrap()..u.find("reported:").unwrap()];
    let count = |w: &str| edit(u, "initiatives: 3666", &format!("initiatives: {w}"));
    let percent = |w: &str| edit(u, "initiatives: 159", &format!("initiatives: {w}"));
    let benefit = |w: &str| {
        edit(
            u,
            "{value: 300000000000, qualifier: over, estimated: true}",
            w,
        )
    };
    let name = |w: &str| edit(u, "{vi: \"Lai Châu\", en: \"Lai Chau\"}", w);
    let url = |w: &str| edit(u, "https://example.org/bao-cao", w);
    let part = |w: &str| plus(u, &format!("breakdown:\n  - {w}"));
    assert_judged(
        Kind::Unit,
        &[
            alike("as written", u.into(), true),
            alike("no values", edit(u, values, ""), false),
            alike("no kind", edit(u, "kind: province\n", ""), false),
            alike("an unknown key", plus(u, "colour: red"), false),
            alike("a count with a thousands point", count("3.666"), false),
            alike("a count with a thousands comma", count("3,666"), false),
            alike("a count with a thousands space", count("3 666"), false),
            alike("a count in quotes", count("\"3666\""), false),
            alike("a count that is not a number", count(".nan"), false),
            alike("a count below 0", count("-5"), false),
            alike("a count left empty", count("~"), false),
            alike(
                "a comma in a {...} map",
                edit(u, values, "values: {initiatives: 3,666}\n"),
                false,
            ),
            alike(
                "the largest exact figure",
                benefit("9007199254740991"),
                true,
            ),
            alike(
                "a figure too large to be exact",
                benefit("9007199254740992"),
                false,
            ),
            alike(
                "a figure about",
                benefit("{value: 5, qualifier: about}"),
                true,
            ),
            alike(
                "an unknown qualifier",
                benefit("{value: 5, qualifier: more}"),
                false,
            ),
            alike(
                "estimated as a word",
                benefit("{value: 5, estimated: \"yes\"}"),
                false,
            ),
            alike(
                "a figure without its value",
                benefit("{qualifier: over}"),
                false,
            ),
            alike(
                "an unknown key of a figure",
                benefit("{value: 5, source: báo}"),
                false,
            ),
            alike("a sector", edit(u, "kind: province", "kind: sector"), true),
            alike(
                "a kind that is not text",
                edit(u, "kind: province", "kind: [a]"),
                false,
            ),
            alike("a name for all languages", name("\"Lai Châu\""), true),
            alike("a name as a list", name("[Lai Châu]"), false),
            alike("a name with a fraction", name("1.5"), false),
            alike("a percent with decimals", percent("159.39"), true),
            alike("a percent with a decimal comma", percent("159,39"), false),
            alike("a percent with its sign", percent("159%"), false),
            alike("a percent in quotes", percent("\"159\""), false),
            alike("a rank of 0", edit(u, "national: 1", "national: 0"), false),
            alike(
                "a rank with a fraction",
                edit(u, "national: 1", "national: 2.5"),
                false,
            ),
            alike(
                "an unknown key of reported",
                edit(u, "  rank:\n", "  ranks:\n"),
                false,
            ),
            alike(
                "a target of 0",
                edit(u, "initiatives: 2300", "initiatives: 0"),
                false,
            ),
            alike(
                "a target with a thousands point",
                edit(u, "2300", "2.300"),
                false,
            ),
            alike(
                "as_of with its time",
                edit(u, "2023-09-01", "2023-09-01T00:00:00+07:00"),
                false,
            ),
            alike(
                "as_of day/month/year",
                edit(u, "2023-09-01", "01/09/2023"),
                false,
            ),
            alike("no cluster", edit(u, "cluster: cum-a", "cluster: ~"), true),
            alike(
                "a source not on the web",
                url("ftp://example.org/bao-cao"),
                false,
            ),
            alike("a source's script link", url("javascript:alert(1)"), false),
            alike(
                "a source without its title",
                edit(u, "- title: \"Báo cáo tổng kết\"\n   ", "-"),
                false,
            ),
            alike(
                "a source dated day/month/year",
                edit(u, "2023-09-30", "30/09/2023"),
                false,
            ),
            alike(
                "a breakdown",
                part("name: Khối A\n    values: {initiatives: 1000}"),
                true,
            ),
            alike(
                "a part without its name",
                part("values: {initiatives: 1000}"),
                false,
            ),
            alike(
                "an unknown key of a part",
                part("{name: A, values: {}, note: x}"),
                false,
            ),
        ],
    );
}
