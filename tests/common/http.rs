//! HTTP for the tests of `serve`: the requests a browser sends go through ureq; the answer to a
//! request no client library would send (malformed, hostile, or on a socket the test holds) is
//! read from the socket and parsed by httparse.

use std::time::Duration;

/// One answer of the server.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The value of the header `name` (in any case), if the answer has it.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn content_type(&self) -> &str {
        self.header("Content-Type").unwrap_or("")
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A client that reports every status as an answer (404 and 403 are what some tests expect),
/// follows no redirect (301 is checked) and keeps no connection between requests.
pub fn agent(timeout: Option<Duration>) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .max_idle_connections(0)
        .timeout_global(timeout)
        .build()
        .into()
}

/// `GET path` from the server on `port`; panics on a network failure.
pub fn get(port: u16, path: &str) -> Response {
    try_get(port, path).unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

/// `GET path` with `Connection: close`, within 5 s.
pub fn try_get(port: u16, path: &str) -> Result<Response, ureq::Error> {
    let mut answer = agent(Some(Duration::from_secs(5)))
        .get(format!("http://127.0.0.1:{port}{path}"))
        .header("Connection", "close")
        .call()?;
    let status = answer.status().as_u16();
    let headers = answer
        .headers()
        .iter()
        .map(|(n, v)| {
            let value = String::from_utf8_lossy(v.as_bytes()).into_owned();
            (n.as_str().to_owned(), value)
        })
        .collect();
    let body = answer.body_mut().read_to_vec()?;
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// The head (status line and headers) of an answer read from a socket, with its length in bytes,
/// once it has all arrived; panics when `raw` does not start like an HTTP/1.1 answer.
pub fn parse_head(what: &str, raw: &[u8]) -> Option<(Response, usize)> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut parsed = httparse::Response::new(&mut headers);
    let end = match parsed.parse(raw) {
        Ok(httparse::Status::Complete(end)) => end,
        Ok(httparse::Status::Partial) => return None,
        Err(e) => panic!("{what}: not an HTTP answer ({e}): {raw:?}"),
    };
    assert_eq!(parsed.version, Some(1), "{what}: an HTTP/1.1 answer");
    let response = Response {
        status: parsed.code.unwrap_or_else(|| panic!("{what}: no status")),
        headers: parsed
            .headers
            .iter()
            .map(|h| {
                let value = String::from_utf8_lossy(h.value).into_owned();
                (h.name.to_owned(), value)
            })
            .collect(),
        body: Vec::new(),
    };
    Some((response, end))
}

/// Parses a whole answer read from a socket: an HTTP/1.1 head, then a body of its
/// `Content-Length` (which every answer of the server carries).
pub fn parse_raw(what: &str, raw: &[u8]) -> Response {
    let (mut response, end) = parse_head(what, raw)
        .unwrap_or_else(|| panic!("{what}: the answer's head is cut short: {raw:?}"));
    let len = content_length(what, &response);
    let rest = &raw[end..];
    assert!(
        rest.len() >= len,
        "{what}: the body is shorter than its Content-Length"
    );
    response.body = rest[..len].to_vec();
    response
}

/// The answer's `Content-Length`; panics without one.
pub fn content_length(what: &str, response: &Response) -> usize {
    response
        .header("Content-Length")
        .unwrap_or_else(|| panic!("{what}: the answer has no Content-Length"))
        .parse()
        .unwrap_or_else(|e| panic!("{what}: Content-Length: {e}"))
}
