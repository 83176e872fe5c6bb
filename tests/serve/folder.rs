//! serve writes each build's pages into a folder of `.cache/serve/` instead of holding them: a
//! page an edit did not change is the same file (a hard link) in the next build's folder and is
//! served as it was, only the two newest builds are kept; a serve told to stop removes its
//! folder, and a killed serve's folder is removed by the next serve of the site. A folder
//! removed while serving is made again.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::serve::{PATIENCE, Server};
use crate::sample_site;

/// What `.cache/serve/` holds: a folder and its lock beside it per running or killed serve.
fn serves(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(root.join(".cache/serve"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

/// The names of the build folders in one serve's folder, in the order they were made.
fn builds(serve: &Path) -> Vec<u64> {
    let mut found: Vec<u64> = fs::read_dir(serve)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect();
    found.sort();
    found
}

/// Waits until `done` holds (folders are removed beside the serving).
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < PATIENCE, "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn retitle(article: &Path, title: &str) {
    fs::write(
        article,
        format!(
            "---\ntitle: \"{title}\"\ndate: 2023-09-30T17:00:00+07:00\nunit: lai-chau\n---\n\nLai Châu có 3.666 sáng kiến.\n"
        ),
    )
    .unwrap();
}

#[test]
#[cfg(unix)]
fn pages_are_served_from_a_folder_an_unchanged_page_is_the_same_file_and_old_builds_go() {
    use std::os::unix::fs::MetadataExt;
    let (_tmp, root) = sample_site();
    let killed = {
        let server = Server::start(&root, &[]);
        assert!(server.get("/").text().contains("<html"));
        serves(&root)
    };
    assert_eq!(killed.len(), 2, "a folder and its lock: {killed:?}");
    let mut server = Server::start(&root, &[]);
    let mut events = server.events();
    eventually("a killed serve's folder is removed by the next", || {
        serves(&root).iter().all(|p| !killed.contains(p))
    });
    let mine = serves(&root);
    assert_eq!(mine.len(), 2, "{mine:?}");
    let serve = mine.iter().find(|p| p.is_dir()).unwrap();
    assert_eq!(builds(serve), [1]);
    let other = "tin-khac/index.html";
    let first = fs::metadata(serve.join("1/news").join(other)).unwrap();
    let before = server.get("/news/tin-khac/").text();

    let article = root.join("content/news/lai-chau-tong-ket.vi.md");
    retitle(&article, "Hội nghị tổng kết ở Lai Châu");
    events.wait_for("reload", PATIENCE);
    assert!(
        server
            .get("/news/")
            .text()
            .contains("Hội nghị tổng kết ở Lai Châu")
    );
    assert_eq!(
        server.get("/news/tin-khac/").text(),
        before,
        "an unchanged page"
    );
    let second = fs::metadata(serve.join("2/news").join(other)).unwrap();
    assert_eq!(
        first.ino(),
        second.ino(),
        "the unchanged page is the same file"
    );
    let built = server.stdout();
    let line = built.lines().rfind(|l| l.starts_with("built ")).unwrap();
    assert!(!line.contains(" 0 unchanged"), "pages are reused: {line}");

    for (i, title) in ["Lần hai", "Lần ba"].into_iter().enumerate() {
        retitle(&article, title);
        events.wait_for("reload", PATIENCE);
        assert!(server.get("/news/").text().contains(title), "edit {i}");
    }
    eventually("only the two newest builds are kept", || {
        let kept = builds(serve);
        kept.len() == 2 && kept[0] >= 3
    });
    // `.cache/` removed while serving: the next save is served whole, into a new folder.
    fs::remove_dir_all(root.join(".cache")).unwrap();
    retitle(&article, "Lần bốn");
    events.wait_for("reload", PATIENCE);
    assert!(server.get("/news/").text().contains("Lần bốn"));
    assert_eq!(server.get("/news/tin-khac/").text(), before);
    assert_eq!(builds(serve).len(), 1);
    assert!(server.is_running());
    assert!(
        !root.join("public").exists(),
        "nothing is written to public/"
    );
}

#[test]
#[cfg(unix)]
fn a_serve_stopped_with_ctrl_c_removes_its_folder() {
    let (_tmp, root) = sample_site();
    for signal in ["-INT"] {
        let mut server = Server::start(&root, &[]);
        assert_eq!(serves(&root).len(), 2);
        let pid = server.child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args([signal, &pid])
            .status();
        assert!(sent.unwrap().success(), "kill {signal} {pid}");
        let started = Instant::now();
        while server.is_running() {
            assert!(started.elapsed() < PATIENCE, "serve stops on {signal}");
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(serves(&root), Vec::<PathBuf>::new(), "after {signal}");
    }
}
