//! What an import tells the editor, in the editor's language: which rows and columns of the
//! sheet it read and how, every row and column it left out and why, every text it read as a
//! number, and per unit what would be created or changed (old -> new).

use super::changes::Planned;
use super::columns::Role;
use super::grid::{Grid, column_letters};
use super::load::Campaign;
use super::outcome::{ImportOptions, Outcome, cell_path};
use super::plan::Rows;
use super::table::{Skipped, Table};
use crate::data::CampaignRecord;
use crate::diagnostics::{Diagnostic, Pos};
use crate::lang::Localized;
use crate::messages::{Message, display_path};
use crate::msg;

/// The metric labels a header may use, for the message that finds none.
pub fn labels(c: &CampaignRecord) -> String {
    c.metrics
        .iter()
        .map(|m| match &m.label {
            Localized::All(s) => format!("\"{s}\""),
            Localized::PerLang(map) => map
                .values()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(" / "),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `5-19, 21-86` for rows 5 to 19 and 21 to 86 (from 1).
fn ranges(rows: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let start = rows[i];
        let mut end = start;
        while i + 1 < rows.len() && rows[i + 1] == end + 1 {
            i += 1;
            end = rows[i];
        }
        parts.push(match start == end {
            true => (start + 1).to_string(),
            false => format!("{}–{}", start + 1, end + 1),
        });
        i += 1;
    }
    parts.join(", ")
}

/// The sheet, its header, its columns and its rows.
pub fn table(
    out: &mut Outcome,
    opts: &ImportOptions,
    grid: &Grid,
    table: &Table,
    c: &CampaignRecord,
) {
    let file = display_path(&opts.file);
    out.lines.push(match &grid.sheet {
        Some(sheet) => msg!(
            "import-read-sheet",
            file = file.as_str(),
            sheet = sheet.as_str()
        ),
        None => msg!("import-read-csv", file = file.as_str()),
    });
    match table.above {
        0 => {}
        1 => out.lines.push(msg!("import-above-one")),
        n => out.lines.push(msg!("import-above", last = n)),
    }
    out.lines.push(match table.header {
        (a, b) if a == b => msg!("import-header-one", row = a + 1),
        (a, b) => msg!("import-header", first = a + 1, last = b + 1),
    });
    column_lines(out, opts, grid, table, c);
    out.lines.push(msg!(
        "import-rows",
        count = table.data.len(),
        rows = ranges(&table.data)
    ));
    let blank: Vec<usize> = table
        .skipped
        .iter()
        .filter(|(_, s)| *s == Skipped::Blank)
        .map(|(r, _)| *r)
        .collect();
    if !blank.is_empty() {
        out.lines
            .push(msg!("import-blank-rows", rows = ranges(&blank)));
    }
    for (row, why) in &table.skipped {
        let why = match why {
            Skipped::Blank => continue,
            Skipped::ColumnNumbers => msg!("import-why-column-numbers"),
            Skipped::Totals(t) => msg!("import-why-totals", text = super::plan::clip(t)),
            Skipped::NoFigures(t) => msg!("import-why-no-figures", text = super::plan::clip(t)),
        };
        out.lines
            .push(msg!("import-row-skipped", row = row + 1, why = why));
    }
}

/// A line per column: what it holds, or (a warning at its header) that it is not read.
fn column_lines(
    out: &mut Outcome,
    opts: &ImportOptions,
    grid: &Grid,
    table: &Table,
    c: &CampaignRecord,
) {
    for column in &table.columns {
        let letter = column_letters(column.col);
        let label = column.label.as_str();
        let line = match column.role {
            None => {
                let at = cell_path(&opts.file, grid, table.header.0, column.col);
                out.problems.push(Diagnostic::warning(
                    at,
                    Pos::UNKNOWN,
                    msg!("import-column-unused", label = label),
                ));
                continue;
            }
            Some(Role::Ordinal) => msg!("import-column-ordinal", column = letter, label = label),
            Some(Role::Skip) => msg!("import-column-skip", column = letter, label = label),
            Some(Role::Name) => msg!("import-column-name", column = letter, label = label),
            Some(role) => {
                let scale = match column.scale {
                    1.0 => msg!("nothing"),
                    s => msg!("import-scale", scale = super::plan::shown(s)),
                };
                let how = if column.mapped {
                    msg!("import-by-map")
                } else {
                    msg!("nothing")
                };
                msg!(
                    "import-column",
                    column = letter,
                    label = label,
                    key = role.path(c),
                    scale = scale,
                    how = how
                )
            }
        };
        out.lines.push(line);
    }
}

/// Text read as numbers (listed), cells left out (warnings) and cells in error.
pub fn cells(out: &mut Outcome, opts: &ImportOptions, grid: &Grid, rows: &Rows) {
    for n in &rows.notes {
        out.lines.push(msg!(
            "import-cell-line",
            cell = grid.address(n.row, n.col),
            text = n.message.clone()
        ));
    }
    for n in &rows.left_out {
        out.problems.push(Diagnostic::warning(
            cell_path(&opts.file, grid, n.row, n.col),
            Pos::UNKNOWN,
            n.message.clone(),
        ));
    }
    for n in &rows.errors {
        out.problems.push(Diagnostic::error(
            cell_path(&opts.file, grid, n.row, n.col),
            Pos::UNKNOWN,
            n.message.clone(),
        ));
    }
}

/// Per unit: created, changed (old -> new) or unchanged; and the units the sheet leaves out.
pub fn units<'a>(
    out: &mut Outcome,
    planned: impl Iterator<Item = &'a Planned> + Clone,
    faulty: &std::collections::HashSet<&str>,
    campaign: &Campaign,
) {
    for p in planned.clone() {
        if faulty.contains(&p.id.as_str()) {
            out.lines
                .push(msg!("import-unit-faulty", unit = p.id.as_str()));
            continue;
        }
        let path = display_path(&p.path);
        let head: Message = match (p.created, p.changes.is_empty()) {
            (true, _) => msg!(
                "import-unit-new",
                unit = p.id.as_str(),
                path = path.as_str()
            ),
            (false, true) => {
                out.lines
                    .push(msg!("import-unit-same", unit = p.id.as_str()));
                continue;
            }
            (false, false) => msg!(
                "import-unit-changed",
                unit = p.id.as_str(),
                path = path.as_str()
            ),
        };
        out.lines.push(head);
        for change in &p.changes {
            out.lines.push(match &change.old {
                Some(old) => msg!(
                    "import-change",
                    key = change.key.as_str(),
                    old = old.as_str(),
                    new = change.new.as_str()
                ),
                None => msg!(
                    "import-change-added",
                    key = change.key.as_str(),
                    new = change.new.as_str()
                ),
            });
        }
        if p.comments_lost {
            out.problems.push(Diagnostic::warning(
                &p.path,
                Pos::UNKNOWN,
                msg!("import-comments-lost"),
            ));
        }
    }
    let present: std::collections::HashSet<&str> = planned.map(|p| p.id.as_str()).collect();
    let absent: Vec<&str> = campaign
        .units
        .iter()
        .filter(|u| !present.contains(u.record.id.as_str()))
        .map(|u| u.record.id.as_str())
        .collect();
    if !absent.is_empty() {
        out.lines.push(msg!(
            "import-units-absent",
            count = absent.len(),
            units = absent.join(", ")
        ));
    }
}
