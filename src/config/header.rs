//! site.yaml's `logo:` and `banner:`: each a file of the site's `static/` that the header shows,
//! checked (inside `static/`, an image, there) and its size read for the `<img>`.

use std::path::Path;

use crate::images::dims;
use crate::messages::Message;
use crate::{msg, text};

/// The kinds of file a browser shows as an image, by their name's ending.
const IMAGE_EXTENSIONS: [&str; 7] = ["png", "jpg", "jpeg", "webp", "svg", "gif", "avif"];

/// An image of `static/` shown in the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderImage {
    /// Its path inside `static/` (so in the output), with `/` between folders.
    pub path: String,
    /// Its size when the file says it (an SVG without one, an AVIF, get their size from CSS).
    pub size: Option<(u32, u32)>,
}

/// The image `written` for `key` (`logo` or `banner`), looked for in `<root>/static/`.
pub fn check(root: &Path, key: &str, written: &str) -> Result<HeaderImage, Message> {
    let path = written.trim().replace('\\', "/");
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let outside =
        path.starts_with('/') || path.contains(':') || parts.is_empty() || parts.contains(&"..");
    if outside {
        return Err(msg!("config-image-outside", key = key, file = written));
    }
    let path = text::nfc(&parts.join("/"));
    let file = root.join("static").join(&path);
    if file.is_dir() {
        return Err(msg!("config-image-folder", key = key, file = &path));
    }
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if !extension.is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.as_str())) {
        return Err(msg!("config-image-kind", key = key, file = &path));
    }
    if !file.is_file() {
        return Err(missing(&file, key, &path));
    }
    let size = std::fs::read(&file).ok().and_then(|b| dims::size(&b));
    Ok(HeaderImage { path, size })
}

/// There is no `static/<path>`: perhaps a file beside where it was looked for differs only in
/// case or marks.
fn missing(file: &Path, key: &str, path: &str) -> Message {
    let names: Vec<String> = file
        .parent()
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    let wanted = path.rsplit('/').next().unwrap_or(path);
    match text::similar(wanted, names.iter().map(String::as_str)) {
        Some(near) => {
            let near = match path.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{near}"),
                None => near.to_owned(),
            };
            msg!(
                "config-image-missing-did-you-mean",
                key = key,
                file = path,
                similar = near
            )
        }
        None => msg!("config-image-missing", key = key, file = path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[&str]) -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("static/anh")).unwrap();
        for f in files {
            std::fs::write(
                tmp.path().join("static").join(f),
                "<svg viewBox=\"0 0 40 20\"/>",
            )
            .unwrap();
        }
        tmp
    }

    fn english(r: Result<HeaderImage, Message>) -> String {
        r.map_or_else(|m| m.english(), |i| format!("{i:?}"))
    }

    #[test]
    fn an_image_of_static_with_its_size() {
        let tmp = site(&["logo.svg", "anh/Băng rôn.SVG"]);
        let logo = check(tmp.path(), "logo", "logo.svg").unwrap();
        assert_eq!(logo.path, "logo.svg");
        assert_eq!(logo.size, Some((40, 20)));
        let banner = check(tmp.path(), "banner", "./anh/Băng rôn.SVG").unwrap();
        assert_eq!(banner.path, "anh/Băng rôn.SVG");
    }

    #[test]
    fn what_is_not_an_image_of_static_is_refused() {
        let tmp = site(&["Logo.svg", "readme.txt"]);
        let says = |written: &str| english(check(tmp.path(), "logo", written));
        assert!(
            says("/logo.svg").contains("inside static/"),
            "{}",
            says("/logo.svg")
        );
        assert!(says("../logo.svg").contains("inside static/"));
        assert!(says("C:/logo.svg").contains("inside static/"));
        assert!(says("anh").contains("is a folder"), "{}", says("anh"));
        assert!(
            says("readme.txt").contains("is not an image"),
            "{}",
            says("readme.txt")
        );
        assert!(
            says("logo.svg").contains("\"Logo.svg\""),
            "{}",
            says("logo.svg")
        );
        assert!(
            !says("khac.png").contains("did you mean"),
            "{}",
            says("khac.png")
        );
    }
}
