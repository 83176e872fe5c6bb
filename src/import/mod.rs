//! `campaign-site import`: a federation's spreadsheet read into the campaign's unit files, so
//! that no editor retypes a figure. A dry run shows what would change; `--write` writes it,
//! every file at once or none.

mod cells;
mod changes;
mod columns;
mod edit;
mod grid;
mod load;
mod map;
mod outcome;
mod plan;
mod role;
mod summary;
mod table;
mod units;
mod words;
mod write;

use std::path::Path;

use crate::diagnostics::{Diagnostic, Pos};
use crate::messages::Message;
use crate::msg;
use changes::Planned;
pub use changes::SourceArg;
use columns::Role;
use grid::Grid;
use outcome::cell_path;
pub use outcome::{ImportOptions, Outcome};

/// Imports `opts.file` into the site at `root`.
pub fn run(root: &Path, opts: &ImportOptions) -> Outcome {
    let config = match crate::config::load(root, None) {
        Ok(c) => c,
        Err(problems) => return Outcome::failed(problems),
    };
    let campaign = match load::campaign(root, &config, &opts.campaign) {
        Ok(c) => c,
        Err(problems) => return Outcome::failed(problems),
    };
    let c = &campaign.record;
    let map = match &opts.map {
        Some(path) => match map::read(path, c) {
            Ok(m) => m,
            Err(problems) => return Outcome::failed(problems),
        },
        None => map::Map::default(),
    };
    let problems = settled(opts, &map, &campaign);
    if !problems.is_empty() {
        return Outcome::failed(problems);
    }
    let grid = match grid::read(&opts.file, opts.sheet.as_deref()) {
        Ok(g) => g,
        Err(e) => return Outcome::failed(vec![Diagnostic::error(&opts.file, Pos::UNKNOWN, e.0)]),
    };
    let table = match table::find(&grid, c, &map) {
        Ok(t) => t,
        Err(table::NotFound::NoHeader) => {
            let d = Diagnostic::error(
                &opts.file,
                Pos::UNKNOWN,
                msg!("import-no-header", labels = summary::labels(c)),
            );
            return Outcome::failed(vec![d]);
        }
        Err(table::NotFound::Twice(pair)) => {
            let (a, b) = *pair;
            let at = cell_path(&opts.file, &grid, 0, b.col);
            let m = msg!(
                "import-column-twice",
                first = grid::column_letters(a.col),
                second = grid::column_letters(b.col),
                target = b.role.map(|r| r.path(c)).unwrap_or_default()
            );
            return Outcome::failed(vec![Diagnostic::error(at, Pos::UNKNOWN, m)]);
        }
    };
    let rows = plan::read(&grid, &table, c);
    let mut out = Outcome::default();
    summary::table(&mut out, opts, &grid, &table, c);
    summary::cells(&mut out, opts, &grid, &rows);
    let planned = units_of(&mut out, opts, &grid, &table, &rows, &campaign, &map);
    summary::units(&mut out, &planned, &campaign);
    if out.errors() > 0 {
        out.lines.push(msg!("import-nothing-written"));
        return out;
    }
    let changed: Vec<&Planned> = planned
        .iter()
        .filter(|p| p.created || !p.changes.is_empty())
        .collect();
    if changed.is_empty() {
        out.lines.push(msg!("import-nothing-to-change"));
        return out;
    }
    if !opts.write {
        out.lines
            .push(msg!("import-dry-run", files = changed.len()));
        return out;
    }
    match write::all(root, &changed) {
        Ok(paths) => {
            out.lines.push(msg!("import-wrote", files = paths.len()));
            out.written = paths;
        }
        Err(e) => out
            .problems
            .push(Diagnostic::error(&campaign.units_dir, Pos::UNKNOWN, e.0)),
    }
    out
}

/// What must hold before a row is read: the kind of new units is one of the campaign's, and
/// each unit the map names exists (or, with `--new-units`, is a file name to create).
fn settled(opts: &ImportOptions, map: &map::Map, campaign: &load::Campaign) -> Vec<Diagnostic> {
    let c = &campaign.record;
    let mut problems = Vec::new();
    let declared = c.unit_kinds.iter().map(|(id, _)| id.as_str());
    let known: Vec<&str> = crate::data::schema::BUILT_IN_KINDS
        .into_iter()
        .chain(declared)
        .collect();
    let given = match (&opts.kind, &map.kind) {
        (Some(k), _) => Some((k.as_str(), c.source.clone(), Pos::UNKNOWN)),
        (None, Some((k, pos))) => Some((k.as_str(), map.path.clone(), *pos)),
        (None, None) => None,
    };
    if let Some((kind, path, pos)) = given.filter(|(k, _, _)| !known.contains(k)) {
        let m = msg!(
            "data-unit-kind-unknown",
            kind = kind,
            kinds = known.join(", "),
            file = &c.source
        );
        problems.push(Diagnostic::error(path, pos, m));
    }
    for (_, id, pos) in &map.units {
        if crate::text::slugify(id) != *id {
            let m = msg!("import-map-unit-id", id = id.as_str());
            problems.push(Diagnostic::error(&map.path, *pos, m));
        }
    }
    if !opts.new_units {
        let ids: Vec<&str> = campaign
            .units
            .iter()
            .map(|u| u.record.id.as_str())
            .collect();
        problems.extend(map::unknown_units(map, &ids, &opts.campaign));
    }
    problems
}

/// The unit file each data row goes to, as it would be left; each row whose unit is not
/// found, or is found twice, is an error at its name cell.
fn units_of(
    out: &mut Outcome,
    opts: &ImportOptions,
    grid: &Grid,
    table: &table::Table,
    rows: &plan::Rows,
    campaign: &load::Campaign,
    map: &map::Map,
) -> Vec<Planned> {
    let c = &campaign.record;
    let records: Vec<crate::data::UnitRecord> =
        campaign.units.iter().map(|u| u.record.clone()).collect();
    let kind = opts
        .kind
        .clone()
        .or_else(|| map.kind.as_ref().map(|(k, _)| k.clone()));
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut planned = Vec::new();
    for (&row, settings) in table.data.iter().zip(&rows.settings) {
        let at = cell_path(&opts.file, grid, row, table.name_col);
        let name = grid
            .cell(row, table.name_col)
            .text()
            .unwrap_or_default()
            .to_string();
        if name.is_empty() {
            out.problems
                .push(Diagnostic::error(at, Pos::UNKNOWN, msg!("import-no-name")));
            continue;
        }
        let result = match units::find(&name, &records, map) {
            units::Match::One(i) => {
                changes::existing(&campaign.units[i], settings, &opts.source, c)
                    .map_err(|d| vec![d])
            }
            units::Match::Several(ids) => {
                let m = msg!(
                    "import-name-several",
                    name = name.as_str(),
                    units = ids.join(", ")
                );
                Err(vec![Diagnostic::error(at.clone(), Pos::UNKNOWN, m)])
            }
            units::Match::None => {
                new_unit(opts, &name, kind.as_deref(), &at, settings, campaign, map)
            }
        };
        match result {
            Ok(p) => {
                if let Some((_, first)) = seen.iter().find(|(id, _)| *id == p.id) {
                    let m = msg!(
                        "import-unit-twice",
                        unit = p.id.as_str(),
                        first = grid.address(*first, table.name_col)
                    );
                    out.problems.push(Diagnostic::error(at, Pos::UNKNOWN, m));
                    continue;
                }
                seen.push((p.id.clone(), row));
                planned.push(p);
            }
            Err(ds) => out.problems.extend(ds),
        }
    }
    planned
}

/// A row whose name matches no unit: a new unit with `--new-units`, else an error.
fn new_unit(
    opts: &ImportOptions,
    name: &str,
    kind: Option<&str>,
    at: &Path,
    settings: &[plan::Setting],
    campaign: &load::Campaign,
    map: &map::Map,
) -> Result<Planned, Vec<Diagnostic>> {
    let c = &campaign.record;
    let error = |m: Message| vec![Diagnostic::error(at, Pos::UNKNOWN, m)];
    if !opts.new_units {
        let names: Vec<String> = campaign
            .units
            .iter()
            .map(|u| u.record.name.get("", "").to_string())
            .collect();
        let close =
            crate::text::similar(name, names.iter().map(String::as_str)).map(str::to_string);
        return Err(error(msg!(
            "import-name-unknown",
            name = name,
            campaign = opts.campaign.as_str(),
            hint = close.map_or(msg!("nothing"), |n| msg!("import-did-you-mean", name = n))
        )));
    }
    let Some(kind) = kind else {
        return Err(error(msg!("import-new-needs-kind")));
    };
    let bare = units::without_prefix(name);
    let id = map
        .unit(name)
        .map_or_else(|| crate::text::slugify(bare), str::to_string);
    if id.is_empty() {
        return Err(error(msg!("import-name-no-id", name = name)));
    }
    let settings: Vec<plan::Setting> = settings
        .iter()
        .filter(|s| s.role != Role::Name)
        .cloned()
        .collect();
    changes::created(
        &id,
        bare,
        kind,
        &campaign.units_dir,
        &settings,
        &opts.source,
        c,
    )
    .map_err(|ds| {
        ds.into_iter()
            .map(|d| Diagnostic {
                path: at.to_path_buf(),
                line: 0,
                col: 0,
                ..d
            })
            .collect()
    })
}
