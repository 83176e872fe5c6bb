//! The map file (`--map MAP.yaml`): which column of a sheet holds which figure, and which
//! unit a name the sheet spells its own way is, for sheets whose headers the campaign's labels
//! do not name.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;

use super::role::Role;
pub use super::words::fold_header;
use crate::data::CampaignRecord;
use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;
use crate::text;
use crate::yaml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    #[serde(default)]
    columns: IndexMap<String, RawColumn>,
    #[serde(default)]
    units: IndexMap<String, String>,
    #[serde(default)]
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawColumn {
    To(String),
    Full {
        to: String,
        #[serde(default)]
        scale: Option<RawScale>,
    },
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawScale {
    Number(f64),
    Word(String),
}

/// The map as read: header (folded) to role and scale, unit name (folded) to unit id (with
/// the place the id is written, to name it when no unit has it).
#[derive(Debug, Default)]
pub struct Map {
    pub columns: Vec<(String, Role, f64)>,
    pub units: Vec<(String, String, Pos)>,
    pub kind: Option<(String, Pos)>,
    pub path: PathBuf,
}

impl Map {
    /// The role of a column whose header is `label` (`Sáng kiến / Chỉ tiêu` for two rows).
    pub fn column(&self, label: &str) -> Option<(Role, f64)> {
        let folded = fold_header(label);
        self.columns
            .iter()
            .find(|(h, _, _)| *h == folded)
            .map(|(_, role, scale)| (*role, *scale))
    }

    pub fn unit(&self, name: &str) -> Option<&str> {
        let folded = fold_header(name);
        self.units
            .iter()
            .find(|(n, _, _)| *n == folded)
            .map(|(_, id, _)| id.as_str())
    }
}

/// Reads the map file at `path` for campaign `c`; every problem at its line and column.
pub fn read(path: &Path, c: &CampaignRecord) -> Result<Map, Vec<Diagnostic>> {
    let source = super::load::read_text(path, path).map_err(|d| vec![d])?;
    let (raw, doc) = yaml::from_str::<RawMap>(&source).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| Diagnostic::error(path, e.pos, e.message))
            .collect::<Vec<_>>()
    })?;
    let mut problems = Vec::new();
    let mut map = Map {
        kind: raw.kind.map(|k| (k, doc.pos(&["kind"]))),
        path: path.to_path_buf(),
        ..Map::default()
    };
    for (header, column) in &raw.columns {
        let (to, scale) = match column {
            RawColumn::To(to) => (to, None),
            RawColumn::Full { to, scale } => (to, scale.as_ref()),
        };
        let at = doc.pos(&["columns", header]);
        match Role::from_path(to, c) {
            Some(role) => match scale.map(scale_of).unwrap_or(Some(1.0)) {
                Some(s) => map.columns.push((fold_header(header), role, s)),
                None => problems.push(Diagnostic::error(
                    path,
                    doc.pos(&["columns", header, "scale"]),
                    msg!("import-map-scale"),
                )),
            },
            None => problems.push(Diagnostic::error(
                path,
                at,
                msg!(
                    "import-map-target",
                    to = to.as_str(),
                    targets = Role::paths(c)
                ),
            )),
        }
    }
    for (name, id) in &raw.units {
        let (folded, pos) = (fold_header(name), doc.pos(&["units", name]));
        if let Some((_, first, _)) = map.units.iter().find(|(n, _, _)| *n == folded) {
            let m = msg!(
                "import-map-unit-twice",
                name = name.as_str(),
                first = first.as_str()
            );
            problems.push(Diagnostic::error(path, pos, m));
            continue;
        }
        map.units.push((folded, id.clone(), pos));
    }
    match problems.is_empty() {
        true => Ok(map),
        false => Err(problems),
    }
}

/// Each unit id of `units:` that no unit of the campaign has, at its place in the map.
pub fn unknown_units(map: &Map, ids: &[&str], campaign: &str) -> Vec<Diagnostic> {
    map.units
        .iter()
        .filter(|(_, id, _)| !ids.contains(&id.as_str()))
        .map(|(_, id, pos)| {
            let m = msg!(
                "import-map-unit-unknown",
                id = id.as_str(),
                campaign = campaign
            );
            Diagnostic::error(&map.path, *pos, m)
        })
        .collect()
}

/// `1000000`, `million`, `triệu`, `triệu đồng`: the number a figure of the column is
/// multiplied by.
fn scale_of(s: &RawScale) -> Option<f64> {
    match s {
        RawScale::Number(n) if n.is_finite() && *n > 0.0 => Some(*n),
        RawScale::Number(_) => None,
        RawScale::Word(w) => super::words::scale_word(&text::fold(w)),
    }
}
