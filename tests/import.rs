//! `campaign-site import`: a spreadsheet laid out as a federation sends it (a title, a two-row
//! header of merged cells, text numbers, percents stored as fractions, group headings, a
//! totals row, notes, names with "LĐLĐ tỉnh") read into unit files that build, every figure
//! right, every row and column left out named, and a second import changing nothing.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;
#[path = "import/sheets.rs"]
mod sheets;

use std::fs;
use std::path::Path;

use common::import::{UNITS, import};
use common::{check, copy_fixture, files_under};
use sheets::{Cell, federation_rows, write_xlsx};

fn unit(root: &Path, id: &str) -> String {
    fs::read_to_string(root.join(UNITS).join(format!("{id}.yaml"))).unwrap()
}

#[test]
fn a_dry_run_says_what_would_change_and_writes_nothing() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.xlsx");
    write_xlsx(&sheet, "Báo cáo", &federation_rows());
    let before = files_under(&root);
    let run = import(&root, &sheet, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(files_under(&root), before, "a dry run wrote");
    let out = &run.stdout;
    for line in [
        "rows 1–3 are above the header (a title): not read",
        "the header is in rows 4–5",
        "column A \"STT\": row numbers, not read",
        "column B \"Đơn vị\": the names of the units",
        "column C \"Sáng kiến / Chỉ tiêu\" -> target.initiatives",
        "column D \"Sáng kiến / Thực hiện\" -> values.initiatives",
        "column E \"Tỷ lệ (%)\" -> reported.percent_of_target.initiatives",
        "column F \"Xếp hạng / Toàn quốc\" -> reported.rank.national",
        "column G \"Xếp hạng / Cụm\" -> reported.rank.cluster",
        "column H \"Giá trị làm lợi (triệu đồng)\" -> values.benefit (times 1000000)",
        "4 rows read as units: 8–10, 13",
        "row 6 is not read: it numbers the columns",
        "row 7 is not read: it has no figures (\"Khối tỉnh, thành phố\")",
        "row 12 is not read: it has no figures (\"Khối công đoàn ngành\")",
        "row 14 is not read: it is the sheet's own total (\"Tổng cộng\"): the build computes totals",
        "row 15 is not read: it has no figures (\"Ghi chú: số liệu tính đến 31/8/2023\")",
        "Báo cáo!D8: the text \"3.666\" is read as 3666",
        "Báo cáo!H8: the text \"300.000\" is read as 300000",
        "lai-chau (content/results/thi-dua/units/lai-chau.yaml):",
        "    values.initiatives: 3500 -> 3666",
        "    reported.percent_of_target.initiatives: 159.4",
        "    reported.rank.national: 4",
        "this was a dry run: nothing was written; add --write to write 4 files",
    ] {
        assert!(out.lines().any(|l| l == line), "no line {line:?} in\n{out}");
    }
    // A percent column stored as fractions is said to be one, at its header.
    assert!(
        out.contains("Báo cáo!E5: this percent column holds fractions"),
        "{out}"
    );
    let err = &run.stderr;
    let sheet_name = sheet.display();
    assert!(
        err.contains(&format!(
            "{sheet_name}:Báo cáo!I4: warning: column \"Ghi chú\" is not read"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{sheet_name}:Báo cáo!H9: warning: \"đang cập nhật\" is not a number: the unit file keeps this figure as it is")),
        "{err}"
    );
}

#[test]
fn written_figures_are_right_keep_the_rest_and_build() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.xlsx");
    write_xlsx(&sheet, "Báo cáo", &federation_rows());
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("wrote 4 files; now run campaign-site check"),
        "{}",
        run.stdout
    );
    let lai_chau = unit(&root, "lai-chau");
    for kept in [
        "# Báo cáo sơ kết của LĐLĐ tỉnh\n",
        "name: {vi: \"Lai Châu\", en: \"Lai Chau\"}\n",
        "  initiatives: 2300 # chỉ tiêu 2022-2023\n",
        "  initiatives: 3666\n",
        "  benefit: {value: 300000000000, qualifier: over, estimated: true}\n",
        "    values: {initiatives: 1200}\n",
        "  - {title: \"Báo cáo sơ kết\", url: \"https://example.org/so-ket\"}\n",
        "reported: {percent_of_target: {initiatives: 159.4}, rank: {national: 4, cluster: 1}}\n",
    ] {
        assert!(lai_chau.contains(kept), "{kept:?} not in\n{lai_chau}");
    }
    let dak_lak = unit(&root, "dak-lak");
    assert!(dak_lak.contains("  initiatives: 4500\n"), "{dak_lak}");
    assert!(dak_lak.contains("target: {initiatives: 3000}"), "{dak_lak}");
    // The cell "đang cập nhật" left the benefit out, where it was not before either.
    assert!(!dak_lak.contains("benefit"), "{dak_lak}");
    let ha_noi = unit(&root, "ha-noi");
    assert!(
        ha_noi.contains("  initiatives: 201129\n  benefit: 3500000000000\n"),
        "{ha_noi}"
    );
    assert!(unit(&root, "y-te").contains("  initiatives: 7085\n"));
    let checked = check(&root);
    assert_eq!(
        checked.code, 0,
        "the imported site does not pass check: {checked:?}"
    );
    // The built results page shows the imported figure.
    let built = common::build_site(&root, &[]);
    let page = built.read("results/thi-dua/lai-chau/index.html");
    assert!(page.contains("3.666"), "the unit page does not show 3.666");
    // The same sheet again changes nothing, on disk too.
    let after = files_under(&root);
    let again = import(&root, &sheet, &["--write"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(
        again
            .stdout
            .contains("every unit file already has these figures: nothing to change"),
        "{}",
        again.stdout
    );
    for id in ["lai-chau", "dak-lak", "ha-noi", "y-te"] {
        assert!(
            again.stdout.contains(&format!("{id}: unchanged")),
            "{}",
            again.stdout
        );
    }
    assert_eq!(files_under(&root), after, "a second import changed files");
}

#[test]
fn a_name_that_matches_no_unit_is_an_error_at_its_cell_and_nothing_is_written() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.xlsx");
    let mut rows = federation_rows();
    rows[8][1] = Cell::text("LĐLĐ tỉnh Kon Tum");
    write_xlsx(&sheet, "Báo cáo", &rows);
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!(
        "{}:Báo cáo!B9: \"LĐLĐ tỉnh Kon Tum\" is no unit of campaign thi-dua",
        sheet.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("import failed: 1 error; nothing was written"),
        "{}",
        run.stderr
    );
    assert_eq!(files_under(&root), before, "a failed import wrote");

    // With --new-units, the unit is created with its id by the slug rules (Đắk Lắk's file
    // goes, as if the province had been renamed, so the campaign keeps its four units).
    fs::remove_file(root.join(UNITS).join("dak-lak.yaml")).unwrap();
    let run = import(
        &root,
        &sheet,
        &["--write", "--new-units", "--kind", "province"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let created = unit(&root, "kon-tum");
    assert!(
        created.starts_with("name: \"Kon Tum\"\nkind: province\n"),
        "{created}"
    );
    assert!(created.contains("  initiatives: 4500\n"), "{created}");
    let checked = check(&root);
    assert_eq!(checked.code, 0, "{checked:?}");
    // Without a kind, --new-units says what it needs.
    let (tmp2, root2) = copy_fixture("import_site");
    let sheet2 = tmp2.path().join("ket-qua.xlsx");
    write_xlsx(&sheet2, "Báo cáo", &rows);
    let run = import(&root2, &sheet2, &["--new-units"]);
    assert!(
        run.stderr
            .contains("--new-units needs the kind of the new units"),
        "{}",
        run.stderr
    );
}

#[test]
fn two_rows_for_one_unit_are_an_error_naming_both() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.xlsx");
    let mut rows = federation_rows();
    rows[9][1] = Cell::text("DAK LAK");
    write_xlsx(&sheet, "Báo cáo", &rows);
    let run = import(&root, &sheet, &[]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!(
        "{}:Báo cáo!B10: a second row for dak-lak (the first is Báo cáo!B9)",
        sheet.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
}

#[test]
fn names_match_whatever_their_case_marks_and_prefix() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ten.csv");
    let text = "Đơn vị;Sáng kiến\nĐẮK LẮK;4.100\nLĐLĐ thành phố Hà Nội;10.000\nCÔNG ĐOÀN Y TẾ VIỆT NAM;5000\nLai Chau;3500\n";
    fs::write(&sheet, format!("\u{feff}{text}")).unwrap();
    let run = import(&root, &sheet, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "dak-lak (content/results/thi-dua/units/dak-lak.yaml):",
        "    values.initiatives: 4000 -> 4100",
        "ha-noi: unchanged",
        "y-te: unchanged",
        "lai-chau: unchanged",
    ] {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "no {line:?} in\n{}",
            run.stdout
        );
    }
}

#[test]
fn the_summary_is_in_the_editors_language() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.xlsx");
    write_xlsx(&sheet, "Báo cáo", &federation_rows());
    let run = import(&root, &sheet, &["--lang", "vi"]);
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "dòng 14 không được đọc: đó là dòng tổng của bảng (\"Tổng cộng\"): tổng do công cụ tự tính",
        "Báo cáo!D8: ô chữ \"3.666\" được đọc là 3666",
        "đây là chạy thử: không ghi tệp nào; thêm --write để ghi 4 tệp",
    ] {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "no {line:?} in\n{}",
            run.stdout
        );
    }
}
