//! Statistics files as `data::load` reads them: a campaign.yaml, then its unit files, checked,
//! computed and checked for contradictions.
//!
//! Input: parts separated by a line `%%`. The first part is read as a campaign.yaml; when it
//! is a campaign, the other parts are its unit files. Every part is also read as a unit file
//! of the example site's campaign, so a single unit file is a useful input on its own.
#![no_main]

#[path = "common.rs"]
mod common;

use std::path::PathBuf;
use std::sync::LazyLock;

use campaign_site::data::{CampaignRecord, checks, compute, records};
use campaign_site::locale::Locale;
use campaign_site::theme;
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

use common::CONFIG;

static EXAMPLE: LazyLock<CampaignRecord> = LazyLock::new(|| {
    let read = records::campaign(
        &CONFIG,
        PathBuf::from("content/results/1-trieu-sang-kien/campaign.yaml"),
        common::EXAMPLE_CAMPAIGN,
        "results/1-trieu-sang-kien",
    );
    match read.record {
        Some(c) if !read.has_errors() => c,
        _ => panic!("the example campaign does not load: {:?}", read.problems),
    }
});

static VI: LazyLock<Locale> =
    LazyLock::new(|| theme::built_in_locale("vi").expect("the built-in Vietnamese notation"));

/// As `data::load` sorts units: good ones in the campaign, those with errors checked alone.
fn units_of(record: &CampaignRecord, parts: &[&str]) {
    let (mut units, mut with_errors, mut failed) = (Vec::new(), Vec::new(), Vec::new());
    for (i, text) in parts.iter().enumerate() {
        let stem = format!("unit-{i}");
        let source = PathBuf::from(format!("content/results/c/units/{stem}.yaml"));
        let read = records::unit(record, source, text, &stem);
        let errors = read.has_errors();
        match read.record {
            Some(u) if !errors => units.push(u),
            Some(u) => {
                with_errors.push(u);
                failed.push(stem);
            }
            None => failed.push(stem),
        }
    }
    let campaign = compute::compute(record.clone(), units, with_errors, failed);
    let today = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let _ = checks::check(&campaign, today, &VI);
    let _ = campaign.complete();
    for m in 0..campaign.metrics.len() {
        let _ = campaign.progress_figure(m);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::decode_text(data) else {
        return;
    };
    let parts: Vec<&str> = text.split("\n%%\n").collect();
    // A campaign.yaml with problems is still what its units are checked against, when its
    // metrics, clusters and rank_by were read whole.
    if let Some(record) = records::campaign(
        &CONFIG,
        PathBuf::from("content/results/c/campaign.yaml"),
        parts[0],
        "results/c",
    )
    .record
    {
        units_of(&record, &parts[1..]);
    }
    units_of(&EXAMPLE, &parts);
});
