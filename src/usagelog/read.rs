//! Reading a usage log as real exports write it: a header in any order and letter case with extra
//! columns, `,` or `;` between fields, a UTF-8 byte-order mark, Windows line endings, quoted
//! fields; every unreadable row named by its line.
//!
//! Logs run to millions of rows, so the reader streams: the file is read through one reused
//! buffer, a row's fields are borrowed from it, and nothing is allocated per row. It is written
//! by hand rather than with the `csv` crate's reader because the common row (no quote) costs a
//! third as much this way: the `csv` reader, even reading into one reused `ByteRecord`, runs
//! every byte through its state machine, and trimming every field of a `StringRecord` took half
//! of the old reader's time (BENCHMARKS.md, `scripts/bench-rate-log`). A row holding a quote (or
//! a lone carriage return) goes to the `csv` crate, so quoted fields, doubled quotes and quoted
//! line breaks mean exactly what they meant before.

use std::collections::{BTreeSet, VecDeque};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use crate::diag::{Diagnostic, suggestion, whole_file};
use crate::fields::{Span, Special, split};
use crate::month::Month;
use crate::whatsapp::clock::MonthClock;
use crate::whatsapp::log::{Day, parse_timestamp_in};

/// Who completed an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Actor {
    /// The vendor's human agents.
    Agent,
    /// A chatbot.
    Bot,
    /// The customer's own staff (not billed as an outcome; their chats engage contacts).
    Staff,
}

impl Actor {
    /// Every actor, in this order.
    pub const ALL: [Actor; 3] = [Actor::Agent, Actor::Bot, Actor::Staff];

    /// The name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Agent => "agent",
            Actor::Bot => "bot",
            Actor::Staff => "staff",
        }
    }
}

/// One row of a usage log, borrowed from the reader until the next row is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row<'r> {
    /// Its line in the file.
    pub line: usize,
    /// The account's calendar month it happened in.
    pub month: Month,
    /// The contact, as the log names it (UTF-8).
    pub contact: &'r [u8],
    /// `None` for `engaged`, else the outcome's index in [`UsageReader::outcomes`].
    pub outcome: Option<usize>,
    /// Who.
    pub actor: Actor,
    /// How many (1 unless the log says).
    pub quantity: u64,
}

/// The columns a log must have; `quantity` may be left out, other columns are ignored.
pub const REQUIRED: [&str; 4] = ["timestamp", "contact", "event", "actor"];

/// The fields a row is read for: [`REQUIRED`], then `quantity`.
const WANTED: usize = 5;

/// Fields a row is split into on the fast path: a header whose wanted columns come later sends
/// every row to the `csv` crate.
const FAST_FIELDS: usize = 16;

/// The reader's buffer; a longer record grows it.
const BUFFER: usize = 1 << 20;

/// Reads a usage log row by row.
pub struct UsageReader<R> {
    input: Input<R>,
    rows: Rows,
    /// Bytes of the last row returned, consumed when the next is asked for (the row borrows them).
    used: usize,
    /// Records of a row the `csv` crate split (a lone carriage return can make one line several
    /// records), with their lines, not yet returned.
    queued: VecDeque<(usize, csv::ByteRecord)>,
    /// The record the last row came from, when the `csv` crate split it.
    current: csv::ByteRecord,
}

/// A row read, before it borrows its contact from where it was read.
struct Parsed {
    line: usize,
    month: Month,
    /// The contact's span in the record's text.
    contact: Span,
    outcome: Option<usize>,
    actor: Actor,
    quantity: u64,
}

/// How rows are read, once the header is known.
struct Rows {
    file: PathBuf,
    delimiter: u8,
    /// For each field of a row (up to the last wanted one), which wanted field it is, if any.
    slots: Vec<Option<usize>>,
    /// The last line read.
    line: usize,
    months: MonthClock,
    /// The last date of an RFC 3339 timestamp.
    day: Day,
    /// The last local date seen (`YYYY-MM-DD`) and its month: rows come mostly in order.
    last_date: Option<([u8; 10], Month)>,
    outcomes: Vec<String>,
    outcome_index: FxHashMap<Vec<u8>, usize>,
}

impl<R: Read> UsageReader<R> {
    /// Reads the header of `input`; `file` names the log in messages, `outcomes` are the outcome
    /// names an `event` may have.
    pub fn new(input: R, file: &Path, tz: Tz, outcomes: &BTreeSet<String>) -> Result<Self, Diagnostic> {
        let at = |message: String| Diagnostic {
            file: file.to_path_buf(),
            line: Some(1),
            column: None,
            field: String::new(),
            message,
        };
        let cannot = |e: io::Error| at(format!("cannot read the usage log: {e}"));
        let mut input = Input { input, buf: vec![0; BUFFER], start: 0, end: 0, eof: false, consumed: 0 };
        input.skip_bom().map_err(cannot)?;
        // The delimiter is `;` when the first line has one and no comma.
        let first = input.line_end(0).map_err(cannot)?.map_or(&[][..], |end| input.pending(end));
        let delimiter = if first.contains(&b';') && !first.contains(&b',') { b';' } else { b',' };
        let outcomes: Vec<String> = outcomes.iter().cloned().collect();
        let outcome_index = outcomes.iter().enumerate().map(|(i, n)| (n.as_bytes().to_vec(), i)).collect();
        let mut rows = Rows {
            file: file.to_path_buf(),
            delimiter,
            slots: Vec::new(),
            line: 0,
            months: MonthClock::new(tz),
            day: Day::default(),
            last_date: None,
            outcomes,
            outcome_index,
        };
        // The header is the first record that is not an empty line.
        let mut header: Vec<String> = Vec::new();
        while let Some(len) = input.line_end(0).map_err(cannot)? {
            let (len, lines) = input.record(len, delimiter).map_err(cannot)?;
            let from = rows.line + 1;
            rows.line += lines;
            let text = input.pending(len);
            let names = match text.strip_suffix(b"\r").unwrap_or(text) {
                [] => None,
                _ => csv_records(text, delimiter, from).pop_front(),
            };
            input.consume(len + 1);
            let Some((_, names)) = names else { continue };
            header = names
                .iter()
                .map(|h| std::str::from_utf8(h).map(|h| h.trim().to_ascii_lowercase()))
                .collect::<Result<_, _>>()
                .map_err(|_| at("not valid CSV: the header is not UTF-8 text".to_string()))?;
            break;
        }
        let column = |name: &str| header.iter().position(|h| h == name);
        let mut wanted = Vec::with_capacity(WANTED);
        for name in REQUIRED {
            wanted.push(column(name).ok_or_else(|| {
                let hint = header
                    .iter()
                    .map(String::as_str)
                    .find_map(|h| Some(suggestion(h, [name])).filter(|s| !s.is_empty()));
                at(format!(
                    "the header has no `{name}` column (it needs {}, and may have `quantity`){}",
                    REQUIRED.join(", "),
                    hint.unwrap_or_default()
                ))
            })?);
        }
        wanted.extend(column("quantity"));
        rows.slots = vec![None; wanted.iter().max().map_or(0, |m| m + 1)];
        for (which, &i) in wanted.iter().enumerate() {
            if let Some(slot) = rows.slots.get_mut(i) {
                *slot = Some(which);
            }
        }
        Ok(UsageReader { input, rows, used: 0, queued: VecDeque::new(), current: csv::ByteRecord::new() })
    }

    /// The outcome names a row's [`Row::outcome`] indexes.
    pub fn outcomes(&self) -> &[String] {
        &self.rows.outcomes
    }

    /// Bytes of the file read so far: the header and the rows before the last one returned.
    pub fn bytes_read(&self) -> u64 {
        self.input.consumed
    }

    /// The next row, `None` at the end, or an error when the file cannot be read. A row that
    /// cannot be read is a problem naming its line and field; reading can go on after it. Blank
    /// lines are not rows.
    pub fn next_row(&mut self) -> Result<Option<Result<Row<'_>, Diagnostic>>, Diagnostic> {
        let cannot = |e: io::Error, file: &Path| whole_file(file, format!("cannot read the usage log: {e}"));
        self.input.consume(std::mem::take(&mut self.used));
        let (in_buffer, p) = loop {
            if let Some((line, record)) = self.queued.pop_front() {
                self.current = record;
                let mut spans = [(0, 0); WANTED];
                for (i, slot) in self.rows.slots.iter().enumerate() {
                    if let (Some(which), Some(span)) = (slot, self.current.range(i))
                        && let Some(to) = spans.get_mut(*which)
                    {
                        *to = (span.start, span.end);
                    }
                }
                let current = &self.current;
                match self.rows.parse(line, current.as_slice(), spans, || current.iter().all(blank)) {
                    Some(Ok(parsed)) => break (false, parsed),
                    Some(Err(problem)) => return Ok(Some(Err(problem))),
                    None => continue,
                }
            }
            let Some(len) = self.input.line_end(0).map_err(|e| cannot(e, &self.rows.file))? else { return Ok(None) };
            let line = self.rows.line + 1;
            self.rows.line += 1;
            let text = self.input.pending(len);
            let row = text.strip_suffix(b"\r").unwrap_or(text);
            let mut fields = [(0, 0); FAST_FIELDS];
            let split = match fields.get_mut(..self.rows.slots.len()) {
                Some(out) => split::<true, true>(row, self.rows.delimiter, out),
                None => Err(Special),
            };
            if split.is_err() {
                let (len, lines) =
                    self.input.record(len, self.rows.delimiter).map_err(|e| cannot(e, &self.rows.file))?;
                self.rows.line += lines - 1;
                self.queued = csv_records(self.input.pending(len), self.rows.delimiter, line);
                self.input.consume(len + 1);
                continue;
            }
            let mut spans = [(0, 0); WANTED];
            for (field, slot) in fields.iter().zip(&self.rows.slots) {
                if let Some(to) = slot.and_then(|s| spans.get_mut(s)) {
                    *to = *field;
                }
            }
            let delimiter = self.rows.delimiter;
            match self.rows.parse(line, row, spans, || row.split(|b| *b == delimiter).all(blank)) {
                Some(Ok(parsed)) => {
                    self.used = len + 1;
                    break (true, parsed);
                }
                Some(Err(problem)) => {
                    self.used = len + 1;
                    return Ok(Some(Err(problem)));
                }
                None => self.input.consume(len + 1),
            }
        };
        let text = if in_buffer { self.input.pending(self.used) } else { self.current.as_slice() };
        let contact = text.get(p.contact.0..p.contact.1).unwrap_or_default();
        let Parsed { line, month, outcome, actor, quantity, .. } = p;
        Ok(Some(Ok(Row { line, month, contact, outcome, actor, quantity })))
    }
}

/// True when a field holds nothing but white space.
fn blank(field: &[u8]) -> bool {
    std::str::from_utf8(field).is_ok_and(|f| f.trim().is_empty())
}

impl Rows {
    fn error(&self, line: usize, field: &str, message: String) -> Diagnostic {
        Diagnostic { file: self.file.clone(), line: Some(line), column: None, field: field.to_string(), message }
    }

    /// Reads the wanted fields of a record (`spans` in `text`, [`REQUIRED`] then `quantity`);
    /// `None` for a record whose every field is blank (`is_blank` checks all of them).
    fn parse(
        &mut self,
        line: usize,
        text: &[u8],
        spans: [Span; WANTED],
        is_blank: impl FnOnce() -> bool,
    ) -> Option<Result<Parsed, Diagnostic>> {
        // Each field trimmed as `str::trim` trims (on bytes when the record is ASCII, as most
        // are); `None` when it is not UTF-8.
        let ascii = text.is_ascii();
        let mut fields: [Option<Span>; WANTED] = [None; WANTED];
        for (to, (from, end)) in fields.iter_mut().zip(spans) {
            let field = text.get(from..end).unwrap_or_default();
            let (lead, len) = match (field.first(), field.last()) {
                (Some(a), Some(b)) if ascii && !is_space(*a) && !is_space(*b) => (0, field.len()),
                _ if ascii => {
                    let start = field.iter().position(|b| !is_space(*b)).unwrap_or(field.len());
                    let last = field.iter().rposition(|b| !is_space(*b)).map_or(start, |i| i + 1);
                    (start, last - start)
                }
                _ => match std::str::from_utf8(field) {
                    Ok(s) => (s.len() - s.trim_start().len(), s.trim().len()),
                    Err(_) => continue,
                },
            };
            *to = Some((from + lead, from + lead + len));
        }
        if fields.iter().all(|f| f.is_some_and(|(from, to)| from == to)) && is_blank() {
            return None;
        }
        Some(self.read_fields(line, text, fields))
    }

    fn read_fields(&mut self, line: usize, text: &[u8], fields: [Option<Span>; WANTED]) -> Result<Parsed, Diagnostic> {
        let mut values: [&[u8]; WANTED] = [&[]; WANTED];
        for ((to, field), name) in values.iter_mut().zip(fields).zip(REQUIRED.iter().chain(&["quantity"])) {
            let utf8 = || self.error(line, name, "not UTF-8 text".into());
            let (from, end) = field.ok_or_else(utf8)?;
            *to = text.get(from..end).unwrap_or_default();
        }
        let [t, c, e, a, q] = values;
        let shown = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        let Some(month) = self.month(t) else {
            return Err(self.error(line, "timestamp", format!(
                "`{}` is not a time: write RFC 3339 (`2026-12-03T14:05:00+01:00`), or `2026-12-03 14:05:00` or `2026-12-03` in the account's time zone",
                shown(t)
            )));
        };
        if c.is_empty() {
            return Err(self.error(line, "contact", "missing contact".to_string()));
        }
        let contact = fields.get(1).copied().flatten().unwrap_or_default();
        let outcome = match e {
            b"engaged" => None,
            name => match self.outcome_index.get(name) {
                Some(i) => Some(*i),
                None => {
                    let name = shown(name);
                    let hint = suggestion(&name, self.outcomes.iter().map(String::as_str).chain(["engaged"]));
                    let message = format!("`{name}` is neither `engaged` nor an outcome name{hint}");
                    return Err(self.error(line, "event", message));
                }
            },
        };
        let actor = match a {
            b"agent" => Actor::Agent,
            b"bot" => Actor::Bot,
            b"staff" => Actor::Staff,
            other => {
                let other = shown(other);
                let hint = suggestion(&other, ["agent", "bot", "staff"]);
                return Err(self.error(line, "actor", format!("`{other}` is not `agent`, `bot` or `staff`{hint}")));
            }
        };
        let quantity = match q {
            b"" => 1,
            q => match std::str::from_utf8(q).ok().and_then(|q| q.parse::<u64>().ok()) {
                Some(n) if outcome.is_none() && n != 1 => {
                    let message = format!("an `engaged` row is one contact: quantity `{n}` must be 1");
                    return Err(self.error(line, "quantity", message));
                }
                Some(n) => n,
                None => return Err(self.error(line, "quantity", format!("`{}` is not a whole number", shown(q)))),
            },
        };
        Ok(Parsed { line, month, contact, outcome, actor, quantity })
    }

    /// The account's month of a timestamp: RFC 3339 with an offset, or a local date and time, or
    /// a date. The usual shapes are read by hand; anything else goes to chrono as it always did.
    fn month(&mut self, b: &[u8]) -> Option<Month> {
        if let Some(ms) = parse_timestamp_in(b, &mut self.day) {
            return Some(self.months.month(ms));
        }
        let plain = b.len() == 10 || (b.len() == 19 && plain_time(b.get(10..).unwrap_or_default()));
        if let (true, Some(month)) = (plain, self.date(b.get(..10).unwrap_or_default())) {
            return Some(month);
        }
        let text = std::str::from_utf8(b).ok()?;
        if let Ok(local) = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S") {
            return Some(Month::of(local.date()));
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(Month::of)
    }

    /// The month of a date written `YYYY-MM-DD`, remembering the last one.
    fn date(&mut self, b: &[u8]) -> Option<Month> {
        let key: [u8; 10] = b.try_into().ok()?;
        if let Some((last, month)) = self.last_date
            && last == key
        {
            return Some(month);
        }
        let num = |range: std::ops::Range<usize>| {
            key.get(range)?.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
        };
        if key.get(4) != Some(&b'-') || key.get(7) != Some(&b'-') {
            return None;
        }
        let day = NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)?;
        let month = Month::of(day);
        self.last_date = Some((key, month));
        Some(month)
    }
}

/// ASCII white space as `str::trim` sees it (which, unlike `u8::is_ascii_whitespace`, includes
/// the vertical tab).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// ` HH:MM:SS` with hours, minutes and seconds in range.
fn plain_time(b: &[u8]) -> bool {
    let two = |i: usize| match (b.get(i), b.get(i + 1)) {
        (Some(x @ b'0'..=b'9'), Some(y @ b'0'..=b'9')) => Some((x - b'0') * 10 + (y - b'0')),
        _ => None,
    };
    b.len() == 9
        && b.first() == Some(&b' ')
        && b.get(3) == Some(&b':')
        && b.get(6) == Some(&b':')
        && two(1).is_some_and(|h| h < 24)
        && two(4).is_some_and(|m| m < 60)
        && two(7).is_some_and(|s| s < 60)
}

/// The records of `text` as the `csv` crate reads them, each with its line (`first` is the
/// line `text` starts on).
fn csv_records(text: &[u8], delimiter: u8, first: usize) -> VecDeque<(usize, csv::ByteRecord)> {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text);
    let mut out = VecDeque::new();
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        let line = record.position().map_or(1, |p| usize::try_from(p.line()).unwrap_or(1));
        out.push_back((first + line.saturating_sub(1), record.clone()));
    }
    out
}

/// True when `text` ends inside a quoted field, by the `csv` crate's rules: a field is quoted
/// when its first byte is a quote, `""` inside it is a quote, and it ends at the next lone quote.
fn open_quote(text: &[u8], delimiter: u8) -> bool {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::FieldStart;
    for &b in text {
        let ends = b == delimiter || b == b'\n' || b == b'\r';
        state = match state {
            State::FieldStart if b == b'"' => State::Quoted,
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if b == b'"' => State::Quoted,
            _ if ends => State::FieldStart,
            _ => State::Unquoted,
        };
    }
    state == State::Quoted
}

/// The file, read through one buffer: bytes read and not yet consumed are `buf[start..end]`.
struct Input<R> {
    input: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    consumed: u64,
}

impl<R: Read> Input<R> {
    /// Drops a UTF-8 byte-order mark at the start.
    fn skip_bom(&mut self) -> io::Result<()> {
        while self.end < 3 && !self.eof {
            self.fill()?;
        }
        if self.pending(3) == b"\xEF\xBB\xBF" {
            self.consume(3);
        }
        Ok(())
    }

    /// The first `len` pending bytes.
    fn pending(&self, len: usize) -> &[u8] {
        self.buf.get(self.start..(self.start + len).min(self.end)).unwrap_or_default()
    }

    /// Uses up `len` pending bytes (or all there are).
    fn consume(&mut self, len: usize) {
        let len = len.min(self.end - self.start);
        self.start += len;
        self.consumed += len as u64;
    }

    /// Reads more, keeping the pending bytes (moved to the buffer's start).
    fn fill(&mut self) -> io::Result<()> {
        self.buf.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match self.input.read(self.buf.get_mut(self.end..).unwrap_or_default()) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            return Ok(());
        }
    }

    /// Where the line starting `from` bytes into the pending ones ends (its `\n`, or the end of
    /// the file), counted from the first pending byte; `None` when no byte is left there.
    fn line_end(&mut self, from: usize) -> io::Result<Option<usize>> {
        let mut searched = from;
        loop {
            let pending = self.buf.get(self.start + searched..self.end).unwrap_or_default();
            if let Some(pos) = memchr::memchr(b'\n', pending) {
                return Ok(Some(searched + pos));
            }
            searched = searched.max(self.end - self.start);
            if self.eof {
                return Ok((self.start + from < self.end).then_some(self.end - self.start));
            }
            self.fill()?;
        }
    }

    /// The length of the record whose first line is `len` bytes long (without its last `\n`),
    /// and how many lines it spans: more than one when a quoted field holds a line break.
    fn record(&mut self, mut len: usize, delimiter: u8) -> io::Result<(usize, usize)> {
        let mut lines = 1;
        while open_quote(self.pending(len), delimiter) {
            match self.line_end(len + 1)? {
                Some(end) => {
                    len = end;
                    lines += 1;
                }
                None => break,
            }
        }
        Ok((len, lines))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a row reads as: its line, and its month, contact, outcome, actor and quantity, or the
    /// field of its problem.
    type Seen = (usize, Result<(String, String, Option<usize>, Actor, u64), String>);

    fn outcomes() -> BTreeSet<String> {
        ["test_drive", "crm_lead"].map(String::from).into()
    }

    fn ours(text: &str) -> Result<Vec<Seen>, String> {
        let mut reader = UsageReader::new(text.as_bytes(), Path::new("log.csv"), chrono_tz::UTC, &outcomes())
            .map_err(|d| d.message)?;
        let mut seen = Vec::new();
        while let Some(row) = reader.next_row().map_err(|d| d.message)? {
            seen.push(match row {
                Ok(r) => (
                    r.line,
                    Ok((
                        r.month.to_string(),
                        String::from_utf8(r.contact.to_vec()).unwrap(),
                        r.outcome,
                        r.actor,
                        r.quantity,
                    )),
                ),
                Err(d) => (d.line.unwrap_or(0), Err(d.field)),
            });
        }
        Ok(seen)
    }

    /// The reader this one replaced: the `csv` crate's, trimming every field of a `StringRecord`.
    /// Its lines are counted here from the record's first byte: the `csv` crate counts a record
    /// after a `\r\n` or a blank line one line early, which named the wrong line on Windows files.
    fn theirs(text: &str) -> Result<Vec<Seen>, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = text.lines().next().unwrap_or_default();
        let delimiter = if first.contains(';') && !first.contains(',') { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(|h| h.to_ascii_lowercase()).collect();
        let column = |name: &str| header.iter().position(|h| h == name);
        let mut at = Vec::new();
        for name in REQUIRED {
            at.push(column(name).ok_or_else(|| format!("no {name}"))?);
        }
        let quantity = column("quantity");
        let names = outcomes();
        let mut seen = Vec::new();
        for record in reader.records() {
            let record = record.unwrap();
            let mut first = record.position().unwrap().byte() as usize;
            while matches!(text.as_bytes().get(first), Some(b'\r' | b'\n')) {
                first += 1;
            }
            let line = 1 + text.as_bytes()[..first].iter().filter(|b| **b == b'\n').count();
            if record.iter().all(str::is_empty) {
                continue;
            }
            let field = |i: usize| record.get(i).unwrap_or_default();
            let mut rows = Rows {
                file: PathBuf::new(),
                delimiter,
                slots: Vec::new(),
                line: 0,
                months: MonthClock::new(chrono_tz::UTC),
                day: Day::default(),
                last_date: None,
                outcomes: Vec::new(),
                outcome_index: FxHashMap::default(),
            };
            let month = NaiveDate::parse_from_str(field(at[0]), "%Y-%m-%d")
                .ok()
                .or_else(|| NaiveDateTime::parse_from_str(field(at[0]), "%Y-%m-%d %H:%M:%S").ok().map(|t| t.date()))
                .map(Month::of)
                .or_else(|| rows.month(field(at[0]).as_bytes()));
            let outcome = match field(at[2]) {
                "engaged" => Some(None),
                name => names.iter().position(|n| n == name).map(Some),
            };
            let actor = Actor::ALL.into_iter().find(|a| a.as_str() == field(at[3]));
            let q = quantity.map(field).unwrap_or_default();
            let quantity = if q.is_empty() { Some(1) } else { q.parse::<u64>().ok() };
            seen.push((
                line,
                match (month, field(at[1]), outcome, actor, quantity) {
                    (None, ..) => Err("timestamp".to_string()),
                    (_, "", ..) => Err("contact".to_string()),
                    (_, _, None, ..) => Err("event".to_string()),
                    (_, _, _, None, _) => Err("actor".to_string()),
                    (_, _, Some(None), _, Some(n)) if n != 1 => Err("quantity".to_string()),
                    (_, _, _, _, None) => Err("quantity".to_string()),
                    (Some(m), c, Some(o), Some(a), Some(n)) => Ok((m.to_string(), c.to_string(), o, a, n)),
                },
            ));
        }
        Ok(seen)
    }

    #[test]
    fn quotes_line_breaks_and_blank_rows_read_as_the_csv_crate_reads_them() {
        let text = "\u{feff}Timestamp;Contact;Event;Actor\r\n\
                    2026-12-01;\"a;b\";engaged;agent\r\n\
                    \r\n\
                    ;;;\r\n\
                    \"2026-12-02\";\"multi\nline\";test_drive;\" bot\"\r\n\
                    2026-12-03 10:00:00;c;crm_lead;staff\rlone;x;y;z\n\
                    2026-11-30T23:30:00-01:00; d\u{a0};engaged;bot\n";
        let seen = ours(text).unwrap();
        assert_eq!(seen, theirs(text).unwrap());
        assert_eq!(seen.len(), 5);
        assert_eq!(seen[1].1.as_ref().unwrap().1, "multi\nline");
        assert_eq!(seen[3], (7, Err("timestamp".to_string())));
        assert_eq!(seen[4].0, 8);
        assert_eq!(seen[4].1.as_ref().unwrap().0, "2026-12");
    }

    #[test]
    fn many_columns_and_the_wanted_ones_last() {
        let names: Vec<String> = (0..20).map(|i| format!("x{i}")).collect();
        let header = format!("{},quantity,actor,event,contact,timestamp", names.join(","));
        let row = format!("{},2,bot,test_drive,c,2026-12-01", names.join(","));
        let text = format!("{header}\n{row}\n");
        assert_eq!(ours(&text).unwrap(), theirs(&text).unwrap());
        assert_eq!(ours(&text).unwrap()[0].1.as_ref().unwrap().4, 2);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Any text made of the pieces real and careless exports hold reads as the `csv` crate
        /// read it.
        #[test]
        fn any_text_reads_as_the_csv_crate_reads_it(
            pieces in prop::collection::vec(0usize..24, 0..120),
            semicolons in any::<bool>(),
        ) {
            let sep = if semicolons { ";" } else { "," };
            let words = [
                sep, sep, sep, "\n", "\n", "\r\n", "\r", "\"", " ", "\u{a0}", "engaged", "test_drive", "agent",
                "bot", "staff", "2026-12-01", "2026-11-03T10:00:00Z", "2026-12-03 10:00:60", "c1", "é", "2",
                "+3", "-1", "\"\"",
            ];
            let mut text = format!("timestamp{sep}contact{sep}event{sep}actor{sep}quantity\n");
            for p in pieces {
                text.push_str(words[p]);
            }
            prop_assert_eq!(ours(&text), theirs(&text));
        }
    }
}
