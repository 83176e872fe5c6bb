//! The import tests' way of running `campaign-site import` into the `import_site` fixture's
//! campaign `thi-dua`, and of reading what it printed and wrote.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use super::{Run, campaign_site};

/// The fixture campaign's unit files, from the site's folder.
pub const UNITS: &str = "content/results/thi-dua/units";

/// `campaign-site import SHEET --campaign thi-dua --root ROOT EXTRA...`.
pub fn import(root: &Path, sheet: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&OsStr> = vec![
        "import".as_ref(),
        sheet.as_os_str(),
        "--campaign".as_ref(),
        "thi-dua".as_ref(),
        "--root".as_ref(),
        root.as_os_str(),
    ];
    args.extend(extra.iter().map(OsStr::new));
    campaign_site(args)
}

/// The unit file `id` of the fixture campaign.
pub fn unit_path(root: &Path, id: &str) -> PathBuf {
    root.join(UNITS).join(format!("{id}.yaml"))
}

/// Fails unless the summary has exactly this line.
pub fn has_line(run: &Run, line: &str) {
    assert!(
        run.stdout.lines().any(|l| l == line),
        "no line {line:?} in\n{}\n{}",
        run.stdout,
        run.stderr
    );
}
