//! An article's `unit:` (and `campaign:`) resolved to the campaign unit it reports on.

use super::front::ParsedDoc;
use crate::data::Campaign;
use crate::diagnostics::Diagnostic;
use crate::text::slugify;

/// The (campaign, unit) that an article's `unit:` (and `campaign:`) name.
pub fn resolve_unit(
    campaigns: &[Campaign],
    campaign_failed: bool,
    d: &ParsedDoc,
    unit: &str,
) -> Result<Option<(usize, usize)>, Diagnostic> {
    let at = |key: &str| d.fm.place(key);
    let candidates: Vec<usize> = match d.fm.campaign.as_deref() {
        Some(id) => {
            let slug = slugify(id);
            match campaigns.iter().position(|c| c.slug == slug) {
                Some(c) => vec![c],
                None => {
                    let known: Vec<&str> = campaigns.iter().map(|c| c.id.as_str()).collect();
                    return Err(Diagnostic::error(
                        &d.src.shown,
                        at("campaign"),
                        format!(
                            "campaign \"{id}\" does not exist (campaigns: {}); use the name of a folder under content/results/",
                            if known.is_empty() {
                                "none".to_owned()
                            } else {
                                known.join(", ")
                            }
                        ),
                    ));
                }
            }
        }
        None => (0..campaigns.len()).collect(),
    };
    let found: Vec<(usize, usize)> = candidates
        .iter()
        .filter_map(|&c| campaigns[c].unit(unit).map(|u| (c, u)))
        .collect();
    match found.as_slice() {
        [one] => Ok(Some(*one)),
        [] if campaign_failed
            || candidates
                .iter()
                .any(|&c| campaigns[c].failed_units.contains(&slugify(unit))) =>
        {
            Ok(None)
        }
        [] => {
            let mut known: Vec<&str> = candidates
                .iter()
                .flat_map(|&c| campaigns[c].units.iter().map(|u| u.id.as_str()))
                .collect();
            known.sort_unstable();
            Err(Diagnostic::error(
                &d.src.shown,
                at("unit"),
                format!(
                    "unit \"{unit}\" is not a unit of any campaign (units: {}); use the name of a file in a campaign's units/ folder",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ),
            ))
        }
        _ => Err(Diagnostic::error(
            &d.src.shown,
            at("unit"),
            format!("unit \"{unit}\" is in more than one campaign; add campaign: to say which"),
        )),
    }
}
