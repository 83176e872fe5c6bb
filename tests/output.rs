//! The output folder is never lost: a failed build leaves it byte for byte, folders that
//! campaign-site did not make are never replaced, builds of one output never collide, and the
//! output exists at every instant once built.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use campaign_site::Failure;
use campaign_site::output;
use common::{Run, files_under};

/// `build --root <root> --output <out>`.
fn build(root: &Path, out: &Path) -> Run {
    common::build(root, out, &[])
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

/// What builds left beside the output `public` in `dir`: `.public.*` staging folders, previous
/// outputs and the lock file (which stays only where it cannot be removed safely: not Unix).
fn litter(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.") && (cfg!(unix) || n != ".public.lock"))
        .collect();
    names.sort();
    names
}

#[track_caller]
fn assert_success(r: &Run) {
    assert_eq!(r.code, 0, "exit code; stderr: {}", r.stderr);
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    assert_success(&build(&root, &out));
    let before = files_under(&out);
    assert!(before.contains_key("news/a/index.html"));
    assert!(before.contains_key(".campaign-site"));

    fs::write(
        root.join("content/news/b.vi.md"),
        "---\ntitle: Hai\ndate: 07/09/2023\n---\n",
    )
    .unwrap();
    let failed = build(&root, &out);
    assert_eq!(failed.code, 1);
    let stderr = &failed.stderr;
    assert!(
        stderr.contains("content/news/b.vi.md:3:7: date \"07/09/2023\" is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the output folder was not changed"),
        "{stderr}"
    );
    assert_eq!(files_under(&out), before);
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
    assert_success(&build(&root, &out));
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
    assert_success(&build(&root, &out));
    assert!(out.join("news/old/index.html").is_file());
    fs::remove_file(root.join("content/news/old.vi.md")).unwrap();
    assert_success(&build(&root, &out));
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
    assert_eq!(r.code, 2);
    let stderr = &r.stderr;
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
        assert_eq!(r.code, 2, "{}", target.display());
        let stderr = &r.stderr;
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
    assert_success(&build(&root, &one));
    assert_success(&build(&root, &two));
    assert_eq!(files_under(&one), files_under(&two));
}

#[test]
fn concurrent_builds_of_one_output_all_succeed_and_leave_no_litter() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    // Enough files that the builds overlap while they write.
    fs::create_dir_all(root.join("static/files")).unwrap();
    for i in 0..400 {
        fs::write(
            root.join(format!("static/files/{i}.txt")),
            format!("file {i}\n"),
        )
        .unwrap();
    }
    let single = tempfile::tempdir().unwrap();
    assert_success(&build(&root, &single.path().join("public")));
    let want = files_under(&single.path().join("public"));

    let out = tmp.path().join("public");
    // 30 builds, six at a time; the first ones find no output at all.
    let runs: Vec<Run> = std::thread::scope(|s| {
        let builders: Vec<_> = (0..6)
            .map(|_| s.spawn(|| (0..5).map(|_| build(&root, &out)).collect::<Vec<_>>()))
            .collect();
        builders
            .into_iter()
            .flat_map(|b| b.join().unwrap())
            .collect()
    });
    assert_eq!(runs.len(), 30);
    for r in &runs {
        assert_success(r);
    }
    assert_eq!(litter(tmp.path()), Vec::<String>::new());
    assert_eq!(files_under(&out), want);
}

#[test]
fn folders_left_by_a_killed_build_are_removed_by_the_next() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    assert_success(&build(&root, &out));
    let want = files_under(&out);
    let folder = |name: &str, files: &[&str]| {
        let dir = tmp.path().join(name);
        fs::create_dir_all(dir.join("news")).unwrap();
        for f in files {
            fs::write(dir.join(f), b"left by a killed build").unwrap();
        }
        dir
    };
    let removed = [
        folder(".public.staging-123", &[".campaign-site", "news/half.html"]),
        folder(".public.old-456", &[".campaign-site", "index.html"]),
        folder(".public.staging-7", &[]),
    ];
    fs::remove_dir(removed[2].join("news")).unwrap();
    // Not this tool's leftovers of this output: no marker, another output, not a process id.
    let kept = [
        folder(".public.staging-99", &["notes.txt"]),
        folder(".publicity.staging-5", &[".campaign-site"]),
        folder(".public.staging-12x", &[".campaign-site"]),
    ];

    assert_success(&build(&root, &out));
    for dir in &removed {
        assert!(!dir.exists(), "{} is removed", dir.display());
    }
    for dir in &kept {
        assert!(dir.exists(), "{} is kept", dir.display());
    }
    assert_eq!(
        fs::read(kept[0].join("notes.txt")).unwrap(),
        b"left by a killed build"
    );
    assert_eq!(files_under(&out), want);
}

#[test]
fn a_previous_output_left_between_two_renames_is_replaced_by_the_next_build() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    assert_success(&build(&root, &out));
    let want = files_under(&out);
    // What the two-rename fallback leaves when killed between its renames: no output at all.
    fs::rename(&out, tmp.path().join(".public.old-456")).unwrap();
    assert_success(&build(&root, &out));
    assert_eq!(litter(tmp.path()), Vec::<String>::new());
    assert_eq!(files_under(&out), want);
}

#[test]
fn a_second_build_waits_for_the_first_then_gives_up_after_a_bounded_time() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    let Ok(held) = output::lock(&out, Duration::ZERO) else {
        panic!("a free lock is taken at once");
    };
    assert!(tmp.path().join(".public.lock").is_file());
    assert!(
        !out.exists(),
        "the lock file is beside the output, not in it"
    );

    match output::lock(&out, Duration::from_millis(100)) {
        Err(Failure::Site(report)) => {
            let text = report.problems[0].to_string();
            assert!(
                text.starts_with(&format!(
                    "{}: another build of this site is running",
                    out.display()
                )),
                "{text}"
            );
            assert!(text.contains("gave up after waiting 0.1 s"), "{text}");
        }
        Err(Failure::Tool(e)) => panic!("a held lock is a problem of the site, not {e}"),
        Ok(_) => panic!("a held lock is not taken twice"),
    }

    let started = Instant::now();
    let r = std::thread::scope(|s| {
        s.spawn(|| {
            std::thread::sleep(Duration::from_millis(500));
            drop(held);
        });
        build(&root, &out)
    });
    assert_success(&r);
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "the build waited"
    );
    assert!(out.join("news/a/index.html").is_file());
    assert_eq!(litter(tmp.path()), Vec::<String>::new());
}

/// Only Linux swaps in one step; elsewhere the output is missing for a moment at every swap.
#[cfg(target_os = "linux")]
#[test]
fn the_output_exists_at_every_instant_during_rebuilds() {
    let tmp = tempfile::tempdir().unwrap();
    let root = site(tmp.path());
    let out = tmp.path().join("public");
    assert_success(&build(&root, &out));
    let index = out.join("index.html");
    assert!(index.is_file());
    let done = AtomicBool::new(false);
    let (checks, misses, runs) = std::thread::scope(|s| {
        let reader = s.spawn(|| {
            let (mut checks, mut misses) = (0u64, 0u64);
            while !done.load(Ordering::Relaxed) {
                checks += 1;
                misses += u64::from(!index.is_file());
            }
            (checks, misses)
        });
        let builders: Vec<_> = (0..2)
            .map(|_| s.spawn(|| (0..6).map(|_| build(&root, &out)).collect::<Vec<_>>()))
            .collect();
        let runs: Vec<Run> = builders
            .into_iter()
            .flat_map(|b| b.join().unwrap_or_default())
            .collect();
        done.store(true, Ordering::Relaxed);
        let (checks, misses) = reader.join().unwrap();
        (checks, misses, runs)
    });
    assert_eq!(runs.len(), 12, "every build ran");
    for r in &runs {
        assert_success(r);
    }
    assert!(checks > 100, "the reader ran ({checks} checks)");
    assert_eq!(
        misses, 0,
        "index.html was missing in {misses} of {checks} checks"
    );
}
