//! The `campaign-site` binary: parses arguments, runs a command, prints problems, sets the exit code
//! (0 ok, 1 the site has problems, 2 the tool failed).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use campaign_site::Failure;
use campaign_site::cmd::build::{self, BuildOptions};
use campaign_site::cmd::{check, init, new};
use campaign_site::diagnostics::{Diagnostic, Severity};
use campaign_site::serve::{self, ServeOptions};
use clap::{Parser, Subcommand};

/// Static sites for the results of emulation campaigns, in Vietnamese and English.
#[derive(Parser)]
#[command(name = "campaign-site", version, about)]
struct Cli {
    /// The folder that holds site.yaml
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    /// Print only problems (for scripts)
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Also print the time of each stage
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    verbose: bool,

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
    /// Create a new article in every language: content/<SECTION>/<SLUG>.<lang>.md
    New {
        /// The section folder under content/, like news
        section: String,
        /// The article's name, used for its file and web address
        slug: String,
        /// Make a folder <SLUG>/ with index.<lang>.md files, for an article with photos
        #[arg(long)]
        bundle: bool,
    },
    /// Create a new site in DIR that builds at once
    Init {
        /// The folder to create the site in (new or empty)
        dir: PathBuf,
    },
}

/// How problems and progress are printed: colour only on a terminal, nothing but problems when quiet.
struct Out {
    colour: bool,
    quiet: bool,
}

impl Out {
    fn problem(&self, d: &Diagnostic) {
        let colour = match d.severity {
            Severity::Error => "31",
            Severity::Warning => "33",
            Severity::Note => "36",
        };
        if self.colour {
            eprintln!("\x1b[{colour}m{d}\x1b[0m");
        } else {
            eprintln!("{d}");
        }
    }

    fn problems<'a>(&self, ds: impl IntoIterator<Item = &'a Diagnostic>) {
        for d in ds {
            if !(self.quiet && d.severity == Severity::Note) {
                self.problem(d);
            }
        }
    }

    fn info(&self, text: &str) {
        if !self.quiet {
            println!("{text}");
        }
    }

    /// Site problems exit 1 with a closing line (`build failed: 2 errors; ...`, with how many
    /// files could not be checked when some could not); tool failures exit 2.
    fn failure(&self, f: Failure, what: &str, not_done: &str) -> ExitCode {
        match f {
            Failure::Site(report) => {
                self.problems(&report.problems);
                let errors = report.errors();
                eprintln!(
                    "{what}: {errors} error{}{}; {not_done}",
                    if errors == 1 { "" } else { "s" },
                    report.unchecked_words()
                );
                ExitCode::from(1)
            }
            Failure::Tool(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Out {
        colour: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        quiet: cli.quiet,
    };
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
                    out.problems(report.site.warnings.iter().chain(&report.site.strict));
                    if cli.verbose {
                        for (stage, time) in &report.site.timings {
                            println!("  {stage}: {} ms", time.as_millis());
                        }
                    }
                    out.info(&report.summary());
                    ExitCode::SUCCESS
                }
                Err(f) => out.failure(f, "build failed", "the output folder was not changed"),
            }
        }
        Command::Check => {
            // Problems that stop the build are reported like the others, with the summary.
            let report = match check::run(&cli.root) {
                Ok(report) | Err(Failure::Site(report)) => report,
                Err(f) => return out.failure(f, "check failed", "nothing was written"),
            };
            out.problems(&report.problems);
            eprintln!("{}", check::summary(&report));
            ExitCode::from(u8::from(report.errors() > 0))
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
                Err(e) => out.failure(Failure::Tool(e), "serve failed", ""),
            }
        }
        Command::New {
            section,
            slug,
            bundle,
        } => match new::run(&cli.root, &section, &slug, bundle) {
            Ok(paths) => {
                for p in paths {
                    println!("created {}", p.display());
                }
                ExitCode::SUCCESS
            }
            Err(f) => out.failure(f, "new failed", "nothing was created"),
        },
        Command::Init { dir } => match init::run(&dir) {
            Ok(files) => {
                out.info(&format!(
                    "created a new site in {} ({} files)",
                    dir.display(),
                    files.len()
                ));
                out.info(&format!(
                    "build it with: campaign-site build --root {}",
                    dir.display()
                ));
                ExitCode::SUCCESS
            }
            Err(e) => out.failure(Failure::Tool(e), "init failed", ""),
        },
    }
}
