//! What changes with the campaign: the words of its level (a province's own campaign ranks
//! "toàn tỉnh", not "toàn quốc"), the names of its kinds of unit, and which columns of its
//! tables some unit fills (a column empty for every unit is not shown).

use super::result_views::{ColumnsView, LevelWords};
use super::views::Views;
use crate::data::Campaign;
use crate::data::schema::CampaignLevel;
use crate::lang::Lang;

impl Views<'_> {
    /// The theme's words for `c`'s level: `<level>_rank`, `<level>_rank_published`, and
    /// `reported_total` (national) or `reported_total_<level>`.
    pub fn level_words(&self, c: &Campaign, lang: Lang) -> LevelWords {
        let level = c.level.as_str();
        let total = match c.level {
            CampaignLevel::National => "reported_total".to_owned(),
            _ => format!("reported_total_{level}"),
        };
        LevelWords {
            rank: self.tr(lang, &format!("{level}_rank"), &[]),
            rank_published: self.tr(lang, &format!("{level}_rank_published"), &[]),
            reported_total: self.tr(lang, &total, &[]),
        }
    }

    /// A kind of unit in the reader's words: its label under campaign.yaml's `unit_kinds:`,
    /// else the theme's `kind_<kind>`.
    pub fn kind_label(&self, c: &Campaign, kind: &str, lang: Lang) -> String {
        match c.unit_kinds.iter().find(|(id, _)| id == kind) {
            Some((_, label)) => self.config.text(label, lang).to_owned(),
            None => self.tr(lang, &format!("kind_{kind}"), &[]),
        }
    }

    /// The columns of `c`'s ranking that some unit fills.
    pub fn columns(&self, c: &Campaign) -> ColumnsView {
        let by = c.rank_by;
        ColumnsView {
            cluster: c.units.iter().any(|u| u.cluster.is_some()),
            target: c.units.iter().any(|u| u.target[by].is_some()),
            percent: c.units.iter().any(|u| u.percent[by].is_some()),
        }
    }
}
