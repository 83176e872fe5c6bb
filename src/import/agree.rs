//! A percent the sheet publishes, checked against the figure and target the unit file will
//! hold once imported, as `check` checks it: an import never writes a percent that `check`
//! then calls a contradiction.

use super::plan::{New, Setting};
use super::role::Role;
use crate::data::UnitRecord;
use crate::data::checks::{rounded, rounds_to};
use crate::messages::{Arg, Message};
use crate::msg;

/// The metric and the problem of each percent of `settings` that is not `value / target`
/// rounded as it is written; `file` is the unit file as it is now (none for a new unit).
pub fn percents(settings: &[Setting], file: Option<&UnitRecord>) -> Vec<(usize, Message)> {
    let mut out = Vec::new();
    for s in settings {
        let (Role::Percent(m), New::Decimal(p, decimals)) = (s.role, &s.new) else {
            continue;
        };
        let value = settings.iter().find_map(|s| match (s.role, &s.new) {
            (Role::Value(i), New::Whole(v, _)) if i == m => Some(*v),
            _ => None,
        });
        let target = settings.iter().find_map(|s| match (s.role, &s.new) {
            (Role::Target(i), New::Whole(t, _)) if i == m => Some(*t),
            _ => None,
        });
        let value = value.or_else(|| file.and_then(|u| u.values[m]).map(|f| f.value));
        let target = target.or_else(|| file.and_then(|u| u.target[m]));
        let (Some(v), Some(t)) = (value, target.filter(|t| *t > 0)) else {
            continue;
        };
        let computed = v as f64 / t as f64 * 100.0;
        if rounds_to(computed, rounded(*p, *decimals), *decimals) {
            continue;
        }
        let d = (*decimals).max(1) as usize;
        let computed_arg = Arg::Decimal(rounded(computed, d as u32), d);
        let hint = match rounded(computed, 0) == rounded(p * 100.0, 0) {
            true => msg!(
                "import-percent-fraction-hint",
                reported = Arg::Decimal(*p, *decimals as usize),
                computed = computed_arg.clone()
            ),
            false => msg!("nothing"),
        };
        let problem = msg!(
            "import-percent-contradicts",
            reported = Arg::Decimal(*p, *decimals as usize),
            value = v,
            target = t,
            computed = computed_arg,
            hint = hint
        );
        out.push((m, problem));
    }
    out
}
