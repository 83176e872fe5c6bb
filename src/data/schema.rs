//! The statistics files as editors write them (CONTENT.md §7): `campaign.yaml` and
//! `units/<unit>.yaml`, read through the YAML module with every unknown key refused.

use std::fmt;

use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::lang::Localized;

/// How a published figure relates to the true one: "trên", "dưới", "khoảng".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    Over,
    Under,
    About,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::About => "about",
        }
    }
}

/// A figure: a number, or `{value, qualifier, estimated}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    pub value: f64,
    pub qualifier: Option<Qualifier>,
    pub estimated: bool,
}

impl Figure {
    pub fn plain(value: f64) -> Self {
        Figure {
            value,
            qualifier: None,
            estimated: false,
        }
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Figure;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, or a map like {value: 3666, qualifier: over}")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Figure, E> {
                Ok(Figure::plain(v as f64))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Figure, E> {
                Ok(Figure::plain(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Figure, E> {
                Ok(Figure::plain(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Figure, E> {
                Err(E::custom(not_a_number(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Figure, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Full {
                    value: Number,
                    #[serde(default)]
                    qualifier: Option<Qualifier>,
                    #[serde(default)]
                    estimated: bool,
                }
                let full = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Figure {
                    value: full.value.0,
                    qualifier: full.qualifier,
                    estimated: full.estimated,
                })
            }
        }
        d.deserialize_any(V)
    }
}

fn not_a_number(v: &str) -> String {
    format!(
        "\"{v}\" is a text where a number belongs; write the figure in digits without separators, like 3666"
    )
}

/// A plain number (targets, reported percents), refusing texts with a clear message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(pub f64);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
                Ok(Number(v as f64))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
                Ok(Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
                Ok(Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Number, E> {
                Err(E::custom(not_a_number(v)))
            }
        }
        d.deserialize_any(V)
    }
}

/// A calendar date written `2023-09-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Day;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date like 2023-09-01")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Day, E> {
                NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                    .map(Day)
                    .map_err(|_| {
                        E::custom(format!(
                            "\"{v}\" is not a date; write it as year-month-day, like 2023-09-01"
                        ))
                    })
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MetricKind {
    Count,
    Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    Province,
    Sector,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetric {
    pub label: Localized,
    pub kind: MetricKind,
    #[serde(default)]
    pub currency: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawReportedTotals {
    #[serde(default)]
    pub totals: IndexMap<String, Figure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCampaign {
    pub name: Localized,
    #[serde(default)]
    pub short_name: Option<Localized>,
    #[serde(default)]
    pub organizer: Option<Localized>,
    #[serde(default)]
    pub description: Option<Localized>,
    #[serde(default)]
    pub start: Option<Day>,
    #[serde(default)]
    pub end: Option<Day>,
    #[serde(default)]
    pub units_expected: Option<u32>,
    pub metrics: IndexMap<String, RawMetric>,
    #[serde(default)]
    pub rank_by: Option<String>,
    #[serde(default)]
    pub target: IndexMap<String, Number>,
    #[serde(default)]
    pub clusters: IndexMap<String, Localized>,
    #[serde(default)]
    pub reported: RawReportedTotals,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPart {
    pub name: Localized,
    pub values: IndexMap<String, Figure>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawRank {
    #[serde(default)]
    pub national: Option<u32>,
    #[serde(default)]
    pub cluster: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawReported {
    #[serde(default)]
    pub percent_of_target: IndexMap<String, Number>,
    #[serde(default)]
    pub rank: RawRank,
}

/// Where a figure was published.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Localized,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub date: Option<Day>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnit {
    pub name: Localized,
    pub kind: UnitKind,
    #[serde(default)]
    pub cluster: Option<String>,
    #[serde(default)]
    pub as_of: Option<Day>,
    #[serde(default)]
    pub target: IndexMap<String, Number>,
    pub values: IndexMap<String, Figure>,
    #[serde(default)]
    pub breakdown: Vec<RawPart>,
    #[serde(default)]
    pub reported: RawReported,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::from_str;

    #[test]
    fn figures_are_numbers_or_qualified_maps() {
        let f: IndexMap<String, Figure> = from_str(
            "a: 3666\nb: {value: 300000000000, qualifier: over, estimated: true}\nc: 1.5\n",
        )
        .unwrap();
        assert_eq!(f["a"], Figure::plain(3666.0));
        assert_eq!(
            f["b"],
            Figure {
                value: 3e11,
                qualifier: Some(Qualifier::Over),
                estimated: true
            }
        );
        assert_eq!(f["c"].value, 1.5);
    }

    #[test]
    fn bad_figures_are_explained() {
        let e = from_str::<IndexMap<String, Figure>>("x: 1\ninitiatives: \"nhiều\"\n").unwrap_err();
        assert_eq!(e.pos.line, 2);
        assert!(
            e.message
                .contains("\"nhiều\" is a text where a number belongs"),
            "{}",
            e.message
        );
        let e =
            from_str::<IndexMap<String, Figure>>("b: {value: 3, qualifier: more}\n").unwrap_err();
        assert!(e.message.contains("more"), "{}", e.message);
        assert!(e.message.contains("over, under, about"), "{}", e.message);
    }
}
