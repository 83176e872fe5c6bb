//! What `new` writes in a new article: the front matter an editor fills in, every line under a
//! comment in the editor's language that says what it is, and the theme's placeholder text.

use crate::config::Config;
use crate::messages::{Catalogue, Message, MessageLang};
use crate::msg;
use crate::theme::Strings;
use crate::yaml::quoted;

/// The language of the comments: the one asked for, else the site's default language when
/// the tool speaks it, else English (the order of `messages::choose`).
pub fn chosen(asked: Option<MessageLang>, config: &Config) -> MessageLang {
    crate::messages::choose(asked, None, Some(&config.languages[0].code)).0
}

/// A line of the front matter `new` writes.
#[derive(Debug, Clone, Copy)]
enum Line {
    Title,
    Date,
    Author,
    /// `author: ""`, when site.yaml has no `default_author`.
    NoAuthor,
    Category,
    Tags,
    Summary,
    Draft,
}

/// The comment written above each line of a new article's front matter.
fn comment(line: Line) -> Message {
    match line {
        Line::Title => msg!("new-comment-title"),
        Line::Date => msg!("new-comment-date"),
        Line::Author => msg!("new-comment-author"),
        Line::NoAuthor => msg!("new-comment-no-author"),
        Line::Category => msg!("new-comment-category"),
        Line::Tags => msg!("new-comment-tags"),
        Line::Summary => msg!("new-comment-summary"),
        Line::Draft => msg!("new-comment-draft"),
    }
}

/// A new article in the language whose interface texts are `strings`, dated now, its comments
/// in `lang`.
pub fn article(config: &Config, strings: &Strings, lang: MessageLang) -> String {
    let now = chrono::Utc::now().with_timezone(&config.timezone);
    let text = |key: &str| strings.get(key).map_or("", String::as_str);
    let date = now.format("%Y-%m-%dT%H:%M:%S%:z").to_string();
    let (author, author_line) = match &config.default_author {
        Some(a) => (quoted(a), Line::Author),
        None => (quoted(""), Line::NoAuthor),
    };
    let lines = [
        (Line::Title, "title", quoted(text("new_article_title"))),
        (Line::Date, "date", date),
        (author_line, "author", author),
        (Line::Category, "category", quoted("")),
        (Line::Tags, "tags", "[]".to_owned()),
        (Line::Summary, "summary", quoted("")),
        (Line::Draft, "draft", "true".to_owned()),
    ];
    let catalogue = Catalogue::new(lang);
    let mut out = String::from("---\n");
    for (line, key, value) in lines {
        out.push_str(&format!(
            "# {}\n{key}: {value}\n",
            catalogue.text(&comment(line))
        ));
    }
    out.push_str(&format!("---\n\n{}\n", text("new_article_body")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::front_matter;

    fn config(default: &str, extra: &str) -> (tempfile::TempDir, Config) {
        let tmp = tempfile::tempdir().unwrap();
        let yaml = format!(
            "title: x\nbase_url: \"https://example.org/\"\ndefault_language: {default}\nlanguages:\n  {default}: {{name: a}}\n  en: {{name: English}}\n{extra}"
        );
        std::fs::write(tmp.path().join("site.yaml"), yaml).unwrap();
        let config = crate::config::load(tmp.path(), None).unwrap();
        (tmp, config)
    }

    #[test]
    fn the_editors_language_is_asked_for_else_the_sites_else_english() {
        let (_a, vi) = config("vi", "");
        let (_b, fr) = config("fr", "");
        assert_eq!(chosen(None, &vi), MessageLang::Vi);
        assert_eq!(chosen(None, &fr), MessageLang::En);
        assert_eq!(chosen(Some(MessageLang::En), &vi), MessageLang::En);
        assert_eq!(MessageLang::from_code("VI"), Some(MessageLang::Vi));
    }

    /// What `new` writes is front matter as it is read: the empty lines to fill in are "none".
    #[test]
    fn a_new_article_reads_back_with_nothing_filled_in() {
        let (_a, site) = config("vi", "default_author: 'Ban \"Biên\" tập: Hà Nội'\n");
        let mut strings = Strings::new();
        strings.insert("new_article_title".into(), "Tiêu đề".into());
        strings.insert("new_article_body".into(), "Viết ở đây.".into());
        let text = article(&site, &strings, MessageLang::En);
        assert!(text.contains("# Who wrote the article\nauthor: "), "{text}");
        let split = front_matter::split(&text, site.timezone).unwrap();
        let fm = split.front_matter;
        assert_eq!(fm.title.as_deref(), Some("Tiêu đề"));
        assert_eq!(fm.author.as_deref(), Some("Ban \"Biên\" tập: Hà Nội"));
        assert!(fm.date.is_some() && fm.draft);
        assert_eq!((fm.category, fm.summary), (None, None));
        assert!(fm.tags.is_empty() && fm.extra.is_empty());
        assert_eq!(split.body.trim(), "Viết ở đây.");
    }
}
