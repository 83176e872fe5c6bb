//! `campaign-site import` of the other formats federations send (a hand-made OpenDocument
//! sheet with merged header cells, CSV without merges), of headers only a map file names, and
//! of sheets whose header cannot be found.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use common::import::{UNITS, has_line, import};
use common::{copy_fixture, files_under};

/// A cell of content.xml: text, a number (digits only), a header cell spanning `span` columns
/// (`Sáng kiến@span2`), or one it covers (`~`).
fn ods_cell(cell: &str) -> String {
    if cell == "~" {
        return "<table:covered-table-cell/>".into();
    }
    if cell.is_empty() {
        return "<table:table-cell/>".into();
    }
    if let Some((text, span)) = cell.split_once("@span") {
        return format!(
            "<table:table-cell table:number-columns-spanned=\"{span}\" office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
        );
    }
    match cell.parse::<u64>() {
        Ok(v) => format!(
            "<table:table-cell office:value-type=\"float\" office:value=\"{v}\"><text:p>{cell}</text:p></table:table-cell>"
        ),
        Err(_) => format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
        ),
    }
}

/// An .ods file with one sheet `name` of `rows` (cells split by `|`).
fn write_ods(path: &Path, name: &str, rows: &[&str]) {
    let body: String = rows
        .iter()
        .map(|r| {
            let cells: String = r.split('|').map(ods_cell).collect();
            format!("<table:table-row>{cells}</table:table-row>")
        })
        .collect();
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"{name}\">{body}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest \
         xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
         <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
         <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
         </manifest:manifest>";
    let mut zip = zip::ZipWriter::new(fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
}

#[test]
fn an_opendocument_sheet_with_merged_header_cells_is_read() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.ods");
    write_ods(
        &sheet,
        "Kết quả",
        &[
            "KẾT QUẢ CHƯƠNG TRÌNH@span4|~|~|~",
            "Đơn vị|Sáng kiến@span2|~|Xếp hạng",
            "|Chỉ tiêu|Thực hiện|",
            "LĐLĐ tỉnh Đắk Lắk|3000|4.500|3",
            "Cộng|3000|4500|",
        ],
    );
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 0, "{run:?}");
    has_line(
        &run,
        "ket-qua.ods, sheet \"Kết quả\":"
            .replace("ket-qua.ods", &sheet.display().to_string())
            .as_str(),
    );
    has_line(
        &run,
        "column B \"Sáng kiến / Chỉ tiêu\" -> target.initiatives",
    );
    has_line(
        &run,
        "column C \"Sáng kiến / Thực hiện\" -> values.initiatives",
    );
    has_line(&run, "column D \"Xếp hạng\" -> reported.rank.national");
    has_line(
        &run,
        "row 5 is not read: it is the sheet's own total (\"Cộng\"): the build computes totals",
    );
    has_line(&run, "    values.initiatives: 4000 -> 4500");
    let dak_lak = fs::read_to_string(root.join(UNITS).join("dak-lak.yaml")).unwrap();
    assert!(dak_lak.contains("  initiatives: 4500\n"), "{dak_lak}");
    assert!(dak_lak.contains("target: {initiatives: 3000}"), "{dak_lak}");
}

#[test]
fn a_csv_two_row_header_without_merges_is_read_as_one() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.csv");
    let text = "\u{feff}STT;Đơn vị;Sáng kiến;;Tỷ lệ (%)\n;;Chỉ tiêu;Thực hiện;\n1;LĐLĐ tỉnh Lai Châu;2.300;3.666;159,4%\n;Tổng cộng;2.300;3.666;\n";
    fs::write(&sheet, text).unwrap();
    let run = import(&root, &sheet, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    has_line(&run, "the header is in rows 1–2");
    has_line(
        &run,
        "column C \"Sáng kiến / Chỉ tiêu\" -> target.initiatives",
    );
    has_line(
        &run,
        "column D \"Sáng kiến / Thực hiện\" -> values.initiatives",
    );
    has_line(&run, "C3: the text \"2.300\" is read as 2300");
    has_line(&run, "E3: the text \"159,4%\" is read as 159.4");
    has_line(&run, "    reported.percent_of_target.initiatives: 159.4");
}

#[test]
fn a_map_file_names_the_columns_and_units_a_sheet_spells_its_own_way() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.csv");
    fs::write(
        &sheet,
        "Tên LĐLĐ,SK đăng ký,SK thực hiện,Lợi ích (tr.đ),Thứ hạng chung\nTỉnh ĐL,3000,4500,\"1.250\",3\n",
    )
    .unwrap();
    let map = tmp.path().join("map.yaml");
    fs::write(
        &map,
        "columns:\n  tên lđlđ: name\n  SK đăng ký: target.initiatives\n  SK THỰC HIỆN: values.initiatives\n  \"Lợi ích (tr.đ)\": {to: values.benefit, scale: triệu}\n  Thứ hạng chung: skip\nunits:\n  Tỉnh ĐL: dak-lak\n",
    )
    .unwrap();
    let run = import(&root, &sheet, &["--map", map.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    has_line(&run, "column A \"Tên LĐLĐ\": the names of the units");
    has_line(
        &run,
        "column C \"SK thực hiện\" -> values.initiatives (by the map file)",
    );
    has_line(
        &run,
        "column D \"Lợi ích (tr.đ)\" -> values.benefit (times 1000000) (by the map file)",
    );
    has_line(
        &run,
        "column E \"Thứ hạng chung\": left out, as the map file says",
    );
    has_line(&run, "    values.benefit: 1250000000");

    // A place no unit file has is an error at its line and column of the map file.
    fs::write(&map, "columns:\n  SK thực hiện: values.sang_kien\n").unwrap();
    let run = import(&root, &sheet, &["--map", map.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!(
        "{}:2:17: \"values.sang_kien\" is not a place of a unit file",
        map.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
}

#[test]
fn a_map_file_that_names_no_unit_or_no_kind_of_the_campaign_is_refused_at_its_place() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("ket-qua.csv");
    fs::write(&sheet, "Đơn vị,Sáng kiến\nThủ đô Hà Nội,4500\n").unwrap();
    let map = tmp.path().join("map.yaml");
    fs::write(&map, "units:\n  Thủ đô Hà Nội: hanoi\nkind: tinh\n").unwrap();
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--map", map.to_str().unwrap(), "--write"]);
    assert_eq!(run.code, 1, "{run:?}");
    let unit = format!(
        "{}:2:18: no unit of campaign thi-dua has the file name \"hanoi\"",
        map.display()
    );
    let kind = format!(
        "{}:3:7: kind \"tinh\" is not a kind of unit of this campaign (province, sector)",
        map.display()
    );
    assert!(run.stderr.contains(&unit), "{}", run.stderr);
    assert!(run.stderr.contains(&kind), "{}", run.stderr);
    assert_eq!(files_under(&root), before);

    // With --new-units, the map's file name is the new unit's.
    fs::write(&map, "units:\n  Thủ đô Hà Nội: thu-do\n").unwrap();
    let args = [
        "--map",
        map.to_str().unwrap(),
        "--new-units",
        "--kind",
        "province",
        "--write",
    ];
    let run = import(&root, &sheet, &args);
    assert_eq!(run.code, 0, "{run:?}");
    let made = fs::read_to_string(root.join(UNITS).join("thu-do.yaml")).unwrap();
    assert!(
        made.starts_with("name: \"Thủ đô Hà Nội\"\nkind: province\n"),
        "{made}"
    );
    // A file name that is not one, and a --kind the campaign does not know, are named too.
    fs::write(&map, "units:\n  Thủ đô Hà Nội: ../ha-noi\n").unwrap();
    let args = [
        "--map",
        map.to_str().unwrap(),
        "--new-units",
        "--kind",
        "thanh pho",
    ];
    let run = import(&root, &sheet, &args);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("\"../ha-noi\" is not a file name of a unit"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("kind \"thanh pho\" is not a kind of unit of this campaign"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_sheet_without_a_header_it_understands_is_refused_with_what_it_looks_for() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("khac.csv");
    fs::write(&sheet, "Tên,Số SK\nĐắk Lắk,4500\n").unwrap();
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!(
        "{}: no header found in the first 30 rows: the header names the column of units (\"Đơn vị\", \"Unit\") and at least one figure by its label in campaign.yaml (\"Initiatives\" / \"Sáng kiến\"",
        sheet.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert_eq!(files_under(&root), before);
    // A file that is no spreadsheet, and a sheet that does not exist, are named.
    let missing = import(&root, &tmp.path().join("ket-qua.xlsx"), &[]);
    assert!(
        missing.stderr.contains("ket-qua.xlsx: there is no such file; the sheet is looked for from the folder you are in"),
        "{}",
        missing.stderr
    );
    fs::write(tmp.path().join("ket-qua.pdf"), "%PDF-1.4\n").unwrap();
    let run = import(&root, &tmp.path().join("ket-qua.pdf"), &[]);
    assert!(
        run.stderr.contains(
            "is not a spreadsheet campaign-site reads; save it as .xlsx, .xls, .ods or .csv"
        ),
        "{}",
        run.stderr
    );
    let run = import(&root, &sheet, &["--sheet", "Sheet2"]);
    assert!(
        run.stderr
            .contains("this is a CSV file, which has no sheets; leave out --sheet"),
        "{}",
        run.stderr
    );
}

#[test]
fn money_in_another_currency_than_the_metric_s_is_refused_at_its_header() {
    let (tmp, root) = copy_fixture("import_site");
    let sheet = tmp.path().join("usd.csv");
    fs::write(
        &sheet,
        "Đơn vị;Sáng kiến;Giá trị làm lợi (nghìn USD)\nĐắk Lắk;4.500;12.000\n",
    )
    .unwrap();
    let before = files_under(&root);
    let run = import(&root, &sheet, &["--write"]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!(
        "{}:C1: column \"Giá trị làm lợi (nghìn USD)\" is in USD, but values.benefit counts in VND (campaign.yaml)",
        sheet.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert_eq!(files_under(&root), before);
    // Đồng, in any spelling, is the metric's own currency.
    fs::write(&sheet, "Đơn vị;Giá trị làm lợi (tr.đ)\nĐắk Lắk;12.000\n").unwrap();
    let run = import(&root, &sheet, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    has_line(&run, "    values.benefit: 12000000000");
}
