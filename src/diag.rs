//! Problems found in a user's file, each with the file, line, column and field it is about.
//!
//! Loaders collect every problem before failing (so a user fixes a file in one pass) and report
//! them as [`Diagnostics`]. Messages follow one style: lower case, no final period, user input in
//! backticks, no Rust type names.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// One problem in one place of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Diagnostic {
    /// The file, as the user named it.
    pub file: PathBuf,
    /// Line, 1-based; `None` when the problem is the whole file (it cannot be read).
    pub line: Option<usize>,
    /// Column, 1-based, in characters.
    pub column: Option<usize>,
    /// The field, as a dotted path (`outcomes.agent.testdrive`, `versions[1].plans[0].charges[2]`).
    pub field: String,
    /// What is wrong and, where it helps, what to write instead.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if self.field.is_empty() {
            write!(f, ": {}", self.message)
        } else {
            write!(f, ": `{}`: {}", self.field, self.message)
        }
    }
}

/// Every problem found in one or more files; never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, thiserror::Error)]
#[serde(transparent)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// A file's text and name, to turn byte offsets into lines and columns.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The file name used in messages.
    pub file: &'a Path,
    /// The file's whole text, which the byte offsets index into.
    pub text: &'a str,
}

impl<'a> Source<'a> {
    /// A source named `file` holding `text`.
    pub fn new(file: &'a Path, text: &'a str) -> Self {
        Source { file, text }
    }

    /// 1-based line and column of byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset = offset.saturating_sub(1);
        }
        let before = self.text.get(..offset).unwrap_or_default();
        // Counts within a text in memory: far from overflowing.
        let line = before.matches('\n').count().saturating_add(1);
        let line_start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()).saturating_add(1);
        (line, column)
    }

    /// A problem at byte `offset`, about `field`.
    pub fn at(&self, offset: usize, field: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.position(offset);
        Diagnostic {
            file: self.file.to_path_buf(),
            line: Some(line),
            column: Some(column),
            field: field.into(),
            message: message.into(),
        }
    }

    /// A problem with the whole file (it cannot be read, it is empty).
    pub fn whole(&self, message: impl Into<String>) -> Diagnostic {
        whole_file(self.file, message)
    }
}

/// The most of a file read whole that is read: a scenario, a rate card and its CSV tables, an
/// invoice or exchange rates is kilobytes; anything past 64 MiB is not one of them.
pub const TEXT_LIMIT: u64 = 64 << 20;

/// The text of the user's file at `path`, read whole (at most [`TEXT_LIMIT`]); `what` names it in
/// the error (`the scenario`).
pub fn read_text(path: &Path, what: &str) -> Result<String, Diagnostics> {
    read_up_to(path, what, Some(TEXT_LIMIT))
}

/// The text of a log at `path`, read whole however long. Logs run to gigabytes: they have no
/// limit, and a reader that streams them should use [`open_file`] instead.
pub fn read_log_text(path: &Path, what: &str) -> Result<String, Diagnostics> {
    read_up_to(path, what, None)
}

/// The bytes of the file at `path` (a logo, say), refused when larger than `limit` bytes.
pub fn read_bytes(path: &Path, what: &str, limit: u64) -> Result<Vec<u8>, Diagnostics> {
    bytes_up_to(path, what, Some(limit))
}

fn bytes_up_to(path: &Path, what: &str, limit: Option<u64>) -> Result<Vec<u8>, Diagnostics> {
    let cannot = |message: String| Diagnostics(vec![whole_file(path, format!("cannot read {what}: {message}"))]);
    let file = open_file(path, what)?;
    let mut bytes = Vec::new();
    match limit {
        // One byte past the limit tells a file that has more.
        Some(limit) => file.take(limit.saturating_add(1)).read_to_end(&mut bytes),
        None => { file }.read_to_end(&mut bytes),
    }
    .map_err(|e| cannot(e.to_string()))?;
    if let Some(limit) = limit
        && u64::try_from(bytes.len()).map_or(true, |n| n > limit)
    {
        let size = if limit >= 1 << 20 { format!("{} MiB", limit >> 20) } else { format!("{limit} bytes") };
        return Err(cannot(format!("it is larger than {size}, more than such a file ever holds")));
    }
    Ok(bytes)
}

fn read_up_to(path: &Path, what: &str, limit: Option<u64>) -> Result<String, Diagnostics> {
    let bytes = bytes_up_to(path, what, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default()).into_owned();
        let byte = e.as_bytes().get(valid).copied().unwrap_or_default();
        let source = Source::new(path, &before);
        Diagnostics(vec![source.at(valid, "", not_utf8(byte))])
    })
}

/// What a byte that is not part of a UTF-8 character is told.
fn not_utf8(byte: u8) -> String {
    format!("not UTF-8 text: byte 0x{byte:02x} here is not part of a UTF-8 character")
}

/// A reader of text that must be UTF-8, for a file too large to read whole (a log): it passes
/// the bytes on as they come, and the first that is not part of a UTF-8 character is an error at
/// its line and column, as [`read_text`] reports it. The error is a [`std::io::Error`] carrying
/// the problem: [`utf8_problem`] takes it back out.
#[derive(Debug)]
pub struct Utf8Reader<R> {
    input: R,
    file: PathBuf,
    /// The start of a character cut off at the end of the last read, passed on with the next.
    carried: [u8; 4],
    carried_len: usize,
    /// Bytes checked and not yet passed on (`ready[from..to]`), when asked for fewer than 4.
    ready: ([u8; 4], usize, usize),
    /// Line ends passed on so far.
    lines: usize,
    /// Characters passed on since the last line end.
    column: usize,
    /// The problem just after the bytes passed on, once found.
    failed: Option<Diagnostic>,
}

/// The problem carried by an error a [`Utf8Reader`] returned, if it is one.
pub fn utf8_problem(e: &std::io::Error) -> Option<Diagnostic> {
    e.get_ref().and_then(|inner| inner.downcast_ref::<NotUtf8>()).map(|n| n.0.clone())
}

/// The problem a [`Utf8Reader`] found, as the source of its `std::io::Error`.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
struct NotUtf8(Diagnostic);

impl<R: Read> Utf8Reader<R> {
    /// Reads `input`, the text of `file` (which names it in the problem).
    pub fn new(input: R, file: &Path) -> Self {
        Utf8Reader {
            input,
            file: file.to_path_buf(),
            carried: [0; 4],
            carried_len: 0,
            ready: ([0; 4], 0, 0),
            lines: 0,
            column: 0,
            failed: None,
        }
    }

    /// Counts `text` (valid UTF-8) as passed on.
    fn pass_on(&mut self, text: &[u8]) {
        // Characters are the bytes that do not continue one.
        let chars = |t: &[u8]| t.iter().filter(|b| (**b & 0xC0) != 0x80).count();
        match memchr::memrchr(b'\n', text) {
            None => self.column = self.column.saturating_add(chars(text)),
            Some(last) => {
                let ends = text.iter().filter(|b| **b == b'\n').count();
                self.lines = self.lines.saturating_add(ends);
                self.column = chars(text.get(last.saturating_add(1)..).unwrap_or_default());
            }
        }
    }

    /// The error for the byte `byte` just after the text passed on, kept for any later read.
    fn bad(&mut self, byte: u8) -> std::io::Error {
        let d = Diagnostic {
            file: self.file.clone(),
            line: Some(self.lines.saturating_add(1)),
            column: Some(self.column.saturating_add(1)),
            field: String::new(),
            message: not_utf8(byte),
        };
        self.failed = Some(d.clone());
        std::io::Error::new(std::io::ErrorKind::InvalidData, NotUtf8(d))
    }

    /// [`Read::read`] into a `buf` of at least 4 bytes, room for any character.
    fn fill(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if let Some(d) = &self.failed {
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, NotUtf8(d.clone())));
            }
            let carried = self.carried_len;
            if let (Some(to), Some(from)) = (buf.get_mut(..carried), self.carried.get(..carried)) {
                to.copy_from_slice(from);
            }
            let got = self.input.read(buf.get_mut(carried..).unwrap_or_default())?;
            self.carried_len = 0;
            let text = buf.get(..carried.saturating_add(got)).unwrap_or_default();
            let (valid, cut) = match std::str::from_utf8(text) {
                Ok(_) => (text.len(), None),
                Err(e) => (e.valid_up_to(), Some(e.error_len())),
            };
            let (good, rest) = text.split_at(valid.min(text.len()));
            self.pass_on(good);
            match cut {
                // A character cut off by the end of this read: carried on to the next.
                Some(None) if got > 0 => {
                    if let Some(to) = self.carried.get_mut(..rest.len()) {
                        to.copy_from_slice(rest);
                        self.carried_len = rest.len();
                    }
                }
                // A byte that is no part of a character, or a character cut off by the end of
                // the file: the text before it is passed on first.
                Some(_) => {
                    let error = self.bad(rest.first().copied().unwrap_or_default());
                    if valid == 0 {
                        return Err(error);
                    }
                }
                None => {}
            }
            if valid > 0 || got == 0 {
                return Ok(valid);
            }
        }
    }
}

impl<R: Read> Read for Utf8Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let (ready, from, to) = &mut self.ready;
        if from < to {
            let n = (*to).saturating_sub(*from).min(buf.len());
            let end = from.saturating_add(n);
            buf.get_mut(..n).unwrap_or_default().copy_from_slice(ready.get(*from..end).unwrap_or_default());
            *from = end;
            return Ok(n);
        }
        if buf.len() >= 4 {
            return self.fill(buf);
        }
        if buf.is_empty() {
            return Ok(0);
        }
        let mut small = [0u8; 4];
        let n = self.fill(&mut small)?;
        if n == 0 {
            return Ok(0);
        }
        self.ready = (small, 0, n);
        self.read(buf)
    }
}

/// The user's file at `path`, opened for reading; `what` names it in the error. Only a regular
/// file (or a link to one) is read: a folder, a device such as `/dev/zero` or a pipe would never
/// end, or never start.
pub fn open_file(path: &Path, what: &str) -> Result<File, Diagnostics> {
    let cannot = |message: String| Diagnostics(vec![whole_file(path, format!("cannot read {what}: {message}"))]);
    let regular = |meta: &std::fs::Metadata| {
        if meta.is_dir() {
            Err(cannot("it is a folder, not a file".to_string()))
        } else if !meta.is_file() {
            Err(cannot("it is not a regular file (a device or a pipe, say)".to_string()))
        } else {
            Ok(())
        }
    };
    // Checked before opening, since opening a pipe waits for a writer; and again on the file
    // opened, in case the name changed hands in between.
    regular(&std::fs::metadata(path).map_err(|e| cannot(e.to_string()))?)?;
    let file = File::open(path).map_err(|e| cannot(e.to_string()))?;
    regular(&file.metadata().map_err(|e| cannot(e.to_string()))?)?;
    Ok(file)
}

/// A problem with the whole file at `file`, such as a failed read.
pub fn whole_file(file: &Path, message: impl Into<String>) -> Diagnostic {
    Diagnostic { file: file.to_path_buf(), line: None, column: None, field: String::new(), message: message.into() }
}

/// The candidate closest to `word`, if it is close enough to be a likely misspelling.
///
/// ```
/// use pricesim::diag::closest;
/// assert_eq!(closest("testdrive", ["test_drive", "video_call"]), Some("test_drive"));
/// assert_eq!(closest("pizza", ["test_drive", "video_call"]), None);
/// ```
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// `, did you mean `x`?` when a close candidate exists, else an empty string.
pub fn suggestion<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    closest(word, candidates).map_or_else(String::new, |c| format!(", did you mean `{c}`?"))
}

/// The byte offset in `text` where field `index` of the CSV record starting at byte `start`
/// begins (quotes followed, a quoted line break included), for messages that name a line and
/// column.
pub(crate) fn field_offset(text: &str, start: usize, index: usize) -> usize {
    let mut field = 0;
    let mut quoted = false;
    for (i, b) in text.bytes().enumerate().skip(start) {
        if field == index {
            return i;
        }
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => field = field.saturating_add(1),
            b'\n' if !quoted => return i,
            _ => {}
        }
    }
    text.len()
}

/// A problem at field `index` of the record starting at byte `start` of `source`, about `column`.
pub(crate) fn at_field(
    source: &Source<'_>,
    start: usize,
    index: usize,
    column: &str,
    message: impl Into<String>,
) -> Diagnostic {
    source.at(field_offset(source.text, start, index), column, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_found_past_quoted_commas_and_line_breaks() {
        let text = "a,\"b,\nc\",d\n";
        assert_eq!(field_offset(text, 0, 0), 0);
        assert_eq!(field_offset(text, 0, 1), 2);
        assert_eq!(field_offset(text, 0, 2), 9);
        let source = Source::new(Path::new("f.csv"), text);
        assert_eq!(at_field(&source, 0, 2, "x", "m").to_string(), "f.csv:2:4: `x`: m");
    }

    #[test]
    fn positions_are_one_based_lines_and_character_columns() {
        let s = Source::new(Path::new("f.toml"), "a = 1\nné = 2\n");
        assert_eq!(s.position(0), (1, 1));
        assert_eq!(s.position(6), (2, 1));
        // "é" is two bytes: byte 10 is the `=`, the fourth character of "né = 2".
        assert_eq!(s.position(10), (2, 4));
        assert_eq!(s.position(1000), (3, 1));
    }

    #[test]
    fn a_diagnostic_reads_file_line_column_field_message() {
        let s = Source::new(Path::new("x.toml"), "\n\nkey = 1");
        let d = s.at(2, "outcomes.agent.testdrive", "unknown outcome `testdrive`");
        assert_eq!(d.to_string(), "x.toml:3:1: `outcomes.agent.testdrive`: unknown outcome `testdrive`");
    }
}
