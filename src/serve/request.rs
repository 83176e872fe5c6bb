//! Reading one request head from a connection, within limits: at most `MAX_HEAD` bytes before a
//! deadline, then parsed into the one kind of request `serve` answers (GET or HEAD without a
//! body) or the status that refuses it.

use std::io::{ErrorKind, Read};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// The most bytes a request line and its headers may take, blank line included.
pub const MAX_HEAD: usize = 8 * 1024;

/// What reading a request head gave.
#[derive(Debug, PartialEq)]
pub enum Head {
    /// A head of this many bytes, blank line included, is at the start of the buffer.
    Complete(usize),
    /// The client sent nothing before closing or before the idle timeout.
    Idle,
    /// Part of a head came, not all of it, before the timeout.
    TimedOut,
    /// `MAX_HEAD` bytes came without the end of the head (or of the request line).
    TooLarge { line_ended: bool },
    /// The connection broke.
    Failed,
}

/// Reads until `buf` holds a whole head, never more than `MAX_HEAD` bytes, before `idle` passes.
/// Bytes after the head (a next, pipelined request) stay in `buf`.
pub fn read_head(stream: &mut TcpStream, buf: &mut Vec<u8>, idle: Duration) -> Head {
    let deadline = Instant::now() + idle;
    let mut chunk = [0u8; 2048];
    loop {
        // Blank lines before a request line are allowed, and ignored.
        let blank = buf
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        buf.drain(..blank);
        if let Some(end) = head_end(buf) {
            return Head::Complete(end);
        }
        if buf.len() >= MAX_HEAD {
            let line_ended = buf.contains(&b'\n');
            return Head::TooLarge { line_ended };
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return if buf.is_empty() {
                Head::Idle
            } else {
                Head::TimedOut
            };
        }
        if stream.set_read_timeout(Some(left)).is_err() {
            return Head::Failed;
        }
        let room = (MAX_HEAD - buf.len()).min(chunk.len());
        match stream.read(&mut chunk[..room]) {
            Ok(0) if buf.is_empty() => return Head::Idle,
            Ok(0) => return Head::Failed,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if is_timeout_or_interrupt(&e) => {}
            Err(_) => return Head::Failed,
        }
    }
}

fn is_timeout_or_interrupt(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted
    )
}

/// The length of the head at the start of `buf` (up to its blank line, `\r\n` or `\n`).
fn head_end(buf: &[u8]) -> Option<usize> {
    buf.iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .find_map(|(i, _)| match &buf[i + 1..] {
            [b'\n', ..] => Some(i + 2),
            [b'\r', b'\n', ..] => Some(i + 3),
            _ => None,
        })
}

/// A request `serve` answers: GET or HEAD, without a body.
#[derive(Debug, PartialEq)]
pub struct Request {
    pub target: String,
    pub head_only: bool,
    /// The client asked to close after the answer (or speaks HTTP/1.0).
    pub close: bool,
}

/// The request in a head, or the status that refuses it: 400 for a malformed head, 505 for
/// another HTTP version, 405 for other methods, 413 for a request with a body.
pub fn parse_head(head: &str) -> Result<Request, u16> {
    let mut lines = head.lines();
    let line = lines.next().unwrap_or("");
    let [method, target, version] = match line.split(' ').collect::<Vec<_>>()[..] {
        [m, t, v] if !m.is_empty() && !t.is_empty() && !t.contains(|c: char| c.is_control()) => {
            [m, t, v]
        }
        _ => return Err(400),
    };
    let close = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        v if v.starts_with("HTTP/") => return Err(505),
        _ => return Err(400),
    };
    let mut request = Request {
        target: target.to_owned(),
        head_only: method == "HEAD",
        close,
    };
    let mut body = false;
    for line in lines.filter(|l| !l.is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(400);
        };
        if name.is_empty() || name.contains(|c: char| c.is_ascii_whitespace()) {
            return Err(400);
        }
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            body |= value.parse::<u64>().map_err(|_| 400u16)? > 0;
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            body = true;
        } else if name.eq_ignore_ascii_case("connection") {
            request.close |= value
                .split(',')
                .any(|t| t.trim().eq_ignore_ascii_case("close"));
        }
    }
    if method != "GET" && method != "HEAD" {
        return Err(405);
    }
    if body {
        return Err(413);
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_of_a_head() {
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET"), Some(27));
        assert_eq!(head_end(b"GET / HTTP/1.1\nHost: x\n\n"), Some(24));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: x\r\n"), None);
        assert_eq!(head_end(b""), None);
    }

    #[test]
    fn heads_are_parsed_or_refused() {
        let get = |head: &str| parse_head(head);
        assert_eq!(
            get("GET /a?b HTTP/1.1\r\nHost: x\r\n\r\n"),
            Ok(Request {
                target: "/a?b".into(),
                head_only: false,
                close: false
            })
        );
        let head = get("HEAD / HTTP/1.1\r\nConnection: Keep-Alive, Close\r\n\r\n").unwrap();
        assert!(head.head_only && head.close);
        assert!(get("GET / HTTP/1.0\r\n\r\n").unwrap().close);
        assert!(get("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").is_ok());
        for (head, status) in [
            ("GET /\r\n\r\n", 400),
            ("GET  / HTTP/1.1\r\n\r\n", 400),
            ("GET /a\rSet-Cookie:x HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nno colon\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nContent-Length: lots\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\n\r\n", 505),
            (
                "POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
                405,
            ),
            ("DELETE / HTTP/1.1\r\n\r\n", 405),
            ("GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\n", 413),
            ("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 413),
        ] {
            assert_eq!(get(head), Err(status), "{head:?}");
        }
    }
}
