//! The ECB's historical euro reference rates (`eurofxref-hist.csv`, the file the ECB offers for
//! download), imported as `published` exchange rates of the cards folder.
//!
//! The ECB's format: a header `Date,USD,JPY,BGN,…` (often with a trailing comma), then a row per
//! business day, newest first, `N/A` where a currency has no rate that day. Every currency
//! pricesim knows ([`Currency`]) is kept, the others are listed as left out. A month converts at
//! the latest rate dated on or before its last day, so the last rate of each calendar month gives
//! every month exactly the answer the whole history would (cross rates too: both legs are month
//! ends): only those are kept, a few hundred rows rather than the file's hundred thousand rates.
//! They go to the table `fx/ecb.csv` that `fx.toml` names (replaced by each import), and the rates
//! of `fx.toml` between the euro and an imported currency dated within the span the file covers
//! for it are taken out: the ECB's figure for those days is in the table, and theirs would never
//! be used again.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Folder, percent_change, without_records};
use crate::catalog::FX_FILE;
use crate::diag::{Diagnostic, Diagnostics, Source, at_field, read_text, whole_file};
use crate::fx::Conversion;
use crate::fx::table::COLUMNS;
use crate::money::{Currency, decimal_string};
use crate::month::Month;
use crate::ratecard::{Provenance, Status};
use crate::tomlread::parse_decimal;

/// The table an import writes, relative to `fx.toml`.
pub const TABLE: &str = "fx/ecb.csv";

/// One currency of the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CurrencyImport {
    /// The currency (the rates are euros in it).
    pub currency: Currency,
    /// How many months it has a rate in.
    pub months: usize,
    /// The first and the last day the file has a rate of it.
    pub from: NaiveDate,
    /// See `from`.
    pub to: NaiveDate,
    /// The rate the latest month converts at once imported: the file's last rate of that month.
    pub latest: Conversion,
    /// What that month converted at before (a rate of `fx.toml`, its inverse or a cross rate).
    pub before: Option<Conversion>,
    /// The change in percent, one decimal.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub percent: Option<Decimal>,
}

/// The ECB's rates ready to import: what they change, and the files they write.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FxImport {
    /// The file read, as named.
    pub file: String,
    /// Every currency kept, by code.
    pub currencies: Vec<CurrencyImport>,
    /// The file's columns pricesim does not know, left out.
    pub left_out: Vec<String>,
    /// The rates of `fx.toml` (and of other tables) the import takes out, described.
    pub replaced: Vec<String>,
    /// How many rates the table holds.
    pub rates: usize,
    /// The files written, relative to the cards folder.
    pub writes: Vec<String>,
    /// The cards folder the files are written into, as a path to show.
    pub folder: String,
    /// True when the folder is made from the shipped cards first.
    pub new_folder: bool,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    files: Option<Folder>,
}

impl FxImport {
    /// Writes the import's files into the cards folder.
    pub fn apply(&self) -> std::io::Result<()> {
        match &self.files {
            Some(folder) => folder.apply(),
            None => Ok(()),
        }
    }
}

/// The last rate of each month, by currency and month: `(day, rate)`.
type MonthEnds = BTreeMap<(Currency, Month), (NaiveDate, Decimal)>;

/// The file's first and last day with a rate, by currency.
type Spans = BTreeMap<Currency, (NaiveDate, NaiveDate)>;

/// Reads the ECB's file at `file` and works out its import into `folder`, imported on `today`;
/// nothing is written until [`FxImport::apply`].
pub fn prepare(mut folder: Folder, file: &Path, today: NaiveDate) -> Result<FxImport, Diagnostics> {
    let text = read_text(file, "the ECB's reference rates")?;
    let (ends, spans, left_out) = read(file, &text)?;
    let before = folder.catalog()?;
    let file_name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let source = format!("{file_name}, the ECB's euro reference rates imported {today}");
    let conversion = |currency: Currency, date: NaiveDate, rate: Decimal| Conversion {
        from: Currency::EUR,
        to: currency,
        rate,
        date,
        source: Provenance {
            status: Status::Published,
            url: None,
            date: Some(date),
            note: Some(source.clone().into()),
        },
    };

    // What each currency's latest month converts at before and after.
    let mut currencies = Vec::new();
    for (currency, (from, to)) in &spans {
        let months = ends.keys().filter(|(c, _)| c == currency).count();
        let month = Month::of(*to);
        let Some((day, rate)) = ends.get(&(*currency, month)) else { continue };
        let latest = conversion(*currency, *day, *rate);
        let before = before.fx().rate(Currency::EUR, *currency, month);
        let percent = before.as_ref().and_then(|b| percent_change(b.rate, latest.rate));
        currencies.push(CurrencyImport { currency: *currency, months, from: *from, to: *to, latest, before, percent });
    }

    // The table, then fx.toml naming it without the rates it supersedes, then other tables.
    let dir = folder.dir().to_path_buf();
    let fx_file = dir.join(FX_FILE);
    let table = table_text(&ends, &source).map_err(|e| Diagnostics(vec![whole_file(&fx_file, e)]))?;
    folder.write(dir.join(TABLE), table);
    let superseded = |from: &str, to: &str, date: &str| -> bool {
        let (Ok(from), Ok(to), Ok(date)) =
            (from.parse::<Currency>(), to.parse::<Currency>(), NaiveDate::parse_from_str(date, "%Y-%m-%d"))
        else {
            return false;
        };
        let other = if from == Currency::EUR {
            to
        } else if to == Currency::EUR {
            from
        } else {
            return false;
        };
        spans.get(&other).is_some_and(|(first, last)| *first <= date && date <= *last)
    };
    let fx_text = if folder.has(&fx_file) { folder.read(&fx_file)? } else { "format = 1\n".to_string() };
    let mut doc: toml_edit::DocumentMut =
        fx_text.parse().map_err(|e| Diagnostics(vec![whole_file(&fx_file, format!("not valid TOML: {e}"))]))?;
    let mut replaced = Vec::new();
    if let Some(rates) = doc.get_mut("rates").and_then(toml_edit::Item::as_array_of_tables_mut) {
        rates.retain(|t| {
            let get = |k: &str| t.get(k).and_then(toml_edit::Item::as_str).unwrap_or_default().to_string();
            let (from, to, date) = (get("from"), get("to"), get("date"));
            let gone = superseded(&from, &to, &date);
            if gone {
                replaced.push(format!("{FX_FILE}: {from} to {to} {} of {date}", get("rate")));
            }
            !gone
        });
    }
    let listed: Vec<String> = doc
        .get("tables")
        .and_then(toml_edit::Item::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    if !listed.iter().any(|t| t == TABLE) {
        match doc.get_mut("tables").and_then(toml_edit::Item::as_array_mut) {
            Some(array) => array.push(TABLE),
            None => {
                let mut array = toml_edit::Array::new();
                array.push(TABLE);
                doc.insert("tables", toml_edit::value(array));
            }
        }
    }
    folder.write(fx_file.clone(), doc.to_string());
    for other in listed.iter().filter(|t| *t != TABLE) {
        let path = dir.join(other);
        let text = folder.read(&path)?;
        let (kept, n) = without_records(&text, |r| {
            superseded(r.get(1).unwrap_or_default(), r.get(2).unwrap_or_default(), r.get(0).unwrap_or_default())
        });
        if n > 0 {
            replaced.push(format!("{other}: {n} rate{}", if n == 1 { "" } else { "s" }));
            folder.write(path, kept);
        }
    }
    folder.catalog()?;
    Ok(FxImport {
        file: file.display().to_string(),
        currencies,
        left_out,
        replaced,
        rates: ends.len(),
        writes: folder.writes(),
        folder: folder.dir().display().to_string(),
        new_folder: folder.is_new(),
        files: Some(folder),
    })
}

/// The table's text: the month-end rates by day, then currency.
fn table_text(ends: &MonthEnds, source: &str) -> Result<String, String> {
    let mut rows: Vec<(NaiveDate, Currency, Decimal)> = ends.iter().map(|((c, _), (d, r))| (*d, *c, *r)).collect();
    rows.sort();
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    out.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for (day, currency, rate) in rows {
        out.write_record([
            day.to_string().as_str(),
            "EUR",
            currency.code(),
            rate.to_string().as_str(),
            "published",
            source,
            "the month's last reference rate: a month converts at it",
        ])
        .map_err(|e| e.to_string())?;
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// Reads the ECB's file: the last rate of each month of every currency pricesim knows, the days
/// each has rates from and to, and the columns it does not know; every problem at its line and
/// column.
fn read(file: &Path, text: &str) -> Result<(MonthEnds, Spans, Vec<String>), Diagnostics> {
    let source = Source::new(file, text);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let not_csv = |e: csv::Error| {
        let line = e.position().and_then(|p| usize::try_from(p.line()).ok()).unwrap_or(1);
        Diagnostic {
            file: file.to_path_buf(),
            line: Some(line),
            column: None,
            field: String::new(),
            message: format!("not valid CSV: {e}"),
        }
    };
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(Diagnostics(vec![not_csv(e)])),
        None => return Err(Diagnostics(vec![whole_file(file, "empty: the ECB's file starts with `Date,USD,JPY,…`")])),
    };
    if !header.get(0).is_some_and(|c| c.trim().eq_ignore_ascii_case("date")) {
        return Err(Diagnostics(vec![at_field(
            &source,
            0,
            0,
            "Date",
            "the header starts with `Date`, then a column per currency: is this the ECB's `eurofxref-hist.csv`?",
        )]));
    }
    let mut columns: Vec<(usize, Currency)> = Vec::new();
    let mut left_out = Vec::new();
    for (i, cell) in header.iter().enumerate().skip(1) {
        let code = cell.trim();
        match code.parse::<Currency>() {
            Ok(c) if c != Currency::EUR => columns.push((i, c)),
            _ if code.is_empty() => {}
            _ => left_out.push(code.to_string()),
        }
    }
    let mut problems = Vec::new();
    let mut ends = MonthEnds::new();
    let mut spans = Spans::new();
    let mut days = BTreeSet::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(not_csv(e));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let start = record.position().and_then(|p| usize::try_from(p.byte()).ok()).unwrap_or(0);
        let cell = record.get(0).unwrap_or_default().trim();
        let Ok(day) = NaiveDate::parse_from_str(cell, "%Y-%m-%d") else {
            problems.push(at_field(&source, start, 0, "Date", format!("`{cell}` is not a date `YYYY-MM-DD`")));
            continue;
        };
        if !days.insert(day) {
            problems.push(at_field(&source, start, 0, "Date", format!("{day} is given twice")));
            continue;
        }
        for (i, currency) in &columns {
            let Some(value) = record.get(*i).map(str::trim) else {
                problems.push(at_field(
                    &source,
                    start,
                    *i,
                    currency.code(),
                    "missing: the row ends before this column",
                ));
                continue;
            };
            if value.is_empty() || value.eq_ignore_ascii_case("N/A") {
                continue;
            }
            match parse_decimal(value) {
                Ok(rate) if rate > Decimal::ZERO => {
                    let span = spans.entry(*currency).or_insert((day, day));
                    *span = (span.0.min(day), span.1.max(day));
                    let slot = ends.entry((*currency, Month::of(day))).or_insert((day, rate));
                    if day > slot.0 {
                        *slot = (day, rate);
                    }
                }
                Ok(rate) => problems.push(at_field(
                    &source,
                    start,
                    *i,
                    currency.code(),
                    format!("a rate is above zero, found `{rate}`"),
                )),
                Err(why) => problems.push(at_field(
                    &source,
                    start,
                    *i,
                    currency.code(),
                    format!("{why}: a rate is a decimal or `N/A`"),
                )),
            }
        }
    }
    if problems.is_empty() && ends.is_empty() {
        problems.push(whole_file(file, "no rates of a currency pricesim knows"));
    }
    if problems.is_empty() { Ok((ends, spans, left_out)) } else { Err(Diagnostics(problems)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "Date,USD,JPY,BGN,CYP,GBP,\n\
        2025-02-03,1.0246,159.8,1.9558,N/A,0.8315,\n\
        2025-01-31,1.0393,160.8,1.9558,N/A,0.8383,\n\
        2025-01-30,1.0413,161.2,1.9558,N/A,0.8357,\n\
        2025-01-02,1.0321,163.1,1.9558,N/A,0.8294,\n";

    #[test]
    fn the_last_rate_of_each_month_is_kept() {
        let (ends, spans, left_out) = read(Path::new("eurofxref-hist.csv"), FILE).unwrap();
        assert_eq!(spans[&Currency::USD].0.to_string(), "2025-01-02", "the file's first day, kept or not");
        let usd = |m: &str| ends.get(&(Currency::USD, m.parse().unwrap())).map(|(d, r)| format!("{d} {r}"));
        assert_eq!(usd("2025-01").as_deref(), Some("2025-01-31 1.0393"));
        assert_eq!(usd("2025-02").as_deref(), Some("2025-02-03 1.0246"));
        assert_eq!(ends.len(), 6, "USD, JPY and GBP for two months");
        assert_eq!(left_out, ["BGN", "CYP"]);
    }

    #[test]
    fn a_bad_cell_is_named_by_line_and_column() {
        let bad = FILE.replace("2025-01-30,1.0413", "2025-01-30,1.O413").replace("2025-01-02", "2025-01-32");
        let e: Vec<String> = read(Path::new("e.csv"), &bad).unwrap_err().0.iter().map(ToString::to_string).collect();
        assert_eq!(
            e,
            [
                "e.csv:4:12: `USD`: `1.O413` is not a decimal number: a rate is a decimal or `N/A`",
                "e.csv:5:1: `Date`: `2025-01-32` is not a date `YYYY-MM-DD`",
            ]
        );
    }
}
