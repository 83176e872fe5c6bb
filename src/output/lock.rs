//! One build at a time per output folder: an advisory lock on a file beside the output, waited
//! for a bounded time, so that concurrent builds of one site take turns instead of colliding.

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::target::{absolute, parent_and_name};
use crate::diagnostics::{Diagnostic, Pos};
use crate::failure::Failure;
use crate::fsx;
use crate::messages::Arg;
use crate::msg;

/// How long a build waits for another build of the same output to finish before giving up.
pub const LOCK_WAIT: Duration = Duration::from_secs(60);

/// How often a waiting build tries the lock again.
const LOCK_POLL: Duration = Duration::from_millis(20);

/// The right to write one output folder: an advisory lock on `.<name>.lock` beside it (never
/// inside it), released when this value is dropped.
pub struct OutputLock {
    path: PathBuf,
    _file: File,
}

impl Drop for OutputLock {
    /// Removes the lock file, then closes it (which releases the lock). A build waiting on the
    /// removed file notices it is no longer the one at the path and opens the new one: see
    /// [`is_current`]. Elsewhere than Unix the file stays, as that check cannot be made.
    fn drop(&mut self) {
        if cfg!(unix) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Takes the lock of `output`, trying again every few milliseconds for up to `wait`. When another
/// build still holds it after that, fails as a problem of the site (exit 1) naming the folder.
pub fn lock(output: &Path, wait: Duration) -> Result<OutputLock, Failure> {
    let output = absolute(output)?;
    let (parent, name) = parent_and_name(&output)?;
    fsx::create_dir_all(parent)?;
    let path = parent.join(format!(".{name}.lock"));
    let started = Instant::now();
    loop {
        let file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-open-lock", path = &path), e))?;
        match file.try_lock() {
            Ok(()) if is_current(&file, &path) => return Ok(OutputLock { path, _file: file }),
            Ok(()) | Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => {
                return Err(fsx::io_error(msg!("tool-cannot-lock", path = &path), e).into());
            }
        }
        if started.elapsed() >= wait {
            let secs = wait.as_secs_f64();
            let digits = secs.to_string().split_once('.').map_or(0, |(_, d)| d.len());
            let message = msg!(
                "output-locked",
                seconds = Arg::Decimal(secs, digits),
                lock = &path
            );
            return Err(vec![Diagnostic::error(&output, Pos::UNKNOWN, message)].into());
        }
        std::thread::sleep(LOCK_POLL);
    }
}

/// Whether `file` is still the file at `path` (a build that released the lock removed it).
#[cfg(unix)]
fn is_current(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
        _ => false,
    }
}

/// Whether `file` is still the file at `path`: always, as the lock file is never removed here.
#[cfg(not(unix))]
fn is_current(_file: &File, _path: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(output: &Path, wait: Duration) -> String {
        match lock(output, wait) {
            Ok(_) => panic!("a held lock was taken twice"),
            Err(Failure::Site(report)) => report.problems.iter().map(ToString::to_string).collect(),
            Err(Failure::Tool(e)) => panic!("a held lock is a problem of the site, not {e}"),
        }
    }

    #[test]
    fn one_holder_at_a_time_then_the_next() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        let Ok(held) = lock(&out, Duration::ZERO) else {
            panic!("a free lock is taken at once");
        };
        assert!(
            tmp.path().join(".public.lock").is_file(),
            "beside the output"
        );
        assert!(!out.exists(), "the lock does not make the output");

        let started = Instant::now();
        let text = refusal(&out, Duration::from_millis(60));
        assert!(started.elapsed() >= Duration::from_millis(60), "it waited");
        assert!(
            text.starts_with(&format!(
                "{}: another build of this site is running",
                out.display()
            )),
            "{text}"
        );
        assert!(text.contains("gave up after waiting 0.06 s"), "{text}");
        // Another output beside it has its own lock.
        assert!(lock(&tmp.path().join("other"), Duration::ZERO).is_ok());

        drop(held);
        if cfg!(unix) {
            assert!(
                !tmp.path().join(".public.lock").exists(),
                "removed on release"
            );
        }
        assert!(lock(&out, Duration::ZERO).is_ok(), "free again");
    }

    #[test]
    fn a_waiting_build_gets_the_lock_once_released() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let out = tmp.path().join("public");
        let Ok(held) = lock(&out, Duration::ZERO) else {
            panic!("a free lock is taken at once");
        };
        let started = Instant::now();
        let taken = std::thread::scope(|s| {
            s.spawn(|| {
                std::thread::sleep(Duration::from_millis(150));
                drop(held);
            });
            lock(&out, Duration::from_secs(10)).is_ok()
        });
        assert!(taken, "the lock is taken after its release");
        assert!(started.elapsed() >= Duration::from_millis(150));
    }
}
