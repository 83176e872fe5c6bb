//! Front matter: the YAML block between `---` lines, read into typed fields plus `extra`.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use crate::diagnostics::Pos;
use crate::messages::{Arg, Message};
use crate::{dates, msg, text, yaml};

/// Keys with a meaning; all others go to `extra`.
const KNOWN: &[&str] = &[
    "title",
    "date",
    "author",
    "category",
    "tags",
    "unit",
    "campaign",
    "summary",
    "slug",
    "draft",
    "description",
    "image",
];

/// The front matter of one Markdown file, checked.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<DateTime<FixedOffset>>,
    /// The date was written without a time (`2023-09-07`).
    pub date_only: bool,
    pub author: Option<String>,
    pub category: Option<String>,
    pub tags: Vec<String>,
    pub unit: Option<String>,
    pub campaign: Option<String>,
    pub summary: Option<String>,
    pub slug: Option<String>,
    pub draft: bool,
    pub description: Option<String>,
    pub image: Option<String>,
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Where each top-level key's value was written, in the whole file.
    pub places: Vec<(String, Pos)>,
}

impl FrontMatter {
    /// Where the value of `key` was written; the file's first line when it was not.
    pub fn place(&self, key: &str) -> Pos {
        self.places
            .iter()
            .find(|(k, _)| k == key)
            .map_or(Pos::new(1, 1), |(_, p)| *p)
    }
}

/// A Markdown file split into its front matter and its body.
#[derive(Debug, Clone)]
pub struct Split<'a> {
    /// The front matter read without the keys named in `problems`.
    pub front_matter: FrontMatter,
    /// Keys of the front matter with a wrong value (the rest of the file can still be checked).
    pub problems: Vec<FmError>,
    pub body: &'a str,
    /// Lines of the file before the body.
    pub body_line: usize,
    /// Byte offset of the body in the file.
    pub body_offset: usize,
}

/// A problem in front matter, positioned in the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmError {
    pub pos: Pos,
    pub message: Message,
}

#[derive(Deserialize, Default)]
struct Raw {
    title: Option<Scalar>,
    date: Option<Scalar>,
    author: Option<Scalar>,
    category: Option<Scalar>,
    tags: Option<Vec<Scalar>>,
    unit: Option<Scalar>,
    campaign: Option<Scalar>,
    summary: Option<Scalar>,
    slug: Option<Scalar>,
    draft: Option<bool>,
    description: Option<Scalar>,
    image: Option<Scalar>,
}

/// A YAML scalar read as text: `2023`, `Thanh Hóa` and `"x"` are all texts.
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

fn text_of(s: Option<Scalar>) -> Option<String> {
    s.map(|s| text::clean(s.0.trim())).filter(|s| !s.is_empty())
}

/// Splits `source` (already NFC, LF line ends) into front matter and body, and reads the
/// front matter. `tz` is the zone of dates written without an offset. Fails when the front
/// matter cannot be read at all (then nothing of the file can be checked); a key with a wrong
/// value is one of the split's `problems`.
pub fn split(source: &str, tz: FixedOffset) -> Result<Split<'_>, Vec<FmError>> {
    let Some(after_open) = source
        .strip_prefix("---\n")
        .or_else(|| (source == "---").then_some(""))
    else {
        if source.starts_with("+++") {
            return Err(vec![FmError {
                pos: Pos::new(1, 1),
                message: msg!("content-front-matter-toml"),
            }]);
        }
        return Ok(Split {
            front_matter: FrontMatter::default(),
            problems: Vec::new(),
            body: source,
            body_line: 0,
            body_offset: 0,
        });
    };
    let mut offset = 0;
    let mut end = None;
    for line in after_open.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n').trim_end();
        if bare == "---" || bare == "..." {
            end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((fm_end, body_start)) = end else {
        return Err(vec![FmError {
            pos: Pos::new(1, 1),
            message: msg!("content-front-matter-not-closed"),
        }]);
    };
    let fm_text = &after_open[..fm_end];
    let body_offset = 4 + body_start;
    let (front_matter, problems) = parse(fm_text, tz)?;
    Ok(Split {
        front_matter,
        problems,
        body: &source[body_offset..],
        body_line: source[..body_offset].matches('\n').count(),
        body_offset,
    })
}

/// A web address segment longer than file systems allow; `what` made it: a key as written, or
/// a message (the file name).
pub fn too_long(what: impl Into<Arg>, slug: &str) -> Message {
    let start: String = slug.chars().take(30).collect();
    let what: Arg = what.into();
    msg!(
        "content-address-too-long",
        what = what,
        start = start,
        length = slug.len(),
        max = text::MAX_SEGMENT
    )
}

/// Reads the YAML of a front matter block, which starts on the file's second line; positions
/// are those of the file. Keys with a wrong value are left out and come back as problems.
fn parse(fm: &str, tz: FixedOffset) -> Result<(FrontMatter, Vec<FmError>), Vec<FmError>> {
    let to_fm = |errors: Vec<yaml::YamlError>| {
        errors
            .into_iter()
            .map(|e| FmError {
                pos: e.pos,
                message: e.message,
            })
            .collect::<Vec<_>>()
    };
    let read = yaml::read::<Raw>(fm, 1);
    let mut errors = to_fm(read.errors);
    let Some((raw, doc)) = read.value else {
        return Err(errors);
    };
    // Its problems are those of the read above.
    let mut extra = yaml::read::<serde_json::Map<String, serde_json::Value>>(fm, 1)
        .value
        .map(|(map, _)| map)
        .unwrap_or_default();
    extra.retain(|k, _| !KNOWN.contains(&k.as_str()));
    let date_only = raw
        .date
        .as_ref()
        .is_some_and(|d| dates::is_plain_date(&d.0));
    let date = raw.date.and_then(|d| match dates::parse(&d.0, tz) {
        Ok(d) => Some(d),
        Err(message) => {
            errors.push(FmError {
                pos: doc.pos(&["date"]),
                message,
            });
            None
        }
    });
    let mut tags: Vec<String> = raw
        .tags
        .unwrap_or_default()
        .into_iter()
        .map(|t| text::clean(t.0.trim()))
        .collect();
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(text::slugify(t)));
    // `category: ""` (as `new` writes it) is no category, like an absent key.
    let mut category = text_of(raw.category);
    let mut slug = text_of(raw.slug);
    check_addresses(&doc, &mut tags, &mut category, &mut slug, &mut errors);
    let front_matter = FrontMatter {
        title: text_of(raw.title),
        date,
        date_only,
        author: text_of(raw.author),
        category,
        tags,
        unit: text_of(raw.unit),
        campaign: text_of(raw.campaign),
        summary: text_of(raw.summary),
        slug,
        draft: raw.draft.unwrap_or(false),
        description: text_of(raw.description),
        image: text_of(raw.image),
        extra,
        places: doc
            .root()
            .entries()
            .iter()
            .filter_map(|(k, v)| Some((k.scalar()?.to_owned(), v.pos)))
            .collect(),
    };
    Ok((front_matter, errors))
}

/// Tags, category and slug must make a web address: some letters or digits, and not longer
/// than a folder name may be. One that cannot is a problem, and left out.
fn check_addresses(
    doc: &yaml::Doc,
    tags: &mut Vec<String>,
    category: &mut Option<String>,
    slug: &mut Option<String>,
    errors: &mut Vec<FmError>,
) {
    let mut address = |key: &str, name: &str| {
        let slug = text::slugify(name);
        let message = if slug.is_empty() {
            msg!("content-key-no-letters", key = key, value = name)
        } else if slug.len() > text::MAX_SEGMENT {
            too_long(key, &slug)
        } else {
            return true;
        };
        errors.push(FmError {
            pos: doc.pos(&[key]),
            message,
        });
        false
    };
    tags.retain(|t| address("tags", t));
    if category.as_deref().is_some_and(|c| !address("category", c)) {
        *category = None;
    }
    let Some(s) = slug.as_deref() else { return };
    let made = text::slugify(s);
    let message = if made.is_empty() {
        msg!("content-slug-no-letters", value = s)
    } else if made.len() > text::MAX_SEGMENT {
        too_long("slug", &made)
    } else {
        return;
    };
    errors.push(FmError {
        pos: doc.pos(&["slug"]),
        message,
    });
    *slug = None;
}

#[cfg(test)]
mod tests;
