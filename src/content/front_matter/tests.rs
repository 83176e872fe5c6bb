//! Front matter on small inputs: keys read and placed in the file, every wrong key reported
//! while the others are read, web addresses refused.

use super::*;

fn tz() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).unwrap()
}

#[test]
fn splits_and_reads_known_and_extra_keys() {
    let src = "---\ntitle: \"A: b\"\ndate: 2023-09-07\ntags: [sáng kiến, 2023]\nmood: happy\n---\n\nBody\n";
    let s = split(src, tz()).unwrap();
    assert_eq!(s.front_matter.title.as_deref(), Some("A: b"));
    assert_eq!(s.front_matter.tags, vec!["sáng kiến", "2023"]);
    assert!(s.front_matter.date_only);
    let same = split("---\ntags: [Thanh Hóa, Thanh Hoá, x]\n---\n", tz()).unwrap();
    assert_eq!(
        same.front_matter.tags,
        vec!["Thanh Hóa", "x"],
        "one tag, as first written"
    );
    assert_eq!(s.front_matter.extra["mood"], "happy");
    assert!(!s.front_matter.extra.contains_key("title"));
    assert_eq!(s.body, "\nBody\n");
    assert_eq!(s.body_line, 6);
}

#[test]
fn errors_are_placed_in_the_file() {
    let src = "---\ntitle: x\nauthor: a\ndate: 07/09/2023\n---\n";
    let s = split(src, tz()).unwrap();
    let e = &s.problems;
    assert_eq!(e[0].pos, Pos::new(4, 7));
    assert!(
        e[0].message
            .english()
            .starts_with("date \"07/09/2023\" is not a date")
    );
    assert_eq!(
        s.front_matter.author.as_deref(),
        Some("a"),
        "the rest is read"
    );

    let e = split("---\ntitle: x\ndraft: maybe\n---\n", tz())
        .unwrap()
        .problems;
    assert_eq!(e[0].pos.line, 3);
    assert!(e[0].message.english().contains("draft"), "{}", e[0].message);

    let e = split("---\ntitle: [x\n---\n", tz()).unwrap_err();
    assert!(e[0].pos.line >= 2);

    let e = split("---\ntitle: x\n", tz()).unwrap_err();
    assert!(e[0].message.english().contains("never closed"));
}

#[test]
fn tags_need_letters_or_digits() {
    let s = split("---\ntitle: x\ntags: [ok, \"!!!\"]\n---\n", tz()).unwrap();
    let e = &s.problems;
    assert_eq!(e[0].pos, Pos::new(3, 7));
    assert!(
        e[0].message
            .english()
            .starts_with("tags: \"!!!\" has no letters"),
        "{}",
        e[0].message.english()
    );
    assert_eq!(
        s.front_matter.tags,
        ["ok"],
        "the tag without a web address is left out"
    );
    let s = split("---\ntitle: x\ncategory: \"!\"\ntags: [\" \"]\n---\n", tz()).unwrap();
    assert_eq!(s.problems.len(), 2, "{:?}", s.problems);
    assert_eq!(s.front_matter.category, None);
}

#[test]
fn every_wrong_key_is_reported_and_the_others_are_read() {
    let s = split(
        "---\ntitle: [x]\ndate: 2023-09-07\ntags: 5\ndraft: maybe\nauthor: An\n---\nBody\n",
        tz(),
    )
    .unwrap();
    let lines: Vec<usize> = s.problems.iter().map(|p| p.pos.line).collect();
    assert_eq!(lines, [2, 4, 5], "{:?}", s.problems);
    assert_eq!(s.front_matter.author.as_deref(), Some("An"));
    assert!(s.front_matter.date.is_some());
    assert_eq!(s.body, "Body\n");
}

#[test]
fn no_front_matter_is_all_body() {
    let s = split("# Hi\n", tz()).unwrap();
    assert_eq!(s.body, "# Hi\n");
    assert!(s.front_matter.title.is_none());
}

/// What `new` writes to fill in later means "none" while it is empty.
#[test]
fn empty_category_summary_and_author_are_none() {
    let src = "---\ntitle: x\nauthor: \"\"\ncategory: \"\"\ntags: []\nsummary: \" \"\n---\n";
    let fm = split(src, tz()).unwrap().front_matter;
    assert_eq!(fm.category, None);
    assert_eq!(fm.summary, None);
    assert_eq!(fm.author, None);
    assert!(fm.tags.is_empty());
}
