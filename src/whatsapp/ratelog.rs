//! `pricesim rate-log whatsapp`: a log file rated under a rate card with WhatsApp tables.
//!
//! A log in time order is rated as it is read, holding only contacts with open windows. The first
//! row out of order stops that pass, and the log is read again into memory (16 bytes a row plus
//! the line), sorted into the same order, and rated the same way: the result never depends on the
//! file's order, only the memory and the time do.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono_tz::Tz;

use super::clock::rfc3339;
use super::engine::{Charged, Engine, LIST_FIRST, Outcome, Tally, TooEarly};
use super::log::{Event, LogReader};
use super::rates::Rate;
use super::report::{LogReport, RowRef, RunInfo, build, unit_rate};
use super::rules::Unit;
use crate::atomic::AtomicFile;
use crate::diag::{Diagnostic, Diagnostics, open_file, whole_file};
use crate::money::Currency;
use crate::progress::{EVERY, Step, Watch};
use crate::ratecard::RateCard;

/// How to rate a log.
#[derive(Debug, Clone)]
pub struct Options {
    /// The business account's time zone.
    pub timezone: Tz,
    /// The currency to price in (a currency the card has rates in).
    pub currency: Currency,
    /// Skip and count rows that cannot be read, instead of stopping at the first.
    pub skip_invalid: bool,
    /// Where to write the per-unit detail CSV.
    pub detail: Option<PathBuf>,
}

/// Why a log could not be rated.
#[derive(Debug, thiserror::Error)]
pub enum LogError {
    /// The log (or the card) is wrong: where and why.
    #[error(transparent)]
    Input(#[from] Diagnostics),
    /// The card prices no WhatsApp traffic.
    #[error("rate card `{0}` has no WhatsApp tables")]
    NoTables(String),
    /// The user cancelled the read (see [`Watch`]); nothing was written.
    #[error("cancelled")]
    Cancelled,
    /// The detail file could not be written.
    #[error("cannot write `{file}`: {message}")]
    Write {
        /// The file.
        file: PathBuf,
        /// Why.
        message: String,
    },
}

/// Rates the log at `path`, telling `watch` how far it has come.
pub fn rate_log(path: &Path, card: &RateCard, options: &Options, watch: &dyn Watch) -> Result<LogReport, LogError> {
    let tables = card.whatsapp.as_ref().ok_or_else(|| LogError::NoTables(card.vendor.clone()))?;
    if !tables.prices_in(options.currency) {
        return Err(Diagnostics(vec![whole_file(
            &card.file,
            format!("rate card `{}` has no WhatsApp rates in {}", card.vendor, options.currency),
        )])
        .into());
    }
    let run = match pass(path, card, options, Order::AsRead, watch)? {
        Some(run) => run,
        None => pass(path, card, options, Order::Sorted, watch)?
            .ok_or_else(|| LogError::Input(Diagnostics(vec![whole_file(path, "the log changed while it was read")])))?,
    };
    let Run { tally, rows_read, skipped, rows_skipped } = run;
    let tz = options.timezone;
    let info = RunInfo {
        timezone: tz.name().to_string(),
        rows_read,
        rows_skipped,
        skipped,
        refused_first: tally
            .refused_first
            .iter()
            .map(|e| RowRef { line: e.line, contact: format!("+{}", e.contact), timestamp: rfc3339(tz, e.at) })
            .collect(),
    };
    build(&tally, card, options.currency, info)
        .map_err(|e| LogError::Input(Diagnostics(vec![whole_file(path, format!("the amounts are too large: {e}"))])))
}

/// How a pass takes the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    /// As the file has them, giving up at the first row out of order.
    AsRead,
    /// All in memory, sorted.
    Sorted,
}

struct Run {
    tally: Tally,
    rows_read: u64,
    rows_skipped: u64,
    skipped: Vec<Diagnostic>,
}

/// One pass over the file; `None` when `order` is `AsRead` and the file is not in time order.
fn pass(
    path: &Path,
    card: &RateCard,
    options: &Options,
    order: Order,
    watch: &dyn Watch,
) -> Result<Option<Run>, LogError> {
    let cannot = |e: std::io::Error| Diagnostics(vec![whole_file(path, format!("cannot read the log: {e}"))]);
    let open = open_file(path, "the log")?;
    let total = open.metadata().map_err(cannot)?.len();
    let pass_number = if order == Order::AsRead { 1 } else { 2 };
    let report = |reader: &LogReader<File>| {
        watch.step(Step { pass: pass_number, done: reader.bytes_read(), total });
        if watch.cancelled() { Err(LogError::Cancelled) } else { Ok(()) }
    };
    let mut reader = LogReader::new(open, path).map_err(|d| Diagnostics(vec![d]))?;
    let mut engine = Engine::new(card, options.timezone).ok_or_else(|| LogError::NoTables(card.vendor.clone()))?;
    let mut detail = match &options.detail {
        Some(file) => Some(Detail::create(file, card, options)?),
        None => None,
    };
    let mut run = Run { tally: Tally::default(), rows_read: 0, rows_skipped: 0, skipped: Vec::new() };
    let mut skip = |run: &mut Run, problem: Diagnostic| -> Result<(), LogError> {
        if !options.skip_invalid {
            return Err(Diagnostics(vec![problem]).into());
        }
        run.rows_skipped += 1;
        if run.skipped.len() < LIST_FIRST {
            run.skipped.push(problem);
        }
        Ok(())
    };
    // Rows are rated in chunks: a chunk's contacts are loaded together (see `Engine::warm`), and
    // the rows of its last instant wait for the next chunk, which may hold more of that instant.
    let mut pending: Vec<Event> = Vec::with_capacity(CHUNK * 2);
    while let Some(row) = reader.next_event() {
        run.rows_read += 1;
        if run.rows_read.is_multiple_of(EVERY) {
            report(&reader)?;
        }
        let event = match row {
            Ok(event) => event,
            Err(problem) => {
                skip(&mut run, problem)?;
                continue;
            }
        };
        if order == Order::AsRead {
            if pending.last().is_some_and(|last| event.at < last.at) {
                return Ok(None);
            }
            if pending.len() >= CHUNK {
                let last = pending.last().map_or(i64::MIN, |e| e.at);
                let cut = pending.partition_point(|e| e.at < last);
                feed(&mut engine, &mut pending, cut, &mut detail, &mut run, &mut skip, (path, watch))?;
            }
        }
        pending.push(event);
    }
    report(&reader)?;
    let all = pending.len();
    feed(&mut engine, &mut pending, all, &mut detail, &mut run, &mut skip, (path, watch))?;
    if let Some(detail) = detail {
        detail.finish()?;
    }
    run.tally = engine.finish();
    Ok(Some(run))
}

/// Rows rated together.
const CHUNK: usize = 256;

/// Rates the first `n` of `events` (sorted here, into the rater's order) and removes them;
/// `watch` is asked between chunks, since the second pass rates the whole log here.
fn feed(
    engine: &mut Engine<'_>,
    events: &mut Vec<Event>,
    n: usize,
    detail: &mut Option<Detail>,
    run: &mut Run,
    skip: &mut dyn FnMut(&mut Run, Diagnostic) -> Result<(), LogError>,
    (path, watch): (&Path, &dyn Watch),
) -> Result<(), LogError> {
    let Some(batch) = events.get_mut(..n) else { return Ok(()) };
    // Unstable sort: no buffer the size of the log, and events are totally ordered (their line
    // breaks ties), so the order is the same either way.
    if !batch.is_sorted() {
        batch.sort_unstable();
    }
    let mut written = Ok(());
    for chunk in batch.chunks(CHUNK) {
        if watch.cancelled() {
            return Err(LogError::Cancelled);
        }
        engine.warm(chunk);
        for event in chunk {
            let mut sink = |c: &Charged| {
                if let Some(d) = detail.as_mut()
                    && written.is_ok()
                {
                    written = d.write(c);
                }
            };
            if let Err(TooEarly { event, first }) = engine.event(event, &mut sink) {
                let first = first.map(|f| format!(" (the first starts {f})")).unwrap_or_default();
                let day = rfc3339(chrono_tz::UTC, event.at);
                skip(
                    run,
                    Diagnostic {
                        file: path.to_path_buf(),
                        line: Some(event.line as usize),
                        column: None,
                        field: "timestamp".to_string(),
                        message: format!("no WhatsApp pricing version is in force at {day}{first}"),
                    },
                )?;
            }
        }
    }
    written?;
    events.drain(..n);
    Ok(())
}

/// The detail CSV, written whole or not at all.
struct Detail<'a> {
    file: PathBuf,
    out: AtomicFile,
    card: &'a RateCard,
    options: &'a Options,
}

impl<'a> Detail<'a> {
    fn create(file: &Path, card: &'a RateCard, options: &'a Options) -> Result<Self, LogError> {
        let error = |e: std::io::Error| LogError::Write { file: file.to_path_buf(), message: e.to_string() };
        let mut out = AtomicFile::create(file).map_err(error)?;
        out.write_all(
            b"contact,time,line,month,version,unit,market,category,status,reason,unit_price,conversation_ends\n",
        )
        .map_err(error)?;
        Ok(Detail { file: file.to_path_buf(), out, card, options })
    }

    fn write(&mut self, c: &Charged) -> Result<(), LogError> {
        let tz = self.options.timezone;
        let tables = self.card.whatsapp.as_ref();
        let version = self.card.versions.iter().filter(|v| v.whatsapp.is_some()).nth(c.version);
        let version_from = version.map(|v| v.effective_from).unwrap_or_default();
        let (rate, market) = match tables {
            Some(t) => (
                unit_rate(t, self.options.currency, version_from, c.rates_day, c.market, c.category).0,
                t.markets.name(c.market).to_string(),
            ),
            None => (Rate::Unknown, String::new()),
        };
        let price = match rate {
            Rate::Price(p) => p.to_string(),
            Rate::Unknown => "unknown".to_string(),
            Rate::NotAvailable => "n/a".to_string(),
        };
        let (status, reason) = match c.outcome {
            Outcome::Billable => ("billable", ""),
            Outcome::Free(r) => ("free", r.as_str()),
        };
        let unit = if c.unit == Unit::Conversation { "conversation" } else { "message" };
        let ends = c.ends.map(|e| rfc3339(tz, e)).unwrap_or_default();
        writeln!(
            self.out,
            "+{},{},{},{},{},{unit},{},{},{status},{reason},{price},{ends}",
            c.event.contact,
            rfc3339(tz, c.event.at),
            c.event.line,
            c.month,
            version_from,
            csv_field(&market),
            c.category,
        )
        .map_err(|e| LogError::Write { file: self.file.clone(), message: e.to_string() })
    }

    fn finish(self) -> Result<(), LogError> {
        let file = self.file;
        self.out.commit().map_err(|e| LogError::Write { file, message: e.to_string() })
    }
}

/// A CSV field, quoted when it holds a comma or a quote (`Rest of Central & Eastern Europe` is
/// fine; a user's market name might not be), and safe in a spreadsheet (`render::sheet::cell`).
fn csv_field(s: &str) -> String {
    let s = crate::render::sheet::cell(s);
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.into_owned() }
}
