//! `pricesim rate-log whatsapp`: a log file rated under a rate card with WhatsApp tables.
//!
//! A log in time order is rated as it is read, holding only contacts with open windows. The first
//! row out of order stops that pass, and the log is read again into memory (24 bytes a row),
//! sorted into the same order, and rated the same way: the result never depends on the file's
//! order, only the memory and the time do.
//!
//! Both passes run on several threads: each reads blocks of the file side by side and rates the
//! contacts that hash to it; the free allowances (the account's, or each business number's) and
//! the first refused messages, the only things that cross contacts, are settled on the calling
//! thread in the rater's order, so the result never depends on the number of threads either
//! (`docs/WHATSAPP.md`).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono_tz::Tz;

use super::engine::{Charged, Counts, Engine, FreeTier, Key, LIST_FIRST, Outcome, Tally, TooEarly};
use super::log::{Block, Event, LogFormat};
use super::rates::Rate;
use super::report::{LogReport, RowRef, RunInfo, build, unit_rate};
use super::rules::Unit;
use crate::atomic::AtomicFile;
use crate::clock::rfc3339;
use crate::diag::{Diagnostic, Diagnostics, open_file, whole_file};
use crate::money::Currency;
use crate::progress::{Step, Watch};
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
    /// A rating thread stopped before its work was done.
    #[error("a rating thread stopped before its work was done")]
    Thread,
    /// The detail file could not be written.
    #[error("cannot write `{file}`: {message}")]
    Write {
        /// The detail file, as `--detail` names it.
        file: PathBuf,
        /// Why.
        message: String,
    },
}

/// Rates the log at `path` on every core, telling `watch` how far it has come.
pub fn rate_log(path: &Path, card: &RateCard, options: &Options, watch: &dyn Watch) -> Result<LogReport, LogError> {
    rate_log_on(path, card, options, all_cores(), watch)
}

/// Every core this process may use (`std::thread::available_parallelism`), or one when that is
/// not known.
pub fn all_cores() -> NonZeroUsize {
    std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN)
}

/// Rates the log at `path` on `threads` threads, telling `watch` how far it has come. The
/// report is the same, byte for byte, whatever the number of threads.
pub fn rate_log_on(
    path: &Path,
    card: &RateCard,
    options: &Options,
    threads: NonZeroUsize,
    watch: &dyn Watch,
) -> Result<LogReport, LogError> {
    rate_job(&Job { path, card, options, threads: threads.get(), block: None, watch })
}

/// Rates the log of `job`.
fn rate_job(job: &Job<'_>) -> Result<LogReport, LogError> {
    let Job { path, card, options, .. } = *job;
    let tables = card.whatsapp.as_ref().ok_or_else(|| LogError::NoTables(card.vendor.clone()))?;
    if !tables.prices_in(options.currency) {
        return Err(Diagnostics(vec![whole_file(
            &card.file,
            format!("rate card `{}` has no WhatsApp rates in {}", card.vendor, options.currency),
        )])
        .into());
    }
    let run = match pass(job, Order::AsRead)? {
        Some(run) => run,
        None => pass(job, Order::Sorted)?
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

/// What a pass needs.
struct Job<'a> {
    path: &'a Path,
    card: &'a RateCard,
    options: &'a Options,
    threads: usize,
    /// The bytes of a block, when not [`block_size`]'s (tests cut the log everywhere).
    block: Option<u64>,
    watch: &'a dyn Watch,
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

impl Run {
    /// Counts a row that cannot be rated, or stops at it.
    fn skip(&mut self, problem: Diagnostic, skip_invalid: bool) -> Result<(), LogError> {
        if !skip_invalid {
            return Err(Diagnostics(vec![problem]).into());
        }
        self.rows_skipped += 1;
        if self.skipped.len() < LIST_FIRST {
            self.skipped.push(problem);
        }
        Ok(())
    }
}

/// One thread's share of the work: it reads blocks of the file, and rates the contacts that
/// [`worker_of`] gives it. A contact's messages never meet another's, except in the month's free
/// tier and in which refused messages come first, which the pass settles in the rater's order.
struct Worker<'a> {
    /// Which of the workers it is.
    index: usize,
    engine: Engine<'a>,
    /// Its own handle on the log, to read blocks at any offset.
    file: File,
    block: Block,
    /// Its contacts' events not yet rated, in the rater's order from `start` on.
    pending: Vec<Event>,
    start: usize,
    /// The units the pass must see from the last rating: those the free tier may take, or all
    /// of them when the detail file is written.
    units: Vec<Charged>,
    /// Rows the last rating could not rate.
    problems: Vec<Diagnostic>,
}

/// One block read and split between the workers.
struct Parsed {
    /// The events of each worker's contacts, in the file's order, lines counted from the block's
    /// first line (0).
    buckets: Vec<Vec<Event>>,
    /// Rows that cannot be rated, lines counted the same way.
    problems: Vec<Diagnostic>,
    rows: u64,
    lines: u32,
    /// Whether it ends inside a quoted field (read as if it started outside one, an odd number
    /// of quotes).
    open: bool,
    end: u64,
    /// The first and last instants of its events, and whether they are in time order.
    first_at: Option<i64>,
    last_at: Option<i64>,
    in_order: bool,
}

/// Rows rated together.
const CHUNK: usize = 256;

/// Events rated between two looks at the watch once a sorted log is in memory.
const SLICE: usize = 1 << 18;

/// The worker (of `n`) whose contacts include `contact`.
fn worker_of(contact: u64, n: usize) -> usize {
    ((u128::from(contact.wrapping_mul(0x9E37_79B9_7F4A_7C15)) * n as u128) >> 64) as usize
}

/// Blocks read in a round, per worker: a worker that is done with its share of the rating reads
/// the blocks another has not started, so a thread the system holds back delays the others less.
const BLOCKS_PER_WORKER: usize = 4;

/// Bytes of a block: enough to make reading cheap, and at least eight rounds for a small file,
/// so progress is heard along the way.
fn block_size(total: u64, workers: usize) -> u64 {
    (total / ((workers * BLOCKS_PER_WORKER) as u64 * 8)).clamp(1024, 1 << 20)
}

/// Runs `job` on every worker at once, the first on this thread (which alone may talk to the
/// watch), and returns their answers in order.
fn on_all<W: Send, T: Send>(workers: &mut [W], job: impl Fn(&mut W) -> T + Sync) -> Result<Vec<T>, LogError> {
    let Some((first, rest)) = workers.split_first_mut() else { return Ok(Vec::new()) };
    std::thread::scope(|s| {
        let job = &job;
        let handles: Vec<_> = rest.iter_mut().map(|w| s.spawn(move || job(w))).collect();
        let mut out = vec![job(first)];
        for h in handles {
            out.push(h.join().map_err(|_| LogError::Thread)?);
        }
        Ok(out)
    })
}

/// One pass over the file; `None` when `order` is `AsRead` and the file is not in time order.
fn pass(job: &Job<'_>, order: Order) -> Result<Option<Run>, LogError> {
    let Job { path, card, options, threads, block, watch } = *job;
    let cannot = |e: std::io::Error| Diagnostics(vec![whole_file(path, format!("cannot read the log: {e}"))]);
    let mut file = open_file(path, "the log")?;
    let total = file.metadata().map_err(cannot)?.len();
    let format = LogFormat::new(&mut std::io::BufReader::new(&mut file), path).map_err(|d| Diagnostics(vec![d]))?;
    let size = block.unwrap_or_else(|| block_size(total, threads)).max(1);
    let n =
        threads.clamp(1, usize::try_from(total.saturating_sub(format.rows_start()).div_ceil(size)).unwrap_or(1).max(1));
    let mut workers = Vec::with_capacity(n);
    for index in 0..n {
        let engine = Engine::new(card, options.timezone).ok_or_else(|| LogError::NoTables(card.vendor.clone()))?;
        let file = open_file(path, "the log")?;
        workers.push(Worker {
            index,
            engine,
            file,
            block: Block::default(),
            pending: Vec::new(),
            start: 0,
            units: Vec::new(),
            problems: Vec::new(),
        });
    }
    let (starts_at, first_version) = match workers.first() {
        Some(w) => (w.engine.starts_at(), w.engine.first_version()),
        None => (None, None),
    };
    let mut detail = match &options.detail {
        Some(file) => Some(Detail::create(file, card, options)?),
        None => None,
    };
    let mut tier = FreeTier::new(card);
    let mut run = Run { tally: Tally::default(), rows_read: 0, rows_skipped: 0, skipped: Vec::new() };
    let pass_number = if order == Order::AsRead { 1 } else { 2 };
    let (mut offset, mut line, mut last_at) = (format.rows_start(), 2u32, i64::MIN);
    // Whether the next block starts inside a quoted field of a row before it (LogFormat::rows).
    let mut open = false;
    let mut again = Block::default();
    let early = Early { starts_at, first_version, file: path };
    let wants_all = detail.is_some();
    // Each round, every worker takes and (in time order) rates its share of the blocks read the
    // round before, then reads blocks until none is left: the workers wait for one another once
    // a round.
    let mut ready: Option<(Vec<Parsed>, Vec<u32>, Option<i64>)> = None;
    loop {
        let from = offset;
        let blocks: Vec<(u64, u64)> = (0..(n * BLOCKS_PER_WORKER) as u64)
            .map(|i| (from + i * size, (from + (i + 1) * size).min(total)))
            .filter(|(a, b)| a < b)
            .collect();
        if blocks.is_empty() && ready.is_none() {
            break;
        }
        offset = blocks.last().map_or(offset, |b| b.1);
        let before = ready.take();
        let next = AtomicUsize::new(0);
        let reads = on_all(&mut workers, |w| {
            if let Some((parsed, bases, cut)) = &before {
                w.take(parsed, bases, *cut, wants_all, &early);
            }
            let mut read = Vec::new();
            while let Some(&range) = blocks.get(next.fetch_add(1, Ordering::Relaxed)) {
                read.push((range, w.read(&format, range, n, &early)));
            }
            read
        })?;
        let mut parsed: Vec<((u64, u64), std::io::Result<Parsed>)> = reads.into_iter().flatten().collect();
        parsed.sort_unstable_by_key(|(range, _)| range.0);
        drop(before);
        settle(&mut workers, &mut tier, &mut detail, &mut run, options)?;
        let mut bases = Vec::with_capacity(blocks.len());
        let mut blocks_read = Vec::with_capacity(blocks.len());
        for (range, p) in parsed {
            let mut p = p.map_err(cannot)?;
            if open {
                // A quoted field of a row before runs into this block, which was read as if it
                // started outside one (rare: only in a log with a quoted line break): read again.
                p = read_block(&format, (&mut file, &mut again), range, n, &early, true).map_err(cannot)?;
            }
            open = p.open;
            bases.push(line);
            for mut problem in std::mem::take(&mut p.problems) {
                problem.line = problem.line.map(|l| l + line as usize);
                run.skip(problem, options.skip_invalid)?;
            }
            if order == Order::AsRead && (!p.in_order || p.first_at.is_some_and(|f| f < last_at)) {
                return Ok(None);
            }
            last_at = p.last_at.unwrap_or(last_at);
            run.rows_read += p.rows;
            line = line.saturating_add(p.lines);
            blocks_read.push(p);
        }
        if blocks_read.is_empty() {
            continue;
        }
        watch.step(Step { pass: pass_number, done: blocks_read.last().map_or(offset, |p| p.end).min(total), total });
        if watch.cancelled() {
            return Err(LogError::Cancelled);
        }
        ready = Some((blocks_read, bases, (order == Order::AsRead).then_some(last_at)));
    }
    watch.step(Step { pass: pass_number, done: total, total });
    if order == Order::Sorted {
        on_all(&mut workers, |w| w.pending.sort_unstable())?;
        let cuts: Vec<i64> = workers
            .first()
            .map(|w| w.pending.iter().step_by(SLICE).skip(1).map(|e| e.at).collect())
            .unwrap_or_default();
        for cut in cuts {
            if watch.cancelled() {
                return Err(LogError::Cancelled);
            }
            on_all(&mut workers, |w| w.rate(Some(cut), wants_all, &early))?;
            settle(&mut workers, &mut tier, &mut detail, &mut run, options)?;
        }
    }
    if watch.cancelled() {
        return Err(LogError::Cancelled);
    }
    on_all(&mut workers, |w| w.rate(None, wants_all, &early))?;
    settle(&mut workers, &mut tier, &mut detail, &mut run, options)?;
    if let Some(detail) = detail {
        detail.finish()?;
    }
    let mut counts: BTreeMap<Key, Counts> = BTreeMap::new();
    for w in workers {
        let t = w.engine.finish();
        for (key, c) in t.counts {
            let sum = counts.entry(key).or_default();
            sum.billable += c.billable;
            for (s, m) in sum.free.iter_mut().zip(c.free) {
                *s += m;
            }
        }
        run.tally.refused += t.refused;
        run.tally.refused_first.extend(t.refused_first);
        for (at, n) in t.carried {
            *run.tally.carried.entry(at).or_default() += n;
        }
    }
    run.tally.refused_first.sort_unstable();
    run.tally.refused_first.truncate(LIST_FIRST);
    tier.apply(&mut counts);
    run.tally.counts = counts;
    run.tally.numbers = tier.numbers();
    Ok(Some(run))
}

/// The units the workers rated last, in the rater's order: the free tier decided, the detail
/// file written, and rows that could not be rated counted.
fn settle(
    workers: &mut [Worker<'_>],
    tier: &mut FreeTier,
    detail: &mut Option<Detail<'_>>,
    run: &mut Run,
    options: &Options,
) -> Result<(), LogError> {
    let mut units: Vec<Charged> = workers.iter_mut().flat_map(|w| w.units.drain(..)).collect();
    units.sort_unstable_by_key(|u| u.event);
    for unit in &units {
        let (outcome, used_up) = tier.decide(unit);
        if let Some((month, pool)) = used_up {
            for w in workers.iter_mut() {
                w.engine.exhausted(month, pool);
            }
        }
        if let Some(d) = detail.as_mut() {
            d.write(&Charged { outcome, ..*unit })?;
        }
    }
    let mut problems: Vec<Diagnostic> = workers.iter_mut().flat_map(|w| w.problems.drain(..)).collect();
    problems.sort_by_key(|p| p.line);
    for problem in problems {
        run.skip(problem, options.skip_invalid)?;
    }
    Ok(())
}

/// What a row too early to rate is told.
struct Early<'a> {
    starts_at: Option<i64>,
    first_version: Option<chrono::NaiveDate>,
    file: &'a Path,
}

impl Early<'_> {
    fn problem(&self, event: &Event) -> Diagnostic {
        let first = self.first_version.map(|f| format!(" (the first starts {f})")).unwrap_or_default();
        Diagnostic {
            file: self.file.to_path_buf(),
            line: Some(event.line as usize),
            column: None,
            field: "timestamp".to_string(),
            message: format!("no WhatsApp pricing version is in force at {}{first}", rfc3339(chrono_tz::UTC, event.at)),
        }
    }
}

impl Worker<'_> {
    /// Reads the block `range` and splits its rows between `n` workers, as if it started outside
    /// a quoted field.
    fn read(&mut self, format: &LogFormat, range: (u64, u64), n: usize, early: &Early<'_>) -> std::io::Result<Parsed> {
        read_block(format, (&mut self.file, &mut self.block), range, n, early, false)
    }
}

/// Reads the block `range` of `file` into `block` and splits its rows between `n` workers; `open`
/// when it starts inside a quoted field of a row before it.
fn read_block(
    format: &LogFormat,
    (file, block): (&mut File, &mut Block),
    range: (u64, u64),
    n: usize,
    early: &Early<'_>,
    open: bool,
) -> std::io::Result<Parsed> {
    format.block(file, range.0, range.1, block)?;
    let mut p = Parsed {
        buckets: vec![Vec::new(); n],
        problems: Vec::new(),
        rows: 0,
        lines: 0,
        open: false,
        end: block.end,
        first_at: None,
        last_at: None,
        in_order: true,
    };
    let rows = format.rows(&block.text, 0, open, |row| {
        p.rows += 1;
        match row {
            Ok(e) if early.starts_at.is_some_and(|s| e.at >= s) => {
                p.in_order &= p.last_at.is_none_or(|last| last <= e.at);
                p.first_at.get_or_insert(e.at);
                p.last_at = Some(e.at);
                if let Some(bucket) = p.buckets.get_mut(worker_of(e.contact, n)) {
                    bucket.push(e);
                }
            }
            Ok(e) => p.problems.push(early.problem(&e)),
            Err(problem) => p.problems.push(problem),
        }
    });
    (p.lines, p.open) = (rows.lines, rows.open);
    Ok(p)
}

impl Worker<'_> {
    /// Takes this worker's events of `parsed` (the blocks starting on the lines `bases`), and,
    /// reading in time order, rates those before `cut`.
    fn take(&mut self, parsed: &[Parsed], bases: &[u32], cut: Option<i64>, all: bool, early: &Early<'_>) {
        for (p, base) in parsed.iter().zip(bases) {
            if let Some(bucket) = p.buckets.get(self.index) {
                self.pending.extend(bucket.iter().map(|e| Event { line: e.line.saturating_add(*base), ..*e }));
            }
        }
        if let Some(cut) = cut {
            // In time order already: only the rows of one instant may need ordering.
            sort_instants(self.pending.get_mut(self.start..).unwrap_or_default());
            self.rate(Some(cut), all, early);
        }
    }

    /// Rates the pending events before `cut` (all of them for `None`); they must be in order.
    fn rate(&mut self, cut: Option<i64>, all: bool, early: &Early<'_>) {
        let Worker { engine, pending, start, units, problems, .. } = self;
        let rest = pending.get(*start..).unwrap_or_default();
        let k = cut.map_or(rest.len(), |cut| rest.partition_point(|e| e.at < cut));
        for chunk in rest.get(..k).unwrap_or_default().chunks(CHUNK) {
            engine.warm(chunk);
            for event in chunk {
                let mut sink = |c: &Charged| {
                    if all || c.free_tier.is_some() {
                        units.push(*c);
                    }
                };
                if let Err(TooEarly { event, .. }) = engine.event(event, &mut sink) {
                    problems.push(early.problem(&event));
                }
            }
        }
        *start += k;
        if *start * 2 > pending.len() {
            pending.drain(..*start);
            *start = 0;
        }
    }
}

/// Sorts each run of events at one instant into the rater's order (by contact, then kind).
fn sort_instants(events: &mut [Event]) {
    let mut i = 0;
    while i < events.len() {
        let at = events.get(i).map_or(0, |e| e.at);
        let run = events.get(i..).map_or(0, |rest| rest.iter().take_while(|e| e.at == at).count()).max(1);
        if let Some(same) = events.get_mut(i..i + run)
            && !same.is_sorted()
        {
            same.sort_unstable();
        }
        i += run;
    }
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
