//! `pricesim`: the command line over the rating core. Parsing arguments, reading files, printing
//! and exit codes live here; every figure comes from the library.
//!
//! Exit codes (CONTRACT.md): 0 success, 1 the input is wrong (the message names file, line and
//! field), 2 the command line is wrong.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use pricesim::atomic::AtomicFile;
use pricesim::breakeven::BreakevenError;
use pricesim::catalog::Catalog;
use pricesim::chart;
use pricesim::compare::CompareError;
use pricesim::diag::Diagnostics;
use pricesim::i18n::Language;
use pricesim::money::Currency;
use pricesim::progress::Silent;
use pricesim::simulate::SimulateError;
use pricesim::uncertainty::{DecideError, decide};
use pricesim::whatsapp::genlog::{self, Spec};
use pricesim::whatsapp::ratelog::{Options, all_cores, rate_log_on};
use pricesim::{import, offer, render, scenario, usagelog};

/// A quote is built of many small strings and lists (lines, warnings, provenance), made and freed
/// on every keystroke in the app and every month of a simulation: mimalloc makes and frees them
/// at a fraction of the system allocator's cost (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        #[command(flatten)]
        with: Pricing,
        /// Months sampled from the scenario's ranges (docs/UNCERTAINTY.md).
        #[arg(long, value_name = "N", default_value_t = pricesim::uncertainty::DEFAULT_SAMPLES,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(pricesim::uncertainty::MAX_SAMPLES)))]
        samples: u32,
        /// Also write the quote document a rep sends the prospect (`.pdf` or `.html`), from the
        /// scenario's `[quote]` details (docs/QUOTE.md).
        #[arg(long, value_name = "FILE")]
        document: Option<PathBuf>,
        /// The document's language, over `[quote] language`: en, nl, fr or de.
        #[arg(long, value_name = "LANG", requires = "document")]
        lang: Option<Language>,
    },
    /// Price a scenario month by month on every plan (or the named ones): usage growing, rate
    /// cards changing, prepaid wallets carried day by day; totals over the horizon.
    Simulate(SimulateArgs),
    /// Draw a chart (SVG or PNG, 1200×700).
    Chart {
        #[command(subcommand)]
        command: ChartCommand,
    },
    /// Vary one count of a scenario over a range and say which plan is cheapest where, and where
    /// each pair of plans crosses (exactly, not sampled).
    Breakeven(BreakevenArgs),
    /// Work with rate cards.
    Ratecards {
        #[command(subcommand)]
        command: RatecardsCommand,
    },
    /// Work with exchange rates.
    Fx {
        #[command(subcommand)]
        command: FxCommand,
    },
    /// Rate a log of real traffic the way the vendor bills it.
    RateLog {
        #[command(subcommand)]
        command: RateLogCommand,
    },
    /// Write a synthetic log (CSV) for tests, demos and benchmarks: a WhatsApp message log, or
    /// with `usage` a usage log of chats and outcomes.
    GenLog {
        /// Which log: `whatsapp` (for `rate-log whatsapp`) or `usage` (for `rate-log usage`).
        #[arg(value_enum, default_value_t = LogKind::Whatsapp)]
        kind: LogKind,
        /// How many contacts.
        #[arg(long)]
        contacts: u64,
        /// Over how many days.
        #[arg(long)]
        days: u32,
        /// The seed: the same seed gives the same log, on every machine.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The first day, `YYYY-MM-DD` (UTC). The default spans Meta's 2026-10-01 change.
        #[arg(long, default_value = "2026-09-20")]
        start: chrono::NaiveDate,
        /// Write the rows in random order (the rater must not care).
        #[arg(long)]
        shuffle: bool,
        /// Write to this file (whole or not at all) instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Which log `gen-log` writes.
#[derive(Clone, Copy, ValueEnum)]
enum LogKind {
    /// A WhatsApp message log.
    Whatsapp,
    /// A usage log of chats and outcomes.
    Usage,
}

#[derive(Subcommand)]
enum RateLogCommand {
    /// Price a log of chats and outcomes (CSV: timestamp,contact,event,actor[,quantity]) month by
    /// month, and check invoices against it.
    Usage(UsageLog),
    /// Rate a WhatsApp message log (CSV: timestamp,contact,direction,type,category,origin) at
    /// Meta's rates: per month, market and category, billable and free units and amounts.
    Whatsapp(WhatsappLog),
}

/// `rate-log usage`'s arguments.
#[derive(Args)]
struct UsageLog {
    /// The usage log to price (CSV: timestamp,contact,event,actor[,quantity]).
    log: PathBuf,
    /// The account's time zone (IANA name): months turn over at its midnight.
    #[arg(long, default_value = "UTC", value_name = "TZ", value_parser = pricesim::timezone::parse)]
    timezone: chrono_tz::Tz,
    /// The display currency of each month's comparison.
    #[arg(long, default_value = "EUR")]
    currency: Currency,
    /// Skip rows that cannot be read (counted, the first ones listed) instead of stopping.
    #[arg(long)]
    skip_invalid: bool,
    /// An invoice to check against the log (TOML: plan, month, lines); repeat for several.
    #[arg(long = "invoice", value_name = "FILE")]
    invoices: Vec<PathBuf>,
    /// Write the derived usage as a scenario file (later months as `[[months]]`).
    #[arg(long, value_name = "FILE")]
    scenario_out: Option<PathBuf>,
    #[command(flatten)]
    with: Pricing,
}

/// `rate-log whatsapp`'s arguments.
#[derive(Args)]
struct WhatsappLog {
    /// The message log to rate (CSV: timestamp,contact,direction,type,category,origin).
    log: PathBuf,
    /// A folder of rate cards (default: your own, the app's, when it exists; else the shipped ones).
    #[arg(long, value_name = "DIR")]
    ratecards: Option<PathBuf>,
    /// The business account's time zone (IANA name): months and free tiers turn over at its
    /// midnight.
    #[arg(long, default_value = "UTC", value_name = "TZ", value_parser = pricesim::timezone::parse)]
    timezone: chrono_tz::Tz,
    /// Skip rows that cannot be read (they are counted, and the first ones listed) instead of
    /// stopping at the first.
    #[arg(long)]
    skip_invalid: bool,
    /// Price in this currency (Meta publishes some EUR rates; USD has them all).
    #[arg(long, default_value = "USD")]
    currency: Currency,
    /// Also write every conversation or message, one per row, to this CSV file.
    #[arg(long, value_name = "FILE")]
    detail: Option<PathBuf>,
    /// Rate on this many threads (contacts are shared out between them; the answer is the same
    /// for any number). Default: every core.
    #[arg(long, value_name = "N")]
    threads: Option<std::num::NonZeroUsize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `simulate`'s arguments.
#[derive(Args)]
struct SimulateArgs {
    /// The scenario file (TOML, see CONTRACT.md; `[[months]]` and `[daily]` in docs/SIMULATE.md).
    scenario: PathBuf,
    /// How many months, from the scenario's.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=600))]
    months: u32,
    /// Usage growth per month, in percent (negative shrinks), compounded.
    #[arg(long, default_value = "0", allow_hyphen_values = true)]
    growth: String,
    /// Growth of the contact counts (`contacts.*`) per month, in percent; default: `--growth`.
    #[arg(long, value_name = "PCT", allow_hyphen_values = true)]
    growth_contacts: Option<String>,
    /// Growth of the outcomes (`outcomes.*`) per month, in percent; default: `--growth`.
    #[arg(long, value_name = "PCT", allow_hyphen_values = true)]
    growth_outcomes: Option<String>,
    /// Growth of the WhatsApp units (`whatsapp.*`) per month, in percent; default: `--growth`.
    #[arg(long, value_name = "PCT", allow_hyphen_values = true)]
    growth_whatsapp: Option<String>,
    #[command(flatten)]
    with: Pricing,
}

#[derive(Subcommand)]
enum ChartCommand {
    /// A simulation: each plan's cost month by month, and wallets' balances with their top-ups.
    Simulate {
        #[command(flatten)]
        run: SimulateArgs,
        /// Draw it as SVG to this file.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// Draw it as PNG (1200×700) to this file.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// Draw each plan's cost to date (the running total) instead of its cost a month.
        #[arg(long)]
        cumulative: bool,
    },
}

/// `breakeven`'s arguments.
#[derive(Args)]
struct BreakevenArgs {
    /// The scenario file (TOML, see CONTRACT.md).
    scenario: PathBuf,
    /// The count to vary: a usage name (`contacts.engaged`, `outcomes.bot.test_drive`,
    /// `whatsapp.NL.marketing`, `agents.livechat`, `contacts.database`, ...).
    #[arg(long)]
    axis: String,
    /// The axis's first value: every whole count from it through `--to` is accounted for.
    #[arg(long)]
    from: u64,
    /// Its last value (inclusive).
    #[arg(long)]
    to: u64,
    /// Also draw the chart as SVG to this file.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    /// Also draw the chart as PNG (1200×700) to this file.
    #[arg(long, value_name = "FILE")]
    png: Option<PathBuf>,
    /// A folder of rate cards (default: your own, the app's, when it exists; else the shipped ones).
    #[arg(long, value_name = "DIR")]
    ratecards: Option<PathBuf>,
    /// Only this plan, as `vendor/plan`; repeat for several.
    #[arg(long = "plan", value_name = "VENDOR/PLAN")]
    plans: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = BreakevenFormat::Table)]
    format: BreakevenFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum BreakevenFormat {
    Table,
    Json,
}

#[derive(Subcommand)]
enum RatecardsCommand {
    /// Report every problem of every rate card in a folder (default: `ratecards`).
    Check {
        /// The folder to check, loaded as `quote --ratecards` loads one.
        #[arg(default_value = "ratecards")]
        dir: PathBuf,
    },
    /// Import a rate card in its publisher's own format into your cards, and say what changed.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
}

#[derive(Subcommand)]
enum FxCommand {
    /// The ECB's historical euro reference rates (`eurofxref-hist.csv`), as `published` rates of
    /// every currency pricesim knows: the last rate of each month, in the table `fx/ecb.csv`.
    Import {
        /// The CSV file, as the ECB publishes it.
        file: PathBuf,
        /// The folder of rate cards to write into (default: your own, the app's; made from the
        /// shipped cards when it does not exist yet).
        #[arg(long, value_name = "DIR")]
        ratecards: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Meta's rate-card CSV (the file its WhatsApp pricing page offers), as rates in force from a
    /// date: written as a new rates file of Meta's card, `published`, its source the file.
    Meta {
        /// The CSV file, as Meta publishes it.
        file: PathBuf,
        /// The first day its rates are in force; a version of Meta's card must be in force on it.
        #[arg(long, value_name = "YYYY-MM-DD")]
        effective: chrono::NaiveDate,
        /// The folder of rate cards to write into (default: your own, the app's; made from the
        /// shipped cards when it does not exist yet).
        #[arg(long, value_name = "DIR")]
        ratecards: Option<PathBuf>,
    },
}

/// What `quote` and `simulate` price with and how they print.
#[derive(Args)]
struct Pricing {
    /// A folder of rate cards (default: your own, the app's, when it exists; else the shipped ones).
    #[arg(long, value_name = "DIR")]
    ratecards: Option<PathBuf>,
    /// Only this plan, as `vendor/plan`; repeat for several.
    #[arg(long = "plan", value_name = "VENDOR/PLAN")]
    plans: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
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

impl Failure {
    /// The answer could not be written to standard output. A reader that stopped reading
    /// (`| head`) ends the run quietly with success, as command-line tools do; any other failure
    /// (a full disk) is exit 1 with a one-line message.
    fn output(e: &std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure { code: 0, message: String::new() };
        }
        Failure { code: 1, message: format!("cannot write the output: {e}") }
    }
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Self {
        Failure { code: 1, message: d.to_string() }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data = writes_data(&cli.command);
    let result = match cli.command {
        Command::Quote { scenario, with, samples, document, lang } => {
            quote(&scenario, &with, samples, document.as_deref(), lang)
        }
        Command::Breakeven(args) => breakeven(args),
        Command::Ratecards { command: RatecardsCommand::Check { dir } } => check(&dir),
        Command::Ratecards {
            command: RatecardsCommand::Import { command: ImportCommand::Meta { file, effective, ratecards } },
        } => import_meta(&file, effective, ratecards.as_deref()),
        Command::Fx { command: FxCommand::Import { file, ratecards } } => import_fx(&file, ratecards.as_deref()),
        Command::Simulate(args) => simulate(&args),
        Command::Chart { command: ChartCommand::Simulate { run, svg, png, cumulative } } => {
            chart_simulation(&run, svg, png, cumulative)
        }
        Command::RateLog { command: RateLogCommand::Usage(args) } => rate_usage(args),
        Command::RateLog { command: RateLogCommand::Whatsapp(args) } => rate_log(args),
        Command::GenLog { kind, contacts, days, seed, start, shuffle, output } => {
            gen_log(kind, &Spec { contacts, days, seed, start, shuffle }, output.as_deref())
        }
    };
    let written = result.and_then(|text| if data { write_out(&text) } else { write_out(&printable(&text)) });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            let mut err = std::io::stderr().lock();
            for line in f.message.lines() {
                // Nothing is left to report to when standard error itself fails.
                let _ = writeln!(err, "error: {}", printable(line));
            }
            ExitCode::from(f.code)
        }
    }
}

/// True when the command prints CSV: data for a spreadsheet, written exactly as it is (JSON needs
/// no care: serde escapes control characters).
fn writes_data(command: &Command) -> bool {
    let format = match command {
        Command::Quote { with, .. } | Command::RateLog { command: RateLogCommand::Usage(UsageLog { with, .. }) } => {
            with.format
        }
        Command::Simulate(args) => args.with.format,
        Command::RateLog { command: RateLogCommand::Whatsapp(args) } => args.format,
        Command::GenLog { .. } => return true,
        Command::Chart { .. } | Command::Breakeven(_) | Command::Ratecards { .. } | Command::Fx { .. } => Format::Table,
    };
    matches!(format, Format::Csv)
}

/// Text for a terminal: control characters other than line ends and tabs (an escape sequence in
/// a plan's name, say) are shown as `\u{1b}` rather than obeyed by the terminal.
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let shown = |c: char| !c.is_control() || c == '\n' || c == '\t';
    if text.chars().all(shown) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars().map(|c| if shown(c) { c.to_string() } else { c.escape_unicode().to_string() }).collect()
}

/// Writes the run's answer to standard output.
fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|e| Failure::output(&e))
}

/// The cards in `dir`, or by default the user's own folder when it exists (the app's, where
/// imports write), else the shipped cards.
fn catalog(dir: Option<&Path>) -> Result<Catalog, Failure> {
    Ok(match dir {
        Some(dir) => Catalog::load_dir(dir)?,
        None => pricesim::userdata::default_catalog()?.0,
    })
}

/// The scenario at `path`, named after its file when it has no name.
fn load_scenario(path: &Path, catalog: &Catalog) -> Result<scenario::Scenario, Failure> {
    let mut scenario = scenario::load_file(path, catalog)?;
    if scenario.name.is_none() {
        scenario.name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    }
    Ok(scenario)
}

fn quote(
    path: &Path,
    with: &Pricing,
    samples: u32,
    document: Option<&Path>,
    lang: Option<Language>,
) -> Result<String, Failure> {
    let catalog = catalog(with.ratecards.as_deref())?;
    let scenario = load_scenario(path, &catalog)?;
    let options = pricesim::uncertainty::Options { samples };
    let comparison = decide(&catalog, &scenario, &with.plans, &options).map_err(|e| Failure {
        code: if matches!(e, DecideError::Compare(CompareError::UnknownPlan { .. }) | DecideError::Samples(_)) {
            2
        } else {
            1
        },
        message: e.to_string(),
    })?;
    let internal = |e: String| Failure { code: 1, message: e };
    if let Some(file) = document {
        write_document(path, &scenario, &comparison, &catalog, file, lang)?;
    }
    match with.format {
        Format::Table => Ok(render::table::render(&comparison)),
        Format::Json => {
            serde_json::to_string_pretty(&comparison).map(|s| s + "\n").map_err(|e| internal(e.to_string()))
        }
        Format::Csv => render::csv::render(&comparison).map_err(|e| internal(e.to_string())),
    }
}

/// Writes the quote document to `file`; what the rep must check before sending it goes to
/// standard error.
fn write_document(
    path: &Path,
    scenario: &scenario::Scenario,
    comparison: &pricesim::compare::Comparison,
    catalog: &Catalog,
    file: &Path,
    language: Option<Language>,
) -> Result<(), Failure> {
    let base = path.parent().unwrap_or(Path::new("."));
    let options = offer::Options { today: offer::today(), language, base };
    let fail = |e: offer::OfferError| Failure { code: 1, message: e.to_string() };
    let prepared = offer::prepare(comparison, scenario, catalog, &options).map_err(fail)?;
    let bytes = offer::encode(&prepared.document, file).map_err(fail)?;
    AtomicFile::write(file, &bytes)
        .map_err(|e| Failure { code: 1, message: format!("cannot write {}: {e}", file.display()) })?;
    let mut err = std::io::stderr().lock();
    for warning in &prepared.warnings {
        // Nothing is left to report to when standard error itself fails.
        let _ = writeln!(err, "check before sending: {}", printable(warning));
    }
    Ok(())
}

fn breakeven(args: BreakevenArgs) -> Result<String, Failure> {
    let BreakevenArgs { scenario, axis, from, to, svg, png, ratecards, plans, format } = args;
    let catalog = catalog(ratecards.as_deref())?;
    let axis = pricesim::breakeven::axis(&axis, &catalog).map_err(|message| Failure { code: 2, message })?;
    let scenario = load_scenario(&scenario, &catalog)?;
    let answer =
        pricesim::breakeven::breakeven(&catalog, &scenario, &axis, (from, to), &plans).map_err(|e| Failure {
            code: match e {
                BreakevenError::Range { .. } | BreakevenError::Compare(CompareError::UnknownPlan { .. }) => 2,
                _ => 1,
            },
            // The library says what is wrong; the command line names its own flags.
            message: match e {
                BreakevenError::Range { from, to } => format!("--from {from} is above --to {to}"),
                e => e.to_string(),
            },
        })?;
    let title = scenario.title().to_string();
    draw(
        &chart::breakeven_chart(&answer, &title, &chart::Palette::new(catalog.plan_names())),
        svg.as_deref(),
        png.as_deref(),
    )?;
    match format {
        BreakevenFormat::Table => Ok(render::breakeven::table(&answer, &title)),
        BreakevenFormat::Json => serde_json::to_string_pretty(&answer)
            .map(|s| s + "\n")
            .map_err(|e| Failure { code: 1, message: e.to_string() }),
    }
}

fn rate_log(args: WhatsappLog) -> Result<String, Failure> {
    let WhatsappLog { log, ratecards, timezone, skip_invalid, currency, detail, threads, format } = args;
    let catalog = catalog(ratecards.as_deref())?;
    let card = catalog
        .whatsapp_card()
        .ok_or_else(|| Failure { code: 1, message: "no rate card has WhatsApp tables (Meta's `meta.toml`)".into() })?;
    let options = Options { timezone, currency, skip_invalid, detail };
    let threads = threads.unwrap_or_else(all_cores);
    let report =
        rate_log_on(&log, card, &options, threads, &Silent).map_err(|e| Failure { code: 1, message: e.to_string() })?;
    let internal = |e: String| Failure { code: 1, message: e };
    match format {
        Format::Table => Ok(render::log::table(&report)),
        Format::Json => serde_json::to_string_pretty(&report).map(|s| s + "\n").map_err(|e| internal(e.to_string())),
        Format::Csv => render::log::csv(&report).map_err(|e| internal(e.to_string())),
    }
}

fn rate_usage(args: UsageLog) -> Result<String, Failure> {
    let UsageLog { log, timezone, currency, skip_invalid, invoices, scenario_out, with } = args;
    let catalog = catalog(with.ratecards.as_deref())?;
    let options = usagelog::Options { timezone, currency, skip_invalid, plans: with.plans.clone() };
    let (mut report, scenario) = usagelog::rate(&log, &catalog, &options, &Silent).map_err(|e| Failure {
        code: if matches!(e, usagelog::UsageLogError::Compare(CompareError::UnknownPlan { .. })) { 2 } else { 1 },
        message: e.to_string(),
    })?;
    for file in &invoices {
        let invoice = usagelog::check::load(file)?;
        report.checks.push(usagelog::check::check(&invoice, &report.months, &catalog));
    }
    if let Some(file) = scenario_out.as_deref() {
        if report.months.is_empty() {
            return Err(Failure {
                code: 1,
                message: format!("{}: the log has no rows: no scenario to write", log.display()),
            });
        }
        AtomicFile::write(file, scenario::to_toml(&scenario).as_bytes()).map_err(|e| failed(file, e))?;
    }
    let internal = |e: String| Failure { code: 1, message: e };
    match with.format {
        Format::Table => Ok(render::usage::table(&report)),
        Format::Json => serde_json::to_string_pretty(&report).map(|s| s + "\n").map_err(|e| internal(e.to_string())),
        Format::Csv => render::usage::csv(&report).map_err(|e| internal(e.to_string())),
    }
}

/// Draws `chart` to the files asked for, all or none: every file is drawn and written first, and
/// only then are they put in place.
fn draw(chart: &chart::Chart, svg: Option<&Path>, png: Option<&Path>) -> Result<(), Failure> {
    let mut written = Vec::new();
    for (file, kind) in [(svg, chart::Kind::Svg), (png, chart::Kind::Png)] {
        if let Some(file) = file {
            let bytes = chart::render(chart, kind).map_err(|e| failed(file, e))?;
            let mut out = AtomicFile::create(file).map_err(|e| failed(file, e))?;
            out.write_all(&bytes).and_then(|()| out.sync()).map_err(|e| failed(file, e))?;
            written.push((file, out));
        }
    }
    for (file, out) in written {
        out.commit().map_err(|e| failed(file, e))?;
    }
    Ok(())
}

/// A file that could not be written (or drawn).
fn failed(file: &Path, e: impl std::fmt::Display) -> Failure {
    Failure { code: 1, message: format!("cannot write `{}`: {e}", file.display()) }
}

fn gen_log(kind: LogKind, spec: &Spec, output: Option<&Path>) -> Result<String, Failure> {
    let generate = match kind {
        LogKind::Whatsapp => genlog::generate,
        LogKind::Usage => usagelog::genlog::generate,
    };
    match output {
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            generate(spec, &mut out).map_err(|e| Failure::output(&e))?;
            out.flush().map_err(|e| Failure::output(&e))?;
            Ok(String::new())
        }
        Some(file) => {
            let mut out = AtomicFile::create(file).map_err(|e| failed(file, e))?;
            let rows = generate(spec, &mut out).map_err(|e| failed(file, e))?;
            out.commit().map_err(|e| failed(file, e))?;
            Ok(format!("{}: {rows} rows\n", file.display()))
        }
    }
}

fn simulate(args: &SimulateArgs) -> Result<String, Failure> {
    let (simulation, scenario, _) = run_simulation(args)?;
    let internal = |e: String| Failure { code: 1, message: e };
    match args.with.format {
        Format::Table => Ok(render::simulation::table(&simulation, scenario.title())),
        Format::Json => {
            serde_json::to_string_pretty(&simulation).map(|s| s + "\n").map_err(|e| internal(e.to_string()))
        }
        Format::Csv => render::simulation::csv(&simulation).map_err(|e| internal(e.to_string())),
    }
}

fn chart_simulation(
    args: &SimulateArgs,
    svg: Option<PathBuf>,
    png: Option<PathBuf>,
    cumulative: bool,
) -> Result<String, Failure> {
    if svg.is_none() && png.is_none() {
        return Err(Failure {
            code: 2,
            message: "say where to draw the chart: `--svg FILE`, `--png FILE` or both".to_string(),
        });
    }
    let (simulation, scenario, catalog) = run_simulation(args)?;
    let palette = chart::Palette::new(catalog.plan_names());
    let draw_as = if cumulative { chart::cumulative_chart } else { chart::simulation_chart };
    let chart = draw_as(&simulation, scenario.title(), scenario.currency, &palette);
    draw(&chart, svg.as_deref(), png.as_deref())?;
    let files: Vec<String> = [svg, png].into_iter().flatten().map(|f| f.display().to_string()).collect();
    Ok(format!("{}\n", files.join("\n")))
}

/// The simulation `args` ask for, its scenario and the catalog it was priced with.
fn run_simulation(
    args: &SimulateArgs,
) -> Result<(pricesim::simulate::Simulation, scenario::Scenario, Catalog), Failure> {
    let SimulateArgs { scenario: path, months, growth, growth_contacts, growth_outcomes, growth_whatsapp, with } = args;
    let rate = |flag: &str, text: &str| {
        pricesim::simulate::parse_growth(text).map_err(|_| Failure {
            code: 2,
            message: format!("`--{flag} {text}` is not a percentage above -100, such as `5` or `-2.5`"),
        })
    };
    let own = |flag: &str, text: &Option<String>| text.as_deref().map(|t| rate(flag, t)).transpose();
    let growth = pricesim::simulate::Growth {
        all: rate("growth", growth)?,
        contacts: own("growth-contacts", growth_contacts)?,
        outcomes: own("growth-outcomes", growth_outcomes)?,
        whatsapp: own("growth-whatsapp", growth_whatsapp)?,
    };
    let catalog = catalog(with.ratecards.as_deref())?;
    let scenario = load_scenario(path, &catalog)?;
    let simulation =
        pricesim::simulate::simulate(&catalog, &scenario, *months, growth, &with.plans).map_err(|e| Failure {
            code: if matches!(e, SimulateError::Compare(CompareError::UnknownPlan { .. })) { 2 } else { 1 },
            message: e.to_string(),
        })?;
    Ok((simulation, scenario, catalog))
}

/// Imports Meta's CSV into the cards folder and reports what changed and what was written.
fn import_meta(file: &Path, effective: chrono::NaiveDate, dir: Option<&Path>) -> Result<String, Failure> {
    let folder = import::Folder::open(dir)?;
    let prepared = import::meta::prepare(folder, file, effective, import::today())?;
    prepared.apply().map_err(|e| Failure { code: 1, message: format!("cannot write the rate cards: {e}") })?;
    Ok(render::import::meta(&prepared)
        + &render::import::written(&prepared.folder, prepared.new_folder, &prepared.writes))
}

/// Imports the ECB's rates into the cards folder and reports what changed and what was written.
fn import_fx(file: &Path, dir: Option<&Path>) -> Result<String, Failure> {
    let folder = import::Folder::open(dir)?;
    let prepared = import::ecb::prepare(folder, file, import::today())?;
    prepared.apply().map_err(|e| Failure { code: 1, message: format!("cannot write the rate cards: {e}") })?;
    Ok(render::import::fx(&prepared)
        + &render::import::written(&prepared.folder, prepared.new_folder, &prepared.writes))
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
