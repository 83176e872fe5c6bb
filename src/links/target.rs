//! Where a link written on a page leads, read from the link alone: off the site, outside its
//! base path, or to an output file and an id in it. The link check and the render stage (which
//! keeps of a staged page only the links the graph does not settle) read links the same way.

use std::collections::HashSet;
use std::hash::BuildHasher;

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
pub fn settled<S: BuildHasher>(
    link: &str,
    page_dir: &str,
    base_path: &str,
    pages: &HashSet<&str, S>,
) -> bool {
    if let Some(rel) = plain(link, base_path) {
        return match rel.is_empty() || rel.ends_with('/') {
            true => pages.contains(format!("{rel}index.html").as_str()),
            false => pages.contains(rel) || pages.contains(format!("{rel}/index.html").as_str()),
        };
    }
    read_settled(link, page_dir, base_path, pages)
}

/// [`settled`] by the whole reading of the link.
fn read_settled<S: BuildHasher>(
    link: &str,
    page_dir: &str,
    base_path: &str,
    pages: &HashSet<&str, S>,
) -> bool {
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

/// The path below the base path of a link that [`target`] reads as that path itself: absolute,
/// inside the base path, with nothing to decode and no query or fragment (most links of a
/// page: its menus, lists and switchers), so that it is settled without a copy.
fn plain<'l>(link: &'l str, base_path: &str) -> Option<&'l str> {
    let rel = link.strip_prefix(base_path)?;
    let plain = link.starts_with('/') && !link.starts_with("//") && !link.contains(['%', '?', '#']);
    plain.then_some(rel)
}

/// Which reading of a link to an output file is one of `files`: the file itself first, else
/// the folder's `index.html`.
pub fn found<'a, S: BuildHasher>(
    file: &'a str,
    folder: &'a str,
    files: &HashSet<&str, S>,
) -> Option<&'a str> {
    [file, folder].into_iter().find(|f| files.contains(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading without a copy settles exactly the links the whole reading settles.
    #[test]
    fn plain_links_are_settled_as_the_whole_reading_settles_them() {
        let pages: HashSet<&str> = ["vi/index.html", "vi/tin-tuc/a/index.html", "vi/so-lieu.csv"]
            .into_iter()
            .collect();
        let links = [
            "/vi/",
            "/vi",
            "/vi/tin-tuc/a/",
            "/vi/tin-tuc/a",
            "/vi/tin-tuc/b/",
            "/vi/so-lieu.csv",
            "/vi/#top",
            "/vi/?q=1",
            "/vi/tin-t%75c/a/",
            "//cdn.example/x",
            "/",
            "/en/",
            "https://example.org/",
            "../",
            "a/",
            "",
        ];
        for base in ["/", "/site/"] {
            for link in links {
                let link = match base {
                    "/" => link.to_owned(),
                    _ => link.replacen("/vi", "/site/vi", 1),
                };
                assert_eq!(
                    settled(&link, "vi/tin-tuc/a", base, &pages),
                    read_settled(&link, "vi/tin-tuc/a", base, &pages),
                    "{link} under {base}"
                );
            }
        }
        assert!(settled("/vi/tin-tuc/a/", "vi", "/", &pages));
        assert!(!settled("/vi/tin-tuc/b/", "vi", "/", &pages));
    }
}
