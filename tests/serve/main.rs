//! `campaign-site serve` tested for real over loopback (issue 4): the binary is started on a free
//! port, pages are fetched over HTTP, sources are edited, broken and fixed on disk while the
//! server-sent events stream is read, unsafe paths are refused, and hostile clients are held to
//! the server's limits (issue 10).

#[allow(dead_code)] // each test file uses only some of the shared helpers
#[path = "../common/mod.rs"]
mod common;

mod body;
mod folder;
mod limits;
mod reload;
mod site;

use std::fs;
use std::path::PathBuf;

use common::{copy_dir, fixture};
use tempfile::TempDir;

/// A site with news in both languages, a photo bundle, a results campaign (unit pages, CSV and
/// JSON data) and a few static files, in a temporary folder. Returns the folder (keep it alive)
/// and the site root inside it (`<tmp>/site`).
fn sample_site() -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    copy_dir(&fixture("results_ok"), &root);
    copy_dir(
        &fixture("ok_bilingual").join("content/news/hoi-nghi"),
        &root.join("content/news/hoi-nghi"),
    );
    // A photo that decodes (the site's photos are checked and resized).
    let png = fixture("check_no_alt").join("content/news/hoi-nghi/anh.png");
    fs::copy(&png, root.join("content/news/hoi-nghi/anh.png")).unwrap();
    fs::create_dir_all(root.join("static")).unwrap();
    fs::copy(&png, root.join("static/logo.png")).unwrap();
    fs::write(
        root.join("static/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n",
    )
    .unwrap();
    fs::write(root.join("static/app.js"), "console.log(\"xin chào\");\n").unwrap();
    fs::write(root.join("static/tài-liệu.pdf"), "%PDF-1.4\n%%EOF\n").unwrap();
    // A file next to the site, which must never be served.
    fs::write(tmp.path().join("Cargo.toml"), "SECRET-OUTSIDE-THE-SITE\n").unwrap();
    (tmp, root)
}
