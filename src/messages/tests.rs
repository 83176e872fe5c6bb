//! The catalogues against each other and against the code: every message the code can say
//! exists in both languages with the same arguments, and no catalogue keeps a message nobody says.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// Each message id of a catalogue file with the variables its text uses.
fn entries(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, _)) = line.split_once(" = ")
        {
            current = Some(id.trim().to_string());
            out.entry(id.trim().to_string()).or_default();
        }
        if let Some(id) = &current {
            let vars = line.split("{ $").skip(1).filter_map(|rest| {
                rest.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                    .next()
                    .map(str::to_string)
            });
            out.entry(id.clone()).or_default().extend(vars);
        }
    }
    out
}

/// Every `msg!("id"` of the code under src/.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.unwrap();
        let this_file = entry.path().ends_with("messages/tests.rs");
        if entry.path().extension().is_some_and(|e| e == "rs") && !this_file {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            for rest in code.join("\n").split("msg!(").skip(1) {
                if let Some(quoted) = rest.trim_start().strip_prefix('"') {
                    ids.insert(quoted.split('"').next().unwrap().to_string());
                }
            }
        }
    }
    ids
}

#[test]
fn both_catalogues_have_the_same_messages_with_the_same_arguments() {
    let vi = entries(include_str!("vi.ftl"));
    let en = entries(include_str!("en.ftl"));
    let only = |a: &BTreeMap<_, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&vi, &en), Vec::<String>::new(), "only in vi.ftl");
    assert_eq!(only(&en, &vi), Vec::<String>::new(), "only in en.ftl");
    for (id, vars) in &en {
        assert_eq!(&vi[id], vars, "the arguments of {id}");
    }
}

#[test]
fn every_message_of_the_code_is_in_the_catalogues_and_every_entry_is_said() {
    let en = entries(include_str!("en.ftl"));
    let code = ids_in_code();
    // Texts looked up by an id made at run time: the command line's help and stage names.
    let dynamic = |id: &str| id.starts_with("cli-") || id.starts_with("stage-");
    let missing: Vec<&String> = code.iter().filter(|id| !en.contains_key(*id)).collect();
    assert_eq!(
        missing,
        Vec::<&String>::new(),
        "said by the code, missing in the catalogues"
    );
    let unused: Vec<&String> = en
        .keys()
        .filter(|id| !code.contains(*id) && !dynamic(id))
        .collect();
    assert_eq!(
        unused,
        Vec::<&String>::new(),
        "in the catalogues, said by no code"
    );
}

#[test]
fn every_stage_of_build_verbose_has_its_name() {
    for lang in MessageLang::ALL {
        let catalogue = Catalogue::new(lang);
        for stage in crate::site::STAGES {
            let id = crate::site::stage_id(stage);
            assert!(catalogue.text_by_id(&id).is_some(), "{id} in {lang:?}");
        }
    }
}

#[test]
fn numbers_are_written_in_the_notation_of_the_language() {
    let m = msg!(
        "check-summary",
        errors = 3666,
        warnings = 1,
        unchecked = msg!("nothing")
    );
    assert_eq!(
        Catalogue::new(MessageLang::Vi).text(&m),
        "3.666 lỗi, 1 cảnh báo"
    );
    assert_eq!(
        Catalogue::new(MessageLang::En).text(&m),
        "3,666 errors, 1 warning"
    );
    let d = msg!("io-other", reason = Arg::Decimal(159.393, 2));
    assert_eq!(Catalogue::new(MessageLang::Vi).text(&d), "159,39");
    assert_eq!(Catalogue::new(MessageLang::En).text(&d), "159.39");
}

#[test]
fn a_message_inside_a_message_is_in_the_same_language() {
    let inner = msg!("io-not-found");
    let outer = msg!("tool-error", text = inner);
    assert_eq!(
        Catalogue::new(MessageLang::Vi).text(&outer),
        "lỗi: không có tệp hoặc thư mục này"
    );
    assert_eq!(outer.english(), "error: it does not exist");
}
