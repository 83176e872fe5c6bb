//! A rebuild that reuses the previous build's pages must give exactly what a full build gives,
//! while rendering again only the pages that changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use campaign_site::render::{Content, OutputFile};
use campaign_site::{Options, Site, generate, generate_with};

fn bytes(files: &[OutputFile]) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .map(|f| {
            let b = match &f.content {
                Content::Bytes(b) => b.to_vec(),
                Content::Copy(p) | Content::Cached(p) => fs::read(p).unwrap(),
                Content::Staged(..) => panic!("nothing is staged in memory"),
            };
            (f.path.clone(), b)
        })
        .collect()
}

fn copy_example(to: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folders = ["content", "static"].map(|f| walkdir::WalkDir::new(root.join(f)));
    for entry in folders.into_iter().flatten().map(Result::unwrap) {
        let rel = entry.path().strip_prefix(root).unwrap();
        if entry.file_type().is_dir() {
            fs::create_dir_all(to.join(rel)).unwrap();
        } else {
            fs::copy(entry.path(), to.join(rel)).unwrap();
        }
    }
    fs::copy(root.join("site.yaml"), to.join("site.yaml")).unwrap();
}

fn keep(previous: Option<&campaign_site::render::cache::RenderCache>) -> Options<'_> {
    Options {
        previous,
        keep: true,
        write_cache: true,
        ..Options::default()
    }
}

#[test]
fn a_rebuild_renders_only_what_changed_and_equals_a_full_build() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path());
    let first: Site = generate_with(tmp.path(), &keep(None)).unwrap();
    assert_eq!(first.stats.reused, 0);
    let pages = first.stats.rendered;

    let article = tmp.path().join("content/news/lich-tong-ket.vi.md");
    let text = fs::read_to_string(&article).unwrap();
    fs::write(
        &article,
        text.replacen("title: \"", "title: \"Cập nhật: ", 1),
    )
    .unwrap();

    let second = generate_with(tmp.path(), &keep(first.cache.as_ref())).unwrap();
    assert!(first.files_read > 5);
    assert_eq!(second.files_read, 1, "only the edited file is read again");
    assert_eq!(second.stats.rendered + second.stats.reused, pages);
    assert!(
        second.stats.rendered >= 2,
        "the article and the lists it is in: {:?}",
        second.stats
    );
    assert!(
        second.stats.rendered <= pages / 4,
        "most pages are reused: {:?}",
        second.stats
    );
    let page = bytes(&second.files)["tin-tuc/lich-tong-ket/index.html"].clone();
    assert!(
        String::from_utf8(page)
            .unwrap()
            .contains("Cập nhật: Lịch hội nghị")
    );

    let full = generate(tmp.path(), None, false).unwrap();
    assert_eq!(
        bytes(&second.files),
        bytes(&full.files),
        "the rebuild equals a full build"
    );
}

#[test]
fn a_theme_change_renders_everything_again() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path());
    let first = generate_with(tmp.path(), &keep(None)).unwrap();
    let templates = tmp.path().join("themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    let base = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .unwrap();
    fs::write(
        templates.join("base.html"),
        base.replace("<body>", "<body class=\"changed\">"),
    )
    .unwrap();
    let second = generate_with(tmp.path(), &keep(first.cache.as_ref())).unwrap();
    assert_eq!(second.files_read, 0, "no Markdown file changed");
    assert_eq!(second.stats.reused, 0);
    assert!(
        bytes(&second.files)["index.html"]
            .windows(22)
            .any(|w| w == b"<body class=\"changed\">")
    );
}

#[test]
fn an_article_quoting_figures_is_rendered_again_when_its_data_changes() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path());
    let first = generate_with(tmp.path(), &keep(None)).unwrap();
    let vi = "tin-tuc/lai-chau-tong-ket-chuong-trinh/index.html";
    let en = "en/news/lai-chau-tong-ket-chuong-trinh/index.html";
    let text =
        |site: &Site, path: &str| String::from_utf8(bytes(&site.files)[path].clone()).unwrap();
    assert!(text(&first, vi).contains("đã có 3.666 sáng kiến"));
    assert!(text(&first, en).contains("the federation had 3,666 initiatives"));

    let unit = tmp
        .path()
        .join("content/results/1-trieu-sang-kien/units/lai-chau.yaml");
    let yaml = fs::read_to_string(&unit).unwrap();
    fs::write(
        &unit,
        yaml.replace("initiatives: 3666", "initiatives: 3700"),
    )
    .unwrap();
    let second = generate_with(tmp.path(), &keep(first.cache.as_ref())).unwrap();
    assert_eq!(second.files_read, 0, "no Markdown file changed");
    assert!(second.stats.reused > 0, "{:?}", second.stats);
    let (vi_page, en_page) = (text(&second, vi), text(&second, en));
    assert!(
        vi_page.contains("đã có 3.700 sáng kiến"),
        "the article shows the new figure"
    );
    assert!(
        vi_page.contains("bằng 160,9% chỉ tiêu"),
        "and the percent computed from it"
    );
    assert!(!vi_page.contains("3.666"));
    assert!(en_page.contains("the federation had 3,700 initiatives recorded"));
    assert!(en_page.contains("portal, 160.9% of its target"));

    let campaign = tmp
        .path()
        .join("content/results/1-trieu-sang-kien/campaign.yaml");
    let yaml = fs::read_to_string(&campaign).unwrap();
    fs::write(
        &campaign,
        yaml.replace("units_expected: 82", "units_expected: 83"),
    )
    .unwrap();
    let third = generate_with(tmp.path(), &keep(second.cache.as_ref())).unwrap();
    assert!(text(&third, vi).contains("Lai Châu đứng thứ 25/83 toàn quốc"));
    assert!(text(&third, en).contains("ranked 25th of 83 nationwide"));
    let full = generate(tmp.path(), None, false).unwrap();
    assert_eq!(
        bytes(&third.files),
        bytes(&full.files),
        "the rebuild equals a full build"
    );
}
