//! Every way an editor writes a figure, accepted or refused with the exact message.

use super::*;
use crate::messages::{Catalogue, MessageLang};

/// The value of `x:` in the YAML `x: {written}`, read as a whole number.
fn whole_of(written: &str) -> Result<i64, Message> {
    let (_, doc) = crate::yaml::from_str::<serde_yaml::Value>(&format!("x: {written}\n"))
        .expect("the sample is YAML");
    whole(doc.at(&["x"]).expect("x is written"))
}

fn decimal_of(written: &str) -> Result<(f64, u32), Message> {
    let (_, doc) = crate::yaml::from_str::<serde_yaml::Value>(&format!("x: {written}\n"))
        .expect("the sample is YAML");
    decimal(doc.at(&["x"]).expect("x is written"))
}

fn in_both(message: Message) -> (String, String) {
    (
        Catalogue::new(MessageLang::Vi).text(&message),
        Catalogue::new(MessageLang::En).text(&message),
    )
}

#[test]
fn digits_alone_are_read_as_written() {
    assert_eq!(whole_of("3666").unwrap(), 3666);
    assert_eq!(whole_of("-5").unwrap(), -5);
    assert_eq!(whole_of("9007199254740991").unwrap(), MAX_WHOLE);
    assert_eq!(decimal_of("159.4").unwrap(), (159.4, 1));
    assert_eq!(decimal_of("230").unwrap(), (230.0, 0));
}

#[test]
fn a_count_with_a_thousands_point_says_the_number_meant() {
    let (vi, en) = in_both(whole_of("3.666").unwrap_err());
    assert_eq!(
        vi,
        "\"3.666\" được viết có dấu phân cách hàng nghìn; hãy viết 3666 (chỉ chữ số, không có dấu chấm, dấu phẩy hay dấu cách)"
    );
    assert_eq!(
        en,
        "\"3.666\" is written with a thousands separator; write 3666 (digits only, no points, commas or spaces)"
    );
    let (_, en) = in_both(whole_of("\"-1.200.000\"").unwrap_err());
    assert!(en.contains("write -1200000 "), "{en}");
}

#[test]
fn other_notations_are_refused_with_what_to_write() {
    let cases = [
        ("3666.0", "write 3666"),
        ("3.666,5", "write the whole number, like 3666"),
        ("3e6", "write it in digits: 3000000"),
        ("\"584 tỷ\"", "write it in digits: 584000000000"),
        ("\"1,2 triệu đồng\"", "write it in digits: 1200000"),
        (".nan", "\".nan\" is not a figure"),
        ("\"1200\"", "write the number without quotes: 1200"),
        ("159%", "is a percent; write the count itself"),
        ("nhiều", "is a text where a number belongs"),
        ("\"٣٦٦٦\"", "digits of another script"),
        ("[1, 2]", "a list is written where a number belongs"),
        ("~", "no figure is written here"),
        ("10000000000000000000", "has too many digits"),
    ];
    for (written, hint) in cases {
        let (vi, en) = in_both(whole_of(written).unwrap_err());
        assert!(en.contains(hint), "{written}: {en}");
        assert_ne!(vi, en, "{written} has its Vietnamese words");
    }
}

#[test]
fn a_published_percent_is_written_with_a_point_and_no_sign() {
    let (vi, en) = in_both(decimal_of("\"159,4%\"").unwrap_err());
    assert_eq!(vi, "\"159,4%\" có dấu %; hãy chỉ viết con số: 159.4");
    assert_eq!(en, "\"159,4%\" has a % sign; write the number alone: 159.4");
    let (_, en) = in_both(decimal_of("\"159,4\"").unwrap_err());
    assert!(en.contains("write it with a point: 159.4"), "{en}");
}
