//! `campaign-site check`: the whole pipeline in memory, nothing written; statistics that
//! contradict themselves are errors here, where `build` only warns.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Pos, Severity};
use crate::lang::Lang;
use crate::messages::Message;
use crate::msg;
use crate::{Failure, Options, Report, Site, examine};

/// Every problem found in one run: the build's own, broken internal links and anchors, and the
/// problems that are only warnings in `build` (promoted to errors); pages missing a translation,
/// or whose translation is a draft, are warnings. With `drafts`, the site is checked as
/// `build --drafts` makes it. Sorted, with how many files could not be checked. The checks of
/// every stage run on what the site has, even when it has errors.
pub fn run(root: &Path, drafts: bool) -> Result<Report, Failure> {
    let promote = |d: Diagnostic| match d.severity {
        Severity::Warning => Diagnostic {
            severity: Severity::Error,
            ..d
        },
        _ => d,
    };
    let opts = Options {
        drafts,
        check_links: true,
        ..Options::default()
    };
    let mut site = examine(root, &opts).map_err(|f| match f {
        Failure::Site(r) => Failure::Site(Report {
            problems: r.problems.into_iter().map(promote).collect(),
            ..r
        }),
        tool => tool,
    })?;
    let mut all: Vec<Diagnostic> = site.strict.iter().cloned().map(promote).collect();
    all.append(&mut site.broken);
    all.extend(missing_translations(&site));
    all.extend(site.errors);
    all.extend(site.warnings);
    all.sort();
    all.dedup();
    Ok(Report {
        problems: all,
        unchecked: site.unchecked,
    })
}

/// An article that exists in some languages but not in all: a warning naming the file to add,
/// or the draft that is not published.
fn missing_translations(site: &Site) -> Vec<Diagnostic> {
    let config = &site.config;
    site.graph
        .articles
        .iter()
        .filter(|a| a.lang.0 == lowest(site, a))
        .flat_map(|a| {
            // A version whose file has no page in this build (reported) still exists.
            let have: Vec<Lang> = std::iter::once(a.lang)
                .chain(a.translations.iter().map(|&t| site.graph.articles[t].lang))
                .chain(
                    config
                        .langs()
                        .filter(|&l| site.failed.contains(&(a.key.clone(), l))),
                )
                .collect();
            config
                .langs()
                .filter(move |l| !have.contains(l))
                .map(move |l| {
                    let language = &config.languages[l.0];
                    let language = msg!(
                        "language-name",
                        code = language.code.as_str(),
                        name = language.name.as_str()
                    );
                    let message = match site.graph.drafts.get(&(a.key.clone(), l)) {
                        Some(draft) => msg!(
                            "content-translation-draft",
                            language = language,
                            draft = draft.as_str()
                        ),
                        None => msg!(
                            "content-translation-missing",
                            language = language,
                            file = translation_name(&a.source, config.code(a.lang), config.code(l))
                        ),
                    };
                    Diagnostic::warning(&a.source, Pos::UNKNOWN, message)
                })
        })
        .collect()
}

/// The language of the first version of an article (the one the warning is given on).
fn lowest(site: &Site, a: &crate::graph::Article) -> usize {
    a.translations
        .iter()
        .map(|&t| site.graph.articles[t].lang.0)
        .chain([a.lang.0])
        .min()
        .unwrap_or(0)
}

/// `content/news/a.vi.md` -> `content/news/a.en.md`; `a.md` (default language) -> `a.en.md`.
fn translation_name(source: &Path, from: &str, to: &str) -> String {
    let shown = crate::diagnostics::display_path(source);
    let stem = shown.strip_suffix(".md").unwrap_or(&shown);
    let stem = stem.strip_suffix(&format!(".{from}")).unwrap_or(stem);
    format!("{stem}.{to}.md")
}

/// `2 errors, 3 warnings`, and how many files could not be checked when some could not.
pub fn summary(report: &Report) -> Message {
    let count = |s: Severity| report.problems.iter().filter(|d| d.severity == s).count();
    msg!(
        "check-summary",
        errors = count(Severity::Error),
        warnings = count(Severity::Warning),
        unchecked = report.unchecked_message()
    )
}
