//! The editor's language: the main problems an editor meets, word for word in Vietnamese and in
//! English, and how the language is chosen (`--lang`, `CAMPAIGN_SITE_LANG`, the site's default).

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use std::fs;
use std::path::Path;

use common::{Run, campaign_site, campaign_site_as_editor};

/// A site made by `init` with the mistakes editors make: a date written the Vietnamese way,
/// front matter that is not YAML, a key of the wrong type, a missing photo, a link to an article
/// that does not exist, two articles with one address, a link to an anchor no page has, a count
/// typed with a thousands point and a percent of target that contradicts the figures.
fn site_with_mistakes(tmp: &Path) -> std::path::PathBuf {
    let site = tmp.join("site");
    let made = campaign_site(["init", site.to_str().unwrap()]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let news = site.join("content/news");
    let article = |name: &str, front: &str, body: &str| {
        let text = format!("---\ntitle: \"Bài {name}\"\n{front}---\n\n{body}\n");
        fs::write(news.join(format!("{name}.vi.md")), &text).unwrap();
        fs::write(news.join(format!("{name}.en.md")), text).unwrap();
    };
    article("ngay", "date: 07/09/2023\n", "Nội dung.");
    article("cu-phap", "date: 2023-09-07\ntags: [a, b\n", "Nội dung.");
    article("kieu", "date: 2023-09-07\ndraft: maybe\n", "Nội dung.");
    article(
        "anh",
        "date: 2023-09-07\n",
        "![Hội trường](hoi-truong.jpg \"Hội nghị.\")\n\n[Báo cáo](khong-co.md)",
    );
    article("hai", "date: 2023-09-07\nslug: chung\n", "[Mục](#khong-co)");
    article("mot", "date: 2023-09-07\nslug: chung\n", "Nội dung.");
    let counted = site.join("content/results/thi-dua-mau/units/don-vi-a.yaml");
    let yaml = fs::read_to_string(&counted).unwrap();
    fs::write(
        &counted,
        yaml.replace("initiatives: 520", "initiatives: 3.666"),
    )
    .unwrap();
    let unit = site.join("content/results/thi-dua-mau/units/don-vi-b.yaml");
    let yaml = fs::read_to_string(&unit).unwrap();
    fs::write(
        &unit,
        yaml + "reported:\n  percent_of_target: {initiatives: 150}\n",
    )
    .unwrap();
    site
}

/// The problems `check` prints, without the summary line.
fn problems(run: &Run) -> Vec<String> {
    run.stderr
        .lines()
        .filter(|l| l.starts_with("content/"))
        .map(str::to_string)
        .collect()
}

fn check_in(site: &Path, lang: &str) -> Run {
    campaign_site(["check", "--lang", lang, "--root", site.to_str().unwrap()])
}

#[test]
fn the_main_problems_in_vietnamese_and_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_with_mistakes(tmp.path());
    let vi = check_in(&site, "vi");
    let en = check_in(&site, "en");
    assert_eq!(vi.code, 1);
    assert_eq!(en.code, 1);
    let expected_vi: Vec<&str> = EXPECTED_VI.lines().collect();
    let expected_en: Vec<&str> = EXPECTED_EN.lines().collect();
    let (vi, en) = (problems(&vi), problems(&en));
    for line in &expected_vi {
        assert!(
            vi.iter().any(|l| l == line),
            "missing: {line}\nin:\n{}",
            vi.join("\n")
        );
    }
    for line in &expected_en {
        assert!(
            en.iter().any(|l| l == line),
            "missing: {line}\nin:\n{}",
            en.join("\n")
        );
    }
}

const EXPECTED_VI: &str = "\
content/news/ngay.vi.md:3:7: \"07/09/2023\" không phải là ngày tháng hợp lệ; hãy viết theo dạng 2023-09-07 hoặc, nếu kèm giờ, 2023-09-07T21:28:00+07:00
content/news/cu-phap.vi.md:4:7: một danh sách viết trong [ ] chưa được đóng; hãy thêm dấu ] hoặc kiểm tra các dấu phẩy
content/news/kieu.vi.md:4:8: draft: sai loại giá trị: ở đây là đoạn chữ \"maybe\", nhưng cần true hoặc false
content/news/anh.vi.md:6:1: không tìm thấy ảnh \"hoi-truong.jpg\": không có tệp content/news/hoi-truong.jpg; hãy kiểm tra lại tên tệp, hoặc đặt ảnh cùng thư mục với bài viết
content/news/anh.vi.md:8:1: liên kết \"khong-co.md\" dẫn tới content/news/khong-co.md, tệp này không có; hãy kiểm tra lại tên tệp
content/results/thi-dua-mau/units/don-vi-b.yaml:13:36: tỷ lệ đạt chỉ tiêu đã công bố của initiatives là 150%, nhưng 310 trên chỉ tiêu 300 là 103,3%; hãy kiểm tra lại các số liệu
content/news/hai.vi.md:7:7: trang /tin-tuc/chung/ có liên kết tới #khong-co, nhưng trang đó không có mục neo \"khong-co\"
content/news/mot.vi.md: địa chỉ web /tin-tuc/chung/ cũng được content/news/hai.vi.md dùng; hãy đặt cho một trong hai slug: hoặc tên tệp khác
content/results/thi-dua-mau/units/don-vi-a.yaml:11:16: values.initiatives: \"3.666\" được viết có dấu phân cách hàng nghìn; hãy viết 3666 (chỉ chữ số, không có dấu chấm, dấu phẩy hay dấu cách)
";

const EXPECTED_EN: &str = "\
content/news/ngay.vi.md:3:7: date \"07/09/2023\" is not a date; write it as 2023-09-07 or, with the time, 2023-09-07T21:28:00+07:00
content/news/cu-phap.vi.md:4:7: a list written in [ ] is not closed; add the ] or check the commas
content/news/kieu.vi.md:4:8: draft: wrong type: found string \"maybe\", but expected true or false
content/news/anh.vi.md:6:1: the photo \"hoi-truong.jpg\" is missing: there is no file content/news/hoi-truong.jpg; check the file name, or put the photo beside the article
content/news/anh.vi.md:8:1: the link \"khong-co.md\" leads to content/news/khong-co.md, which does not exist; check the file name
content/results/thi-dua-mau/units/don-vi-b.yaml:13:36: the reported percent of target for initiatives is 150%, but 310 of a target of 300 is 103.3%; check the figures
content/news/hai.vi.md:7:7: the page /tin-tuc/chung/ links to #khong-co, but that page has no anchor \"khong-co\"
content/news/mot.vi.md: the web address /tin-tuc/chung/ is also used by content/news/hai.vi.md; give one of them another slug: or file name
content/results/thi-dua-mau/units/don-vi-a.yaml:11:16: values.initiatives: \"3.666\" is written with a thousands separator; write 3666 (digits only, no points, commas or spaces)
";

#[test]
fn the_language_is_the_flag_then_the_variable_then_the_site_default() {
    let tmp = tempfile::tempdir().unwrap();
    let site = site_with_mistakes(tmp.path());
    let root = site.to_str().unwrap();
    let summary = |run: &Run| run.stderr.lines().last().unwrap_or("").to_string();
    // The site's default language is Vietnamese.
    let as_editor = campaign_site_as_editor(["check", "--root", root]);
    assert!(
        summary(&as_editor).contains(" lỗi, "),
        "{}",
        as_editor.stderr
    );
    let asked = campaign_site_as_editor(["check", "--lang", "en", "--root", root]);
    assert!(summary(&asked).contains(" errors, "), "{}", asked.stderr);
    let mut env = common::command();
    env.env("CAMPAIGN_SITE_LANG", "vi")
        .args(["check", "--root", root]);
    let by_env = common::run_command(&mut env);
    assert!(summary(&by_env).contains(" lỗi, "), "{}", by_env.stderr);
    let mut wrong = common::command();
    wrong
        .env("CAMPAIGN_SITE_LANG", "fr")
        .args(["check", "--root", root]);
    let wrong = common::run_command(&mut wrong);
    assert!(
        wrong.stderr.contains("CAMPAIGN_SITE_LANG"),
        "{}",
        wrong.stderr
    );
    assert!(summary(&wrong).contains(" lỗi, "), "{}", wrong.stderr);
    let help = campaign_site_as_editor(["--lang", "vi", "build", "--help"]);
    assert!(
        help.stdout.contains("Cách dùng: campaign-site build"),
        "{}",
        help.stdout
    );
    let typo = campaign_site_as_editor(["--lang", "vi", "buidl"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("không có lệnh \"buidl\""),
        "{}",
        typo.stderr
    );
}

/// Figures quoted with the mistakes editors make, each at the line and column of the shortcode
/// or of its wrong argument, in both languages.
#[test]
fn wrong_figures_in_vietnamese_and_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let made = campaign_site(["init", site.to_str().unwrap()]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let body = "Có {{ figure(unit=\"don-vi-c\", metric=\"initiatives\") }} sáng kiến.\n\
        Có {{ figure(unit=\"don-vi-a\", metric=\"sang-kien\") }} sáng kiến.\n\
        Đạt {{ figure(unit=\"don-vi-a\", metric=\"rank\", link=có) }}.\n\
        Đạt {{ figure(unit=\"don-vi-b\", metric=\"percent\", of=\"benefit\") }}.\n\
        Được {{ figure(unit=\"don-vi-a\", metric=\"honours\", award=\"bang-khen\") }}.\n\n\
        Có {{ figure(unit=\"don-vi-a\", metric=\"initiatives\"\n";
    let text = format!("---\ntitle: \"Số liệu\"\ndate: 2024-07-05\n---\n\n{body}");
    fs::write(site.join("content/news/so-lieu.vi.md"), text).unwrap();
    let (vi, en) = (check_in(&site, "vi"), check_in(&site, "en"));
    assert_eq!((vi.code, en.code), (1, 1));
    // Each problem of the article at its line and column (not the missing translation).
    let placed = |run: &Run| -> Vec<String> {
        let prefix = "content/news/so-lieu.vi.md:";
        let at_line = |l: &String| {
            l.strip_prefix(prefix)
                .is_some_and(|r| r.starts_with(char::is_numeric))
        };
        problems(run).into_iter().filter(at_line).collect()
    };
    let (vi, en) = (placed(&vi), placed(&en));
    assert_eq!(vi, FIGURES_VI.lines().collect::<Vec<_>>());
    assert_eq!(en, FIGURES_EN.lines().collect::<Vec<_>>());
}

const FIGURES_VI: &str = "\
content/news/so-lieu.vi.md:6:19: \"don-vi-c\" không phải là đơn vị của phong trào thi-dua-mau (các đơn vị: don-vi-a, don-vi-b); hãy dùng tên một tệp trong thư mục units/ của phong trào
content/news/so-lieu.vi.md:7:38: \"sang-kien\" không phải là chỉ số của phong trào, cũng không phải loại số liệu mà mã ngắn hiển thị được; hãy dùng một trong: initiatives, benefit, percent, rank, target, total, honours
content/news/so-lieu.vi.md:8:52: link chỉ nhận true hoặc false, viết không có dấu ngoặc kép, không phải \"có\"
content/news/so-lieu.vi.md:9:5: đơn vị don-vi-b không có chỉ tiêu benefit; hãy thêm vào mục target: trong tệp của đơn vị, hoặc trích số liệu khác
content/news/so-lieu.vi.md:10:6: hình thức khen thưởng \"bang-khen\" chưa được khai báo trong awards: của campaign.yaml của thi-dua-mau (đã khai báo: -); hãy dùng một hình thức đã khai báo
content/news/so-lieu.vi.md:12:4: số liệu này chưa được đóng trước khi hết đoạn văn; hãy viết trọn vẹn, ví dụ {{ figure(unit=\"lai-chau\", metric=\"initiatives\") }}
";

const FIGURES_EN: &str = "\
content/news/so-lieu.vi.md:6:19: unit \"don-vi-c\" is not a unit of campaign thi-dua-mau (units: don-vi-a, don-vi-b); use the name of a file in its units/ folder
content/news/so-lieu.vi.md:7:38: \"sang-kien\" is not a metric of the campaign nor a figure the shortcode shows; use one of initiatives, benefit, percent, rank, target, total, honours
content/news/so-lieu.vi.md:8:52: link is true or false, written without quotes, not \"có\"
content/news/so-lieu.vi.md:9:5: unit don-vi-b has no target for benefit; add it under target: in the unit's file, or quote another figure
content/news/so-lieu.vi.md:10:6: award \"bang-khen\" is not declared under awards: in the campaign.yaml of thi-dua-mau (awards: -); use one of them
content/news/so-lieu.vi.md:12:4: this figure is not closed before the end of its paragraph; write it whole, like {{ figure(unit=\"lai-chau\", metric=\"initiatives\") }}
";

/// A logo written with the wrong case and a banner outside `static/`, each at its value in
/// site.yaml, in both languages.
#[test]
fn a_wrong_logo_and_banner_in_vietnamese_and_in_english() {
    let (_tmp, site) = common::copy_fixture("header_images");
    let yaml = fs::read_to_string(site.join("site.yaml")).unwrap();
    let yaml = yaml
        .replace("logo: \"logo.svg\"", "logo: \"Logo.svg\"")
        .replace(
            "banner: \"anh/bang-ron.png\"",
            "banner: \"../bang-ron.png\"",
        );
    fs::write(site.join("site.yaml"), yaml).unwrap();
    let (vi, en) = (check_in(&site, "vi"), check_in(&site, "en"));
    assert_eq!((vi.code, en.code), (1, 1));
    let lines = |run: &Run| -> Vec<String> {
        let placed = run.stderr.lines().filter(|l| l.starts_with("site.yaml:"));
        placed.map(str::to_string).collect()
    };
    assert_eq!(lines(&vi), HEADER_VI.lines().collect::<Vec<_>>());
    assert_eq!(lines(&en), HEADER_EN.lines().collect::<Vec<_>>());
}

const HEADER_VI: &str = "\
site.yaml:9:7: logo: không có tệp static/Logo.svg; hãy kiểm tra lại tên tệp; có phải ý bạn là \"logo.svg\"?
site.yaml:10:9: banner: \"../bang-ron.png\" không phải đường dẫn bên trong thư mục static/; hãy ghi tên tệp trong static/, ví dụ logo.png, không bắt đầu bằng / và không có ..
";

const HEADER_EN: &str = "\
site.yaml:9:7: logo: there is no file static/Logo.svg; check the file name; did you mean \"logo.svg\"?
site.yaml:10:9: banner: \"../bang-ron.png\" is not a path inside static/; write the file's name in static/, like logo.png, without a leading / or ..
";
