//! Live reload: an edit reloads open pages, a broken edit is shown in them while the last good
//! pages stay served, and every kind of source, even a folder made while serving, is watched.

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::common::serve::{Message, PATIENCE, SCRIPT_TAG, Server, json_string};
use crate::sample_site;

/// The editor's loop: an edit reloads the open page and shows in every page that lists the
/// article; a broken edit is announced with file, line and message while the last good pages
/// stay served; the fix reloads again.
#[test]
fn live_reload_edit_break_and_fix() {
    let (_tmp, root) = sample_site();
    let mut server = Server::start(&root, &[]);
    let article = root.join("content/news/lai-chau-tong-ket.vi.md");
    let page = "/news/lai-chau-tong-ket/";
    let old_title = "Lai Châu tổng kết";
    let pages_with_the_title = [
        page,
        "/news/",
        "/",
        "/atom.xml",
        "/ket-qua/sang-kien-2023/lai-chau/",
    ];
    for p in pages_with_the_title {
        assert!(server.get(p).text().contains(old_title), "{p} before");
    }

    let mut events = server.events();
    match events.next(PATIENCE) {
        Some(Message::Comment(_)) => {}
        other => panic!("a new stream after a good build starts with a comment: {other:?}"),
    }

    // Editor leftovers are not changes.
    fs::write(article.with_file_name(".#lai-chau-tong-ket.vi.md"), "lock").unwrap();
    fs::write(article.with_file_name("lai-chau-tong-ket.vi.md~"), "backup").unwrap();
    fs::write(
        article.with_file_name(".lai-chau-tong-ket.vi.md.swp"),
        "swap",
    )
    .unwrap();
    events.assert_quiet(
        Duration::from_millis(700),
        "editor lock, backup and swap files must not trigger a rebuild",
    );

    // 1. An edit: reload, and every page showing the title has the new one.
    let new_title = "Hội nghị tổng kết ở Lai Châu";
    fs::write(
        &article,
        format!(
            "---\ntitle: \"{new_title}\"\ndate: 2023-09-30T17:00:00+07:00\nunit: lai-chau\n---\n\nLai Châu có 3.666 sáng kiến.\n"
        ),
    )
    .unwrap();
    events.wait_for("reload", PATIENCE);
    for p in pages_with_the_title {
        let r = server.get(p);
        assert_eq!(r.status, 200, "GET {p}");
        let text = r.text();
        assert!(text.contains(new_title), "{p} shows the new title: {text}");
        assert!(!text.contains(old_title), "{p} still shows the old title");
    }

    // 2. A broken edit: build-error with file, line:col and message; the last good page stays.
    fs::write(
        &article,
        "---\ntitle: \"Bản nháp hỏng\"\ndate: 07/09/2023\nunit: lai-chau\n---\n\nChưa xong.\n",
    )
    .unwrap();
    let error = events.wait_for("build-error", PATIENCE);
    assert!(
        error.starts_with("content/news/lai-chau-tong-ket.vi.md:3:7: "),
        "the error names the file, line and column: {error}"
    );
    assert!(
        error.contains("07/09/2023") && error.contains("not a date"),
        "the error says what is wrong: {error}"
    );
    assert!(server.is_running(), "a failed rebuild keeps the server up");
    for p in [page, "/news/"] {
        let r = server.get(p);
        assert_eq!(r.status, 200, "GET {p} while the build is broken");
        let text = r.text();
        assert!(text.contains(new_title), "{p} keeps the last good page");
        assert!(!text.contains("Bản nháp hỏng"), "{p} shows the broken edit");
        assert!(text.contains(SCRIPT_TAG), "{p} can still show the overlay");
    }
    // A page opened now hears of the error at once, to show the overlay.
    let mut late = server.events();
    match late.next(PATIENCE) {
        Some(Message::Event { name, data }) => {
            assert_eq!(name, "build-error");
            assert_eq!(json_string(&data), error);
        }
        other => panic!("a stream opened while broken starts with the error: {other:?}"),
    }

    // 3. The fix, saved the way many editors do (write a temporary file, rename it over).
    let fixed_title = "Tổng kết đã sửa xong";
    let temp = article.with_file_name("lai-chau-tong-ket.vi.md~");
    fs::write(
        &temp,
        format!(
            "---\ntitle: \"{fixed_title}\"\ndate: 2023-09-30T17:00:00+07:00\nunit: lai-chau\n---\n\nĐã sửa.\n"
        ),
    )
    .unwrap();
    fs::rename(&temp, &article).unwrap();
    events.wait_for("reload", PATIENCE);
    late.wait_for("reload", PATIENCE);
    for p in pages_with_the_title {
        let r = server.get(p);
        assert_eq!(r.status, 200, "GET {p}");
        assert!(r.text().contains(fixed_title), "{p} shows the fix");
    }
    match server.events().next(PATIENCE) {
        Some(Message::Comment(_)) => {}
        other => panic!("after the fix a new stream has no error: {other:?}"),
    }

    // 4. site.yaml changes rebuild every page.
    let config = root.join("site.yaml");
    let yaml = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        yaml.replace("vi: \"Kết quả thi đua\"", "vi: \"Kết quả thi đua năm nay\""),
    )
    .unwrap();
    events.wait_for("reload", PATIENCE);
    for p in ["/", "/news/tin-khac/", "/ket-qua/sang-kien-2023/"] {
        assert!(
            server.get(p).text().contains("Kết quả thi đua năm nay"),
            "{p} has the new site title"
        );
    }

    assert!(server.is_running());
    assert!(
        !root.join("public").exists(),
        "serve never writes the built site into the site folder"
    );
    let stdout = server.stdout();
    assert!(
        stdout.lines().any(|l| l.starts_with("built ")
            && l.contains(" ms")
            && l.contains("lai-chau-tong-ket.vi.md")),
        "each rebuild prints its time and cause: {stdout}"
    );
    let stderr = server.stderr();
    assert!(
        stderr.contains(&error),
        "the error is printed in the terminal too: {stderr}"
    );
}

/// Replaces `from` by `to` in the file at `path` the way many editors save: write a new file
/// beside it, then rename it over the old one.
fn save_by_renaming(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} contains {from}", path.display());
    let temp = path.with_extension("yaml.tmp-save");
    fs::write(&temp, text.replace(from, to)).unwrap();
    fs::rename(&temp, path).unwrap();
}

/// site.yaml saved twice by renaming (editors' safe save): both saves rebuild.
#[test]
fn site_yaml_saved_by_renaming_stays_watched() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let mut events = server.events();
    let config = root.join("site.yaml");
    save_by_renaming(&config, "vi: \"Kết quả thi đua\"", "vi: \"Tên thứ nhất\"");
    events.wait_for("reload", PATIENCE);
    assert!(server.get("/").text().contains("Tên thứ nhất"));
    save_by_renaming(&config, "Tên thứ nhất", "Tên thứ hai");
    events.wait_for("reload", PATIENCE);
    assert!(server.get("/").text().contains("Tên thứ hai"));
}

/// A site made by `init` has no static/ folder: one made while serving is watched too.
#[test]
fn a_static_folder_created_while_serving_is_watched() {
    let (_tmp, root) = sample_site();
    fs::remove_dir_all(root.join("static")).unwrap();
    let server = Server::start(&root, &[]);
    assert_eq!(server.get("/logo.svg").status, 404);
    let mut events = server.events();
    fs::create_dir(root.join("static")).unwrap();
    fs::write(
        root.join("static/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    )
    .unwrap();
    events.wait_for("reload", PATIENCE);
    let r = server.get("/logo.svg");
    assert_eq!(r.status, 200);
    assert_eq!(r.content_type(), "image/svg+xml");
}

/// A site using the built-in theme gets its own themes/default/ override while serving.
#[test]
fn a_theme_folder_created_while_serving_is_watched() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let mut events = server.events();
    write_i18n_override(&root, "Đến thẳng nội dung");
    events.wait_for("reload", PATIENCE);
    assert!(server.get("/").text().contains("Đến thẳng nội dung"));
}

/// The site's own copy of the theme's interface strings, with `skip_to_content` (on every
/// page) set to `text`.
fn write_i18n_override(root: &Path, text: &str) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n");
    let dir = root.join("themes/default/i18n");
    fs::create_dir_all(&dir).unwrap();
    fs::copy(repo.join("en.yaml"), dir.join("en.yaml")).unwrap();
    let vi: String = fs::read_to_string(repo.join("vi.yaml"))
        .unwrap()
        .lines()
        .map(|l| {
            if l.starts_with("skip_to_content:") {
                format!("skip_to_content: \"{text}\"\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    assert!(vi.contains(text), "vi.yaml has skip_to_content");
    fs::write(dir.join("vi.yaml"), vi).unwrap();
}

/// A change to the theme rebuilds every page.
#[test]
fn a_theme_change_rebuilds_every_page() {
    let (_tmp, root) = sample_site();
    write_i18n_override(&root, "Bỏ qua, đến nội dung chính");
    let server = Server::start(&root, &[]);
    let pages = [
        "/",
        "/news/",
        "/news/lai-chau-tong-ket/",
        "/ket-qua/sang-kien-2023/",
        "/ket-qua/sang-kien-2023/lai-chau/",
        "/khong-co/",
    ];
    for p in pages {
        assert!(server.get(p).text().contains("Bỏ qua, đến nội dung chính"));
    }
    let mut events = server.events();
    write_i18n_override(&root, "Đến thẳng nội dung");
    events.wait_for("reload", PATIENCE);
    for p in pages {
        let text = server.get(p).text();
        assert!(text.contains("Đến thẳng nội dung"), "{p} has the new text");
        assert!(!text.contains("Bỏ qua, đến nội dung chính"), "{p}");
    }
}

/// An article that quotes a unit's figure is made again when the unit's file changes.
#[test]
fn an_article_quoting_a_figure_follows_the_unit_file() {
    let (_tmp, root) = sample_site();
    let article = root.join("content/news/lai-chau-tong-ket.vi.md");
    let text = fs::read_to_string(&article).unwrap().replace(
        "Lai Châu có 3.666 sáng kiến.",
        "Lai Châu có {{ figure(unit=\"lai-chau\", metric=\"initiatives\") }} sáng kiến, \
         bằng {{ figure(unit=\"lai-chau\", metric=\"percent\") }} chỉ tiêu.",
    );
    fs::write(&article, text).unwrap();
    let server = Server::start(&root, &[]);
    let page = "/news/lai-chau-tong-ket/";
    let before = server.get(page).text();
    assert!(
        before.contains("Lai Châu có 3.666 sáng kiến, bằng 159,4% chỉ tiêu."),
        "{before}"
    );

    let mut events = server.events();
    let unit = root.join("content/results/sang-kien-2023/units/lai-chau.yaml");
    let yaml = fs::read_to_string(&unit).unwrap();
    fs::write(
        &unit,
        yaml.replace("initiatives: 3666", "initiatives: 3700"),
    )
    .unwrap();
    events.wait_for("reload", PATIENCE);
    let after = server.get(page).text();
    assert!(
        after.contains("Lai Châu có 3.700 sáng kiến, bằng 160,9% chỉ tiêu."),
        "{after}"
    );
}

/// A site that does not build when serve starts: the server runs and shows the problem (in the
/// page and on the events stream); once fixed, the site is served.
#[test]
fn a_site_broken_at_start_is_served_once_fixed() {
    let (_tmp, root) = sample_site();
    let article = root.join("content/news/tin-khac.vi.md");
    let good = fs::read_to_string(&article).unwrap();
    fs::write(
        &article,
        good.replace("date: 2023-10-06", "date: 06/10/2023"),
    )
    .unwrap();
    let mut server = Server::start(&root, &[]);
    assert!(server.is_running(), "a broken site does not stop serve");
    let home = server.get("/");
    assert_ne!(home.status, 200, "there is no good page yet");
    let text = home.text();
    assert!(
        text.contains("content/news/tin-khac.vi.md:3:7: "),
        "the page shows the problem: {text}"
    );
    assert!(text.contains(SCRIPT_TAG), "and reloads once it is fixed");
    let mut events = server.events();
    let error = events.wait_for("build-error", PATIENCE);
    assert!(
        error.starts_with("content/news/tin-khac.vi.md:3:7: "),
        "{error}"
    );

    fs::write(&article, good).unwrap();
    events.wait_for("reload", PATIENCE);
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert!(home.text().contains("Tin khác"));
}
