//! A running `campaign-site serve` for the tests, killed when dropped, and the server-sent events
//! stream an open page hears, read message by message with a timeout.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::http::{self, Response};

/// What `serve` puts before `</body>` in every HTML page it serves.
pub const SCRIPT_TAG: &str = "<script src=\"/__campaign-site/reload.js\"></script>";

/// How long to wait for the server to start, or for a rebuild to be announced.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// A running `campaign-site serve`; killed when dropped, so no process outlives a failed assert.
pub struct Server {
    pub child: Child,
    pub port: u16,
    stdout: PathBuf,
    stderr: PathBuf,
    _logs: TempDir,
}

impl Server {
    /// Starts `serve --root <root> --port <free port> <extra...>` and waits until it answers.
    pub fn start(root: &Path, extra: &[&str]) -> Server {
        Server::launch(root, super::free_port(), extra, &[])
    }

    /// Starts `serve --port <port>` with more arguments and environment variables, and waits
    /// until it answers; with port 0 the server picks one, read from the line it prints.
    pub fn launch(root: &Path, port: u16, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let logs = tempfile::tempdir().expect("a folder for the server's output");
        let stdout = logs.path().join("stdout");
        let stderr = logs.path().join("stderr");
        let log = |path: &Path| fs::File::create(path).expect("a log file");
        let child = super::command()
            .arg("serve")
            .arg("--root")
            .arg(root)
            .arg("--port")
            .arg(port.to_string())
            .args(extra)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log(&stdout))
            .stderr(log(&stderr))
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
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                panic!(
                    "serve exited with {status} before answering; stderr:\n{}",
                    self.stderr()
                );
            }
            if self.port == 0 {
                self.port = printed_port(&self.stdout()).unwrap_or(0);
            }
            // Any answer will do: a site broken from the start is served too (with its error).
            if self.port != 0 && http::try_get(self.port, "/").is_ok() {
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

    pub fn get(&self, path: &str) -> Response {
        http::get(self.port, path)
    }

    pub fn events(&self) -> Events {
        Events::open(self.port)
    }

    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().is_ok_and(|status| status.is_none())
    }

    pub fn stdout(&self) -> String {
        fs::read_to_string(&self.stdout).unwrap_or_default()
    }

    pub fn stderr(&self) -> String {
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

/// One message of the events stream.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// `: text` lines only (the server's greeting and keep-alives).
    Comment(String),
    Event {
        name: String,
        data: String,
    },
}

/// What the thread reading the stream hands over: bytes, or the end of the stream.
enum Chunk {
    Bytes(Vec<u8>),
    Closed(String),
}

/// An open `/__campaign-site/events` stream. A thread reads the body as it comes, so that each
/// wait for a message has its own timeout.
pub struct Events {
    chunks: Receiver<Chunk>,
    pending: Vec<u8>,
    /// Everything read so far, for failure messages.
    seen: Vec<Message>,
}

impl Events {
    fn open(port: u16) -> Events {
        let path = "/__campaign-site/events";
        let answer = http::agent(None)
            .get(format!("http://127.0.0.1:{port}{path}"))
            .header("Accept", "text/event-stream")
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        assert_eq!(answer.status(), 200, "the events stream answers 200");
        let kind = answer
            .headers()
            .get("Content-Type")
            .and_then(|v| v.to_str().ok());
        assert_eq!(kind, Some("text/event-stream"), "the events stream's type");
        let mut body = answer.into_body().into_reader();
        let (send, chunks) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                let chunk = match body.read(&mut buf) {
                    Ok(0) => Chunk::Closed("the server closed the events stream".into()),
                    Ok(n) => Chunk::Bytes(buf[..n].to_vec()),
                    Err(e) => Chunk::Closed(format!("reading the events stream: {e}")),
                };
                let last = matches!(chunk, Chunk::Closed(_));
                if send.send(chunk).is_err() || last {
                    return;
                }
            }
        });
        Events {
            chunks,
            pending: Vec::new(),
            seen: Vec::new(),
        }
    }

    /// Waits for more bytes into `pending`; false when the deadline passed first.
    fn fill(&mut self, deadline: Instant) -> bool {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.chunks.recv_timeout(left) {
            Ok(Chunk::Bytes(bytes)) => {
                self.pending.extend(bytes);
                true
            }
            Ok(Chunk::Closed(why)) => panic!("{why}; messages so far: {:#?}", self.seen),
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => panic!("the events stream's reader stopped"),
        }
    }

    /// The next message, or None when `timeout` passes first.
    pub fn next(&mut self, timeout: Duration) -> Option<Message> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(end) = block_end(&self.pending) {
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
    pub fn wait_for(&mut self, name: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.next(left) {
                Some(Message::Event { name: n, data }) if n == name => return json_string(&data),
                Some(_) => {}
                None => panic!(
                    "no `event: {name}` within {timeout:?}; messages so far: {:#?}",
                    self.seen
                ),
            }
        }
    }

    /// Asserts no event (comments allowed) arrives for `time`.
    pub fn assert_quiet(&mut self, time: Duration, why: &str) {
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

/// The data of an event, a JSON string, decoded.
pub fn json_string(data: &str) -> String {
    serde_json::from_str(data)
        .unwrap_or_else(|e| panic!("the event's data is a JSON string ({e}): {data}"))
}

/// The length in bytes of the first complete message block and its blank line (`\n\n` or
/// `\r\n\r\n`), if one has arrived.
fn block_end(raw: &[u8]) -> Option<usize> {
    let find = |needle: &[u8]| raw.windows(needle.len()).position(|w| w == needle);
    let lf = find(b"\n\n").map(|i| i + 2);
    let crlf = find(b"\r\n\r\n").map(|i| i + 4);
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
