//! What the browser tests share: the tools they need (Chromium, node, java and the npm
//! packages of tests/browser), skipped with a reason when missing unless `CI=true`, and the
//! example site built for a loopback port.

use std::path::{Path, PathBuf};

use super::runs;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn modules() -> PathBuf {
    repo().join("tests/browser/node_modules")
}

pub fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// What is missing to run the browser checks, if anything.
fn missing_tools() -> Vec<String> {
    let mut missing = Vec::new();
    if !chromium().is_file() {
        missing.push(format!("Chromium ({})", chromium().display()));
    }
    for program in ["node", "java"] {
        if !runs(program) {
            missing.push(program.to_owned());
        }
    }
    for package in ["playwright-core", "axe-core", "vnu-jar"] {
        if !modules().join(package).is_dir() {
            missing.push(format!(
                "tests/browser/node_modules/{package} (npm ci --prefix tests/browser)"
            ));
        }
    }
    missing
}

/// True when the tools are there; otherwise skips (or fails under CI).
pub fn tools_ready(test: &str) -> bool {
    super::tools_ready(test, &missing_tools())
}

/// The example site built for `port` into `out`.
pub fn build_example(out: &Path, port: u16) {
    build_site(&repo(), out, port);
}

pub fn build_site(root: &Path, out: &Path, port: u16) {
    let base_url = format!("http://127.0.0.1:{port}/");
    let run = super::build(root, out, &["--quiet", "--base-url", &base_url]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
