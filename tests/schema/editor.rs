//! What an editor's text editor is given: `schema` writes the four schemas, each a draft 2020-12
//! schema by the validator's meta-schema; `init` writes them with a `.vscode/settings.json` whose
//! schemas exist and whose globs name every YAML file of the new site; the repository's own
//! settings point at `schemas/`; the schemas share their common definitions word for word.

use std::ffi::OsStr;
use std::path::Path;

use campaign_site::cmd::schema::DEFAULT_DIR;
use serde_json::Value;

use crate::common::{campaign_site, campaign_site_in};
use crate::{Kind, Schemas};

/// Whether `path` (relative, with `/`) matches `glob`, where `*` stands for any characters but `/`.
fn matches(glob: &str, path: &str) -> bool {
    let (g, p): (Vec<&str>, Vec<&str>) = (glob.split('/').collect(), path.split('/').collect());
    g.len() == p.len() && g.iter().zip(&p).all(|(g, p)| segment_matches(g, p))
}

fn segment_matches(glob: &str, name: &str) -> bool {
    match glob.split_once('*') {
        None => glob == name,
        Some((head, tail)) => {
            name.starts_with(head)
                && (0..=name.len() - head.len()).any(|i| {
                    name.is_char_boundary(head.len() + i)
                        && segment_matches(tail, &name[head.len() + i..])
                })
        }
    }
}

/// The `yaml.schemas` of the settings file of the site at `root`: each schema file with its globs.
fn yaml_schemas(root: &Path) -> Vec<(String, Vec<String>)> {
    let path = root.join(".vscode/settings.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let settings: Value = serde_json::from_str(&text).expect("settings.json is JSON");
    let map = settings["yaml.schemas"]
        .as_object()
        .expect("yaml.schemas is a map");
    map.iter()
        .map(|(schema, globs)| {
            let globs = match globs {
                Value::String(g) => vec![g.clone()],
                other => other
                    .as_array()
                    .expect("globs are a list")
                    .iter()
                    .map(|g| g.as_str().expect("a glob").to_owned())
                    .collect(),
            };
            (schema.clone(), globs)
        })
        .collect()
}

/// Every schema the settings name exists in the site at `root` and is the one of its files.
fn assert_settings_point_at_schemas(root: &Path, schema_dir: &str) {
    let schemas = yaml_schemas(root);
    assert_eq!(
        schemas.len(),
        3,
        "site.yaml, campaign.yaml, unit files: {schemas:?}"
    );
    for (schema, _) in &schemas {
        assert!(
            root.join(schema).is_file(),
            "{schema} is not in {}",
            root.display()
        );
        assert!(schema.starts_with(&format!("{schema_dir}/")), "{schema}");
    }
    let globs_of = |name: &str| -> Vec<String> {
        let (_, globs) = schemas
            .iter()
            .find(|(s, _)| s.ends_with(&format!("/{name}")))
            .unwrap_or_else(|| panic!("no {name} in the settings"));
        globs.clone()
    };
    assert_eq!(globs_of("site.schema.json"), ["site.yaml"]);
    assert!(
        globs_of("campaign.schema.json")
            .iter()
            .any(|g| matches(g, "content/results/a/campaign.yaml"))
    );
    assert!(
        globs_of("unit.schema.json")
            .iter()
            .any(|g| matches(g, "content/results/a/units/b.yaml"))
    );
}

#[test]
fn init_writes_the_schemas_and_settings_that_name_every_yaml_file() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let written = campaign_site::cmd::init::run(&site).expect("init");
    for k in Kind::ALL {
        let rel = Path::new(DEFAULT_DIR).join(k.file_name());
        assert!(written.contains(&rel), "{} in {written:?}", rel.display());
        let on_disk = std::fs::read_to_string(site.join(&rel)).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&on_disk).unwrap(), k.schema());
    }
    assert_settings_point_at_schemas(&site, DEFAULT_DIR);
    let schemas = yaml_schemas(&site);
    for entry in walkdir::WalkDir::new(site.join("content")) {
        let path = entry.unwrap().into_path();
        let rel = path
            .strip_prefix(&site)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with(".yaml") {
            let kind = Kind::of(&rel).expect("a described file");
            let (schema, _) = schemas
                .iter()
                .find(|(_, globs)| globs.iter().any(|g| matches(g, &rel)))
                .unwrap_or_else(|| panic!("no schema for {rel}"));
            assert!(
                schema.ends_with(kind.file_name()),
                "{rel} is checked by {schema}"
            );
        }
    }
    let extensions = std::fs::read_to_string(site.join(".vscode/extensions.json")).unwrap();
    assert!(extensions.contains("redhat.vscode-yaml"), "{extensions}");
}

#[test]
fn the_repository_settings_point_at_its_schemas() {
    assert_settings_point_at_schemas(Path::new(env!("CARGO_MANIFEST_DIR")), "schemas");
}

#[test]
fn schema_writes_four_draft_2020_12_schemas() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("lược đồ");
    let run = campaign_site([
        OsStr::new("schema"),
        OsStr::new("--output"),
        out.as_os_str(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    for k in Kind::ALL {
        let path = out.join(k.file_name());
        assert!(
            lines.contains(&format!("wrote {}", path.display()).as_str()),
            "{}",
            run.stdout
        );
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("{} is not a draft 2020-12 schema: {e}", k.file_name());
        }
    }
    Schemas::compiled();

    // Without --output, into .schemas/ of the site; run from the site's folder.
    let site = tmp.path().join("site");
    std::fs::create_dir(&site).unwrap();
    std::fs::write(site.join("site.yaml"), "title: x\n").unwrap();
    let run = campaign_site_in(&site, ["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.join(".schemas/unit.schema.json").is_file(),
        "{}",
        run.stdout
    );
}

#[test]
fn schema_names_an_output_that_is_a_file_and_a_folder_without_a_site() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("notes.txt");
    std::fs::write(&file, "ghi chú").unwrap();
    let run = campaign_site([
        OsStr::new("schema"),
        OsStr::new("--output"),
        file.as_os_str(),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.stderr.trim(),
        format!(
            "error: {} is a file, not a folder; give a folder for the schemas",
            file.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "ghi chú");

    let run = campaign_site_in(tmp.path(), ["schema"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no site.yaml in"), "{}", run.stderr);
    assert!(!tmp.path().join(DEFAULT_DIR).exists());
}

/// The definitions two schemas share (a localised text, a figure, a date) are the same in each.
#[test]
fn shared_definitions_are_the_same_in_every_schema() {
    let shared = [
        ("localized", &[Kind::Site, Kind::Campaign, Kind::Unit][..]),
        ("languageText", &[Kind::Site, Kind::Campaign, Kind::Unit]),
        ("count", &[Kind::Campaign, Kind::Unit]),
        ("positive", &[Kind::Campaign, Kind::Unit]),
        ("ordinal", &[Kind::Campaign, Kind::Unit]),
        ("figure", &[Kind::Campaign, Kind::Unit]),
        ("day", &[Kind::Campaign, Kind::Unit]),
    ];
    for (def, kinds) in shared {
        let first = &kinds[0].schema()["$defs"][def];
        assert!(first.is_object(), "{def} in {:?}", kinds[0]);
        for k in &kinds[1..] {
            assert_eq!(&k.schema()["$defs"][def], first, "{def} in {k:?}");
        }
    }
}

/// Every property and definition is described in Vietnamese, then in English: `... / ...`.
#[test]
fn every_property_is_described_in_both_languages() {
    fn walk(node: &Value, at: &str, missing: &mut Vec<String>) {
        let Some(map) = node.as_object() else {
            if let Some(items) = node.as_array() {
                items.iter().for_each(|v| walk(v, at, missing));
            }
            return;
        };
        for (key, value) in map {
            if key == "properties" || key == "$defs" {
                for (name, schema) in value.as_object().expect("a map of schemas") {
                    let said = schema["description"].as_str().unwrap_or_default();
                    let vi = said.split(" / ").next().unwrap_or_default();
                    if said.split(" / ").count() < 2 || vi.is_ascii() {
                        missing.push(format!("{at}/{key}/{name}"));
                    }
                }
            }
            walk(value, &format!("{at}/{key}"), missing);
        }
    }
    let mut missing = Vec::new();
    for k in Kind::ALL {
        walk(&k.schema(), k.file_name(), &mut missing);
    }
    assert!(
        missing.is_empty(),
        "without a description in both languages: {missing:#?}"
    );
}
