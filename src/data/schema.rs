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

/// A figure: a whole number, or `{value, qualifier, estimated}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub value: i64,
    pub qualifier: Option<Qualifier>,
    pub estimated: bool,
}

impl Figure {
    pub fn plain(value: i64) -> Self {
        Figure {
            value,
            qualifier: None,
            estimated: false,
        }
    }
}

/// Visitor methods that accept every kind of scalar as `$value`: the statistics stage reads
/// the scalar's text itself, from the parsed document.
macro_rules! accept_scalars {
    ($ty:ty, $value:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_i128<E: de::Error>(self, _: i128) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_u128<E: de::Error>(self, _: u128) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<$ty, E> {
            Ok($value)
        }
        fn visit_unit<E: de::Error>(self) -> Result<$ty, E> {
            Ok($value)
        }
    };
}

/// Any scalar, kept for the statistics stage to read from the text as written (serde would
/// read `3.666` as three point six).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written;

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Written;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number")
            }
            accept_scalars!(Written, Written);
        }
        d.deserialize_any(V)
    }
}

/// A figure as written: a scalar, or a map `{value, qualifier, estimated}`. The number itself
/// is read from the text by the statistics stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawFigure {
    pub qualifier: Option<Qualifier>,
    pub estimated: bool,
}

impl<'de> Deserialize<'de> for RawFigure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawFigure;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, or a map like {value: 3666, qualifier: over}")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawFigure, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Full {
                    #[allow(dead_code)]
                    value: Written,
                    #[serde(default)]
                    qualifier: Option<Qualifier>,
                    #[serde(default)]
                    estimated: bool,
                }
                let full = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawFigure {
                    qualifier: full.qualifier,
                    estimated: full.estimated,
                })
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<RawFigure, A::Error> {
                Err(de::Error::custom(crate::yaml::LIST_FOR_FIGURE))
            }
            fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<RawFigure, A::Error> {
                Err(de::Error::custom(crate::yaml::TAG_FOR_FIGURE))
            }
            // Every scalar is read from the text as written, by the statistics stage.
            accept_scalars!(RawFigure, RawFigure::PLAIN);
        }
        d.deserialize_any(V)
    }
}

impl RawFigure {
    const PLAIN: RawFigure = RawFigure {
        qualifier: None,
        estimated: false,
    };
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
                    .map_err(|_| E::custom(format!("{}{v}", crate::yaml::NOT_A_DAY)))
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

/// The kinds of unit every campaign knows; campaign.yaml's `unit_kinds:` may add others.
pub const BUILT_IN_KINDS: [&str; 2] = ["province", "sector"];

/// Whose campaign it is: the words of its results pages ("toàn quốc", "toàn tỉnh").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CampaignLevel {
    #[default]
    National,
    Province,
    Sector,
}

impl CampaignLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignLevel::National => "national",
            CampaignLevel::Province => "province",
            CampaignLevel::Sector => "sector",
        }
    }
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
    pub totals: IndexMap<String, RawFigure>,
}

/// campaign.yaml. Keys it needs (`name`, `metrics`) are checked by the statistics stage, so
/// that a wrong value of one does not hide the problems of the others.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCampaign {
    #[serde(default)]
    pub name: Option<Localized>,
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
    pub units_expected: Option<Written>,
    #[serde(default)]
    pub metrics: IndexMap<String, RawMetric>,
    #[serde(default)]
    pub rank_by: Option<String>,
    #[serde(default)]
    pub target: IndexMap<String, Written>,
    #[serde(default)]
    pub clusters: IndexMap<String, Localized>,
    #[serde(default)]
    pub reported: RawReportedTotals,
    #[serde(default)]
    pub awards: IndexMap<String, RawAward>,
    #[serde(default)]
    pub level: Option<CampaignLevel>,
    #[serde(default)]
    pub unit_kinds: IndexMap<String, Localized>,
}

/// One part of a unit's breakdown; the keys it needs are checked by the statistics stage.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPart {
    #[serde(default)]
    pub name: Option<Localized>,
    #[serde(default)]
    pub values: IndexMap<String, RawFigure>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawRank {
    #[serde(default)]
    pub national: Option<Written>,
    #[serde(default)]
    pub cluster: Option<Written>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawReported {
    #[serde(default)]
    pub percent_of_target: IndexMap<String, Written>,
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

/// A unit file. Keys it needs (`name`, `kind`, `values`) are checked by the statistics stage,
/// so that a wrong value of one does not hide the problems of the others.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnit {
    #[serde(default)]
    pub name: Option<Localized>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub cluster: Option<String>,
    #[serde(default)]
    pub as_of: Option<Day>,
    #[serde(default)]
    pub target: IndexMap<String, Written>,
    #[serde(default)]
    pub values: IndexMap<String, RawFigure>,
    #[serde(default)]
    pub breakdown: Vec<RawPart>,
    #[serde(default)]
    pub reported: RawReported,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub honours: Vec<RawHonour>,
    #[serde(default)]
    pub succeeded_by: Option<String>,
}

/// Who gives an award: the whole country's confederation, a province's or a sector's
/// federation, or the unit itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AwardLevel {
    National,
    Province,
    Sector,
    Unit,
}

impl AwardLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            AwardLevel::National => "national",
            AwardLevel::Province => "province",
            AwardLevel::Sector => "sector",
            AwardLevel::Unit => "unit",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecipientKind {
    Collective,
    Individual,
}

/// An award of campaign.yaml's `awards:` as written; `name` is checked by the statistics
/// stage.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAward {
    #[serde(default)]
    pub name: Option<Localized>,
    #[serde(default)]
    pub giver: Option<Localized>,
    #[serde(default)]
    pub level: Option<AwardLevel>,
}

/// One entry of a unit file's `honours:` as written; the counts are read from the text.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHonour {
    #[serde(default)]
    pub award: Option<String>,
    #[serde(default)]
    pub collectives: Option<Written>,
    #[serde(default)]
    pub individuals: Option<Written>,
    #[serde(default)]
    pub total: Option<Written>,
    #[serde(default)]
    pub date: Option<Day>,
    #[serde(default)]
    pub recipients: Vec<RawRecipient>,
    #[serde(default)]
    pub source: Option<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecipient {
    #[serde(default)]
    pub name: Option<Localized>,
    #[serde(default)]
    pub kind: Option<RecipientKind>,
    #[serde(default)]
    pub workplace: Option<Localized>,
    #[serde(default)]
    pub initiative: Option<Localized>,
}
