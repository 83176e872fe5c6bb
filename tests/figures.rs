//! Figures as editors type them, and keys written twice, in every kind of YAML file: each is
//! an error at the exact place of the value, with what to write, and the build writes nothing.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::*;

const UNIT: &str = "content/results/thi-dua/units/lai-chau.yaml";
const CAMPAIGN: &str = "content/results/thi-dua/campaign.yaml";

/// The fixture's Lai Châu with `initiatives:` (line 7, value at column 16) written as `value`.
fn unit_with_initiatives(value: &str) -> String {
    format!(
        "name: {{vi: \"Lai Châu\", en: \"Lai Chau\"}}\nkind: province\ncluster: cum-a\nas_of: 2023-09-01\ntarget: {{initiatives: 2300}}\nvalues:\n  initiatives: {value}\n  members: 5000\n"
    )
}

/// The fixture's Lai Châu with its figures in one `{...}` map (line 6, initiatives at 23).
const UNIT_FLOW: &str = "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: province\ncluster: cum-a\nas_of: 2023-09-01\ntarget: {initiatives: 2300}\nvalues: {initiatives: 3666, members: 5000}\n";

/// `results_min` with `files` (path, text) written over it: `build` and `check` both fail with
/// exactly `problems`, and the build writes nothing.
#[track_caller]
fn fails_with(files: &[(&str, &str)], problems: &[&str]) {
    fails_unchecked(files, problems, 0);
}

/// `fails_with`, when `unchecked` files could not be checked at all.
#[track_caller]
fn fails_unchecked(files: &[(&str, &str)], problems: &[&str], unchecked: usize) {
    let (_tmp, root) = copy_fixture("results_min");
    write(&root, files);
    let b = build_site(&root, &[]);
    assert_fails_unchecked(&b, problems, unchecked);
    let run = check(&root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines = run.stderr_lines();
    assert_eq!(lines[..lines.len() - 1], problems[..], "stderr of check");
}

/// `results_min` with `files` written over it: `build` warns with exactly `problems` and
/// publishes; `check` reports them as errors (CONTENT.md §7: contradictions).
#[track_caller]
fn warns_with(files: &[(&str, &str)], problems: &[&str]) {
    let (_tmp, root) = copy_fixture("results_min");
    write(&root, files);
    let b = build_site(&root, &[]);
    let warned: Vec<String> = problems
        .iter()
        .map(|p| p.replacen(": ", ": warning: ", 1))
        .collect();
    assert_eq!(b.run.stderr_lines(), warned, "stderr of build");
    assert_eq!(b.run.code, 0);
    let run = check(&root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines = run.stderr_lines();
    assert_eq!(lines[..lines.len() - 1], problems[..], "stderr of check");
}

fn write(root: &Path, files: &[(&str, &str)]) {
    for (rel, text) in files {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

#[test]
fn counts_written_the_vietnamese_way_are_errors_with_the_number_meant() {
    let separator = |t: &str, n: &str| {
        format!(
            "\"{t}\" is written with a thousands separator; write {n} (digits only, no points, commas or spaces)"
        )
    };
    let fraction = |t: &str, n: &str| {
        format!(
            "\"{t}\" has a fraction, but this figure counts whole things; write the whole number, like {n}"
        )
    };
    let not_a_figure = |t: &str| {
        format!(
            "\"{t}\" is not a figure (it means \"not a number\" or infinity); write the figure in digits, like 3666"
        )
    };
    let cases: Vec<(&str, String)> = vec![
        ("3.666", separator("3.666", "3666")),
        ("1.000.000", separator("1.000.000", "1000000")),
        ("3,666", separator("3,666", "3666")),
        ("1 000", separator("1 000", "1000")),
        ("3.666,5", fraction("3.666,5", "3666")),
        ("12.5", fraction("12.5", "12")),
        (".nan", not_a_figure(".nan")),
        (".inf", not_a_figure(".inf")),
        (
            "99999999999999999999",
            "the figure 99999999999999999999 has too many digits; figures from -9007199254740991 to 9007199254740991 can be published exactly, check the number".into(),
        ),
        (
            "\"3666\"",
            "\"3666\" is in quotes, which makes it a text; write the number without quotes: 3666"
                .into(),
        ),
    ];
    for (written, message) in cases {
        fails_with(
            &[(UNIT, &unit_with_initiatives(written))],
            &[&format!("{UNIT}:7:16: values.initiatives: {message}")],
        );
    }
}

#[test]
fn figures_inside_maps_targets_and_breakdowns_are_read_the_same_way() {
    let text = "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\nkind: province\ntarget: {initiatives: 2.300}\nvalues:\n  initiatives: {value: 3.666, qualifier: over}\nbreakdown:\n  - name: Khối A\n    values: {members: 1.000}\n";
    fails_with(
        &[(UNIT, text)],
        &[
            &format!(
                "{UNIT}:3:23: target.initiatives: \"2.300\" is written with a thousands separator; write 2300 (digits only, no points, commas or spaces)"
            ),
            &format!(
                "{UNIT}:5:24: values.initiatives: \"3.666\" is written with a thousands separator; write 3666 (digits only, no points, commas or spaces)"
            ),
            &format!(
                "{UNIT}:8:23: breakdown[0].values.members: \"1.000\" is written with a thousands separator; write 1000 (digits only, no points, commas or spaces)"
            ),
        ],
    );
}

#[test]
fn a_control_character_inside_a_figure_is_an_error_not_dropped() {
    // The file cannot be read as YAML, so nothing else of it is checked.
    fails_unchecked(
        &[(UNIT, &unit_with_initiatives("3\u{0}1"))],
        &[&format!(
            "{UNIT}:7:17: an invisible control character (U+0000) is written here; delete it"
        )],
        1,
    );
}

#[test]
fn a_published_percent_with_a_decimal_comma_or_a_sign_is_explained() {
    let block = format!(
        "{}reported:\n  percent_of_target:\n    initiatives: 159,39\n",
        unit_with_initiatives("3666")
    );
    fails_with(
        &[(UNIT, &block)],
        &[&format!(
            "{UNIT}:11:18: reported.percent_of_target.initiatives: \"159,39\" is written with a decimal comma; write it with a point: 159.39"
        )],
    );
    // In a map written on one line the comma separates entries: "39" reads as a key.
    let flow = format!(
        "{}reported:\n  percent_of_target: {{initiatives: 159,39}}\n",
        unit_with_initiatives("3666")
    );
    fails_with(
        &[(UNIT, &flow)],
        &[&format!(
            "{UNIT}:10:36: reported.percent_of_target.initiatives: \"159,39\" is read as several entries, because a comma separates the entries of a {{...}} map; write it with a point: 159.39"
        )],
    );
    // A count with a thousands comma in a map on one line would publish 3, not 3666.
    let count = UNIT_FLOW.replace("3666", "3,666");
    fails_with(
        &[(UNIT, &count)],
        &[&format!(
            "{UNIT}:6:23: values.initiatives: \"3,666\" is read as several entries, because a comma separates the entries of a {{...}} map; write 3666 without separators"
        )],
    );
    let million = UNIT_FLOW.replace("3666", "1,000,000");
    fails_with(
        &[(UNIT, &million)],
        &[&format!(
            "{UNIT}:6:23: values.initiatives: \"1,000,000\" is read as several entries, because a comma separates the entries of a {{...}} map; write 1000000 without separators"
        )],
    );
    let no_space = UNIT_FLOW.replace("members: 5000", "members:5000");
    fails_with(
        &[(UNIT, &no_space)],
        &[&format!(
            "{UNIT}:6:29: \"members:5000\" has no space after its colon, so it is read as one name; write members: 5000"
        )],
    );
    let sign = format!(
        "{}reported:\n  percent_of_target: {{initiatives: 159%}}\n",
        unit_with_initiatives("3666")
    );
    fails_with(
        &[(UNIT, &sign)],
        &[&format!(
            "{UNIT}:10:36: reported.percent_of_target.initiatives: \"159%\" has a % sign; write the number alone: 159"
        )],
    );
}

/// A key written twice, in each kind of YAML file the tool reads: an error at the second.
#[test]
fn keys_written_twice_are_errors_in_every_kind_of_file() {
    let twice = |key: &str, first: usize| {
        format!(
            "the key \"{key}\" is written twice in this map (first on line {first}); keep one of them"
        )
    };
    let unit = format!("{}  initiatives: 4000\n", unit_with_initiatives("3666"));
    fails_with(
        &[(UNIT, &unit)],
        &[&format!("{UNIT}:9:3: {}", twice("initiatives", 7))],
    );

    let campaign = fs::read_to_string(fixture("results_min").join(CAMPAIGN)).unwrap();
    let clusters = format!("{campaign}  cum-a: {{vi: \"Cụm B\", en: \"Cluster B\"}}\n");
    fails_with(
        &[(CAMPAIGN, &clusters)],
        &[&format!("{CAMPAIGN}:10:3: {}", twice("cum-a", 9))],
    );
    let metrics = campaign.replace(
        "rank_by:",
        "  initiatives: {label: X, kind: count}\nrank_by:",
    );
    fails_with(
        &[(CAMPAIGN, &metrics)],
        &[&format!("{CAMPAIGN}:6:3: {}", twice("initiatives", 4))],
    );

    let site = fs::read_to_string(fixture("results_min").join("site.yaml")).unwrap();
    fails_with(
        &[("site.yaml", &format!("{site}paginate: 10\n"))],
        &[&format!("site.yaml:12:1: {}", twice("paginate", 11))],
    );

    let article = "---\ntitle: A\ndate: 2023-09-07\ntitle: B\n---\nText.\n";
    // With its translation, so that `check` has nothing more to say of the file (it is read).
    let english = "---\ntitle: A\ndate: 2023-09-07\n---\nText.\n";
    fails_with(
        &[
            ("content/news/a.vi.md", article),
            ("content/news/a.en.md", english),
        ],
        &[&format!("content/news/a.vi.md:4:1: {}", twice("title", 2))],
    );
}

/// The theme's interface texts too: this is how a table header once read "Chia sẻ bài viết".
#[test]
fn an_interface_text_written_twice_is_an_error() {
    let (_tmp, root) = copy_fixture("results_min");
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n/vi.yaml");
    let strings = fs::read_to_string(builtin).unwrap();
    let lines = strings.lines().count();
    let rel = "themes/default/i18n/vi.yaml";
    write(&root, &[(rel, &format!("{strings}home: \"Trang nhà\"\n"))]);
    let first = strings
        .lines()
        .position(|l| l.starts_with("home:"))
        .unwrap()
        + 1;
    let b = build_site(&root, &[]);
    assert_fails_with(
        &b,
        &[
            NO_PAGES,
            &format!(
                "{rel}:{}:1: the key \"home\" is written twice in this map (first on line {first}); keep one of them",
                lines + 1
            ),
        ],
    );
}

#[test]
fn the_default_theme_writes_no_interface_text_twice() {
    let b = build_fixture("results_min", &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    for page in [
        "results/thi-dua/lai-chau/index.html",
        "en/results/thi-dua/lai-chau/index.html",
    ] {
        let main = b.main_of(page);
        assert_lacks(&main, "Chia sẻ bài viết");
        assert_lacks(&main, "Share this article");
    }
}

/// Every unknown key of a file is reported in one run, each at its key.
#[test]
fn every_unknown_key_of_a_unit_file_is_reported_at_once() {
    let text = format!(
        "{}note: x\nsources:\n  - {{title: T, link: \"https://example.org/\"}}\n",
        unit_with_initiatives("3666")
    );
    let keys = "name, kind, cluster, as_of, target, values, breakdown, reported, sources, honours, succeeded_by";
    fails_with(
        &[(UNIT, &text)],
        &[
            &format!(
                "{UNIT}:9:1: unknown key \"note\"; the keys that can be used here are: {keys}"
            ),
            &format!(
                "{UNIT}:11:16: sources[0]: unknown key \"link\"; the keys that can be used here are: title, url, date"
            ),
        ],
    );
}

#[test]
fn a_source_link_must_be_a_web_address() {
    let text = format!(
        "{}sources:\n  - {{title: T, url: \"javascript:alert(1)\"}}\n  - {{title: U, url: \"https://example.org/bai-viet\"}}\n",
        unit_with_initiatives("3666")
    );
    fails_with(
        &[(UNIT, &text)],
        &[&format!(
            "{UNIT}:10:21: sources[0].url: \"javascript:alert(1)\" is not the address of a web page; write it in full, starting with https://"
        )],
    );
}

#[test]
fn broken_yaml_is_explained_in_plain_words() {
    let tab = unit_with_initiatives("3666").replace("  members", "\tmembers");
    let (_tmp, root) = copy_fixture("results_min");
    write(&root, &[(UNIT, &tab)]);
    let run = check(&root);
    assert_eq!(run.code, 1);
    assert_has(
        &run.stderr,
        &format!("{UNIT}:8:1: a tab is used here; indent with spaces, never tabs"),
    );
    assert_lacks(&run.stderr, "while scanning");
}

/// A contradiction in one file is reported in the same run as an error in another.
#[test]
fn contradictions_are_reported_beside_errors() {
    let negative = "name: {vi: \"Công đoàn Dầu khí\", en: \"Petroleum Union\"}\nkind: sector\nvalues:\n  initiatives: -5\n";
    let (_tmp, root) = copy_fixture("results_min");
    write(
        &root,
        &[
            (UNIT, &unit_with_initiatives("3.666")),
            ("content/results/thi-dua/units/dau-khi.yaml", negative),
        ],
    );
    let b = build_site(&root, &[]);
    let lines = b.run.stderr_lines();
    assert_eq!(lines.len(), 3, "{}", b.run.stderr);
    assert!(
        lines[0].starts_with(
            "content/results/thi-dua/units/dau-khi.yaml:4:16: warning: initiatives is -5"
        ),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(&format!("{UNIT}:7:16: values.initiatives: \"3.666\"")),
        "{}",
        lines[1]
    );
    let run = check(&root);
    assert_eq!(
        run.stderr_lines().last().copied(),
        Some("2 errors, 0 warnings")
    );
}

#[test]
fn campaign_dates_are_checked_once() {
    let campaign = fs::read_to_string(fixture("results_min").join(CAMPAIGN)).unwrap();
    let reversed = format!("{campaign}start: 2024-09-01\nend: 2023-08-31\n");
    warns_with(
        &[(CAMPAIGN, &reversed)],
        &[&format!(
            "{CAMPAIGN}:10:8: the campaign starts on 2024-09-01, after its end on 2023-08-31; check the two dates"
        )],
    );
    let early = format!("{campaign}start: 2024-01-01\nend: 2024-12-31\n");
    let dau_khi = "content/results/thi-dua/units/dau-khi.yaml";
    warns_with(
        &[(CAMPAIGN, &early)],
        &[
            &format!(
                "{dau_khi}:3:8: as_of 2023-09-01 is before the campaign started on 2024-01-01; check the date (the day the figures were counted)"
            ),
            &format!(
                "{UNIT}:4:8: as_of 2023-09-01 is before the campaign started on 2024-01-01; check the date (the day the figures were counted)"
            ),
        ],
    );
}

/// "vượt 209%" may mean "exceeded by 209%": the hint is given only when that reading fits.
#[test]
fn the_exceeded_by_hint_is_given_only_where_it_applies() {
    let with_percent = |p: &str| {
        format!(
            "{}reported:\n  percent_of_target: {{initiatives: {p}}}\n",
            unit_with_initiatives("3666")
        )
    };
    let base = "the reported percent of target for initiatives is";
    warns_with(
        &[(UNIT, &with_percent("59"))],
        &[&format!(
            "{UNIT}:10:36: {base} 59%, but 3,666 of a target of 2,300 is 159.4%; check the figures; a source's \"vượt 59%\" may mean it exceeded the target by 59%, which is 159% of it: then write 159"
        )],
    );
    warns_with(
        &[(UNIT, &with_percent("150"))],
        &[&format!(
            "{UNIT}:10:36: {base} 150%, but 3,666 of a target of 2,300 is 159.4%; check the figures"
        )],
    );
}

/// Targets and published totals that cannot be right, each at its figure.
#[test]
fn impossible_targets_and_totals_are_contradictions() {
    let campaign = fs::read_to_string(fixture("results_min").join(CAMPAIGN)).unwrap();
    let published = campaign.replace(
        "target: {initiatives: 10000}",
        "target: {initiatives: 0}\nreported:\n  totals: {initiatives: 4000}",
    );
    warns_with(
        &[(CAMPAIGN, &published)],
        &[
            &format!(
                "{CAMPAIGN}:7:23: the target for initiatives is 0; a target must be more than 0"
            ),
            &format!(
                "{CAMPAIGN}:9:25: the published total of initiatives is 4,000, but the 2 units present already add up to 4,166; check the published total and the units' figures"
            ),
        ],
    );
    // "Over 4,000" is not contradicted by a sum of 4,166.
    let over = campaign.replace(
        "target: {initiatives: 10000}",
        "target: {initiatives: 10000}\nreported:\n  totals: {initiatives: {value: 4000, qualifier: over}}",
    );
    let (_tmp, root) = copy_fixture("results_min");
    write(&root, &[(CAMPAIGN, &over)]);
    assert_eq!(check(&root).code, 0);
    let unit = unit_with_initiatives("3666").replace("2300", "-1");
    warns_with(
        &[(UNIT, &unit)],
        &[&format!(
            "{UNIT}:5:23: the target for initiatives is -1; a target must be more than 0"
        )],
    );
}
