//! What must hold before an import reads a row: the options and the map file agree with the
//! campaign (a kind of unit it knows, units it has, a source with a title and a web address).

use super::changes::SourceArg;
use super::outcome::ImportOptions;
use super::{load, map};
use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;

/// What must hold before a row is read: the kind of new units is one of the campaign's, and
/// each unit the map names exists (or, with `--new-units`, is a file name to create).
pub fn problems(
    opts: &ImportOptions,
    map: &map::Map,
    campaign: &load::Campaign,
) -> Vec<Diagnostic> {
    let c = &campaign.record;
    let mut problems = Vec::new();
    let known = crate::data::known_kinds(c);
    let given = match (&opts.kind, &map.kind) {
        (Some(k), _) => Some((k.as_str(), "--kind".into(), Pos::UNKNOWN)),
        (None, Some((k, pos))) => Some((k.as_str(), map.path.clone(), *pos)),
        (None, None) => None,
    };
    if let Some((kind, path, pos)) = given.filter(|(k, _, _)| !known.contains(k)) {
        let m = msg!(
            "data-unit-kind-unknown",
            kind = kind,
            kinds = known.join(", "),
            file = &c.source
        );
        problems.push(Diagnostic::error(path, pos, m));
    }
    problems.extend(source_problems(&opts.source));
    for (_, id, pos) in &map.units {
        if id.is_empty() || crate::text::slugify(id) != *id {
            let m = msg!("import-map-unit-id", id = id.as_str());
            problems.push(Diagnostic::error(&map.path, *pos, m));
        }
    }
    if !opts.new_units {
        let ids: Vec<&str> = campaign
            .units
            .iter()
            .map(|u| u.record.id.as_str())
            .collect();
        problems.extend(map::unknown_units(map, &ids, &opts.campaign));
    }
    problems
}

/// A source needs a title, and its address is a web page's.
fn source_problems(source: &SourceArg) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if let Some(url) = source
        .url
        .as_deref()
        .filter(|u| !crate::data::is_web_address(u))
    {
        let m = msg!("import-source-not-web", url = url);
        problems.push(Diagnostic::error("--source-url", Pos::UNKNOWN, m));
    }
    let titled = source
        .title
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty());
    if !titled && (source.url.is_some() || source.title.is_some()) {
        let m = msg!("import-source-needs-title");
        problems.push(Diagnostic::error("--source-title", Pos::UNKNOWN, m));
    }
    problems
}
