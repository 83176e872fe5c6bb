//! Open data of the honours, beside `data.csv`: `honours.csv` (one row per award given to a
//! unit, UTF-8 with a BOM) and `honours.json` (the same with the recipients named), in every
//! language, for campaigns that declare awards.

use serde::Serialize;

use super::file::OutputFile;
use super::open_data::{cell, file, text_cell};
use super::views::Views;
use crate::config::Config;
use crate::data::Campaign;
use crate::data::honours::{Honour, RecipientKind};
use crate::lang::{Lang, Localized};

pub fn all(views: &Views) -> Vec<OutputFile> {
    let mut out = Vec::new();
    for node in views.graph.campaigns.iter() {
        if node.data.awards.is_empty() {
            continue;
        }
        for lang in views.config.langs() {
            let origin = node.data.source.clone();
            let path = node.honours_csv[lang.0].path.clone();
            out.push(file(
                path,
                csv(views.config, &node.data, lang),
                origin.clone(),
            ));
            let json = serde_json::to_string_pretty(&rows(views.config, &node.data, lang))
                .expect("the honours serialise");
            let path = node.honours_json[lang.0].path.clone();
            out.push(file(path, (json + "\n").into_bytes(), origin));
        }
    }
    out
}

/// One award given to one unit, in the language of the file.
#[derive(Serialize)]
struct Row<'a> {
    unit: &'a str,
    unit_name: &'a str,
    award: &'a str,
    award_name: &'a str,
    giver: Option<&'a str>,
    level: Option<&'static str>,
    collectives: Option<i64>,
    individuals: Option<i64>,
    /// As published when the source does not tell collectives and individuals apart, else
    /// their sum.
    total: i64,
    date: Option<String>,
    recipients: Vec<RecipientRow<'a>>,
    source_title: Option<&'a str>,
    source_url: Option<&'a str>,
}

#[derive(Serialize)]
struct RecipientRow<'a> {
    name: &'a str,
    kind: Option<RecipientKind>,
    workplace: Option<&'a str>,
    initiative: Option<&'a str>,
}

fn rows<'a>(cfg: &'a Config, c: &'a Campaign, lang: Lang) -> Vec<Row<'a>> {
    let text = |l: &'a Localized| cfg.text(l, lang);
    c.units
        .iter()
        .flat_map(|u| u.honours.iter().map(move |h| (u, h)))
        .map(|(u, h): (_, &'a Honour)| {
            let award = &c.awards[h.award];
            Row {
                unit: &u.id,
                unit_name: text(&u.name),
                award: &award.id,
                award_name: text(&award.name),
                giver: award.giver.as_ref().map(text),
                level: award.level.map(|l| l.as_str()),
                collectives: h.collectives,
                individuals: h.individuals,
                total: h.count(),
                date: h.date.map(|d| d.to_string()),
                recipients: h
                    .recipients
                    .iter()
                    .map(|r| RecipientRow {
                        name: text(&r.name),
                        kind: r.kind,
                        workplace: r.workplace.as_ref().map(text),
                        initiative: r.initiative.as_ref().map(text),
                    })
                    .collect(),
                source_title: h.source.as_ref().map(|s| text(&s.title)),
                source_url: h.source.as_ref().and_then(|s| s.url.as_deref()),
            }
        })
        .collect()
}

/// The CSV columns, documented in the reference: the unit, the award, the counts, the day,
/// how many recipients are named (their names are in honours.json) and the source.
const HEADER: [&str; 14] = [
    "unit",
    "unit_name",
    "award",
    "award_name",
    "giver",
    "level",
    "collectives",
    "individuals",
    "total",
    "date",
    "recipients_named",
    "recipients",
    "source_title",
    "source_url",
];

fn csv(cfg: &Config, c: &Campaign, lang: Lang) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let written = w.write_record(HEADER).and_then(|()| {
        rows(cfg, c, lang).iter().try_for_each(|r| {
            let names: Vec<&str> = r.recipients.iter().map(|p| p.name).collect();
            w.write_record([
                text_cell(r.unit),
                text_cell(r.unit_name),
                text_cell(r.award),
                text_cell(r.award_name),
                text_cell(r.giver.unwrap_or("")),
                cell(r.level),
                cell(r.collectives),
                cell(r.individuals),
                r.total.to_string(),
                cell(r.date.as_deref()),
                r.recipients.len().to_string(),
                text_cell(&names.join("; ")),
                text_cell(r.source_title.unwrap_or("")),
                text_cell(r.source_url.unwrap_or("")),
            ])
        })
    });
    written.expect("writing CSV into memory cannot fail");
    w.into_inner().expect("writing CSV into memory cannot fail")
}
