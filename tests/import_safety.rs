//! `campaign-site import` with the files and inputs an editor's machine really has: unit files
//! with Windows line endings, a byte-order mark, their own permissions or a link; a file that
//! cannot be written; two imports at once; a source address that is no web page; cells that
//! hold a date, an English-grouped number, a target of 0 or a percent the figures contradict;
//! a group's subtotal row; a figure that a YAML alias repeats.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::import::{import, unit_path};
use common::{check, copy_fixture, files_under};

#[test]
fn a_unit_file_keeps_its_line_endings_byte_order_mark_and_comments() {
    let (tmp, root) = copy_fixture("import_site");
    let path = unit_path(&root, "lai-chau");
    let lf = fs::read_to_string(&path).unwrap();
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    fs::write(&path, &crlf).unwrap();
    let sheet = tmp.path().join("ket-qua.csv");
    fs::write(&sheet, "Đơn vị;Sáng kiến\nLai Châu;3.666\n").unwrap();
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 0, "{run:?}");
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        crlf.replace("initiatives: 3500", "initiatives: 3666")
    );
    assert_eq!(check(&root).code, 0);
}

#[test]
fn a_source_joins_a_file_without_sources_and_its_comments_stay() {
    let (tmp, root) = copy_fixture("import_site");
    let path = unit_path(&root, "dak-lak");
    fs::write(
        &path,
        "# Báo cáo của tỉnh\nname: {vi: \"Đắk Lắk\", en: \"Dak Lak\"}\nkind: province\nvalues:\n  initiatives: 4000 # tháng 8\n",
    )
    .unwrap();
    let sheet = tmp.path().join("ket-qua.csv");
    fs::write(&sheet, "Đơn vị;Sáng kiến\nĐắk Lắk;4.500\n").unwrap();
    let source = [
        "--source-title",
        "Bảng tổng hợp",
        "--source-url",
        "https://example.org/bang.xlsx",
        "--write",
    ];
    let run = import(&root, &sheet, &source);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stderr.contains("comments"), "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "# Báo cáo của tỉnh\nname: {vi: \"Đắk Lắk\", en: \"Dak Lak\"}\nkind: province\nvalues:\n  initiatives: 4500 # tháng 8\nsources: [{title: \"Bảng tổng hợp\", url: \"https://example.org/bang.xlsx\"}]\n"
    );
    assert_eq!(check(&root).code, 0);
}

#[test]
fn a_source_address_that_is_no_web_page_or_has_no_title_is_refused() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.csv");
    fs::write(&sheet, "Đơn vị;Sáng kiến\nĐắk Lắk;4.500\n").unwrap();
    let before = files_under(&root);
    let bad = [
        "--source-title",
        "T",
        "--source-url",
        "javascript:alert(1)",
        "--write",
    ];
    let run = import(&root, &sheet, &bad);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains(
            "--source-url: \"javascript:alert(1)\" is not the address of a web page; write it in full, starting with https://"
        ),
        "{}",
        run.stderr
    );
    let run = import(
        &root,
        &sheet,
        &["--source-url", "https://example.org/a", "--write"],
    );
    assert!(
        run.stderr
            .contains("--source-title: a source needs a title"),
        "{}",
        run.stderr
    );
    assert_eq!(files_under(&root), before);
}

#[cfg(unix)]
#[test]
fn a_file_keeps_its_permissions_a_link_stays_a_link_and_a_read_only_file_stops_all() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let (tmp, root) = copy_fixture("import_site");
    let lai_chau = unit_path(&root, "lai-chau");
    fs::set_permissions(&lai_chau, fs::Permissions::from_mode(0o640)).unwrap();
    // ha-noi.yaml is a link to a file elsewhere in the site.
    let real = root.join("content/ha-noi-that.yaml");
    fs::rename(unit_path(&root, "ha-noi"), &real).unwrap();
    symlink(&real, unit_path(&root, "ha-noi")).unwrap();
    let sheet = tmp.path().join("ket-qua.csv");
    fs::write(&sheet, "Đơn vị;Sáng kiến\nLai Châu;3.666\nHà Nội;201.129\n").unwrap();
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 0, "{run:?}");
    let mode = fs::metadata(&lai_chau).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert!(
        fs::symlink_metadata(unit_path(&root, "ha-noi"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&real).unwrap().contains("201129"));

    // A file that may not be written stops the import before any file is replaced.
    fs::set_permissions(&lai_chau, fs::Permissions::from_mode(0o444)).unwrap();
    fs::write(&sheet, "Đơn vị;Sáng kiến\nHà Nội;201.130\nLai Châu;3.667\n").unwrap();
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("lai-chau.yaml is read-only"),
        "{}",
        run.stderr
    );
    assert_eq!(files_under(&root), before);
}

#[test]
fn two_imports_at_once_take_turns_and_both_are_kept() {
    let (tmp, root) = copy_fixture("import_site");
    let a = tmp.path().join("a.csv");
    let b = tmp.path().join("b.csv");
    fs::write(&a, "Đơn vị;Sáng kiến\nLai Châu;3.666\n").unwrap();
    fs::write(&b, "Đơn vị;Đoàn viên tham gia\nLai Châu;12.000\n").unwrap();
    let bin = env!("CARGO_BIN_EXE_campaign-site");
    let spawn = |sheet: &Path| {
        std::process::Command::new(bin)
            .args([
                "import",
                sheet.to_str().unwrap(),
                "--campaign",
                "thi-dua",
                "--write",
                "--quiet",
            ])
            .arg("--root")
            .arg(&root)
            .spawn()
            .unwrap()
    };
    let (mut first, mut second) = (spawn(&a), spawn(&b));
    assert!(first.wait().unwrap().success());
    assert!(second.wait().unwrap().success());
    let text = fs::read_to_string(unit_path(&root, "lai-chau")).unwrap();
    assert!(text.contains("initiatives: 3666"), "{text}");
    assert!(text.contains("members: 12000"), "{text}");
}

#[test]
fn a_date_an_english_number_and_a_target_of_zero_are_named_at_their_cells() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("KQ").unwrap();
    for (c, h) in ["Đơn vị", "Chỉ tiêu", "Sáng kiến", "Đoàn viên tham gia"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2023, 9, 1).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    ws.write_string(1, 0, "Lai Châu").unwrap();
    ws.write_datetime_with_format(1, 1, &date, &format).unwrap();
    ws.write_string(2, 0, "Đắk Lắk").unwrap();
    ws.write_number(2, 1, 0.0).unwrap();
    ws.write_string(2, 2, "1,234,567").unwrap();
    ws.write_string(3, 0, "Hà Nội").unwrap();
    ws.write_string(3, 3, "3,666").unwrap();
    book.save(&sheet).unwrap();
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--write", "--lang", "vi"]);
    assert_eq!(run.code, 1, "{run:?}");
    let at = |cell: &str| format!("{}:KQ!{cell}: ", sheet.display());
    for line in [
        format!("{}cảnh báo: \"2023-09-01\" không phải là số", at("B2")),
        format!("{}chỉ tiêu bằng 0 không phải là chỉ tiêu", at("B3")),
        format!("{}\"1,234,567\" được viết theo kiểu tiếng Anh", at("C3")),
        format!("{}3,666 không phải số nguyên", at("D4")),
    ] {
        assert!(run.stderr.contains(&line), "no {line:?} in\n{}", run.stderr);
    }
    // A unit whose row has errors is not said to be unchanged.
    let faulty = "dak-lak: chưa thay đổi, vì dòng của đơn vị này có lỗi (xem bên dưới)";
    assert!(run.stdout.lines().any(|l| l == faulty), "{}", run.stdout);
    assert_eq!(files_under(&root), before);
}

#[test]
fn percents_stored_as_fractions_are_told_by_the_unit_files_when_the_sheet_has_no_figures() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ty-le.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let percent = rust_xlsxwriter::Format::new().set_num_format("0.00%");
    ws.write_string(0, 0, "Đơn vị").unwrap();
    ws.write_string(0, 1, "Tỷ lệ (%)").unwrap();
    // Lai Châu's file has 3500 of a target of 2300: 152.17%.
    ws.write_string(1, 0, "Lai Châu").unwrap();
    ws.write_number_with_format(1, 1, 1.5217, &percent).unwrap();
    book.save(&sheet).unwrap();
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("B1: this percent column holds fractions of one (1.5217 for 152.17%)"),
        "{}",
        run.stdout
    );
    let text = fs::read_to_string(unit_path(&root, "lai-chau")).unwrap();
    assert!(
        text.contains("percent_of_target: {initiatives: 152.17}"),
        "{text}"
    );
    assert_eq!(check(&root).code, 0, "{:?}", check(&root));
}

#[test]
fn a_published_percent_the_figures_contradict_stops_the_import_at_its_cell() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ty-le.csv");
    // Lai Châu's file has 3500 of a target of 2300 (152.17%); the text "1,52" is no percent.
    fs::write(&sheet, "Đơn vị;Tỷ lệ (%)\nLai Châu;1,52\n").unwrap();
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!(
        "{}:B2: the sheet's 1.52% is not 3,500 of a target of 2,300, which is 152.17% (the cell seems to hold a fraction of one: 1.52 for 152.17%)",
        sheet.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert_eq!(files_under(&root), before);
}

#[test]
fn a_subtotal_row_is_no_unit_and_a_figure_an_alias_repeats_changes_only_where_it_is_meant() {
    let (tmp, root) = copy_fixture("import_site");
    let path = unit_path(&root, "dak-lak");
    fs::write(
        &path,
        "# Đắk Lắk\nname: {vi: \"Đắk Lắk\", en: \"Dak Lak\"}\nkind: province\nvalues: &v {initiatives: 4000}\nbreakdown:\n  - name: \"Khối tỉnh\"\n    values: *v\n",
    )
    .unwrap();
    let sheet = tmp.path().join("ket-qua.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let rows: [(&str, Option<f64>); 4] = [
        ("Đơn vị", None),
        ("Đắk Lắk", Some(4500.0)),
        ("Lai Châu", Some(3666.0)),
        ("Cộng khối tỉnh", Some(8166.0)),
    ];
    ws.write_string(0, 1, "Sáng kiến").unwrap();
    for (r, (name, value)) in rows.iter().enumerate() {
        ws.write_string(r as u32, 0, *name).unwrap();
        if let Some(v) = value.filter(|_| r > 0) {
            ws.write_number(r as u32, 1, v).unwrap();
        }
    }
    book.save(&sheet).unwrap();
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("row 4 is not read: it is the sheet's own total (\"Cộng khối tỉnh\")"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("the comments of this file cannot be kept"),
        "{}",
        run.stderr
    );
    let text = fs::read_to_string(&path).unwrap();
    let read: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    assert_eq!(read["values"]["initiatives"], 4500, "{text}");
    assert_eq!(
        read["breakdown"][0]["values"]["initiatives"], 4000,
        "{text}"
    );
    assert_eq!(check(&root).code, 0);
}
