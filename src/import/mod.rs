//! `campaign-site import`: a federation's spreadsheet read into the campaign's unit files, so
//! that no editor retypes a figure. A dry run shows what would change; `--write` writes it,
//! every file at once or none.

mod agree;
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
mod settle;
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
    let _lock = match lock(root) {
        Ok(l) => l,
        Err(out) => return out,
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
    let problems = settle::problems(opts, &map, &campaign);
    if !problems.is_empty() {
        return Outcome::failed(problems);
    }
    let grid = match grid::read(&opts.file, opts.sheet.as_deref()) {
        Ok(g) => g,
        Err(e) => return Outcome::failed(vec![Diagnostic::error(&opts.file, Pos::UNKNOWN, e.0)]),
    };
    let table = match table_of(opts, &grid, c, &map) {
        Ok(t) => t,
        Err(d) => return Outcome::failed(vec![d]),
    };
    let records: Vec<crate::data::UnitRecord> =
        campaign.units.iter().map(|u| u.record.clone()).collect();
    // Each data row's unit, found once for the fractions' test and the files' changes.
    let index = units::Units::new(&records);
    let matched: Vec<units::Match> = table
        .data
        .iter()
        .map(|&row| {
            let name = grid.cell(row, table.name_col).text().unwrap_or_default();
            index.find(name, &map)
        })
        .collect();
    let known = |row: usize, m: usize| {
        let k = table.data.binary_search(&row).ok()?;
        let units::Match::One(i) = matched[k] else {
            return None;
        };
        let u = &records[i];
        Some((u.values[m]?.value as f64, u.target[m]? as f64))
    };
    let rows = plan::read(&grid, &table, c, &known);
    let mut out = Outcome::default();
    summary::table(&mut out, opts, &grid, &table, c);
    summary::cells(&mut out, opts, &grid, &rows);
    let found = Found {
        grid: &grid,
        table: &table,
        rows: &rows,
        matched: &matched,
    };
    let planned = units_of(&mut out, opts, &found, &campaign, &map);
    // The units whose rows have errors: the summary does not call them unchanged.
    let faulty: std::collections::HashSet<&str> = planned
        .iter()
        .filter(|(bad, _)| *bad)
        .map(|(_, p)| p.id.as_str())
        .collect();
    summary::units(&mut out, planned.iter().map(|(_, p)| p), &faulty, &campaign);
    let planned: Vec<Planned> = planned.into_iter().map(|(_, p)| p).collect();
    let present = campaign.units.len() + planned.iter().filter(|p| p.created).count();
    if let Some(n) = c.units_expected.filter(|n| present > *n as usize) {
        let m = msg!("data-too-many-units", expected = n, present = present);
        let at = c.places.units_expected;
        out.problems.push(Diagnostic::warning(&c.source, at, m));
    }
    finish(out, root, opts, &planned, &campaign)
}

/// The end of an import: nothing when there were errors or nothing changes, the summary's
/// last line in a dry run, else every changed file written.
fn finish(
    mut out: Outcome,
    root: &Path,
    opts: &ImportOptions,
    planned: &[Planned],
    campaign: &load::Campaign,
) -> Outcome {
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
        Err(e) => {
            out.tool_failed = true;
            out.problems
                .push(Diagnostic::error(&campaign.units_dir, Pos::UNKNOWN, e.0));
        }
    }
    out
}

/// The right to change the site's unit files: two imports into one site take turns, so that
/// neither writes over what the other read.
fn lock(root: &Path) -> Result<crate::output::OutputLock, Outcome> {
    crate::output::lock(&root.join("import"), crate::output::LOCK_WAIT).map_err(|f| match f {
        crate::failure::Failure::Site(_) => {
            let seconds = crate::output::LOCK_WAIT.as_secs();
            let m = msg!("import-locked", seconds = seconds);
            Outcome::failed(vec![Diagnostic::error(root, Pos::UNKNOWN, m)])
        }
        failure => Outcome::from_failure(failure),
    })
}

/// The table of `grid`, or why none was found (at the sheet, or at the cell that stops it).
fn table_of(
    opts: &ImportOptions,
    grid: &Grid,
    c: &crate::data::CampaignRecord,
    map: &map::Map,
) -> Result<table::Table, Diagnostic> {
    let table = match table::find(grid, c, map) {
        Ok(t) => t,
        Err(table::NotFound::NoHeader) => {
            let m = msg!("import-no-header", labels = summary::labels(c));
            return Err(Diagnostic::error(&opts.file, Pos::UNKNOWN, m));
        }
        Err(table::NotFound::Twice(pair, row)) => {
            let (a, b) = *pair;
            let at = cell_path(&opts.file, grid, row, b.col);
            let m = msg!(
                "import-column-twice",
                first = grid::column_letters(a.col),
                second = grid::column_letters(b.col),
                target = b.role.map(|r| r.path(c)).unwrap_or_default()
            );
            return Err(Diagnostic::error(at, Pos::UNKNOWN, m));
        }
    };
    if let Some(col) = table.columns.iter().find(|col| col.foreign.is_some()) {
        let currency = match col.role {
            Some(Role::Value(m) | Role::Target(m)) => c.metrics[m].currency.as_str(),
            _ => "",
        };
        let m = msg!(
            "import-currency",
            label = col.label.as_str(),
            named = col.foreign.clone().unwrap_or_default(),
            key = col.role.map(|r| r.path(c)).unwrap_or_default(),
            currency = currency
        );
        let at = cell_path(&opts.file, grid, table.header.0, col.col);
        return Err(Diagnostic::error(at, Pos::UNKNOWN, m));
    }
    if table.data.is_empty() {
        let at = cell_path(&opts.file, grid, table.header.1, table.name_col);
        return Err(Diagnostic::error(at, Pos::UNKNOWN, msg!("import-no-rows")));
    }
    Ok(table)
}

/// The sheet's table as read, and the unit files its names are matched against.
struct Found<'a> {
    grid: &'a Grid,
    table: &'a table::Table,
    rows: &'a plan::Rows,
    /// The unit each data row names, in the order of the rows.
    matched: &'a [units::Match],
}

/// The unit file each data row goes to, as it would be left; each row whose unit is not
/// found, or is found twice, is an error at its name cell.
fn units_of(
    out: &mut Outcome,
    opts: &ImportOptions,
    found: &Found,
    campaign: &load::Campaign,
    map: &map::Map,
) -> Vec<(bool, Planned)> {
    let c = &campaign.record;
    let Found {
        grid,
        table,
        rows,
        matched,
    } = *found;
    let kind = opts
        .kind
        .clone()
        .or_else(|| map.kind.as_ref().map(|(k, _)| k.clone()));
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut planned = Vec::new();
    let error_rows: std::collections::HashSet<usize> = rows.errors.iter().map(|e| e.row).collect();
    let each = table.data.iter().zip(&rows.settings).zip(matched);
    for ((&row, settings), matched) in each {
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
        let file = match *matched {
            units::Match::One(i) => Some(&campaign.units[i].record),
            _ => None,
        };
        let contradicted = agree::percents(settings, file);
        let faulty = !contradicted.is_empty() || error_rows.contains(&row);
        for (m, problem) in contradicted {
            let col = table
                .columns
                .iter()
                .find(|k| k.role == Some(Role::Percent(m)));
            let cell = cell_path(&opts.file, grid, row, col.map_or(0, |k| k.col));
            out.problems
                .push(Diagnostic::error(cell, Pos::UNKNOWN, problem));
        }
        let result = match matched {
            &units::Match::One(i) => {
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
                if let Some(first) = seen.get(&p.id) {
                    let m = msg!(
                        "import-unit-twice",
                        unit = p.id.as_str(),
                        first = grid.address(*first, table.name_col)
                    );
                    out.problems.push(Diagnostic::error(at, Pos::UNKNOWN, m));
                    continue;
                }
                seen.insert(p.id.clone(), row);
                planned.push((faulty, p));
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
    if bare.chars().any(char::is_control) || id.len() > 100 {
        let shown = plan::clip(&bare.replace(char::is_control, " "));
        return Err(error(msg!("import-name-unfit", name = shown)));
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
