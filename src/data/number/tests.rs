use super::*;
use crate::yaml;

fn node(value: &str) -> Node {
    let (_, doc) = yaml::from_str::<serde::de::IgnoredAny>(&format!("x: {value}\n")).unwrap();
    doc.at(&["x"]).unwrap().clone()
}

#[test]
fn whole_numbers_as_written() {
    let accepted: &[(&str, i64)] = &[
        ("3666", 3666),
        ("0", 0),
        ("-5", -5),
        ("+12", 12),
        ("33000000000000", 33_000_000_000_000),
        ("9007199254740991", MAX_WHOLE),
    ];
    for (text, want) in accepted {
        assert_eq!(whole(&node(text)), Ok(*want), "{text}");
    }
}

#[test]
fn other_notations_are_refused_with_what_was_meant() {
    let refused: &[(&str, &str)] = &[
        (
            "3.666",
            "\"3.666\" is written with a thousands separator; write 3666 (digits only, no points, commas or spaces)",
        ),
        (
            "1.000.000",
            "\"1.000.000\" is written with a thousands separator; write 1000000 (digits only, no points, commas or spaces)",
        ),
        (
            "3,666",
            "\"3,666\" is written with a thousands separator; write 3666 (digits only, no points, commas or spaces)",
        ),
        (
            "1 000",
            "\"1 000\" is written with a thousands separator; write 1000 (digits only, no points, commas or spaces)",
        ),
        (
            "1\u{a0}000",
            "\"1\u{a0}000\" is written with a thousands separator; write 1000 (digits only, no points, commas or spaces)",
        ),
        (
            "3.666,5",
            "\"3.666,5\" has a fraction, but this figure counts whole things; write the whole number, like 3666",
        ),
        (
            "3,666.5",
            "\"3,666.5\" has a fraction, but this figure counts whole things; write the whole number, like 3666",
        ),
        (
            "1.5",
            "\"1.5\" has a fraction, but this figure counts whole things; write the whole number, like 1",
        ),
        (
            "3666.0",
            "\"3666.0\" has a fraction, but this figure counts whole things; write 3666",
        ),
        (
            ".nan",
            "\".nan\" is not a figure (it means \"not a number\" or infinity); write the figure in digits, like 3666",
        ),
        (
            ".inf",
            "\".inf\" is not a figure (it means \"not a number\" or infinity); write the figure in digits, like 3666",
        ),
        (
            "-.inf",
            "\"-.inf\" is not a figure (it means \"not a number\" or infinity); write the figure in digits, like 3666",
        ),
        (
            "3e11",
            "\"3e11\" is a number in scientific notation; write it in digits: 300000000000",
        ),
        (
            "584 tỷ",
            "\"584 tỷ\" is written with words; write it in digits: 584000000000",
        ),
        (
            "1,2 triệu đồng",
            "\"1,2 triệu đồng\" is written with words; write it in digits: 1200000",
        ),
        (
            "nhiều",
            "\"nhiều\" is a text where a number belongs; write the figure in digits without separators, like 3666",
        ),
        (
            "159%",
            "\"159%\" is a percent; write the count itself here (percents of target are computed from counts and targets)",
        ),
        (
            "\"3666\"",
            "\"3666\" is in quotes, which makes it a text; write the number without quotes: 3666",
        ),
        (
            "\"1.000.000\"",
            "\"1.000.000\" is written with a thousands separator; write 1000000 (digits only, no points, commas or spaces)",
        ),
        (
            "99999999999999999999",
            "the figure 99999999999999999999 is too large; figures up to 9007199254740991 can be published exactly, check the number of digits",
        ),
        (
            "9007199254740992",
            "the figure 9007199254740992 is too large; figures up to 9007199254740991 can be published exactly, check the number of digits",
        ),
        (
            "",
            "no figure is written here; write a number, or remove the key",
        ),
        (
            "~",
            "no figure is written here; write a number, or remove the key",
        ),
        (
            "[1, 2]",
            "a list is written where a number belongs; write one number",
        ),
    ];
    for (text, want) in refused {
        assert_eq!(whole(&node(text)).unwrap_err(), *want, "{text}");
    }
}

#[test]
fn percents_stay_decimals() {
    let accepted: &[(&str, f64, u32)] = &[
        ("159", 159.0, 0),
        ("159.39", 159.39, 2),
        ("514.6", 514.6, 1),
    ];
    for (text, value, decimals) in accepted {
        assert_eq!(decimal(&node(text)), Ok((*value, *decimals)), "{text}");
    }
    let refused: &[(&str, &str)] = &[
        (
            "159,39",
            "\"159,39\" is written with a decimal comma; write it with a point: 159.39",
        ),
        ("159%", "\"159%\" has a % sign; write the number alone: 159"),
        (
            ".nan",
            "\".nan\" is not a figure (it means \"not a number\" or infinity); write the figure in digits, like 3666",
        ),
        (
            "vượt",
            "\"vượt\" is a text where a number belongs; write it in digits, like 159 or 159.4",
        ),
    ];
    for (text, want) in refused {
        assert_eq!(decimal(&node(text)).unwrap_err(), *want, "{text}");
    }
}
