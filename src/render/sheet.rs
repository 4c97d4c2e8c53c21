//! CSV meant for a spreadsheet, safe to open in one: a text cell that a spreadsheet would read as
//! a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, OWASP's list) is
//! written with a leading `'`, which spreadsheets show as text. Numbers stay numbers: a cell that
//! is a plain decimal (`-3.20`) is written as it is. Text comes from cards and scenarios the user
//! may not have written (plan names, descriptions, market names), so every CSV goes through here.
#![deny(clippy::arithmetic_side_effects)]

use std::borrow::Cow;

/// A CSV document being written.
pub struct Sheet(csv::Writer<Vec<u8>>);

impl Sheet {
    /// An empty sheet, written in memory until [`Sheet::into_text`].
    pub fn new() -> Sheet {
        Sheet(csv::Writer::from_writer(Vec::new()))
    }

    /// Writes one row, each cell made safe.
    pub fn write_record<I, T>(&mut self, record: I) -> Result<(), csv::Error>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let cells: Vec<String> = record.into_iter().map(|c| cell(c.as_ref()).into_owned()).collect();
        self.0.write_record(&cells)
    }

    /// The CSV text, once every row is written.
    pub fn into_text(self) -> Result<String, csv::Error> {
        let bytes = self.0.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

impl Default for Sheet {
    fn default() -> Self {
        Sheet::new()
    }
}

/// `text` as a cell a spreadsheet shows as written: a would-be formula gets a leading `'`.
///
/// ```
/// use pricesim::render::sheet::cell;
/// assert_eq!(cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(cell("-3.20"), "-3.20");
/// assert_eq!(cell("Base plan"), "Base plan");
/// ```
pub fn cell(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number(text) { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

/// A plain decimal: an optional `-`, digits, and an optional point with digits.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !int.is_empty() && !frac.is_empty() && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
}
