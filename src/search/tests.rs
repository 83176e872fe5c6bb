//! The index as a reader's browser reads it: shards in key order, keys with their marked
//! forms and weights, one fragment per page, the same bytes from the same site.

use super::docs::Doc;
use super::index::build;

fn doc<'a>(url: &'a str, title: &'a str, body: &'a str) -> Doc<'a> {
    Doc {
        url,
        title,
        date: String::new(),
        section: "Tin tức",
        fields: [vec![title], vec![], vec![body]],
        text: body.to_owned(),
        sort: None,
    }
}

fn file(files: &[(String, Vec<u8>)], path: &str) -> serde_json::Value {
    let (_, bytes) = files.iter().find(|(p, _)| p == path).expect(path);
    serde_json::from_slice(bytes).expect("JSON")
}

/// The entry of `key` in whichever shard holds it.
fn entry(files: &[(String, Vec<u8>)], key: &str) -> Option<serde_json::Value> {
    files
        .iter()
        .filter(|(p, _)| p.starts_with("s/"))
        .find_map(|(_, b)| {
            serde_json::from_slice::<serde_json::Value>(b)
                .ok()?
                .get(key)
                .cloned()
        })
}

#[test]
fn words_and_pairs_are_keys_with_their_marked_forms_and_weights() {
    let docs = [
        doc(
            "/a/",
            "Thanh Hóa tôn vinh điển hình",
            "Công đoàn tỉnh Thanh Hoá.",
        ),
        doc("/b/", "Hội nghị", "Đại biểu thanh hoa."),
    ];
    let files = build(&docs);
    // "thanh hoa": page 0 in its title (tier 0), page 1 in its body, each under its marks.
    let pair = entry(&files, "thanh hoa").expect("the pair is a key");
    assert_eq!(pair["thanh hoá"], serde_json::json!([[0], [], []]));
    assert_eq!(pair["thanh hoa"], serde_json::json!([[], [], [1]]));
    // `đ` folds to d; the marked form keeps it.
    let dai = entry(&files, "dai").expect("đại is found as dai");
    assert_eq!(
        dai[super::term("đại").marked],
        serde_json::json!([[], [], [1]])
    );
    assert!(entry(&files, "đại").is_none(), "keys are folded");
    let fragment = file(&files, "f/1.json");
    assert_eq!(fragment["u"], "/b/");
    assert_eq!(fragment["t"], "Hội nghị");
}

#[test]
fn page_ids_are_written_as_differences() {
    let docs: Vec<Doc> = ["/1/", "/2/", "/3/", "/4/"]
        .iter()
        .map(|u| doc(u, "Tin", "sáng kiến"))
        .collect();
    let files = build(&docs);
    let kien = entry(&files, "kien").unwrap();
    assert_eq!(
        kien[super::term("kiến").marked],
        serde_json::json!([[], [], [0, 1, 1, 1]])
    );
}

#[test]
fn shards_are_in_key_order_and_named_by_their_content() {
    let bodies: Vec<String> = (0..400)
        .map(|i| {
            format!(
                "bài số {i} về công đoàn cơ sở và người lao động {}",
                i * 7919
            )
        })
        .collect();
    let docs: Vec<Doc> = bodies.iter().map(|b| doc("/x/", "Tin", b)).collect();
    let files = build(&docs);
    let meta = file(&files, "meta.json");
    let shards = meta["shards"].as_array().unwrap();
    assert!(shards.len() > 1, "a large index is split: {}", shards.len());
    let firsts: Vec<&str> = shards.iter().map(|s| s[0].as_str().unwrap()).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "{firsts:?}");
    for s in shards {
        let name = s[1].as_str().unwrap();
        let shard = file(&files, &format!("s/{name}.json"));
        let keys: Vec<&String> = shard.as_object().unwrap().keys().collect();
        assert_eq!(
            keys[0],
            s[0].as_str().unwrap(),
            "the first key is the one listed"
        );
    }
    assert_eq!(build(&docs), files, "the same pages give the same bytes");
}
