//! Shortcodes read from small bodies: the arguments and their places, what is not a figure,
//! what is left in code, each way of writing one wrong, and placeholders of the same length.

use super::*;

fn one(body: &str) -> Result<Call, (usize, String)> {
    let mut found = find(body, &[]);
    assert_eq!(found.len(), 1, "{found:?}");
    found
        .remove(0)
        .call
        .map_err(|(at, m)| (at, crate::messages::Catalogue::english().text(&m)))
}

#[test]
fn arguments_are_read_with_their_places() {
    let body = "Có {{ figure(unit=\"lai-chau\", metric='initiatives', link=true) }} sáng kiến.";
    let call = one(body).unwrap();
    assert_eq!(call.at, body.find("{{").unwrap());
    let names: Vec<&str> = call.args.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["unit", "metric", "link"]);
    assert_eq!(call.args[0].value, Value::Text("lai-chau".into()));
    assert_eq!(call.args[1].value, Value::Text("initiatives".into()));
    assert_eq!(call.args[2].value, Value::Bool(true));
    assert_eq!(&body[call.args[1].at..call.args[1].at + 6], "metric");
    assert_eq!(&body[call.args[1].value_at..call.args[1].value_at + 1], "'");
    let found = find(body, &[]);
    assert_eq!(
        &body[found[0].range.clone()],
        "{{ figure(unit=\"lai-chau\", metric='initiatives', link=true) }}"
    );
}

#[test]
fn spaces_and_line_ends_inside_are_allowed_but_not_a_blank_line() {
    let call = one("{{figure(unit=\"a\",\n  metric = \"b\" ,)}}").unwrap();
    assert_eq!(call.args.len(), 2);
    let (at, text) = one("{{ figure(unit=\"a\",\n\nmetric=\"b\") }}").unwrap_err();
    assert_eq!(at, 0);
    assert!(text.starts_with("this figure is not closed"), "{text}");
}

#[test]
fn other_double_braces_are_not_figures() {
    for body in [
        "{{ title }}",
        "{{ figures(x=1) }}",
        "{{ figure_x() }}",
        "{{\nfigure() }}",
        "{{{ }}}",
        "a {{ b",
    ] {
        assert!(find(body, &[]).is_empty(), "{body}");
    }
}

#[test]
fn code_ranges_are_skipped() {
    let body = "`{{ figure(metric=\"x\") }}` and {{ figure(metric=\"y\") }}";
    let end = body.find(" and").unwrap();
    let code = [Range { start: 0, end }];
    let found = find(body, &code);
    assert_eq!(found.len(), 1);
    let call = found[0].call.as_ref().unwrap();
    assert_eq!(call.args[0].value, Value::Text("y".into()));
}

#[test]
fn each_mistake_is_named_where_it_is() {
    let cases = [
        (
            "{{ figure unit=\"a\" }}",
            10,
            "after {{ figure, expected ( but found \"unit\"",
        ),
        (
            "{{ figure(\"a\") }}",
            10,
            "expected an argument of the figure",
        ),
        (
            "{{ figure(unit \"a\") }}",
            15,
            "expected = after unit, but found \"\"\"",
        ),
        ("{{ figure(unit=) }}", 15, "unit= has no value: found \")\""),
        (
            "{{ figure(unit=\"a\" metric=\"b\") }}",
            19,
            "expected a comma before the next argument",
        ),
        (
            "{{ figure(unit=\"a\") }",
            20,
            "expected }} after the ) of the figure, but found \"}\"",
        ),
        (
            "{{ figure(unit=\"a) }}",
            15,
            "the value of unit has no closing quote",
        ),
        ("{{ figure(unit=\"a\"", 0, "this figure is not closed"),
        ("{{ figure(", 0, "this figure is not closed"),
    ];
    for (body, at, text) in cases {
        let (found_at, found) = one(body).unwrap_err();
        assert_eq!(found_at, at, "{body}: {found}");
        assert!(found.starts_with(text), "{body}: {found}");
    }
}

#[test]
fn placeholders_keep_every_offset() {
    let body = "A {{ figure(metric=\"x\") }}, b {{ figure(metric=\"y\") }}.\nC";
    let ranges: Vec<Range<usize>> = find(body, &[]).into_iter().map(|f| f.range).collect();
    let hidden = hide(body, &ranges);
    assert_eq!(hidden.len(), body.len());
    assert_eq!(hidden.find(", b"), body.find(", b"));
    assert_eq!(hidden.find(".\nC"), body.find(".\nC"));
    assert!(!hidden.contains("{{"));
    let pieces = pieces(&hidden);
    assert_eq!(
        pieces,
        [
            Piece::Text("A "),
            Piece::Figure(0),
            Piece::Text(", b "),
            Piece::Figure(1),
            Piece::Text(".\nC"),
        ]
    );
}

#[test]
fn a_stray_placeholder_mark_is_text() {
    let text = "a \u{E000} b \u{E000}xx\u{E001} c";
    let joined: String = pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_owned(),
            Piece::Figure(n) => format!("<{n}>"),
        })
        .collect();
    assert_eq!(joined, text);
}
