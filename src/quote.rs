//! A quote: one plan priced for one scenario, as invoice lines, with what could not be priced.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::anniversary::Period;
use crate::fx::Conversion;
use crate::money::{Currency, MoneyError, Rounding, checked_add, checked_mul, decimal_string};
use crate::ratecard::Provenance;
use crate::usage::{Usage, UsageKey};
use crate::wallet::WalletMonth;

/// One plan priced for one scenario.
///
/// INVARIANT: `total` is the sum of the lines' `amount`s, each already rounded to the currency's
/// minor unit; nothing is rounded after summing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Quote {
    /// `vendor/plan`.
    pub plan: String,
    /// The billing currency: the rate card's.
    pub currency: Currency,
    /// The total in `currency`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// The total in the scenario's display currency; `None` when no exchange rate is known.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub total_in_display_currency: Option<Decimal>,
    /// The invoice lines, in the card's charge order.
    pub lines: Vec<Line>,
    /// What a reader must know about this total.
    pub warnings: Vec<Warning>,
    /// True when usage needed a price that is not known, so `total` leaves something out.
    pub incomplete: bool,
    /// The plan's name for people.
    pub plan_name: String,
    /// The `effective_from` of the rate-card version used.
    pub version: NaiveDate,
    /// What each quota counted: used, included, over, and the usage behind it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<MeterUse>>", optional))]
    pub meters: Vec<MeterUse>,
    /// For a plan with a prepaid wallet: the month's balance, top-ups and card charges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub wallet: Option<WalletMonth>,
    /// The exchange rate `total_in_display_currency` was converted at, when the plan bills in
    /// another currency than the display one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub exchange: Option<Conversion>,
    /// For a subscription billed on its anniversary: the billing period this invoice covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<Period>,
    /// The display total per unit of the scenario's main usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unit_costs: Option<UnitCosts>,
}

impl Quote {
    /// True when the total covers all the scenario's usage: no needed price is unknown and no
    /// usage was left out as not offered. Only such a quote can be called the cheapest.
    pub fn prices_everything(&self) -> bool {
        !self.incomplete && !self.warnings.iter().any(|w| w.kind == WarningKind::NotOffered)
    }

    /// True when the quote can be ranked against others: it prices everything and has a total in
    /// the display currency. The cheapest plan is the first of these; the others are lower bounds.
    pub fn ranks(&self) -> bool {
        self.prices_everything() && self.total_in_display_currency.is_some()
    }
}

/// Unit economics of a quote, in the display currency: the whole total divided by each count
/// (so they do not add up), rounded half away from zero to 4 decimals. Display figures, not
/// amounts anyone bills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UnitCosts {
    /// Per engaged contact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub per_engaged_contact: Option<Decimal>,
    /// Per completed outcome (agent or bot).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub per_outcome: Option<Decimal>,
    /// Per WhatsApp unit (conversation or message) of every category.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub per_whatsapp_unit: Option<Decimal>,
}

impl UnitCosts {
    /// `total` per unit of `usage`'s counts; `None` when it has none of them.
    pub fn of(total: Decimal, usage: &Usage) -> Option<UnitCosts> {
        // Summed wide: each count fits 64 bits, their sum need not.
        let sum = |f: &dyn Fn(&str) -> bool| -> u128 {
            usage.iter().filter(|(k, _)| f(k.as_str())).map(|(_, n)| u128::from(n)).sum()
        };
        let per = |n: u128| {
            let units = rust_decimal::prelude::FromPrimitive::from_u128(n).filter(|_| n > 0)?;
            Some(
                total
                    .checked_div(units)?
                    .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            )
        };
        let costs = UnitCosts {
            per_engaged_contact: per(sum(&|k| k == "contacts.engaged")),
            per_outcome: per(sum(&|k| k.starts_with("outcomes."))),
            per_whatsapp_unit: per(sum(&|k| k.starts_with("whatsapp."))),
        };
        let any =
            costs.per_engaged_contact.is_some() || costs.per_outcome.is_some() || costs.per_whatsapp_unit.is_some();
        any.then_some(costs)
    }
}

/// One invoice line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Line {
    /// What kind of line: `plan_fee`, `overage`, `tier`, `subscription`, `passthrough`.
    pub code: String,
    /// The line's text as the vendor's invoice would put it.
    pub description: String,
    /// How many units.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub quantity: Decimal,
    /// Price of one unit, unrounded (WhatsApp rates have four decimals).
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub unit_price: Decimal,
    /// `quantity × unit_price`, rounded once to the minor unit.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// Where the unit price comes from.
    pub source: Provenance,
}

impl Line {
    /// The line for `quantity` units at `unit_price`: the one place amounts are rounded.
    pub fn priced(
        code: &str,
        description: &str,
        quantity: Decimal,
        unit_price: Decimal,
        source: Provenance,
        rounding: Rounding,
        currency: Currency,
    ) -> Result<Line, MoneyError> {
        Ok(Line {
            code: code.to_string(),
            description: description.to_string(),
            quantity,
            unit_price,
            amount: line_amount(quantity, unit_price, rounding, currency).map_err(|e| e.within(description))?,
            source,
        })
    }
}

/// `quantity × unit_price` rounded to the currency's minor unit: the one place any billed amount,
/// of a quote or of a rated log, is rounded. (A total shown in another currency is rounded once
/// more, where it is converted: `fx::Conversion::convert`.)
pub fn line_amount(
    quantity: Decimal,
    unit_price: Decimal,
    rounding: Rounding,
    currency: Currency,
) -> Result<Decimal, MoneyError> {
    let exact = checked_mul(quantity, unit_price).map_err(|e| e.of(format!("{quantity} × {unit_price}")))?;
    Ok(rounding.round(exact, currency))
}

/// The sum of the lines' (rounded) amounts, written to the currency's minor unit even with no
/// lines (`0.00`, not `0`).
pub fn sum_lines(lines: &[Line], currency: Currency) -> Result<Decimal, MoneyError> {
    lines
        .iter()
        .try_fold(Decimal::new(0, currency.minor_units()), |acc, l| checked_add(acc, l.amount))
        .map_err(|e| e.of("the sum of the lines"))
}

/// Something a quote's reader must know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Warning {
    /// What kind of warning.
    pub kind: WarningKind,
    /// The sentence to show.
    pub message: String,
}

/// Kinds of warnings, so a program can react without parsing sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A price that is derived, reconstructed, unverified or an example was used.
    UnpublishedPrice,
    /// Usage needed a price nobody has published; it is left out and the quote is incomplete.
    UnknownPrice,
    /// Usage the plan does not offer (an outcome "not offered" by bot, say); it is left out.
    NotOffered,
    /// The total could not be converted to the display currency.
    NoExchangeRate,
    /// The total was converted at an exchange rate that is not a published one (an example).
    UnpublishedRate,
    /// A pricing rule rests on unverified sources (WhatsApp from 2026-10-01).
    UnverifiedRule,
    /// A country that is not in Meta's market table was priced as the catch-all market.
    UnlistedCountry,
    /// Free-form messages with no customer service window open (a log): not billed.
    RefusedMessage,
    /// Log rows that could not be read were skipped (`--skip-invalid`).
    SkippedRows,
    /// Usage above a quota the vendor stops at (emails not sent): not billed.
    QuotaReached,
    /// A subscription's first invoice is not known, so its price floor is not applied.
    UnknownFloor,
}

/// What one quota counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MeterUse {
    /// `points` or a usage name.
    pub of: String,
    /// The unit's name for people (`Chatpoints`, `agents.livechat`).
    pub unit: String,
    /// Units used.
    pub used: u64,
    /// Units included in the plan.
    pub included: u64,
    /// Units above `included`, billed on the overage line.
    pub over: u64,
    /// For points: the usage behind `used`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Basis>>", optional))]
    pub basis: Vec<Basis>,
}

/// One usage's share of a points meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Basis {
    /// The usage.
    pub usage: UsageKey,
    /// Its count in the scenario.
    pub quantity: u64,
    /// Points per unit.
    pub points_each: PointsEach,
    /// `quantity × points_each`.
    pub points: u64,
}

/// Points per unit in a breakdown: a number, or "included" (offered at no points).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum PointsEach {
    /// This many points.
    Points(u64),
    /// The string `"included"`.
    Included(IncludedTag),
}

/// The literal `"included"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum IncludedTag {
    /// Offered at no points.
    Included,
}
