//! What `serve` answers: the site's pages with the reload script and the local address, every
//! file with its type, exactly what `build` makes, and nothing outside the site; drafts only when
//! asked; a port in use or an address every computer can reach explained.

use std::fs;
use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::serve::{PATIENCE, SCRIPT_TAG, Server};
use crate::common::{build_site, copy_dir, files_under, fixture};
use crate::sample_site;

/// Every value of `name="..."` in `html`.
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.split(&needle)
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(v, _)| v.replace("&amp;", "&")))
        .collect()
}

/// Pages are HTML with the reload script, and every address in them is the local one.
#[test]
fn pages_carry_the_reload_script_and_the_local_address() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let port = server.port;
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(home.content_type(), "text/html; charset=utf-8");
    let html = home.text();
    assert!(html.contains(SCRIPT_TAG), "reload script on /: {html}");
    assert!(
        html.contains(&format!(
            "<link rel=\"canonical\" href=\"http://127.0.0.1:{port}/\">"
        )),
        "the canonical address is the local one: {html}"
    );
    assert!(
        !html.contains("https://example.org"),
        "no link to the published address while serving: {html}"
    );
    let article = server.get("/news/lai-chau-tong-ket/");
    assert_eq!(article.status, 200);
    assert!(
        article.text().contains(&format!(
            "<link rel=\"canonical\" href=\"http://127.0.0.1:{port}/news/lai-chau-tong-ket/\">"
        )),
        "{}",
        article.text()
    );
    assert!(article.text().contains(SCRIPT_TAG));
}

/// Styles, scripts, photos, feeds, data and documents each have their type; only HTML gets the
/// reload script, and a static file is served byte for byte.
#[test]
fn every_file_is_served_with_its_type() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let port = server.port;
    for (path, want) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/style.css?v=2", "text/css; charset=utf-8"),
        ("/logo.png", "image/png"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/atom.xml", "application/xml; charset=utf-8"),
        (
            "/ket-qua/sang-kien-2023/data.csv",
            "text/csv; charset=utf-8",
        ),
        ("/ket-qua/sang-kien-2023/data.json", "application/json"),
        ("/logo.svg", "image/svg+xml"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/t%C3%A0i-li%E1%BB%87u.pdf", "application/pdf"),
        (
            "/__campaign-site/reload.js",
            "text/javascript; charset=utf-8",
        ),
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 200, "GET {path}");
        assert_eq!(r.content_type(), want, "Content-Type of {path}");
        assert!(!r.body.is_empty(), "GET {path} has a body");
        assert!(
            !r.text().contains(SCRIPT_TAG),
            "only HTML gets the reload script: {path}"
        );
    }
    assert_eq!(
        server.get("/logo.png").body,
        fs::read(root.join("static/logo.png")).unwrap(),
        "a static file is served byte for byte"
    );
    // Every image of an article with a photo is served as an image.
    let photo_page = server.get("/news/hoi-nghi/").text();
    let images = attribute_values(&photo_page, "src");
    assert!(
        !images.is_empty(),
        "the photo page has an <img>: {photo_page}"
    );
    for src in images
        .iter()
        .filter(|s| !s.contains("__campaign-site") && !s.ends_with(".js"))
    {
        let path = src
            .strip_prefix(&format!("http://127.0.0.1:{port}"))
            .unwrap_or(src);
        let r = server.get(path);
        assert_eq!(r.status, 200, "GET {src}");
        assert!(r.content_type().starts_with("image/"), "type of {src}");
    }
    let reload_js = server.get("/__campaign-site/reload.js").text();
    for part in ["/__campaign-site/events", "reload", "build-error"] {
        assert!(reload_js.contains(part), "reload.js handles {part}");
    }
}

/// What is served is what `build` makes with the local address, plus the reload script in HTML;
/// the 404 page is the site's own.
#[test]
fn what_is_served_is_what_build_makes() {
    let (tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let port = server.port;
    let built = tmp.path().join("built");
    let base_url = format!("http://127.0.0.1:{port}/");
    let run = crate::common::build(&root, &built, &["--base-url", &base_url]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (path, file) in [
        ("/", "index.html"),
        (
            "/news/lai-chau-tong-ket/",
            "news/lai-chau-tong-ket/index.html",
        ),
        ("/en/", "en/index.html"),
        ("/khong-co/", "404.html"),
        ("/en/missing/", "en/404.html"),
        ("/sitemap.xml", "sitemap.xml"),
        (
            "/ket-qua/sang-kien-2023/data.csv",
            "ket-qua/sang-kien-2023/data.csv",
        ),
    ] {
        let mut want = fs::read(built.join(file)).unwrap();
        if file.ends_with(".html") {
            let text = String::from_utf8(want).unwrap();
            let end = text.rfind("</body>").expect("a page ends its body");
            want = format!("{}{SCRIPT_TAG}{}", &text[..end], &text[end..]).into_bytes();
        }
        let got = server.get(path).body;
        assert!(
            got == want,
            "GET {path} differs from the built {file}:\n{}\n---\n{}",
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want)
        );
    }
}

/// Unknown paths get the site's 404 page, paths that leave the site are refused and never give
/// the file, folders without their slash are redirected, and nothing is written into the site.
#[test]
fn only_the_site_is_served() {
    // (A link in static/ that leaves the site stops the build: see tests/safety.rs.)
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    // Unknown paths: the site's own 404 page with status 404, sources are not served.
    let not_found_page = "Không tìm thấy trang";
    for path in [
        "/khong-co/",
        "/news/khong-co",
        "/site.yaml",
        "/content/news/lai-chau-tong-ket.vi.md",
        "/public/index.html",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 404, "GET {path}");
        assert_eq!(r.content_type(), "text/html; charset=utf-8", "GET {path}");
        let text = r.text();
        assert!(
            text.contains(not_found_page),
            "GET {path} gives the site's 404 page: {text}"
        );
        assert!(text.contains(SCRIPT_TAG), "the 404 page reloads too");
    }
    // Below a language's folder, that language's 404 page.
    let r = server.get("/en/news/missing/");
    assert_eq!(r.status, 404);
    assert!(r.text().contains("Page not found"), "{}", r.text());

    // Paths that leave the site are refused and never give the file.
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/a/%2E%2E/%2E%2E/x",
        "/news/%2e%2e/%2e%2e/%2e%2e/Cargo.toml",
        "/%2e%2e%2fCargo.toml",
        "/..%5cCargo.toml",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 403, "GET {path} is refused: {}", r.text());
        let text = r.text();
        assert!(
            !text.contains("SECRET-OUTSIDE-THE-SITE") && !text.contains("root:"),
            "GET {path} gave a file outside the site: {text}"
        );
    }
    for path in ["//etc/passwd", "/C:/Windows/win.ini"] {
        let r = server.get(path);
        assert!(
            r.status == 403 || r.status == 404,
            "GET {path}: {}",
            r.status
        );
        assert!(!r.text().contains("root:"), "GET {path} gave /etc/passwd");
    }

    // A folder without its slash is redirected to the slash form.
    for (path, to) in [
        ("/news", "/news/"),
        ("/ket-qua/sang-kien-2023", "/ket-qua/sang-kien-2023/"),
        ("/en", "/en/"),
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 301, "GET {path}");
        assert_eq!(r.header("Location"), Some(to), "GET {path}");
    }

    assert!(
        !root.join("public").exists(),
        "serve keeps the site in memory: no public/ in the site folder"
    );
}

/// A second server on a port in use stops with a clear message and the --port hint; the first
/// keeps serving.
#[test]
fn a_port_in_use_is_explained() {
    let (_tmp, root) = sample_site();
    let first = Server::start(&root, &[]);
    let port = first.port.to_string();
    let mut second = crate::common::command()
        .args(["serve", "--port", &port, "--root"])
        .arg(&root)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > PATIENCE {
            let _ = second.kill();
            let _ = second.wait();
            panic!("a second serve on port {port} kept running");
        }
        std::thread::sleep(Duration::from_millis(25));
    };
    let mut stderr = String::new();
    second
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(2), "exit code; stderr: {stderr}");
    assert!(
        stderr.contains(&format!("port {port}")),
        "names the port: {stderr}"
    );
    assert!(stderr.contains("--port"), "suggests --port: {stderr}");
    assert_eq!(first.get("/").status, 200, "the first server still serves");
}

/// `serve --drafts` shows drafts; plain `serve` does not.
#[test]
fn drafts_are_served_only_when_asked() {
    let (_tmp, root) = {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy_dir(&fixture("drafts"), &root);
        (tmp, root)
    };
    let plain = Server::start(&root, &[]);
    assert_eq!(plain.get("/news/nhap/").status, 404);
    assert!(!plain.get("/news/").text().contains("Bản nháp"));
    drop(plain);
    let drafts = Server::start(&root, &["--drafts"]);
    let r = drafts.get("/news/nhap/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Bản nháp"));
}

/// The reload script is for serving only: a build of the same site never contains it.
#[test]
fn build_output_never_has_the_reload_script() {
    let (_tmp, root) = sample_site();
    for extra in [&[][..], &["--drafts"][..]] {
        let built = build_site(&root, extra);
        assert_eq!(built.run.code, 0, "{}", built.run.stderr);
        let files = files_under(&built.out);
        assert!(files.contains_key("index.html"));
        for (path, bytes) in files {
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("__campaign-site") && !text.contains("EventSource"),
                "{path} of `build {extra:?}` has the reload script"
            );
        }
    }
}

/// `--bind 0.0.0.0` warns in words that the whole network can reach the server and prints the
/// address really listened on, with the port picked when 0 was asked; loopback does not warn.
#[test]
fn binding_every_interface_warns_and_prints_the_real_address() {
    let (_tmp, root) = sample_site();
    let open = Server::launch(&root, 0, &["--bind", "0.0.0.0"], &[]);
    let port = open.port;
    assert_ne!(port, 0);
    let stderr = open.stderr();
    assert!(
        stderr.contains(&format!(
            "warning: serving on 0.0.0.0:{port}, which every computer on your network can reach; use --bind 127.0.0.1 to keep it to this computer"
        )),
        "{stderr}"
    );
    let stdout = open.stdout();
    assert!(
        stdout.contains(&format!(
            "serving on 0.0.0.0:{port} (every network interface); on this computer: http://127.0.0.1:{port}/"
        )),
        "{stdout}"
    );
    assert_eq!(open.get("/").status, 200);
    drop(open);

    let local = Server::launch(&root, 0, &[], &[]);
    let stdout = local.stdout();
    assert!(
        stdout.contains(&format!("serving http://127.0.0.1:{}/ ", local.port)),
        "{stdout}"
    );
    let stderr = local.stderr();
    assert!(!stderr.contains("warning: serving"), "{stderr}");
}
