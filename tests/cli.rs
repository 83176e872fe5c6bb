//! The command line an editor meets: help for every command, the version, and the example site.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

/// The exit code, stdout and stderr of the binary run with `args`.
fn run(args: &[&str]) -> (i32, String, String) {
    let run = common::campaign_site(args);
    (run.code, run.stdout, run.stderr)
}

#[test]
fn help_and_version() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("build"), "{out}");
    let (code, out, _) = run(&["build", "--help"]);
    assert_eq!(code, 0);
    for flag in ["--root", "--output", "--base-url", "--drafts"] {
        assert!(out.contains(flag), "{flag} in {out}");
    }
    let (code, out, _) = run(&["new", "--help"]);
    assert_eq!(code, 0);
    for word in ["--bundle", "--new-section", "web address"] {
        assert!(out.contains(word), "{word} in {out}");
    }
    let (code, out, _) = run(&["check", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--drafts"), "{out}");
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!("campaign-site {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_folder_without_site_yaml_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = run(&["build", "--root", tmp.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.starts_with("site.yaml: no site.yaml in"), "{err}");
}

#[test]
fn the_example_site_builds_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let root = env!("CARGO_MANIFEST_DIR");
    let (code, stdout, stderr) = run(&["build", "--root", root, "--output", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("built "), "{stdout}");
    let read =
        |p: &str| std::fs::read_to_string(out.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));

    let vi = read("tin-tuc/thanh-hoa-ton-vinh-dien-hinh/index.html");
    assert!(vi.contains("<html lang=\"vi\">"));
    assert!(
        vi.contains("21:28 - 07/09/2023"),
        "Vietnamese time in the byline"
    );
    assert!(
        vi.contains("600.175"),
        "the seed's figure, in Vietnamese notation"
    );
    assert!(vi.contains("href=\"/en/news/thanh-hoa-ton-vinh-dien-hinh/\" hreflang=\"en\""));
    let en = read("en/news/thanh-hoa-ton-vinh-dien-hinh/index.html");
    assert!(en.contains("7 September 2023"));
    assert!(en.contains("600,175"));

    let lai_chau = read("tin-tuc/lai-chau-tong-ket-chuong-trinh/index.html");
    assert!(lai_chau.contains("<figcaption>Các đại biểu tham dự Hội nghị.</figcaption>"));
    assert!(lai_chau.contains("3.666"));
    assert!(
        lai_chau.contains("href=\"/tin-tuc/thanh-hoa-ton-vinh-dien-hinh/\""),
        "the .md link was rewritten"
    );
    // Photos are published as their processed variants only: the camera original, with its
    // metadata, stays in the sources, and no published file carries EXIF.
    assert!(
        !out.join("tin-tuc/lai-chau-tong-ket-chuong-trinh/dai-bieu-tham-du.jpg")
            .exists()
    );
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            assert!(
                !bytes.windows(6).any(|w| w == b"Exif\0\0"),
                "{} carries EXIF",
                entry.path().display()
            );
        }
    }
    assert!(
        !out.join("en/news/lai-chau-tong-ket-chuong-trinh/dai-bieu-tham-du.jpg")
            .exists()
    );

    let only_vi = read("tin-tuc/lich-tong-ket/index.html");
    assert!(
        only_vi.contains("<a href=\"/en/\" hreflang=\"en\" lang=\"en\""),
        "no translation: the switcher leads home"
    );
    for f in [
        "index.html",
        "en/index.html",
        "404.html",
        "en/404.html",
        "atom.xml",
        "en/atom.xml",
        "sitemap.xml",
        "robots.txt",
        "style.css",
    ] {
        assert!(out.join(f).is_file(), "{f}");
    }
}

#[test]
fn schema_writes_the_schemas_where_asked() {
    let (code, out, _) = run(&["schema", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--output"), "{out}");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("schemas");
    let root = env!("CARGO_MANIFEST_DIR");
    let (code, out, err) = run(&["schema", "--root", root, "--output", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    for name in [
        "site.schema.json",
        "front-matter.schema.json",
        "campaign.schema.json",
        "unit.schema.json",
    ] {
        let written = std::fs::read_to_string(dir.join(name)).unwrap();
        let source = std::fs::read_to_string(format!("{root}/schemas/{name}")).unwrap();
        assert_eq!(written, source, "{name} as in schemas/");
        assert!(
            out.contains(&format!("wrote {}", dir.join(name).display())),
            "{out}"
        );
    }
}

#[test]
fn a_reader_that_stops_early_does_not_make_a_panic() {
    // `check 2>&1 >/dev/null | true`: the pipe is closed before the first problem is written.
    let bin = env!("CARGO_BIN_EXE_campaign-site");
    let site = common::fixture("check_broken_link");
    let line = format!(
        "set -o pipefail; '{bin}' check --root '{}' 2>&1 >/dev/null | true",
        site.display()
    );
    let status = std::process::Command::new("bash")
        .args(["-c", &line])
        .env("CAMPAIGN_SITE_LANG", "en")
        .status()
        .expect("bash runs");
    assert_eq!(
        status.code(),
        Some(1),
        "the exit code of a site with problems"
    );
}
