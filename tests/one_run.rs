//! Every problem in one run: `check` and `build` report the problems of every stage at once (a
//! broken link does not hide photos, alt texts or translations; a front matter that does not
//! parse does not hide dates, statistics, units or templates), and say how many files could
//! not be checked.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::*;

/// What the summary adds when some files could not be checked.
const UNCHECKED_1: &str =
    "1 file could not be checked (more problems may show once those above are fixed)";

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Builds `root` into an output folder that holds a good build of `ok_bilingual`; asserts the
/// build failed with exit 1 and left that output exactly as it was, and returns its stderr.
fn failed_build_keeps_output(root: &Path) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let good = build(&fixture("ok_bilingual"), &out, &[]);
    assert_eq!(good.code, 0, "{}", good.stderr);
    let before = files_under(&out);
    let run = build(root, &out, &[]);
    assert_eq!(run.code, 1, "a site with errors fails: {}", run.stderr);
    assert!(
        files_under(&out) == before,
        "a failed build leaves the previous output as it was"
    );
    run
}

// ---------------------------------------------------------------------------------------------
// A broken link, a missing photo, a photo without alt text and a missing translation

/// `check_no_alt` (a photo without alt text in `hoi-nghi/index.vi.md`) with a missing photo
/// beside it, and an article in Vietnamese only that links to a page that does not exist.
fn page_problems_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = copy_fixture("check_no_alt");
    let bundle = root.join("content/news/hoi-nghi/index.vi.md");
    let mut text = fs::read_to_string(&bundle).unwrap();
    text.push_str("\n![Hội trường đông kín đại biểu](hoi-truong.png)\n");
    fs::write(&bundle, text).unwrap();
    write(
        &root,
        "content/news/a.vi.md",
        "---\ntitle: \"Báo cáo\"\ndate: 2023-09-07\n---\n\nMở đầu.\n\nXem thêm [x](/news/khong-co/) nhé.\n",
    );
    (tmp, root)
}

const NO_TRANSLATION: &str = "content/news/a.vi.md: warning: there is no English translation of this page; add content/news/a.en.md";
const BROKEN_LINK: &str =
    "content/news/a.vi.md:8:14: the page /news/a/ links to /news/khong-co/, which does not exist";
const NO_ALT: &str = "content/news/hoi-nghi/index.vi.md:8:1: the photo \"anh.png\" has no alt text; describe what it shows between the brackets: ![...](anh.png)";
const MISSING_PHOTO: &str = "content/news/hoi-nghi/index.vi.md:10:1: the photo \"hoi-truong.png\" is missing: there is no file content/news/hoi-nghi/hoi-truong.png; check the file name, or put the photo beside the article";

#[test]
fn check_reports_a_broken_link_a_missing_photo_no_alt_text_and_a_missing_translation_at_once() {
    let (_tmp, root) = page_problems_site();
    let run = check(&root);
    assert_eq!(
        run.stderr_lines(),
        [
            NO_TRANSLATION,
            BROKEN_LINK,
            NO_ALT,
            MISSING_PHOTO,
            "3 errors, 1 warning"
        ],
        "stderr of check"
    );
    assert_eq!(run.code, 1);
}

/// `build` says the same problems at its own severities: the missing photo is an error, the
/// link and the alt text are warnings (translations are `check`'s).
#[test]
fn build_reports_the_same_problems_and_keeps_the_previous_output() {
    let (_tmp, root) = page_problems_site();
    let run = failed_build_keeps_output(&root);
    let warn = |line: &str| line.replacen(": the", ": warning: the", 1);
    assert_eq!(
        run.stderr_lines(),
        [
            warn(BROKEN_LINK),
            warn(NO_ALT),
            MISSING_PHOTO.to_owned(),
            failure_summary(1)
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Front matter, dates, statistics, units and templates

/// `results_percent` (Hà Nội's published percent contradicts its figures) with an article whose
/// front matter does not parse, one with a bad date, one naming a unit that does not exist
/// (each with a good English version), and an article template that fails on every article.
fn stage_problems_site(template: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = copy_fixture("results_percent");
    let article = |title: &str, date: &str, extra: &str| {
        format!("---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\n\nVăn bản.\n")
    };
    write(
        &root,
        "content/news/a.vi.md",
        "---\ntitle: \"Bài A\ndate: 2023-09-07\n---\n\nA.\n",
    );
    write(
        &root,
        "content/news/b.vi.md",
        &article("Bài B", "7/9/2023", ""),
    );
    write(
        &root,
        "content/news/c.vi.md",
        &article("Bài C", "2023-09-07", "unit: lai-chua\n"),
    );
    for name in ["a", "b", "c"] {
        let text = article(&format!("Article {name}"), "2023-09-07", "");
        write(&root, &format!("content/news/{name}.en.md"), &text);
    }
    write(&root, "themes/default/templates/article.html", template);
    (tmp, root)
}

/// An article template that fails when a page is made, at its line 2.
const FAILING_TEMPLATE: &str = "{% extends \"base.html\" %}{% block main %}<h1>{{ page.title }}</h1>\n<p>{{ page.nope.x }}</p>{% endblock main %}\n";
const TEMPLATE_AT: &str =
    "themes/default/templates/article.html:2:12: Field `nope` is not defined.";

const UNREADABLE: &str =
    "content/news/a.vi.md:2:8: a text in quotes is never closed; add the closing quote";
const BAD_DATE: &str = "content/news/b.vi.md:3:7: date \"7/9/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00";
const UNKNOWN_UNIT: &str = "content/news/c.vi.md:4:7: unit \"lai-chua\" is not a unit of any campaign (units: dau-khi, ha-noi, lai-chau); use the name of a file in a campaign's units/ folder";
const PERCENT: &str = "content/results/thi-dua/units/ha-noi.yaml:9:18: the reported percent of target for initiatives is 230%, but 201,129 of a target of 60,000 is 335.2%; check the figures";

/// The lines before the summary, with the template's (whose list of fields may grow) cut after
/// its first sentence.
fn problem_lines(run: &Run) -> Vec<String> {
    let lines = run.stderr_lines();
    let (_, problems) = lines.split_last().expect("a summary line");
    problems
        .iter()
        .map(|l| match l.find("is not defined.") {
            Some(i) => l[..i + "is not defined.".len()].to_owned(),
            None => (*l).to_owned(),
        })
        .collect()
}

#[test]
fn check_reports_front_matter_date_statistics_unit_and_template_problems_at_once() {
    let (_tmp, root) = stage_problems_site(FAILING_TEMPLATE);
    let run = check(&root);
    assert_eq!(
        problem_lines(&run),
        [UNREADABLE, BAD_DATE, UNKNOWN_UNIT, PERCENT, TEMPLATE_AT],
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr_lines().last().copied(),
        Some(format!("5 errors, 0 warnings, {UNCHECKED_1}").as_str())
    );
    assert_eq!(run.code, 1);
    // The article pages that the template could not make are not broken links of the lists,
    // and the English version of the unreadable file is not missing a translation.
    assert_lacks(&run.stderr, "links to");
    assert_lacks(&run.stderr, "translation");
}

#[test]
fn build_reports_front_matter_date_statistics_unit_and_template_problems_at_once() {
    let (_tmp, root) = stage_problems_site(FAILING_TEMPLATE);
    let run = failed_build_keeps_output(&root);
    let percent = PERCENT.replacen(": the", ": warning: the", 1);
    assert_eq!(
        problem_lines(&run),
        [UNREADABLE, BAD_DATE, UNKNOWN_UNIT, &percent, TEMPLATE_AT],
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr_lines().last().copied(),
        Some(failure_summary_unchecked(4, 1).as_str())
    );
}

/// A template that does not compile: no page is made (said in a note), and everything that does
/// not need the pages is still checked.
#[test]
fn a_template_that_does_not_compile_does_not_hide_the_other_problems() {
    let broken = "{% extends \"base.html\" %}{% block main %}\n{% if %}{% endblock main %}\n";
    let (_tmp, root) = stage_problems_site(broken);
    let run = check(&root);
    let lines = problem_lines(&run);
    for line in [UNREADABLE, BAD_DATE, UNKNOWN_UNIT, PERCENT] {
        assert!(lines.iter().any(|l| l == line), "{line}\n{}", run.stderr);
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("themes/default/templates/article.html:2:")),
        "{}",
        run.stderr
    );
    assert_has(
        &run.stderr,
        "themes/default: note: no page is made while the theme has errors, so the links and anchors of the pages are not checked yet",
    );
    assert_eq!(run.code, 1);
}

// ---------------------------------------------------------------------------------------------
// One wrong key does not hide the rest of its file

/// A unit file whose `kind:` is not a kind and one of whose parts has a name of the wrong type:
/// its bad figures, the part without a name and the contradictions of its own figures are
/// reported in the same run.
#[test]
fn a_wrong_kind_does_not_hide_the_figures_of_its_unit_file() {
    let (_tmp, root) = copy_fixture("results_percent");
    write(
        &root,
        "content/results/thi-dua/units/lai-chau.yaml",
        "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: provinse\ntarget: {initiatives: 2300}\nvalues:\n  initiatives: 3666\n  members: \"nhiều\"\nreported:\n  percent_of_target: {initiatives: 150}\nbreakdown:\n  - name: [x]\n    values: {initiatives: 5}\n  - name: {vi: \"Khối B\", en: \"B\"}\n    values: {initiatives: \"mười\"}\n  - values: {initiatives: 4000}\n",
    );
    let run = check(&root);
    let unit = "content/results/thi-dua/units/lai-chau.yaml";
    assert_eq!(
        run.stderr_lines(),
        [
            PERCENT.to_owned(),
            format!(
                "{unit}:2:7: kind \"provinse\" is not a kind of unit of this campaign (province, sector); use one of them, or declare it under unit_kinds: in content/results/thi-dua/campaign.yaml"
            ),
            format!(
                "{unit}:6:12: values.members: \"nhiều\" is a text where a number belongs; write the figure in digits without separators, like 3666"
            ),
            format!(
                "{unit}:8:36: the reported percent of target for initiatives is 150%, but 3,666 of a target of 2,300 is 159.4%; check the figures"
            ),
            format!(
                "{unit}:10:3: the breakdown's initiatives add up to 4,005, more than the unit's total of 3,666; check the parts and the total"
            ),
            format!(
                "{unit}:10:11: breakdown[0].name: wrong type: found list, but expected a text, or a map of texts per language like {{vi: ..., en: ...}}"
            ),
            format!(
                "{unit}:13:27: breakdown[1].values.initiatives: \"mười\" is a text where a number belongs; write the figure in digits without separators, like 3666"
            ),
            format!("{unit}:14:5: breakdown[2]: name is missing; add it"),
            "8 errors, 0 warnings".to_owned(),
        ]
    );
    assert_eq!(run.code, 1);
}

/// An article whose front matter has a key of the wrong type: the key is reported, and its body
/// is still checked (a broken link, a photo without alt text).
#[test]
fn a_wrong_key_in_front_matter_does_not_hide_the_body() {
    let (_tmp, root) = copy_fixture("check_no_alt");
    let file = root.join("content/news/hoi-nghi/index.vi.md");
    let text = fs::read_to_string(&file).unwrap().replacen(
        "date: 2023-09-30\n",
        "date: 2023-09-30\ntags: {a: 1}\n",
        1,
    ) + "\nXem [bài khác](khong-co.md).\n";
    fs::write(&file, text).unwrap();
    let run = check(&root);
    let at = "content/news/hoi-nghi/index.vi.md";
    assert_eq!(
        run.stderr_lines(),
        [
            format!("{at}:4:7: tags: wrong type: found map, but expected a list"),
            format!(
                "{at}:9:1: the photo \"anh.png\" has no alt text; describe what it shows between the brackets: ![...](anh.png)"
            ),
            format!(
                "{at}:11:5: the link \"khong-co.md\" leads to content/news/hoi-nghi/khong-co.md, which does not exist; check the file name"
            ),
            "3 errors, 0 warnings".to_owned(),
        ]
    );
}

/// A campaign.yaml that does not parse: its units cannot be checked against it, and the
/// summary counts them with it.
#[test]
fn the_units_of_a_campaign_that_cannot_be_read_are_counted_as_not_checked() {
    let (_tmp, root) = copy_fixture("results_percent");
    let campaign = "content/results/thi-dua/campaign.yaml";
    let text = fs::read_to_string(root.join(campaign)).unwrap();
    fs::write(root.join(campaign), text.replacen("name: {", "name: {{", 1)).unwrap();
    let run = check(&root);
    let lines = run.stderr_lines();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{campaign}:1:"))),
        "{}",
        run.stderr
    );
    assert!(lines.contains(&format!(
        "{campaign}: note: the 3 unit files of this campaign are not checked until the problems of this file are fixed"
    ).as_str()), "{}", run.stderr);
    assert_eq!(
        lines.last().copied(),
        Some(
            "1 error, 0 warnings, 4 files could not be checked (more problems may show once those above are fixed)"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(run.code, 1);
}
