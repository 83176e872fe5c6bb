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

/// How a link written as `written` (the path part, as in the Markdown) in the folder `dir`
/// names the file `found` instead (all relative to `content/`): the same link with its last
/// name changed when `found` is in the folder the link leads to, else a path from `dir`.
pub fn respelled(written: &str, dir: &str, target: &str, found: &str) -> String {
    let (folder, name) = found.rsplit_once('/').unwrap_or(("", found));
    let target_folder = target.rsplit_once('/').map_or("", |(f, _)| f);
    if folder == target_folder {
        return match written.rsplit_once('/') {
            Some((before, _)) => format!("{before}/{name}"),
            None => name.to_owned(),
        };
    }
    let from: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    let to: Vec<&str> = found.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}
