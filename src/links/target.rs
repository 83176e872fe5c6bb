//! Where a link written on a page leads, read from the link alone: off the site, outside its
//! base path, or to an output file and an id in it. The link check and the render stage (which
//! keeps of a staged page only the links the graph does not settle) read links the same way.

use std::collections::HashSet;

use crate::text::percent_decode;

/// Where a link leads: off the site, outside the site's base path, or to an output file (by
/// its path as a file and as a folder) and maybe an id in it.
pub enum Target {
    Away,
    Outside,
    File {
        path: String,
        file: String,
        folder: String,
        fragment: String,
    },
}

/// Where `link` on a page in `page_dir` leads.
pub fn target(link: &str, page_dir: &str, base_path: &str) -> Target {
    if link.is_empty()
        || link.starts_with("//")
        || link.split_once(':').is_some_and(|(s, _)| !s.contains('/'))
    {
        return Target::Away;
    }
    let (path, fragment) = link.split_once('#').unwrap_or((link, ""));
    let path = path.split('?').next().unwrap_or("");
    let as_folder = |dir: String| {
        if dir.is_empty() {
            dir
        } else {
            format!("{dir}/")
        }
    };
    let target = if path.is_empty() {
        as_folder(page_dir.to_owned())
    } else if let Some(abs) = path.strip_prefix('/') {
        match format!("/{abs}").strip_prefix(base_path) {
            Some(rel) => rel.to_owned(),
            None => return Target::Outside,
        }
    } else {
        let Some(joined) = crate::content::markdown::join(page_dir, path) else {
            return Target::Away;
        };
        if path.ends_with('/') {
            as_folder(joined)
        } else {
            joined
        }
    };
    let target = percent_decode(&target);
    let file = if target.is_empty() || target.ends_with('/') {
        format!("{target}index.html")
    } else {
        target.clone()
    };
    Target::File {
        path: path.to_owned(),
        folder: format!("{target}/index.html"),
        file,
        fragment: percent_decode(fragment),
    }
}

/// Whether `link`, on a page in `page_dir`, surely leads where it should without looking at
/// other pages: off the site, or to one of `pages` without an id. What the check needs of a
/// staged page leaves such links out.
pub fn settled(link: &str, page_dir: &str, base_path: &str, pages: &HashSet<&str>) -> bool {
    match target(link, page_dir, base_path) {
        Target::Away => true,
        Target::Outside => false,
        Target::File {
            file,
            folder,
            fragment,
            ..
        } => fragment.is_empty() && found(&file, &folder, pages).is_some(),
    }
}

/// Which reading of a link to an output file is one of `files`: the file itself first, else
/// the folder's `index.html`.
pub fn found<'a>(file: &'a str, folder: &'a str, files: &HashSet<&str>) -> Option<&'a str> {
    [file, folder].into_iter().find(|f| files.contains(f))
}
