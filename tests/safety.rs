//! Nothing leaks from the machine and nothing runs in a reader's browser: links that leave the
//! site are refused, raw HTML is cleaned and what was removed is reported where it was written.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::*;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A secret outside the site, and a site whose folders link to it in every way.
#[cfg(unix)]
#[test]
fn links_that_leave_the_site_are_refused_and_nothing_is_published() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("shadow"), "SECRET-OUTSIDE-THE-SITE").unwrap();
    type Case<'a> = (&'a str, Box<dyn Fn(&Path) + 'a>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "static/",
            Box::new(|root: &Path| {
                fs::remove_dir_all(root.join("static")).ok();
                symlink(outside.path(), root.join("static")).unwrap();
            }),
            "static: this is a link to ",
        ),
        (
            "a file in static/",
            Box::new(|root: &Path| {
                fs::create_dir_all(root.join("static")).unwrap();
                symlink(outside.path().join("shadow"), root.join("static/leak.txt")).unwrap();
            }),
            "static/leak.txt: this is a link to ",
        ),
        (
            "a folder in content/",
            Box::new(|root: &Path| {
                symlink(outside.path(), root.join("content/news")).unwrap();
            }),
            "content/news: this is a link to ",
        ),
        (
            ".cache",
            Box::new(|root: &Path| {
                symlink(outside.path(), root.join(".cache")).unwrap();
            }),
            ".cache: this is a link; campaign-site keeps processed photos",
        ),
    ];
    for (what, make, message) in cases {
        let (_tmp, root) = copy_fixture("results_min");
        make(&root);
        let b = build_site(&root, &[]);
        assert_eq!(b.run.code, 1, "{what}: {}", b.run.stderr);
        assert!(
            b.run.stderr.starts_with(message),
            "{what}: {}",
            b.run.stderr
        );
        assert!(!b.out.exists(), "{what}: nothing is written");
        let run = check(&root);
        assert_eq!(run.code, 1, "{what}: {}", run.stderr);
        assert!(
            fs::read_dir(outside.path()).unwrap().count() == 1,
            "{what}: nothing written outside"
        );
    }
    // A link that stays inside the site is followed.
    let (_tmp, root) = copy_fixture("results_min");
    write(&root, "assets/logo.txt", "logo");
    fs::create_dir_all(root.join("static")).unwrap();
    symlink(root.join("assets/logo.txt"), root.join("static/logo.txt")).unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    assert_eq!(b.read("logo.txt"), "logo");
}

/// Scripts, handlers and script links in raw HTML never reach the page; each is reported at
/// its line (a warning in build, an error in check); formatting and listed frames stay.
#[test]
fn raw_html_is_cleaned_and_what_was_removed_is_reported() {
    let (_tmp, root) = copy_fixture("results_min");
    let site = fs::read_to_string(root.join("site.yaml")).unwrap();
    write(
        &root,
        "site.yaml",
        &format!("{site}embeds: [www.youtube.com]\n"),
    );
    let body = "---\ntitle: A\ndate: 2023-09-07\n---\n\nĐoạn đầu.\n\n<script>alert(1)</script>\n\n<p onclick=\"steal()\">Chữ <strong>đậm</strong></p>\n\n<table>\n<tr><td onmouseover=\"x()\">Lai Châu</td></tr>\n</table>\n\nXem <a href=\"javascript:alert(2)\">đây</a>.\n\n<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\"></iframe>\n\n<iframe src=\"https://evil.example/x\"></iframe>\n";
    write(&root, "content/news/a.vi.md", body);
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    let lines: Vec<String> = b
        .run
        .stderr_lines()
        .iter()
        .map(|l| l.split(": this HTML").next().unwrap().to_owned())
        .collect();
    let at = |line: usize, col: usize| format!("content/news/a.vi.md:{line}:{col}: warning");
    assert_eq!(
        lines,
        [at(8, 1), at(10, 1), at(13, 1), at(16, 5), at(20, 1)],
        "{}",
        b.run.stderr
    );
    let page = b.read("news/a/index.html");
    for bad in [
        "alert(",
        "onclick",
        "onmouseover",
        "javascript:",
        "evil.example",
        "steal(",
    ] {
        assert_lacks(&page, bad);
    }
    assert_has(&page, "<strong>đậm</strong>");
    assert_has(&page, "<td>Lai Châu</td>");
    assert_has(&page, "<iframe src=\"https://www.youtube.com/embed/abc\"");
    let run = check(&root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr_lines().last().copied(),
        Some("5 errors, 1 warning")
    );
}

/// An unclosed comment is reported at its line.
#[test]
fn an_unclosed_html_comment_is_reported() {
    let (_tmp, root) = copy_fixture("results_min");
    write(
        &root,
        "content/news/a.vi.md",
        "---\ntitle: A\ndate: 2023-09-07\n---\n\nĐoạn đầu.\n\n<!-- nháp\n\nĐoạn sau.\n",
    );
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0);
    assert!(
        b.run.stderr.starts_with("content/news/a.vi.md:8:1: warning: an HTML comment <!-- is opened here and never closed"),
        "{}",
        b.run.stderr
    );
}

/// A Markdown link to a scheme other than http, https, mailto and tel is an error.
#[test]
fn markdown_links_use_only_allowed_schemes() {
    let (_tmp, root) = copy_fixture("results_min");
    write(
        &root,
        "content/news/a.vi.md",
        "---\ntitle: A\ndate: 2023-09-07\n---\n\n[x](data:text/html,hi) [y](mailto:a@b.vn) [z](tel:+84)\n",
    );
    let b = build_site(&root, &[]);
    assert_fails_with(
        &b,
        &[
            "content/news/a.vi.md:6:1: the link \"data:text/html,hi\" uses \"data:\", which a published page may not link to (only http, https, mailto, tel); link to a page or a file instead",
        ],
    );
}

/// A slug longer than a folder name may be is an error at its line, in build and in check.
#[test]
fn a_slug_too_long_for_a_file_system_is_an_error_at_its_line() {
    let (_tmp, root) = copy_fixture("results_min");
    let slug = "a".repeat(300);
    write(
        &root,
        "content/news/a.vi.md",
        &format!("---\ntitle: A\ndate: 2023-09-07\nslug: {slug}\n---\nText.\n"),
    );
    let message = "content/news/a.vi.md:4:7: slug makes a web address \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" of 300 characters, more than the 255 a folder name may have; shorten it";
    assert_fails_with(&build_site(&root, &[]), &[message]);
    let run = check(&root);
    assert_eq!(run.code, 1);
    assert!(run.stderr_lines().contains(&message), "{}", run.stderr);
}

/// `build` warns about the broken links and anchors that `check` fails on.
#[test]
fn build_warns_about_broken_links() {
    let (_tmp, root) = copy_fixture("results_min");
    write(
        &root,
        "content/news/a.vi.md",
        "---\ntitle: A\ndate: 2023-09-07\n---\n\nXem [trang](/khong-co/) và [mục](#khong-co).\n",
    );
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    let warnings: Vec<&str> = b
        .run
        .stderr_lines()
        .into_iter()
        .filter(|l| l.starts_with("content/news/a.vi.md:6:") && l.contains(": warning: "))
        .collect();
    assert_eq!(warnings.len(), 2, "{}", b.run.stderr);
    assert_eq!(check(&root).code, 1);
}

/// A link that loops or leads nowhere is named as a problem of the site (exit 1), not a
/// failure of the tool.
#[cfg(unix)]
#[test]
fn links_that_loop_or_lead_nowhere_are_named() {
    use std::os::unix::fs::symlink;
    let (_tmp, root) = copy_fixture("results_min");
    fs::create_dir_all(root.join("static/sub")).unwrap();
    symlink("l2", root.join("static/l1")).unwrap();
    symlink("l1", root.join("static/l2")).unwrap();
    symlink("..", root.join("static/sub/up")).unwrap();
    symlink("/nonexistent/file", root.join("static/gone")).unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 1, "{}", b.run.stderr);
    for link in ["static/gone", "static/l1", "static/l2", "static/sub/up"] {
        assert!(
            b.run.stderr.contains(&format!("{link}: this link")),
            "{link}: {}",
            b.run.stderr
        );
    }
}

/// A link to a photo leads to its largest processed copy, not to the camera's original.
#[test]
fn a_link_to_a_photo_leads_to_its_processed_copy() {
    let (_tmp, root) = copy_fixture("ok_bilingual");
    let article = root.join("content/news/hoi-nghi/index.vi.md");
    let text = fs::read_to_string(&article).unwrap() + "\n[Ảnh cỡ lớn](anh.png)\n";
    fs::write(&article, text).unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    assert_lacks(&b.run.stderr, "does not exist");
    let page = b.read("tin-tuc/hoi-nghi/index.html");
    let href = page
        .split("\">Ảnh cỡ lớn</a>")
        .next()
        .and_then(|before| before.rsplit("href=\"").next())
        .unwrap();
    assert!(
        href.starts_with('/') && !href.ends_with("/anh.png"),
        "{href}"
    );
    assert!(b.out.join(&href[1..]).is_file(), "{href} is published");
}

/// A photo in static/ is published without its camera metadata; other files as they are.
#[test]
fn static_photos_lose_their_camera_metadata() {
    let (_tmp, root) = copy_fixture("results_min");
    let mut jpg = vec![0xFF, 0xD8, 0xFF, 0xE1];
    let exif = b"Exif\0\0GPS 21.0285N 105.8542E owner Nguyen Van A";
    jpg.extend(((exif.len() + 2) as u16).to_be_bytes());
    jpg.extend(exif);
    jpg.extend([0xFF, 0xDA, 0x00, 0x02, 7, 7, 0xFF, 0xD9]);
    fs::create_dir_all(root.join("static")).unwrap();
    fs::write(root.join("static/banner.jpg"), &jpg).unwrap();
    fs::write(root.join("static/notes.txt"), "Exif stays in a text file").unwrap();
    let b = build_site(&root, &[]);
    assert_eq!(b.run.code, 0, "{}", b.run.stderr);
    let published = fs::read(b.out.join("banner.jpg")).unwrap();
    assert!(!published.windows(4).any(|w| w == b"Exif"));
    assert!(published.ends_with(&[0xFF, 0xDA, 0x00, 0x02, 7, 7, 0xFF, 0xD9]));
    assert_eq!(b.read("notes.txt"), "Exif stays in a text file");
}
