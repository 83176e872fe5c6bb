//! What the sheet says of each unit: the figures of its row read into the places of a unit
//! file (`values.initiatives`, `reported.rank.national`), each problem at its cell.

use super::cells::{self, Figure, Read};
use super::columns::{Column, Role};
use super::grid::Grid;
use super::table::Table;
use crate::data::CampaignRecord;
use crate::data::checks::rounded;
use crate::data::number::MAX_WHOLE;
use crate::data::schema::Qualifier;
use crate::messages::{Arg, Message};
use crate::msg;

/// A figure for one place of a unit file.
#[derive(Debug, Clone, PartialEq)]
pub enum New {
    Whole(i64, Option<Qualifier>),
    /// A percent with the decimals it is written with.
    Decimal(f64, u32),
    Rank(u32),
    /// A cluster's id.
    Id(String),
}

impl New {
    /// As YAML writes it.
    pub fn yaml(&self) -> String {
        match self {
            New::Whole(n, None) => n.to_string(),
            New::Whole(n, Some(q)) => format!("{{value: {n}, qualifier: {}}}", q.as_str()),
            New::Decimal(v, d) => format!("{v:.*}", *d as usize),
            New::Rank(r) => r.to_string(),
            New::Id(id) => id.clone(),
        }
    }
}

/// One figure of a row: where it goes and what it is.
#[derive(Debug, Clone)]
pub struct Setting {
    pub role: Role,
    pub new: New,
}

/// A cell read, and why it matters to the summary or stops the import.
#[derive(Debug, Clone)]
pub struct CellNote {
    pub row: usize,
    pub col: usize,
    pub message: Message,
}

/// The figures of every data row, the text numbers read and the problems found.
#[derive(Debug, Default)]
pub struct Rows {
    pub settings: Vec<Vec<Setting>>,
    /// Text cells read as numbers, columns of fractions.
    pub notes: Vec<CellNote>,
    /// Cells that hold no number where a figure goes: the figure is left out.
    pub left_out: Vec<CellNote>,
    pub errors: Vec<CellNote>,
}

/// The value and target of metric `m` that the unit file of a row already has.
pub type Known<'a> = dyn Fn(usize, usize) -> Option<(f64, f64)> + 'a;

/// Reads the figures of each data row of `table`; `known` gives the figures a row's unit file
/// has, to tell a column of fractions where the sheet has no value or target.
pub fn read(grid: &Grid, table: &Table, c: &CampaignRecord, known: &Known) -> Rows {
    let mut out = Rows::default();
    let fractions = fraction_columns(grid, table, known);
    for &row in &table.data {
        let mut settings = Vec::new();
        for column in &table.columns {
            let Some(role) = column.role else { continue };
            if matches!(role, Role::Name | Role::Ordinal | Role::Skip) {
                continue;
            }
            let note = |message| CellNote {
                row,
                col: column.col,
                message,
            };
            let cell = grid.cell(row, column.col);
            if role == Role::Cluster {
                if let Some(text) = cell.text() {
                    match cluster(text, c) {
                        Some(id) => settings.push(Setting {
                            role,
                            new: New::Id(id),
                        }),
                        None => out.errors.push(note(msg!(
                            "import-cluster-unknown",
                            text = clip(text),
                            clusters = c
                                .clusters
                                .iter()
                                .map(|k| k.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))),
                    }
                }
                continue;
            }
            match cells::figure(cell) {
                Figure::Blank => {}
                Figure::English(text) => {
                    out.errors
                        .push(note(msg!("import-english-number", text = clip(&text))));
                }
                Figure::NotANumber(text) => {
                    out.left_out
                        .push(note(msg!("import-not-a-number", text = clip(&text))));
                }
                Figure::Number(read) => {
                    let typed = cell.text().unwrap_or_default();
                    if read.from_text && typed != shown(read.value) {
                        out.notes.push(note(msg!(
                            "import-text-number",
                            text = clip(typed),
                            value = number(read.value)
                        )));
                    }
                    let fraction = fractions.contains(&column.col) && !read.from_text;
                    match figure(role, column, read, fraction) {
                        Ok(new) => settings.push(Setting { role, new }),
                        Err(m) => out.errors.push(note(m)),
                    }
                }
            }
        }
        out.settings.push(settings);
    }
    fraction_notes(&mut out, grid, table, &fractions);
    out
}

/// A note at the header of each column of fractions, with its first fraction as an example.
fn fraction_notes(out: &mut Rows, grid: &Grid, table: &Table, fractions: &[usize]) {
    for &col in fractions {
        let first = table
            .data
            .iter()
            .find_map(|&r| match cells::figure(grid.cell(r, col)) {
                Figure::Number(read) if !read.from_text => Some(read.value),
                _ => None,
            });
        let Some(p) = first else { continue };
        let percent = (p * 100.0 * 100.0).round() / 100.0;
        out.notes.push(CellNote {
            row: table.header.1,
            col,
            message: msg!(
                "import-fractions",
                example = number(p),
                percent = number(percent)
            ),
        });
    }
}

/// The figure a number of column `column` is, for a place of `role`.
fn figure(role: Role, column: &Column, read: Read, fraction: bool) -> Result<New, Message> {
    match role {
        Role::Percent(_) => {
            let value = if fraction {
                read.value * 100.0
            } else {
                read.value
            };
            let decimals = match read.decimals {
                Some(d) => d.min(6),
                None => decimals_of(value, 2),
            };
            if value < 0.0 {
                return Err(msg!("import-negative", value = number(value)));
            }
            Ok(New::Decimal(rounded(value, decimals), decimals))
        }
        Role::RankNational | Role::RankCluster => {
            let ok = read.value >= 1.0
                && read.value.fract() == 0.0
                && read.value <= f64::from(u32::MAX)
                && !read.percent_sign;
            match ok {
                true => Ok(New::Rank(read.value as u32)),
                false => Err(msg!("import-not-a-rank", value = number(read.value))),
            }
        }
        _ => {
            if read.percent_sign {
                return Err(msg!("import-percent-in-figure"));
            }
            let value = read.value * column.scale;
            if (value - value.round()).abs() > 1e-6 * value.abs().max(1.0) {
                return Err(msg!("import-not-whole", value = number(value)));
            }
            if value < 0.0 {
                return Err(msg!("import-negative", value = number(value)));
            }
            if !value.is_finite() || value.round() > MAX_WHOLE as f64 {
                return Err(msg!(
                    "number-too-many-digits",
                    value = clip(&shown(value)),
                    max = MAX_WHOLE.to_string()
                ));
            }
            if matches!(role, Role::Target(_)) && value.round() == 0.0 {
                return Err(msg!("import-target-zero"));
            }
            Ok(New::Whole(value.round() as i64, read.qualifier))
        }
    }
}

/// A cluster named by its id or by its name in any language, folded.
fn cluster(text: &str, c: &CampaignRecord) -> Option<String> {
    let folded = super::map::fold_header(text);
    let bare = folded
        .strip_prefix("cum thi dua ")
        .or_else(|| folded.strip_prefix("cum "))
        .unwrap_or(&folded)
        .to_string();
    c.clusters
        .iter()
        .find(|k| {
            let names = match &k.name {
                crate::lang::Localized::All(s) => vec![s.clone()],
                crate::lang::Localized::PerLang(m) => m.values().cloned().collect(),
            };
            k.id == text
                || k.slug == crate::text::slugify(text)
                || names
                    .iter()
                    .map(|n| super::map::fold_header(n))
                    .any(|n| n == folded || n == bare || n.ends_with(&format!(" {bare}")))
        })
        .map(|k| k.id.clone())
}

/// Percent columns that hold fractions (`1,594` shown as `159,4%` by the cell's format): every
/// number at most 10 and, on every row that has the figure and its target, a hundredth of the
/// percent they make.
fn fraction_columns(grid: &Grid, table: &Table, known: &Known) -> Vec<usize> {
    let find = |role: Role| table.columns.iter().find(|col| col.role == Some(role));
    let number = |row: usize, col: &Column| match cells::figure(grid.cell(row, col.col)) {
        Figure::Number(r) if !r.percent_sign => Some(r.value * col.scale),
        _ => None,
    };
    let mut out = Vec::new();
    for column in &table.columns {
        let Some(Role::Percent(m)) = column.role else {
            continue;
        };
        let (value, target) = (find(Role::Value(m)), find(Role::Target(m)));
        // The row's value and target: the sheet's, else its unit file's.
        let figures = |row: usize| {
            let sheet = value
                .and_then(|v| number(row, v))
                .zip(target.and_then(|t| number(row, t)));
            sheet.or_else(|| known(row, m))
        };
        let mut compared = 0;
        let all = table.data.iter().all(|&row| {
            let Some(p) = number(row, column) else {
                return true;
            };
            if p > 10.0 {
                return false;
            }
            match figures(row) {
                Some((v, t)) if t > 0.0 => {
                    compared += 1;
                    let computed = v / t * 100.0;
                    (p * 100.0 - computed).abs() <= 0.51 && (p - computed).abs() > 0.51
                }
                _ => true,
            }
        });
        if all && compared > 0 {
            out.push(column.col);
        }
    }
    out
}

/// A number for a message: a whole one as the unit file writes it (`3666`), a decimal in the
/// notation of the message's language (`3,666` in Vietnamese, `3.666` in English).
fn number(v: f64) -> Arg {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return Arg::Text(format!("{}", v as i64));
    }
    Arg::Decimal(v, decimals_of(v, 6).max(1) as usize)
}

/// The fewest decimals, up to `max`, that write `v` (`max` when it needs more).
fn decimals_of(v: f64, max: u32) -> u32 {
    (0..=max)
        .find(|&d| {
            let scaled = v * 10f64.powi(d as i32);
            (scaled.round() - scaled).abs() < 1e-6
        })
        .unwrap_or(max)
}

/// At most 60 characters of a cell's text, for a message.
pub fn clip(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// A number as the unit file writes it.
pub fn shown(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
