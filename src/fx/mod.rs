//! Exchange rates for the display currency: dated, editable, each with its provenance
//! (`ratecards/fx.toml`, and the CSV tables it names).
//!
//! Plans bill in their own currency; a comparison ranks them in the scenario's. A total is
//! converted once, at the rate in force for the month (the latest dated on or before its last
//! day), rounded half away from zero to the display currency's minor unit, and the quote says
//! which rate and date it used. A rate is given one way (`1 EUR = 1.16 USD`); the other way is
//! its inverse rounded to six decimals, marked `derived`. Two currencies with no rate between
//! them convert through a third that both have one with (the ECB's rates are all against the
//! euro, so a USD plan in a GBP scenario goes through EUR): the cross rate, worked out exactly from
//! the two rates, rounded to six decimals, `derived`, dated the older of the two. No rate, no
//! conversion: the quote is left unranked with a warning, never converted at a guessed rate.
#![deny(clippy::arithmetic_side_effects)]

pub mod table;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostics, Source, read_text};
use crate::money::{Currency, MoneyError, Rounding, checked_mul, decimal_string};
use crate::month::Month;
use crate::ratecard::read::provenance;
use crate::ratecard::{Provenance, Status};
use crate::tomlread::{Reader, join};
use crate::whatsapp::tables::{ReadFile, inside_as};

/// The exchange-rate file's format number.
pub const FORMAT: u64 = 1;

/// Digits kept in an inverted or a cross rate.
const DIGITS: u32 = 6;

/// Rates of one pair, by date.
///
/// INVARIANT: sorted by date, no two on one date (the loader refuses a pair given twice a day).
type Series = Vec<Conversion>;

/// Every known rate by pair, and its inverse (worked out once, when the rates are read).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fx {
    given: BTreeMap<(Currency, Currency), Series>,
    inverses: BTreeMap<(Currency, Currency), Series>,
}

/// `1 from = rate to`, from `date` on, with where the figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Conversion {
    /// The currency converted from (a plan's billing currency, when a quote uses it).
    pub from: Currency,
    /// The currency converted to (the scenario's display currency, when a quote uses it).
    pub to: Currency,
    /// Units of `to` for one unit of `from`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub rate: Decimal,
    /// The day the rate is dated: it holds until the pair's next dated rate; a cross rate is dated
    /// the older of its two.
    pub date: NaiveDate,
    /// Its provenance (`derived` for an inverted or cross rate).
    pub source: Provenance,
}

impl Conversion {
    /// `amount` (in `from`) in `to`, rounded once to `to`'s minor unit.
    pub fn convert(&self, amount: Decimal) -> Result<Decimal, MoneyError> {
        Ok(Rounding::HalfAwayFromZero.round(checked_mul(amount, self.rate)?, self.to))
    }

    /// `1 USD = 0.862069 EUR (example rate of 2026-11-02)`.
    pub fn describe(&self) -> String {
        format!("1 {} = {} {} ({} rate of {})", self.from, self.rate, self.to, self.source.status, self.date)
    }
}

/// One leg of a cross rate: units of the leg's `to` per unit of its `from`, as the exact
/// fraction `num / den` of the rate given (either way), and that rate.
struct Leg<'a> {
    num: Decimal,
    den: Decimal,
    rate: &'a Conversion,
}

impl Fx {
    /// No rates: nothing converts.
    pub fn none() -> Fx {
        Fx::default()
    }

    /// The rate from `from` to `to` for `month`: the latest dated on or before its last day,
    /// given that way, else inverted, else crossed through a third currency; `None` when there is
    /// none.
    pub fn rate(&self, from: Currency, to: Currency, month: Month) -> Option<Conversion> {
        let last = month.last_day();
        let direct = latest(&self.given, (from, to), last).or_else(|| latest(&self.inverses, (from, to), last));
        direct.cloned().or_else(|| self.cross(from, to, last))
    }

    /// The cross rate through the third currency whose two rates are the most recent (the older
    /// of the two the latest; ties by the currency's code).
    fn cross(&self, from: Currency, to: Currency, last: NaiveDate) -> Option<Conversion> {
        let pivots: BTreeSet<Currency> = self.given.keys().flat_map(|(a, b)| [*a, *b]).collect();
        let mut best: Option<(NaiveDate, Leg<'_>, Leg<'_>)> = None;
        for pivot in pivots.into_iter().filter(|p| *p != from && *p != to) {
            let (Some(a), Some(b)) = (self.leg(from, pivot, last), self.leg(pivot, to, last)) else { continue };
            let date = a.rate.date.min(b.rate.date);
            if best.as_ref().is_none_or(|(d, _, _)| date > *d) {
                best = Some((date, a, b));
            }
        }
        let (date, a, b) = best?;
        let rate = a.num.checked_mul(b.num)?.checked_div(a.den.checked_mul(b.den)?)?.round_dp(DIGITS).normalize();
        let status = weaker(weaker(a.rate.source.status, b.rate.source.status), Status::Derived);
        let note = format!(
            "the cross rate of {} ({}) and {} ({}), rounded to {DIGITS} decimals",
            given(a.rate),
            a.rate.date,
            given(b.rate),
            b.rate.date
        );
        let url = a.rate.source.url.clone().filter(|u| b.rate.source.url.as_ref() == Some(u));
        Some(Conversion {
            from,
            to,
            rate,
            date,
            source: Provenance { status, url, date: None, note: Some(note.into()) },
        })
    }

    /// The rate from `from` to `pivot` on `last` as an exact fraction: a rate given that way, else
    /// one given the other way, inverted exactly.
    fn leg(&self, from: Currency, pivot: Currency, last: NaiveDate) -> Option<Leg<'_>> {
        if let Some(rate) = latest(&self.given, (from, pivot), last) {
            return Some(Leg { num: rate.rate, den: Decimal::ONE, rate });
        }
        latest(&self.given, (pivot, from), last).map(|rate| Leg { num: Decimal::ONE, den: rate.rate, rate })
    }

    /// Rates read from files: each given one way, and its inverse the other.
    fn new(rates: Vec<Conversion>) -> Fx {
        let mut given: BTreeMap<(Currency, Currency), Series> = BTreeMap::new();
        let mut inverses: BTreeMap<(Currency, Currency), Series> = BTreeMap::new();
        for rate in rates {
            if let Some(inv) = inverse(&rate) {
                inverses.entry((inv.from, inv.to)).or_default().push(inv);
            }
            given.entry((rate.from, rate.to)).or_default().push(rate);
        }
        for series in given.values_mut().chain(inverses.values_mut()) {
            series.sort_by_key(|c| c.date);
        }
        Fx { given, inverses }
    }

    /// Every rate as given, by pair and date.
    pub fn rates(&self) -> impl Iterator<Item = &Conversion> {
        self.given.values().flatten()
    }

    /// How many rates the files give.
    pub fn len(&self) -> usize {
        self.given.values().map(Vec::len).sum()
    }

    /// True when the files give none.
    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }
}

/// The latest rate of `pair` dated on or before `last`.
fn latest(
    series: &BTreeMap<(Currency, Currency), Series>,
    pair: (Currency, Currency),
    last: NaiveDate,
) -> Option<&Conversion> {
    let list = series.get(&pair)?;
    let after = list.partition_point(|c| c.date <= last);
    after.checked_sub(1).and_then(|i| list.get(i))
}

/// `1 EUR = 1.0321 USD`.
fn given(c: &Conversion) -> String {
    format!("1 {} = {} {}", c.from, c.rate, c.to)
}

/// The less trustworthy of two statuses (published, derived, reconstructed, unverified, example;
/// a figure only its user vouches for counts as an example).
fn weaker(a: Status, b: Status) -> Status {
    let rank = |s: Status| match s {
        Status::Published | Status::Contract => 0,
        Status::Derived => 1,
        Status::Reconstructed => 2,
        Status::Unverified => 3,
        Status::Example | Status::Estimate | Status::User => 4,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// Reads the rates at `path`.
pub fn load_file(path: &Path) -> Result<Fx, Diagnostics> {
    load_with(path, &read_text(path, "the exchange rates")?, &|p| read_text(p, "a table the exchange rates name"))
}

/// Reads rates from `text`, which names no tables; `file` names it in messages.
pub fn load_str(file: &Path, text: &str) -> Result<Fx, Diagnostics> {
    load_with(file, text, &|p| {
        Err(Diagnostics(vec![crate::diag::whole_file(p, "exchange rates read from text cannot name tables")]))
    })
}

/// Reads rates from `text` (`file` names it in messages), and the CSV tables it names with
/// `files`, relative to `file`'s folder.
///
/// ```toml
/// format = 1
/// tables = ["fx/ecb.csv"]    # optional: CSV tables of rates (docs/RATECARDS.md)
/// [[rates]]
/// from = "EUR"
/// to = "USD"
/// rate = "1.16"
/// date = "2026-11-02"
/// source = { status = "example", note = "replace with the rate you use" }
/// ```
pub fn load_with(file: &Path, text: &str, files: ReadFile<'_>) -> Result<Fx, Diagnostics> {
    let mut r = Reader::new(Source::new(file, text));
    let doc = r.parse()?;
    let root = doc.get_ref();
    let whole = doc.span();
    r.only_keys(root, "", &["format", "tables", "rates"]);
    r.format_number(root, &whole, "format", FORMAT, "format");
    let mut rates: Vec<Conversion> = Vec::new();
    let mut seen = Seen::default();
    let list = match root.get("rates") {
        Some(v) => r.array(v, "rates").unwrap_or_default(),
        None if root.get("tables").is_some() => &[],
        None => r.required(root, &whole, "", "rates").and_then(|v| r.array(v, "rates")).unwrap_or_default(),
    };
    for (i, item) in list.iter().enumerate() {
        let path = format!("rates[{i}]");
        let Some(t) = r.table(item, &path) else { continue };
        r.only_keys(t, &path, &["from", "to", "rate", "date", "source"]);
        let currency = |r: &mut Reader<'_>, key: &str| {
            let v = r.required(t, &item.span(), &path, key)?;
            let code = r.string(v, &join(&path, key))?;
            code.parse::<Currency>().map_err(|e| r.error(&v.span(), &join(&path, key), e)).ok()
        };
        let from = currency(&mut r, "from");
        let to = currency(&mut r, "to");
        let rate = r.required(t, &item.span(), &path, "rate").and_then(|v| {
            let d = r.decimal(v, &join(&path, "rate"))?;
            if d <= Decimal::ZERO {
                r.error(&v.span(), &join(&path, "rate"), format!("a rate is above zero, found `{d}`"));
                return None;
            }
            Some(d)
        });
        let date = r.required(t, &item.span(), &path, "date").and_then(|v| r.date(v, &join(&path, "date")));
        let source =
            r.required(t, &item.span(), &path, "source").and_then(|v| provenance(&mut r, v, &join(&path, "source")));
        if let (Some(from), Some(to)) = (from, to)
            && from == to
        {
            r.error(&item.span(), &path, format!("a rate converts between two currencies, found {from} to {to}"));
            continue;
        }
        if let (Some(from), Some(to), Some(rate), Some(date), Some(source)) = (from, to, rate, date, source) {
            if !seen.first(from, to, date) {
                r.error(&item.span(), &path, format!("{from} to {to} on {date} is given twice"));
            }
            rates.push(Conversion { from, to, rate, date, source });
        }
    }
    let dir = file.parent().unwrap_or(Path::new(""));
    let names: Vec<PathBuf> = match root.get("tables") {
        None => Vec::new(),
        Some(v) => r
            .array(v, "tables")
            .map(|items| {
                items.iter().filter_map(|i| inside_as(&mut r, i, "tables", dir, ("fx.toml's", "fx/ecb.csv"))).collect()
            })
            .unwrap_or_default(),
    };
    for name in names {
        match files(&name).and_then(|text| table::read(&name, &text, &mut seen)) {
            Ok(mut rows) => rates.append(&mut rows),
            Err(Diagnostics(problems)) => problems.into_iter().for_each(|p| r.push(p)),
        }
    }
    r.finish(Some(Fx::new(rates)))
}

/// The pairs and days read so far: a pair given twice on one day (either way round, in the TOML
/// or in a table) is an error, never a silent choice.
#[derive(Debug, Default)]
pub(crate) struct Seen(BTreeSet<(NaiveDate, Currency, Currency)>);

impl Seen {
    /// True the first time `from`–`to` (either way) is given on `date`.
    pub(crate) fn first(&mut self, from: Currency, to: Currency, date: NaiveDate) -> bool {
        self.0.insert((date, from.min(to), from.max(to)))
    }
}

/// `other` the other way: its inverse rounded to [`DIGITS`] decimals, marked `derived` (or as
/// weak as `other`'s own status).
fn inverse(other: &Conversion) -> Option<Conversion> {
    if other.rate.is_zero() {
        return None;
    }
    let rate = Decimal::ONE.checked_div(other.rate)?.round_dp(DIGITS).normalize();
    let note = format!("the inverse of {}, rounded to {DIGITS} decimals", given(other));
    Some(Conversion {
        from: other.to,
        to: other.from,
        rate,
        date: other.date,
        source: Provenance {
            status: weaker(other.source.status, Status::Derived),
            url: other.source.url.clone(),
            date: other.source.date,
            note: Some(note.into()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fx() -> Fx {
        load_str(
            Path::new("fx.toml"),
            "format = 1\n[[rates]]\nfrom = \"EUR\"\nto = \"USD\"\nrate = \"1.25\"\ndate = \"2026-01-01\"\nsource = { status = \"example\" }\n\
             [[rates]]\nfrom = \"EUR\"\nto = \"USD\"\nrate = \"1.10\"\ndate = \"2026-06-15\"\nsource = { status = \"example\" }\n",
        )
        .unwrap()
    }

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    #[test]
    fn the_latest_rate_dated_in_or_before_the_month_applies() {
        assert_eq!(fx().rate(Currency::EUR, Currency::USD, m("2026-05")).unwrap().rate.to_string(), "1.25");
        assert_eq!(fx().rate(Currency::EUR, Currency::USD, m("2026-06")).unwrap().rate.to_string(), "1.10");
        assert_eq!(fx().rate(Currency::EUR, Currency::USD, m("2025-12")), None);
    }

    #[test]
    fn the_other_way_is_the_inverse_rounded_and_said_so() {
        let c = fx().rate(Currency::USD, Currency::EUR, "2026-03".parse().unwrap()).unwrap();
        assert_eq!(c.rate.to_string(), "0.8");
        assert_eq!(c.convert(Decimal::new(1999, 2)).unwrap().to_string(), "15.99");
        assert!(c.source.note.unwrap().contains("the inverse of 1 EUR = 1.25 USD"));
    }

    fn euro_rates() -> Fx {
        let rate = |to: &str, rate: &str, date: &str, status: &str| {
            format!(
                "[[rates]]\nfrom = \"EUR\"\nto = \"{to}\"\nrate = \"{rate}\"\ndate = \"{date}\"\nsource = {{ status = \"{status}\", url = \"https://www.ecb.europa.eu\", date = \"{date}\" }}\n"
            )
        };
        let text = format!(
            "format = 1\n{}{}{}{}",
            rate("USD", "1.0321", "2025-01-02", "published"),
            rate("GBP", "0.8294", "2025-01-02", "published"),
            rate("USD", "1.0705", "2024-06-28", "published"),
            rate("INR", "89.2495", "2024-06-28", "unverified"),
        );
        load_str(Path::new("fx.toml"), &text).unwrap()
    }

    #[test]
    fn two_euro_rates_cross_exactly_rounded_once() {
        let fx = euro_rates();
        // 1 USD = 0.8294 / 1.0321 GBP = 0.8036043… → 0.803604; 1 GBP = 1.0321 / 0.8294 = 1.2443935… → 1.244394
        let usd_gbp = fx.rate(Currency::USD, "GBP".parse().unwrap(), m("2025-03")).unwrap();
        assert_eq!((usd_gbp.rate.to_string(), usd_gbp.date.to_string()), ("0.803604".into(), "2025-01-02".into()));
        assert_eq!(usd_gbp.source.status, Status::Derived);
        assert_eq!(usd_gbp.source.url.as_deref(), Some("https://www.ecb.europa.eu"));
        let note = usd_gbp.source.note.unwrap();
        assert!(note.contains("1 EUR = 1.0321 USD (2025-01-02) and 1 EUR = 0.8294 GBP (2025-01-02)"), "{note}");
        let gbp_usd = fx.rate("GBP".parse().unwrap(), Currency::USD, m("2025-03")).unwrap();
        assert_eq!(gbp_usd.rate.to_string(), "1.244394");
        // Dated the older of the two, and as weak as the weaker: USD of 2025-01-02 with INR of
        // 2024-06-28 (unverified): 1 USD = 89.2495 / 1.0321 INR = 86.473694…
        let usd_inr = fx.rate(Currency::USD, "INR".parse().unwrap(), m("2025-03")).unwrap();
        assert_eq!(
            (usd_inr.rate.to_string(), usd_inr.date.to_string(), usd_inr.source.status),
            ("86.473694".into(), "2024-06-28".into(), Status::Unverified)
        );
        // In July 2024 the June rates of both apply: 89.2495 / 1.0705 = 83.371789…
        assert_eq!(fx.rate(Currency::USD, "INR".parse().unwrap(), m("2024-07")).unwrap().rate.to_string(), "83.371789");
        assert_eq!(fx.rate(Currency::USD, "GBP".parse().unwrap(), m("2024-07")), None, "no GBP rate yet");
    }

    #[test]
    fn a_pair_given_twice_a_day_either_way_is_refused() {
        let text = "format = 1\n[[rates]]\nfrom = \"EUR\"\nto = \"USD\"\nrate = \"1.1\"\ndate = \"2026-01-02\"\nsource = { status = \"example\" }\n\
                    [[rates]]\nfrom = \"USD\"\nto = \"EUR\"\nrate = \"0.9\"\ndate = \"2026-01-02\"\nsource = { status = \"example\" }\n";
        let e = load_str(Path::new("fx.toml"), text).unwrap_err().to_string();
        assert_eq!(e, "fx.toml:8:1: `rates[1]`: USD to EUR on 2026-01-02 is given twice");
    }
}
