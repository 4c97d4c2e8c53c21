//! Reading a WhatsApp message log (CSV, `timestamp,contact,direction,type,category,origin`) into
//! compact [`Event`]s, fast: logs run to millions of rows, so lines are found in a large buffer
//! and split in place, and only a row holding a quote goes through the general CSV reader.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, suggestion};
use crate::fields::{Special, split};

/// What a row says happened, ordered so that at one instant a user's message comes before the
/// business's (it opens the window the reply needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A message from the user.
    In,
    /// A message from the user that came from a click-to-WhatsApp ad or a Page button.
    InEntryPoint,
    /// A free-form (non-template) message delivered to the user.
    Text,
    /// A marketing template delivered.
    Marketing,
    /// A utility template delivered.
    Utility,
    /// An authentication template delivered.
    Authentication,
    /// An authentication template at the authentication-international rate.
    AuthenticationInternational,
}

/// One row of a log.
///
/// Ordered by time, then contact, then kind: the order the rater works in, whatever the file's.
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
}

/// The log's columns.
pub const COLUMNS: [&str; 6] = ["timestamp", "contact", "direction", "type", "category", "origin"];

/// Reads a log row by row.
pub struct LogReader<R> {
    input: R,
    file: PathBuf,
    /// Position of each of [`COLUMNS`] in the file's header.
    order: [usize; 6],
    line: u32,
    /// Bytes read and not yet used are `buf[start..end]`.
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// Bytes of the lines returned so far, for progress.
    consumed: u64,
}

/// The reader's buffer; a longer line grows it.
const BUFFER: usize = 1 << 20;

impl<R: Read> LogReader<R> {
    /// Reads the header; `file` names the log in messages.
    pub fn new(input: R, file: &Path) -> Result<Self, Diagnostic> {
        let at = |message: String| Diagnostic {
            file: file.to_path_buf(),
            line: Some(1),
            column: None,
            field: String::new(),
            message,
        };
        let mut reader = LogReader {
            input,
            file: file.to_path_buf(),
            order: [0; 6],
            line: 0,
            buf: vec![0; BUFFER],
            start: 0,
            end: 0,
            eof: false,
            consumed: 0,
        };
        let header = match reader.next_line() {
            Some(Ok((start, end))) => reader.buf.get(start..end).unwrap_or_default(),
            Some(Err(e)) => return Err(at(format!("cannot read the log: {e}"))),
            None => return Err(at("the log is empty: it needs a header".to_string())),
        };
        let header = std::str::from_utf8(header).map_err(|_| at("the header is not UTF-8 text".to_string()))?;
        let names: Vec<&str> =
            header.trim_end_matches(['\n', '\r']).trim_start_matches('\u{feff}').split(',').map(str::trim).collect();
        let mut order = [0; 6];
        for (slot, column) in order.iter_mut().zip(COLUMNS) {
            *slot = names.iter().position(|n| *n == column).ok_or_else(|| {
                at(format!("the header has no `{column}` column: it must name {}", COLUMNS.join(",")))
            })?;
        }
        if let Some(extra) = names.iter().find(|n| !COLUMNS.contains(n)) {
            let hint = suggestion(extra, COLUMNS.iter().copied());
            return Err(at(format!("unknown column `{extra}`: a log has the columns {}{hint}", COLUMNS.join(","))));
        }
        reader.order = order;
        Ok(reader)
    }

    /// The next line, without its end, as a range of `buf`.
    fn next_line(&mut self) -> Option<std::io::Result<(usize, usize)>> {
        loop {
            let pending = self.buf.get(self.start..self.end).unwrap_or_default();
            if let Some(pos) = memchr::memchr(b'\n', pending) {
                let line = (self.start, self.start + pos);
                self.start += pos + 1;
                self.consumed += pos as u64 + 1;
                self.line = self.line.saturating_add(1);
                return Some(Ok(line));
            }
            if self.eof {
                if self.start < self.end {
                    let line = (self.start, self.end);
                    self.consumed += (self.end - self.start) as u64;
                    self.start = self.end;
                    self.line = self.line.saturating_add(1);
                    return Some(Ok(line));
                }
                return None;
            }
            // Keep the partial line, make room, read more.
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            if self.end == self.buf.len() {
                self.buf.resize(self.buf.len() * 2, 0);
            }
            match self.input.read(self.buf.get_mut(self.end..).unwrap_or_default()) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// Bytes of the file read so far (the rows returned and the header).
    pub fn bytes_read(&self) -> u64 {
        self.consumed
    }

    /// The next row, or `None` at the end. A row that cannot be read is an error naming its line
    /// and column; reading can go on after it.
    pub fn next_event(&mut self) -> Option<Result<Event, Diagnostic>> {
        loop {
            let (start, end) = match self.next_line()? {
                Ok(range) => range,
                Err(e) => return Some(Err(self.error("", format!("cannot read the log: {e}")))),
            };
            let row = self.buf.get(start..end).unwrap_or_default();
            let row = row.strip_suffix(b"\r").unwrap_or(row);
            if row.is_empty() {
                continue; // a blank line holds no row
            }
            return Some(self.parse(row));
        }
    }

    fn error(&self, field: &str, message: String) -> Diagnostic {
        Diagnostic {
            file: self.file.clone(),
            line: Some(self.line as usize),
            column: None,
            field: field.to_string(),
            message,
        }
    }

    fn parse(&self, row: &[u8]) -> Result<Event, Diagnostic> {
        let mut fields: [&[u8]; 6] = [&[]; 6];
        let mut spans = [(0, 0); 6];
        let unquoted;
        match split::<false>(row, b',', &mut spans) {
            Ok(6) => fields = spans.map(|(from, to)| row.get(from..to).unwrap_or_default()),
            Ok(n) => return Err(self.field_count(n)),
            Err(Special) => {
                unquoted =
                    unquote(row).ok_or_else(|| self.error("", "not valid CSV: an unterminated quote".to_string()))?;
                if unquoted.len() != 6 {
                    return Err(self.field_count(unquoted.len()));
                }
                for (slot, value) in fields.iter_mut().zip(&unquoted) {
                    *slot = value.as_slice();
                }
            }
        }
        let get = |column: usize| {
            let i = self.order.get(column).copied().unwrap_or(column);
            trim(fields.get(i).copied().unwrap_or_default())
        };
        let at = parse_timestamp(get(0)).ok_or_else(|| {
            self.error(
                "timestamp",
                format!(
                    "`{}` is not an RFC 3339 time with an offset, such as `2024-05-01T09:30:00+02:00`",
                    text(get(0))
                ),
            )
        })?;
        let contact = parse_phone(get(1)).ok_or_else(|| {
            self.error("contact", format!("`{}` is not an E.164 number such as `+31612345678`", text(get(1))))
        })?;
        let kind = self.kind(get(2), get(3), get(4), get(5))?;
        Ok(Event { at, contact, kind, line: self.line })
    }

    fn kind(&self, direction: &[u8], kind: &[u8], category: &[u8], origin: &[u8]) -> Result<Kind, Diagnostic> {
        let choice = |field: &str, value: &[u8], allowed: &[&str]| {
            let value = text(value);
            let hint = suggestion(&value, allowed.iter().copied());
            let list = allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ");
            self.error(field, format!("`{value}` is not one of {list}{hint}"))
        };
        match direction {
            b"in" => {
                if kind == b"template" {
                    return Err(self.error("type", "a user cannot send a template: inbound messages are `text`".into()));
                }
                if kind != b"text" {
                    return Err(choice("type", kind, &["text", "template"]));
                }
                if !category.is_empty() {
                    return Err(self.error("category", "an inbound message has no category: leave it empty".into()));
                }
                match origin {
                    b"" => Ok(Kind::In),
                    b"ctwa" | b"page_cta" => Ok(Kind::InEntryPoint),
                    other => Err(choice("origin", other, &["ctwa", "page_cta"])),
                }
            }
            b"out" => {
                if !origin.is_empty() {
                    return Err(self.error("origin", "only an inbound message has an origin: leave it empty".into()));
                }
                match kind {
                    b"text" if category.is_empty() => Ok(Kind::Text),
                    b"text" => {
                        Err(self.error("category", "a free-form message has no category: leave it empty".into()))
                    }
                    b"template" => match category {
                        b"marketing" => Ok(Kind::Marketing),
                        b"utility" => Ok(Kind::Utility),
                        b"authentication" => Ok(Kind::Authentication),
                        b"authentication_international" | b"authentication-international" => {
                            Ok(Kind::AuthenticationInternational)
                        }
                        b"" => Err(self.error("category", "a template needs its category".into())),
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

    fn field_count(&self, n: usize) -> Diagnostic {
        self.error("", format!("{n} fields where the header has 6"))
    }
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

/// `+` and 1 to 15 digits, the first not 0.
#[inline]
fn parse_phone(s: &[u8]) -> Option<u64> {
    let digits = s.strip_prefix(b"+")?;
    if digits.is_empty() || digits.len() > 15 || digits.first() == Some(&b'0') {
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

/// RFC 3339 (`2024-05-01T09:30:00Z`, `…09:30:00.250+02:00`; `T`, `t` or a space) to UTC
/// milliseconds. Written out by hand: it runs on every row.
#[inline]
pub fn parse_timestamp(s: &[u8]) -> Option<i64> {
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(range)?;
        part.iter().try_fold(0i64, |n, &b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0')))
    };
    if s.len() < 20
        || s.get(4) != Some(&b'-')
        || s.get(7) != Some(&b'-')
        || s.get(13) != Some(&b':')
        || s.get(16) != Some(&b':')
    {
        return None;
    }
    if !matches!(s.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut i = 19;
    let mut millis = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            if i - start < 3 {
                millis = millis * 10 + i64::from(s.get(i).copied().unwrap_or(b'0') - b'0');
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        for _ in (i - start)..3 {
            millis *= 10;
        }
    }
    let offset_minutes = match s.get(i..)? {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let h = num(i + 1..i + 3)?;
            let m = num(i + 4..i + 6)?;
            let _ = (h1, h2, m1, m2);
            if h > 23 || m > 59 {
                return None;
            }
            if *sign == b'+' { h * 60 + m } else { -(h * 60 + m) }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    Some(((days * 24 + hour) * 60 + minute - offset_minutes) * 60_000 + second * 1000 + millis)
}

#[inline]
fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
#[inline]
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_agree_with_chrono() {
        for s in [
            "2024-10-31T23:30:00+07:00",
            "2025-06-30T17:30:00Z",
            "1999-12-31 23:59:59.5-05:30",
            "2024-02-29T00:00:00.123456Z",
        ] {
            let ours = parse_timestamp(s.as_bytes()).unwrap();
            let theirs = chrono::DateTime::parse_from_rfc3339(&s.replace(' ', "T")).unwrap().timestamp_millis();
            assert_eq!(ours, theirs, "{s}");
        }
        for bad in [
            "2024-02-30T00:00:00Z",
            "2024-10-31T23:30:00",
            "2024-10-31T24:00:00Z",
            "2024-10-31",
            "2024-10-31T23:30:00+7:00",
            "2024-10-31T23:30:00.Z",
        ] {
            assert_eq!(parse_timestamp(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert_eq!(parse_phone(b"+18095550100"), Some(18_095_550_100));
        assert_eq!(parse_phone(b"18095550100"), None);
        assert_eq!(parse_phone(b"+0123"), None);
        assert_eq!(parse_phone(b"+1234567890123456"), None);
        assert_eq!(parse_phone(b"+31 6"), None);
    }
}
