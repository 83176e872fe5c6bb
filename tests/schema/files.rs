//! Every site.yaml, campaign.yaml, unit file and front matter that campaign-site accepts in this
//! repository is valid by the schemas: the example site, the starter site of `init`, and each
//! fixture that builds (less the files its `check` refuses).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use campaign_site::Failure;
use campaign_site::diagnostics::display_path;

use crate::{Kind, Schemas, common};

/// The files of the site at `root` that a schema describes, each with its kind, by their path
/// relative to the root.
fn described_files(root: &Path) -> Vec<(String, Kind)> {
    let mut out = Vec::new();
    if root.join("site.yaml").is_file() {
        out.push(("site.yaml".to_owned(), Kind::Site));
    }
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let entry = entry.expect("a readable folder entry");
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = display_path(entry.path().strip_prefix(root).expect("under the root"));
        if let Some(kind) = Kind::of(&rel) {
            out.push((rel, kind));
        }
    }
    out
}

/// Checks every described file of `root` but those in `skip`; returns how many were checked.
fn assert_valid(schemas: &Schemas, root: &Path, skip: &BTreeSet<String>) -> usize {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (rel, kind) in described_files(root) {
        if skip.contains(&rel) {
            continue;
        }
        let bytes = std::fs::read(root.join(&rel)).expect("a readable file");
        let text = campaign_site::text::decode_text(&bytes).expect("UTF-8");
        for p in schemas.problems(kind, &text) {
            problems.push(format!("{}/{rel}: {p}", root.display()));
        }
        checked += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    checked
}

#[test]
fn the_example_site_is_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let checked = assert_valid(&Schemas::compiled(), root, &BTreeSet::new());
    let kinds: BTreeSet<String> = described_files(root)
        .iter()
        .map(|(_, k)| format!("{k:?}"))
        .collect();
    assert_eq!(kinds.len(), 4, "every kind of file is in the example site");
    assert!(checked > 10, "{checked} files");
}

#[test]
fn the_starter_site_is_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cmd/starter");
    let checked = assert_valid(&Schemas::compiled(), &root, &BTreeSet::new());
    assert!(checked >= 8, "{checked} files");
}

/// Every fixture that builds: its files are valid, but for those `check` reports an error in
/// (a contradiction of the statistics, a broken link), which a schema may refuse too.
#[test]
fn every_fixture_that_builds_is_valid() {
    let schemas = Schemas::compiled();
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(common::fixture(""))
        .expect("tests/fixtures")
        .map(|e| e.expect("a fixture").path())
        .filter(|p| p.join("site.yaml").is_file())
        .collect();
    fixtures.sort();
    let mut built = 0;
    let mut checked = 0;
    for root in &fixtures {
        let diags = match campaign_site::cmd::check::run(root, false) {
            Ok(report) => report.problems,
            Err(Failure::Site(_)) => continue,
            Err(e) => panic!("{}: {e:?}", root.display()),
        };
        let refused: BTreeSet<String> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| display_path(&d.path))
            .collect();
        built += 1;
        checked += assert_valid(&schemas, root, &refused);
    }
    assert!(built >= 10, "{built} fixtures build");
    assert!(checked >= 40, "{checked} files checked");
}
