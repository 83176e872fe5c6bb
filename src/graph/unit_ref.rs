//! An article's `unit:` (and `campaign:`) resolved to the campaign unit it reports on.

use super::front::ParsedDoc;
use crate::data::Campaign;
use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::msg;
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
                        msg!("graph-campaign-unknown", id = id, campaigns = names(&known)),
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
                msg!("graph-unit-unknown", unit = unit, units = names(&known)),
            ))
        }
        _ => Err(Diagnostic::error(
            &d.src.shown,
            at("unit"),
            msg!("graph-unit-ambiguous", unit = unit),
        )),
    }
}

/// The names the editor may choose from, or the word for none.
fn names(known: &[&str]) -> Message {
    if known.is_empty() {
        msg!("graph-none")
    } else {
        msg!("graph-names", names = known.join(", "))
    }
}
