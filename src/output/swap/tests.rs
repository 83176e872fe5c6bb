//! The commit: staging, the atomic swap, and what killed builds leave beside the output.
use std::collections::BTreeMap;
use std::path::PathBuf;

use super::*;

fn page(path: &str, text: &str) -> OutputFile {
    OutputFile {
        path: path.into(),
        content: Content::bytes(text.as_bytes().to_vec()),
        origin: PathBuf::from("content").join(path),
    }
}

/// Every file under `dir` by its `/`-separated path, with its text.
fn contents(dir: &Path) -> BTreeMap<String, String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
            let text = fs::read_to_string(e.path()).unwrap_or_default();
            (rel.to_string_lossy().replace('\\', "/"), text)
        })
        .collect()
}

/// The names in `dir` other than `keep`.
fn beside(dir: &Path, keep: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n != keep)
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn committed(output: &Path, files: &[OutputFile]) {
    if let Err(e) = commit(output, files) {
        panic!("the commit failed: {e:?}");
    }
}

#[test]
fn a_commit_writes_every_file_and_the_marker_and_leaves_nothing_beside() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("public");
    let files = [
        page("index.html", "home"),
        page("tin-tuc/a/index.html", "a"),
    ];
    assert!(matches!(commit(&out, &files), Ok(2)));
    let written = contents(&out);
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        [MARKER, "index.html", "tin-tuc/a/index.html"]
    );
    assert_eq!(written["tin-tuc/a/index.html"], "a");
    assert_eq!(beside(tmp.path(), "public"), Vec::<String>::new());
}

#[test]
fn a_commit_replaces_the_whole_previous_output() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("public");
    committed(
        &out,
        &[page("index.html", "v1"), page("old/index.html", "gone")],
    );
    let copied = tmp.path().join("logo.svg");
    fs::write(&copied, "<svg/>").expect("a static file");
    let files = [
        page("index.html", "v2"),
        OutputFile {
            path: "logo.svg".into(),
            content: Content::Copy(copied),
            origin: "static/logo.svg".into(),
        },
    ];
    committed(&out, &files);
    let written = contents(&out);
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        [MARKER, "index.html", "logo.svg"]
    );
    assert_eq!(
        (&*written["index.html"], &*written["logo.svg"]),
        ("v2", "<svg/>")
    );
    assert_eq!(beside(tmp.path(), "public"), ["logo.svg"]);
}

#[test]
fn a_failed_write_leaves_the_previous_output_untouched_and_no_staging() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("public");
    committed(
        &out,
        &[page("index.html", "good"), page("a/index.html", "a")],
    );
    let before = contents(&out);
    let files = [
        page("index.html", "new"),
        OutputFile {
            path: "missing.png".into(),
            content: Content::Copy(tmp.path().join("no-such-file.png")),
            origin: "static/missing.png".into(),
        },
    ];
    match commit(&out, &files) {
        Err(Failure::Tool(e)) => assert!(e.to_string().contains("no-such-file.png"), "{e}"),
        other => panic!("a file that cannot be copied fails the commit: {other:?}"),
    }
    assert_eq!(contents(&out), before);
    assert_eq!(beside(tmp.path(), "public"), Vec::<String>::new());
}

#[test]
fn only_this_outputs_leftovers_with_a_process_id_are_recognised() {
    for (file_name, want) in [
        (".public.staging-123", Some(Leftover::Staging)),
        (".public.old-7", Some(Leftover::Old)),
        (".public.staging-", None),
        (".public.staging-12x", None),
        (".public.old-", None),
        (".public.lock", None),
        (".publicity.staging-5", None),
        ("public.staging-5", None),
        (".other.old-5", None),
    ] {
        assert!(leftover(file_name, "public") == want, "{file_name}");
    }
}

#[test]
fn leftovers_are_cleared_and_folders_of_others_kept() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("public");
    committed(&out, &[page("index.html", "good")]);
    let folder = |name: &str, files: &[&str]| {
        let dir = tmp.path().join(name);
        fs::create_dir_all(&dir).expect("a leftover folder");
        for f in files {
            fs::write(dir.join(f), "left").expect("a leftover file");
        }
    };
    folder(".public.staging-41", &[MARKER, "half.html"]);
    folder(".public.old-42", &[MARKER, "index.html"]);
    folder(".public.staging-43", &[]);
    folder(".public.staging-44", &["notes.txt"]);
    committed(&out, &[page("index.html", "next")]);
    assert_eq!(beside(tmp.path(), "public"), [".public.staging-44"]);
    assert_eq!(contents(&out)["index.html"], "next");
}

/// A build killed between the two renames of the fallback swap left the previous output as
/// `.public.old-<pid>` and no output: it is put back before anything else.
#[test]
fn a_previous_output_left_between_two_renames_is_put_back() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let out = tmp.path().join("public");
    committed(&out, &[page("index.html", "previous")]);
    let old = tmp.path().join(".public.old-42");
    fs::rename(&out, &old).expect("the kill between two renames");
    if let Err(e) = remove_stale(tmp.path(), "public", &out) {
        panic!("{e}");
    }
    assert!(!old.exists());
    assert_eq!(contents(&out)["index.html"], "previous");
}
