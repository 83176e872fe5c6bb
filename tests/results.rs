//! End-to-end tests of campaign results (CONTENT.md §7, issue 3) on small sites in
//! tests/fixtures/results_*: the consistency rules as `build` warns and `check` fails, the exact
//! line of every bad statistics file, and the figures, rankings, charts and open data written.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use chrono::{FixedOffset, NaiveDate, Utc};
use serde_json::Value;

use common::{
    Built, assert_fails_unchecked, assert_fails_with, assert_has, assert_lacks, assert_ok,
    assert_same_files, assert_well_formed_xml, build_fixture, build_site, check, copy_dir,
    copy_fixture, files_under, fixture, main_of,
};

/// The campaign of `results_ok`, in each language: the vi section has `slug: ket-qua`.
const VI: &str = "ket-qua/sang-kien-2023/";
const EN: &str = "en/results/sang-kien-2023/";

/// Text without its tags, with the entities the pages use decoded.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .trim()
        .to_owned()
}

/// The text of every cell of one table row (`<td>` and `<th>` alike), in order.
fn cells(row: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = row;
    while let Some(i) = rest.find("<t") {
        let after = &rest[i + 2..];
        let Some(kind) = after.chars().next().filter(|c| *c == 'd' || *c == 'h') else {
            rest = after;
            continue;
        };
        let close = format!("</t{kind}>");
        let open_end = after.find('>').expect("a cell tag is closed") + 1;
        let end = after.find(&close).expect("a cell is closed");
        out.push(strip_tags(&after[open_end..end]));
        rest = &after[end + close.len()..];
    }
    out
}

/// The body rows of the first `<table class="{class}">` of `html`, as cell texts.
#[track_caller]
fn table_rows(html: &str, class: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("<table class=\"{class}\""))
        .unwrap_or_else(|| panic!("no <table class=\"{class}\"> in\n{html}"));
    let table = &html[start..];
    let table = &table[..table.find("</table>").expect("the table is closed")];
    let body = &table[table.find("<tbody>").expect("the table has a body")..];
    body.split("<tr").skip(1).map(cells).collect()
}

/// `(rank, unit)` of each row of a ranking table.
fn ranks_and_names(rows: &[Vec<String>]) -> Vec<(&str, &str)> {
    rows.iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect()
}

/// The row of `table` whose first or second cell is `key`.
#[track_caller]
fn row<'a>(rows: &'a [Vec<String>], key: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == key || r.get(1).is_some_and(|c| c == key))
        .unwrap_or_else(|| panic!("no row {key} in {rows:#?}"))
}

/// Each `<svg ...>...</svg>` of a page.
fn svgs(html: &str) -> Vec<&str> {
    html.split("<svg")
        .skip(1)
        .map(|s| &s[..s.find("</svg>").expect("the svg is closed")])
        .collect()
}

/// The `<title>` and `<desc>` texts of a chart, after checking it is an image to screen readers.
#[track_caller]
fn chart_text(svg: &str) -> (String, String) {
    assert!(svg.contains(" role=\"img\""), "a chart is an image: {svg}");
    let inner = |tag: &str| {
        let open = svg
            .find(&format!("<{tag}"))
            .unwrap_or_else(|| panic!("the chart has no <{tag}>: {svg}"));
        let body = &svg[open..];
        let body = &body[body.find('>').unwrap() + 1..];
        strip_tags(&body[..body.find(&format!("</{tag}>")).unwrap()])
    };
    (inner("title"), inner("desc"))
}

// ---------------------------------------------------------------------------------------------
// 1. A clean site: no message, `check` says so
// ---------------------------------------------------------------------------------------------

#[track_caller]
fn assert_checks_clean(root: &Path) {
    let run = check(root);
    let lines = run.stderr_lines();
    let (summary, rest) = lines.split_last().expect("a summary line");
    // Articles written in Vietnamese only are reported, as warnings, and nothing else.
    assert!(
        rest.iter()
            .all(|l| l.contains(": warning: there is no English translation of this page; add ")),
        "check of a clean site: {lines:#?}"
    );
    assert_eq!(
        (run.code, *summary),
        (0, format!("0 errors, {} warnings", rest.len()).as_str())
    );
}

#[test]
fn clean_sites_build_quietly_and_check_clean() {
    for name in ["results_ok", "results_min"] {
        assert_ok(build_fixture(name, &[]));
        assert_checks_clean(&fixture(name));
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Consistency rules: a warning in `build` (which still writes the site), an error in `check`
// ---------------------------------------------------------------------------------------------

/// `build` of the fixture prints each `(place, message)` as a warning and succeeds; `check`
/// prints each as an error, then the summary, and fails.
#[track_caller]
fn assert_inconsistent(name: &str, problems: &[(&str, &str)]) {
    let b = build_fixture(name, &[]);
    let mut warnings: Vec<String> = problems
        .iter()
        .map(|(place, message)| format!("{place}: warning: {message}"))
        .collect();
    let mut printed = b.run.stderr_lines();
    // The order of build's warnings is pinned apart, in `build_lists_warnings_in_line_order`.
    printed.sort_unstable();
    warnings.sort_unstable();
    assert_eq!(printed, warnings, "stderr of build");
    assert_eq!(b.run.code, 0, "contradictions do not fail a build");
    assert!(
        b.exists("results/thi-dua/index.html"),
        "the site is written despite the warnings"
    );

    let run = check(&fixture(name));
    let mut errors: Vec<String> = problems
        .iter()
        .map(|(place, message)| format!("{place}: {message}"))
        .collect();
    errors.push(format!(
        "{} error{}, 0 warnings",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    ));
    assert_eq!(run.stderr_lines(), errors, "stderr of check");
    assert_eq!(run.code, 1, "check fails on a contradiction");
}

/// Thanh Hóa's parts add up to more than its total; An Giang's cover only part of its total
/// (sources often list some sectors only); Lai Châu's add up exactly.
#[test]
fn breakdown_over_the_total_is_a_problem_under_it_is_not() {
    assert_inconsistent(
        "results_breakdown",
        &[(
            "content/results/thi-dua/units/qua-nhieu.yaml:7:3",
            "the breakdown's members add up to 350,000, more than the unit's total of 308,598; check the parts and the total",
        )],
    );
}

/// 159 for 3666 of 2300 (159,39%) and 131 for 7085 of 5400 (131,2%) are rounding; 230 for
/// 201129 of 60000 (335,2%) is not. Figures are in Vietnamese, the default language.
#[test]
fn reported_percent_may_differ_by_rounding_only() {
    assert_inconsistent(
        "results_percent",
        &[(
            "content/results/thi-dua/units/ha-noi.yaml:9:18",
            "the reported percent of target for initiatives is 230%, but 201,129 of a target of 60,000 is 335.2%; check the figures",
        )],
    );
}

/// All 3 expected units are present: ranks are final, and every wrong one is a problem.
#[test]
fn reported_ranks_are_checked_when_every_unit_is_present() {
    assert_inconsistent(
        "results_rank_complete",
        &[
            (
                "content/results/thi-dua/units/ha-noi.yaml:8:15",
                "the reported national rank is 3, but by initiatives the unit ranks 2; check the rank or the figures",
            ),
            (
                "content/results/thi-dua/units/lai-chau.yaml:8:15",
                "the reported national rank is 25, but by initiatives the unit ranks 3; check the rank or the figures",
            ),
            (
                "content/results/thi-dua/units/lai-chau.yaml:9:14",
                "the reported cluster rank is 3, but by initiatives the unit ranks 2; check the rank or the figures",
            ),
        ],
    );
}

/// The same units and ranks with 82 expected: the ranks cannot be checked yet. One note for the
/// campaign, not one per unit, and neither command fails.
#[test]
fn reported_ranks_with_units_missing_are_one_note() {
    let note = "content/results/thi-dua/campaign.yaml:7:17: note: reported ranks cannot be verified yet: 3 of 82 expected units are present";
    let b = build_fixture("results_rank_partial", &[]);
    assert_eq!((b.run.code, b.run.stderr_lines()), (0, vec![note]));
    assert!(b.exists("results/thi-dua/index.html"));

    let run = check(&fixture("results_rank_partial"));
    assert_eq!(
        (run.code, run.stderr_lines()),
        (0, vec![note, "0 errors, 0 warnings"])
    );
}

#[test]
fn negative_values_are_a_problem() {
    assert_inconsistent(
        "results_negative",
        &[
            (
                "content/results/thi-dua/units/am.yaml:5:12",
                "members is -1,200; a figure cannot be negative, write it without the minus sign or correct it",
            ),
            (
                "content/results/thi-dua/units/am.yaml:9:20",
                "initiatives is -5; a figure cannot be negative, write it without the minus sign or correct it",
            ),
        ],
    );
}

/// `check` lists problems by file and line; `build` should list its warnings the same way, so
/// an editor reads them from the top of the file down.
#[test]

fn build_lists_warnings_in_line_order() {
    let b = build_fixture("results_negative", &[]);
    assert_eq!(
        b.run.stderr_lines(),
        [
            "content/results/thi-dua/units/am.yaml:5:12: warning: members is -1,200; a figure cannot be negative, write it without the minus sign or correct it",
            "content/results/thi-dua/units/am.yaml:9:20: warning: initiatives is -5; a figure cannot be negative, write it without the minus sign or correct it",
        ]
    );
}

/// `as_of: 2099-01-01`. The message names today in the site's time zone (+07:00); a run across
/// midnight may name either day.
#[test]
fn as_of_after_today_is_a_problem() {
    let today = || {
        Utc::now()
            .with_timezone(&FixedOffset::east_opt(7 * 3600).unwrap())
            .date_naive()
    };
    let place = "content/results/thi-dua/units/tuong-lai.yaml:3:8";
    let message = |d: NaiveDate| {
        format!(
            "as_of 2099-01-01 is after today ({d}); figures cannot be reported ahead of time, check the date"
        )
    };
    let before = today();
    let b = build_fixture("results_future", &[]);
    let run = check(&fixture("results_future"));
    let after = today();
    let days = [before, after];
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    assert!(
        days.iter()
            .any(|d| b.run.stderr_lines() == [format!("{place}: warning: {}", message(*d))]),
        "stderr of build: {}",
        b.run.stderr
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        days.iter().any(|d| run.stderr_lines()
            == [
                format!("{place}: {}", message(*d)).as_str(),
                "1 error, 0 warnings"
            ]),
        "stderr of check: {}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Bad statistics files: the exact place and words, alone and all together
// ---------------------------------------------------------------------------------------------

const UNITS: &str = "content/results/thi-dua/units";

/// Each bad file of `results_bad_input` (relative to the site) with the lines it causes.
const BAD_FILES: &[(&str, &[&str])] = &[
    (
        "content/results/mo-coi/units/don-le.yaml",
        &[
            "content/results/mo-coi/units/don-le.yaml: this unit file has no campaign: there is no content/results/mo-coi/campaign.yaml beside its units/ folder",
        ],
    ),
    (
        "content/results/thi-dua/units/chi-so-la.yaml",
        &[
            "content/results/thi-dua/units/chi-so-la.yaml:4:3: warning: \"volunteers\" is not one of the campaign's metrics (initiatives, members); use one of them or declare it in content/results/thi-dua/campaign.yaml",
            "content/results/thi-dua/units/chi-so-la.yaml:7:3: warning: \"benefit\" is not one of the campaign's metrics (initiatives, members); use one of them or declare it in content/results/thi-dua/campaign.yaml",
            "content/results/thi-dua/units/chi-so-la.yaml:12:7: warning: \"hours\" is not one of the campaign's metrics (initiatives, members); use one of them or declare it in content/results/thi-dua/campaign.yaml",
        ],
    ),
    (
        "content/results/thi-dua/units/chu.yaml",
        &[
            "content/results/thi-dua/units/chu.yaml:4:16: values.initiatives: \"nhiều\" is a text where a number belongs; write the figure in digits without separators, like 3666",
        ],
    ),
    (
        "content/results/thi-dua/units/cum-la.yaml",
        &[
            "content/results/thi-dua/units/cum-la.yaml:3:10: warning: cluster \"cum-z\" is not declared in content/results/thi-dua/campaign.yaml (clusters: cum-a); add it under clusters:",
        ],
    ),
    (
        "content/results/thi-dua/units/danh-sach.yaml",
        &[
            "content/results/thi-dua/units/danh-sach.yaml:3:9: values: wrong type: found list, but expected a map",
        ],
    ),
    (
        "content/results/thi-dua/units/hon.yaml",
        &[
            "content/results/thi-dua/units/hon.yaml:4:39: values.initiatives.qualifier: \"more\" is not one of: over, under, about",
        ],
    ),
    (
        "content/results/thi-dua/units/khoa-la.yaml",
        &[
            "content/results/thi-dua/units/khoa-la.yaml:5:1: unknown key \"note\"; the keys that can be used here are: name, kind, cluster, as_of, target, values, breakdown, reported, sources, honours, succeeded_by",
        ],
    ),
    (
        "content/results/thi-dua/units/rong.yaml",
        &[
            "content/results/thi-dua/units/rong.yaml:1:1: the file is empty; a unit file needs name:, kind: and values:",
        ],
    ),
    (
        "content/results/thi-dua/units/thanh-pho.yaml",
        &[
            "content/results/thi-dua/units/thanh-pho.yaml:2:7: kind \"city\" is not a kind of unit of this campaign (province, sector); use one of them, or declare it under unit_kinds: in content/results/thi-dua/campaign.yaml",
        ],
    ),
];

/// The files of `BAD_FILES` that cannot be checked at all (the summary counts them).
const UNCHECKED: &[&str] = &["content/results/mo-coi/units/don-le.yaml"];

/// `results_min` expects two units; a third kept unit file is one too many.
const TOO_MANY_UNITS: &str = "content/results/thi-dua/campaign.yaml:2:17: warning: units_expected is 2, but 3 units have a file; correct units_expected or remove the extra files";

/// The article naming an unknown unit, in `results_bad_input`.
const UNKNOWN_UNIT_ARTICLE: &str = "content/news/khong-co.vi.md";
const UNKNOWN_UNIT_START: &str =
    "content/news/khong-co.vi.md:4:7: unit \"khong-co\" is not a unit of any campaign";

/// `results_min` (clean) with files of `results_bad_input` added; returns the folder and root.
fn min_site_with(files: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, root) = copy_fixture("results_min");
    for rel in files {
        let to = root.join(rel);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(fixture("results_bad_input").join(rel), &to).unwrap();
    }
    (tmp, root)
}

/// The fixture's bad files are what the test thinks they are.
#[test]
fn bad_input_fixture_holds_the_cases() {
    let bad = fixture("results_bad_input");
    let text = |rel: &str| fs::read_to_string(bad.join(rel)).unwrap();
    assert_eq!(text(&format!("{UNITS}/rong.yaml")), "");
    assert!(
        text(&format!("{UNITS}/chu.yaml")).contains("\n  initiatives: \"nhiều\"\n"),
        "a text where a number belongs"
    );
    assert!(text(&format!("{UNITS}/thanh-pho.yaml")).contains("\nkind: city\n"));
    assert!(text(&format!("{UNITS}/hon.yaml")).contains("qualifier: more}"));
    assert!(text(&format!("{UNITS}/danh-sach.yaml")).contains("\nvalues: [1, 2]\n"));
    assert!(text(UNKNOWN_UNIT_ARTICLE).contains("\nunit: khong-co\n"));
    assert!(!bad.join("content/results/mo-coi/campaign.yaml").exists());
}

/// Each bad file alone in a good site: `build` fails with exactly its lines and writes nothing;
/// `check` prints the same lines and fails.
#[test]
fn each_bad_statistics_file_alone() {
    for (rel, lines) in BAD_FILES {
        let (_tmp, root) = min_site_with(&[rel]);
        let b = build_site(&root, &[]);
        let unchecked = usize::from(UNCHECKED.contains(rel));
        // A unit file with only contradictions is kept: then the campaign has one unit more
        // than the two it expects, which is a contradiction of its own.
        let kept = lines.iter().all(|l| l.contains(": warning: "));
        let mut lines: Vec<&str> = lines.to_vec();
        if kept {
            lines.insert(0, TOO_MANY_UNITS);
            // A contradiction (CONTENT.md §7): `build` warns and publishes, `check` fails.
            assert_eq!(b.run.stderr_lines(), lines, "build with {rel}");
            assert_eq!(b.run.code, 0, "build with {rel}");
        } else {
            assert_fails_unchecked(&b, &lines, unchecked);
        }

        let run = check(&root);
        let mut want: Vec<String> = lines
            .iter()
            .map(|s| s.replace(": warning: ", ": "))
            .collect();
        want.push(format!(
            "{} error{}, 0 warnings{}",
            lines.len(),
            if lines.len() == 1 { "" } else { "s" },
            match unchecked {
                0 => "",
                _ => ", 1 file could not be checked (more problems may show once those above are fixed)",
            }
        ));
        assert_eq!(run.stderr_lines(), want, "check with {rel}");
        assert_eq!(run.code, 1, "check with {rel}");
    }
}

/// With every campaign well formed, the message lists the units there are.
#[test]
fn article_naming_an_unknown_unit() {
    let (_tmp, root) = min_site_with(&[UNKNOWN_UNIT_ARTICLE]);
    let b = build_site(&root, &[]);
    assert_fails_with(
        &b,
        &[&format!(
            "{UNKNOWN_UNIT_START} (units: dau-khi, lai-chau); use the name of a file in a campaign's units/ folder"
        )],
    );
}

/// Every bad file of the fixture, each in its own file, reported in one run.
#[test]
fn bad_input_all_reported_together() {
    let b = build_fixture("results_bad_input", &[]);
    let lines = b.run.stderr_lines();
    let mut want: Vec<&str> = BAD_FILES
        .iter()
        .flat_map(|(_, l)| l.iter().copied())
        .collect();
    // Its two units with only contradictions are kept beside the two good ones.
    want.insert(1, "content/results/thi-dua/campaign.yaml:2:17: warning: units_expected is 2, but 4 units have a file; correct units_expected or remove the extra files");
    // The unknown unit comes first (content/news sorts before content/results); the list of
    // units it gives is pinned in `article_naming_a_unit_of_a_broken_campaign_...`.
    assert!(lines[0].starts_with(UNKNOWN_UNIT_START), "{}", b.run.stderr);
    assert_eq!(lines[1..lines.len() - 1], want[..], "{}", b.run.stderr);
    let errors = want.iter().filter(|l| !l.contains(": warning: ")).count();
    assert_eq!(
        lines[lines.len() - 1],
        common::failure_summary_unchecked(errors + 1, UNCHECKED.len())
    );
    assert_eq!(b.run.code, 1);
    assert!(!b.out.exists());

    let run = check(&fixture("results_bad_input"));
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr_lines().last().copied(),
        // The article naming an unknown unit has no English version: a warning of `check`.
        Some(format!("{} errors, 1 warning, 1 file could not be checked (more problems may show once those above are fixed)", want.len() + 1).as_str())
    );
}

/// A broken unit file must not make the good units of its campaign vanish: an article naming
/// `lai-chau` (a good unit) gets no false "not a unit of any campaign", and the message for a
/// really unknown unit does not claim there are no units.
#[test]

fn article_naming_a_unit_of_a_broken_campaign_is_not_reported_again() {
    let empty = "content/results/thi-dua/units/rong.yaml:1:1: the file is empty; a unit file needs name:, kind: and values:";
    let (_tmp, root) = min_site_with(&[&format!("{UNITS}/rong.yaml"), UNKNOWN_UNIT_ARTICLE]);
    fs::write(
        root.join("content/news/lai-chau.vi.md"),
        "---\ntitle: \"Lai Châu tổng kết\"\ndate: 2023-09-30\nunit: lai-chau\n---\n\nNội dung.\n",
    )
    .unwrap();
    let b = build_site(&root, &[]);
    let lines = b.run.stderr_lines();
    assert_eq!(lines.len(), 3, "{}", b.run.stderr);
    assert!(lines[0].starts_with(UNKNOWN_UNIT_START), "{}", lines[0]);
    assert_lacks(lines[0], "units: none");
    assert_eq!(lines[1], empty);
    assert_eq!(lines[2], common::failure_summary(2));
}

/// §7 writes per-metric maps in flow style (`values: {grassroots_unions: 1974, ...}`). An
/// undeclared metric there must be placed at its name or its figure, as in block style and as
/// every parse error in a flow map is, not at the map's opening brace.
#[test]

fn undeclared_metric_in_a_flow_map_is_placed_at_the_metric() {
    let (_tmp, root) = copy_fixture("results_min");
    let unit = "name: {vi: \"Chỉ số lạ\", en: \"Odd metric\"}\nkind: province\n\
                target: {volunteers: 10}\nvalues:\n  initiatives: 10\nbreakdown:\n\
                \x20 - name: {vi: \"Khối A\", en: \"Block A\"}\n    values: {initiatives: 4, hours: 2}\n";
    fs::write(root.join(UNITS).join("x.yaml"), unit).unwrap();
    let run = check(&root);
    let lines = run.stderr_lines();
    for (line, name, figure) in [(3, "volunteers", "10"), (8, "hours", "2")] {
        let text = unit.lines().nth(line - 1).unwrap();
        let key_col = text.find(name).unwrap() + 1;
        let value_col = key_col + name.len() + 2;
        assert_eq!(&text[value_col - 1..value_col - 1 + figure.len()], figure);
        let found = lines
            .iter()
            .find(|l| l.contains(&format!("\"{name}\" is not one of the campaign's metrics")))
            .unwrap_or_else(|| panic!("no message for {name}: {}", run.stderr));
        let ok = [key_col, value_col]
            .iter()
            .any(|col| found.starts_with(&format!("{UNITS}/x.yaml:{line}:{col}: ")));
        assert!(
            ok,
            "{name} should be placed at {line}:{key_col} or {line}:{value_col}: {found}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Pages: figures, qualifiers, ranking and ties, clusters, articles, charts (both languages)
// ---------------------------------------------------------------------------------------------

fn results_ok() -> Built {
    assert_ok(build_fixture("results_ok", &[]))
}

/// Totals carry the qualifier of a qualified part; percents have one decimal; money in words.
#[test]
fn overview_totals_in_both_languages() {
    let b = results_ok();
    for (dir, want) in [
        (
            VI,
            [
                [
                    "Sáng kiến",
                    "trên 17.000",
                    "16.866",
                    "20.000",
                    "trên 85,0% (so với số công bố của chương trình)",
                ],
                ["Đoàn viên tham gia", "", "trên 978.117", "", ""],
                [
                    "Giá trị làm lợi (đồng)",
                    "",
                    "trên 4.384 tỷ đồng (ước tính)",
                    "",
                    "",
                ],
            ],
        ),
        (
            EN,
            [
                [
                    "Initiatives",
                    "over 17,000",
                    "16,866",
                    "20,000",
                    "over 85.0% (of the published programme figure)",
                ],
                ["Participating members", "", "over 978,117", "", ""],
                [
                    "Value of benefits (VND)",
                    "",
                    "over VND 4,384 billion (estimated)",
                    "",
                    "",
                ],
            ],
        ),
    ] {
        let main = b.main_of(&format!("{dir}index.html"));
        let rows = table_rows(&main, "figures");
        for want in want {
            assert_eq!(row(&rows, want[0]), want, "{dir}");
        }
    }
}

/// Every figure of a unit as its reader writes it: counts, qualifiers (trên/over, dưới/under,
/// khoảng/about), money in words, estimates, percent of target with one decimal.
#[test]
fn ranking_figures_in_both_languages() {
    let b = results_ok();
    // rank, unit, cluster, initiatives, members, grassroots unions, benefit, target, percent,
    // published rank
    let vi = table_rows(&b.main_of(&format!("{VI}index.html")), "ranking");
    assert_eq!(
        row(&vi, "Hà Nội"),
        [
            "1",
            "Hà Nội",
            "Cụm thi đua B",
            "8.000",
            "trên 900.000",
            "",
            "trên 3.500 tỷ đồng",
            "5.000",
            "160,0%",
            "1/8"
        ]
    );
    assert_eq!(
        row(&vi, "Lai Châu"),
        [
            "2",
            "Lai Châu",
            "Cụm thi đua A",
            "3.666",
            "78.117",
            "",
            "trên 300 tỷ đồng (ước tính)",
            "2.300",
            "159,4%",
            "2/8"
        ]
    );
    assert_eq!(row(&vi, "Yên Bái")[5], "dưới 120");
    assert_eq!(row(&vi, "Đắk Lắk")[5], "khoảng 90");
    assert_eq!(
        row(&vi, "Công đoàn Dầu khí"),
        [
            "8",
            "Công đoàn Dầu khí",
            "",
            "500",
            "",
            "",
            "584 tỷ đồng",
            "",
            "",
            "–"
        ]
    );

    let en = table_rows(&b.main_of(&format!("{EN}index.html")), "ranking");
    assert_eq!(
        row(&en, "Ha Noi"),
        [
            "1",
            "Ha Noi",
            "Cluster B",
            "8,000",
            "over 900,000",
            "",
            "over VND 3,500 billion",
            "5,000",
            "160.0%",
            "1/8"
        ]
    );
    assert_eq!(
        row(&en, "Lai Chau"),
        [
            "2",
            "Lai Chau",
            "Cluster A",
            "3,666",
            "78,117",
            "",
            "over VND 300 billion (estimated)",
            "2,300",
            "159.4%",
            "2/8"
        ]
    );
    assert_eq!(row(&en, "Yen Bai")[5], "under 120");
    assert_eq!(row(&en, "Dak Lak")[5], "about 90");
    assert_eq!(row(&en, "Petroleum Union")[6], "VND 584 billion");
}

/// Four units with 1.000 initiatives share rank 3 and the next is 7; tied units are listed in
/// the reader's alphabet (Vietnamese: C < D < Đ, a < ă; not byte order, which puts Đ after Y).
#[test]
fn ties_share_a_rank_in_the_readers_alphabet() {
    let b = results_ok();
    let vi = table_rows(&b.main_of(&format!("{VI}index.html")), "ranking");
    assert_eq!(
        ranks_and_names(&vi),
        [
            ("1", "Hà Nội"),
            ("2", "Lai Châu"),
            ("3", "Cần Thơ"),
            ("3", "Đà Nẵng"),
            ("3", "Đắk Lắk"),
            ("3", "Yên Bái"),
            ("7", "Bắc Kạn"),
            ("8", "Công đoàn Dầu khí"),
        ]
    );
    let en = table_rows(&b.main_of(&format!("{EN}index.html")), "ranking");
    assert_eq!(
        ranks_and_names(&en),
        [
            ("1", "Ha Noi"),
            ("2", "Lai Chau"),
            ("3", "Can Tho"),
            ("3", "Da Nang"),
            ("3", "Dak Lak"),
            ("3", "Yen Bai"),
            ("7", "Bac Kan"),
            ("8", "Petroleum Union"),
        ]
    );
    // Rows link to the unit page in the same language.
    let main = b.main_of(&format!("{VI}index.html"));
    assert_has(
        &main,
        "<a href=\"/ket-qua/sang-kien-2023/da-nang/\">Đà Nẵng</a>",
    );
    let main = b.main_of(&format!("{EN}index.html"));
    assert_has(
        &main,
        "<a href=\"/en/results/sang-kien-2023/da-nang/\">Da Nang</a>",
    );
}

/// A cluster page ranks its own units (1, 2, 2, 4), and the overview links to it.
#[test]
fn cluster_pages_rank_their_units() {
    let b = results_ok();
    let vi = table_rows(&b.main_of(&format!("{VI}cum/cum-a/index.html")), "ranking");
    assert_eq!(
        ranks_and_names(&vi),
        [
            ("1", "Lai Châu"),
            ("2", "Đắk Lắk"),
            ("2", "Yên Bái"),
            ("4", "Bắc Kạn")
        ]
    );
    assert_eq!(row(&vi, "Lai Châu")[2..], ["3.666", "2.300", "159,4%", "1"]);
    let en = table_rows(
        &b.main_of(&format!("{EN}clusters/cum-a/index.html")),
        "ranking",
    );
    assert_eq!(
        ranks_and_names(&en),
        [
            ("1", "Lai Chau"),
            ("2", "Dak Lak"),
            ("2", "Yen Bai"),
            ("4", "Bac Kan")
        ]
    );
    assert_eq!(row(&en, "Lai Chau")[2..], ["3,666", "2,300", "159.4%", "1"]);
    let vi_b = table_rows(&b.main_of(&format!("{VI}cum/cum-b/index.html")), "ranking");
    assert_eq!(
        ranks_and_names(&vi_b),
        [("1", "Hà Nội"), ("2", "Cần Thơ"), ("2", "Đà Nẵng")]
    );

    assert_has(
        &b.main_of(&format!("{VI}index.html")),
        "<a href=\"/ket-qua/sang-kien-2023/cum/cum-a/\">Cụm thi đua A</a>",
    );
    assert_has(
        &b.main_of(&format!("{EN}index.html")),
        "<a href=\"/en/results/sang-kien-2023/clusters/cum-a/\">Cluster A</a>",
    );
}

/// Vietnamese cluster pages are under `cum/` (the theme's `clusters_segment`), English ones
/// under `clusters/`; the Vietnamese address earlier versions published is a redirect page to
/// the new one, which no sitemap lists; every link to a cluster leads to its new address.
#[test]
fn cluster_pages_live_under_the_segment_of_their_language() {
    let b = results_ok();
    let old = b.read(&format!("{VI}clusters/cum-a/index.html"));
    let new_url = "/ket-qua/sang-kien-2023/cum/cum-a/";
    assert!(
        old.starts_with("<!doctype html>\n<html lang=\"vi\">\n"),
        "{old}"
    );
    assert_has(
        &old,
        &format!("<meta http-equiv=\"refresh\" content=\"0; url={new_url}\">"),
    );
    assert_has(
        &old,
        &format!("<link rel=\"canonical\" href=\"https://example.org{new_url}\">"),
    );
    assert_has(&old, "<meta name=\"robots\" content=\"noindex\">");
    assert_has(
        &old,
        &format!("Trang này đã chuyển đến <a href=\"{new_url}\">https://example.org{new_url}</a>"),
    );
    // Only where the address changed: the English page is where it always was.
    assert!(!b.exists("en/results/sang-kien-2023/cum/cum-a/index.html"));
    assert_has(
        &b.main_of(&format!("{EN}clusters/cum-a/index.html")),
        "<h1>Cluster A</h1>",
    );
    let sitemap = b.read("sitemap.xml");
    assert_lacks(&sitemap, "ket-qua/sang-kien-2023/clusters/");
    assert_has(
        &sitemap,
        &format!("<loc>https://example.org{new_url}</loc>"),
    );
    // A unit's page links to its cluster's page, and the switcher leads between the two.
    assert_has(
        &b.main_of(&format!("{VI}lai-chau/index.html")),
        &format!("<a href=\"{new_url}\">Cụm thi đua A</a>"),
    );
    assert_has(
        &b.main_of(&format!("{EN}lai-chau/index.html")),
        "<a href=\"/en/results/sang-kien-2023/clusters/cum-a/\">Cluster A</a>",
    );
    let vi = b.read(&format!("{VI}cum/cum-a/index.html"));
    assert_has(
        &vi,
        "<a href=\"/en/results/sang-kien-2023/clusters/cum-a/\" hreflang=\"en\" lang=\"en\">English</a>",
    );
    assert_has(
        &vi,
        &format!("<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org{new_url}\">"),
    );
    let en = b.read(&format!("{EN}clusters/cum-a/index.html"));
    assert_has(
        &en,
        &format!("<a href=\"{new_url}\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>"),
    );
    // No English word in a Vietnamese address.
    for (path, bytes) in files_under(&b.out) {
        let html = String::from_utf8_lossy(&bytes);
        if path.ends_with(".html") && !html.contains("http-equiv=\"refresh\"") {
            assert_lacks(&html, "/ket-qua/sang-kien-2023/clusters/");
        }
    }
}

/// A results section with no `_index` file is titled by the theme's `section_results` in each
/// language (menus, headings and the window title), and its address is its folder's name.
#[test]
fn a_results_section_without_index_files_is_titled_in_each_language() {
    let b = assert_ok(build_fixture("results_min", &[]));
    let section = b.read("results/index.html");
    assert_has(&section, "<title>Kết quả | Kết quả thi đua</title>");
    assert_has(main_of(&section), "<h1>Kết quả</h1>");
    let en = b.read("en/results/index.html");
    assert_has(&en, "<title>Results | Campaign results</title>");
    assert_has(main_of(&en), "<h1>Results</h1>");
    let mut pages = 0;
    for (path, bytes) in files_under(&b.out) {
        if path.starts_with("en/") || !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        if !html.contains("http-equiv=\"refresh\"") {
            assert_has(&html, "<li><a href=\"/results/\">Kết quả</a></li>");
        }
        assert!(
            !html.contains("Results"),
            "{path} says \"Results\":\n{html}"
        );
        pages += 1;
    }
    assert!(pages >= 6, "only {pages} Vietnamese pages");
    assert_has(
        &b.read("en/results/thi-dua/index.html"),
        "<li><a href=\"/en/results/\">Results</a></li>",
    );
    assert!(b.exists("results/thi-dua/cum/cum-a/index.html"));
}

#[test]
fn results_index_lists_the_campaign() {
    let b = results_ok();
    assert_has(
        &b.main_of("ket-qua/index.html"),
        "<a href=\"/ket-qua/sang-kien-2023/\">Chương trình sáng kiến 2023</a>",
    );
    assert_has(
        &b.main_of("en/results/index.html"),
        "<a href=\"/en/results/sang-kien-2023/\">Initiatives Programme 2023</a>",
    );
}

/// The overview's charts are images with a title and description in the page's language, and
/// the same figures are in a real table.
#[test]
fn overview_charts_speak_the_page_language() {
    let b = results_ok();
    for (dir, ranking_title, leader) in [
        (VI, "Xếp hạng theo Sáng kiến", "Hà Nội dẫn đầu với 8.000"),
        (EN, "Ranking by Initiatives", "Ha Noi leads with 8,000"),
    ] {
        let main = b.main_of(&format!("{dir}index.html"));
        let charts = svgs(&main);
        assert!(!charts.is_empty(), "{dir}: no chart");
        let texts: Vec<(String, String)> = charts.iter().map(|s| chart_text(s)).collect();
        let (_, desc) = texts
            .iter()
            .find(|(t, _)| t == ranking_title)
            .unwrap_or_else(|| panic!("{dir}: no ranking chart in {texts:?}"));
        assert_has(desc, leader);
        assert_has(&main, "<table class=\"ranking\" id=\"ranking-table\">");
    }
    // No Vietnamese in the English charts and the other way round.
    for svg in svgs(&b.main_of(&format!("{EN}index.html"))) {
        assert_lacks(svg, "Sáng kiến");
        assert_lacks(svg, "Hà Nội");
    }
    for svg in svgs(&b.main_of(&format!("{VI}index.html"))) {
        assert_lacks(svg, "Initiatives");
        assert_lacks(svg, "Ha Noi");
    }
}

/// Every chart of every results page is well-formed SVG (labels escaped), and the sitemap
/// lists the results pages of both languages.
#[test]
fn charts_are_well_formed_and_pages_are_in_the_sitemap() {
    let b = results_ok();
    let mut charts = 0;
    for (path, bytes) in files_under(&b.out) {
        if !(path.starts_with(VI) || path.starts_with(EN)) || !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        if html.contains("<meta http-equiv=\"refresh\"") {
            continue; // a redirect from an old address: no page of its own
        }
        for svg in svgs(main_of(&html)) {
            let doc = format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg{svg}</svg>\n");
            assert_well_formed_xml(&path, &doc);
            charts += 1;
        }
    }
    assert!(charts >= 4, "only {charts} charts");
    let sitemap = b.read("sitemap.xml");
    for page in [
        "ket-qua/sang-kien-2023/",
        "ket-qua/sang-kien-2023/lai-chau/",
        "ket-qua/sang-kien-2023/cum/cum-a/",
        "en/results/sang-kien-2023/",
        "en/results/sang-kien-2023/clusters/cum-a/",
        "en/results/sang-kien-2023/lai-chau/",
    ] {
        assert_has(&sitemap, &format!("<loc>https://example.org/{page}</loc>"));
    }
}

/// A unit page: its figures, ranks, breakdown chart and table, and sources as links.
#[test]
fn unit_page_figures_breakdown_and_sources() {
    let b = results_ok();
    let vi = b.main_of(&format!("{VI}lai-chau/index.html"));
    let figures = table_rows(&vi, "figures");
    assert_eq!(
        &row(&figures, "Sáng kiến")[..4],
        ["Sáng kiến", "3.666", "2.300", "159,4%"]
    );
    assert_eq!(
        row(&figures, "Giá trị làm lợi (đồng)")[1],
        "trên 300 tỷ đồng (ước tính)"
    );
    assert_eq!(
        table_rows(&vi, "breakdown"),
        [
            ["Khối trường học", "50.000"],
            ["Khối doanh nghiệp", "20.000"]
        ]
    );
    let breakdown_chart = svgs(&vi)
        .into_iter()
        .map(chart_text)
        .find(|(_, d)| d.contains("Khối trường học"))
        .expect("a breakdown chart");
    assert_has(&breakdown_chart.0, "Đoàn viên tham gia");
    assert_has(
        &vi,
        "<a href=\"https://example.com/lai-chau?a=1&amp;b=2\">Hội nghị tổng kết</a>",
    );
    assert_has(&vi, "<li>Báo cáo giấy</li>");
    assert_has(&vi, ": 2/8");
    assert_has(&vi, ": 1/4");

    let en = b.main_of(&format!("{EN}lai-chau/index.html"));
    let figures = table_rows(&en, "figures");
    assert_eq!(
        &row(&figures, "Initiatives")[..4],
        ["Initiatives", "3,666", "2,300", "159.4%"]
    );
    assert_eq!(
        row(&figures, "Value of benefits (VND)")[1],
        "over VND 300 billion (estimated)"
    );
    assert_eq!(
        table_rows(&en, "breakdown"),
        [["Schools", "50,000"], ["Businesses", "20,000"]]
    );
    let breakdown_chart = svgs(&en)
        .into_iter()
        .map(chart_text)
        .find(|(_, d)| d.contains("Schools"))
        .expect("a breakdown chart");
    assert_has(&breakdown_chart.0, "Participating members");
    assert_has(
        &en,
        "<a href=\"https://example.com/lai-chau?a=1&amp;b=2\">Final conference</a>",
    );

    // Ha Noi: money over a thousand billion, and no breakdown section without a breakdown.
    let vi = b.main_of(&format!("{VI}ha-noi/index.html"));
    assert_eq!(
        row(&table_rows(&vi, "figures"), "Giá trị làm lợi (đồng)")[1],
        "trên 3.500 tỷ đồng"
    );
    assert_lacks(&vi, "<table class=\"breakdown\"");
    let en = b.main_of(&format!("{EN}ha-noi/index.html"));
    assert_eq!(
        row(&table_rows(&en, "figures"), "Value of benefits (VND)")[1],
        "over VND 3,500 billion"
    );
}

/// The unit page lists the articles naming it, newest first, in its own language only; the
/// articles link to the unit page in their language.
#[test]
fn unit_pages_and_articles_link_each_other() {
    let b = results_ok();
    let vi = b.main_of(&format!("{VI}lai-chau/index.html"));
    let first = vi
        .find("<a href=\"/news/lai-chau-khen-thuong/\">Lai Châu khen thưởng</a>")
        .expect("the newer article is listed");
    let second = vi
        .find("<a href=\"/news/lai-chau-tong-ket/\">Lai Châu tổng kết</a>")
        .expect("the older article is listed");
    assert!(first < second, "newest first");
    assert_lacks(&vi, "/en/news/");
    assert_lacks(&vi, "/news/tin-khac/");

    let en = b.main_of(&format!("{EN}lai-chau/index.html"));
    assert_has(
        &en,
        "<a href=\"/en/news/lai-chau-tong-ket/\">Lai Chau reviews the programme</a>",
    );
    assert_lacks(&en, "\"/news/");

    // Other units name no article.
    assert_lacks(&b.main_of(&format!("{VI}ha-noi/index.html")), "/news/");

    assert_has(
        &b.main_of("news/lai-chau-tong-ket/index.html"),
        "<a href=\"/ket-qua/sang-kien-2023/lai-chau/\">",
    );
    assert_has(
        &b.main_of("news/lai-chau-khen-thuong/index.html"),
        "<a href=\"/ket-qua/sang-kien-2023/lai-chau/\">",
    );
    let en_article = b.main_of("en/news/lai-chau-tong-ket/index.html");
    assert_has(
        &en_article,
        "<a href=\"/en/results/sang-kien-2023/lai-chau/\">",
    );
    assert_lacks(&en_article, "/ket-qua/");
    assert_lacks(&b.main_of("news/tin-khac/index.html"), "/ket-qua/");
}

// ---------------------------------------------------------------------------------------------
// 5. Open data: CSV and JSON per language, with the figures of the pages
// ---------------------------------------------------------------------------------------------

/// The CSV's rows as fields; the fixture's names hold no comma or quote.
fn csv_rows(b: &Built, rel: &str) -> Vec<Vec<String>> {
    let bytes = fs::read(b.out.join(rel)).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{rel} starts with a UTF-8 BOM"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).expect("the CSV is UTF-8");
    assert!(!text.contains('"'), "{rel}: unexpected quoting\n{text}");
    text.lines()
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

#[test]
fn open_data_csv_per_language() {
    let b = results_ok();
    for (dir, names) in [
        (
            VI,
            [
                ("lai-chau", "Lai Châu"),
                ("dak-lak", "Đắk Lắk"),
                ("dau-khi", "Công đoàn Dầu khí"),
            ],
        ),
        (
            EN,
            [
                ("lai-chau", "Lai Chau"),
                ("dak-lak", "Dak Lak"),
                ("dau-khi", "Petroleum Union"),
            ],
        ),
    ] {
        let rel = format!("{dir}data.csv");
        let rows = csv_rows(&b, &rel);
        assert_eq!(
            rows[0][..6],
            ["id", "name", "kind", "cluster", "cluster_name", "as_of"],
            "{rel}"
        );
        let width = rows[0].len();
        assert!(rows.iter().all(|r| r.len() == width), "{rel}: ragged rows");
        assert_eq!(rows.len(), 1 + 8, "{rel}: one row per unit");
        let mut ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        ids.sort_unstable();
        assert_eq!(
            ids,
            [
                "bac-kan", "can-tho", "da-nang", "dak-lak", "dau-khi", "ha-noi", "lai-chau",
                "yen-bai"
            ]
        );
        for (id, name) in names {
            let r = rows.iter().find(|r| r[0] == id).unwrap();
            assert_eq!(r[1], name, "{rel}");
        }
        let col = |name: &str| {
            rows[0]
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("{rel}: no column {name}: {:?}", rows[0]))
        };
        let lai_chau = rows.iter().find(|r| r[0] == "lai-chau").unwrap();
        assert_eq!(lai_chau[col("kind")], "province");
        assert_eq!(lai_chau[col("as_of")], "2023-09-01");
        assert_eq!(lai_chau[col("initiatives")], "3666");
        assert_eq!(lai_chau[col("benefit")], "300000000000");
        assert_eq!(lai_chau[col("benefit_qualifier")], "over");
        assert_eq!(lai_chau[col("rank_among_units_present")], "2");
        assert_eq!(lai_chau[col("reported_rank_national")], "2");
        assert_eq!(lai_chau[col("reported_rank_cluster")], "1");
        assert_eq!(lai_chau[col("cluster")], "cum-a");
        assert_eq!(lai_chau[col("units_present")], "8");
        assert_eq!(lai_chau[col("units_expected")], "8");
        assert_eq!(
            lai_chau[col("initiatives_reported_percent_of_target")],
            "159"
        );
        assert!(
            lai_chau[col("source_urls")].starts_with("https://"),
            "{rel}"
        );
        let dak_lak = rows.iter().find(|r| r[0] == "dak-lak").unwrap();
        assert_eq!(dak_lak[col("rank_among_units_present")], "3");
        assert_eq!(dak_lak[col("reported_rank_national")], "");
        assert_eq!(dak_lak[col("grassroots_unions_qualifier")], "about");
        let dau_khi = rows.iter().find(|r| r[0] == "dau-khi").unwrap();
        assert_eq!(dau_khi[col("kind")], "sector");
        assert_eq!(dau_khi[col("cluster")], "");
    }
    // Linked from the overview.
    assert_has(
        &b.main_of(&format!("{VI}index.html")),
        "href=\"/ket-qua/sang-kien-2023/data.csv\"",
    );
    assert_has(
        &b.main_of(&format!("{EN}index.html")),
        "href=\"/en/results/sang-kien-2023/data.json\"",
    );
}

/// The JSON parses, and its totals, ranks and percents are those of the pages.
#[test]
fn open_data_json_matches_the_pages() {
    let b = results_ok();
    for (dir, code) in [(VI, "vi"), (EN, "en")] {
        let rel = format!("{dir}data.json");
        let data: Value = serde_json::from_str(&b.read(&rel))
            .unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"));
        let totals = data["totals"].as_array().expect("totals is a list");
        let total = |metric: &str| {
            totals
                .iter()
                .find(|t| t["metric"] == metric)
                .unwrap_or_else(|| panic!("{rel}: no total for {metric}"))
        };
        // Counts and money are integers; the percent says what it was computed from.
        let sum = |metric: &str| &total(metric)["sum_of_units_present"];
        assert_eq!(sum("initiatives")["value"].as_i64(), Some(16866));
        let progress = &total("initiatives")["percent_of_target"];
        assert_eq!(progress["percent"].as_f64(), Some(85.0), "{rel}");
        assert_eq!(progress["basis"], "published", "{rel}");
        assert_eq!(
            total("initiatives")["published"]["value"].as_i64(),
            Some(17000)
        );
        assert_eq!(sum("members")["value"].as_i64(), Some(978117));
        assert_eq!(sum("members")["qualifier"], "over");
        assert_eq!(sum("benefit")["value"].as_i64(), Some(4_384_000_000_000));
        assert_eq!(sum("benefit")["estimated"], true);
        assert_eq!(data["units_present"], 8);
        assert_eq!(data["units_expected"], 8);
        assert_eq!(data["complete"], true);

        let units = data["units"].as_array().expect("units is a list");
        assert_eq!(units.len(), 8, "{rel}");
        // Every unit's rank and percent as the ranking table on the page shows them.
        let page = table_rows(&b.main_of(&format!("{dir}index.html")), "ranking");
        for u in units {
            let name = u["name"].as_str().unwrap();
            let shown = row(&page, name);
            let rank = &u["rank_among_units_present"]["national"];
            assert_eq!(rank.to_string(), shown[0], "{rel}: rank of {name}");
            let percent = &shown[8];
            match u["percent_of_target"]["initiatives"].as_f64() {
                Some(p) => {
                    let written = format!("{p:.1}%");
                    let written = if code == "vi" {
                        written.replace('.', ",")
                    } else {
                        written
                    };
                    assert_eq!(&written, percent, "{rel}: percent of {name}");
                }
                None => assert_eq!(percent, "", "{rel}: {name} has no target"),
            }
        }
        let lai_chau = units.iter().find(|u| u["id"] == "lai-chau").unwrap();
        assert_eq!(
            lai_chau["name"],
            if code == "vi" {
                "Lai Châu"
            } else {
                "Lai Chau"
            }
        );
        assert_eq!(lai_chau["rank_among_units_present"]["cluster"], 1);
        assert_eq!(lai_chau["reported_rank"]["national"], 2);
        assert_eq!(lai_chau["reported_rank"]["cluster"], 1);
        assert_eq!(
            lai_chau["values"]["initiatives"]["value"].as_i64(),
            Some(3666)
        );
        assert!(lai_chau["values"]["initiatives"]["value"].is_i64());
        let sources = lai_chau["sources"].as_array().expect("sources is a list");
        assert!(!sources.is_empty(), "{rel}");
        assert!(sources[0]["title"].is_string() && sources[0]["url"].is_string());
        assert_eq!(lai_chau["values"]["benefit"]["qualifier"], "over");
        assert_eq!(lai_chau["values"]["benefit"]["estimated"], true);
    }
}

// ---------------------------------------------------------------------------------------------
// 6. The same statistics give the same bytes
// ---------------------------------------------------------------------------------------------

#[test]
fn results_are_deterministic() {
    let first = results_ok();
    let second = results_ok();
    let (a, b) = (files_under(&first.out), files_under(&second.out));
    assert!(a.keys().any(|k| k.ends_with("data.json")), "{:?}", a.keys());
    assert_same_files(&a, &b);
}

/// The fixture itself, copied elsewhere, builds the same: nothing depends on where it lies.
#[test]
fn results_do_not_depend_on_the_site_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("nơi khác");
    copy_dir(&fixture("results_ok"), &root);
    let moved = assert_ok(build_site(&root, &[]));
    let here = results_ok();
    assert!(
        files_under(&moved.out) == files_under(&here.out),
        "the output depends on the site folder"
    );
}

/// Tied units share a rank (2, 2); a source that numbers them one after the other (2 and 3)
/// is not contradicting itself, but a rank past the tie is.
#[test]
fn reported_ranks_of_tied_units_may_count_on() {
    let (_tmp, root) = copy_fixture("results_rank_complete");
    let units = root.join("content/results/thi-dua/units");
    let unit = |name: &str, national: u32| {
        format!(
            "name: {{vi: \"{name}\", en: \"{name}\"}}\nkind: province\nvalues:\n  initiatives: 3666\nreported:\n  rank: {{national: {national}}}\n"
        )
    };
    fs::write(units.join("ha-noi.yaml"), unit("Hà Nội", 3)).unwrap();
    fs::write(units.join("lai-chau.yaml"), unit("Lai Châu", 2)).unwrap();
    let run = check(&root);
    assert_eq!(
        (run.code, run.stderr_lines()),
        (0, vec!["0 errors, 0 warnings"])
    );

    fs::write(units.join("lai-chau.yaml"), unit("Lai Châu", 4)).unwrap();
    let run = check(&root);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr_lines()[0],
        "content/results/thi-dua/units/lai-chau.yaml:6:20: the reported national rank is 4, but by initiatives the unit ranks 2; check the rank or the figures"
    );
}
