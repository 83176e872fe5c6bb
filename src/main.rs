//! The `campaign-site` binary: parses arguments, runs a command, prints problems, sets the exit code
//! (0 ok, 1 the site has problems, 2 the tool failed).

use std::path::PathBuf;
use std::process::ExitCode;

use campaign_site::Failure;
use campaign_site::cmd::build::{self, BuildOptions};
use campaign_site::cmd::check;
use campaign_site::serve::{self, ServeOptions};
use clap::{Parser, Subcommand};

/// Static sites for the results of emulation campaigns, in Vietnamese and English.
#[derive(Parser)]
#[command(name = "campaign-site", version, about)]
struct Cli {
    /// The folder that holds site.yaml
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the whole site into the output folder (public/ by default)
    Build {
        /// Output folder; a relative path is taken from the current folder
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Use this address instead of base_url from site.yaml
        #[arg(long)]
        base_url: Option<String>,
        /// Publish pages marked draft: true
        #[arg(long)]
        drafts: bool,
    },
    /// Build in memory and report every problem, without writing anything
    Check,
    /// Serve the site on this computer, rebuilding and reloading the page on every change
    Serve {
        /// The port to listen on
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on (127.0.0.1: only this computer)
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Publish pages marked draft: true
        #[arg(long)]
        drafts: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            output,
            base_url,
            drafts,
        } => {
            let opts = BuildOptions {
                root: cli.root,
                output,
                base_url,
                drafts,
            };
            match build::run(&opts) {
                Ok(report) => {
                    for w in report.site.warnings.iter().chain(&report.site.strict) {
                        eprintln!("{w}");
                    }
                    println!("{}", report.summary());
                    ExitCode::SUCCESS
                }
                Err(f) => report_failure(f),
            }
        }
        Command::Serve { port, bind, drafts } => {
            let opts = ServeOptions {
                root: cli.root,
                port,
                bind,
                drafts,
            };
            match serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => report_failure(Failure::Tool(e)),
            }
        }
        Command::Check => match check::run(&cli.root) {
            Ok(diags) => {
                for d in &diags {
                    eprintln!("{d}");
                }
                eprintln!("{}", check::summary(&diags));
                if diags.iter().any(|d| d.is_error()) {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(Failure::Site(diags)) => {
                for d in &diags {
                    eprintln!("{d}");
                }
                eprintln!("{}", check::summary(&diags));
                ExitCode::from(1)
            }
            Err(f) => report_failure(f),
        },
    }
}

fn report_failure(f: Failure) -> ExitCode {
    match f {
        Failure::Site(diags) => {
            let errors = diags.iter().filter(|d| d.is_error()).count();
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!(
                "build failed: {errors} error{}; the output folder was not changed",
                if errors == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
        Failure::Tool(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
