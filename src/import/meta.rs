//! Meta's own rate-card CSV (the file its pricing page offers), imported as rates of the card with
//! WhatsApp tables in force from a date the user gives.
//!
//! Meta's format: a preamble line (`"Cost per message in BRL",,,,,`), then the header
//! `Market,Currency,Marketing,Utility,Authentication,"Authentication-⏎International",Service` (a
//! line break inside the quoted cell), then a row per market (`Brazil,BRL,0.3217,0.0350,0.0350,n/a,n/a`);
//! `n/a` where a market has no such category, and `$US` for the US dollar in older files. The
//! rows become one new rates file of the card (`meta/rates-usd-2027-01-01.csv`), status
//! `published`, their source the file's name and the day it was imported: the user vouches for
//! the file. Rows the card already has for that date and currency, in another of its files, are
//! replaced. Every market must be one of the card's (a file naming another is refused, with the
//! closest names); the card's markets the file leaves out keep their rates.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Folder, percent_change, relative, without_records};
use crate::diag::{Diagnostic, Diagnostics, Source, at_field, read_text, suggestion, whole_file};
use crate::money::{Currency, decimal_string};
use crate::tomlread::parse_decimal;
use crate::whatsapp::Category;
use crate::whatsapp::markets::MarketId;
use crate::whatsapp::rates::Rate;
use crate::whatsapp::report::unit_rate;

/// The categories of Meta's file, in its column order (and the card's rate columns').
const CATEGORIES: [Category; 5] = [
    Category::Marketing,
    Category::Utility,
    Category::Authentication,
    Category::AuthenticationInternational,
    Category::Service,
];

/// Meta's column names (compared without case, spaces, line breaks, `-` or `_`), and the first two.
const COLUMNS: [&str; 7] =
    ["Market", "Currency", "Marketing", "Utility", "Authentication", "Authentication-International", "Service"];

/// One market's row of Meta's file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    /// The market, as the card names it.
    market: MarketId,
    /// Rates by category, in [`CATEGORIES`] order.
    rates: [Rate; 5],
}

/// Meta's file as read: its currency and rows, with where each market's name is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Card {
    currency: Currency,
    /// Rows with the market as written and the byte where its record starts.
    rows: Vec<(String, usize, [Rate; 5])>,
}

/// A rate that changes with the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RateChange {
    /// The market's name, as Meta's rate files write it (`Brazil`).
    pub market: String,
    /// Which of the market's rates changes (`marketing` … `service`).
    pub category: Category,
    /// The rate in force the day before (`0.0501`, `?` when unknown, `n/a`).
    pub before: String,
    /// The file's rate.
    pub after: String,
    /// The change in percent, one decimal, when both are prices and the old one is not zero.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub percent: Option<Decimal>,
}

/// Rows of the card's other files that the import replaces (same date, currency and market).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Replaced {
    /// The file, relative to the cards folder.
    pub file: String,
    /// How many rows.
    pub rows: usize,
}

/// A Meta rate card ready to import: what it changes, and the files it writes.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MetaImport {
    /// The file read, as named.
    pub file: String,
    /// The currency its rates are in, as the file says: they are compared with the card's rates
    /// in it, and written to `rates-<currency>-<effective>.csv`.
    pub currency: Currency,
    /// The first day its rates are in force, as given: the new rows' `effective_from`; the rates
    /// in force the day before are what they are compared with.
    pub effective: NaiveDate,
    /// How many markets it gives.
    pub markets: usize,
    /// Every rate that changes against the rates in force the day before, by market and category.
    pub changes: Vec<RateChange>,
    /// How many of the file's rates are the same as the day before's.
    pub unchanged: usize,
    /// The card's markets the file does not give: their rates stay.
    pub absent: Vec<String>,
    /// Rows the card already had for that date and currency, replaced.
    pub replaced: Vec<Replaced>,
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

impl MetaImport {
    /// Writes the import's files into the cards folder.
    pub fn apply(&self) -> std::io::Result<()> {
        match &self.files {
            Some(folder) => folder.apply(),
            None => Ok(()),
        }
    }
}

/// Reads Meta's CSV at `file` and works out its import into `folder` as rates in force from
/// `effective`, imported on `today`; nothing is written until [`MetaImport::apply`].
pub fn prepare(
    mut folder: Folder,
    file: &Path,
    effective: NaiveDate,
    today: NaiveDate,
) -> Result<MetaImport, Diagnostics> {
    let text = read_text(file, "Meta's rate card")?;
    let card = read(file, &text)?;
    let catalog = folder.catalog()?;
    let (meta, tables) = catalog.whatsapp_card().and_then(|c| Some((c, c.whatsapp.as_ref()?))).ok_or_else(|| {
        Diagnostics(vec![whole_file(folder.dir(), "no rate card here has WhatsApp tables (Meta's `meta.toml`)")])
    })?;
    meta.version_at(effective).map_err(|e| Diagnostics(vec![whole_file(file, e.to_string())]))?;
    // Every market must be the card's; each is named once.
    let source = Source::new(file, &text);
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for (name, start, rates) in &card.rows {
        let found = tables.markets.id(name).or_else(|| {
            tables
                .markets
                .names()
                .iter()
                .position(|n| n.eq_ignore_ascii_case(name))
                .and_then(|i| MarketId::try_from(i).ok())
        });
        match found {
            None => {
                let hint = suggestion(name, tables.markets.names().iter().map(String::as_str));
                problems.push(at_field(
                    &source,
                    *start,
                    0,
                    "Market",
                    format!("`{name}` is not one of the card's markets{hint}"),
                ));
            }
            Some(market) if rows.iter().any(|r| r.market == market) => {
                problems.push(at_field(&source, *start, 0, "Market", format!("`{name}` is given twice")));
            }
            Some(market) => rows.push(Row { market, rates: *rates }),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }

    // What changes against the day before.
    let before = effective.pred_opt().and_then(|d| Some((d, meta.version_at(d).ok()?.effective_from)));
    let mut changes = Vec::new();
    let mut unchanged = 0usize;
    for row in &rows {
        for (category, after) in CATEGORIES.iter().zip(row.rates) {
            let old = before.map_or(Rate::Unknown, |(day, since)| {
                unit_rate(tables, card.currency, since, day, row.market, *category).0
            });
            if old == after {
                unchanged = unchanged.saturating_add(1);
                continue;
            }
            changes.push(RateChange {
                market: tables.markets.name(row.market).to_string(),
                category: *category,
                before: rate_text(old),
                after: rate_text(after),
                percent: percent(old, after),
            });
        }
    }
    let given: BTreeSet<MarketId> = rows.iter().map(|r| r.market).collect();
    let mut absent: Vec<String> = (0..tables.markets.names().len())
        .filter_map(|i| MarketId::try_from(i).ok())
        .filter(|m| !given.contains(m))
        .map(|m| tables.markets.name(m).to_string())
        .collect();
    absent.sort();

    // The files: the new rates file, the card's other files without the rows it replaces, and
    // the card naming the new file.
    let card_file = meta.file.clone();
    let card_dir = card_file.parent().unwrap_or(Path::new("")).to_path_buf();
    let card_text = folder.read(&card_file)?;
    let mut doc: toml_edit::DocumentMut =
        card_text.parse().map_err(|e| Diagnostics(vec![whole_file(&card_file, format!("not valid TOML: {e}"))]))?;
    let listed: Vec<String> = rates_array(&mut doc)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    let base = listed.first().and_then(|f| Path::new(f).parent()).map(Path::to_path_buf).unwrap_or_default();
    let name = format!("rates-{}-{effective}.csv", card.currency.code().to_ascii_lowercase());
    let target_rel = relative(Path::new(""), &base.join(&name));
    let target: PathBuf = card_dir.join(&target_rel);
    let file_name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    folder.write(target.clone(), rates_file(&rows, &card, tables, effective, &file_name, today)?);
    let mut replaced = Vec::new();
    for other in listed.iter().filter(|f| **f != target_rel) {
        let path = card_dir.join(other);
        let text = folder.read(&path)?;
        let names: BTreeSet<&str> = rows.iter().map(|r| tables.markets.name(r.market)).collect();
        let day = effective.to_string();
        let (kept, n) = without_records(&text, |r| {
            r.get(0) == Some(day.as_str())
                && r.get(2) == Some(card.currency.code())
                && r.get(1).is_some_and(|m| names.contains(m))
        });
        if n > 0 {
            replaced.push(Replaced { file: relative(folder.dir(), &path), rows: n });
            folder.write(path, kept);
        }
    }
    if !listed.contains(&target_rel)
        && let Some(array) = rates_array(&mut doc)
    {
        array.push(target_rel.as_str());
        folder.write(card_file, doc.to_string());
    }
    folder.catalog()?;
    Ok(MetaImport {
        file: file.display().to_string(),
        currency: card.currency,
        effective,
        markets: rows.len(),
        changes,
        unchanged,
        absent,
        replaced,
        writes: folder.writes(),
        folder: folder.dir().display().to_string(),
        new_folder: folder.is_new(),
        files: Some(folder),
    })
}

/// The card's `[whatsapp] rates` list.
fn rates_array(doc: &mut toml_edit::DocumentMut) -> Option<&mut toml_edit::Array> {
    doc.get_mut("whatsapp")?.as_table_like_mut()?.get_mut("rates")?.as_array_mut()
}

/// `0.0501`, `?`, `n/a`: a rate as the card's files write it.
fn rate_text(rate: Rate) -> String {
    match rate {
        Rate::Price(p) => p.to_string(),
        Rate::Unknown => "?".to_string(),
        Rate::NotAvailable => "n/a".to_string(),
    }
}

/// The change in percent, when both are prices and `before` is not zero.
fn percent(before: Rate, after: Rate) -> Option<Decimal> {
    let (Rate::Price(b), Rate::Price(a)) = (before, after) else { return None };
    percent_change(b, a)
}

/// The new rates file: the card's columns, a row per market in the file's order.
fn rates_file(
    rows: &[Row],
    card: &Card,
    tables: &crate::whatsapp::Tables,
    effective: NaiveDate,
    file_name: &str,
    today: NaiveDate,
) -> Result<String, Diagnostics> {
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    let fail =
        |e: csv::Error| Diagnostics(vec![whole_file(Path::new(file_name), format!("cannot write the rates: {e}"))]);
    out.write_record([
        "effective_from",
        "market",
        "currency",
        "marketing",
        "utility",
        "authentication",
        "authentication_international",
        "service",
        "confidence",
        "source",
        "notes",
    ])
    .map_err(fail)?;
    let source = format!("{file_name}, Meta's rate card imported {today}");
    let day = effective.to_string();
    for row in rows {
        let mut record =
            vec![day.clone(), tables.markets.name(row.market).to_string(), card.currency.code().to_string()];
        record.extend(row.rates.iter().map(|r| rate_text(*r)));
        record.extend(["published".to_string(), source.clone(), "imported from Meta's own CSV".to_string()]);
        out.write_record(&record).map_err(fail)?;
    }
    let bytes = out.into_inner().map_err(|e| fail(e.into_error().into()))?;
    String::from_utf8(bytes).map_err(|e| Diagnostics(vec![whole_file(Path::new(file_name), e.to_string())]))
}

/// A header cell as compared: lower case, letters and digits only (`Authentication-⏎International`
/// is `authenticationinternational`).
fn key(cell: &str) -> String {
    cell.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// Reads Meta's CSV: the rows after its header, every problem at its line and column.
fn read(file: &Path, text: &str) -> Result<Card, Diagnostics> {
    let source = Source::new(file, text);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut header: Option<Vec<usize>> = None;
    let mut currency: Option<Currency> = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().and_then(|p| usize::try_from(p.line()).ok()).unwrap_or(1);
                problems.push(Diagnostic {
                    file: file.to_path_buf(),
                    line: Some(line),
                    column: None,
                    field: String::new(),
                    message: format!("not valid CSV: {e}"),
                });
                break;
            }
        };
        let start = record.position().and_then(|p| usize::try_from(p.byte()).ok()).unwrap_or(0);
        if header.is_none() {
            // The preamble, until the header.
            if record.get(0).is_some_and(|c| key(c) == "market") {
                match columns_of(&record) {
                    Ok(c) => header = Some(c),
                    Err((i, message)) => {
                        problems.push(at_field(&source, start, i, "header", message));
                        break;
                    }
                }
            }
            continue;
        }
        let Some(columns) = &header else { continue };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| columns.get(i).and_then(|&c| record.get(c)).map(str::trim);
        let market = cell(0).unwrap_or_default();
        if market.is_empty() {
            problems.push(at_field(&source, start, columns.first().copied().unwrap_or(0), "Market", "no market"));
            continue;
        }
        let mut ok = true;
        let code = cell(1).unwrap_or_default();
        let this = match code {
            "$US" | "US$" => Some(Currency::USD),
            other => other.parse::<Currency>().ok(),
        };
        match (this, currency) {
            (None, _) => {
                let at = columns.get(1).copied().unwrap_or(1);
                problems.push(at_field(
                    &source,
                    start,
                    at,
                    "Currency",
                    format!("`{code}` is not a currency code such as `USD` or `$US`"),
                ));
                ok = false;
            }
            (Some(c), Some(first)) if c != first => {
                let at = columns.get(1).copied().unwrap_or(1);
                problems.push(at_field(
                    &source,
                    start,
                    at,
                    "Currency",
                    format!("{c} in a file of {first} rates: one currency a file"),
                ));
                ok = false;
            }
            (Some(c), _) => currency = Some(c),
        }
        let mut rates = [Rate::Unknown; 5];
        for (i, slot) in rates.iter_mut().enumerate() {
            let index = i.saturating_add(2);
            let name = COLUMNS.get(index).copied().unwrap_or_default();
            let at = columns.get(index).copied().unwrap_or(index);
            match cell(index) {
                None => {
                    problems.push(at_field(&source, start, at, name, "missing: the row ends before this column"));
                    ok = false;
                }
                Some(v) if v.eq_ignore_ascii_case("n/a") => *slot = Rate::NotAvailable,
                Some(v) => match parse_decimal(v) {
                    Ok(d) if !d.is_sign_negative() => *slot = Rate::Price(d),
                    Ok(_) => {
                        problems.push(at_field(&source, start, at, name, format!("`{v}` is negative: a rate is not")));
                        ok = false;
                    }
                    Err(why) => {
                        problems.push(at_field(
                            &source,
                            start,
                            at,
                            name,
                            format!("{why}: a rate is a decimal or `n/a`"),
                        ));
                        ok = false;
                    }
                },
            }
        }
        if ok {
            rows.push((market.to_string(), start, rates));
        }
    }
    if header.is_none() && problems.is_empty() {
        problems.push(whole_file(file, format!("no header `{}`: is this Meta's rate card?", COLUMNS.join(","))));
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(whole_file(file, "no markets after the header"));
    }
    match (problems.is_empty(), currency) {
        (true, Some(currency)) => Ok(Card { currency, rows }),
        _ => Err(Diagnostics(problems)),
    }
}

/// Where each of [`COLUMNS`] is in the header, or the field and why it is wrong.
fn columns_of(record: &csv::StringRecord) -> Result<Vec<usize>, (usize, String)> {
    let mut at = vec![None; COLUMNS.len()];
    for (i, cell) in record.iter().enumerate() {
        if cell.trim().is_empty() {
            continue; // a trailing comma
        }
        match COLUMNS.iter().position(|c| key(c) == key(cell)) {
            Some(c) => {
                if let Some(slot) = at.get_mut(c) {
                    *slot = Some(i);
                }
            }
            None => {
                let hint = suggestion(cell, COLUMNS.iter().copied());
                return Err((i, format!("unknown column `{}`{hint}", cell.replace('\n', " "))));
            }
        }
    }
    let missing: Vec<&str> = COLUMNS.iter().zip(&at).filter(|(_, a)| a.is_none()).map(|(c, _)| *c).collect();
    if !missing.is_empty() {
        return Err((
            0,
            format!("the header has no {} column: Meta's has `{}`", missing.join(", "), COLUMNS.join(",")),
        ));
    }
    Ok(at.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\"Cost per message in USD\",,,,,,\n\
        Market,Currency,Marketing,Utility,Authentication,\"Authentication-\nInternational\",Service,\n\
        Netherlands,$US,0.1700,0.0500,0.0500,n/a,0.0500,\n\
        Saudi Arabia,$US,0.0600,0.0107,0.0107,0.0495,0.0107,\n";

    #[test]
    fn meta_s_format_is_read_with_its_preamble_and_two_line_header() {
        let card = read(Path::new("meta.csv"), FILE).unwrap();
        assert_eq!(card.currency, Currency::USD);
        let names: Vec<&str> = card.rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(names, ["Netherlands", "Saudi Arabia"]);
        assert_eq!(card.rows[0].2[3], Rate::NotAvailable);
        assert_eq!(card.rows[1].2[0], Rate::Price("0.0600".parse().unwrap()));
    }

    #[test]
    fn a_bad_cell_is_named_by_line_and_column() {
        let bad = FILE.replace("0.0600,0.0107", "0.06O0,0.0107").replace("Netherlands,$US", "Netherlands,XUS");
        let e: Vec<String> = read(Path::new("meta.csv"), &bad).unwrap_err().0.iter().map(ToString::to_string).collect();
        assert_eq!(
            e,
            [
                "meta.csv:4:13: `Currency`: `XUS` is not a currency code such as `USD` or `$US`",
                "meta.csv:5:18: `Marketing`: `0.06O0` is not a decimal number: a rate is a decimal or `n/a`",
            ]
        );
        let e = read(Path::new("meta.csv"), &FILE.replace("Utility", "Utilty")).unwrap_err().to_string();
        assert_eq!(e, "meta.csv:2:27: `header`: unknown column `Utilty`, did you mean `Utility`?");
    }

    #[test]
    fn changes_are_worked_out_in_percent() {
        let p = |a: &str, b: &str| percent(Rate::Price(a.parse().unwrap()), Rate::Price(b.parse().unwrap()));
        // (0.0576 − 0.0501) / 0.0501 = 14.97 %
        assert_eq!(p("0.0501", "0.0576").unwrap().to_string(), "15.0");
        assert_eq!(p("0.0100", "0.0054").unwrap().to_string(), "-46.0");
        assert_eq!(percent(Rate::Unknown, Rate::Price(Decimal::ONE)), None);
    }
}
