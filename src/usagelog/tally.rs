//! A usage log counted as it is read: each month's distinct contacts and its outcomes by actor.
//! Memory follows the distinct contacts of each month, never the log's length: a contact's name
//! is kept once (an id in a table, with the months it was seen in), and a row adds to counts.
//! One thread reads and checks the rows while another counts them.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::sync::mpsc;

use chrono_tz::Tz;
use rustc_hash::FxHashSet;

use super::intern::{Interner, hash};
use super::read::{Actor, Row, UsageReader};
use crate::diag::{Diagnostic, Diagnostics, open_file, whole_file};
use crate::month::Month;
use crate::progress::{EVERY, Step, Watch};
use crate::tomlread::MAX_COUNT;
use crate::usage::{Usage, UsageKey};

/// Each month's usage (distinct contacts, outcomes by actor) and its staff outcomes apart.
pub type Derived = BTreeMap<Month, (Usage, BTreeMap<String, u64>)>;

/// How many skipped rows a report lists.
pub const LIST_FIRST: usize = 10;

/// A log read and counted: what its months are priced from and its report says of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// Each month's usage.
    pub months: Derived,
    /// Data rows in the file (blank lines are not rows).
    pub rows_read: u64,
    /// Rows that could not be read and were skipped.
    pub rows_skipped: u64,
    /// The first [`LIST_FIRST`] of them, with why.
    pub skipped: Vec<Diagnostic>,
}

/// Reads the log at `path` and counts it, telling `watch` how far it has come; `Ok(None)` when it
/// was cancelled. A row that cannot be read stops it, unless `skip_invalid`. Only a regular file
/// is read (a folder, a device or a pipe is refused, naming it), and it must be UTF-8 text. A
/// count past what a scenario can hold ([`MAX_COUNT`]) is an error at the row that takes it
/// there, since the scenario written from it (`--scenario-out`) could not be read back.
pub fn read(
    path: &Path,
    tz: Tz,
    outcomes: &BTreeSet<String>,
    skip_invalid: bool,
    watch: &dyn Watch,
) -> Result<Option<Counted>, Diagnostics> {
    let cannot = |e: std::io::Error| Diagnostics(vec![whole_file(path, format!("cannot read the usage log: {e}"))]);
    let file = open_file(path, "the usage log")?;
    let total = file.metadata().map_err(cannot)?.len();
    read_from(file, total, path, tz, outcomes, skip_invalid, watch)
}

/// [`read`] from any input of `total` bytes.
fn read_from(
    input: impl Read,
    total: u64,
    path: &Path,
    tz: Tz,
    outcomes: &BTreeSet<String>,
    skip_invalid: bool,
    watch: &dyn Watch,
) -> Result<Option<Counted>, Diagnostics> {
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    let mut reader = UsageReader::new(input, path, tz, outcomes).map_err(one)?;
    let names = reader.outcomes().len();
    // This thread reads and checks the rows (and alone talks to the watch); another counts them,
    // a batch at a time, so reading and counting (about half the time each) overlap.
    std::thread::scope(|s| {
        let (full, to_count) = mpsc::sync_channel::<Batch>(4);
        let (done_with, empty) = mpsc::channel::<Batch>();
        let counter = s.spawn(move || {
            let mut tally = Tally::new(names);
            for mut batch in to_count {
                tally.count(&batch);
                batch.clear();
                // The reader may have finished: then the batch is simply dropped.
                let _ = done_with.send(batch);
            }
            tally
        });
        let read = read_rows(&mut reader, (path, total), skip_invalid, watch, (&full, &empty));
        drop(full);
        let tally = counter.join().map_err(|_| one(whole_file(path, "the counting thread stopped")))?;
        let Some((rows_read, rows_skipped, skipped)) = read? else { return Ok(None) };
        if let Some(too_large) = &tally.too_large {
            return Err(one(too_large.problem(path, reader.outcomes())));
        }
        let months = tally.finish(reader.outcomes());
        Ok(Some(Counted { months, rows_read, rows_skipped, skipped }))
    })
}

/// Reads the rows, sending them to be counted in batches: rows read, rows skipped and the first
/// of them; `None` when cancelled.
fn read_rows(
    reader: &mut UsageReader<impl Read>,
    (path, total): (&Path, u64),
    skip_invalid: bool,
    watch: &dyn Watch,
    (full, empty): (&mpsc::SyncSender<Batch>, &mpsc::Receiver<Batch>),
) -> Result<Option<(u64, u64, Vec<Diagnostic>)>, Diagnostics> {
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    let stopped = || one(whole_file(path, "the counting thread stopped"));
    let (mut rows_read, mut rows_skipped, mut skipped) = (0u64, 0u64, Vec::new());
    let mut batch = Batch::default();
    loop {
        let done = reader.bytes_read();
        let Some(row) = reader.next_row().map_err(one)? else { break };
        rows_read = rows_read.saturating_add(1);
        match row {
            Ok(row) => {
                if batch.push(&row) {
                    let next = empty.try_recv().unwrap_or_default();
                    full.send(std::mem::replace(&mut batch, next)).map_err(|_| stopped())?;
                }
            }
            Err(problem) if skip_invalid => {
                rows_skipped = rows_skipped.saturating_add(1);
                if skipped.len() < LIST_FIRST {
                    skipped.push(problem);
                }
            }
            Err(problem) => return Err(one(problem)),
        }
        if rows_read.is_multiple_of(EVERY) {
            watch.step(Step { pass: 1, done, total });
            if watch.cancelled() {
                return Ok(None);
            }
        }
    }
    full.send(batch).map_err(|_| stopped())?;
    watch.step(Step { pass: 1, done: total, total });
    Ok(Some((rows_read, rows_skipped, skipped)))
}

/// The counts so far, kept by the counting thread alone (the reading thread sends it rows).
struct Tally {
    outcomes: usize,
    /// Every contact seen, with the first [`MASKED`] months (indexes of `months`) it was counted
    /// in as the bits of its mark: counting a contact once a month needs no other lookup.
    contacts: Interner,
    months: Vec<MonthTally>,
    /// The month of the last row, as an index of `months`.
    last: usize,
    /// The first row that took a count past [`MAX_COUNT`].
    too_large: Option<TooLarge>,
}

/// A row that took a count past [`MAX_COUNT`]: its line, month, outcome and actor.
#[derive(Debug, Clone, Copy)]
struct TooLarge {
    line: usize,
    month: Month,
    outcome: usize,
    actor: Actor,
}

impl TooLarge {
    /// The problem, in the log at `file` whose outcomes are `names`.
    fn problem(&self, file: &Path, names: &[String]) -> Diagnostic {
        let outcome = names.get(self.outcome).map_or("", String::as_str);
        let name = match self.actor {
            Actor::Staff => format!("staff outcome {outcome}"),
            actor => UsageKey::outcome(actor.as_str(), outcome).as_str().to_string(),
        };
        Diagnostic {
            file: file.to_path_buf(),
            line: Some(self.line),
            column: None,
            field: "quantity".to_string(),
            message: format!(
                "`{name}` in {} adds up to more than {MAX_COUNT} here, the most a scenario can hold",
                self.month
            ),
        }
    }
}

/// Rows read and not yet counted: their contacts' names one after another, and the rows.
#[derive(Debug, Default)]
struct Batch {
    names: Vec<u8>,
    rows: Vec<Pending>,
}

/// A row waiting to be counted: the end of its contact's name in [`Batch::names`], its line,
/// month, outcome, actor and quantity.
#[derive(Debug)]
struct Pending {
    name_end: usize,
    line: usize,
    month: Month,
    outcome: Option<usize>,
    actor: Actor,
    quantity: u64,
}

impl Batch {
    /// Adds a row; true when the batch is full.
    fn push(&mut self, row: &Row<'_>) -> bool {
        self.names.extend_from_slice(row.contact);
        let Row { line, month, outcome, actor, quantity, .. } = *row;
        self.rows.push(Pending { name_end: self.names.len(), line, month, outcome, actor, quantity });
        self.rows.len() >= BATCH
    }

    fn clear(&mut self) {
        self.names.clear();
        self.rows.clear();
    }
}

/// One month's counts.
struct MonthTally {
    month: Month,
    /// Distinct contacts, for a month among the first [`MASKED`].
    distinct: u64,
    /// Distinct contacts' ids, for a later month.
    contacts: FxHashSet<u32>,
    /// By outcome, then actor ([`Actor::ALL`]); `None` where no row names it.
    outcomes: Vec<Option<u64>>,
}

/// Rows sent to be counted at a time.
const BATCH: usize = 4096;

/// Rows whose contacts are looked up together.
const TOGETHER: usize = 256;

/// Months whose contacts are marked in the contacts' table (the bits of a `u32`); a log of more
/// months keeps a set of ids for each later one.
const MASKED: usize = 32;

impl Tally {
    fn new(outcomes: usize) -> Tally {
        Tally { outcomes, contacts: Interner::default(), months: Vec::new(), last: 0, too_large: None }
    }

    /// The index in `months` of `month`, added if new.
    fn month(&mut self, month: Month) -> usize {
        let index = match self.months.get(self.last) {
            Some(m) if m.month == month => self.last,
            _ => match self.months.iter().position(|m| m.month == month) {
                Some(i) => i,
                None => {
                    let outcomes = vec![None; self.outcomes.saturating_mul(Actor::ALL.len())];
                    self.months.push(MonthTally { month, distinct: 0, contacts: FxHashSet::default(), outcomes });
                    self.months.len().saturating_sub(1)
                }
            },
        };
        self.last = index;
        index
    }

    /// Counts a batch of rows, [`TOGETHER`] at a time: their contacts' slots are loaded together
    /// first, since on a large log each is a cache miss, and independent loads overlap where
    /// lookups one by one would wait on memory in turn.
    fn count(&mut self, batch: &Batch) {
        let mut start = 0;
        let mut hashes = [0u64; TOGETHER];
        for rows in batch.rows.chunks(TOGETHER) {
            let first = start;
            for (row, h) in rows.iter().zip(hashes.iter_mut()) {
                *h = hash(batch.names.get(start..row.name_end).unwrap_or_default());
                start = row.name_end;
            }
            std::hint::black_box(self.contacts.touch(hashes.get(..rows.len()).unwrap_or_default()));
            let mut start = first;
            for (row, hash) in rows.iter().zip(hashes) {
                let name = batch.names.get(start..row.name_end).unwrap_or_default();
                start = row.name_end;
                self.count_row(row, name, hash);
            }
        }
    }

    fn count_row(&mut self, row: &Pending, name: &[u8], hash: u64) {
        let index = self.month(row.month);
        let Some(month) = self.months.get_mut(index) else { return };
        if let Some((id, mark)) = self.contacts.entry_hashed(name, hash) {
            match u32::try_from(index).ok().filter(|m| (*m as usize) < MASKED) {
                Some(bit) if *mark & (1 << bit) == 0 => {
                    *mark |= 1 << bit;
                    month.distinct = month.distinct.saturating_add(1);
                }
                Some(_) => {}
                None => {
                    month.contacts.insert(id);
                }
            }
        }
        if let Some(outcome) = row.outcome {
            let slot = outcome.saturating_mul(Actor::ALL.len()).saturating_add(row.actor as usize);
            if let Some(n) = month.outcomes.get_mut(slot) {
                match n.unwrap_or(0).checked_add(row.quantity).filter(|sum| *sum <= MAX_COUNT) {
                    Some(sum) => *n = Some(sum),
                    None => {
                        let Pending { line, month, actor, .. } = *row;
                        self.too_large.get_or_insert(TooLarge { line, month, outcome, actor });
                    }
                }
            }
        }
    }

    /// Each month's usage, the outcomes named by `names`.
    fn finish(self, names: &[String]) -> Derived {
        let mut out = Derived::new();
        for m in self.months {
            let (mut usage, mut staff) = (Usage::default(), BTreeMap::new());
            for (name, counts) in names.iter().zip(m.outcomes.chunks(Actor::ALL.len())) {
                for (actor, n) in Actor::ALL.iter().zip(counts) {
                    match (actor, n) {
                        (_, None) => {}
                        (Actor::Staff, Some(n)) => {
                            staff.insert(name.clone(), *n);
                        }
                        (actor, Some(n)) => usage.set(UsageKey::outcome(actor.as_str(), name), *n),
                    }
                }
            }
            if let Ok(key) = UsageKey::parse("contacts.engaged") {
                usage.set(key, m.distinct.saturating_add(m.contacts.len() as u64));
            }
            out.insert(m.month, (usage, staff));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_counted_once_a_month_over_many_months_in_any_order() {
        // 40 months (past the marked ones), rows interleaving the months, each contact twice.
        let mut text = String::from("timestamp,contact,event,actor\n");
        for round in 0..2 {
            for contact in 0..5 {
                for month in 0..40 {
                    let (y, m) = (2020 + month / 12, 1 + month % 12);
                    text.push_str(&format!("{y}-{m:02}-0{}, c{contact},engaged,agent\n", 1 + round));
                }
            }
        }
        let outcomes = BTreeSet::new();
        let counted = read_from(
            text.as_bytes(),
            0,
            Path::new("log.csv"),
            chrono_tz::UTC,
            &outcomes,
            false,
            &crate::progress::Silent,
        )
        .unwrap()
        .unwrap();
        assert_eq!(counted.rows_read, 400);
        assert_eq!(counted.months.len(), 40);
        let engaged = UsageKey::parse("contacts.engaged").unwrap();
        for (month, (usage, _)) in &counted.months {
            assert_eq!(usage.get(&engaged), 5, "{month}");
        }
    }
}
