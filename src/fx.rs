//! Exchange rates for the display currency: dated, editable, each with its provenance
//! (`ratecards/fx.toml`).
//!
//! Plans bill in their own currency; a comparison ranks them in the scenario's. A total is
//! converted once, at the rate in force for the month (the latest dated on or before its last
//! day), rounded half away from zero to the display currency's minor unit, and the quote says
//! which rate and date it used. A rate is given one way (`1 EUR = 1.16 USD`); the other way is
//! its inverse rounded to six decimals, marked `derived`. No rate, no conversion: the quote is
//! left unranked with a warning, never converted at a guessed rate.
#![deny(clippy::arithmetic_side_effects)]

use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostics, Source, read_text};
use crate::money::{Currency, MoneyError, Rounding, checked_mul, decimal_string};
use crate::month::Month;
use crate::ratecard::load::provenance;
use crate::ratecard::{Provenance, Status};
use crate::tomlread::{Reader, join};

/// The exchange-rate file's format number.
pub const FORMAT: u64 = 1;

/// Digits kept in an inverted rate.
const INVERSE_DIGITS: u32 = 6;

/// Every known rate, and its inverse (worked out once, when the rates are read).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fx {
    rates: Vec<Conversion>,
    inverses: Vec<Conversion>,
}

/// `1 from = rate to`, from `date` on, with where the figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Conversion {
    /// The currency converted from.
    pub from: Currency,
    /// The currency converted to.
    pub to: Currency,
    /// Units of `to` for one unit of `from`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub rate: Decimal,
    /// The day the rate is dated.
    pub date: NaiveDate,
    /// Its provenance (`derived` for an inverted rate).
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

impl Fx {
    /// No rates: nothing converts.
    pub fn none() -> Fx {
        Fx::default()
    }

    /// The rate from `from` to `to` for `month`: the latest dated on or before its last day,
    /// given that way or inverted; `None` when there is none.
    pub fn rate(&self, from: Currency, to: Currency, month: Month) -> Option<Conversion> {
        let last = month.last_day();
        let latest = |list: &[Conversion]| {
            list.iter().filter(|r| r.from == from && r.to == to && r.date <= last).max_by_key(|r| r.date).cloned()
        };
        latest(&self.rates).or_else(|| latest(&self.inverses))
    }

    /// Rates read from a file: each given one way, and its inverse the other.
    fn new(rates: Vec<Conversion>) -> Fx {
        let inverses = rates.iter().filter_map(inverse).collect();
        Fx { rates, inverses }
    }

    /// How many rates the file gives.
    pub fn len(&self) -> usize {
        self.rates.len()
    }

    /// True when the file gives none.
    pub fn is_empty(&self) -> bool {
        self.rates.is_empty()
    }
}

/// Reads the rates at `path`.
pub fn load_file(path: &Path) -> Result<Fx, Diagnostics> {
    load_str(path, &read_text(path, "the exchange rates")?)
}

/// Reads rates from `text`; `file` names it in messages.
///
/// ```toml
/// format = 1
/// [[rates]]
/// from = "EUR"
/// to = "USD"
/// rate = "1.16"
/// date = "2026-11-02"
/// source = { status = "example", note = "replace with the rate you use" }
/// ```
pub fn load_str(file: &Path, text: &str) -> Result<Fx, Diagnostics> {
    let mut r = Reader::new(Source::new(file, text));
    let doc = r.parse()?;
    let root = doc.get_ref();
    let whole = doc.span();
    r.only_keys(root, "", &["format", "rates"]);
    r.format_number(root, &whole, "format", FORMAT, "format");
    let mut rates: Vec<Conversion> = Vec::new();
    let list = r.required(root, &whole, "", "rates").and_then(|v| r.array(v, "rates")).unwrap_or_default();
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
            let repeated = rates
                .iter()
                .any(|c| c.date == date && ((c.from == from && c.to == to) || (c.from == to && c.to == from)));
            if repeated {
                r.error(&item.span(), &path, format!("{from} to {to} on {date} is given twice"));
            }
            rates.push(Conversion { from, to, rate, date, source });
        }
    }
    r.finish(Some(Fx::new(rates)))
}

/// `other` the other way: its inverse rounded to [`INVERSE_DIGITS`] decimals, marked `derived`
/// (or as weak as `other`'s own status).
fn inverse(other: &Conversion) -> Option<Conversion> {
    if other.rate.is_zero() {
        return None;
    }
    let rate = Decimal::ONE.checked_div(other.rate)?.round_dp(INVERSE_DIGITS).normalize();
    let note =
        format!("the inverse of 1 {} = {} {}, rounded to {INVERSE_DIGITS} decimals", other.from, other.rate, other.to);
    let status = if other.source.status == Status::Published { Status::Derived } else { other.source.status };
    Some(Conversion {
        from: other.to,
        to: other.from,
        rate,
        date: other.date,
        source: Provenance { status, url: other.source.url.clone(), date: other.source.date, note: Some(note.into()) },
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

    #[test]
    fn the_latest_rate_dated_in_or_before_the_month_applies() {
        let m = |s: &str| s.parse::<Month>().unwrap();
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
}
