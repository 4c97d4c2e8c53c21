//! Meta's rates by market, dated, in one currency.
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::category::Column;
use super::markets::MarketId;
use crate::money::Currency;
use crate::ratecard::Provenance;

/// One rate of a rate row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    /// A known price per unit (0 is free).
    Price(Decimal),
    /// Meta charges this category here, at a rate nobody has found (`?`): never zero.
    Unknown,
    /// The market has no such category on that date (`n/a`).
    NotAvailable,
}

/// A market's rates from one date on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateRow {
    /// The first day the row applies, at midnight in the account's time zone.
    pub effective_from: NaiveDate,
    /// Rates by [`Column`].
    pub rates: [Rate; 5],
    /// Where the row comes from, with its confidence as the status.
    pub source: Provenance,
}

impl RateRow {
    /// The rate of `column`.
    pub fn rate(&self, column: Column) -> Rate {
        self.rates.get(column as usize).copied().unwrap_or(Rate::Unknown)
    }
}

/// Every market's dated rows in one currency.
///
/// INVARIANT: each market's rows are sorted by `effective_from`, with no two on one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateTable {
    /// The currency of every rate: Meta's card keeps one table per currency it publishes.
    pub currency: Currency,
    /// Rows by [`MarketId`].
    pub(crate) by_market: Vec<Vec<RateRow>>,
}

impl RateTable {
    /// The row of `market` in force on `day`: its latest row on or before `day`, as long as that
    /// row is not older than `since` (the start of the pricing version in force; a row of an
    /// earlier pricing model never carries over into a new one).
    pub fn row(&self, market: MarketId, day: NaiveDate, since: NaiveDate) -> Option<&RateRow> {
        let rows = self.by_market.get(usize::from(market))?;
        let row = rows.iter().rev().find(|r| r.effective_from <= day)?;
        (row.effective_from >= since).then_some(row)
    }

    /// Every day a row starts.
    pub fn change_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.by_market.iter().flatten().map(|r| r.effective_from)
    }
}
