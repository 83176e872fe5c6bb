//! The template contract of results pages: what `campaign.html`, `unit.html`, `cluster.html`
//! and an article naming a unit receive, every figure already written in the reader's words.

use serde::Serialize;

use super::coverage::CoverageView;
use super::views::{Link, MetricView};

#[derive(Serialize, Clone)]
pub struct FigureView {
    pub value: f64,
    /// As the reader sees it: `trên 584 tỷ đồng (ước tính)`.
    pub text: String,
    /// The same without the mark of an estimate (`trên 584 tỷ đồng`), for a table cell that
    /// keeps the figure on one line and lets the mark wrap.
    pub amount: String,
    pub qualifier: Option<String>,
    pub estimated: bool,
}

/// A campaign-wide figure: as published, and the sum of the units present (labelled by the
/// campaign's coverage).
#[derive(Serialize)]
pub struct TotalView<'a> {
    pub metric: MetricView<'a>,
    pub computed: Option<FigureView>,
    pub reported: Option<FigureView>,
    pub target: Option<String>,
    /// Percent of target: of the published total when there is one, else of the sum.
    pub percent: Option<String>,
    /// What the percent is computed from, in words.
    pub percent_basis: Option<String>,
}

/// A line of a ranking table.
#[derive(Serialize)]
pub struct RowView<'a> {
    pub rank: Option<usize>,
    /// As published (national or cluster, as the table ranks).
    pub reported_rank: Option<u32>,
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub kind: &'a str,
    pub cluster: Option<Link<'a>>,
    /// Per metric, in the campaign's order.
    pub values: Vec<Option<FigureView>>,
    /// The figure ranked by.
    pub rank_value: Option<FigureView>,
    /// Of the ranking metric.
    pub target: Option<String>,
    pub percent: Option<String>,
    pub share: Option<String>,
    /// Its place in each order of the table's headings (`0 4 2`), for the script that sorts
    /// in place; empty where the table does not sort.
    pub positions: String,
}

#[derive(Serialize)]
pub struct ClusterLinkView<'a> {
    pub name: &'a str,
    pub url: String,
    pub units: usize,
}

#[derive(Serialize)]
pub struct CampaignView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub short_name: &'a str,
    pub organizer: Option<&'a str>,
    pub description: Option<&'a str>,
    pub url: String,
    pub permalink: String,
    pub csv_url: String,
    pub json_url: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub units_expected: Option<u32>,
    pub units_present: usize,
    /// Every expected unit is present, so ranks are final.
    pub complete: bool,
    pub coverage: CoverageView,
    /// Some unit has a published rank.
    pub has_reported_ranks: bool,
    pub metrics: Vec<MetricView<'a>>,
    pub rank_by: MetricView<'a>,
    /// The columns of the ranking that some unit fills.
    pub columns: ColumnsView,
    /// Some metric has a published campaign total.
    pub has_reported_totals: bool,
    pub totals: Vec<TotalView<'a>>,
    pub ranking: Vec<RowView<'a>>,
    /// The ranking table's caption: what it ranks by.
    pub caption: String,
    /// The links of the ranking's headings to its other orders.
    pub sort: SortView<'a>,
    /// One small chart per cluster, on one scale.
    pub chart_clusters: Vec<ClusterChartView<'a>>,
    pub clusters: Vec<ClusterLinkView<'a>>,
    /// The honour roll, when the campaign declares awards.
    pub honours_url: Option<String>,
    pub chart_ranking: String,
    pub chart_progress: Option<String>,
    pub intro: Option<&'a str>,
    pub level: &'static str,
    pub words: LevelWords,
}

/// A cluster's units in a chart of the small multiples of an overview.
#[derive(Serialize)]
pub struct ClusterChartView<'a> {
    pub name: &'a str,
    pub url: String,
    pub chart: String,
}

#[derive(Serialize)]
pub struct ClusterView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub ranking: Vec<RowView<'a>>,
}

/// The few words of a unit's key figures, for the article that names it.
#[derive(Serialize)]
pub struct UnitLinkView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub url: String,
    pub campaign: Link<'a>,
    pub rank_by: MetricView<'a>,
    pub value: Option<FigureView>,
    pub percent: Option<String>,
    pub national_rank: Option<usize>,
}

/// A campaign as a link, for the pages below it.
#[derive(Serialize)]
pub struct CampaignLinkView<'a> {
    pub name: &'a str,
    pub short_name: &'a str,
    pub url: String,
    pub rank_by: MetricView<'a>,
    pub units_expected: Option<u32>,
    pub units_present: usize,
    pub complete: bool,
    pub coverage: CoverageView,
    /// The honour roll, when the campaign declares awards.
    pub honours_url: Option<String>,
    pub level: &'static str,
    pub words: LevelWords,
}

/// The words of a campaign's level (`national`, `province`, `sector`), from the theme.
#[derive(Serialize, Clone)]
pub struct LevelWords {
    /// "Thứ hạng toàn quốc", "Thứ hạng toàn tỉnh".
    pub rank: String,
    pub rank_published: String,
    /// "Số công bố toàn quốc".
    pub reported_total: String,
}

/// Which columns of a ranking table some unit fills; the others are not shown.
#[derive(Serialize, Clone)]
pub struct ColumnsView {
    pub cluster: bool,
    pub target: bool,
    pub percent: bool,
}

/// The headings' links of a ranking table and the order it is shown in.
#[derive(Serialize)]
pub struct SortView<'a> {
    /// The order shown, in words (`tên đơn vị, theo bảng chữ cái`).
    pub label: String,
    pub rank: OrderLink,
    pub name: OrderLink,
    pub percent: Option<OrderLink>,
    /// Per metric shown in the table, its heading (the ranking metric's leads to the rank
    /// order).
    pub metrics: Vec<MetricHeading<'a>>,
}

/// The heading of a metric's column.
#[derive(Serialize)]
pub struct MetricHeading<'a> {
    pub metric: MetricView<'a>,
    pub link: OrderLink,
}

/// A heading's link to an order of the table.
#[derive(Serialize, Clone)]
pub struct OrderLink {
    /// Its place in the rows' `positions`.
    pub index: usize,
    pub url: String,
    /// `ascending` or `descending`, for `aria-sort`.
    pub direction: &'static str,
    /// The table is shown in this order.
    pub current: bool,
}

/// A ranking page in another order than by rank.
#[derive(Serialize)]
pub struct SortedView<'a> {
    pub ranking: Vec<RowView<'a>>,
    pub columns: ColumnsView,
    pub has_reported_ranks: bool,
    pub sort: SortView<'a>,
    pub caption: String,
}
