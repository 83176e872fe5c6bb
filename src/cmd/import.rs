//! `campaign-site import FILE --campaign ID ...`: the command line of the spreadsheet import,
//! turned into what `import::run` is asked to do.

use std::path::PathBuf;

use crate::import::{ImportOptions, SourceArg};

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The spreadsheet: .xlsx, .xls, .ods or .csv
    file: PathBuf,
    /// The campaign: its folder name under content/results/
    #[arg(long)]
    campaign: String,
    /// The sheet to read (the first by default)
    #[arg(long)]
    sheet: Option<String>,
    /// A map file: which column holds which figure
    #[arg(long)]
    map: Option<PathBuf>,
    /// Write the unit files
    #[arg(long)]
    write: bool,
    /// Create a unit file for a name that matches no unit
    #[arg(long)]
    new_units: bool,
    /// The kind of the units --new-units creates
    #[arg(long)]
    kind: Option<String>,
    /// The title of a source to add to each unit file that changes
    #[arg(long)]
    source_title: Option<String>,
    /// The web address of that source
    #[arg(long)]
    source_url: Option<String>,
}

impl From<ImportArgs> for ImportOptions {
    fn from(a: ImportArgs) -> Self {
        ImportOptions {
            file: a.file,
            campaign: a.campaign,
            sheet: a.sheet,
            map: a.map,
            write: a.write,
            new_units: a.new_units,
            kind: a.kind,
            source: SourceArg {
                title: a.source_title,
                url: a.source_url,
            },
        }
    }
}
