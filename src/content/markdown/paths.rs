//! Addresses in Markdown links: which ones lead outside `content/`, and how a relative path
//! joins the folder of the file it is written in.

/// Whether a link leaves the content folder's relative paths: an anchor, a path from the root,
/// or an address with a scheme.
pub(super) fn is_external(dest: &str) -> bool {
    dest.starts_with('#')
        || dest.starts_with('/')
        || dest.contains("://")
        || dest.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+')
        })
}

/// `dir` joined with a relative `path`, `.` and `..` resolved; None when it climbs out.
pub fn join(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}
