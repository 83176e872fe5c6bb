//! `campaign-site new <section> <slug>`: a new article in every language, front matter filled
//! in, ready to write; never over an existing file.

use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::diagnostics::Diagnostic;
use crate::fsx::ToolError;
use crate::theme::{self, Strings};
use crate::{Failure, fsx, text};

/// Creates the files and returns their paths (relative to the site root).
pub fn run(root: &Path, section: &str, slug: &str, bundle: bool) -> Result<Vec<PathBuf>, Failure> {
    let config = config::load(root, None)?;
    // The placeholder title and text are the theme's, in each language.
    let theme = theme::load(&config)?;
    let refuse = |msg: String| Failure::Tool(ToolError(msg));
    if section.is_empty()
        || section
            .split(['/', '\\'])
            .any(|p| p == ".." || p == "." || p.is_empty())
    {
        return Err(refuse(format!(
            "\"{section}\" is not a section folder name; use one like news or pages/about"
        )));
    }
    let name = text::slugify(slug);
    if name.is_empty() {
        return Err(refuse(format!(
            "\"{slug}\" has no letters or digits to make a file name from"
        )));
    }
    let dir = Path::new("content").join(section);
    let paths: Vec<(PathBuf, &str)> = config
        .languages
        .iter()
        .map(|l| {
            let file = if bundle {
                dir.join(&name).join(format!("index.{}.md", l.code))
            } else {
                dir.join(format!("{name}.{}.md", l.code))
            };
            (file, l.code.as_str())
        })
        .collect();
    // The article exists already as files or as a bundle, in any language or none.
    let mut taken: Vec<PathBuf> = vec![
        dir.join(format!("{name}.md")),
        dir.join(&name).join("index.md"),
    ];
    for l in &config.languages {
        taken.push(dir.join(format!("{name}.{}.md", l.code)));
        taken.push(dir.join(&name).join(format!("index.{}.md", l.code)));
    }
    if let Some(existing) = taken.iter().find(|p| root.join(p).exists()) {
        return Err(vec![Diagnostic::error(
            existing,
            crate::diagnostics::Pos::UNKNOWN,
            "this article already exists and is left as it is; choose another name",
        )]
        .into());
    }
    let none = Strings::new();
    for (path, code) in &paths {
        let strings = theme.i18n.get(*code).unwrap_or(&none);
        fsx::write(&root.join(path), front_matter(&config, strings).as_bytes())?;
    }
    Ok(paths.into_iter().map(|(p, _)| p).collect())
}

fn front_matter(config: &Config, strings: &Strings) -> String {
    let now = chrono::Utc::now().with_timezone(&config.timezone);
    let text = |key: &str| strings.get(key).map_or("", String::as_str);
    let (title, body) = (quoted(text("new_article_title")), text("new_article_body"));
    let author = config
        .default_author
        .as_ref()
        .map(|a| format!("author: {}\n", quoted(a)))
        .unwrap_or_default();
    format!(
        "---\ntitle: {title}\ndate: {}\n{author}draft: true\n---\n\n{body}\n",
        now.format("%Y-%m-%dT%H:%M:%S%:z")
    )
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}
