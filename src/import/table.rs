//! Finding the table in a sheet as federations lay it out: title rows above the header, a
//! header over one or two rows (merged cells spread over the columns they cover), a row of
//! column numbers, blank rows, group headings, a totals row and notes below, each named.

use super::cells::{self, Figure};
use super::columns::{Column, Role, understand};
use super::grid::Grid;
use super::map::Map;
use crate::data::CampaignRecord;
use crate::text;

/// How far down a header is looked for.
const HEADER_SEARCH: usize = 30;

/// Why a row was not read as a unit.
#[derive(Debug, Clone, PartialEq)]
pub enum Skipped {
    Blank,
    /// `(1) (2) (3)` under the header.
    ColumnNumbers,
    /// "Tổng cộng", "Cộng", "Total": the sheet's own sum.
    Totals(String),
    /// Text but no figures: a group heading ("I. Khối tỉnh, thành phố") or a note.
    NoFigures(String),
}

/// The table: its header rows, columns and the rows that were read or skipped.
#[derive(Debug)]
pub struct Table {
    /// First and last header row (from 0).
    pub header: (usize, usize),
    pub columns: Vec<Column>,
    pub name_col: usize,
    pub data: Vec<usize>,
    pub skipped: Vec<(usize, Skipped)>,
    /// Rows above the header (a title, the sender), from 0.
    pub above: usize,
}

/// What stopped the table from being found.
#[derive(Debug)]
pub enum NotFound {
    NoHeader,
    /// Two columns for one figure: their labels and what they hold, and the header's row.
    Twice(Box<(Column, Column)>, usize),
}

pub fn find(grid: &Grid, c: &CampaignRecord, map: &Map) -> Result<Table, NotFound> {
    let width = grid.width();
    let top = (0..grid.rows.len().min(HEADER_SEARCH))
        .find(|&r| {
            let roles: Vec<Option<Role>> = (0..width)
                .map(|col| header_cell(grid, r, col, c, map))
                .collect();
            roles.contains(&Some(Role::Name)) && roles.iter().flatten().any(|r| is_figure(*r))
        })
        .or_else(|| two_row_header(grid, c, map))
        .ok_or(NotFound::NoHeader)?;
    let name_col = (0..width)
        .find(|&col| header_cell(grid, top, col, c, map) == Some(Role::Name))
        .or_else(|| {
            (0..width).find(|&col| header_cell(grid, top + 1, col, c, map) == Some(Role::Name))
        })
        .ok_or(NotFound::NoHeader)?;
    let second = has_second_row(grid, top, name_col);
    let bottom = if second { top + 1 } else { top };
    let mut columns: Vec<Column> = (0..width)
        .map(|col| {
            let parent = spread(grid, top, col, second);
            let child = if second {
                cell_text(grid, top + 1, col)
            } else {
                String::new()
            };
            understand(col, &parent, &child, c, map)
        })
        .collect();
    columns.retain(|col| !col.label.is_empty());
    twice(&columns, bottom)?;
    let (data, skipped) = rows(grid, bottom + 1, name_col, &columns);
    Ok(Table {
        header: (top, bottom),
        columns,
        name_col,
        data,
        skipped,
        above: top,
    })
}

fn is_figure(role: Role) -> bool {
    !matches!(
        role,
        Role::Name | Role::Ordinal | Role::Skip | Role::Cluster
    )
}

/// A header whose name column is in its first row and whose figures are named only in the
/// second ("Sáng kiến" over "Chỉ tiêu" and "Thực hiện" is understood as one header).
fn two_row_header(grid: &Grid, c: &CampaignRecord, map: &Map) -> Option<usize> {
    let width = grid.width();
    (0..grid.rows.len().min(HEADER_SEARCH)).find(|&r| {
        let has_name = (0..width).any(|col| header_cell(grid, r, col, c, map) == Some(Role::Name));
        has_name
            && (0..width).any(|col| {
                let parent = spread(grid, r, col, true);
                let child = cell_text(grid, r + 1, col);
                understand(col, &parent, &child, c, map)
                    .role
                    .is_some_and(is_figure)
            })
    })
}

fn header_cell(grid: &Grid, r: usize, col: usize, c: &CampaignRecord, map: &Map) -> Option<Role> {
    let text = cell_text(grid, r, col);
    (!text.is_empty()).then(|| understand(col, &text, "", c, map).role)?
}

fn cell_text(grid: &Grid, r: usize, col: usize) -> String {
    match grid.cell(r, col) {
        super::grid::Cell::Text(t) => t.split_whitespace().collect::<Vec<_>>().join(" "),
        super::grid::Cell::Number(n) => n.to_string(),
        super::grid::Cell::Empty => String::new(),
    }
}

/// Whether the header goes on in the row below: the name cell is merged down into it, or
/// that row has no name and no figure but words under the header.
fn has_second_row(grid: &Grid, top: usize, name_col: usize) -> bool {
    let merged_down = grid
        .merged
        .iter()
        .any(|m| m.rows.0 == top && m.rows.1 > top && (m.cols.0..=m.cols.1).contains(&name_col));
    if merged_down {
        return true;
    }
    let below = top + 1;
    let row = grid.rows.get(below).map(Vec::as_slice).unwrap_or_default();
    let words = row.iter().any(|cell| {
        cell.text()
            .is_some_and(|t| matches!(cells::figure(cell), Figure::NotANumber(_)) && !t.is_empty())
    });
    grid.cell(below, name_col).is_empty() && words && !column_numbers(row)
}

/// The text of the header cell above `col` in the first header row: that of the merged range
/// covering it, else (with a second row) that of the nearest filled cell to its left when the
/// cells between have words below them, as a merged cell saved without its range leaves it.
fn spread(grid: &Grid, top: usize, col: usize, second: bool) -> String {
    let own = cell_text(grid, top, col);
    if !own.is_empty() {
        return own;
    }
    if let Some(m) = grid
        .merged
        .iter()
        .find(|m| (m.rows.0..=m.rows.1).contains(&top) && (m.cols.0..=m.cols.1).contains(&col))
    {
        return cell_text(grid, m.rows.0, m.cols.0);
    }
    if !second || !grid.merged.is_empty() || cell_text(grid, top + 1, col).is_empty() {
        return String::new();
    }
    for left in (0..col).rev() {
        if cell_text(grid, top + 1, left).is_empty() {
            return String::new();
        }
        let text = cell_text(grid, top, left);
        if !text.is_empty() {
            return text;
        }
    }
    String::new()
}

/// `(1) (2) (3)` or `1 2 3 4` across: the row that numbers the columns.
fn column_numbers(row: &[super::grid::Cell]) -> bool {
    let filled: Vec<String> = row
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| match c {
            super::grid::Cell::Number(n) => n.to_string(),
            other => other
                .text()
                .unwrap_or_default()
                .trim_matches(['(', ')'])
                .to_string(),
        })
        .collect();
    filled.len() >= 3
        && filled.iter().enumerate().all(|(i, t)| {
            t.parse::<usize>().ok().is_some_and(|n| n == i + 1)
                || t.len() == 1 && t.chars().all(|c| c.is_ascii_uppercase())
        })
}

/// Two columns understood as the same figure: neither is taken.
fn twice(columns: &[Column], row: usize) -> Result<(), NotFound> {
    for (i, a) in columns.iter().enumerate() {
        let Some(role) = a.role.filter(|r| !matches!(r, Role::Ordinal | Role::Skip)) else {
            continue;
        };
        if let Some(b) = columns[i + 1..].iter().find(|b| b.role == Some(role)) {
            return Err(NotFound::Twice(Box::new((a.clone(), b.clone())), row));
        }
    }
    Ok(())
}

/// Words that open the sheet's own totals row, folded.
const TOTALS: &[&str] = &[
    "tong cong",
    "tong so",
    "tong",
    "cong",
    "total",
    "totals",
    "grand total",
    "toan quoc",
    "ca nuoc",
    "tong cong toan quoc",
    "tong cong ca nuoc",
    "cong toan quoc",
    "tong toan quoc",
];

/// The words after "Tổng cộng" or "Cộng" that make a row a group's subtotal, folded.
const SUBTOTALS: &[&str] = &["khoi", "nhom", "cum", "cac", "toan", "ca", "so", "group"];

/// Whether the first words of a row name the sheet's own sum: exactly one of [`TOTALS`]
/// ("Tổng cộng", "TỔNG CỘNG:"), or one with a count after it ("Tổng cộng (82 đơn vị)"),
/// never a unit that starts so ("Tổng công ty Điện lực", "Công đoàn ngành Y tế").
fn is_totals(words: &str) -> bool {
    let folded = text::fold(words).replace([':', '.', '-'], " ");
    let folded = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    TOTALS.iter().any(|t| {
        folded == *t
            || folded.strip_prefix(t).is_some_and(|rest| {
                let rest = rest.trim_start();
                // A count ("Tổng cộng (82 đơn vị)") or a group's subtotal ("Cộng khối tỉnh").
                rest.starts_with(['(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                    || SUBTOTALS.iter().any(|w| rest.split(' ').next() == Some(*w))
            })
    })
}

fn rows(
    grid: &Grid,
    first: usize,
    name_col: usize,
    columns: &[Column],
) -> (Vec<usize>, Vec<(usize, Skipped)>) {
    let mut data = Vec::new();
    let mut skipped = Vec::new();
    let figures: Vec<usize> = columns
        .iter()
        .filter(|c| c.role.is_some_and(is_figure))
        .map(|c| c.col)
        .collect();
    for r in first..grid.rows.len() {
        let row = grid.rows[r].as_slice();
        if row.iter().all(super::grid::Cell::is_empty) {
            skipped.push((r, Skipped::Blank));
            continue;
        }
        if r == first && column_numbers(row) {
            skipped.push((r, Skipped::ColumnNumbers));
            continue;
        }
        let first_words = (0..=name_col)
            .map(|col| cell_text(grid, r, col))
            .find(|t| !t.is_empty())
            .unwrap_or_default();
        if is_totals(&first_words) {
            skipped.push((r, Skipped::Totals(first_words)));
            continue;
        }
        let has_figure = figures.iter().any(|&col| !grid.cell(r, col).is_empty());
        let name = cell_text(grid, r, name_col);
        if !has_figure
            || name.is_empty()
                && !figures
                    .iter()
                    .any(|&col| matches!(cells::figure(grid.cell(r, col)), Figure::Number(_)))
        {
            let shown = if name.is_empty() {
                first_row_text(grid, r)
            } else {
                name
            };
            skipped.push((r, Skipped::NoFigures(shown)));
            continue;
        }
        data.push(r);
    }
    (data, skipped)
}

fn first_row_text(grid: &Grid, r: usize) -> String {
    (0..grid.width())
        .map(|col| cell_text(grid, r, col))
        .find(|t| !t.is_empty())
        .unwrap_or_default()
}
