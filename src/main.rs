//! `pricesim`: the command line over the rating core. Parsing arguments, reading files, printing
//! and exit codes live here; every figure comes from the library.
//!
//! Exit codes (CONTRACT.md): 0 success, 1 the input is wrong (the message names file, line and
//! field), 2 the command line is wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use pricesim::catalog::Catalog;
use pricesim::compare::{CompareError, compare};
use pricesim::diag::Diagnostics;
use pricesim::{render, scenario};

#[derive(Parser)]
#[command(
    name = "pricesim",
    version,
    about = "Price a month of messaging usage on every vendor plan, side by side, exact to the cent"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Price a scenario on every plan (or the named ones), cheapest first.
    Quote {
        /// The scenario file (TOML, see CONTRACT.md).
        scenario: PathBuf,
        /// A folder of rate cards to use instead of the shipped ones.
        #[arg(long, value_name = "DIR")]
        ratecards: Option<PathBuf>,
        /// Only this plan, as `vendor/plan`; repeat for several.
        #[arg(long = "plan", value_name = "VENDOR/PLAN")]
        plans: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Work with rate cards.
    Ratecards {
        #[command(subcommand)]
        command: RatecardsCommand,
    },
}

#[derive(Subcommand)]
enum RatecardsCommand {
    /// Report every problem of every rate card in a folder (default: `ratecards`).
    Check {
        /// The folder of rate cards.
        #[arg(default_value = "ratecards")]
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
}

/// A failed run: its message and exit code.
struct Failure {
    code: u8,
    message: String,
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Self {
        Failure { code: 1, message: d.to_string() }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Quote { scenario, ratecards, plans, format } => quote(&scenario, ratecards.as_deref(), &plans, format),
        Command::Ratecards { command: RatecardsCommand::Check { dir } } => check(&dir),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(f) => {
            for line in f.message.lines() {
                eprintln!("error: {line}");
            }
            ExitCode::from(f.code)
        }
    }
}

fn catalog(dir: Option<&Path>) -> Result<Catalog, Failure> {
    Ok(match dir {
        Some(dir) => Catalog::load_dir(dir)?,
        None => Catalog::shipped()?,
    })
}

fn quote(path: &Path, ratecards: Option<&Path>, plans: &[String], format: Format) -> Result<String, Failure> {
    let catalog = catalog(ratecards)?;
    let mut scenario = scenario::load_file(path, &catalog)?;
    if scenario.name.is_none() {
        scenario.name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    }
    let comparison = compare(&catalog, &scenario, plans).map_err(|e| Failure {
        code: if matches!(e, CompareError::UnknownPlan { .. }) { 2 } else { 1 },
        message: e.to_string(),
    })?;
    let internal = |e: String| Failure { code: 1, message: e };
    match format {
        Format::Table => Ok(render::table::render(&comparison)),
        Format::Json => {
            serde_json::to_string_pretty(&comparison).map(|s| s + "\n").map_err(|e| internal(e.to_string()))
        }
        Format::Csv => render::csv::render(&comparison).map_err(|e| internal(e.to_string())),
    }
}

fn check(dir: &Path) -> Result<String, Failure> {
    let catalog = Catalog::load_dir(dir).map_err(|d| {
        let n = d.0.len();
        let files: std::collections::BTreeSet<_> = d.0.iter().map(|x| x.file.clone()).collect();
        Failure {
            code: 1,
            message: format!("{d}\n{n} problem{} in {} rate card{}", plural(n), files.len(), plural(files.len())),
        }
    })?;
    let cards = catalog.cards();
    let versions: usize = cards.iter().map(|c| c.versions.len()).sum();
    let plans: usize = cards.iter().flat_map(|c| &c.versions).map(|v| v.plans.len()).sum();
    Ok(format!(
        "{}: {} rate card{}, {versions} version{}, {plans} plan{}: no problems\n",
        dir.display(),
        cards.len(),
        plural(cards.len()),
        plural(versions),
        plural(plans)
    ))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
