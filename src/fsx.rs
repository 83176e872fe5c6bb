//! File helpers that name the path in every I/O error, so a tool failure says where it happened.

use std::fs;
use std::io;
use std::path::Path;

use crate::messages::{Message, io_reason};
use crate::msg;

/// A failure of the tool or the machine (not of the site's content): exit code 2.
#[derive(Debug)]
pub struct ToolError(pub Message);

/// In English, for logs and tests; the commands print it in the editor's language.
impl std::fmt::Display for ToolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.english())
    }
}

impl std::error::Error for ToolError {}

/// `what` (a message with the path, like `tool-cannot-read`) with the reason the system gave.
pub fn io_error(what: Message, e: io::Error) -> ToolError {
    ToolError(what.with("reason", io_reason(&e)))
}

/// Why a folder could not be walked, in the editor's words where the system said why.
pub fn walk_reason(e: &walkdir::Error) -> Message {
    match e.io_error() {
        Some(io) => io_reason(io),
        None => msg!("io-other", reason = e.to_string()),
    }
}

pub fn read(path: &Path) -> Result<Vec<u8>, ToolError> {
    fs::read(path).map_err(|e| io_error(msg!("tool-cannot-read", path = path), e))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), ToolError> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    fs::write(path, bytes).map_err(|e| io_error(msg!("tool-cannot-write", path = path), e))
}

pub fn copy(from: &Path, to: &Path) -> Result<(), ToolError> {
    if let Some(parent) = to.parent() {
        create_dir_all(parent)?;
    }
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| io_error(msg!("tool-cannot-copy", from = from, to = to), e))
}

pub fn create_dir_all(path: &Path) -> Result<(), ToolError> {
    fs::create_dir_all(path)
        .map_err(|e| io_error(msg!("tool-cannot-create-folder", path = path), e))
}

pub fn remove_dir_all(path: &Path) -> Result<(), ToolError> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            Err(io_error(msg!("tool-cannot-remove", path = path), e))
        }
        _ => Ok(()),
    }
}

/// Writes `bytes` to a file of its own beside `path` first (`<name>.partial-<pid>`), then renames
/// it to `path`: whoever reads `path` meanwhile, another build say, never reads half of it.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(format!(".partial-{}", std::process::id()));
    let partial = path.with_file_name(name);
    let written = fs::write(&partial, bytes).and_then(|()| fs::rename(&partial, path));
    if written.is_err() {
        let _ = fs::remove_file(&partial);
    }
    written
}

/// When a file was last changed, in nanoseconds since 1970 (0 when the system cannot say).
pub fn modified_nanos(meta: &fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

pub fn rename(from: &Path, to: &Path) -> Result<(), ToolError> {
    fs::rename(from, to).map_err(|e| io_error(msg!("tool-cannot-move", from = from, to = to), e))
}

/// Swaps `a` and `b` in one step (both must exist), so each name always holds a complete folder.
/// On Linux this is `renameat2(RENAME_EXCHANGE)`; it returns `Ok(false)` when the system or the
/// file system cannot do it (other systems, or `EINVAL`/`ENOSYS`/`EOPNOTSUPP` on Linux), and the
/// caller falls back to two renames.
#[cfg(target_os = "linux")]
pub fn exchange(a: &Path, b: &Path) -> Result<bool, ToolError> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::NOTSUP) => Ok(false),
        Err(e) => Err(io_error(
            msg!("tool-cannot-swap", a = a, b = b),
            io::Error::from(e),
        )),
    }
}

/// Swaps `a` and `b` in one step: not available on this system, so always `Ok(false)` (the
/// caller falls back to two renames).
#[cfg(not(target_os = "linux"))]
pub fn exchange(_a: &Path, _b: &Path) -> Result<bool, ToolError> {
    Ok(false)
}

/// The one rule for links in a site: a file or folder reached through a symbolic link is read
/// only when the link leads to a place inside the site folder. Anything else is a problem of
/// the site, named by the link, so that no file of the machine is ever published.
#[derive(Debug, Clone)]
pub struct SiteBounds {
    root: std::path::PathBuf,
}

/// Whether `path` is itself a link (not what it leads to).
pub fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

impl SiteBounds {
    pub fn new(root: &Path) -> SiteBounds {
        SiteBounds {
            root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
        }
    }

    /// Why `path` may not be read, when it is (or goes through) a link that leaves the site.
    pub fn refuse(&self, path: &Path) -> Option<Message> {
        let is_link = is_link(path);
        match path.canonicalize() {
            Ok(real) if real.starts_with(&self.root) => None,
            Ok(real) => Some(msg!("tool-link-outside", target = real)),
            Err(_) if is_link => Some(msg!("tool-link-nowhere")),
            Err(_) => None,
        }
    }
}

/// The files below a folder of the site, in a stable order, and what could not be walked.
#[derive(Default)]
pub struct Walked {
    pub files: Vec<walkdir::DirEntry>,
    /// Links that leave the site (or lead nowhere): the link, and why it was not followed.
    pub refused: Vec<(std::path::PathBuf, Message)>,
    pub errors: Vec<walkdir::Error>,
}

/// Walks `dir`, sorted by name, following links only where [`SiteBounds`] allows and skipping
/// entries whose name `skip` refuses (editor leftovers, hidden folders).
pub fn walk_site(dir: &Path, bounds: &SiteBounds, skip: impl Fn(&str) -> bool) -> Walked {
    let mut walked = Walked::default();
    let mut walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !skip(&e.file_name().to_string_lossy()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                // A link that loops or leads nowhere is the site's problem, named by the link.
                let link = e.path().map(Path::to_path_buf);
                let broken = e.loop_ancestor().is_some()
                    || e.io_error().is_some_and(|io| {
                        io.kind() == io::ErrorKind::NotFound || io.raw_os_error() == Some(40)
                    });
                match link {
                    Some(link) if broken => walked.refused.push((link, msg!("tool-link-loops"))),
                    _ => walked.errors.push(e),
                }
                continue;
            }
        };
        if (entry.depth() == 0 || entry.path_is_symlink())
            && let Some(problem) = bounds.refuse(entry.path())
        {
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            walked.refused.push((entry.into_path(), problem));
            continue;
        }
        if entry.file_type().is_file() {
            walked.files.push(entry);
        }
    }
    walked
}
