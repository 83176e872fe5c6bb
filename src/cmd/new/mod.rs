//! `campaign-site new <section> <slug>`: a new article in every language, front matter ready
//! to fill in, in a section named by its folder or its web address; never over an existing file.

mod sections;
mod template;

use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::diagnostics::{Diagnostic, Pos};
use crate::fsx::ToolError;
use crate::messages::Message;
use crate::messages::MessageLang;
use crate::msg;
use crate::theme::{self, Strings};
use crate::{Failure, fsx, text};
use sections::{Named, Section};

/// What `new` is asked to make, beyond the section and the name.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewOptions {
    /// A folder `<slug>/` with `index.<lang>.md` files, for an article with photos.
    pub bundle: bool,
    /// The section may be a folder that does not exist yet: it is created.
    pub new_section: bool,
    /// The language of the comments in the front matter; None: the site's default language
    /// when the tool speaks it, else English.
    pub lang: Option<MessageLang>,
}

/// Creates the files and returns their paths (relative to the site root).
pub fn run(
    root: &Path,
    section: &str,
    slug: &str,
    opts: &NewOptions,
) -> Result<Vec<PathBuf>, Failure> {
    let config = config::load(root, None)?;
    // The placeholder title and text are the theme's, in each language.
    let theme = theme::load(&config)?;
    let refuse = |message: Message| Failure::Tool(ToolError(message));
    if section.is_empty()
        || section
            .trim_matches('/')
            .split(['/', '\\'])
            .any(|p| p == ".." || p == "." || p.is_empty())
    {
        return Err(refuse(msg!("new-bad-section-name", section = section)));
    }
    let name = text::slugify(slug);
    if name.is_empty() {
        return Err(refuse(msg!("new-slug-no-letters", slug = slug)));
    }
    // `index` and `_index` are the files of a bundle and of a section, not an article's name.
    if name == "index" {
        return Err(refuse(msg!("new-slug-reserved", slug = slug)));
    }
    let dir = Path::new("content").join(section_dir(&config, section, opts.new_section)?);
    let paths: Vec<(PathBuf, &str)> = config
        .languages
        .iter()
        .map(|l| {
            let file = if opts.bundle {
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
        return Err(Failure::from(vec![Diagnostic::error(
            existing,
            Pos::UNKNOWN,
            msg!("new-article-exists"),
        )]));
    }
    let none = Strings::new();
    let lang = template::chosen(opts.lang, &config);
    for (path, code) in &paths {
        let strings = theme.i18n.get(*code).unwrap_or(&none);
        fsx::write(
            &root.join(path),
            template::article(&config, strings, lang).as_bytes(),
        )?;
    }
    Ok(paths.into_iter().map(|(p, _)| p).collect())
}

/// The folder (relative to `content/`) of the section `given` names: an existing section by
/// its folder or web address, or, with `new_section`, a folder to create. Anything else is
/// refused with the list of the sections there are.
fn section_dir(config: &Config, given: &str, new_section: bool) -> Result<String, Failure> {
    let sections = sections::list(config)?;
    let shown = Path::new("content").join(given.trim_matches('/'));
    let problem =
        |message: Message| Failure::from(vec![Diagnostic::error(&shown, Pos::UNKNOWN, message)]);
    let listed = |found: &[&Section]| {
        found
            .iter()
            .map(|s| s.described())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match sections::find(config, &sections, given) {
        // Asked for a new section, a name that is another section's address is refused below.
        Named::Section(s) if !new_section || s.dir == text::nfc(given.trim_matches('/')) => {
            return Ok(s.dir.clone());
        }
        Named::Section(_) => {}
        Named::Several(found) => {
            return Err(problem(msg!(
                "new-section-ambiguous",
                given = given,
                sections = listed(&found)
            )));
        }
        Named::Unknown => {}
    }
    let all: Vec<&Section> = sections.iter().collect();
    if !new_section {
        return Err(problem(if all.is_empty() {
            msg!("new-no-section-none-yet", given = given)
        } else {
            msg!("new-no-section", given = given, sections = listed(&all))
        }));
    }
    new_section_dir(config, &sections, given).map_err(problem)
}

/// The folder of a section to create, or why it cannot be: a folder inside an article bundle or
/// a campaign, a name without letters, or a web address another section has.
fn new_section_dir(config: &Config, sections: &[Section], given: &str) -> Result<String, Message> {
    let dir = text::nfc(given.trim_matches('/'));
    let parts: Vec<&str> = dir.split('/').collect();
    // The deepest folder that exists must be content/ itself or a section.
    let mut parent: Option<&Section> = None;
    let mut fresh = 0;
    for (i, _) in parts.iter().enumerate() {
        let prefix = parts[..=i].join("/");
        match sections.iter().find(|s| s.dir == prefix) {
            Some(s) => (parent, fresh) = (Some(s), i + 1),
            None if config.content_dir().join(&prefix).exists() => {
                return Err(msg!("new-inside-bundle", folder = prefix));
            }
            None => break,
        }
    }
    if let Some(bad) = parts[fresh..].iter().find(|p| text::slugify(p).is_empty()) {
        return Err(msg!("new-folder-no-letters", name = *bad));
    }
    let below = sections::address_of(&parts[fresh..].join("/"));
    for lang in config.langs() {
        let path = match parent {
            Some(p) => format!("{}{below}", p.paths[lang.0]),
            None => format!(
                "{}{below}",
                crate::graph::address::lang_prefix(config, lang)
            ),
        };
        if let Some(other) = sections.iter().find(|s| s.paths.contains(&path)) {
            return Err(msg!(
                "new-section-address-taken",
                folder = &dir,
                address = &path,
                other = other.described(),
                other_dir = &other.dir
            ));
        }
    }
    Ok(dir)
}
