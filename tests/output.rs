//! The output folder is never lost: a failed build leaves it byte for byte, and folders that
//! campaign-site did not make are never replaced.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn build(root: &Path, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_campaign-site"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .output()
        .expect("the binary runs")
}

fn site(dir: &Path) -> PathBuf {
    let root = dir.join("site");
    fs::create_dir_all(root.join("content/news")).unwrap();
    fs::write(
        root.join("site.yaml"),
        "title: {vi: \"Thử\", en: \"Test\"}\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  vi: {name: \"Tiếng Việt\"}\n  en: {name: \"English\"}\n",
    )
    .unwrap();
    fs::write(
        root.join("content/news/a.vi.md"),
        "---\ntitle: Một\ndate: 2023-09-07\n---\n\nBài một.\n",
    )
    .unwrap();
    root
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    assert!(build(&root, &out).status.success());
    let before = snapshot(&out);
    assert!(before.contains_key(Path::new("news/a/index.html")));
    assert!(before.contains_key(Path::new(".campaign-site")));

    fs::write(
        root.join("content/news/b.vi.md"),
        "---\ntitle: Hai\ndate: 07/09/2023\n---\n",
    )
    .unwrap();
    let failed = build(&root, &out);
    assert_eq!(failed.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("content/news/b.vi.md:3:7: date \"07/09/2023\" is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the output folder was not changed"),
        "{stderr}"
    );
    assert_eq!(snapshot(&out), before);
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "no staging folder is left behind: {leftovers:?}"
    );

    fs::write(
        root.join("content/news/b.vi.md"),
        "---\ntitle: Hai\ndate: 2023-09-08\n---\n",
    )
    .unwrap();
    assert!(build(&root, &out).status.success());
    assert!(out.join("news/b/index.html").is_file());
}

#[test]
fn removed_pages_disappear_from_the_next_output() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    fs::write(
        root.join("content/news/old.vi.md"),
        "---\ntitle: Cũ\ndate: 2023-01-01\n---\n",
    )
    .unwrap();
    assert!(build(&root, &out).status.success());
    assert!(out.join("news/old/index.html").is_file());
    fs::remove_file(root.join("content/news/old.vi.md")).unwrap();
    assert!(build(&root, &out).status.success());
    assert!(!out.join("news/old").exists());
}

#[test]
fn folders_campaign_site_did_not_make_are_never_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let foreign = tmp.path().join("photos");
    fs::create_dir_all(&foreign).unwrap();
    fs::write(foreign.join("family.jpg"), b"precious").unwrap();
    let r = build(&root, &foreign);
    assert_eq!(r.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(
        stderr.contains("it was not made by campaign-site"),
        "{stderr}"
    );
    assert_eq!(fs::read(foreign.join("family.jpg")).unwrap(), b"precious");

    for (target, why) in [
        (root.clone(), "it is the site folder or holds it"),
        (
            tmp.path().to_path_buf(),
            "it is the site folder or holds it",
        ),
        (
            root.join("content/out"),
            "inside the site's content/ folder",
        ),
    ] {
        let r = build(&root, &target);
        assert_eq!(r.status.code(), Some(2), "{}", target.display());
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert!(stderr.contains(why), "{stderr}");
    }
    assert!(root.join("content/news/a.vi.md").is_file());
}

#[test]
fn the_same_input_builds_byte_identical_output() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    fs::write(
        root.join("content/news/a.en.md"),
        "---\ntitle: One\ndate: 2023-09-07\ntags: [a, b]\n---\n\nOne.\n",
    )
    .unwrap();
    let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
    assert!(build(&root, &one).status.success());
    assert!(build(&root, &two).status.success());
    assert_eq!(snapshot(&one), snapshot(&two));
}
