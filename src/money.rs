//! Money: currencies, checked decimal arithmetic and one named rounding rule.
//!
//! Amounts are [`Decimal`], never floats: `0.1 + 0.2` must be `0.3` on an invoice. `Decimal`'s
//! operators panic on overflow, so everything here goes through `checked_*` and returns
//! [`MoneyError`]. Amounts are tagged with their currency by what holds them: a quote's lines and
//! totals are all in the quote's `currency` (its rate card's), so no sum ever mixes two currencies;
//! conversion for display is a separate, dated step.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What can go wrong in money arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// The result does not fit a `Decimal` (about 7.9 × 10²⁸) or a count's integer.
    #[error("amount too large: the arithmetic overflowed")]
    Overflow,
    /// The same, saying what did not fit (`the top-ups of 2026-12-09`), for a person to find it.
    #[error("too large to compute: {0}")]
    TooLarge(String),
}

impl MoneyError {
    /// The error, saying what overflowed; an error that already says so keeps its own words.
    pub fn of(self, what: impl Into<String>) -> MoneyError {
        match self {
            MoneyError::Overflow => MoneyError::TooLarge(what.into()),
            named => named,
        }
    }

    /// The error, saying where the figure belongs (`Extra Chatpoints: 10 × 0.14`).
    pub fn within(self, place: &str) -> MoneyError {
        match self {
            MoneyError::TooLarge(what) => MoneyError::TooLarge(format!("{place}: {what}")),
            MoneyError::Overflow => MoneyError::TooLarge(place.to_string()),
        }
    }
}

/// One ISO 4217 currency this program knows: its code, the digits of its minor unit, a symbol.
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CurrencyInfo {
    code: &'static str,
    minor_units: u32,
    symbol: &'static str,
}

/// The currencies a rate card or scenario may name. The minor unit decides where amounts round.
static CURRENCIES: &[CurrencyInfo] = &[
    CurrencyInfo { code: "AED", minor_units: 2, symbol: "AED " },
    CurrencyInfo { code: "ARS", minor_units: 2, symbol: "AR$" },
    CurrencyInfo { code: "AUD", minor_units: 2, symbol: "A$" },
    CurrencyInfo { code: "BRL", minor_units: 2, symbol: "R$" },
    CurrencyInfo { code: "CAD", minor_units: 2, symbol: "C$" },
    CurrencyInfo { code: "CHF", minor_units: 2, symbol: "CHF " },
    CurrencyInfo { code: "CLP", minor_units: 0, symbol: "CLP " },
    CurrencyInfo { code: "COP", minor_units: 2, symbol: "COP " },
    CurrencyInfo { code: "CZK", minor_units: 2, symbol: "Kč " },
    CurrencyInfo { code: "DKK", minor_units: 2, symbol: "kr " },
    CurrencyInfo { code: "EUR", minor_units: 2, symbol: "€" },
    CurrencyInfo { code: "GBP", minor_units: 2, symbol: "£" },
    CurrencyInfo { code: "HKD", minor_units: 2, symbol: "HK$" },
    CurrencyInfo { code: "IDR", minor_units: 2, symbol: "Rp " },
    CurrencyInfo { code: "INR", minor_units: 2, symbol: "₹" },
    CurrencyInfo { code: "JPY", minor_units: 0, symbol: "¥" },
    CurrencyInfo { code: "MXN", minor_units: 2, symbol: "MX$" },
    CurrencyInfo { code: "NOK", minor_units: 2, symbol: "kr " },
    CurrencyInfo { code: "PLN", minor_units: 2, symbol: "zł " },
    CurrencyInfo { code: "SAR", minor_units: 2, symbol: "SAR " },
    CurrencyInfo { code: "SEK", minor_units: 2, symbol: "kr " },
    CurrencyInfo { code: "SGD", minor_units: 2, symbol: "S$" },
    CurrencyInfo { code: "TRY", minor_units: 2, symbol: "₺" },
    CurrencyInfo { code: "USD", minor_units: 2, symbol: "$" },
    CurrencyInfo { code: "ZAR", minor_units: 2, symbol: "R " },
];

/// A currency by ISO 4217 code.
///
/// INVARIANT: always one of [`CURRENCIES`], so its minor unit is known.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct Currency(&'static CurrencyInfo);

impl Currency {
    /// The euro, as its [`CURRENCIES`] entry, for code that needs it without parsing a code.
    pub const EUR: Currency = Currency(&CurrencyInfo { code: "EUR", minor_units: 2, symbol: "€" });
    /// The US dollar.
    pub const USD: Currency = Currency(&CurrencyInfo { code: "USD", minor_units: 2, symbol: "$" });

    /// The three-letter ISO code, upper case.
    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// Digits after the decimal point in this currency's minor unit (2 for cents).
    pub fn minor_units(self) -> u32 {
        self.0.minor_units
    }

    /// The symbol used in tables meant for people (`€`, `$`, `CHF `).
    pub fn symbol(self) -> &'static str {
        self.0.symbol
    }

    /// Every currency this program knows, for suggestions in error messages.
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        CURRENCIES.iter().map(|c| c.code)
    }
}

impl FromStr for Currency {
    type Err = String;

    /// Parses an ISO 4217 code; the error says what is accepted.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        CURRENCIES
            .iter()
            .find(|c| c.code == code)
            .map(Currency)
            .ok_or_else(|| format!("unknown currency `{code}`: use an ISO 4217 code such as `EUR` or `USD`"))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// How an exact amount becomes an amount in the currency's minor unit.
///
/// Applied once per invoice line, never to partial sums: a quote's total is the sum of its rounded
/// lines, so the total a user sees always adds up. The default is
/// [`Rounding::HalfAwayFromZero`] (0.105 → 0.11, what most invoicing does); a rate card may name
/// [`Rounding::HalfEven`] (0.105 → 0.10, banker's rounding) instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Halves go away from zero: 3.685 → 3.69, −3.685 → −3.69.
    #[default]
    HalfAwayFromZero,
    /// Halves go to the even neighbour: 3.685 → 3.68, 3.675 → 3.68.
    HalfEven,
}

impl Rounding {
    /// The names a rate card's `rounding` may take, from which the loader suggests one for a
    /// misspelt name.
    pub const NAMES: &'static [&'static str] = &["half_away_from_zero", "half_even"];

    /// Parses a rate card's `rounding` value.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "half_away_from_zero" => Some(Rounding::HalfAwayFromZero),
            "half_even" => Some(Rounding::HalfEven),
            _ => None,
        }
    }

    /// Rounds `amount` to the minor unit of `currency`.
    ///
    /// ```
    /// use pricesim::money::{Currency, Rounding};
    /// use rust_decimal::Decimal;
    /// let a: Decimal = "3.685".parse().unwrap();
    /// assert_eq!(Rounding::HalfAwayFromZero.round(a, Currency::EUR).to_string(), "3.69");
    /// assert_eq!(Rounding::HalfEven.round(a, Currency::EUR).to_string(), "3.68");
    /// ```
    pub fn round(self, amount: Decimal, currency: Currency) -> Decimal {
        let strategy = match self {
            Rounding::HalfAwayFromZero => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
        };
        let mut rounded = amount.round_dp_with_strategy(currency.minor_units(), strategy);
        // Always show the minor unit ("499.00", not "499"), so every amount reads the same way.
        rounded.rescale(currency.minor_units());
        rounded
    }
}

/// `a × b`, or [`MoneyError::Overflow`].
pub fn checked_mul(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_mul(b).ok_or(MoneyError::Overflow)
}

/// `a + b`, or [`MoneyError::Overflow`].
pub fn checked_add(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_add(b).ok_or(MoneyError::Overflow)
}

/// `a − b`, or [`MoneyError::Overflow`].
pub fn checked_sub(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_sub(b).ok_or(MoneyError::Overflow)
}

/// `a ÷ b`, or [`MoneyError::Overflow`] (for a quotient too large, or `b` zero).
pub fn checked_div(a: Decimal, b: Decimal) -> Result<Decimal, MoneyError> {
    a.checked_div(b).ok_or(MoneyError::Overflow)
}

/// Serde helpers that write a [`Decimal`] as a JSON string, as the contract fixes: never a float.
pub mod decimal_string {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the decimal as a string such as `"508.10"`.
    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(value)
    }

    /// Reads a decimal from a string; a JSON number is refused, as floats would lose cents.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }

    /// The same for an optional decimal (`null` when absent).
    pub mod option {
        use rust_decimal::Decimal;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes `Some(d)` as a string and `None` as `null`.
        pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
            match value {
                Some(d) => s.collect_str(d),
                None => s.serialize_none(),
            }
        }

        /// Reads a string or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
            let text = Option::<String>::deserialize(d)?;
            text.map(|t| t.parse().map_err(serde::de::Error::custom)).transpose()
        }
    }

    /// The same for a map of decimals by name (`{"email.sent": "0.0008"}`).
    pub mod map {
        use std::collections::BTreeMap;

        use rust_decimal::Decimal;
        use serde::ser::SerializeMap;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes each value as a string.
        pub fn serialize<S: Serializer>(value: &BTreeMap<String, Decimal>, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(value.len()))?;
            for (k, v) in value {
                m.serialize_entry(k, &v.to_string())?;
            }
            m.end()
        }

        /// Reads strings; a JSON number is refused.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Decimal>, D::Error> {
            let text = BTreeMap::<String, String>::deserialize(d)?;
            text.into_iter().map(|(k, v)| Ok((k, v.parse().map_err(serde::de::Error::custom)?))).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn rounding_rules_differ_only_on_halves() {
        // Kill Bill #1124: 0.067 × 55 = 3.685.
        let x = d("0.067") * Decimal::from(55);
        assert_eq!(Rounding::HalfAwayFromZero.round(x, Currency::EUR), d("3.69"));
        assert_eq!(Rounding::HalfEven.round(x, Currency::EUR), d("3.68"));
        // 75 × 0.0014 = 0.105.
        let y = d("0.0014") * Decimal::from(75);
        assert_eq!(Rounding::HalfAwayFromZero.round(y, Currency::USD), d("0.11"));
        assert_eq!(Rounding::HalfEven.round(y, Currency::USD), d("0.10"));
        // Kill Bill #494: 0.999 is 1.00 under both, never truncated to 0.99.
        assert_eq!(Rounding::HalfAwayFromZero.round(d("0.999"), Currency::USD).to_string(), "1.00");
        assert_eq!(Rounding::HalfEven.round(d("0.999"), Currency::USD).to_string(), "1.00");
    }

    #[test]
    fn rounding_shows_the_minor_unit() {
        assert_eq!(Rounding::HalfAwayFromZero.round(d("499"), Currency::EUR).to_string(), "499.00");
        let jpy: Currency = "JPY".parse().unwrap();
        assert_eq!(Rounding::HalfAwayFromZero.round(d("10.5"), jpy).to_string(), "11");
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        assert_eq!(checked_add(Decimal::MAX, Decimal::MAX), Err(MoneyError::Overflow));
        assert_eq!(checked_mul(Decimal::MAX, d("2")), Err(MoneyError::Overflow));
    }

    #[test]
    fn constants_agree_with_the_table() {
        assert_eq!("EUR".parse::<Currency>().unwrap(), Currency::EUR);
        assert_eq!("USD".parse::<Currency>().unwrap(), Currency::USD);
        assert!("XYZ".parse::<Currency>().is_err());
        assert!("eur".parse::<Currency>().is_err());
    }
}
