//! The places of a unit file that a column of a sheet can fill (`values.initiatives`,
//! `reported.rank.national`), as the map file names them and the summary shows them.

use crate::data::CampaignRecord;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Name,
    Cluster,
    /// Row numbers ("STT"): read by no one.
    Ordinal,
    /// Left out on purpose (`skip` in the map).
    Skip,
    Value(usize),
    Target(usize),
    Percent(usize),
    RankNational,
    RankCluster,
}

impl Role {
    /// The role a map file names: `values.initiatives`, `reported.rank.national`, `skip`...
    pub fn from_path(path: &str, c: &CampaignRecord) -> Option<Role> {
        let metric = |id: &str| c.metric(id);
        Some(match path.trim() {
            "name" => Role::Name,
            "cluster" => Role::Cluster,
            "skip" => Role::Skip,
            "reported.rank.national" => Role::RankNational,
            "reported.rank.cluster" => Role::RankCluster,
            p => {
                if let Some(m) = p.strip_prefix("values.") {
                    Role::Value(metric(m)?)
                } else if let Some(m) = p.strip_prefix("target.") {
                    Role::Target(metric(m)?)
                } else if let Some(m) = p.strip_prefix("reported.percent_of_target.") {
                    Role::Percent(metric(m)?)
                } else {
                    return None;
                }
            }
        })
    }

    /// Where the role's figure goes in a unit file: `values.initiatives`.
    pub fn path(self, c: &CampaignRecord) -> String {
        let id = |m: usize| c.metrics[m].id.as_str();
        match self {
            Role::Name => "name".into(),
            Role::Cluster => "cluster".into(),
            Role::Ordinal | Role::Skip => "-".into(),
            Role::Value(m) => format!("values.{}", id(m)),
            Role::Target(m) => format!("target.{}", id(m)),
            Role::Percent(m) => format!("reported.percent_of_target.{}", id(m)),
            Role::RankNational => "reported.rank.national".into(),
            Role::RankCluster => "reported.rank.cluster".into(),
        }
    }

    /// Every path a map file may name for campaign `c`, for the message that lists them.
    pub fn paths(c: &CampaignRecord) -> String {
        let mut all = vec!["name".to_string(), "cluster".into()];
        for m in &c.metrics {
            all.push(format!("values.{}", m.id));
            all.push(format!("target.{}", m.id));
            all.push(format!("reported.percent_of_target.{}", m.id));
        }
        all.extend([
            "reported.rank.national".into(),
            "reported.rank.cluster".into(),
        ]);
        all.push("skip".into());
        all.join(", ")
    }
}
