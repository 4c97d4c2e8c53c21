//! A CSV table of exchange rates that `fx.toml` names (`tables = ["fx/ecb.csv"]`): one rate a row,
//! for the thousands of rates an import of the ECB's history brings, which TOML tables would
//! bury.
//!
//! ```csv
//! date,from,to,rate,confidence,source,notes
//! 2026-11-30,EUR,USD,1.0412,published,"eurofxref-hist.csv, the ECB's euro reference rates imported 2026-12-02",the month's last rate
//! ```
//!
//! `confidence` is the rate's provenance status (`published`, `derived`, `reconstructed`,
//! `unverified`, `example`); `source` (its first word, when a URL, becomes the rate's `url`) and
//! `notes` become its note. Every problem is reported at its line and column, all at once.
#![deny(clippy::arithmetic_side_effects)]

use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Conversion, Seen};
use crate::diag::{Diagnostic, Diagnostics, Source, at_field};
use crate::money::Currency;
use crate::ratecard::{Provenance, Status};
use crate::tomlread::parse_decimal;

/// The table's columns, in order.
pub const COLUMNS: [&str; 7] = ["date", "from", "to", "rate", "confidence", "source", "notes"];

/// The rows of the table `file` holding `text`; a pair given twice on a day (here or before, in
/// `seen`) is refused.
pub(crate) fn read(file: &Path, text: &str, seen: &mut Seen) -> Result<Vec<Conversion>, Diagnostics> {
    let source = Source::new(file, text);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let whole = |line: usize, message: String| Diagnostic {
        file: file.to_path_buf(),
        line: Some(line),
        column: None,
        field: String::new(),
        message,
    };
    let header = reader.headers().map_err(|e| Diagnostics(vec![whole(1, format!("not valid CSV: {e}"))]))?;
    if header.iter().ne(COLUMNS.iter().copied()) {
        return Err(Diagnostics(vec![whole(1, format!("the header must be `{}`", COLUMNS.join(",")))]));
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().and_then(|p| usize::try_from(p.line()).ok()).unwrap_or(1);
                problems.push(whole(line, format!("not valid CSV: {e}")));
                continue;
            }
        };
        let start = record.position().and_then(|p| usize::try_from(p.byte()).ok()).unwrap_or(0);
        let line = record.position().and_then(|p| usize::try_from(p.line()).ok()).unwrap_or(1);
        if record.len() != COLUMNS.len() {
            problems.push(whole(line, format!("{} fields where the header has {}", record.len(), COLUMNS.len())));
            continue;
        }
        let cell = |i: usize| record.get(i).unwrap_or_default();
        let mut bad = |i: usize, message: String| {
            problems.push(at_field(&source, start, i, COLUMNS.get(i).copied().unwrap_or_default(), message))
        };
        let date = NaiveDate::parse_from_str(cell(0), "%Y-%m-%d").ok();
        if date.is_none() {
            bad(0, format!("`{}` is not a date `YYYY-MM-DD`", cell(0)));
        }
        let mut currency = |i: usize| {
            let parsed = cell(i).parse::<Currency>();
            if let Err(e) = &parsed {
                bad(i, e.clone());
            }
            parsed.ok()
        };
        let (from, to) = (currency(1), currency(2));
        let rate = match parse_decimal(cell(3)) {
            Ok(d) if d > Decimal::ZERO => Some(d),
            Ok(d) => {
                bad(3, format!("a rate is above zero, found `{d}`"));
                None
            }
            Err(why) => {
                bad(3, why);
                None
            }
        };
        let status = Status::in_card(cell(4));
        if status.is_none() {
            bad(4, format!("unknown confidence `{}`: use one of {}", cell(4), Status::in_cards_listed()));
        }
        let (Some(date), Some(from), Some(to), Some(rate), Some(status)) = (date, from, to, rate, status) else {
            continue;
        };
        if from == to {
            bad(2, format!("a rate converts between two currencies, found {from} to {to}"));
            continue;
        }
        if !seen.first(from, to, date) {
            bad(0, format!("{from} to {to} on {date} is given twice"));
            continue;
        }
        let url = cell(5).split_whitespace().next().filter(|u| u.starts_with("http")).map(Into::into);
        let note = [cell(5), cell(6)].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("; ");
        let note = (!note.is_empty()).then(|| note.into());
        out.push(Conversion { from, to, rate, date, source: Provenance { status, url, date: Some(date), note } });
    }
    if problems.is_empty() { Ok(out) } else { Err(Diagnostics(problems)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_rates_with_their_provenance() {
        let text = "date,from,to,rate,confidence,source,notes\n2026-11-30,EUR,USD,1.0412,published,\"eurofxref-hist.csv, imported\",the month's last\n";
        let rates = read(Path::new("fx/ecb.csv"), text, &mut Seen::default()).unwrap();
        assert_eq!(rates[0].rate.to_string(), "1.0412");
        assert_eq!(rates[0].source.status, Status::Published);
        assert_eq!(rates[0].source.note.as_deref(), Some("eurofxref-hist.csv, imported; the month's last"));
    }

    #[test]
    fn every_bad_cell_is_named_at_its_line_and_column() {
        let text = "date,from,to,rate,confidence,source,notes\n2026-11-31,EUR,USD,1.04,published,,\n2026-11-30,EUR,XYZ,-1,sure,,\n2026-10-30,EUR,USD,1.05,published,,\n2026-10-30,USD,EUR,0.95,published,,\n";
        let e: Vec<String> = read(Path::new("t.csv"), text, &mut Seen::default())
            .unwrap_err()
            .0
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            e,
            [
                "t.csv:2:1: `date`: `2026-11-31` is not a date `YYYY-MM-DD`",
                "t.csv:3:16: `to`: unknown currency `XYZ`: use an ISO 4217 code such as `EUR` or `USD`",
                "t.csv:3:20: `rate`: a rate is above zero, found `-1`",
                "t.csv:3:23: `confidence`: unknown confidence `sure`: use one of `published`, `derived`, `reconstructed`, `unverified`, `example`, `user`",
                "t.csv:5:1: `date`: USD to EUR on 2026-10-30 is given twice",
            ]
        );
    }
}
