//! A save that changes only an article's body: its page and its feed are made again at once from
//! the last build's graph, and the search index follows after a pause, so that what is served is
//! again what `build` makes; a save that changes what lists show, or breaks the body, builds the
//! whole site again as before.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::serve::{Message, PATIENCE, SCRIPT_TAG, Server};
use crate::sample_site;

const ARTICLE: &str = "content/news/lai-chau-tong-ket.vi.md";
const PAGE: &str = "/news/lai-chau-tong-ket/";

/// The files of `built` that serve answers differently (HTML served with the reload script),
/// the manifest aside.
fn differences(server: &Server, built: &Path) -> Vec<String> {
    let mut differ = Vec::new();
    for entry in walkdir::WalkDir::new(built) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(built).unwrap();
        let rel = rel.to_str().unwrap().replace('\\', "/");
        if !entry.file_type().is_file() || rel == ".campaign-site" {
            continue;
        }
        let mut want = fs::read(entry.path()).unwrap();
        if rel.ends_with(".html") {
            let text = String::from_utf8(want).unwrap();
            let end = text.rfind("</body>").expect("a page ends its body");
            want = format!("{}{SCRIPT_TAG}{}", &text[..end], &text[end..]).into_bytes();
        }
        let url = format!("/{}", rel.strip_suffix("index.html").unwrap_or(&rel));
        if server.get(&url).body != want {
            differ.push(rel);
        }
    }
    differ
}

fn started_stream(server: &Server) -> crate::common::serve::Events {
    let mut events = server.events();
    match events.next(PATIENCE) {
        Some(Message::Comment(_)) => events,
        other => panic!("a new stream after a good build starts with a comment: {other:?}"),
    }
}

#[test]
fn a_body_edit_remakes_its_page_and_feed_and_then_equals_a_build() {
    let (tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let mut events = started_stream(&server);
    let article = root.join(ARTICLE);
    let text = fs::read_to_string(&article).unwrap();
    let added = "Hội nghị còn trao thưởng cho các sáng kiến về thủy lợi.";
    fs::write(&article, format!("{text}\n{added}\n")).unwrap();
    events.wait_for("reload", PATIENCE);
    assert!(
        server.get(PAGE).text().contains(added),
        "the page shows the edit"
    );
    assert!(
        server.get("/atom.xml").text().contains(added),
        "so does the feed"
    );
    let stdout = server.stdout();
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("files made again") && l.contains("lai-chau-tong-ket.vi.md")),
        "the body alone was made again: {stdout}"
    );

    // After a pause in the saves the search index follows: everything served is then what a
    // build of the edited site makes.
    let built = tmp.path().join("built");
    let base_url = format!("http://127.0.0.1:{}/", server.port);
    let run = crate::common::build(&root, &built, &["--base-url", &base_url]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let until = Instant::now() + PATIENCE;
    let mut differ = differences(&server, &built);
    while !differ.is_empty() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(200));
        differ = differences(&server, &built);
    }
    assert!(
        differ.is_empty(),
        "served differently from a build: {differ:?}"
    );
    events.assert_quiet(
        Duration::from_millis(300),
        "the search index made again does not reload open pages",
    );
}

#[test]
fn an_edit_of_what_lists_show_builds_the_site_again() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let mut events = started_stream(&server);
    let article = root.join(ARTICLE);
    let text = fs::read_to_string(&article).unwrap();
    // Its first paragraph is its summary, which the list of news shows.
    let summary = "Lai Châu có 3.666 sáng kiến, nhiều nhất khu vực.";
    fs::write(
        &article,
        text.replace("Lai Châu có 3.666 sáng kiến.", summary),
    )
    .unwrap();
    events.wait_for("reload", PATIENCE);
    assert!(
        server.get("/news/").text().contains(summary),
        "the list shows the new summary"
    );
    let stdout = server.stdout();
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("built ") && l.contains("lai-chau-tong-ket.vi.md")),
        "the site was built again: {stdout}"
    );
}

#[test]
fn a_broken_body_is_shown_and_its_fix_is_served() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let mut events = started_stream(&server);
    let article = root.join(ARTICLE);
    let good = fs::read_to_string(&article).unwrap();
    fs::write(
        &article,
        format!("{good}\nXem [bài khác](khong-co.vi.md).\n"),
    )
    .unwrap();
    let error = events.wait_for("build-error", PATIENCE);
    assert!(error.starts_with(&format!("{ARTICLE}:9:")), "{error}");
    assert!(error.contains("khong-co.vi.md"), "{error}");

    let fixed = "Xem thêm các bài khác trong mục tin.";
    fs::write(&article, format!("{good}\n{fixed}\n")).unwrap();
    events.wait_for("reload", PATIENCE);
    assert!(server.get(PAGE).text().contains(fixed));
    match server.events().next(PATIENCE) {
        Some(Message::Comment(_)) => {}
        other => panic!("after the fix a new stream has no error: {other:?}"),
    }
}
