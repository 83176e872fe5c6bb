//! The JSON Schemas that text editors check YAML with (`campaign-site schema`), held to what the
//! loaders accept, with a validator written elsewhere (the `jsonschema` crate): every file of the
//! example site, the starter site and the fixtures that build is valid (`files`); sample files
//! are accepted or refused alike by the schemas and by `check` (`parity`, in the small site of
//! `sample`), but for what a schema cannot judge (`gaps`); `schema` and `init` write schemas and
//! editor settings that work (`editor`).

#[allow(dead_code)] // each test file uses only some of the shared helpers
#[path = "../common/mod.rs"]
mod common;

mod editor;
mod files;
mod gaps;
mod loose;
mod parity;
mod sample;

use campaign_site::cmd::schema::SCHEMAS;
use serde_json::Value;

/// The four kinds of file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Site,
    FrontMatter,
    Campaign,
    Unit,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Site, Kind::FrontMatter, Kind::Campaign, Kind::Unit];

    /// The schema's file name, as `schema` writes it.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Site => "site.schema.json",
            Kind::FrontMatter => "front-matter.schema.json",
            Kind::Campaign => "campaign.schema.json",
            Kind::Unit => "unit.schema.json",
        }
    }

    /// The kind of the file at `rel` (a path relative to a site root, with `/`), if any.
    pub fn of(rel: &str) -> Option<Kind> {
        let Some(in_content) = rel.strip_prefix("content/") else {
            return (rel == "site.yaml").then_some(Kind::Site);
        };
        let (dir, name) = in_content.rsplit_once('/').unwrap_or(("", in_content));
        if name.ends_with(".md") {
            Some(Kind::FrontMatter)
        } else if !(name.ends_with(".yaml") || name.ends_with(".yml")) {
            None
        } else if name == "campaign.yaml" || name == "campaign.yml" {
            Some(Kind::Campaign)
        } else if dir == "units" || dir.ends_with("/units") {
            Some(Kind::Unit)
        } else {
            None
        }
    }

    /// The schema, as JSON.
    pub fn schema(self) -> Value {
        let (_, text) = SCHEMAS
            .iter()
            .find(|(name, _)| *name == self.file_name())
            .unwrap_or_else(|| panic!("no embedded {}", self.file_name()));
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", self.file_name()))
    }
}

/// The four schemas, compiled as draft 2020-12.
pub struct Schemas(Vec<(Kind, jsonschema::Validator)>);

impl Schemas {
    pub fn compiled() -> Schemas {
        Schemas(
            Kind::ALL
                .iter()
                .map(|&k| {
                    let v = jsonschema::draft202012::new(&k.schema())
                        .unwrap_or_else(|e| panic!("{}: {e}", k.file_name()));
                    (k, v)
                })
                .collect(),
        )
    }

    /// What the schema of `kind` finds wrong in `text` (a Markdown file for front matter), each
    /// problem with its place in the document.
    pub fn problems(&self, kind: Kind, text: &str) -> Vec<String> {
        let yaml = if kind == Kind::FrontMatter {
            front_matter(text).unwrap_or("{}")
        } else {
            text
        };
        let value = match yaml_to_json(yaml) {
            Ok(v) => v,
            Err(e) => return vec![format!("not YAML: {e}")],
        };
        let (_, validator) = self.0.iter().find(|(k, _)| *k == kind).expect("a schema");
        validator
            .iter_errors(&value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }
}

/// YAML read into JSON values, as an editor's YAML extension reads it to check it (YAML 1.2:
/// `3.666` is a number, `2023-09-07` a string).
pub fn yaml_to_json(text: &str) -> Result<Value, serde_yaml::Error> {
    if text.trim().is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    serde_yaml::from_str(text)
}

/// The YAML between the `---` lines atop a Markdown file (already LF), if it has front matter.
pub fn front_matter(md: &str) -> Option<&str> {
    let rest = md.strip_prefix("---\n")?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Some(&rest[..offset]);
        }
        offset += line.len();
    }
    None
}
