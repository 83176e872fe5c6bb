//! What a computed figure counts: the words that go with every sum, rank and share computed
//! from the units present, so that a sum of 5 of 82 units never reads as a national total.

use serde::Serialize;

use super::views::Views;
use crate::data::Campaign;
use crate::data::compute::Basis;
use crate::lang::Lang;

/// The labels of a campaign's computed figures, in the reader's language.
#[derive(Serialize, Clone)]
pub struct CoverageView {
    pub present: usize,
    pub expected: Option<u32>,
    pub complete: bool,
    /// Over a sum of the units: "Cộng từ 5/82 đơn vị".
    pub sum_label: String,
    /// Over a rank computed here: "Hạng giữa 5/82 đơn vị có số liệu".
    pub rank_label: String,
    /// Over a share of that sum: "Tỷ trọng trong tổng của 5 đơn vị".
    pub share_label: String,
    /// Beside a percent of target computed from the sum.
    pub percent_label: String,
}

impl Views<'_> {
    pub fn coverage(&self, c: &Campaign, lang: Lang) -> CoverageView {
        let present = c.units.len().to_string();
        let expected = c.units_expected.map(|n| n.to_string()).unwrap_or_default();
        let args = [
            ("present", present.as_str()),
            ("expected", expected.as_str()),
        ];
        let which = if c.complete() {
            "all"
        } else if c.units_expected.is_some() {
            "some"
        } else {
            "present"
        };
        let label = |what: &str| self.tr(lang, &format!("{what}_{which}_units"), &args);
        CoverageView {
            present: c.units.len(),
            expected: c.units_expected,
            complete: c.complete(),
            sum_label: label("sum"),
            rank_label: label("rank"),
            share_label: label("share"),
            percent_label: label("basis"),
        }
    }

    /// The words beside a campaign-wide percent of target computed on `basis`.
    pub fn basis_label(&self, coverage: &CoverageView, basis: Basis, lang: Lang) -> String {
        match basis {
            Basis::Published => self.tr(lang, "basis_published", &[]),
            Basis::AllUnits | Basis::SomeUnits => coverage.percent_label.clone(),
        }
    }
}
