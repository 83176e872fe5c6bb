//! site.yaml's checks: language codes, base URLs with a path, offsets.

use super::*;

#[test]
fn base_urls_keep_their_path() {
    assert_eq!(
        split_base_url("https://example.org"),
        Some(("https://example.org/".into(), "/".into()))
    );
    assert_eq!(
        split_base_url("http://127.0.0.1:1111/sub"),
        Some(("http://127.0.0.1:1111/sub/".into(), "/sub/".into()))
    );
    assert_eq!(split_base_url("example.org"), None);
    assert_eq!(split_base_url("ftp://example.org/"), None);
    assert_eq!(split_base_url("https://example.org/sub/?x=1"), None);
    assert_eq!(split_base_url("https://example.org/#top"), None);
}

#[test]
fn offsets() {
    assert_eq!(parse_offset("+07:00").unwrap().local_minus_utc(), 7 * 3600);
    assert_eq!(
        parse_offset("-05:30").unwrap().local_minus_utc(),
        -(5 * 3600 + 1800)
    );
    assert_eq!(parse_offset("Asia/Ho_Chi_Minh"), None);
}

#[test]
fn language_codes() {
    assert!(is_language_code("vi"));
    assert!(is_language_code("zh-hant"));
    assert!(!is_language_code("v2"));
    assert!(!is_language_code("index"));
    assert!(
        !is_language_code("vi-XX"),
        "file names carry codes in lower case"
    );
    assert!(is_language_code("pt-br"));
}

#[test]
fn a_wrong_logo_or_banner_is_an_error_at_its_value() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("static/anh")).unwrap();
    std::fs::write(
        tmp.path().join(CONFIG_FILE),
        "title: T\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  vi: {name: V}\nlogo: \"/logo.png\"\nbanner: anh\n",
    )
    .unwrap();
    let errors: Vec<String> = load(tmp.path(), None)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "site.yaml:6:7: logo: \"/logo.png\" is not a path inside static/; write the file's name in static/, like logo.png, without a leading / or ..",
            "site.yaml:7:9: banner: static/anh is a folder; name an image file in it",
        ]
    );
}

#[test]
fn a_logo_in_static_is_read_with_its_size() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("static")).unwrap();
    std::fs::write(
        tmp.path().join("static/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"/>",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join(CONFIG_FILE),
        "title: T\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  vi: {name: V}\nlogo: logo.svg\n",
    )
    .unwrap();
    let config = load(tmp.path(), None).unwrap();
    let logo = config.logo.expect("a logo");
    assert_eq!(
        (logo.path.as_str(), logo.size),
        ("logo.svg", Some((64, 64)))
    );
    assert_eq!(config.banner, None);
}
