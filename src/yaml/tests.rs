//! The YAML door: places from the parser, keys written twice, unknown keys, limits.

use indexmap::IndexMap;

use super::*;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct T {
    title: String,
    tags: Option<Vec<String>>,
    #[serde(default)]
    inner: Option<Inner>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Inner {
    a: Option<u32>,
    b: Option<u32>,
}

/// Each error's line, column and message up to its hint.
fn places(errors: &[YamlError]) -> Vec<(usize, usize, &str)> {
    errors
        .iter()
        .map(|e| {
            (
                e.pos.line,
                e.pos.col,
                e.message.english().leak().split(';').next().unwrap(),
            )
        })
        .collect()
}

fn err<X: DeserializeOwned + std::fmt::Debug>(text: &str) -> Vec<YamlError> {
    from_str::<X>(text).unwrap_err()
}

#[test]
fn errors_have_one_based_positions_and_plain_words() {
    let e = err::<T>("title: a\ntags: 3\n");
    assert_eq!(e[0].pos, Pos::new(2, 7));
    assert!(
        e[0].message.english().contains("tags"),
        "{}",
        e[0].message.english()
    );
    assert!(
        !e[0].message.english().contains("at line"),
        "{}",
        e[0].message.english()
    );

    let e = err::<T>("title: a\ncolour: red\n");
    assert_eq!(e[0].pos, Pos::new(2, 1));
    assert_eq!(
        e[0].message.english(),
        "unknown key \"colour\"; the keys that can be used here are: title, tags, inner"
    );

    let e = err::<T>("title: x\ntags: [\"a, b]\n");
    assert_eq!(e[0].pos, Pos::new(2, 8));
    assert_eq!(
        e[0].message.english(),
        "a text in quotes is never closed; add the closing quote"
    );

    let e = err::<T>("title: [a\n");
    assert!(
        !e[0].message.english().contains(" line "),
        "{}",
        e[0].message.english()
    );
    assert_eq!(e[0].pos.line, 1);
}

#[test]
fn every_unknown_key_is_reported_in_one_run() {
    let text = "colour: red\ntitle: a\ninner: {a: 1, c: 2, b: 3}\nsize: 3\n";
    let e = err::<T>(text);
    let got = places(&e);
    assert_eq!(
        got,
        vec![
            (1, 1, "unknown key \"colour\""),
            (3, 15, "inner: unknown key \"c\""),
            (4, 1, "unknown key \"size\""),
        ]
    );
}

#[test]
fn keys_written_twice_are_errors_at_the_second() {
    type Case = (&'static str, Vec<(usize, usize)>);
    let cases: Vec<Case> = vec![
        ("a: 1\nb: 2\na: 3\n", vec![(3, 1)]),
        ("values:\n  x: 1\n  y: 2\n  x: 3\n", vec![(4, 3)]),
        ("m: {x: 1, x: 2}\n", vec![(1, 11)]),
        ("- a: 1\n  a: 2\n- a: 1\n", vec![(2, 3)]),
        ("a: 1\na: 2\na: 3\n", vec![(2, 1), (3, 1)]),
        ("\"a\": 1\na: 2\n", vec![(2, 1)]),
    ];
    for (text, want) in cases {
        let e = err::<serde_yaml::Value>(text);
        let got: Vec<(usize, usize)> = e.iter().map(|e| (e.pos.line, e.pos.col)).collect();
        assert_eq!(got, want, "{text}");
        assert!(
            e[0].message.english().contains("written twice"),
            "{}",
            e[0].message.english()
        );
        assert!(
            e[0].message.english().contains("first on line"),
            "{}",
            e[0].message.english()
        );
    }
    // Struct fields too, at the second place (serde alone would place it elsewhere or not at all).
    let e = err::<T>("title: a\ntags: []\ntitle: b\n");
    assert_eq!((e[0].pos.line, e[0].pos.col), (3, 1));
    // Maps read into IndexMap, where the last would silently win.
    let e = err::<IndexMap<String, u32>>("share: 1\nother: 2\nshare: 3\n");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].pos.line, 3);
}

#[test]
fn control_characters_and_deep_nesting_are_refused_in_place() {
    let e = err::<T>("title: \"3\u{0}1\"\n");
    assert_eq!(e[0].pos, Pos::new(1, 10));
    assert!(
        e[0].message.english().contains("U+0000"),
        "{}",
        e[0].message.english()
    );
    let deep = format!("title: {}{}\n", "[".repeat(80), "]".repeat(80));
    let e = err::<serde_yaml::Value>(&deep);
    assert_eq!(e[0].pos.line, 1);
    assert!(
        e[0].message.english().contains("nested"),
        "{}",
        e[0].message.english()
    );
}

#[test]
fn alias_bombs_are_refused() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (i, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().enumerate() {
        let prev = ["a", "b", "c", "d", "e", "f", "g", "h"][i];
        let refs = vec![format!("*{prev}"); 9].join(", ");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    let e = err::<serde_yaml::Value>(&text);
    assert!(e[0].pos.line > 0, "{e:?}");
    assert!(
        e[0].message.english().contains("aliases"),
        "{}",
        e[0].message.english()
    );
}

#[test]
fn places_come_from_the_parser() {
    let text = "title: x\nlanguages:\n  vi: {name: V}\n  en:\n    name: E\ndate: 07/09/2023\nlist:\n  - name: a\n    values:\n      members: 5\n  - {name: b, values: {members: 7}}\n";
    let (_, doc) = from_str::<serde_yaml::Value>(text).unwrap();
    assert_eq!(doc.pos(&["date"]), Pos::new(6, 7));
    assert_eq!(doc.pos(&["languages", "en"]), Pos::new(5, 5));
    assert_eq!(doc.pos(&["languages", "vi", "name"]), Pos::new(3, 14));
    assert_eq!(doc.pos(&["languages", "en", "name"]), Pos::new(5, 11));
    assert_eq!(doc.pos(&["languages", "fr"]), doc.pos(&["languages"]));
    assert_eq!(
        doc.pos(&["list", "#0", "values", "members"]),
        Pos::new(10, 16)
    );
    assert_eq!(
        doc.pos(&["list", "#1", "values", "members"]),
        Pos::new(11, 33)
    );
    assert!(doc.at(&["missing"]).is_none());
    assert_eq!(
        doc.at(&["list", "#0", "values", "members"])
            .and_then(Node::scalar),
        Some("5")
    );
}

#[test]
fn one_problem_does_not_hide_the_others() {
    // A key written twice, an unknown key alone in its map, two unknown keys on one line.
    let text = "title: a\ntitle: b\ninner: {c: 1}\nextra: {x: 1, y: 2}\n";
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct U {
        title: String,
        #[serde(default)]
        inner: Option<Inner>,
        #[serde(default)]
        extra: Option<Inner>,
    }
    let e = err::<U>(text);
    let got = places(&e);
    assert_eq!(
        got,
        vec![
            (
                2,
                1,
                "the key \"title\" is written twice in this map (first on line 1)"
            ),
            (3, 9, "inner: unknown key \"c\""),
            (4, 9, "extra: unknown key \"x\""),
            (4, 15, "extra: unknown key \"y\""),
        ]
    );
}

#[test]
fn a_wrong_value_does_not_hide_the_other_keys() {
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct V {
        title: Option<String>,
        tags: Option<Vec<String>>,
        inner: Option<Inner>,
        n: Option<u32>,
    }
    // Each wrong value at its line; the value read without them, unknown keys as before.
    let text = "title: [a]\ntags: [x, [y]]\ninner: {a: 1, b: no}\nn: 4\ncolour: red\n";
    let r = read::<V>(text, 0);
    let got: Vec<(usize, &str)> = r
        .errors
        .iter()
        .map(|e| {
            (
                e.pos.line,
                e.message.english().leak().split(':').next().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, "title"),
            (2, "tags[1]"),
            (3, "inner.b"),
            (
                5,
                "unknown key \"colour\"; the keys that can be used here are"
            )
        ],
        "{:?}",
        r.errors
    );
    let (v, _) = r.value.expect("read without the wrong values");
    assert_eq!((v.title, v.tags, v.n), (None, None, Some(4)));
    let inner = v.inner.expect("the map keeps its good entry");
    assert_eq!((inner.a, inner.b), (Some(1), None));

    // A key the type needs, with a wrong value: every problem, no value, and no false
    // "title is missing" for the key blanked out.
    let r = read::<T>("title: [a]\ntags: 3\n", 0);
    let lines: Vec<usize> = r.errors.iter().map(|e| e.pos.line).collect();
    assert_eq!(lines, [1, 2], "{:?}", r.errors);
    assert!(r.value.is_none());
    assert!(
        !r.errors
            .iter()
            .any(|e| e.message.english().contains("missing"))
    );
}
