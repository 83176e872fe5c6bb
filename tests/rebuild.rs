//! A rebuild sends deploy tools only what changed: a file whose bytes did not change keeps its
//! inode and time, a build with no change writes nothing, and the manifest `.campaign-site`
//! lists every file with its SHA-256.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use common::{build, copy_dir, fixture};

/// Every file of the output by path, with its inode and modification time.
fn snapshot(out: &Path) -> BTreeMap<String, (u64, i64, i64)> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let m = e.metadata().expect("a file's metadata");
            let rel = e.path().strip_prefix(out).expect("inside the output");
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, (m.ino(), m.mtime(), m.mtime_nsec()))
        })
        .collect()
}

/// The paths whose file is new, changed or gone between two snapshots.
fn changed(
    before: &BTreeMap<String, (u64, i64, i64)>,
    after: &BTreeMap<String, (u64, i64, i64)>,
) -> Vec<String> {
    let mut paths: Vec<String> = after
        .iter()
        .filter(|(p, s)| before.get(*p) != Some(s))
        .map(|(p, _)| p.clone())
        .collect();
    paths.extend(before.keys().filter(|p| !after.contains_key(*p)).cloned());
    paths.sort();
    paths
}

/// A copy of a small bilingual site without problems, and where its output goes.
fn site() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    copy_dir(&fixture("ok_bilingual"), &root);
    let out = tmp.path().join("public");
    (tmp, root, out)
}

fn built(root: &Path, out: &Path) -> String {
    let run = build(root, out, &["--lang", "en"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.is_empty(),
        "the site builds without problems: {run:?}"
    );
    run.stdout
}

#[test]
fn a_build_with_nothing_changed_writes_no_file_and_says_so() {
    let (_tmp, root, out) = site();
    built(&root, &out);
    let first = snapshot(&out);
    let said = built(&root, &out);
    assert!(
        said.contains("nothing has changed since the last build"),
        "{said}"
    );
    assert_eq!(changed(&first, &snapshot(&out)), Vec::<String>::new());
}

#[test]
fn after_one_edit_only_that_articles_page_its_lists_and_the_index_change() {
    let (_tmp, root, out) = site();
    built(&root, &out);
    let first = snapshot(&out);
    let article = root.join("content/news/khac.vi.md");
    let text = fs::read_to_string(&article).expect("the article");
    fs::write(&article, format!("{text}\nMột câu thêm vào cuối bài.\n")).expect("an edit");
    let said = built(&root, &out);
    assert!(said.starts_with("built "), "{said}");
    let changed = changed(&first, &snapshot(&out));
    assert!(
        changed.contains(&".campaign-site".to_owned()),
        "{changed:?}"
    );
    let page = changed.iter().find(|p| p.ends_with("/khac/index.html"));
    assert!(page.is_some(), "the article's page is written: {changed:?}");
    for p in &changed {
        // The feed carries the article's text; its search index, its words.
        let expected = p == ".campaign-site"
            || p.ends_with("/khac/index.html")
            || p == "atom.xml"
            || p.starts_with("search-index/vi/");
        assert!(
            expected,
            "{p} changed, but the edit does not show there: {changed:?}"
        );
    }
    assert!(
        first.len() > changed.len() * 4,
        "most files are kept: {changed:?}"
    );
}

#[test]
fn a_file_changed_in_the_output_makes_the_next_build_put_it_back() {
    let (_tmp, root, out) = site();
    built(&root, &out);
    let home = out.join("index.html");
    let good = fs::read(&home).expect("the home page");
    fs::write(&home, "changed on the server by hand").expect("a hand edit");
    let said = built(&root, &out);
    assert!(
        said.starts_with("built "),
        "the output is not as built: {said}"
    );
    assert_eq!(fs::read(&home).expect("the home page"), good);
    // That build wrote the home page again; the next one has nothing to do.
    let said = built(&root, &out);
    assert!(said.contains("nothing has changed"), "{said}");
}

#[test]
fn the_manifest_lists_every_file_with_its_sha256() {
    use sha2::{Digest, Sha256};
    let (_tmp, root, out) = site();
    built(&root, &out);
    // From nothing again: the digests of the cards come from what the cache remembers.
    fs::remove_dir_all(&out).expect("the output removed");
    built(&root, &out);
    let manifest = fs::read_to_string(out.join(".campaign-site")).expect("the manifest");
    let listed: BTreeMap<&str, &str> = manifest
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once("  ").map(|(h, p)| (p, h)))
        .collect();
    let files = snapshot(&out);
    let on_disk: Vec<&String> = files.keys().filter(|p| *p != ".campaign-site").collect();
    assert_eq!(listed.keys().collect::<Vec<_>>(), on_disk);
    for (path, hash) in listed {
        let bytes = fs::read(out.join(path)).expect("a listed file");
        let digest: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hash, digest, "{path}");
    }
}

#[test]
fn a_build_with_warnings_runs_again_and_still_writes_no_file() {
    let (_tmp, root, out) = site();
    // A broken link is a warning of the build.
    fs::write(
        root.join("content/news/mot-minh.vi.md"),
        "---\ntitle: \"Một liên kết hỏng\"\ndate: 2023-09-07\n---\n\nXem [đây](/khong-co/).\n",
    )
    .expect("an article");
    let run = build(&root, &out, &["--lang", "en"]);
    assert!(run.code == 0 && !run.stderr.is_empty(), "{run:?}");
    let first = snapshot(&out);
    let again = build(&root, &out, &["--lang", "en"]);
    assert_eq!(again.stderr, run.stderr, "the warnings are said again");
    assert!(again.stdout.starts_with("built "), "{again:?}");
    assert_eq!(changed(&first, &snapshot(&out)), Vec::<String>::new());
}

/// A long archive's pager: the first and last pages, two on each side of the current one, and
/// a gap for the pages between, so its size does not grow with the archive.
#[test]
fn a_long_lists_pager_links_the_ends_and_the_pages_near_the_current_one() {
    let (_tmp, root, out) = site();
    let site_yaml = root.join("site.yaml");
    let text = fs::read_to_string(&site_yaml).expect("site.yaml");
    fs::write(&site_yaml, text.replace("paginate: 20", "paginate: 2")).expect("site.yaml");
    for i in 0..30 {
        let article = format!(
            "---\ntitle: \"Bài số {i}\"\ndate: 2023-01-{:02}\n---\n\nMột đoạn.\n",
            1 + i % 28
        );
        fs::write(root.join(format!("content/news/so-{i}.vi.md")), article).expect("an article");
    }
    build(&root, &out, &["--lang", "en"]);
    let page = fs::read_to_string(out.join("tin-tuc/page/9/index.html")).expect("page 9");
    let pager = &page[page.find("class=\"pagination\"").expect("a pager")..];
    let pager = &pager[..pager.find("</nav>").expect("the pager's end")];
    let numbers: Vec<&str> = pager
        .split("<li>")
        .skip(1)
        .filter_map(|li| {
            let text = li.split('>').nth(1)?.split('<').next()?;
            Some(text).filter(|t| *t == "…" || t.parse::<usize>().is_ok())
        })
        .collect();
    assert_eq!(numbers, ["1", "…", "7", "8", "9", "10", "11", "…", "17"]);
    assert!(
        pager.contains("<span aria-current=\"page\">9</span>"),
        "{pager}"
    );
    assert!(
        pager.contains("<span aria-hidden=\"true\">…</span>"),
        "{pager}"
    );
}
