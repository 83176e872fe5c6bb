//! A third language is only a site.yaml entry and an i18n file: a site in Vietnamese, English
//! and French writes French numbers and dates from CLDR and French words from its own
//! `themes/default/i18n/fr.yaml`; a language CLDR has no data for is an error at its line.

#[allow(dead_code)] // this file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Built, NO_PAGES, assert_fails_with, assert_ok, build_site};

const SITE: &str = r#"title: {vi: "Kết quả", en: "Results", fr: "Résultats"}
base_url: "https://example.org/"
default_language: vi
languages:
  vi: {name: "Tiếng Việt"}
  en: {name: "English"}
  fr: {name: "Français"}
timezone: "+07:00"
"#;

const CAMPAIGN: &str = r#"name: {vi: "Thi đua 2023", en: "Emulation 2023", fr: "Émulation 2023"}
start: 2023-01-01
end: 2023-08-31
units_expected: 2
metrics:
  members: {label: {vi: "Đoàn viên", en: "Members", fr: "Adhérents"}, kind: count}
  benefit: {label: {vi: "Giá trị làm lợi", en: "Value of benefits", fr: "Bénéfices"}, kind: money, currency: VND}
rank_by: members
"#;

const HA_NOI: &str = r#"name: {vi: "Hà Nội", en: "Ha Noi", fr: "Hanoï"}
kind: province
as_of: 2023-09-07
target: {members: 500000}
values:
  members: 600175
  benefit: {value: 584000000000, qualifier: over, estimated: true}
"#;

const LAI_CHAU: &str = r#"name: {vi: "Lai Châu", en: "Lai Chau"}
kind: province
values:
  members: 3666
"#;

const ARTICLE: &str = "---
title: \"Hanoï fait le bilan\"
date: 2023-09-07T21:28:00+07:00
unit: ha-noi
---

Le bilan du programme.
";

/// The French words and patterns of the site's own fr.yaml; every other text is the built-in
/// English one (a translator would translate them all).
const FRENCH: &[(&str, &str)] = &[
    ("qualifier_over", "plus de"),
    ("qualifier_under", "moins de"),
    ("qualifier_about", "environ"),
    ("estimated", "(estimation)"),
    ("percent", "{value}\u{202f}%"),
    ("money", "{amount} {currency}"),
    ("money_millions", "{amount} millions de"),
    ("money_billions", "{amount} milliards de"),
    ("currency_VND", "dongs"),
    ("date_long", "d MMMM yyyy 'à' HH:mm"),
    ("date_short", "d MMMM yyyy"),
    ("new_article_title", "Titre de l’article"),
];

/// The built-in English texts with the French ones in their place.
fn french_i18n() -> String {
    let english = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n/en.yaml");
    let english = fs::read_to_string(english).expect("the built-in English texts");
    english
        .lines()
        .map(|line| {
            let key = line.split(':').next().unwrap_or("");
            match FRENCH.iter().find(|(k, _)| *k == key) {
                Some((k, v)) => format!("{k}: \"{v}\"\n"),
                None => format!("{line}\n"),
            }
        })
        .collect()
}

/// A site of the given files (path, text) in a new temporary folder.
fn site(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    for (path, text) in files {
        let path = root.join(path);
        fs::create_dir_all(path.parent().expect("a folder")).expect("make the folder");
        fs::write(path, text).expect("write a site file");
    }
    (tmp, root)
}

fn three_languages() -> (tempfile::TempDir, Built) {
    let fr = french_i18n();
    let (tmp, root) = site(&[
        ("site.yaml", SITE),
        ("themes/default/i18n/fr.yaml", &fr),
        ("content/results/thi-dua/campaign.yaml", CAMPAIGN),
        ("content/results/thi-dua/units/ha-noi.yaml", HA_NOI),
        ("content/results/thi-dua/units/lai-chau.yaml", LAI_CHAU),
        ("content/news/tong-ket.fr.md", ARTICLE),
        (
            "content/news/tong-ket.vi.md",
            &ARTICLE.replace("Hanoï", "Hà Nội"),
        ),
    ]);
    (tmp, assert_ok(build_site(&root, &[])))
}

#[test]
fn french_numbers_dates_and_words() {
    let (_tmp, built) = three_languages();
    let unit = common::text_of(&built.main_of("fr/results/thi-dua/ha-noi/index.html"));
    // CLDR's French groups thousands with a narrow no-break space (U+202F) and writes decimals
    // after a comma; the words are those of the site's fr.yaml.
    for want in [
        "600\u{202f}175",
        "500\u{202f}000",
        "120,0\u{202f}%",
        "plus de 584 milliards de dongs (estimation)",
        "7 septembre 2023",
    ] {
        assert!(
            unit.contains(want),
            "{want:?} not in the French unit page:\n{unit}"
        );
    }
    assert!(
        !unit.contains("600.175") && !unit.contains("600,175"),
        "{unit}"
    );

    let article = built.read("fr/news/tong-ket/index.html");
    assert!(article.contains("7 septembre 2023 à 21:28"), "{article}");
    assert!(article.contains(r#"<meta property="og:locale" content="fr_FR">"#));

    // The other languages are written as before, beside the French.
    let vi = common::text_of(&built.main_of("results/thi-dua/ha-noi/index.html"));
    for want in [
        "600.175",
        "120,0%",
        "trên 584 tỷ đồng (ước tính)",
        "07/09/2023",
    ] {
        assert!(
            vi.contains(want),
            "{want:?} not in the Vietnamese unit page:\n{vi}"
        );
    }
    let en = common::text_of(&built.main_of("en/results/thi-dua/ha-noi/index.html"));
    for want in [
        "600,175",
        "over VND 584 billion (estimated)",
        "7 September 2023",
    ] {
        assert!(
            en.contains(want),
            "{want:?} not in the English unit page:\n{en}"
        );
    }
}

#[test]
fn a_language_without_cldr_data_is_an_error_at_its_line() {
    let site_yaml = SITE
        .replace(", fr: \"Résultats\"", "")
        .replace("  fr: {name: \"Français\"}", "  xx: {name: \"Xx\"}");
    let (_tmp, root) = site(&[("site.yaml", &site_yaml)]);
    let built = build_site(&root, &[]);
    assert_fails_with(
        &built,
        &[
            "site.yaml:7:3: campaign-site has no CLDR data for the language \"xx\", so it cannot write its numbers and dates; use a code CLDR has, like fr or de",
        ],
    );
}

#[test]
fn a_date_pattern_that_cannot_be_written_is_an_error_in_the_i18n_file() {
    let fr = french_i18n().replace("d MMMM yyyy 'à' HH:mm", "d MMMM yyyy zzzz");
    let (_tmp, root) = site(&[
        ("site.yaml", SITE),
        ("themes/default/i18n/fr.yaml", &fr),
        (
            "content/news/tong-ket.fr.md",
            &ARTICLE.replace("unit: ha-noi\n", ""),
        ),
    ]);
    let built = build_site(&root, &[]);
    let line = fr
        .lines()
        .position(|l| l.starts_with("date_long:"))
        .expect("a date_long line")
        + 1;
    assert_fails_with(
        &built,
        &[
            NO_PAGES,
            &format!(
                "themes/default/i18n/fr.yaml:{line}:12: date_long: \"d MMMM yyyy zzzz\" has the letter z, which is not a field of a publication date (write other text between single quotes); write a date pattern like \"dd/MM/yyyy\", \"d MMMM yyyy\" or \"HH:mm - dd/MM/yyyy\""
            ),
        ],
    );
}
