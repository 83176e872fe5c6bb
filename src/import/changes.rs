//! What an import does to each unit file: the figures that change (old -> new), the new text
//! of the file, and a check that the build reads back exactly the figures of the sheet.

use std::path::PathBuf;

use super::columns::Role;
use super::edit::{self, Edit};
use super::load::UnitFile;
use super::plan::{New, Setting};
use crate::data::records;
use crate::data::{CampaignRecord, UnitRecord};
use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;

/// One place of a unit file that the import sets.
#[derive(Debug, Clone)]
pub struct Change {
    pub key: String,
    pub old: Option<String>,
    pub new: String,
}

/// A unit file as the import would leave it.
#[derive(Debug)]
pub struct Planned {
    pub id: String,
    /// As shown, relative to the site root.
    pub path: PathBuf,
    pub created: bool,
    pub changes: Vec<Change>,
    pub text: String,
    /// The file had comments, and its layout made it be rewritten whole.
    pub comments_lost: bool,
}

/// A source to add to every unit the import changes.
#[derive(Debug, Clone, Default)]
pub struct SourceArg {
    pub title: Option<String>,
    pub url: Option<String>,
}

impl SourceArg {
    fn yaml(&self) -> Option<String> {
        let parts: Vec<String> = [("title", &self.title), ("url", &self.url)]
            .iter()
            .filter_map(|(k, v)| {
                v.as_deref()
                    .map(|v| format!("{k}: {}", crate::yaml::quoted(v)))
            })
            .collect();
        (!parts.is_empty()).then(|| format!("{{{}}}", parts.join(", ")))
    }

    fn already_in(&self, u: &UnitRecord) -> bool {
        u.sources.iter().any(|s| match (&self.url, &s.url) {
            (Some(a), Some(b)) => a == b,
            (None, _) => self.title.as_deref() == Some(s.title.get("", "")),
            _ => false,
        })
    }
}

/// The figure of `role` that `u` has now, as YAML writes it.
fn current(role: Role, u: &UnitRecord, c: &CampaignRecord) -> Option<String> {
    match role {
        Role::Value(m) => u.values[m].map(|f| match f.qualifier {
            Some(q) => format!("{} ({})", f.value, q.as_str()),
            None => f.value.to_string(),
        }),
        Role::Target(m) => u.target[m].map(|t| t.to_string()),
        Role::Percent(m) => {
            u.reported_percent[m].map(|p| format!("{:.*}", p.decimals as usize, p.value))
        }
        Role::RankNational => u.reported_rank.0.map(|r| r.to_string()),
        Role::RankCluster => u.reported_rank.1.map(|r| r.to_string()),
        Role::Cluster => u.cluster.map(|i| c.clusters[i].id.clone()),
        Role::Name | Role::Ordinal | Role::Skip => None,
    }
}

/// The new figure of `s` as the summary shows it beside the old: `590000000000 (over)`, with
/// the qualifier the file keeps when the sheet gives none.
fn shown_new(s: &Setting, u: &UnitRecord) -> String {
    match (&s.new, s.role) {
        (New::Whole(n, q), Role::Value(m)) => {
            match q.or_else(|| u.values[m].and_then(|f| f.qualifier)) {
                Some(q) => format!("{n} ({})", q.as_str()),
                None => n.to_string(),
            }
        }
        (new, _) => new.yaml(),
    }
}

/// Whether `u` already has what `s` says (a figure without a qualifier keeps the one written).
fn same(s: &Setting, u: &UnitRecord, c: &CampaignRecord) -> bool {
    match (&s.new, s.role) {
        (New::Whole(n, q), Role::Value(m)) => {
            u.values[m].is_some_and(|f| f.value == *n && (q.is_none() || *q == f.qualifier))
        }
        (New::Decimal(v, _), Role::Percent(m)) => {
            u.reported_percent[m].is_some_and(|p| (p.value - v).abs() < 1e-9)
        }
        (new, role) => current(role, u, c).as_deref() == Some(new.yaml().as_str()),
    }
}

fn key_of(role: Role, c: &CampaignRecord) -> Vec<String> {
    role.path(c).split('.').map(String::from).collect()
}

/// The edits that give `file` the figures of `settings`, and what changes.
fn edits(file: &UnitFile, settings: &[Setting], c: &CampaignRecord) -> (Vec<Edit>, Vec<Change>) {
    let doc = crate::yaml::doc(&file.text);
    let mut edits = Vec::new();
    let mut changes = Vec::new();
    for s in settings.iter().filter(|s| !same(s, &file.record, c)) {
        let path = key_of(s.role, c);
        changes.push(Change {
            key: s.role.path(c),
            old: current(s.role, &file.record, c),
            new: shown_new(s, &file.record),
        });
        let is_map = doc
            .as_ref()
            .and_then(|d| d.at(&path.iter().map(String::as_str).collect::<Vec<_>>()))
            .is_some_and(|n| !n.entries().is_empty());
        match (&s.new, is_map) {
            (New::Whole(n, q), true) => {
                let mut p = path.clone();
                p.push("value".into());
                edits.push(Edit {
                    path: p,
                    text: n.to_string(),
                    append: false,
                });
                if let Some(q) = q {
                    let mut p = path;
                    p.push("qualifier".into());
                    edits.push(Edit {
                        path: p,
                        text: q.as_str().into(),
                        append: false,
                    });
                }
            }
            (new, _) => edits.push(Edit {
                path,
                text: new.yaml(),
                append: false,
            }),
        }
    }
    (edits, changes)
}

/// The existing unit `file` with the figures of `settings` (and `source`, when something changes).
pub fn existing(
    file: &UnitFile,
    settings: &[Setting],
    source: &SourceArg,
    c: &CampaignRecord,
) -> Result<Planned, Diagnostic> {
    let (mut edits, mut changes) = edits(file, settings, c);
    let wanted = !changes.is_empty() && !source.already_in(&file.record);
    if let Some(text) = source.yaml().filter(|_| wanted) {
        changes.push(Change {
            key: "sources".into(),
            old: None,
            new: format!("+ {text}"),
        });
        edits.push(Edit {
            path: vec!["sources".into()],
            text,
            append: true,
        });
    }
    let mut planned = Planned {
        id: file.record.id.clone(),
        path: file.path.clone(),
        created: false,
        changes,
        text: file.text.clone(),
        comments_lost: false,
    };
    if edits.is_empty() {
        return Ok(planned);
    }
    let in_place = crate::yaml::doc(&file.text)
        .and_then(|doc| edit::in_place(&file.text, &doc, &edits))
        .filter(|t| reads_back(t, &planned, settings, c));
    planned.text = match in_place {
        Some(t) => t,
        None => {
            let whole = edit::rewrite(&file.text, &edits)
                .filter(|t| reads_back(t, &planned, settings, c))
                .ok_or_else(|| {
                    Diagnostic::error(&file.path, Pos::UNKNOWN, msg!("import-cannot-edit"))
                })?;
            planned.comments_lost = file.text.lines().any(|l| l.contains('#'));
            whole
        }
    };
    Ok(planned)
}

/// A new unit file `id` named `name`, of kind `kind`, with the figures of `settings`.
pub fn created(
    id: &str,
    name: &str,
    kind: &str,
    dir: &std::path::Path,
    settings: &[Setting],
    source: &SourceArg,
    c: &CampaignRecord,
) -> Result<Planned, Vec<Diagnostic>> {
    // `kind` is one of the campaign's kinds (checked before any row is read): a plain word.
    let mut text = format!("name: {}\nkind: {kind}\n", crate::yaml::quoted(name));
    let mut groups: indexmap::IndexMap<String, Vec<(String, String)>> = indexmap::IndexMap::new();
    for s in settings {
        let path = key_of(s.role, c);
        match path.as_slice() {
            [one] => text.push_str(&format!("{one}: {}\n", s.new.yaml())),
            [top, rest @ ..] => groups
                .entry(top.clone())
                .or_default()
                .push((rest.join("."), s.new.yaml())),
            [] => {}
        }
    }
    if !groups.contains_key("values") {
        text.push_str("values: {}\n");
    }
    for (top, entries) in &groups {
        text.push_str(&format!("{top}:\n"));
        let mut nested: indexmap::IndexMap<&str, Vec<String>> = indexmap::IndexMap::new();
        for (rest, value) in entries {
            match rest.split_once('.') {
                Some((a, b)) => nested.entry(a).or_default().push(format!("{b}: {value}")),
                None => text.push_str(&format!("  {rest}: {value}\n")),
            }
        }
        for (a, items) in nested {
            text.push_str(&format!("  {a}: {{{}}}\n", items.join(", ")));
        }
    }
    if let Some(s) = source.yaml() {
        text.push_str(&format!("sources:\n  - {s}\n"));
    }
    let path = dir.join(format!("{id}.yaml"));
    let planned = Planned {
        id: id.to_string(),
        path: path.clone(),
        created: true,
        changes: settings
            .iter()
            .map(|s| Change {
                key: s.role.path(c),
                old: None,
                new: s.new.yaml(),
            })
            .collect(),
        text,
        comments_lost: false,
    };
    let read = records::unit(c, path, &planned.text, id);
    let errors: Vec<Diagnostic> = read
        .problems
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    match errors.is_empty() && reads_back(&planned.text, &planned, settings, c) {
        true => Ok(planned),
        false if errors.is_empty() => Err(vec![Diagnostic::error(
            &planned.path,
            Pos::UNKNOWN,
            msg!("import-cannot-edit"),
        )]),
        false => Err(errors),
    }
}

/// Whether `text`, read as the build reads unit files, has no errors and every figure of
/// `settings`.
fn reads_back(text: &str, planned: &Planned, settings: &[Setting], c: &CampaignRecord) -> bool {
    let read = records::unit(c, planned.path.clone(), text, &planned.id);
    if read.has_errors() {
        return false;
    }
    read.record
        .is_some_and(|u| settings.iter().all(|s| same(s, &u, c)))
}
