//! A billing month, `YYYY-MM`: the unit a scenario describes and a rate-card version is picked by.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar month of the proleptic Gregorian calendar.
///
/// INVARIANT: `first` is the first day of the month, so every `Month` is a real month.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct Month {
    first: NaiveDate,
}

impl Month {
    /// The month holding `day`.
    pub fn of(day: NaiveDate) -> Month {
        Month { first: day.with_day(1).unwrap_or(day) }
    }

    /// The last month a file can name: `YYYY-MM` has four digits of year.
    pub const LAST_YEAR: i32 = 9999;

    /// The month `n` months later; `None` past 9999-12, which `YYYY-MM` cannot write, so no month
    /// is made that could not be read back.
    pub fn plus(self, n: u32) -> Option<Month> {
        self.first
            .checked_add_months(chrono::Months::new(n))
            .filter(|d| d.year() <= Month::LAST_YEAR)
            .map(|first| Month { first })
    }

    /// Its last day: a month converts at the exchange rates dated on or before it.
    pub fn last_day(self) -> NaiveDate {
        self.plus(1).and_then(|next| next.first.pred_opt()).unwrap_or(self.first)
    }

    /// Its first day: the day a rate-card version must be in force on.
    pub fn first_day(self) -> NaiveDate {
        self.first
    }
}

impl FromStr for Month {
    type Err = String;

    /// Parses `YYYY-MM` (four-digit year, two-digit month).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{s}` is not a month: write it as `YYYY-MM`, such as `2026-12`");
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        NaiveDate::from_ymd_opt(year, month, 1).map(|first| Month { first }).ok_or_else(bad)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.first.year(), self.first.month())
    }
}

impl fmt::Debug for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_months() {
        let m: Month = "2026-12".parse().unwrap();
        assert_eq!(m.to_string(), "2026-12");
        assert_eq!(m.first_day(), NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert_eq!("9999-12".parse::<Month>().unwrap().plus(1), None);
        assert_eq!(m.plus(1).unwrap().to_string(), "2027-01");
        for bad in ["2026-13", "2026-00", "2026-1", "26-12", "2026/12", "", "2026-12-01", "２０２６-12"] {
            assert!(bad.parse::<Month>().is_err(), "{bad} should be refused");
        }
    }
}
