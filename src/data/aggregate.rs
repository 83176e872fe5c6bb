//! The computations of a campaign, as pure functions: totals that keep their qualifier,
//! percent of target, rankings where ties share a rank, shares of the total.

use super::schema::{Figure, Qualifier};

/// The sum of `figures`; `None` when there are none. A sum that includes a qualified figure
/// carries the qualifier (mixed qualifiers make it "about"); one estimate makes it estimated.
pub fn total(figures: impl IntoIterator<Item = Figure>) -> Option<Figure> {
    let mut sum: Option<Figure> = None;
    for f in figures {
        sum = Some(match sum {
            None => f,
            Some(s) => Figure {
                value: s.value.saturating_add(f.value),
                qualifier: match (s.qualifier, f.qualifier) {
                    (None, q) | (q, None) => q,
                    (Some(a), Some(b)) if a == b => Some(a),
                    _ => Some(Qualifier::About),
                },
                estimated: s.estimated || f.estimated,
            },
        });
    }
    sum
}

/// `value` as a percent of `target`; `None` without a positive target.
pub fn percent_of(value: i64, target: i64) -> Option<f64> {
    (target > 0).then(|| value as f64 / target as f64 * 100.0)
}

/// Competition ranks, highest first: ties share a rank and the next rank skips (1, 2, 2, 4).
/// Units without a value have no rank.
pub fn ranks(values: &[Option<i64>]) -> Vec<Option<usize>> {
    values
        .iter()
        .map(|v| v.map(|v| 1 + values.iter().flatten().filter(|&&o| o > v).count()))
        .collect()
}

/// `value` as a percent of `total`.
pub fn share(value: i64, total: i64) -> Option<f64> {
    (total > 0).then(|| value as f64 / total as f64 * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: i64, qualifier: Option<Qualifier>, estimated: bool) -> Figure {
        Figure {
            value,
            qualifier,
            estimated,
        }
    }

    #[test]
    fn totals_keep_qualifiers() {
        use Qualifier::*;
        let cases: Vec<(Vec<Figure>, Option<Figure>)> = vec![
            (vec![], None),
            (
                vec![q(1, None, false), q(2, None, false)],
                Some(q(3, None, false)),
            ),
            (
                vec![q(900000, Some(Over), false), q(78117, None, false)],
                Some(q(978117, Some(Over), false)),
            ),
            (
                vec![q(1, Some(Under), false), q(1, Some(Under), true)],
                Some(q(2, Some(Under), true)),
            ),
            (
                vec![q(1, Some(Over), false), q(1, Some(Under), false)],
                Some(q(2, Some(About), false)),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(total(input.clone()), want, "{input:?}");
        }
    }

    #[test]
    fn percents_of_target() {
        let cases = [
            (3666, 2300, Some(159.391)),
            (201129, 60000, Some(335.215)),
            (5, 0, None),
        ];
        for (v, t, want) in cases {
            let got = percent_of(v, t);
            assert_eq!(
                got.map(|p| (p * 1000.0).round() / 1000.0),
                want,
                "{v} of {t}"
            );
        }
    }

    #[test]
    fn ties_share_a_rank() {
        type Case = (Vec<Option<i64>>, Vec<Option<usize>>);
        let cases: Vec<Case> = vec![
            (
                vec![Some(10), Some(8), Some(8), Some(5)],
                vec![Some(1), Some(2), Some(2), Some(4)],
            ),
            (vec![Some(5), Some(10), None], vec![Some(2), Some(1), None]),
            (
                vec![Some(1), Some(1), Some(1)],
                vec![Some(1), Some(1), Some(1)],
            ),
            (vec![], vec![]),
        ];
        for (input, want) in cases {
            assert_eq!(ranks(&input), want, "{input:?}");
        }
    }

    #[test]
    fn shares() {
        assert_eq!(share(25, 100), Some(25.0));
        assert_eq!(share(1, 0), None);
    }
}
