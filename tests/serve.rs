//! `campaign-site serve` tested for real over loopback (issue 4): the binary is started on a free
//! port, pages are fetched with hand-written HTTP/1.1 requests, sources are edited, broken and
//! fixed on disk while the server-sent events stream is read, and unsafe paths are refused.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{build_site, copy_dir, files_under, fixture};
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_campaign-site");
const SCRIPT_TAG: &str = "<script src=\"/__campaign-site/reload.js\"></script>";
/// How long to wait for the server to start, or for a rebuild to be announced.
const PATIENCE: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// The site served in these tests

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

/// A port nobody listens on right now.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().unwrap().port()
}

// ---------------------------------------------------------------------------------------------
// The server process

/// A running `campaign-site serve`; killed when dropped, so no process outlives a failed assert.
struct Server {
    child: Child,
    port: u16,
    stdout: PathBuf,
    stderr: PathBuf,
    _logs: TempDir,
}

impl Server {
    /// Starts `serve --root <root> --port <free port> <extra...>` and waits until it answers.
    fn start(root: &Path, extra: &[&str]) -> Server {
        Server::launch(root, free_port(), extra, &[])
    }

    /// Starts `serve --port <port>` with more arguments and environment variables, and waits
    /// until it answers; with port 0 the server picks one, read from the line it prints.
    fn launch(root: &Path, port: u16, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let logs = tempfile::tempdir().expect("a folder for the server's output");
        let stdout = logs.path().join("stdout");
        let stderr = logs.path().join("stderr");
        let child = Command::new(BIN)
            .arg("serve")
            .arg("--root")
            .arg(root)
            .arg("--port")
            .arg(port.to_string())
            .args(extra)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(fs::File::create(&stdout).unwrap())
            .stderr(fs::File::create(&stderr).unwrap())
            .spawn()
            .expect("the campaign-site binary starts");
        let mut server = Server {
            child,
            port,
            stdout,
            stderr,
            _logs: logs,
        };
        server.wait_until_ready();
        server
    }

    fn wait_until_ready(&mut self) {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!(
                    "serve exited with {status} before answering; stderr:\n{}",
                    self.stderr()
                );
            }
            if self.port == 0 {
                self.port = printed_port(&self.stdout()).unwrap_or(0);
            }
            // Any answer will do: a site broken from the start is served too (with its error).
            if self.port != 0 && try_get(self.port, "/").is_ok() {
                return;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "serve did not answer on port {} within {PATIENCE:?}; stderr:\n{}",
                self.port,
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn get(&self, path: &str) -> Response {
        get(self.port, path)
    }

    fn events(&self) -> Events {
        Events::open(self.port)
    }

    fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn stdout(&self) -> String {
        fs::read_to_string(&self.stdout).unwrap_or_default()
    }

    fn stderr(&self) -> String {
        fs::read_to_string(&self.stderr).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port in the address `serve` prints for this computer (`http://127.0.0.1:PORT/`).
fn printed_port(stdout: &str) -> Option<u16> {
    let rest = stdout.split("http://127.0.0.1:").nth(1)?;
    rest.split('/').next()?.parse().ok()
}

// ---------------------------------------------------------------------------------------------
// A small HTTP/1.1 client

#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn content_type(&self) -> &str {
        self.header("Content-Type").unwrap_or("")
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// `GET path` with `Connection: close`; panics on a network failure.
fn get(port: u16, path: &str) -> Response {
    try_get(port, path).unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

fn try_get(port: u16, path: &str) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.set_write_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    Ok(parse_response(path, &raw))
}

fn parse_response(path: &str, raw: &[u8]) -> Response {
    let end = find(raw, b"\r\n\r\n")
        .unwrap_or_else(|| panic!("GET {path}: no end of headers in {raw:?}"));
    let head = std::str::from_utf8(&raw[..end]).expect("the head is ASCII");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap();
    let mut parts = status_line.splitn(3, ' ');
    assert_eq!(
        parts.next(),
        Some("HTTP/1.1"),
        "GET {path}: status line {status_line}"
    );
    let status: u16 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("GET {path}: status line {status_line}"));
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (n, v) = l
                .split_once(':')
                .unwrap_or_else(|| panic!("GET {path}: header line {l}"));
            (n.trim().to_owned(), v.trim().to_owned())
        })
        .collect();
    let rest = &raw[end + 4..];
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    response.body = if response
        .header("Transfer-Encoding")
        .is_some_and(|t| t.eq_ignore_ascii_case("chunked"))
    {
        dechunk(path, rest)
    } else if let Some(len) = response.header("Content-Length") {
        let len: usize = len.parse().expect("a numeric Content-Length");
        assert!(
            rest.len() >= len,
            "GET {path}: body shorter than Content-Length"
        );
        rest[..len].to_vec()
    } else {
        rest.to_vec()
    };
    response
}

fn dechunk(path: &str, mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = find(rest, b"\r\n").unwrap_or_else(|| panic!("GET {path}: bad chunk"));
        let size_text = std::str::from_utf8(&rest[..line_end]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
            .unwrap_or_else(|_| panic!("GET {path}: bad chunk size {size_text}"));
        rest = &rest[line_end + 2..];
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

/// Every value of `name="..."` in `html`.
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.split(&needle)
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(v, _)| v.replace("&amp;", "&")))
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

// ---------------------------------------------------------------------------------------------
// The server-sent events stream

#[derive(Debug, Clone, PartialEq)]
enum Message {
    /// `: text` lines only (the server's greeting and keep-alives).
    Comment(String),
    Event {
        name: String,
        data: String,
    },
}

/// An open `/__campaign-site/events` stream, read message by message with a timeout.
struct Events {
    stream: TcpStream,
    pending: Vec<u8>,
    /// Everything read so far, for failure messages.
    seen: Vec<Message>,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect for events");
        stream
            .set_write_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        write!(
            stream,
            "GET /__campaign-site/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let mut events = Events {
            stream,
            pending: Vec::new(),
            seen: Vec::new(),
        };
        let deadline = Instant::now() + PATIENCE;
        let end = loop {
            if let Some(end) = find(&events.pending, b"\r\n\r\n") {
                break end;
            }
            assert!(
                events.fill(deadline),
                "no answer to GET /__campaign-site/events"
            );
        };
        let head = String::from_utf8_lossy(&events.pending[..end]).into_owned();
        events.pending.drain(..end + 4);
        assert!(
            head.starts_with("HTTP/1.1 200"),
            "the events stream answers 200: {head}"
        );
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: text/event-stream"),
            "the events stream is text/event-stream: {head}"
        );
        events
    }

    /// Reads more bytes into `pending`; false when the deadline passed first.
    fn fill(&mut self, deadline: Instant) -> bool {
        let mut buf = [0u8; 4096];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            self.stream
                .set_read_timeout(Some(left.min(Duration::from_millis(200))))
                .unwrap();
            match self.stream.read(&mut buf) {
                Ok(0) => panic!(
                    "the server closed the events stream; messages so far: {:#?}",
                    self.seen
                ),
                Ok(n) => {
                    self.pending.extend_from_slice(&buf[..n]);
                    return true;
                }
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(e) => panic!("reading the events stream: {e}"),
            }
        }
    }

    /// The next message, or None when `timeout` passes first.
    fn next(&mut self, timeout: Duration) -> Option<Message> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(end) = raw_block_end(&self.pending) {
                let block: Vec<u8> = self.pending.drain(..end).collect();
                let message = parse_message(&String::from_utf8_lossy(&block));
                self.seen.push(message.clone());
                return Some(message);
            }
            if !self.fill(deadline) {
                return None;
            }
        }
    }

    /// Skips other messages until the event `name` arrives; returns its data, decoded from JSON.
    fn wait_for(&mut self, name: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.next(left) {
                Some(Message::Event { name: n, data }) if n == name => {
                    return json_string(&data);
                }
                Some(_) => {}
                None => panic!(
                    "no `event: {name}` within {timeout:?}; messages so far: {:#?}",
                    self.seen
                ),
            }
        }
    }

    /// Asserts no event (comments allowed) arrives for `time`.
    fn assert_quiet(&mut self, time: Duration, why: &str) {
        let deadline = Instant::now() + time;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.next(left) {
                None => return,
                Some(Message::Comment(_)) => {}
                Some(event) => panic!("{why}, but the stream carried {event:?}"),
            }
        }
    }
}

/// The length in bytes of the first complete message block and its blank line (`\n\n` or
/// `\r\n\r\n`), if one has arrived.
fn raw_block_end(raw: &[u8]) -> Option<usize> {
    let lf = find(raw, b"\n\n").map(|i| i + 2);
    let crlf = find(raw, b"\r\n\r\n").map(|i| i + 4);
    match (lf, crlf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn parse_message(block: &str) -> Message {
    let mut name = None;
    let mut data: Vec<&str> = Vec::new();
    let mut comments: Vec<&str> = Vec::new();
    for line in block.lines() {
        if let Some(c) = line.strip_prefix(':') {
            comments.push(c.trim());
        } else if let Some(v) = line.strip_prefix("event:") {
            name = Some(v.trim().to_owned());
        } else if let Some(v) = line.strip_prefix("data:") {
            data.push(v.strip_prefix(' ').unwrap_or(v));
        }
    }
    match name {
        Some(name) => Message::Event {
            name,
            data: data.join("\n"),
        },
        None if data.is_empty() => Message::Comment(comments.join("\n")),
        None => Message::Event {
            name: "message".into(),
            data: data.join("\n"),
        },
    }
}

/// Decodes a JSON string literal (the data of the stream's events).
fn json_string(json: &str) -> String {
    let inner = json
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or_else(|| panic!("the event's data is a JSON string: {json}"));
    let mut out = String::new();
    let mut chars = inner.chars();
    let hex4 = |chars: &mut std::str::Chars| -> u32 {
        let h: String = chars.by_ref().take(4).collect();
        u32::from_str_radix(&h, 16).unwrap_or_else(|_| panic!("bad \\u escape in {json}"))
    };
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('/') => out.push('/'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let mut code = hex4(&mut chars);
                if (0xD800..0xDC00).contains(&code) {
                    assert_eq!(
                        (chars.next(), chars.next()),
                        (Some('\\'), Some('u')),
                        "a lone surrogate in {json}"
                    );
                    let low = hex4(&mut chars);
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                out.push(char::from_u32(code).expect("a valid code point"));
            }
            other => panic!("bad escape \\{other:?} in {json}"),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The tests

/// Pages, assets and data with the right types, the reload script, the local base address,
/// the site's 404 page, redirects for folders, and nothing outside the site.
#[test]
fn serves_the_site_and_only_the_site() {
    // (A link in static/ that leaves the site stops the build: see tests/safety.rs.)
    let (tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let port = server.port;

    // The home page: HTML, the reload script, the local address everywhere.
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

    // Content types.
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

    // What is served is what `build` makes with the local address, plus the reload script in
    // HTML; the 404 page is the site's own.
    let built = tmp.path().join("built");
    let base_url = format!("http://127.0.0.1:{port}/");
    let run = common::build(&root, &built, &["--base-url", &base_url]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (path, file) in [
        ("/", "index.html"),
        (
            "/news/lai-chau-tong-ket/",
            "news/lai-chau-tong-ket/index.html",
        ),
        ("/en/", "en/index.html"),
        ("/khong-co/", "404.html"),
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

/// A second server on a port in use stops with a clear message and the --port hint; the first
/// keeps serving.
#[test]
fn a_port_in_use_is_explained() {
    let (_tmp, root) = sample_site();
    let first = Server::start(&root, &[]);
    let port = first.port.to_string();
    let mut second = Command::new(BIN)
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

// ---------------------------------------------------------------------------------------------
// Limits on what a client can make the server hold (issue 10)

/// The environment variable that shortens the idle timeout (in milliseconds) for a test.
const TIMEOUT_VAR: &str = "CAMPAIGN_SITE_IDLE_TIMEOUT_MS";

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to serve");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.set_write_timeout(Some(PATIENCE)).unwrap();
    stream
}

/// Sends `raw` (a write cut short by the server is fine) and reads until the server closes;
/// returns what was read and how long it all took.
fn exchange_raw(port: u16, raw: &[u8]) -> (Vec<u8>, Duration) {
    let started = Instant::now();
    let mut stream = connect(port);
    let _ = stream.write_all(raw);
    let mut answer = Vec::new();
    // Bytes read before an error are kept.
    let _ = stream.read_to_end(&mut answer);
    (answer, started.elapsed())
}

fn exchange(port: u16, raw: &[u8]) -> (Response, Duration) {
    let (answer, took) = exchange_raw(port, raw);
    let line = String::from_utf8_lossy(&raw[..raw.len().min(40)]).into_owned();
    (parse_response(&line, &answer), took)
}

/// Reads one answer from a connection kept open, by its Content-Length.
fn read_response(stream: &mut TcpStream) -> Response {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while find(&raw, b"\r\n\r\n").is_none() {
        let n = stream.read(&mut byte).expect("an answer");
        assert_eq!(n, 1, "the server closed before answering: {raw:?}");
        raw.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&raw).to_ascii_lowercase();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map(|v| v.trim().parse().expect("a numeric Content-Length"))
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    stream.read_exact(&mut body).expect("the whole body");
    raw.extend(body);
    parse_response("a kept-alive request", &raw)
}

/// The most memory the process has held (VmHWM, in kB), where the system tells.
fn peak_memory_kb(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    line.trim().trim_end_matches("kB").trim().parse().ok()
}

/// A request head over 8 KB is refused at once with 431 (414 or 431 for a request line that
/// long), the server reads only a small part of an endless header without its memory growing,
/// and it keeps serving.
#[test]
fn oversized_request_heads_are_refused() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let port = server.port;

    let big = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Big: {}\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    let (r, took) = exchange(port, big.as_bytes());
    assert_eq!(r.status, 431, "a 64 KB header: {}", r.text());
    assert!(took < Duration::from_secs(3), "431 took {took:?}");
    let many: String = (0..2000).map(|i| format!("X-H{i}: {i}\r\n")).collect();
    let (r, _) = exchange(port, format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes());
    assert_eq!(r.status, 431, "2000 small headers");
    let long_line = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(16 * 1024));
    let (r, _) = exchange(port, long_line.as_bytes());
    assert!(
        matches!(r.status, 414 | 431),
        "a 16 KB request line: {}",
        r.status
    );
    let fits = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Fill: {}\r\n\r\n",
        "a".repeat(7 * 1024)
    );
    assert_eq!(exchange(port, fits.as_bytes()).0.status, 200, "7 KB fit");

    // A header line of 64 MB: the server stops reading, so sending it fails.
    let before = peak_memory_kb(server.child.id());
    let mut stream = connect(port);
    stream.write_all(b"GET / HTTP/1.1\r\nX-Endless: ").unwrap();
    let chunk = vec![b'a'; 1024 * 1024];
    let sent = (0..64).try_for_each(|_| stream.write_all(&chunk));
    match sent {
        Ok(()) => panic!("the server read a 64 MB header line"),
        Err(e) => assert!(
            !matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
            "the server stopped reading but kept the connection open: {e}"
        ),
    }
    drop(stream);
    if let (Some(before), Some(after)) = (before, peak_memory_kb(server.child.id())) {
        assert!(
            after < before + 16 * 1024,
            "the server's memory grew from {before} kB to {after} kB"
        );
    }
    assert_eq!(server.get("/").status, 200, "the server still serves");
}

/// A POST is refused with 405 as soon as its head arrives, without waiting for its gigabyte
/// body; a GET announcing a body gets 413; malformed heads get 400; HEAD is answered.
#[test]
fn requests_with_bodies_are_refused_unread() {
    let (_tmp, root) = sample_site();
    let server = Server::start(&root, &[]);
    let port = server.port;

    let mut post =
        format!("POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 1000000000\r\n\r\n")
            .into_bytes();
    post.extend(vec![b'x'; 64 * 1024]);
    let (r, took) = exchange(port, &post);
    assert_eq!(r.status, 405, "{}", r.text());
    assert_eq!(r.header("Allow"), Some("GET, HEAD"));
    assert_eq!(r.header("Connection"), Some("close"));
    assert!(
        took < Duration::from_secs(3),
        "the answer did not wait for the body: {took:?}"
    );
    for method in ["PUT", "DELETE", "OPTIONS", "PATCH"] {
        let head = format!("{method} / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert_eq!(exchange(port, head.as_bytes()).0.status, 405, "{method}");
    }
    for (head, status) in [
        ("GET / HTTP/1.1\r\nContent-Length: 100000000\r\n\r\n", 413),
        ("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 413),
        ("hello\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nno colon here\r\n\r\n", 400),
        ("GET / HTTP/3.0\r\n\r\n", 505),
    ] {
        let (r, _) = exchange(port, head.as_bytes());
        assert_eq!(r.status, status, "{head:?}: {}", r.text());
    }

    let (raw, _) = exchange_raw(port, b"HEAD / HTTP/1.1\r\nConnection: close\r\n\r\n");
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 200 OK\r\n"), "{text}");
    assert!(text.ends_with("\r\n\r\n"), "HEAD has no body: {text}");
    let len = server.get("/").body.len();
    assert!(
        text.contains(&format!("Content-Length: {len}\r\n")),
        "{text}"
    );
    assert_eq!(server.get("/").status, 200, "the server still serves");
}

/// With a short idle timeout (CAMPAIGN_SITE_IDLE_TIMEOUT_MS=500): a connection that sends
/// nothing, a head sent too slowly and a kept-alive connection left idle are closed, while the
/// events stream stays open well past the timeout and still reloads the page.
#[test]
fn idle_connections_are_closed_but_not_the_events_stream() {
    let (_tmp, root) = sample_site();
    let server = Server::launch(&root, free_port(), &[], &[(TIMEOUT_VAR, "500")]);
    let port = server.port;
    let mut events = server.events();
    let mut buf = [0u8; 64];

    let started = Instant::now();
    let mut silent = connect(port);
    assert_eq!(silent.read(&mut buf).expect("closed, not timed out"), 0);
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(400) && took < Duration::from_secs(5),
        "a silent connection is closed after the timeout: {took:?}"
    );

    // A header line every 100 ms: the timeout counts for the whole head.
    let mut slow = connect(port);
    let mut trickle = slow.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = trickle.write_all(b"GET / HTTP/1.1\r\n");
        for i in 0..30 {
            if write!(trickle, "X-Slow-{i}: y\r\n").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    let took = started.elapsed();
    assert_eq!(parse_response("a slow head", &answer).status, 408);
    assert!(
        took < Duration::from_secs(2),
        "a slow head is cut off: {took:?}"
    );
    writer.join().unwrap();

    // Two requests on one connection, then silence: closed.
    let mut kept = connect(port);
    for path in ["/style.css", "/"] {
        write!(
            kept,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
        )
        .unwrap();
        let r = read_response(&mut kept);
        assert_eq!(r.status, 200, "GET {path} kept alive");
        assert_eq!(r.header("Connection"), Some("keep-alive"));
    }
    let started = Instant::now();
    assert_eq!(kept.read(&mut buf).expect("closed, not timed out"), 0);
    assert!(started.elapsed() < Duration::from_secs(5));

    // The events stream, open for seconds now, still carries the reload.
    std::thread::sleep(Duration::from_secs(1));
    let article = root.join("content/news/lai-chau-tong-ket.vi.md");
    let text = fs::read_to_string(&article).unwrap();
    fs::write(
        &article,
        text.replace("Lai Châu tổng kết", "Lai Châu tổng kết năm"),
    )
    .unwrap();
    events.wait_for("reload", PATIENCE);
    let page = server.get("/news/lai-chau-tong-ket/").text();
    assert!(page.contains("Lai Châu tổng kết năm"), "{page}");
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
