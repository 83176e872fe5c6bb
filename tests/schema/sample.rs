//! A small site that `check` accepts, in which one file is replaced by a sample, and the
//! comparison of what the schema and `check` say about that sample.

use std::path::Path;

use campaign_site::Failure;

use crate::{Kind, Schemas};

pub const SITE: &str = r#"title:
  vi: "Kết quả thi đua"
  en: "Campaign results"
base_url: "https://example.org/"
default_language: vi
languages:
  vi: {name: "Tiếng Việt"}
  en: {name: "English"}
timezone: "+07:00"
paginate: 20
"#;

pub const CAMPAIGN: &str = r#"name:
  vi: "Thi đua sáng kiến"
  en: "Initiatives campaign"
start: 2023-01-01
end: 2023-12-31
metrics:
  initiatives:
    label: {vi: "Sáng kiến", en: "Initiatives"}
    kind: count
  benefit:
    label: {vi: "Giá trị làm lợi", en: "Value of benefits"}
    kind: money
    currency: VND
target:
  initiatives: 10000
clusters:
  cum-a: {vi: "Cụm A", en: "Cluster A"}
"#;

pub const UNIT: &str = r#"name: {vi: "Lai Châu", en: "Lai Chau"}
kind: province
cluster: cum-a
as_of: 2023-09-01
target:
  initiatives: 2300
values:
  initiatives: 3666
  benefit: {value: 300000000000, qualifier: over, estimated: true}
reported:
  percent_of_target:
    initiatives: 159
  rank:
    national: 1
    cluster: 1
sources:
  - title: "Báo cáo tổng kết"
    url: "https://example.org/bao-cao"
    date: 2023-09-30
"#;

pub const ARTICLE: &str = r#"---
title: "Lai Châu tổng kết chương trình"
date: 2023-09-07T21:28:00+07:00
tags: [sáng kiến, Lai Châu]
unit: lai-chau
---

Chữ.
"#;

/// The small site's files: where each is, the kind of sample that replaces it (none replaces
/// the English article or the logo) and its text otherwise.
const FILES: [(&str, Option<Kind>, &str); 6] = [
    ("site.yaml", Some(Kind::Site), SITE),
    (
        "content/results/thi-dua/campaign.yaml",
        Some(Kind::Campaign),
        CAMPAIGN,
    ),
    (
        "content/results/thi-dua/units/lai-chau.yaml",
        Some(Kind::Unit),
        UNIT,
    ),
    ("content/news/bai.vi.md", Some(Kind::FrontMatter), ARTICLE),
    ("content/news/bai.en.md", None, ARTICLE),
    (
        "static/logo.svg",
        None,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"/>",
    ),
];

/// `base` with `old` replaced by `new` (`old` must be there).
pub fn edit(base: &str, old: &str, new: &str) -> String {
    assert!(base.contains(old), "{old:?} is not in the sample's base");
    base.replacen(old, new, 1)
}

/// `base` with more lines at its end.
pub fn plus(base: &str, more: &str) -> String {
    format!("{base}{more}\n")
}

/// The errors `check` finds in the small site whose `kind` file is `text`.
fn check_errors(kind: Kind, text: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    for (rel, k, base) in FILES {
        let path = tmp.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        std::fs::write(&path, if k == Some(kind) { text } else { base }).expect("a file");
    }
    let diags = match campaign_site::cmd::check::run(Path::new(tmp.path()), false) {
        Ok(report) | Err(Failure::Site(report)) => report.problems,
        Err(e) => panic!("check failed as a tool: {e:?}"),
    };
    diags
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect()
}

/// A sample: what it shows, its text, whether the schema accepts it and whether `check` does.
pub type Sample = (&'static str, String, bool, bool);

/// A sample that the schema and `check` both accept (`true`) or both refuse.
pub fn alike(what: &'static str, text: String, accepted: bool) -> Sample {
    (what, text, accepted, accepted)
}

/// Every sample of `kind` is judged by the schema and by `check` as expected; all that are not
/// are reported together.
pub fn assert_judged(kind: Kind, samples: &[Sample]) {
    let schemas = Schemas::compiled();
    let word = |ok: bool| if ok { "accepts" } else { "refuses" };
    let mut wrong = Vec::new();
    for (what, text, schema_ok, check_ok) in samples {
        let by_schema = schemas.problems(kind, text);
        let by_check = check_errors(kind, text);
        if by_schema.is_empty() != *schema_ok || by_check.is_empty() != *check_ok {
            wrong.push(format!(
                "{kind:?}, {what}: expected the schema {} and check {}\n  schema: {by_schema:?}\n  check: {by_check:?}",
                word(*schema_ok),
                word(*check_ok)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
