//! Where the output may go: never over the site's sources nor over a folder campaign-site did
//! not make, as every build replaces the whole output folder.

use std::path::{Path, PathBuf};

use crate::fsx::{self, ToolError};
use crate::messages::Message;
use crate::msg;

/// The file that marks a folder as campaign-site's output (and so safe to replace).
pub const MARKER: &str = ".campaign-site";

/// Refuses outputs that would destroy sources: the site root, a folder holding it, a folder inside
/// `content/`, `static/` or `themes/`, or a folder campaign-site did not make.
pub fn check_target(root: &Path, output: &Path) -> Result<(), ToolError> {
    let root = root
        .canonicalize()
        .map_err(|e| fsx::io_error(msg!("tool-cannot-find-site-folder", path = root), e))?;
    let out = absolute(output)?;
    let refuse = |why: Message| {
        Err(ToolError(msg!(
            "output-refused",
            folder = output,
            why = why
        )))
    };
    if root.starts_with(&out) {
        return refuse(msg!("output-refused-site-folder"));
    }
    for source in ["content", "static", "themes"] {
        if out.starts_with(root.join(source)) {
            return refuse(msg!("output-refused-inside-source", source = source));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return refuse(msg!("output-refused-file"));
        }
        let empty = std::fs::read_dir(&out)
            .map_err(|e| fsx::io_error(msg!("tool-cannot-read", path = &out), e))?
            .next()
            .is_none();
        if !empty && !out.join(MARKER).is_file() {
            return refuse(msg!("output-refused-foreign", marker = MARKER));
        }
    }
    Ok(())
}

/// `path` made absolute with its existing part resolved (symlinks included).
pub(super) fn absolute(path: &Path) -> Result<PathBuf, ToolError> {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| fsx::io_error(msg!("tool-cannot-read-current-folder"), e))?
            .join(path)
    };
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(p), Some(name)) => {
                rest.push(name.to_owned());
                existing = p;
            }
            _ => break,
        }
    }
    let mut out = existing
        .canonicalize()
        .map_err(|e| fsx::io_error(msg!("tool-cannot-resolve", path = existing), e))?;
    out.extend(rest.iter().rev());
    Ok(out)
}

/// The folder that holds `output`, and `output`'s own name.
pub(super) fn parent_and_name(output: &Path) -> Result<(&Path, String), ToolError> {
    match (output.parent(), output.file_name()) {
        (Some(parent), Some(name)) => Ok((parent, name.to_string_lossy().into_owned())),
        _ => Err(ToolError(msg!("output-no-parent", folder = output))),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    /// A site root with its source folders, inside a temporary folder.
    fn site() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let root = tmp.path().join("site");
        for dir in ["content", "static", "themes"] {
            fs::create_dir_all(root.join(dir)).expect("a source folder");
        }
        (tmp, root)
    }

    fn refusal(root: &Path, output: &Path) -> String {
        match check_target(root, output) {
            Ok(()) => panic!("{} was accepted as the output", output.display()),
            Err(e) => e.0.english(),
        }
    }

    #[test]
    fn the_site_its_sources_and_the_folders_holding_it_are_refused() {
        let (tmp, root) = site();
        for (output, why) in [
            (root.clone(), "it is the site folder or holds it"),
            (
                tmp.path().to_path_buf(),
                "it is the site folder or holds it",
            ),
            (
                root.join("content"),
                "it is inside the site's content/ folder",
            ),
            (
                root.join("static/public"),
                "it is inside the site's static/ folder",
            ),
            (
                root.join("themes/x/y"),
                "it is inside the site's themes/ folder",
            ),
        ] {
            assert_eq!(
                refusal(&root, &output),
                format!(
                    "refusing to use {} as the output folder: {why}; choose another --output",
                    output.display()
                )
            );
        }
    }

    #[test]
    fn a_file_or_a_folder_campaign_site_did_not_make_is_refused() {
        let (tmp, root) = site();
        let file = tmp.path().join("notes.txt");
        fs::write(&file, "not a folder").expect("a file");
        assert!(refusal(&root, &file).contains(": it is a file;"));
        let foreign = tmp.path().join("photos");
        fs::create_dir(&foreign).expect("a folder");
        fs::write(foreign.join("holiday.jpg"), "someone's photo").expect("a file in it");
        assert!(
            refusal(&root, &foreign).contains(
                "it was not made by campaign-site (it has no .campaign-site file) and \
                 everything in it would be replaced"
            ),
            "{}",
            refusal(&root, &foreign)
        );
        assert_eq!(
            fs::read(foreign.join("holiday.jpg")).ok().as_deref(),
            Some(&b"someone's photo"[..]),
            "a refused folder is left alone"
        );
    }

    #[test]
    fn a_new_an_empty_or_a_marked_folder_is_accepted() {
        let (tmp, root) = site();
        let new = tmp.path().join("public");
        assert!(check_target(&root, &new).is_ok(), "a folder yet to be made");
        assert!(check_target(&root, &root.join("public")).is_ok(), "public/");
        fs::create_dir(&new).expect("an empty folder");
        assert!(check_target(&root, &new).is_ok(), "an empty folder");
        fs::write(new.join(MARKER), "").expect("the marker");
        fs::write(new.join("index.html"), "<p>old</p>").expect("an old page");
        assert!(check_target(&root, &new).is_ok(), "a previous output");
    }

    /// A link is followed: an output reached through one into `content/` is refused.
    #[cfg(unix)]
    #[test]
    fn a_link_into_the_sources_is_seen_through() {
        let (tmp, root) = site();
        let link = tmp.path().join("out");
        std::os::unix::fs::symlink(root.join("content"), &link).expect("a link");
        assert!(refusal(&root, &link.join("public")).contains("inside the site's content/ folder"));
    }
}
