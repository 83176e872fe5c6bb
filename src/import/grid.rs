//! A spreadsheet as rows of cells, whatever its format: `.xlsx`, `.xls`, `.ods` through
//! calamine, `.csv` through the csv crate, with the merged ranges where the format keeps them.

use std::path::Path;

use calamine::{Data, Reader, Sheets, open_workbook_auto};

use crate::fsx::ToolError;
use crate::messages::Message;
use crate::msg;
use crate::text;

/// One cell as the sheet holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Number(f64),
    /// Text as typed (numbers typed as text among them), or what the sheet shows for a
    /// boolean, a date or an error value.
    Text(String),
}

impl Cell {
    pub fn text(&self) -> Option<&str> {
        match self {
            Cell::Text(t) => Some(t.trim()).filter(|t| !t.is_empty()),
            _ => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            Cell::Number(_) => false,
        }
    }
}

/// A rectangle of merged cells: first and last row, first and last column (from 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Merged {
    pub rows: (usize, usize),
    pub cols: (usize, usize),
}

/// The sheet read: its name as cell addresses show it (none for a CSV file), its cells from A1
/// and its merged ranges.
#[derive(Debug, Clone)]
pub struct Grid {
    pub sheet: Option<String>,
    pub rows: Vec<Vec<Cell>>,
    pub merged: Vec<Merged>,
}

impl Grid {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// `Sheet1!B14`, or `B14` in a CSV file.
    pub fn address(&self, row: usize, col: usize) -> String {
        let cell = format!("{}{}", column_letters(col), row + 1);
        match &self.sheet {
            Some(sheet) => format!("{sheet}!{cell}"),
            None => cell,
        }
    }
}

/// `A` for column 0, `Z`, `AA`, ...
pub fn column_letters(col: usize) -> String {
    let mut n = col + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Reads `sheet` (else the first sheet) of the spreadsheet at `path`.
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Grid, ToolError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let failed = |reason: Message| ToolError(msg!("import-unreadable", reason = reason));
    if !path.exists() {
        let folder = std::env::current_dir().unwrap_or_default();
        return Err(ToolError(msg!("import-file-missing", folder = folder)));
    }
    match ext.as_str() {
        "csv" | "tsv" => {
            if sheet.is_some() {
                return Err(ToolError(msg!("import-csv-has-no-sheets")));
            }
            let bytes = crate::fsx::read(path)?;
            csv_grid(&bytes)
                .map_err(|reason| ToolError(msg!("import-csv-unreadable", reason = reason)))
        }
        "xlsx" | "xlsm" | "xls" | "ods" => {
            let book = open_workbook_auto(path)
                .map_err(|e| failed(msg!("import-reason", text = e.to_string())))?;
            workbook_grid(book, sheet)
        }
        _ => Err(ToolError(msg!("import-unknown-format"))),
    }
}

fn workbook_grid<R: std::io::Read + std::io::Seek>(
    mut book: Sheets<R>,
    sheet: Option<&str>,
) -> Result<Grid, ToolError> {
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                // Without its capitals and marks, the name must say which sheet it is.
                let like: Vec<&String> = names
                    .iter()
                    .filter(|n| text::fold(n) == text::fold(wanted))
                    .collect();
                (like.len() == 1).then(|| like[0])
            })
            .cloned()
            .ok_or_else(|| {
                ToolError(msg!(
                    "import-no-such-sheet",
                    sheet = wanted,
                    sheets = names.join(", ")
                ))
            })?,
        // The first sheet a reader sees: hidden sheets (lists for drop-downs) are passed over.
        None => book
            .sheets_metadata()
            .iter()
            .find(|m| m.visible == calamine::SheetVisible::Visible)
            .map(|m| m.name.clone())
            .or_else(|| names.first().cloned())
            .ok_or_else(|| ToolError(msg!("import-no-sheets")))?,
    };
    let range = book.worksheet_range(&name).map_err(|e| {
        ToolError(msg!(
            "import-unreadable",
            reason = msg!("import-reason", text = e.to_string())
        ))
    })?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = vec![Vec::new(); top as usize];
    for row in range.rows() {
        let mut cells = vec![Cell::Empty; left as usize];
        cells.extend(row.iter().map(cell_of));
        rows.push(cells);
    }
    // A formula the program that saved the sheet did not compute has no value: it is shown as
    // the formula, so that the summary names it rather than read the cell as empty.
    if let Ok(formulas) = book.worksheet_formula(&name) {
        for (r, c, f) in formulas.used_cells() {
            let (r, c) = (
                r + formulas.start().map_or(0, |s| s.0 as usize),
                c + formulas.start().map_or(0, |s| s.1 as usize),
            );
            if f.is_empty() || !grid_cell_empty(&rows, r, c) {
                continue;
            }
            if rows.len() <= r {
                rows.resize(r + 1, Vec::new());
            }
            if rows[r].len() <= c {
                rows[r].resize(c + 1, Cell::Empty);
            }
            rows[r][c] = Cell::Text(format!("={f}"));
        }
    }
    let merged = match &mut book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
        _ => Vec::new(),
    };
    let merged = merged
        .iter()
        .map(|d| Merged {
            rows: (d.start.0 as usize, d.end.0 as usize),
            cols: (d.start.1 as usize, d.end.1 as usize),
        })
        .collect();
    Ok(Grid {
        sheet: Some(name),
        rows,
        merged,
    })
}

fn grid_cell_empty(rows: &[Vec<Cell>], r: usize, c: usize) -> bool {
    rows.get(r)
        .and_then(|row| row.get(c))
        .is_none_or(Cell::is_empty)
}

fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(text::nfc(s)),
        // A date is shown as the sheet shows it, never as the day number Excel keeps.
        Data::DateTime(d) => Cell::Text(match d.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.format("%Y-%m-%d").to_string(),
            // A time of day alone is kept on Excel's day 0.
            Some(t) if chrono::Datelike::year(&t.date()) < 1900 => t.format("%H:%M").to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            None => format!("#{}", d.as_f64()),
        }),
        other => Cell::Text(other.to_string()),
    }
}

/// A CSV file: UTF-8 with or without a BOM, fields split by `,`, `;` or a tab (whichever the
/// first lines use most; spreadsheets set to Vietnamese write `;`, as `,` is their decimal
/// mark).
fn csv_grid(bytes: &[u8]) -> Result<Grid, Message> {
    let text = text::decode_text(bytes).map_err(|_| msg!("content-not-utf8"))?;
    let head: String = text.lines().take(20).collect();
    let count = |c: char| head.matches(c).count();
    let delimiter = match (count(';'), count(','), count('\t')) {
        (s, c, t) if t > s && t > c => b'\t',
        (s, c, _) if s > c => b';',
        _ => b',',
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| msg!("import-reason", text = e.to_string()))?;
        rows.push(
            record
                .iter()
                .map(|f| match f.trim() {
                    "" => Cell::Empty,
                    _ => Cell::Text(f.to_string()),
                })
                .collect(),
        );
    }
    Ok(Grid {
        sheet: None,
        rows,
        merged: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_letter_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn a_semicolon_file_with_a_bom_is_read() {
        let grid = csv_grid("\u{feff}Đơn vị;Sáng kiến\nLai Châu;\"3.666\"\n".as_bytes()).unwrap();
        assert_eq!(grid.rows[0][0], Cell::Text("Đơn vị".into()));
        assert_eq!(grid.rows[1][1], Cell::Text("3.666".into()));
        assert_eq!(grid.address(1, 1), "B2");
    }
}
