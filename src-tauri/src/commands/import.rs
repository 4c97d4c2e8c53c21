//! Import: a WhatsApp message log or a usage log, picked in a native dialog and rated by the core
//! into an invoice-like summary (`pricesim rate-log whatsapp` / `usage`). A log can hold millions
//! of rows, so the read runs on a blocking thread, tells the page how far it has come over a
//! channel, and stops when the page calls [`cancel_import`]. A vendor's invoice can then be checked
//! against the last usage log imported (`commands::invoice`).
// `#[tauri::command]` expands an async command with `unreachable!` in code of its own.
#![allow(clippy::unreachable)]

use std::cell::Cell;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pricesim::catalog::Catalog;
use pricesim::money::Currency;
use pricesim::progress::{Step, Watch};
use pricesim::timezone;
use pricesim::usagelog::{self, UsageLogError, UsageMonth, UsageReport};
use pricesim::whatsapp::ratelog::{self, LogError};
use pricesim::whatsapp::report::LogReport;
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

use super::files::{Dialog, FileKind, pick};
use super::{Failure, FailureKind, catalog};
use crate::state::AppState;

/// Which log, read how.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportAsk {
    /// `whatsapp` (timestamp,contact,direction,type,category,origin) or `usage`
    /// (timestamp,contact,event,actor[,quantity]).
    pub kind: LogKind,
    /// The account's time zone (IANA name): months turn over at its midnight.
    pub timezone: String,
    /// The currency of the summary: WhatsApp rates are in USD (some in EUR); a usage log's plans
    /// are compared in this currency.
    pub currency: String,
    /// Skip rows that cannot be read (counted, the first ones listed) instead of stopping.
    pub skip_invalid: bool,
}

/// The two logs the core reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LogKind {
    /// A WhatsApp message log.
    Whatsapp,
    /// A log of chats and outcomes.
    Usage,
}

/// A log rated.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Imported {
    /// A WhatsApp log at Meta's rates.
    Whatsapp {
        /// The log read, to say so and to name its export.
        path: String,
        /// Per month, market and category.
        report: LogReport,
    },
    /// A usage log, every plan priced month by month.
    Usage {
        /// The log read, to say so and to name its export.
        path: String,
        /// Per month: the usage and every plan's quote.
        report: UsageReport,
        /// The derived usage as a scenario's TOML (later months as `[[months]]`), to open in the
        /// form.
        scenario: String,
    },
}

/// Asks for a log, rates it, and answers with its summary; `progress` hears how far the read
/// has come. Answers `cancelled` when the user closes the dialog or cancels the read.
#[tauri::command]
pub async fn import_log<R: Runtime>(
    ask: ImportAsk,
    progress: Channel<Step>,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Imported, Failure> {
    let name = match ask.kind {
        LogKind::Whatsapp => "whatsapp-log.csv",
        LogKind::Usage => "usage-log.csv",
    };
    // The choices first: a wrong one is said before a file is asked for.
    let timezone = timezone::parse(&ask.timezone).map_err(|e| Failure::invalid("timezone", e))?;
    let currency: Currency = ask.currency.parse().map_err(|m| Failure::invalid("currency", m))?;
    let path = pick(&app, Dialog::Open(FileKind { name, what: "CSV log", exts: &["csv"] }))?;
    // A file is chosen: the previous file's results are no longer what the screen shows, whether
    // this one rates or not.
    forget(&state)?;
    // A copy of the cards, so editing one while a long log is read neither waits nor changes it.
    let catalog: Catalog = catalog(&state)?.clone();
    let cancel = Arc::clone(&state.import_cancel);
    cancel.store(false, Ordering::SeqCst);
    let watch = ToPage { channel: progress, cancel, last: Cell::new(None) };
    let kind = ask.kind;
    let skip_invalid = ask.skip_invalid;
    let last = Arc::clone(&state.last_usage);
    let read = move || match kind {
        LogKind::Whatsapp => {
            whatsapp(path, &catalog, ratelog::Options { timezone, currency, skip_invalid, detail: None }, &watch)
        }
        LogKind::Usage => {
            let options = usagelog::Options { timezone, currency, skip_invalid, plans: Vec::new() };
            usage(path, &catalog, options, &watch, &last)
        }
    };
    let imported = tauri::async_runtime::spawn_blocking(read).await.map_err(|e| Failure::new(FailureKind::Io, e))??;
    *state.last_rated.lock().map_err(|_| lost())? = Some(match &imported {
        Imported::Whatsapp { report, .. } => Rated::Whatsapp(report.clone()),
        Imported::Usage { report, .. } => Rated::Usage(report.clone()),
    });
    Ok(imported)
}

/// A log's report, kept for its export.
#[derive(Debug)]
pub enum Rated {
    /// A WhatsApp log at Meta's rates.
    Whatsapp(LogReport),
    /// A usage log, every plan priced month by month.
    Usage(UsageReport),
}

/// The last log rated as CSV: the same bytes as `pricesim rate-log whatsapp|usage LOG --format csv`
/// with the same choices (the core's renderers), for a spreadsheet.
pub fn rated_csv(state: &AppState) -> Result<String, Failure> {
    let rated = state.last_rated.lock().map_err(|_| lost())?;
    let csv = match rated.as_ref() {
        Some(Rated::Whatsapp(report)) => pricesim::render::log::csv(report),
        Some(Rated::Usage(report)) => pricesim::render::usage::csv(report),
        None => return Err(Failure::new(FailureKind::Pricing, "import a log first: there are no results to export")),
    };
    csv.map_err(|e| Failure::new(FailureKind::Io, e))
}

/// Forgets the last log's results: its report and the months invoices are checked against.
fn forget(state: &AppState) -> Result<(), Failure> {
    *state.last_rated.lock().map_err(|_| lost())? = None;
    state.last_usage.lock().map_err(|_| lost())?.clear();
    Ok(())
}

fn lost() -> Failure {
    Failure::new(FailureKind::Internal, "the last import is lost")
}

/// Stops the import under way, if any.
#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.import_cancel.store(true, Ordering::SeqCst);
}

fn whatsapp(path: PathBuf, catalog: &Catalog, options: ratelog::Options, watch: &ToPage) -> Result<Imported, Failure> {
    let card = catalog
        .whatsapp_card()
        .ok_or_else(|| Failure::new(FailureKind::Pricing, "no rate card has WhatsApp tables (Meta's)"))?;
    let report = ratelog::rate_log(&path, card, &options, watch).map_err(|e| match e {
        LogError::Input(d) => d.into(),
        LogError::Cancelled => cancelled(),
        other => Failure::new(FailureKind::Pricing, other),
    })?;
    Ok(Imported::Whatsapp { path: path.display().to_string(), report })
}

fn usage(
    path: PathBuf,
    catalog: &Catalog,
    options: usagelog::Options,
    watch: &ToPage,
    last: &Mutex<Vec<UsageMonth>>,
) -> Result<Imported, Failure> {
    let (report, scenario) = usagelog::rate(&path, catalog, &options, watch).map_err(|e| match e {
        UsageLogError::Input(d) => d.into(),
        UsageLogError::Cancelled => cancelled(),
        other => Failure::new(FailureKind::Pricing, other),
    })?;
    *last.lock().map_err(|_| super::poisoned("the months of the last import"))? = report.months.clone();
    let scenario = pricesim::scenario::to_toml(&scenario);
    Ok(Imported::Usage { path: path.display().to_string(), report, scenario })
}

fn cancelled() -> Failure {
    Failure::new(FailureKind::Cancelled, "the import was cancelled")
}

/// Reports to the page at most every [`PACE`] (and always at the end of a pass), and stops when
/// the page cancels.
struct ToPage {
    channel: Channel<Step>,
    cancel: Arc<AtomicBool>,
    last: Cell<Option<Instant>>,
}

/// The least time between two reports: a smooth bar, few messages.
const PACE: Duration = Duration::from_millis(50);

impl Watch for ToPage {
    fn step(&self, step: Step) {
        let due = self.last.get().is_none_or(|t| t.elapsed() >= PACE);
        if due || step.done == step.total {
            self.last.set(Some(Instant::now()));
            // A page that has gone away hears nothing; the read goes on to its end or a cancel.
            let _ = self.channel.send(step);
        }
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::SeqCst)
    }
}
