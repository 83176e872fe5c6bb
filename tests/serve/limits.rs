//! Limits on what a client can make the server hold (issue 10): oversized heads, bodies, other
//! methods, malformed requests and idle or slow connections. These requests are written to the
//! socket by hand, as no client library sends them, and the answers read from it.

use std::fs;
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::common::free_port;
use crate::common::http::{Response, content_length, parse_head, parse_raw};
use crate::common::serve::{PATIENCE, Server};
use crate::sample_site;

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
    (parse_raw(&line, &answer), took)
}

/// Reads one answer from a connection kept open: its head, then a body of its Content-Length.
fn read_response(stream: &mut TcpStream) -> Response {
    let what = "a kept-alive request";
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    let mut response = loop {
        if let Some((response, _)) = parse_head(what, &raw) {
            break response;
        }
        let n = stream.read(&mut byte).expect("an answer");
        assert_eq!(n, 1, "the server closed before answering: {raw:?}");
        raw.push(byte[0]);
    };
    response.body = vec![0u8; content_length(what, &response)];
    stream
        .read_exact(&mut response.body)
        .expect("the whole body");
    response
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
    assert_eq!(parse_raw("a slow head", &answer).status, 408);
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
