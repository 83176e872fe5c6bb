//! Figures of the data quoted in Markdown by `{{ figure(unit="lai-chau", metric="initiatives") }}`:
//! the call read against the campaigns (`read`), its figure taken from their computed data
//! (`choose`), written in the page's language as the results pages write it (`words`), and
//! linked to the unit's page or the campaign overview when the call asks.

mod choose;
mod read;
mod words;

use std::ops::Range;

use crate::config::Config;
use crate::content::shortcodes::{self, Call, Quote, Quoted};
use crate::data::Campaign;
use crate::graph::names::Names;
use crate::lang::Lang;
use crate::messages::Message;

use read::Stop;

/// What every quoted figure is looked up in: the campaigns, their addresses and the theme's
/// words.
pub struct Quoter<'a> {
    config: &'a Config,
    campaigns: &'a [Campaign],
    /// Whether a campaign.yaml could not be read (its figures cannot be checked).
    campaign_failed: bool,
    /// Per campaign, per language: the overview's URL path.
    campaign_paths: &'a [Vec<String>],
    words: words::Words<'a>,
}

impl<'a> Quoter<'a> {
    pub fn new(
        config: &'a Config,
        campaigns: &'a [Campaign],
        campaign_failed: bool,
        campaign_paths: &'a [Vec<String>],
        names: &'a Names<'a>,
    ) -> Self {
        Quoter {
            config,
            campaigns,
            campaign_failed,
            campaign_paths,
            words: words::Words::new(config, names),
        }
    }

    /// The figure `call` quotes on a page in `lang`, or its problem at a byte offset of the
    /// body. Without the theme's notation (a theme with errors) the call is only checked.
    pub fn quote(&self, call: &Call, lang: Lang) -> Quoted {
        let asked = match read::read(call, self.campaigns, self.campaign_failed) {
            Ok(asked) => asked,
            Err(Stop::Problem(at, message)) => return Quoted::Problem(at, message),
            Err(Stop::Unchecked) => return Quoted::Unchecked,
        };
        let c = &self.campaigns[asked.campaign];
        let chosen = match choose::choose(&asked, c) {
            Ok(chosen) => chosen,
            Err(message) => return Quoted::Problem(call.at, message),
        };
        let text = match self.words.write(&chosen, c, lang) {
            Some(Ok(text)) => text,
            Some(Err(message)) => return Quoted::Problem(call.at, message),
            None => return Quoted::Unchecked,
        };
        let overview = self
            .campaign_paths
            .get(asked.campaign)
            .and_then(|paths| paths.get(lang.0));
        let href = overview.filter(|_| asked.link).map(|overview| {
            let unit = asked
                .unit
                .map_or(String::new(), |u| format!("{}/", c.units[u].slug));
            format!("{}{overview}{unit}", self.config.base_path)
        });
        Quoted::Shown(Quote { text, href })
    }
}

/// A problem of a shortcode in a text: the shortcode's byte range, the problem's offset.
pub type TextProblem = (Range<usize>, usize, Message);

impl Quoter<'_> {
    /// `text` (a front matter's `summary:`, which has no links) with the figures it quotes
    /// written in, and the problems of its shortcodes, each with the byte range of its
    /// shortcode in `text` and its own byte offset there.
    pub fn in_text(&self, text: &str, lang: Lang) -> (String, Vec<TextProblem>) {
        let mut out = String::with_capacity(text.len());
        let mut problems = Vec::new();
        let mut last = 0;
        for found in shortcodes::find(text, &[]) {
            let quoted = match found.call {
                Ok(call) => self.quote(&call, lang),
                Err((at, message)) => Quoted::Problem(at, message),
            };
            match quoted {
                Quoted::Shown(quote) => {
                    out.push_str(&text[last..found.range.start]);
                    out.push_str(&quote.text);
                    last = found.range.end;
                }
                Quoted::Problem(at, message) => problems.push((found.range, at, message)),
                Quoted::Unchecked => {}
            }
        }
        out.push_str(&text[last..]);
        (out, problems)
    }
}

#[cfg(test)]
mod tests;
