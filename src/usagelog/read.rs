//! Reading a usage log as real exports write it: a header in any order and letter case with extra
//! columns, `,` or `;` between fields, a UTF-8 byte-order mark, Windows line endings, quoted
//! fields; every unreadable row named by its line.
//!
//! Logs run to millions of rows, so the reader streams: the `csv` crate's reader reads each
//! record into one reused `ByteRecord`, and the fields a row is read for are trimmed and read in
//! place, so nothing is allocated per row. The reader this replaced made a `StringRecord` per row
//! and trimmed every field of it (half its time). A hand-written reader (lines found with
//! `memchr`, rows without a quote split eight bytes at a time, the `csv` crate only for the
//! others) was measured against this one before it was dropped: on `scripts/bench-rate-log`'s
//! 5-million-row usage log, reading and checking the rows took 0.47–0.52 s of CPU that way and
//! 0.51–0.54 s this way, within this machine's noise. The crate stays: it is less code, and it
//! keeps quoted fields, line breaks inside them and the lines named in messages as they were.

use std::collections::BTreeSet;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use crate::clock::MonthClock;
use crate::diag::{Diagnostic, Utf8Reader, suggestion, utf8_problem, whole_file};
use crate::month::Month;
use crate::timestamp::{Day, parse_timestamp_in};

/// Who completed an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Actor {
    /// The vendor's human agents.
    Agent,
    /// A chatbot: its outcomes are billed as `outcomes.bot.*`.
    Bot,
    /// The customer's own staff (not billed as an outcome; their chats engage contacts).
    Staff,
}

impl Actor {
    /// Every actor, in this order.
    pub const ALL: [Actor; 3] = [Actor::Agent, Actor::Bot, Actor::Staff];

    /// Its name in a log's `actor` column, and in the outcome keys it counts under
    /// (`outcomes.bot.*`).
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
    /// Its line in the file (1 is the header), for messages.
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

/// Where a field is in its record's text: `text[from..to]`.
type Span = (usize, usize);

/// The reader's buffer.
const BUFFER: usize = 1 << 20;

/// Reads a usage log row by row. The log must be UTF-8 text: the first byte that is not is an
/// error at its line and column, as for every file pricesim reads ([`Utf8Reader`]).
pub struct UsageReader<R> {
    reader: csv::Reader<BufReader<Utf8Reader<R>>>,
    /// The record read last: a row borrows its contact from it.
    record: csv::ByteRecord,
    rows: Rows,
    /// Bytes before the `csv` reader's first (a byte-order mark).
    skipped: u64,
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
    /// For each field of a row (up to the last wanted one), which wanted field it is, if any.
    slots: Vec<Option<usize>>,
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
        let cannot = |e: io::Error| utf8_problem(&e).unwrap_or_else(|| at(format!("cannot read the usage log: {e}")));
        let mut input = BufReader::with_capacity(BUFFER, Utf8Reader::new(input, file));
        let start = input.fill_buf().map_err(cannot)?;
        let bom = start.starts_with(b"\xEF\xBB\xBF");
        let start = start.get(if bom { 3 } else { 0 }..).unwrap_or_default();
        // The delimiter is `;` when the first line has one and no comma.
        let first = start.split(|b| *b == b'\n').next().unwrap_or_default();
        let delimiter = if first.contains(&b';') && !first.contains(&b',') { b';' } else { b',' };
        if bom {
            input.consume(3);
        }
        let mut reader =
            csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).buffer_capacity(BUFFER).from_reader(input);
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| not_utf8(&e).unwrap_or_else(|| at(format!("not valid CSV: {e}"))))?
            .iter()
            .map(|h| h.trim().to_ascii_lowercase())
            .collect();
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
        let mut slots = vec![None; wanted.iter().max().map_or(0, |m| m.saturating_add(1))];
        for (which, &i) in wanted.iter().enumerate() {
            if let Some(slot) = slots.get_mut(i) {
                *slot = Some(which);
            }
        }
        let outcomes: Vec<String> = outcomes.iter().cloned().collect();
        let outcome_index = outcomes.iter().enumerate().map(|(i, n)| (n.as_bytes().to_vec(), i)).collect();
        let rows = Rows {
            file: file.to_path_buf(),
            slots,
            months: MonthClock::new(tz),
            day: Day::default(),
            last_date: None,
            outcomes,
            outcome_index,
        };
        Ok(UsageReader { reader, record: csv::ByteRecord::new(), rows, skipped: if bom { 3 } else { 0 } })
    }

    /// The outcome names a row's [`Row::outcome`] indexes.
    pub fn outcomes(&self) -> &[String] {
        &self.rows.outcomes
    }

    /// Bytes of the file read so far.
    pub fn bytes_read(&self) -> u64 {
        self.skipped.saturating_add(self.reader.position().byte())
    }

    /// The next row, `None` at the end, or an error when the file cannot be read. A row that
    /// cannot be read is a problem naming its line and field; reading can go on after it. Blank
    /// lines are not rows.
    pub fn next_row(&mut self) -> Result<Option<Result<Row<'_>, Diagnostic>>, Diagnostic> {
        let parsed = loop {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(e) => {
                    return Err(not_utf8(&e)
                        .unwrap_or_else(|| whole_file(&self.rows.file, format!("cannot read the usage log: {e}"))));
                }
            }
            let record = &self.record;
            let line = record.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
            let mut spans = [(0, 0); WANTED];
            for (i, slot) in self.rows.slots.iter().enumerate() {
                if let (Some(which), Some(span)) = (slot, record.range(i))
                    && let Some(to) = spans.get_mut(*which)
                {
                    *to = (span.start, span.end);
                }
            }
            match self.rows.parse(line, record.as_slice(), spans, || record.iter().all(blank)) {
                Some(Ok(parsed)) => break parsed,
                Some(Err(problem)) => return Ok(Some(Err(problem))),
                None => continue,
            }
        };
        let contact = self.record.as_slice().get(parsed.contact.0..parsed.contact.1).unwrap_or_default();
        let Parsed { line, month, outcome, actor, quantity, .. } = parsed;
        Ok(Some(Ok(Row { line, month, contact, outcome, actor, quantity })))
    }
}

/// The problem of a log that is not UTF-8, when `e` is one.
fn not_utf8(e: &csv::Error) -> Option<Diagnostic> {
    match e.kind() {
        csv::ErrorKind::Io(e) => utf8_problem(e),
        _ => None,
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
                    let last = field.iter().rposition(|b| !is_space(*b)).map_or(start, |i| i.saturating_add(1));
                    (start, last.saturating_sub(start))
                }
                _ => match std::str::from_utf8(field) {
                    Ok(s) => (s.len().saturating_sub(s.trim_start().len()), s.trim().len()),
                    Err(_) => continue,
                },
            };
            // Offsets within one record: far from overflowing.
            let start = from.saturating_add(lead);
            *to = Some((start, start.saturating_add(len)));
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
            key.get(range)?.iter().try_fold(0u32, |n, &d| {
                d.is_ascii_digit().then(|| n.wrapping_mul(10).wrapping_add(u32::from(d.wrapping_sub(b'0'))))
            })
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
    let two = |i: usize| match (b.get(i), b.get(i.saturating_add(1))) {
        (Some(x @ b'0'..=b'9'), Some(y @ b'0'..=b'9')) => {
            Some((x.wrapping_sub(b'0')).wrapping_mul(10).wrapping_add(y.wrapping_sub(b'0')))
        }
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
            let line = record.position().unwrap().line() as usize;
            if record.iter().all(str::is_empty) {
                continue;
            }
            let field = |i: usize| record.get(i).unwrap_or_default();
            let mut rows = Rows {
                file: PathBuf::new(),
                slots: Vec::new(),
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
        assert_eq!(seen[3].1, Err("timestamp".to_string()));
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
