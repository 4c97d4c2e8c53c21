//! A wallet's month as a quote shows it: the balances, each day's top-ups, what the card is
//! charged. Results only, so that a quote can carry them without depending on the wallet's rules.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::decimal_string;

/// A day's top-ups: each one credit value, as many as that day's deductions needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TopUpEvent {
    /// The day of the deductions that called for them (one event a day, however many top-ups).
    pub date: NaiveDate,
    /// The amount charged to the card that day: `count` credit values.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// How many top-ups.
    pub count: u64,
}

/// A wallet over one month, as a quote shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WalletMonth {
    /// The balance on the month's first day, before anything.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub opening: Decimal,
    /// The balance after the month's last deduction and top-up.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub closing: Decimal,
    /// Every top-up, in order.
    pub top_ups: Vec<TopUpEvent>,
    /// The first day the account would be blocked (its credit gone) had every top-up of the month
    /// failed; `None` when the opening balance covers the month.
    pub blocked_from: Option<NaiveDate>,
    /// What was deducted this month (including costs of earlier months posted late).
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub deducted: Decimal,
    /// Costs of this month not yet deducted at its end (posted late, in the next month).
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub pending: Decimal,
    /// What the card is charged this month: the top-ups plus the lines not paid from the wallet.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub card_charged: Decimal,
}

impl WalletMonth {
    /// What the month's top-ups add up to.
    pub fn topped_up(&self) -> Decimal {
        // INVARIANT: [`Wallet::month`] checked that the sum fits, so it never saturates.
        self.top_ups.iter().fold(Decimal::ZERO, |sum, t| sum.saturating_add(t.amount))
    }

    /// How many top-ups the month had.
    pub fn top_up_count(&self) -> u64 {
        // INVARIANT: [`Wallet::month`] checked that the sum fits, so it never saturates.
        self.top_ups.iter().fold(0u64, |n, t| n.saturating_add(t.count))
    }
}
