//! Reading a WhatsApp message log (CSV, `timestamp,contact,direction,type,category,origin`, and
//! optionally `business_number`) into compact [`Event`]s, fast: logs run to millions of rows, so
//! the file is read in blocks (which threads can read side by side, [`LogFormat::block`]), lines
//! are split in place, and only a row holding a quote goes through the general CSV reader. A
//! quoted field that runs on past its line's end is one bad row at its first line, read on to its
//! closing quote: whether a line starts inside such a field is the parity of the quotes before
//! it, which lets a block say so without reading the blocks before it ([`LogFormat::rows`]).

use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::FxHashMap;

use crate::diag::{Diagnostic, suggestion};
use crate::fields::{Special, split};
use crate::timestamp::{Day, parse_timestamp_in};
use crate::written::count;

/// What a row says happened, ordered so that at one instant a user's message comes before the
/// business's (it opens the window the reply needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A message from the user (`in`, no origin): it opens a customer service window.
    In,
    /// A message from the user that came from a click-to-WhatsApp ad or a Page button.
    InEntryPoint,
    /// A free-form (non-template) message delivered to the user.
    Text,
    /// A marketing template delivered: an `out,template,marketing` row.
    Marketing,
    /// A utility template delivered: an `out,template,utility` row.
    Utility,
    /// An authentication template delivered: an `out,template,authentication` row.
    Authentication,
    /// An authentication template at the authentication-international rate.
    AuthenticationInternational,
}

/// One row of a log: 24 bytes, so a log held in memory to be sorted takes 24 bytes a row.
///
/// Ordered by time, then contact, then kind: the order the rater works in, whatever the file's
/// (then by line, which no two rows share, so `business` never decides).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Event {
    /// Delivery time, UTC milliseconds since 1970.
    pub at: i64,
    /// The user's number: E.164 digits without `+`.
    pub contact: u64,
    /// What happened.
    pub kind: Kind,
    /// The row's line in the file (1 is the header).
    pub line: u32,
    /// The business phone number that sent or received it, as an index given to each number the
    /// log names when it is first read (only ever compared): 0 for the log's unnamed number (no
    /// `business_number` column, or an empty cell).
    pub business: u16,
}

/// The log's columns.
pub const COLUMNS: [&str; 6] = ["timestamp", "contact", "direction", "type", "category", "origin"];

/// The optional column naming the business phone number of each row.
pub const BUSINESS_NUMBER: &str = "business_number";

/// The most fields a row has: [`COLUMNS`] and [`BUSINESS_NUMBER`].
const MOST_FIELDS: usize = 7;

/// The business phone numbers a log names, each indexed from 1 as it is first read, so that an
/// [`Event`] stays 24 bytes. Threads read blocks side by side, so which number gets which index
/// depends on their timing: an index is only compared with another, never shown or ordered by.
#[derive(Debug, Default)]
struct Numbers(Mutex<FxHashMap<u64, u16>>);

impl Numbers {
    /// The index of `number`, given one if it has none; `None` when every index is taken.
    fn index(&self, number: u64) -> Option<u16> {
        // A thread that panicked holding the lock left the map whole: every insert is one step.
        let mut map = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(&i) = map.get(&number) {
            return Some(i);
        }
        let next = u16::try_from(map.len().checked_add(1)?).ok()?;
        map.insert(number, next);
        Some(next)
    }
}

/// What reading remembers from one row to the next: the last date (rows in time order mostly
/// share it) and the business numbers indexed already (so the shared [`Numbers`] is asked once
/// per number, not once per row).
#[derive(Debug, Default)]
struct Memo {
    day: Day,
    numbers: FxHashMap<u64, u16>,
}

/// A log's file and the order of its columns, read from its header: what reading any part of it
/// needs.
#[derive(Debug)]
pub struct LogFormat {
    file: PathBuf,
    /// Position of each of [`COLUMNS`] in the file's header.
    order: [usize; 6],
    /// Position of [`BUSINESS_NUMBER`], when the header has it.
    business: Option<usize>,
    /// How many fields a row has.
    width: usize,
    /// The business numbers read so far.
    numbers: Numbers,
    /// Where the first row starts: the header's length with its line end.
    header_end: u64,
}

/// Reads a log row by row, in one thread (the rater reads [`Block`]s side by side instead).
pub struct LogReader<R> {
    format: LogFormat,
    input: BufReader<R>,
    line: u32,
    row: Vec<u8>,
}

impl<R: Read> LogReader<R> {
    /// Reads the header; `file` names the log in messages.
    pub fn new(input: R, file: &Path) -> Result<Self, Diagnostic> {
        let mut input = BufReader::with_capacity(STEP, input);
        let format = LogFormat::new(&mut input, file)?;
        Ok(LogReader { format, input, line: 1, row: Vec::new() })
    }

    /// The next row, or `None` at the end. A row that cannot be read is an error naming its line
    /// and column; reading can go on after it.
    pub fn next_event(&mut self) -> Option<Result<Event, Diagnostic>> {
        loop {
            self.row.clear();
            match self.input.read_until(b'\n', &mut self.row) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(self.format.error(self.line, "", format!("cannot read the log: {e}")))),
            }
            self.line = self.line.saturating_add(1);
            let row = self.row.strip_suffix(b"\n").unwrap_or(&self.row);
            let row = row.strip_suffix(b"\r").unwrap_or(row);
            if row.is_empty() {
                continue; // a blank line holds no row
            }
            if open_quote(row) {
                return Some(Err(self.line_break()));
            }
            return Some(self.format.parse(row, self.line));
        }
    }

    /// A row whose quoted field runs on past the line's end: CSV allows a line break there, but
    /// no field of a log can hold one, so the row is one problem at its first line, and the lines
    /// up to its closing quote are part of it, not rows of their own.
    fn line_break(&mut self) -> Diagnostic {
        let first = self.line;
        let mut open = true;
        while open {
            self.row.clear();
            match self.input.read_until(b'\n', &mut self.row) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            self.line = self.line.saturating_add(1);
            open ^= open_quote(&self.row);
        }
        self.format.line_break(first)
    }
}

/// What [`LogFormat::rows`] found in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows {
    /// How many lines the block holds.
    pub lines: u32,
    /// Whether the block ends inside a quoted field: the next block's lines up to its closing
    /// quote are part of a row begun before it.
    pub open: bool,
}

/// A stretch of the log: the lines that start in it, as [`LogFormat::block`] read them.
#[derive(Debug, Clone, Default)]
pub struct Block {
    /// The offset in the file just past its last line.
    pub end: u64,
    /// The lines' bytes.
    pub text: Vec<u8>,
}

/// Bytes read at a time while looking for a line's end past a block.
const STEP: usize = 1 << 16;

impl LogFormat {
    /// Reads the header of the log at `file` from `input`.
    pub fn new(input: &mut impl BufRead, file: &Path) -> Result<Self, Diagnostic> {
        let at = |message: String| Diagnostic {
            file: file.to_path_buf(),
            line: Some(1),
            column: None,
            field: String::new(),
            message,
        };
        let mut header = Vec::new();
        let end = loop {
            match input.read_until(b'\n', &mut header) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(at(format!("cannot read the log: {e}"))),
            }
        };
        if end == 0 {
            return Err(at("the log is empty: it needs a header".to_string()));
        }
        let header = std::str::from_utf8(header.get(..end).unwrap_or_default())
            .map_err(|_| at("the header is not UTF-8 text".to_string()))?;
        let names: Vec<&str> =
            header.trim_end_matches(['\n', '\r']).trim_start_matches('\u{feff}').split(',').map(str::trim).collect();
        // Column names in any letter case, as in a usage log: a spreadsheet may write `Timestamp`.
        let position = |column: &str| names.iter().position(|n| n.eq_ignore_ascii_case(column));
        let mut order = [0; 6];
        for (slot, column) in order.iter_mut().zip(COLUMNS) {
            *slot = position(column).ok_or_else(|| {
                at(format!("the header has no `{column}` column: it must name {}", COLUMNS.join(",")))
            })?;
        }
        let known = || COLUMNS.iter().copied().chain([BUSINESS_NUMBER]);
        if let Some(extra) = names.iter().find(|n| !known().any(|k| n.eq_ignore_ascii_case(k))) {
            let hint = suggestion(&extra.to_ascii_lowercase(), known());
            return Err(at(format!(
                "unknown column `{extra}`: a log has the columns {}, and may have `{BUSINESS_NUMBER}`{hint}",
                COLUMNS.join(",")
            )));
        }
        // A column named twice would leave a row one field more than the header's columns.
        let twice = names.iter().enumerate().find_map(|(i, n)| position(n).filter(|first| *first != i).map(|f| (f, i)));
        if let Some((first, again)) = twice {
            let name = names.get(again).copied().unwrap_or_default();
            return Err(at(format!("the header names `{name}` twice, as columns {} and {}", first + 1, again + 1)));
        }
        let business = position(BUSINESS_NUMBER);
        Ok(LogFormat {
            file: file.to_path_buf(),
            order,
            business,
            width: COLUMNS.len() + usize::from(business.is_some()),
            numbers: Numbers::default(),
            header_end: end as u64,
        })
    }

    /// Where the first row starts in the file.
    pub fn rows_start(&self) -> u64 {
        self.header_end
    }

    /// Reads into `block` the lines of `input` that start at an offset in `from..to` (at least
    /// [`LogFormat::rows_start`]): a line that starts before `from` belongs to the block before,
    /// and the last line is read to its end, past `to`. Blocks that tile the file so read every
    /// line exactly once, each on its own, so threads can read them side by side.
    pub fn block(&self, input: &mut (impl Read + Seek), from: u64, to: u64, block: &mut Block) -> std::io::Result<()> {
        // One byte before `from` says whether a line starts at `from`.
        let back = u64::from(from > self.header_end);
        input.seek(SeekFrom::Start(from - back))?;
        let text = &mut block.text;
        text.clear();
        read_up_to(input, text, usize::try_from(to - from + back).unwrap_or(usize::MAX))?;
        let first = if back == 0 { Some(0) } else { memchr::memchr(b'\n', text).map(|i| i + 1) };
        let Some(first) = first.filter(|f| *f < text.len()) else {
            // No line starts here: the one before runs through the whole block.
            text.clear();
            block.end = to;
            return Ok(());
        };
        // The last line goes on to its end.
        let mut searched = text.len();
        while text.last() != Some(&b'\n') {
            let got = read_up_to(input, text, STEP)?;
            if let Some(pos) = memchr::memchr(b'\n', text.get(searched..).unwrap_or_default()) {
                text.truncate(searched + pos + 1);
                break;
            }
            searched = text.len();
            if got == 0 {
                break;
            }
        }
        block.end = from - back + text.len() as u64;
        text.drain(..first);
        Ok(())
    }

    /// Reads the rows of `text` (a [`Block`]'s), giving each to `f` with what it reads as; lines
    /// are counted from `first`, the line of the block's first. Blank lines are not rows.
    ///
    /// `open` says the block starts inside a quoted field of a row before it: its lines up to the
    /// closing quote are part of that row (one problem, told where it started), not rows of
    /// their own. A row that leaves a quote open is one problem at its first line, whose lines
    /// run on to the closing quote, here or in the blocks after. Whether a line starts inside a
    /// quoted field is the parity of the quotes before it in the file: a block read as if it
    /// started outside one ends inside one when it holds an odd number of quotes, so the blocks
    /// before say what `open` is for the next, and one read with the wrong `open` is read again.
    ///
    /// Lines are found with `memchr` and split eight bytes at a time ([`split`]). One `memchr3`
    /// pass finding commas, line ends and quotes together was measured too: it took 5 % more
    /// time (BENCHMARKS.md).
    pub fn rows(&self, text: &[u8], first: u32, open: bool, mut f: impl FnMut(Result<Event, Diagnostic>)) -> Rows {
        // Most logs hold no quote at all: then no row needs looking for one.
        let quotes = memchr::memchr(b'"', text).is_some();
        let mut memo = Memo::default();
        let (mut line, mut start, mut open) = (first, 0, open);
        let ends = memchr::memchr_iter(b'\n', text).chain((text.last() != Some(&b'\n')).then_some(text.len()));
        for end in ends {
            let row = text.get(start..end).unwrap_or_default();
            let row = row.strip_suffix(b"\r").unwrap_or(row);
            if open {
                // A line of a quoted field begun before: its closing quote ends the row.
                open = !(quotes && open_quote(row));
            } else if quotes && open_quote(row) {
                open = true;
                f(Err(self.line_break(line)));
            } else if !row.is_empty() {
                f(self.parse_in(row, line, &mut memo, quotes));
            }
            (line, start) = (line.saturating_add(1), end.saturating_add(1));
        }
        Rows { lines: line.saturating_sub(first), open }
    }

    /// The problem of a row, starting on `line`, whose quoted field holds a line break.
    fn line_break(&self, line: u32) -> Diagnostic {
        self.error(line, "", "a quoted field holds a line break: a log row is one line".to_string())
    }

    fn error(&self, line: u32, field: &str, message: String) -> Diagnostic {
        Diagnostic {
            file: self.file.clone(),
            line: Some(line as usize),
            column: None,
            field: field.to_string(),
            message,
        }
    }

    /// What the row on `line` reads as.
    pub fn parse(&self, row: &[u8], line: u32) -> Result<Event, Diagnostic> {
        self.parse_in(row, line, &mut Memo::default(), true)
    }

    /// [`LogFormat::parse`], remembering what the next row may need in `memo`; `quotes` when the
    /// row may hold one.
    #[inline]
    fn parse_in(&self, row: &[u8], line: u32, memo: &mut Memo, quotes: bool) -> Result<Event, Diagnostic> {
        let mut spans = [(0, 0); MOST_FIELDS];
        let split = if quotes { split::<true>(row, b',', &mut spans) } else { split::<false>(row, b',', &mut spans) };
        match split {
            Ok(n) if n == self.width => {
                self.fields(spans.map(|(from, to)| row.get(from..to).unwrap_or_default()), line, memo)
            }
            Ok(n) => Err(self.field_count(line, n)),
            Err(Special) => self.quoted(row, line, memo),
        }
    }

    /// A row holding a quote, split by the CSV rules.
    fn quoted(&self, row: &[u8], line: u32, memo: &mut Memo) -> Result<Event, Diagnostic> {
        let unquoted =
            unquote(row).ok_or_else(|| self.error(line, "", "not valid CSV: an unterminated quote".to_string()))?;
        if unquoted.len() != self.width {
            return Err(self.field_count(line, unquoted.len()));
        }
        let mut fields: [&[u8]; MOST_FIELDS] = [&[]; MOST_FIELDS];
        for (slot, value) in fields.iter_mut().zip(&unquoted) {
            *slot = value.as_slice();
        }
        self.fields(fields, line, memo)
    }

    /// What a row's fields (in the file's order) read as.
    #[inline]
    fn fields(&self, fields: [&[u8]; MOST_FIELDS], line: u32, memo: &mut Memo) -> Result<Event, Diagnostic> {
        let get = |column: usize| {
            let i = self.order.get(column).copied().unwrap_or(column);
            trim(fields.get(i).copied().unwrap_or_default())
        };
        let at = parse_timestamp_in(get(0), &mut memo.day).ok_or_else(|| {
            self.error(
                line,
                "timestamp",
                format!(
                    "`{}` is not an RFC 3339 time with an offset, such as `2024-05-01T09:30:00+02:00`",
                    text(get(0))
                ),
            )
        })?;
        let contact = parse_phone(get(1)).ok_or_else(|| {
            self.error(line, "contact", format!("`{}` is not an E.164 number such as `+31612345678`", text(get(1))))
        })?;
        let kind = self.kind(line, get(2), get(3), get(4), get(5))?;
        let business = match self.business {
            Some(i) => self.business(line, trim(fields.get(i).copied().unwrap_or_default()), memo)?,
            None => 0,
        };
        Ok(Event { at, contact, kind, line, business })
    }

    /// The index of a row's business number: 0 for an empty cell, the log's unnamed number.
    fn business(&self, line: u32, cell: &[u8], memo: &mut Memo) -> Result<u16, Diagnostic> {
        if cell.is_empty() {
            return Ok(0);
        }
        let number = parse_phone(cell).ok_or_else(|| {
            self.error(line, BUSINESS_NUMBER, format!("`{}` is not an E.164 number such as `+31201234567`", text(cell)))
        })?;
        if let Some(&i) = memo.numbers.get(&number) {
            return Ok(i);
        }
        let i = self.numbers.index(number).ok_or_else(|| {
            self.error(
                line,
                BUSINESS_NUMBER,
                format!("more than {} business numbers in one log: rate it in parts", count(u64::from(u16::MAX))),
            )
        })?;
        memo.numbers.insert(number, i);
        Ok(i)
    }

    fn kind(
        &self,
        line: u32,
        direction: &[u8],
        kind: &[u8],
        category: &[u8],
        origin: &[u8],
    ) -> Result<Kind, Diagnostic> {
        let choice = |field: &str, value: &[u8], allowed: &[&str]| {
            let value = text(value);
            let hint = suggestion(&value, allowed.iter().copied());
            let list = allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ");
            self.error(line, field, format!("`{value}` is not one of {list}{hint}"))
        };
        match direction {
            b"in" => {
                if kind == b"template" {
                    return Err(self.error(
                        line,
                        "type",
                        "a user cannot send a template: inbound messages are `text`".into(),
                    ));
                }
                if kind != b"text" {
                    return Err(choice("type", kind, &["text", "template"]));
                }
                if !category.is_empty() {
                    return Err(self.error(
                        line,
                        "category",
                        "an inbound message has no category: leave it empty".into(),
                    ));
                }
                match origin {
                    b"" => Ok(Kind::In),
                    b"ctwa" | b"page_cta" => Ok(Kind::InEntryPoint),
                    other => Err(choice("origin", other, &["ctwa", "page_cta"])),
                }
            }
            b"out" => {
                if !origin.is_empty() {
                    return Err(self.error(
                        line,
                        "origin",
                        "only an inbound message has an origin: leave it empty".into(),
                    ));
                }
                match kind {
                    b"text" if category.is_empty() => Ok(Kind::Text),
                    b"text" => {
                        Err(self.error(line, "category", "a free-form message has no category: leave it empty".into()))
                    }
                    b"template" => match category {
                        b"marketing" => Ok(Kind::Marketing),
                        b"utility" => Ok(Kind::Utility),
                        b"authentication" => Ok(Kind::Authentication),
                        b"authentication_international" | b"authentication-international" => {
                            Ok(Kind::AuthenticationInternational)
                        }
                        b"" => Err(self.error(line, "category", "a template needs its category".into())),
                        other => Err(choice(
                            "category",
                            other,
                            &["marketing", "utility", "authentication", "authentication_international"],
                        )),
                    },
                    other => Err(choice("type", other, &["template", "text"])),
                }
            }
            other => Err(choice("direction", other, &["in", "out"])),
        }
    }

    fn field_count(&self, line: u32, n: usize) -> Diagnostic {
        self.error(line, "", format!("{n} fields where the header has {}", self.width))
    }
}

/// True when `line` leaves a quote open: an odd number of `"` (a `""` inside a field is two).
#[inline]
fn open_quote(line: &[u8]) -> bool {
    memchr::memchr(b'"', line).is_some() && memchr::memchr_iter(b'"', line).count() % 2 == 1
}

/// Reads up to `n` more bytes of `input` onto `text`; returns how many it read (fewer at the end).
fn read_up_to(input: &mut impl Read, text: &mut Vec<u8>, n: usize) -> std::io::Result<usize> {
    let before = text.len();
    (&mut *input).take(n as u64).read_to_end(text)?;
    Ok(text.len() - before)
}

#[inline]
fn trim(field: &[u8]) -> &[u8] {
    field.trim_ascii()
}

fn text(field: &[u8]) -> String {
    String::from_utf8_lossy(field).into_owned()
}

/// Splits a row holding quotes by the CSV rules (`""` is a quote inside a quoted field).
fn unquote(row: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(row);
    let record = reader.byte_records().next()?.ok()?;
    Some(record.iter().map(<[u8]>::to_vec).collect())
}

/// The fewest digits of a real E.164 number: a country code and a subscriber number (Niue's and
/// Tokelau's are 7 in all); `+1` or `+3` is not a number anyone can be sent a message on.
const MIN_PHONE_DIGITS: usize = 7;

/// `+` and 7 to 15 digits, the first not 0.
#[inline]
fn parse_phone(s: &[u8]) -> Option<u64> {
    let digits = s.strip_prefix(b"+")?;
    if digits.len() < MIN_PHONE_DIGITS || digits.len() > 15 || digits.first() == Some(&b'0') {
        return None;
    }
    let mut n = 0u64;
    for &b in digits {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        n = n * 10 + u64::from(d);
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert_eq!(parse_phone(b"+18095550100"), Some(18_095_550_100));
        assert_eq!(parse_phone(b"18095550100"), None);
        assert_eq!(parse_phone(b"+0123"), None);
        assert_eq!(parse_phone(b"+1234567890123456"), None);
        assert_eq!(parse_phone(b"+31 6"), None);
        assert_eq!(parse_phone(b"+1"), None);
        assert_eq!(parse_phone(b"+3"), None);
        assert_eq!(parse_phone(b"+683"), None);
        assert_eq!(parse_phone(b"+6834001"), Some(6_834_001));
    }

    fn format(header: &str) -> Result<LogFormat, Diagnostic> {
        LogFormat::new(&mut header.as_bytes(), Path::new("log.csv"))
    }

    #[test]
    fn an_event_is_24_bytes() {
        assert_eq!(std::mem::size_of::<Event>(), 24);
    }

    #[test]
    fn business_numbers_are_an_optional_column_in_any_place_and_case() {
        let f = format("Business_Number,TIMESTAMP,contact,Direction,type,category,origin\r\n").unwrap();
        let row = |line: u32, text: &str| f.parse(text.as_bytes(), line).unwrap();
        let a = row(2, "+31205550001,2026-10-01T10:00:00Z,+31612345678,in,text,,");
        let b = row(3, "+31205550002,2026-10-01T10:00:00Z,+31612345679,in,text,,");
        let a_again = row(4, " +31205550001 ,2026-10-01T10:05:00Z,+31612345678,out,text,,");
        let quoted = row(5, "\"+31205550002\",2026-10-01T10:05:00Z,+31612345679,out,text,,");
        let unnamed = row(6, ",2026-10-01T10:06:00Z,+31612345678,out,text,,");
        assert_ne!(a.business, 0);
        assert_ne!(a.business, b.business);
        assert_eq!(a.business, a_again.business);
        assert_eq!(b.business, quoted.business);
        assert_eq!(unnamed.business, 0);
        assert_eq!((a_again.kind, a_again.line), (Kind::Text, 4));
        let plain = format("timestamp,contact,direction,type,category,origin\n").unwrap();
        assert_eq!(plain.parse(b"2026-10-01T10:00:00Z,+31612345678,in,text,,", 2).unwrap().business, 0);
    }

    #[test]
    fn a_bad_business_number_names_its_line_and_field() {
        let f = format("timestamp,contact,direction,type,category,origin,business_number\n").unwrap();
        let e = f.parse(b"2026-10-01T10:00:00Z,+31612345678,in,text,,,0205550001", 7).unwrap_err();
        assert_eq!((e.file.as_path(), e.line, e.field.as_str()), (Path::new("log.csv"), Some(7), "business_number"));
        assert_eq!(e.message, "`0205550001` is not an E.164 number such as `+31201234567`");
        let e = f.parse(b"2026-10-01T10:00:00Z,+31612345678,in,text,,", 8).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (Some(8), "6 fields where the header has 7"));
        let e = format("timestamp,contact,business_number,direction,type,category,origin,Business_Number\n");
        assert_eq!(e.unwrap_err().message, "the header names `Business_Number` twice, as columns 3 and 8");
        let e = format("timestamp,contact,direction,type,category,origin,business_numbr\n").unwrap_err();
        assert_eq!(
            e.message,
            "unknown column `business_numbr`: a log has the columns timestamp,contact,direction,type,category,origin, \
             and may have `business_number`, did you mean `business_number`?"
        );
    }

    #[test]
    fn a_log_holds_at_most_65535_business_numbers() {
        let numbers = Numbers::default();
        for n in 1..=u64::from(u16::MAX) {
            assert_eq!(numbers.index(31_205_550_000 + n), u16::try_from(n).ok());
        }
        assert_eq!(numbers.index(31_205_550_001), Some(1));
        assert_eq!(numbers.index(31_209_990_000), None);
    }
}
