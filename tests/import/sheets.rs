//! Spreadsheets made at test time, laid out as a provincial federation sends its results: a
//! merged title, a two-row header of merged cells, column numbers, group headings, numbers
//! typed as text, percents stored as fractions, a totals row, a note and a signature line.

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

/// One cell as the test writes it.
#[derive(Clone, Debug)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A number shown as a percent: 1.594 shows as 159.4%.
    Percent(f64),
}

impl Cell {
    pub fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

fn t(s: &str) -> Cell {
    Cell::text(s)
}

fn n(v: f64) -> Cell {
    Cell::Number(v)
}

/// The merged ranges of the federation's layout: (first row, first col, last row, last col).
pub const MERGED: &[(u32, u16, u32, u16)] = &[
    (0, 0, 0, 8),
    (3, 0, 4, 0),
    (3, 1, 4, 1),
    (3, 2, 3, 3),
    (3, 4, 4, 4),
    (3, 5, 3, 6),
    (3, 7, 4, 7),
    (3, 8, 4, 8),
];

/// Rows 1 to 17 of the federation's sheet (rows[0] is row 1).
pub fn federation_rows() -> Vec<Vec<Cell>> {
    use Cell::{Empty as E, Percent as P};
    let numbers = (1..=9).map(|i| t(&format!("({i})"))).collect();
    vec![
        vec![t(
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH \"1 TRIỆU SÁNG KIẾN\"",
        )],
        vec![t("(Kèm theo Công văn số 45/LĐLĐ ngày 5/9/2023)")],
        vec![],
        vec![
            t("STT"),
            t("Đơn vị"),
            t("Sáng kiến"),
            E,
            t("Tỷ lệ (%)"),
            t("Xếp hạng"),
            E,
            t("Giá trị làm lợi (triệu đồng)"),
            t("Ghi chú"),
        ],
        vec![
            E,
            E,
            t("Chỉ tiêu"),
            t("Thực hiện"),
            E,
            t("Toàn quốc"),
            t("Cụm"),
            E,
            E,
        ],
        numbers,
        vec![t("I"), t("Khối tỉnh, thành phố")],
        vec![
            n(1.0),
            t("LĐLĐ tỉnh Lai Châu"),
            n(2300.0),
            t("3.666"),
            P(1.594),
            n(4.0),
            n(1.0),
            t("300.000"),
        ],
        vec![
            n(2.0),
            t("LĐLĐ TỈNH ĐẮK LẮK"),
            n(3000.0),
            n(4500.0),
            P(1.5),
            n(3.0),
            n(1.0),
            t("đang cập nhật"),
            t("số liệu tạm tính"),
        ],
        vec![
            n(3.0),
            t("LĐLĐ thành phố Hà Nội"),
            n(60000.0),
            t("201.129"),
            P(3.352),
            n(1.0),
            E,
            n(3_500_000.0),
        ],
        vec![],
        vec![t("II"), t("Khối công đoàn ngành")],
        vec![
            n(4.0),
            t("CÔNG ĐOÀN Y TẾ VIỆT NAM"),
            n(5400.0),
            t("7.085"),
            P(1.312),
            n(2.0),
            E,
            n(9_000_000.0),
        ],
        vec![E, t("Tổng cộng"), n(70700.0), t("216.280")],
        vec![t("Ghi chú: số liệu tính đến 31/8/2023")],
        vec![],
        vec![E, E, E, E, E, E, t("Người lập biểu")],
    ]
}

/// Writes `rows` as the sheet `name` of a new .xlsx file at `path`, with [`MERGED`].
pub fn write_xlsx(path: &Path, name: &str, rows: &[Vec<Cell>]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(name).unwrap();
    let plain = Format::new();
    let percent = Format::new().set_num_format("0.0%");
    let merged_start = |r: u32, c: u16| MERGED.iter().find(|m| m.0 == r && m.1 == c);
    let covered = |r: u32, c: u16| {
        MERGED
            .iter()
            .any(|m| (m.0..=m.2).contains(&r) && (m.1..=m.3).contains(&c) && (m.0, m.1) != (r, c))
    };
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            if covered(r, c) {
                continue;
            }
            if let (Some(m), Cell::Text(s)) = (merged_start(r, c), cell) {
                sheet.merge_range(m.0, m.1, m.2, m.3, s, &plain).unwrap();
                continue;
            }
            match cell {
                Cell::Empty => {}
                Cell::Text(s) => {
                    sheet.write_string(r, c, s).unwrap();
                }
                Cell::Number(v) => {
                    sheet.write_number(r, c, *v).unwrap();
                }
                Cell::Percent(v) => {
                    sheet.write_number_with_format(r, c, *v, &percent).unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
}
