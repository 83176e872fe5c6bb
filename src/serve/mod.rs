//! `campaign-site serve`: builds the site (its pages into `.cache/serve/`), serves it on
//! loopback, rebuilds when a source changes and reloads open pages; a failed rebuild keeps the
//! last good pages and shows its problems in every open page.
//!
//! Requests are read by `conn` and `request` with hard limits: 8 KB for the request line and
//! headers (431 above), GET and HEAD only (405), no bodies (413), at most 128 connections, and a
//! connection that sends no whole request head for 10 s is closed. The environment variable
//! `CAMPAIGN_SITE_IDLE_TIMEOUT_MS` sets that timeout in milliseconds (the tests use it). Serving
//! on an address other computers can reach (`--bind 0.0.0.0`) prints a warning.

mod conn;
mod folders;
mod http;
mod rebuild;
mod request;
mod state;
mod watch;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::sync::Arc;
use std::time::Duration;

use crate::fsx::ToolError;
use crate::messages::Catalogue;
use crate::msg;
use conn::{Limits, Slots};
use rebuild::rebuild;
pub use state::{ServeOptions, Snapshot, State};

/// Builds once, then serves and watches until the process is stopped.
pub fn run(opts: &ServeOptions) -> Result<(), ToolError> {
    let root = opts.root.canonicalize().map_err(|e| {
        crate::fsx::io_error(msg!("tool-cannot-find-site-folder", path = &opts.root), e)
    })?;
    let opts = &ServeOptions {
        root,
        ..opts.clone()
    };
    let limits = Limits::from_env()?;
    let listener = listen(opts)?;
    let addr = listener
        .local_addr()
        .map_err(|e| crate::fsx::io_error(msg!("serve-no-address"), e))?;
    let base_url = base_url(addr);
    let (folders, note) = match folders::Folders::open(&opts.root) {
        Ok(folders) => (Some(folders), None),
        Err(note) => (None, Some(note)),
    };
    let root = folders.as_ref().map(|f| f.root().to_path_buf());
    let state = Arc::new(State::new(opts.lang, folders));
    remove_when_stopped(root);
    if let Some(note) = note {
        eprintln!("{}", state.catalogue.text(&note));
    }
    rebuild(opts, &base_url, &state, msg!("serve-why-start"));
    let _watcher = watch::start(opts.clone(), base_url.clone(), Arc::clone(&state))?;
    announce(addr, &base_url, &state.catalogue);
    accept(&listener, &state, limits);
    Ok(())
}

fn listen(opts: &ServeOptions) -> Result<TcpListener, ToolError> {
    TcpListener::bind((opts.bind.as_str(), opts.port)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            ToolError(msg!(
                "serve-port-in-use",
                port = opts.port.to_string(),
                bind = &opts.bind,
                next = opts.port.wrapping_add(1).to_string()
            ))
        } else {
            let address = format!("{}:{}", opts.bind, opts.port);
            crate::fsx::io_error(msg!("serve-cannot-listen", address = address), e)
        }
    })
}

/// The address pages link to: the one listened on, or loopback when listening on every
/// interface (0.0.0.0 or ::).
fn base_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/", SocketAddr::new(ip, addr.port()))
}

/// Prints the address really listened on, with a warning when other computers can reach it.
fn announce(addr: SocketAddr, base_url: &str, catalogue: &Catalogue) {
    let ip = addr.ip();
    let addr = addr.to_string();
    if !ip.is_loopback() {
        let warning = match ip.is_unspecified() {
            true => msg!("serve-reachable-by-all", address = &addr),
            false => msg!("serve-reachable-by-others", address = &addr),
        };
        eprintln!("{}", catalogue.text(&warning));
    }
    let serving = match ip.is_unspecified() {
        true => msg!("serve-on-every-interface", address = &addr, url = base_url),
        false => msg!("serve-serving", url = base_url),
    };
    println!("{}", catalogue.text(&serving));
}

/// When serve is stopped with Ctrl+C, its folder of pages goes first. Where that cannot be
/// arranged, or serve is killed, the next serve of the site removes it.
fn remove_when_stopped(root: Option<std::path::PathBuf>) {
    let _ = ctrlc::set_handler(move || {
        if let Some(root) = &root {
            folders::remove(root);
        }
        std::process::exit(130);
    });
}

/// One thread per connection, at most `MAX_CONNECTIONS` at once.
fn accept(listener: &TcpListener, state: &Arc<State>, limits: Limits) {
    let slots = Slots::default();
    for stream in listener.incoming() {
        let Ok(stream) = stream else {
            // Out of file descriptors, or a connection reset before it was accepted.
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        let Some(slot) = slots.take() else {
            conn::turn_away(stream);
            continue;
        };
        let shared = Arc::clone(state);
        let spawned = std::thread::Builder::new()
            .name("serve-connection".into())
            .spawn(move || {
                let _slot = slot;
                conn::serve(stream, &shared, limits);
            });
        if let Err(e) = spawned {
            let text = msg!(
                "serve-cannot-answer",
                reason = crate::messages::io_reason(&e)
            );
            eprintln!("{}", state.catalogue.text(&text));
        }
    }
}
