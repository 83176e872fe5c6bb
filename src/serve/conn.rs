//! One connection of `serve`, answered so that nobody can make it hold much: its request heads
//! are read by `request` within limits, a refused request gets a short answer while the rest of
//! what it sends is dropped unread, and a connection that sends nothing for the idle timeout is
//! closed. The events stream, which stays open by design, is never read after its head, so only
//! the write timeout applies to it.

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::http::{self, Reply, Response};
use super::request::{Head, MAX_HEAD, parse_head, read_head};
use super::state::State;
use crate::fsx::ToolError;
use crate::msg;

/// The most connections open at once (each open page holds one for its events stream).
pub const MAX_CONNECTIONS: usize = 128;

/// After refusing a request, at most this much of what the client still sends is read and
/// dropped, for at most `LINGER_TIME`, so that it sees the answer instead of a reset.
const LINGER_BYTES: usize = 256 * 1024;
const LINGER_TIME: Duration = Duration::from_secs(1);

/// The environment variable that sets the idle timeout in milliseconds (for tests).
pub const TIMEOUT_VAR: &str = "CAMPAIGN_SITE_IDLE_TIMEOUT_MS";

/// How long a connection may take, passed to every connection's thread.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// To send a whole request head, counted from the end of the previous answer.
    pub idle: Duration,
    /// For any one write to go through (a client that stops reading is dropped).
    pub write: Duration,
}

impl Limits {
    /// 10 s to send a request head, or `CAMPAIGN_SITE_IDLE_TIMEOUT_MS` milliseconds; 30 s to write.
    pub fn from_env() -> Result<Limits, ToolError> {
        let idle = match std::env::var(TIMEOUT_VAR) {
            Err(_) => Duration::from_secs(10),
            Ok(text) => match text.trim().parse::<u64>() {
                Ok(ms) if ms > 0 => Duration::from_millis(ms),
                _ => {
                    return Err(ToolError(msg!(
                        "serve-bad-timeout",
                        variable = TIMEOUT_VAR,
                        value = &text
                    )));
                }
            },
        };
        Ok(Limits {
            idle,
            write: Duration::from_secs(30),
        })
    }
}

/// Counts the open connections; a slot is given back when its `Slot` is dropped.
#[derive(Default)]
pub struct Slots(Arc<AtomicUsize>);

pub struct Slot(Arc<AtomicUsize>);

impl Slots {
    /// A slot, or None when `MAX_CONNECTIONS` are open.
    pub fn take(&self) -> Option<Slot> {
        let taken = self
            .0
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < MAX_CONNECTIONS).then_some(n + 1)
            })
            .is_ok();
        taken.then(|| Slot(Arc::clone(&self.0)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Tells a client over the limit to come back later, without waiting on it.
pub fn turn_away(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let _ = write_response(&mut stream, &refusal(503), false, true);
}

/// Answers the requests of one connection until it is closed, idle, or sends one refused.
pub fn serve(mut stream: TcpStream, state: &State, limits: Limits) {
    if stream.set_write_timeout(Some(limits.write)).is_err() {
        return;
    }
    let _ = stream.set_nodelay(true);
    let mut buf = Vec::with_capacity(MAX_HEAD);
    loop {
        let end = match read_head(&mut stream, &mut buf, limits.idle) {
            Head::Complete(end) => end,
            Head::Idle | Head::Failed => return,
            Head::TimedOut => return refuse(&mut stream, 408),
            Head::TooLarge { line_ended: true } => return refuse(&mut stream, 431),
            Head::TooLarge { line_ended: false } => return refuse(&mut stream, 414),
        };
        let parsed = parse_head(&String::from_utf8_lossy(&buf[..end]));
        buf.drain(..end);
        let request = match parsed {
            Ok(request) => request,
            Err(status) => return refuse(&mut stream, status),
        };
        match http::respond(state, &request.target) {
            Reply::Events => return http::events(state, &mut stream, request.head_only),
            Reply::Page(response) => {
                let sent = write_response(&mut stream, &response, request.head_only, request.close);
                if sent.is_err() || request.close {
                    let _ = stream.shutdown(Shutdown::Write);
                    return;
                }
            }
        }
    }
}

/// The short page that refuses a request with `status`.
fn refusal(status: u16) -> Response {
    let text = match status {
        405 => "only GET and HEAD are answered here",
        408 => "the request took too long to arrive",
        413 => "requests with a body are not accepted",
        414 | 431 => "the request line and headers may take at most 8 KB",
        503 => "too many connections are open; try again in a moment",
        505 => "only HTTP/1.1 and HTTP/1.0 are spoken here",
        _ => "the request could not be read",
    };
    let mut response = Response::text(status, text);
    if status == 405 {
        response.headers.push(("Allow", "GET, HEAD".into()));
    }
    response
}

/// Answers `status` and closes: the rest of what the client sends is dropped, up to a cap,
/// so that it reads the answer rather than a reset connection.
fn refuse(stream: &mut TcpStream, status: u16) {
    if write_response(stream, &refusal(status), false, true).is_err()
        || stream.shutdown(Shutdown::Write).is_err()
    {
        return;
    }
    let deadline = Instant::now() + LINGER_TIME;
    let mut dropped = 0;
    let mut chunk = [0u8; 4096];
    while dropped < LINGER_BYTES {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut chunk) {
            Ok(0) => return,
            Ok(n) => dropped += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

/// Writes the status line, headers (with the length) and, unless `head_only`, the body.
fn write_response(
    stream: &mut impl Write,
    response: &Response,
    head_only: bool,
    close: bool,
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: {}\r\n\r\n",
        response.body.len(),
        if close { "close" } else { "keep-alive" }
    ));
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_more_connections_than_the_limit() {
        let slots = Slots::default();
        let taken: Vec<Slot> = (0..MAX_CONNECTIONS).filter_map(|_| slots.take()).collect();
        assert_eq!(taken.len(), MAX_CONNECTIONS);
        assert!(slots.take().is_none());
        drop(taken);
        assert!(slots.take().is_some());
    }

    #[test]
    fn a_response_carries_its_length_and_a_head_answer_no_body() {
        let response = Response::text(404, "gone");
        let mut out = Vec::new();
        write_response(&mut out, &response, false, true).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"), "{text}");
        assert!(text.contains("Content-Length: 4\r\nConnection: close\r\n\r\n"));
        assert!(text.ends_with("\r\n\r\ngone"));
        let mut out = Vec::new();
        write_response(&mut out, &response, true, false).unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .ends_with("keep-alive\r\n\r\n")
        );
    }
}
