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
