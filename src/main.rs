//! The `campaign-site` binary: parses arguments, runs a command, prints problems, sets the exit code
//! (0 ok, 1 the site has problems, 2 the tool failed).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use campaign_site::Failure;
use campaign_site::cmd::build::{self, BuildOptions};
use campaign_site::cmd::import::ImportArgs;
use campaign_site::cmd::{check, cli, init, new, schema};
use campaign_site::diagnostics::{Diagnostic, Severity};
use campaign_site::import::{self, ImportOptions};
use campaign_site::messages::{Catalogue, Message};
use campaign_site::msg;
use campaign_site::serve::{self, ServeOptions};

/// A line to stderr or stdout; a reader that closed the pipe (`check 2>&1 | head -1`) has
/// what it wanted, so a failed write is no panic, and the exit code stays the command's.
macro_rules! line_to {
    ($stream:expr, $($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!($stream, $($arg)*);
    }};
}
macro_rules! eprintln {
    ($($arg:tt)*) => { line_to!(std::io::stderr(), $($arg)*) };
}
macro_rules! println {
    ($($arg:tt)*) => { line_to!(std::io::stdout(), $($arg)*) };
}
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// With glibc's allocator, what one stage's threads let go of stays with the process, and peak
/// RSS grows with everything a build has held; mimalloc gives it back (see [`give_back_at_once`]).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// The language of the messages: vi or en
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,

    #[command(subcommand)]
    command: Command,
}

/// The languages the tool's messages exist in, as `--lang` takes them.
#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Vi,
    En,
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
    Check {
        /// Check the site as it is built with --drafts (drafts published)
        #[arg(long)]
        drafts: bool,
    },
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
        /// The section: its folder under content/ (news) or its web address (tin-tuc, en/news)
        section: String,
        /// The article's name, used for its file and web address
        slug: String,
        /// Make a folder <SLUG>/ with index.<lang>.md files, for an article with photos
        #[arg(long)]
        bundle: bool,
        /// Start a new section: create the folder content/<SECTION>/
        #[arg(long)]
        new_section: bool,
    },
    /// Create a new site in DIR that builds at once
    Init {
        /// The folder to create the site in (new or empty)
        dir: PathBuf,
    },
    /// Write the JSON Schemas of site.yaml, front matter, campaign.yaml and unit files, for text editors
    Schema {
        /// Output folder (.schemas/ in the site folder by default); a relative path is taken from the current folder
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Read a spreadsheet of a campaign's results into its unit files (a dry run without --write)
    Import(ImportArgs),
}

/// How problems and progress are printed: in the editor's language, colour only on a
/// terminal, nothing but problems when quiet.
struct Out {
    catalogue: Catalogue,
    colour: bool,
    quiet: bool,
}

impl Out {
    fn text(&self, m: &Message) -> String {
        self.catalogue.text(m)
    }

    fn problem(&self, d: &Diagnostic) {
        let colour = match d.severity {
            Severity::Error => "31",
            Severity::Warning => "33",
            Severity::Note => "36",
        };
        let line = d.render(&self.catalogue);
        if self.colour {
            eprintln!("\x1b[{colour}m{line}\x1b[0m");
        } else {
            eprintln!("{line}");
        }
    }

    fn problems<'a>(&self, ds: impl IntoIterator<Item = &'a Diagnostic>) {
        for d in ds {
            if !(self.quiet && d.severity == Severity::Note) {
                self.problem(d);
            }
        }
    }

    fn info(&self, m: &Message) {
        if !self.quiet {
            println!("{}", self.text(m));
        }
    }

    /// Site problems exit 1 with a closing line (`build failed: 2 errors; ...`, with how many
    /// files could not be checked when some could not); tool failures exit 2.
    fn failure(&self, f: Failure, what: Message) -> ExitCode {
        match f {
            Failure::Site(report) => {
                self.problems(&report.problems);
                let what = what
                    .with("errors", report.errors())
                    .with("unchecked", report.unchecked_message());
                eprintln!("{}", self.text(&what));
                ExitCode::from(1)
            }
            Failure::Tool(e) => {
                eprintln!("{}", self.text(&msg!("tool-error", text = e.0)));
                ExitCode::from(2)
            }
        }
    }
}

/// mimalloc's `purge_delay` (15 in mimalloc.h, v2 and v3): milliseconds before freed memory
/// goes back to the system. 0: at once, so that a stage's memory is gone before the next one's.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn give_back_at_once() {
    // SAFETY: mimalloc's options may be set at any time, from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

fn main() -> ExitCode {
    give_back_at_once();
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let (lang, warning) = cli::message_lang(&args);
    let catalogue = Catalogue::new(lang);
    let command = cli::localise(Cli::command(), &catalogue);
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, &catalogue),
    };
    let out = Out {
        catalogue,
        colour: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        quiet: cli.quiet,
    };
    if let Some(w) = warning {
        eprintln!("{}", out.text(&w));
    }
    run(cli, &out)
}

/// Help and version go to stdout (exit 0); a usage error to stderr in the editor's words (exit 2).
fn usage_error(e: &clap::Error, catalogue: &Catalogue) -> ExitCode {
    match cli::usage_error(e, catalogue) {
        Some(text) => {
            eprintln!("{text}");
            ExitCode::from(2)
        }
        None => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
    }
}

fn run(cli: Cli, out: &Out) -> ExitCode {
    let root = cli.root;
    match cli.command {
        Command::Build {
            output,
            base_url,
            drafts,
        } => {
            let opts = BuildOptions {
                root,
                output,
                base_url,
                drafts,
            };
            build_site(&opts, cli.verbose, out)
        }
        Command::Check { drafts } => check_site(&root, drafts, out),
        Command::Serve { port, bind, drafts } => {
            let opts = ServeOptions {
                root,
                port,
                bind,
                drafts,
                lang: out.catalogue.lang(),
            };
            match serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => out.failure(Failure::Tool(e), msg!("serve-failed")),
            }
        }
        Command::New {
            section,
            slug,
            bundle,
            new_section,
        } => {
            let opts = new::NewOptions {
                bundle,
                new_section,
                lang: Some(out.catalogue.lang()),
            };
            new_article(out, &root, &section, &slug, &opts)
        }
        Command::Init { dir } => init_site(&dir, out),
        Command::Schema { output } => write_schemas(out, &root, output.as_deref()),
        Command::Import(args) => import_sheet(out, &root, &args.into()),
    }
}

/// `import`: the summary to stdout, problems to stderr; exit 1 when an error stopped it.
fn import_sheet(out: &Out, root: &Path, opts: &ImportOptions) -> ExitCode {
    let outcome = import::run(root, opts);
    for line in &outcome.lines {
        out.info(line);
    }
    out.problems(&outcome.problems);
    match outcome.errors() {
        0 => ExitCode::SUCCESS,
        n => {
            let what = msg!("import-failed", errors = n, unchecked = msg!("nothing"));
            eprintln!("{}", out.text(&what));
            ExitCode::from(if outcome.tool_failed { 2 } else { 1 })
        }
    }
}

fn build_site(opts: &BuildOptions, verbose: bool, out: &Out) -> ExitCode {
    match build::run(opts) {
        Ok(report) => {
            if let Some(site) = &report.site {
                out.problems(site.warnings.iter().chain(&site.strict));
            }
            if let Some(site) = report.site.as_ref().filter(|_| verbose) {
                for (stage, time) in &site.timings {
                    let stage = out
                        .catalogue
                        .text_by_id(&campaign_site::stage_id(stage))
                        .unwrap_or_else(|| stage.to_string());
                    let millis = u64::try_from(time.as_millis()).unwrap_or(u64::MAX);
                    println!(
                        "{}",
                        out.text(&msg!("stage-time", stage = stage, millis = millis))
                    );
                }
                for s in &site.search {
                    let size = msg!(
                        "search-index-size",
                        code = s.code.as_str(),
                        pages = s.pages,
                        kilobytes = s.bytes.div_ceil(1024),
                        files = s.files
                    );
                    println!("{}", out.text(&size));
                }
            }
            out.info(&report.summary());
            // The process ends here: the system takes back a large site's memory at once,
            // faster than freeing its many small values one by one. (Nothing is left to do:
            // the output is committed and its lock released.)
            std::mem::forget(report);
            ExitCode::SUCCESS
        }
        Err(f) => out.failure(f, msg!("build-failed")),
    }
}

fn check_site(root: &Path, drafts: bool, out: &Out) -> ExitCode {
    // Problems that stop the build are reported like the others, with the summary.
    let report = match check::run(root, drafts) {
        Ok(report) | Err(Failure::Site(report)) => report,
        Err(f) => return out.failure(f, msg!("check-failed")),
    };
    out.problems(&report.problems);
    eprintln!("{}", out.text(&check::summary(&report)));
    ExitCode::from(u8::from(report.errors() > 0))
}

/// `schema`: the JSON Schemas for text editors, one line per file written.
fn write_schemas(out: &Out, root: &Path, output: Option<&Path>) -> ExitCode {
    match schema::run(root, output) {
        Ok(paths) => {
            for p in paths {
                out.info(&msg!("schema-wrote", path = p));
            }
            ExitCode::SUCCESS
        }
        Err(e) => out.failure(Failure::Tool(e), msg!("schema-failed")),
    }
}

/// `new`: prints each file created.
fn new_article(
    out: &Out,
    root: &Path,
    section: &str,
    slug: &str,
    opts: &new::NewOptions,
) -> ExitCode {
    match new::run(root, section, slug, opts) {
        Ok(paths) => {
            for p in paths {
                println!("{}", out.text(&msg!("created-file", path = p)));
            }
            ExitCode::SUCCESS
        }
        Err(f) => out.failure(f, msg!("new-failed")),
    }
}

fn init_site(dir: &Path, out: &Out) -> ExitCode {
    match init::run(dir) {
        Ok(files) => {
            out.info(&msg!("init-created", dir = dir, files = files.len()));
            out.info(&msg!("init-next", dir = dir));
            ExitCode::SUCCESS
        }
        Err(e) => out.failure(Failure::Tool(e), msg!("init-failed")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_has_its_words_in_both_languages() {
        assert_eq!(cli::missing_texts(&Cli::command()), Vec::<String>::new());
    }
}
