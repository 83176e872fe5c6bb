//! The names of files that are not part of a site: editors' backups, locks and swap files,
//! hidden files.

/// Editor backups, lock and swap files, and hidden files are not part of the site's content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || is_leftover(name)
}

/// Files editors and systems leave behind: never published, even from `static/`.
pub fn is_leftover(name: &str) -> bool {
    name.starts_with(".#")
        || name == ".DS_Store"
        || name == ".git"
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swo")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
}
