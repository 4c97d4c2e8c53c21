//! The `[whatsapp]` data of a rate card: the market table and the rate tables, read from the CSV
//! files the card names, with every problem reported by file, line and column name.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::markets::{MarketId, MarketRow, Markets};
use super::rates::{Rate, RateRow, RateTable};
use crate::diag::{Diagnostic, Diagnostics};
use crate::money::Currency;
use crate::ratecard::read::provenance;
use crate::ratecard::{Provenance, Status};
use crate::tomlread::{Reader, Value, join, parse_decimal};

/// Reads a file a card names, relative to the card: from disk, or from the shipped set.
pub type ReadFile<'a> = &'a dyn Fn(&Path) -> Result<String, Diagnostics>;

/// A card's WhatsApp data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tables {
    /// Phone prefixes and countries to markets.
    pub markets: Markets,
    /// Rates, one table per currency.
    pub rates: Vec<RateTable>,
    /// Currencies whose missing rates are worked out from another currency's.
    pub derived: Vec<Derivation>,
}

/// Rates in `currency`, where its table has none (or a `?`, or an older row), worked out from
/// `from`'s: divided by `divide_by` and rounded half away from zero to four decimals, as Meta's
/// cards are written. Meta sets its EUR card from its USD card at a steady ratio (1.207 in 2022
/// and in 2026-07), not at the day's exchange rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    /// The currency whose missing rates are worked out (EUR).
    pub currency: Currency,
    /// The currency it is worked out from (USD, which has every rate).
    pub from: Currency,
    /// `from`'s rate divided by this is `currency`'s.
    pub divide_by: Decimal,
    /// Why this ratio: the provenance every derived rate carries (status `derived`, its note
    /// saying how it was worked out).
    pub source: Provenance,
}

impl Tables {
    /// The rates in `currency`, if the card has any.
    pub fn rates(&self, currency: Currency) -> Option<&RateTable> {
        self.rates.iter().find(|t| t.currency == currency)
    }

    /// True when the card prices WhatsApp in `currency`: it has rates in it, or derives them.
    pub fn prices_in(&self, currency: Currency) -> bool {
        self.rates(currency).is_some()
            || self.derived.iter().any(|d| d.currency == currency && self.rates(d.from).is_some())
    }

    /// Every day on which a number's market or a rate can change.
    pub fn change_days(&self) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> =
            self.markets.change_days().chain(self.rates.iter().flat_map(RateTable::change_days)).collect();
        days.sort();
        days.dedup();
        days
    }
}

const MARKET_COLUMNS: [&str; 7] = ["dial_prefix", "iso2", "country", "market", "valid_from", "valid_until", "notes"];
const RATE_COLUMNS: [&str; 11] = [
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
];

/// Reads the `[whatsapp]` table (`markets = "…csv"`, `rates = ["…csv", …]`) and the files it names,
/// relative to `dir`.
pub(crate) fn read(r: &mut Reader<'_>, v: &Value<'_>, dir: &Path, files: ReadFile<'_>) -> Option<Tables> {
    let t = r.table(v, "whatsapp")?;
    r.only_keys(t, "whatsapp", &["markets", "rates", "derive"]);
    let markets_file =
        r.required(t, &v.span(), "whatsapp", "markets").and_then(|m| inside(r, m, "whatsapp.markets", dir));
    let rate_files: Option<Vec<PathBuf>> = r.required(t, &v.span(), "whatsapp", "rates").and_then(|list| {
        let items = r.array(list, "whatsapp.rates")?;
        let field = join("whatsapp", "rates");
        let names: Vec<PathBuf> = items.iter().filter_map(|i| inside(r, i, &field, dir)).collect();
        (names.len() == items.len()).then_some(names)
    });
    let derived = match t.get("derive") {
        None => Some(Vec::new()),
        Some(list) => derivations(r, list),
    };
    let (markets_file, rate_files, derived) = (markets_file?, rate_files?, derived?);
    let mut problems = Vec::new();
    let markets = load_markets(&markets_file, files).map_err(|mut d| problems.append(&mut d.0)).ok();
    let mut rates: Vec<RateTable> = Vec::new();
    if let Some(markets) = &markets {
        for file in &rate_files {
            match load_rates(file, files, markets, &mut rates) {
                Ok(()) => {}
                Err(mut d) => problems.append(&mut d.0),
            }
        }
    }
    for p in problems {
        r.push(p);
    }
    Some(Tables { markets: markets?, rates, derived })
}

/// `derive = [{ currency = "EUR", from = "USD", divide_by = "1.207", source = { status = "derived", note = "…" } }]`.
fn derivations(r: &mut Reader<'_>, v: &Value<'_>) -> Option<Vec<Derivation>> {
    let field = "whatsapp.derive";
    let items = r.array(v, field)?;
    let mut out: Vec<Derivation> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("{field}[{i}]");
        let Some(t) = r.table(item, &path) else { continue };
        r.only_keys(t, &path, &["currency", "from", "divide_by", "source"]);
        let mut currency = |key: &str| {
            let value = r.required(t, &item.span(), &path, key)?;
            let code = r.string(value, &join(&path, key))?;
            code.parse::<Currency>().map_err(|e| r.error(&value.span(), &join(&path, key), e)).ok()
        };
        let (to, from) = (currency("currency"), currency("from"));
        let divide_by = r.required(t, &item.span(), &path, "divide_by").and_then(|d| {
            let ratio = r.decimal(d, &join(&path, "divide_by"))?;
            if ratio <= Decimal::ZERO {
                r.error(&d.span(), &join(&path, "divide_by"), format!("a ratio above 0 is needed, found `{ratio}`"));
                return None;
            }
            Some(ratio)
        });
        let source =
            r.required(t, &item.span(), &path, "source").and_then(|s| provenance(r, s, &join(&path, "source")));
        let (Some(to), Some(from), Some(divide_by), Some(source)) = (to, from, divide_by, source) else { continue };
        if to == from || out.iter().any(|d| d.currency == to) {
            r.error(&item.span(), &join(&path, "currency"), format!("{to} is derived twice, or from itself"));
            continue;
        }
        let why = source.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
        let note = format!("Meta's {from} rate divided by {divide_by}{why}");
        let source = Provenance { status: Status::Derived, url: source.url, date: None, note: Some(note.into()) };
        out.push(Derivation { currency: to, from, divide_by, source });
    }
    (out.len() == items.len()).then_some(out)
}

/// The file a card names, in the card's own folder `dir` (or a folder below it): a card names no
/// file elsewhere (`/etc/…`, `../…`), so a card from anywhere (one pasted into the app, say) can
/// read nothing but its own tables.
fn inside(r: &mut Reader<'_>, v: &Value<'_>, field: &str, dir: &Path) -> Option<PathBuf> {
    inside_as(r, v, field, dir, ("the card's", "meta/rates-usd.csv"))
}

/// [`inside`], for the file `whose.0` names (`fx.toml's`), with an example name `whose.1`.
pub(crate) fn inside_as(
    r: &mut Reader<'_>,
    v: &Value<'_>,
    field: &str,
    dir: &Path,
    whose: (&str, &str),
) -> Option<PathBuf> {
    let name = r.string(v, field)?;
    let relative = Path::new(name);
    let below = !name.is_empty()
        && relative.components().all(|c| matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir));
    if !below {
        r.error(
            &v.span(),
            field,
            format!("`{name}`: a table is a file in {} own folder, such as `{}`", whose.0, whose.1),
        );
        return None;
    }
    Some(dir.join(relative))
}

/// A CSV record and its line.
type Record = (usize, csv::StringRecord);

/// The records of a CSV file with exactly `columns` as its header, each with its line number,
/// and the problems of rows that are not records of that shape (reported, and left out).
fn records(file: &Path, text: &str, columns: &[&str]) -> Result<(Vec<Record>, Vec<Diagnostic>), Diagnostics> {
    let at = |line: usize, message: String| Diagnostic {
        file: file.to_path_buf(),
        line: Some(line),
        column: None,
        field: String::new(),
        message,
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| Diagnostics(vec![at(1, format!("not valid CSV: {e}"))]))?;
    if header.iter().ne(columns.iter().copied()) {
        return Err(Diagnostics(vec![at(1, format!("the header must be `{}`", columns.join(",")))]));
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        match record {
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
                if rec.len() == columns.len() {
                    out.push((line, rec));
                } else {
                    problems.push(at(line, format!("{} fields where the header has {}", rec.len(), columns.len())));
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
                problems.push(at(line, format!("not valid CSV: {e}")));
            }
        }
    }
    Ok((out, problems))
}

/// Collects the problems of one CSV file, each at its line and column name.
struct Rows<'a> {
    file: &'a Path,
    problems: Vec<Diagnostic>,
}

impl Rows<'_> {
    fn error(&mut self, line: usize, field: &str, message: String) {
        self.problems.push(Diagnostic {
            file: self.file.to_path_buf(),
            line: Some(line),
            column: None,
            field: field.to_string(),
            message,
        });
    }

    fn date(&mut self, line: usize, field: &str, text: &str) -> Option<NaiveDate> {
        let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.error(line, field, format!("`{text}` is not a date `YYYY-MM-DD`"));
        }
        parsed
    }

    fn finish<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.problems.is_empty() { Ok(value) } else { Err(Diagnostics(self.problems)) }
    }
}

fn load_markets(file: &Path, files: ReadFile<'_>) -> Result<Markets, Diagnostics> {
    let text = files(file)?;
    let (records, problems) = records(file, &text, &MARKET_COLUMNS)?;
    let mut rows = Rows { file, problems };
    let mut names: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut lines = Vec::new();
    let mut open_catch_all = false;
    for (line, rec) in &records {
        let line = *line;
        let field = |i: usize| rec.get(i).unwrap_or_default();
        let prefix = field(0);
        let catch_all = prefix == "*";
        if !catch_all && (prefix.is_empty() || prefix.len() > 15 || !prefix.bytes().all(|b| b.is_ascii_digit())) {
            rows.error(line, "dial_prefix", format!("`{prefix}` is not a dialling prefix: digits without `+`, or `*`"));
            continue;
        }
        let iso2 = field(1);
        let valid_iso = catch_all && iso2 == "*" || iso2.len() == 2 && iso2.bytes().all(|b| b.is_ascii_uppercase());
        if !valid_iso {
            rows.error(line, "iso2", format!("`{iso2}` is not an ISO 3166-1 alpha-2 code"));
        }
        let market_name = field(3);
        if market_name.is_empty() {
            rows.error(line, "market", "missing market".to_string());
            continue;
        }
        let market = match names.iter().position(|n| n == market_name) {
            Some(i) => i,
            None => {
                names.push(market_name.to_string());
                names.len().saturating_sub(1)
            }
        };
        let Ok(market) = MarketId::try_from(market) else {
            rows.error(line, "market", "too many markets".to_string());
            continue;
        };
        let valid_from = match field(4) {
            "" => None,
            d => rows.date(line, "valid_from", d),
        };
        let valid_until = match field(5) {
            "" => None,
            d => rows.date(line, "valid_until", d),
        };
        if let (Some(f), Some(u)) = (valid_from, valid_until)
            && u < f
        {
            rows.error(line, "valid_until", format!("{u} is before `valid_from` {f}"));
        }
        open_catch_all |= catch_all && valid_from.is_none() && valid_until.is_none();
        let (prefix, iso2) =
            if catch_all { (String::new(), String::new()) } else { (prefix.to_string(), iso2.to_string()) };
        out.push(MarketRow { prefix, iso2, market, valid_from, valid_until });
        lines.push(line);
    }
    conflicts(&mut rows, &out, &lines, &names);
    if !open_catch_all {
        rows.error(
            1,
            "dial_prefix",
            "the table needs an undated catch-all row (`*`) for numbers no prefix matches".to_string(),
        );
    }
    rows.finish(Markets::new(names, out))
}

/// Reports rows that give one number or one country two markets on the same day: scenarios look
/// markets up by country and logs by prefix, so either would silently win in one of them.
fn conflicts(rows: &mut Rows<'_>, table: &[MarketRow], lines: &[usize], names: &[String]) {
    let by = |field: &'static str, key: fn(&MarketRow) -> &str| {
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, row) in table.iter().enumerate() {
            if field == "dial_prefix" || !key(row).is_empty() {
                groups.entry(key(row)).or_default().push(i);
            }
        }
        (field, groups)
    };
    for (field, groups) in [by("dial_prefix", |r| &r.prefix), by("iso2", |r| &r.iso2)] {
        for (key, mut group) in groups {
            // Sorted by first day; each row is checked against the earlier row that reaches
            // furthest, so a group costs its sort, however long the table.
            group.sort_by_key(|&i| table.get(i).and_then(|r| r.valid_from));
            let mut reach: Option<usize> = None;
            for i in group {
                let (Some(row), line) = (table.get(i), lines.get(i).copied().unwrap_or(0)) else { continue };
                if let Some(prev) = reach.and_then(|p| table.get(p).map(|r| (p, r))) {
                    let (p, earlier) = prev;
                    let overlaps = earlier.valid_until.is_none_or(|u| row.valid_from.is_none_or(|f| f <= u));
                    if overlaps && earlier.market != row.market {
                        let what =
                            if key.is_empty() { "the catch-all row `*`".to_string() } else { format!("`{key}`") };
                        let name = |m: u16| names.get(usize::from(m)).map_or("?", String::as_str);
                        rows.error(
                            line,
                            field,
                            format!(
                                "{what} is in market `{}` here and in `{}` on line {} on the same days: a {} has one market a day",
                                name(row.market),
                                name(earlier.market),
                                lines.get(p).copied().unwrap_or(0),
                                if field == "iso2" { "country" } else { "number" }
                            ),
                        );
                    }
                    if earlier.valid_until.is_none_or(|u| row.valid_until.is_some_and(|v| v <= u)) {
                        continue;
                    }
                }
                reach = Some(i);
            }
        }
    }
}

/// Reads one rate file into `tables` (one per currency met in its `currency` column).
fn load_rates(
    file: &Path,
    files: ReadFile<'_>,
    markets: &Markets,
    tables: &mut Vec<RateTable>,
) -> Result<(), Diagnostics> {
    let text = files(file)?;
    let (records, problems) = records(file, &text, &RATE_COLUMNS)?;
    let mut rows = Rows { file, problems };
    let mut read: BTreeMap<(Currency, MarketId, NaiveDate), RateRow> = BTreeMap::new();
    for (line, rec) in &records {
        let line = *line;
        let field = |i: usize| rec.get(i).unwrap_or_default();
        let Some(effective_from) = rows.date(line, "effective_from", field(0)) else { continue };
        let Some(market) = markets.id(field(1)) else {
            let hint = crate::diag::suggestion(field(1), markets.names().iter().map(String::as_str));
            rows.error(line, "market", format!("no market `{}` in the market table{hint}", field(1)));
            continue;
        };
        let Ok(currency) = field(2).parse::<Currency>() else {
            rows.error(line, "currency", format!("`{}` is not a currency code", field(2)));
            continue;
        };
        let mut rates = [Rate::Unknown; 5];
        let mut ok = true;
        for (slot, (i, name)) in rates.iter_mut().zip(RATE_COLUMNS.iter().enumerate().skip(3).take(5)) {
            match field(i) {
                "?" => *slot = Rate::Unknown,
                "n/a" => *slot = Rate::NotAvailable,
                text => match parse_decimal(text) {
                    Ok(d) if !d.is_sign_negative() => *slot = Rate::Price(d),
                    Ok(_) => {
                        rows.error(line, name, format!("`{text}` is not a rate: a rate is not negative"));
                        ok = false;
                    }
                    Err(why) => {
                        rows.error(line, name, format!("{why}: a rate is a decimal, `?` (unknown) or `n/a`"));
                        ok = false;
                    }
                },
            }
        }
        // Meta's tables hold rates read from somewhere: no examples, no figures of the user's own.
        let status = match Status::in_card(field(8)) {
            Some(s) if !matches!(s, Status::Example | Status::User) => s,
            _ => {
                let other = field(8);
                rows.error(
                    line,
                    "confidence",
                    format!(
                        "unknown confidence `{other}`: use `published`, `derived`, `reconstructed` or `unverified`"
                    ),
                );
                continue;
            }
        };
        if !ok {
            continue;
        }
        let source_text = field(9);
        let url = source_text.split_whitespace().next().filter(|u| u.starts_with("http")).map(str::to_string);
        let note = [source_text, field(10)].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("; ");
        let note = (!note.is_empty()).then(|| note.into());
        let source = Provenance { status, url: url.map(Into::into), date: Some(effective_from), note };
        let row = RateRow { effective_from, rates, source };
        if read.insert((currency, market, effective_from), row).is_some() {
            rows.error(line, "market", format!("a second `{}` row for {} in {currency}", field(1), effective_from));
        }
    }
    for ((currency, market, _), row) in read {
        let table = match tables.iter().position(|t| t.currency == currency) {
            Some(i) => tables.get_mut(i),
            None => {
                tables.push(RateTable { currency, by_market: Vec::new() });
                tables.last_mut()
            }
        };
        if let Some(table) = table {
            let slot = usize::from(market);
            if table.by_market.len() <= slot {
                table.by_market.resize_with(slot + 1, Vec::new);
            }
            if let Some(list) = table.by_market.get_mut(slot) {
                if list.iter().any(|r| r.effective_from == row.effective_from) {
                    rows.error(
                        1,
                        "effective_from",
                        format!(
                            "{} rows for market `{}` on {} are in two files",
                            currency,
                            markets.name(market),
                            row.effective_from
                        ),
                    );
                    continue;
                }
                list.push(row);
                list.sort_by_key(|r| r.effective_from);
            }
        }
    }
    rows.finish(())
}
