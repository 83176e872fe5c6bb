//! The index as a reader's browser reads it: keys with their marked forms and the pages of
//! each tier, buckets split by the next letter while too large, one fragment per page, the
//! same bytes from the same pages.

use super::docs::Doc;
use super::index::build;
use super::postings::decode;
use super::term;

fn doc<'a>(url: &'a str, title: &'a str, body: &'a str) -> Doc<'a> {
    Doc {
        url,
        title,
        date: String::new(),
        section: "Tin tức",
        fields: [vec![title.into()], vec![], vec![body.into()]],
        text: body.to_owned(),
        sort: None,
        article: None,
    }
}

fn json(files: &[(String, Vec<u8>)], path: &str) -> serde_json::Value {
    let (_, bytes) = files.iter().find(|(p, _)| p == path).expect(path);
    serde_json::from_slice(bytes).expect("JSON")
}

/// The pages of `key` in its marked form `marked`, per tier, from whichever bucket holds it.
fn pages(files: &[(String, Vec<u8>)], key: &str, marked: &str) -> Option<Vec<Vec<u32>>> {
    files
        .iter()
        .filter(|(p, _)| p.starts_with("s/"))
        .find_map(|(_, b)| {
            let bucket: serde_json::Value = serde_json::from_slice(b).ok()?;
            Some(decode(bucket.get(key)?.get(marked)?.as_str()?))
        })
}

#[test]
fn words_and_pairs_are_keys_with_their_marked_forms_and_weights() {
    let mut docs = [
        doc(
            "/a/",
            "Thanh Hóa tôn vinh điển hình",
            "Công đoàn tỉnh Thanh Hoá.",
        ),
        doc("/b/", "Hội nghị", "Đại biểu thanh hoa."),
    ];
    let files = build(&mut docs, &|_| Ok(()), &Ok).unwrap();
    // "thanh hoa": page 0 in its title (tier 0), page 1 in its text, each under its marks.
    let marked = term("Hóa").marked;
    assert_eq!(
        pages(&files, "thanh hoa", &format!("thanh {marked}")),
        Some(vec![vec![0], vec![], vec![]])
    );
    assert_eq!(
        pages(&files, "thanh hoa", "thanh hoa"),
        Some(vec![vec![], vec![], vec![1]])
    );
    // `đ` folds to d; the marked form keeps it.
    assert_eq!(
        pages(&files, "dai", &term("đại").marked),
        Some(vec![vec![], vec![], vec![1]])
    );
    assert!(
        pages(&files, "đại", &term("đại").marked).is_none(),
        "keys are folded"
    );
    // Four pages' results to a file: page 1 is the second of f/0.json.
    let fragment = &json(&files, "f/0.json")[1];
    assert_eq!(fragment["u"], "/b/");
    assert_eq!(fragment["t"], "Hội nghị");
}

#[test]
fn page_lists_are_written_as_small_differences() {
    let mut docs: Vec<Doc> = (0..40).map(|_| doc("/x/", "Tin", "sáng kiến")).collect();
    let files = build(&mut docs, &|_| Ok(()), &Ok).unwrap();
    let all: Vec<u32> = (0..40).collect();
    let kien = pages(&files, "kien", &term("kiến").marked).unwrap();
    assert_eq!(kien, vec![vec![], vec![], all]);
    // Forty pages in a row take one character each.
    let bucket = files.iter().find(|(p, _)| p.starts_with("s/")).unwrap();
    let text = String::from_utf8(bucket.1.clone()).unwrap();
    assert!(text.contains(&format!(",,{}", "A".repeat(40))), "{text}");
}

#[test]
fn large_buckets_are_split_by_the_next_letter() {
    let bodies: Vec<String> = (0..400)
        .map(|i| {
            format!(
                "bài số {i} về công đoàn cơ sở và người lao động {}",
                i * 7919
            )
        })
        .collect();
    let mut docs: Vec<Doc> = bodies.iter().map(|b| doc("/x/", "Tin", b)).collect();
    let files = build(&mut docs, &|_| Ok(()), &Ok).unwrap();
    let meta = json(&files, "meta.json");
    let split = meta["split"].as_object().unwrap();
    assert!(split.len() > 1, "a large index is split: {split:?}");
    // Every bucket a split names exists, and holds only keys with its letters.
    for (prefix, letters) in split {
        for letter in letters.as_str().unwrap().chars() {
            let part = format!("{prefix}{letter}");
            if split.contains_key(&part) {
                continue;
            }
            let hex: String = part.bytes().map(|b| format!("{b:02x}")).collect();
            let bucket = json(&files, &format!("s/_{hex}.json"));
            for key in bucket.as_object().unwrap().keys() {
                match part.strip_suffix('$') {
                    Some(whole) => assert_eq!(key, whole),
                    None => assert!(key.starts_with(&part), "{key} in {part}"),
                }
            }
        }
    }
    assert!(
        pages(
            &files,
            "cong doan",
            &format!("{} {}", term("công").marked, term("đoàn").marked)
        )
        .is_some()
    );
    assert_eq!(
        build(&mut docs, &|_| Ok(()), &Ok).unwrap(),
        files,
        "the same pages give the same bytes"
    );
}
