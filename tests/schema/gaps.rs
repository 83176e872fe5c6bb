//! What a JSON Schema cannot judge, shown still out of its reach: it sees one file, parsed, and
//! not the site. Out of reach are names declared elsewhere (a metric, cluster, kind of unit or
//! `rank_by` that campaign.yaml does not declare, an article's `unit:`, `default_language` and texts for a
//! language `languages:` lacks, a language CLDR does not know, a theme folder that does not
//! exist, a logo or banner that `static/` does not have or that leaves it with `..`); an
//! article's required `title:` and `date:` (sections need neither); figures that
//! contradict each other or the calendar (a published percent that is not the computed one, a
//! campaign that ends before it starts, an `as_of` in the future, 30 February); tags without a
//! letter or digit; keys written twice; and figures that YAML has turned into numbers before a
//! schema sees them: `2.000` (a thousands point before three zeros), `3666.0`, `3.666e3` and
//! `0xE52` are whole numbers to a schema and `.5` and `1.59e2` decimals, but campaign-site
//! refuses them as written, while `timezone: +7` is the number 7 to a schema and an offset to
//! campaign-site. A map or list written as nothing (`sources:`) is an empty one to campaign-site,
//! but `sources: ~` is refused; both are null to a schema, which accepts them.

use crate::Kind;
use crate::sample::{ARTICLE, CAMPAIGN, SITE, Sample, assert_judged, edit, plus};

/// A sample the schema accepts and `check` refuses.
fn unseen(what: &'static str, text: String) -> Sample {
    (what, text, true, false)
}

#[test]
fn unit_files() {
    let u = crate::sample::UNIT;
    let count = |w: &str| edit(u, "initiatives: 3666", &format!("initiatives: {w}"));
    let percent = |w: &str| edit(u, "initiatives: 159", &format!("initiatives: {w}"));
    let as_of = |w: &str| edit(u, "as_of: 2023-09-01", &format!("as_of: {w}"));
    let sources = &u[u.find("sources:").unwrap()..];
    assert_judged(
        Kind::Unit,
        &[
            unseen("a thousands point before 000", edit(u, "2300", "2.000")),
            unseen(
                "a kind campaign.yaml does not declare",
                edit(u, "kind: province", "kind: district"),
            ),
            unseen("a count written 3666.0", count("3666.0")),
            unseen("a count in scientific notation", count("3.666e3")),
            unseen("a count in hexadecimal", count("0xE52")),
            unseen("a percent in scientific notation", percent("1.59e2")),
            unseen("a percent without its leading 0", percent(".5")),
            unseen("a percent that is not the computed one", percent("200")),
            unseen(
                "an undeclared cluster",
                edit(u, "cluster: cum-a", "cluster: cum-b"),
            ),
            unseen("an undeclared metric", count("3666\n  members: 10")),
            unseen("30 February", as_of("2023-02-30")),
            unseen("as_of in the future", as_of("2999-09-01")),
            unseen(
                "a key written twice",
                edit(u, "kind: province", "kind: province\nkind: sector"),
            ),
            unseen("sources: ~", edit(u, sources, "sources: ~\n")),
        ],
    );
}

#[test]
fn campaign_yaml() {
    let c = CAMPAIGN;
    assert_judged(
        Kind::Campaign,
        &[
            unseen("rank_by an undeclared metric", plus(c, "rank_by: members")),
            unseen(
                "an end before the start",
                edit(c, "end: 2023-12-31", "end: 2022-12-31"),
            ),
        ],
    );
}

#[test]
fn site_yaml() {
    let s = SITE;
    let english = "  en: {name: \"English\"}";
    assert_judged(
        Kind::Site,
        &[
            unseen(
                "a title for an undeclared language",
                edit(s, "  en: \"Campaign", "  fr: \"Campaign"),
            ),
            unseen(
                "a language CLDR does not know",
                edit(s, english, &format!("{english}\n  qqq: {{name: Q}}")),
            ),
            unseen(
                "an undeclared default language",
                edit(s, "default_language: vi", "default_language: fr"),
            ),
            unseen("a theme folder that does not exist", plus(s, "theme: moi")),
            unseen("footer: ~", plus(s, "footer: ~")),
            unseen(
                "a logo static/ does not have",
                plus(s, "logo: \"khac.png\""),
            ),
            unseen(
                "a banner outside static/",
                plus(s, "banner: \"../logo.svg\""),
            ),
            (
                "timezone +7 without quotes",
                edit(s, "\"+07:00\"", "+7"),
                false,
                true,
            ),
        ],
    );
}

#[test]
fn front_matter() {
    let a = ARTICLE;
    assert_judged(
        Kind::FrontMatter,
        &[
            unseen(
                "an article without its date",
                edit(a, "date: 2023-09-07T21:28:00+07:00\n", ""),
            ),
            unseen(
                "a tag without a letter or digit",
                edit(a, "[sáng kiến, Lai Châu]", "[\"!!!\"]"),
            ),
            unseen("an unknown unit", edit(a, "unit: lai-chau", "unit: ha-noi")),
        ],
    );
}
