//! What to answer to one request for the site being served: only files of the site are served,
//! HTML gets the reload script, unknown paths get the site's 404 page, and open pages hear of
//! every rebuild through server-sent events. Reading requests is `conn`'s job.

use std::io::Write;
use std::time::Duration;

use super::state::State;
use crate::msg;
use crate::render::Content;

const EVENTS: &str = "/__campaign-site/events";
const SCRIPT: &str = "/__campaign-site/reload.js";
const RELOAD_JS: &str = include_str!("reload.js");

/// An answer with a known length; the connection adds `Content-Length` and `Connection`.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(status: u16, text: &str) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: text.as_bytes().to_vec(),
        }
    }
}

/// What to send for a request: a page, or the events stream (which keeps the connection).
pub enum Reply {
    Page(Response),
    Events,
}

/// The reply to a GET or HEAD of `target` (a path with perhaps a query).
pub fn respond(state: &State, target: &str) -> Reply {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS {
        return Reply::Events;
    }
    Reply::Page(match answer(state, path) {
        Answer::File {
            bytes,
            content_type,
            status,
        } => Response {
            status,
            headers: vec![("Content-Type", content_type)],
            body: bytes,
        },
        Answer::Redirect(to) => Response {
            status: 301,
            headers: vec![("Location", to)],
            body: Vec::new(),
        },
        Answer::Refused => Response::text(403, "refused: only files of the site are served"),
    })
}

enum Answer {
    File {
        bytes: Vec<u8>,
        content_type: String,
        status: u16,
    },
    Redirect(String),
    Refused,
}

fn answer(state: &State, path: &str) -> Answer {
    if path == SCRIPT {
        let title = state.catalogue.text(&msg!("serve-overlay-title"));
        let title = serde_json::to_string(&title).unwrap_or_else(|_| "\"\"".into());
        return Answer::File {
            bytes: RELOAD_JS.replace("OVERLAY_TITLE", &title).into_bytes(),
            content_type: content_type(SCRIPT),
            status: 200,
        };
    }
    let Some(rel) = safe_path(path) else {
        return Answer::Refused;
    };
    let (_, files, error) = state.current();
    let wanted = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.clone()
    };
    if let Some(content) = files.get(&wanted) {
        return file(&wanted, content, 200);
    }
    if files.contains_key(&format!("{rel}/index.html")) {
        return Answer::Redirect(format!("{path}/"));
    }
    // Below a language's folder (`en/...`), that language's 404 page.
    let not_found = rel
        .split_once('/')
        .map(|(first, _)| format!("{first}/404.html"))
        .filter(|f| files.contains_key(f))
        .unwrap_or_else(|| "404.html".to_owned());
    match files.get(&not_found) {
        Some(content) => file(&not_found, content, 404),
        None => {
            let text = error.unwrap_or_else(|| state.catalogue.text(&msg!("serve-not-found")));
            let page = format!(
                "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><title>campaign-site</title><body><pre>{}</pre>{}</body></html>",
                state.catalogue.lang().code(),
                crate::text::escape_xml(&text),
                script_tag()
            );
            Answer::File {
                bytes: page.into_bytes(),
                content_type: content_type("404.html"),
                status: 404,
            }
        }
    }
}

/// The path inside the site, or None for anything that could leave it.
fn safe_path(path: &str) -> Option<String> {
    let decoded = crate::text::percent_decode(path);
    let rel = decoded.strip_prefix('/')?;
    let unsafe_part = |seg: &str| seg == ".." || seg == "." || seg.contains(['\\', '\0', ':']);
    if rel.starts_with('/') || rel.split('/').any(unsafe_part) {
        return None;
    }
    Some(crate::text::nfc(rel))
}

fn file(name: &str, content: &Content, status: u16) -> Answer {
    let bytes = match content {
        Content::Bytes(b) => b.to_vec(),
        // A staged page is served from its file (`Content::Copy`): this is never met.
        Content::Staged(..) => b"not found".to_vec(),
        Content::Copy(p) | Content::Cached(p) => match std::fs::read(p) {
            Ok(b) => b,
            Err(_) => {
                return Answer::File {
                    bytes: b"not found".to_vec(),
                    content_type: "text/plain".into(),
                    status: 404,
                };
            }
        },
    };
    let content_type = content_type(name);
    let bytes = if content_type.starts_with("text/html") {
        inject(bytes)
    } else {
        bytes
    };
    Answer::File {
        bytes,
        content_type,
        status,
    }
}

fn script_tag() -> String {
    format!("<script src=\"{SCRIPT}\"></script>")
}

/// The reload script before `</body>` (only when serving; built files never have it).
fn inject(html: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{}{}", &text[..i], script_tag(), &text[i..]).into_bytes(),
        None => format!("{text}{}", script_tag()).into_bytes(),
    }
}

/// The `Content-Type` of a file by its extension: the type `mime_guess` knows, but the current
/// registered type where its table still has an older one; text and XML are UTF-8, as every
/// text the site is made of.
pub fn content_type(name: &str) -> String {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let essence = match ext.as_str() {
        "xml" => "application/xml",
        "mjs" => "text/javascript",
        "woff" => "font/woff",
        _ => mime_guess::from_ext(&ext)
            .first_raw()
            .unwrap_or("application/octet-stream"),
    };
    if essence.starts_with("text/") || essence == "application/xml" {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_owned()
    }
}

/// Server-sent events: `build-error` with the problems while the last build failed, `reload`
/// after every good build. The stream is never read, so no read timeout ends it: a comment
/// every 15 s finds closed pages, and the connection's write timeout pages that stop reading.
pub fn events(state: &State, out: &mut impl Write, head_only: bool) {
    let (mut seen, _, error) = state.current();
    let mut start = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n".to_owned();
    if !head_only {
        start.push_str(&match error {
            Some(e) => message("build-error", &e),
            None => ": connected\n\n".to_owned(),
        });
    }
    if out
        .write_all(start.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
        || head_only
    {
        return;
    }
    loop {
        let now = state.wait_change(seen, Duration::from_secs(15));
        let text = if now == seen {
            ": still here\n\n".to_owned()
        } else {
            seen = now;
            match state.current().2 {
                Some(e) => message("build-error", &e),
                None => message("reload", "{}"),
            }
        };
        if out
            .write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
    }
}

fn message(event: &str, data: &str) -> String {
    let data = serde_json::to_string(data).unwrap_or_else(|_| "\"\"".into());
    format!("event: {event}\ndata: {data}\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_site_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E/%2e%2e/x",
            "//etc/passwd",
            "/a\\..\\b",
            "/c:/x",
            "relative",
        ] {
            assert_eq!(safe_path(bad), None, "{bad}");
        }
        assert_eq!(safe_path("/tin-tuc/"), Some("tin-tuc/".into()));
        assert_eq!(safe_path("/%E1%BA%A3nh.jpg"), Some("ảnh.jpg".into()));
    }

    /// Every type served before the table came from `mime_guess`, unchanged.
    #[test]
    fn content_types() {
        for (name, want) in [
            ("a/index.html", "text/html; charset=utf-8"),
            ("old.htm", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("app.js", "text/javascript; charset=utf-8"),
            ("app.mjs", "text/javascript; charset=utf-8"),
            ("x.SVG", "image/svg+xml"),
            ("logo.png", "image/png"),
            ("a.jpg", "image/jpeg"),
            ("a.JPEG", "image/jpeg"),
            ("a.webp", "image/webp"),
            ("a.gif", "image/gif"),
            ("favicon.ico", "image/x-icon"),
            ("atom.xml", "application/xml; charset=utf-8"),
            ("data.csv", "text/csv; charset=utf-8"),
            ("data.json", "application/json"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("tài-liệu.pdf", "application/pdf"),
            ("font.woff2", "font/woff2"),
            ("font.woff", "font/woff"),
            ("README", "application/octet-stream"),
            ("a.unknown-ext", "application/octet-stream"),
        ] {
            assert_eq!(content_type(name), want, "{name}");
        }
    }

    #[test]
    fn the_reload_script_goes_before_the_end_of_the_body() {
        let html = inject(b"<html><body><p>x</p></body></html>".to_vec());
        assert_eq!(
            String::from_utf8(html).unwrap(),
            format!("<html><body><p>x</p><script src=\"{SCRIPT}\"></script></body></html>")
        );
    }
}
