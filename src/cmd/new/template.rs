//! What `new` writes in a new article: the front matter an editor fills in, every line under a
//! comment in the editor's language that says what it is, and the theme's placeholder text.

use crate::config::Config;
use crate::theme::Strings;

/// The languages the tool speaks to editors in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageLang {
    Vi,
    En,
}

impl MessageLang {
    /// `vi` or `en`; None for a language the tool does not speak.
    pub fn from_code(code: &str) -> Option<MessageLang> {
        match code.to_ascii_lowercase().as_str() {
            "vi" => Some(MessageLang::Vi),
            "en" => Some(MessageLang::En),
            _ => None,
        }
    }

    /// The language asked for, else the site's default language when the tool speaks it, else
    /// English.
    pub fn chosen(asked: Option<MessageLang>, config: &Config) -> MessageLang {
        asked
            .or_else(|| MessageLang::from_code(&config.languages[0].code))
            .unwrap_or(MessageLang::En)
    }
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

/// The comment written above each line of a new article's front matter, in each language.
fn comment(line: Line, lang: MessageLang) -> &'static str {
    let (vi, en) = match line {
        Line::Title => (
            "Tiêu đề bài viết, hiện ở đầu trang và trong danh sách bài",
            "The article's title, shown atop its page and in lists",
        ),
        Line::Date => (
            "Ngày giờ đăng bài, dạng 2023-09-07T21:28:00+07:00",
            "When the article is published, written as 2023-09-07T21:28:00+07:00",
        ),
        Line::Author => ("Tác giả bài viết", "Who wrote the article"),
        Line::NoAuthor => (
            "Tác giả bài viết: điền tên vào giữa hai dấu ngoặc kép",
            "Who wrote the article: write the name between the quotes",
        ),
        Line::Category => (
            "Chuyên mục của bài, ví dụ \"Tin hoạt động\"; để trống nếu không có",
            "The article's category, for example \"Activities\"; leave it empty for none",
        ),
        Line::Tags => (
            "Từ khóa, ví dụ [sáng kiến, Thanh Hóa]; để [] nếu không có",
            "Tags, for example [initiatives, Thanh Hoa]; leave [] for none",
        ),
        Line::Summary => (
            "Tóm tắt hiện trong danh sách bài; để trống thì dùng đoạn văn đầu tiên",
            "The summary shown in lists; left empty, the first paragraph is used",
        ),
        Line::Draft => (
            "Bản nháp chưa được đăng; đổi thành false để đăng bài",
            "A draft is not published; change it to false to publish the article",
        ),
    };
    match lang {
        MessageLang::Vi => vi,
        MessageLang::En => en,
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
    let mut out = String::from("---\n");
    for (line, key, value) in lines {
        out.push_str(&format!("# {}\n{key}: {value}\n", comment(line, lang)));
    }
    out.push_str(&format!("---\n\n{}\n", text("new_article_body")));
    out
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
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
        assert_eq!(MessageLang::chosen(None, &vi), MessageLang::Vi);
        assert_eq!(MessageLang::chosen(None, &fr), MessageLang::En);
        assert_eq!(
            MessageLang::chosen(Some(MessageLang::En), &vi),
            MessageLang::En
        );
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
