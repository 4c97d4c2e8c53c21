//! Month by month (`pricesim simulate`): the scenario's usage grown or set per month, every plan
//! priced under the rate-card version in force each month, and prepaid wallets carried from month
//! to month day by day.
//!
//! Wallet plans carry their wallet's balance and late postings from one month to the next
//! ([`crate::wallet::attach`]).
#![deny(clippy::arithmetic_side_effects)]

pub mod overview;

use std::collections::BTreeMap;

use rust_decimal::prelude::*;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::compare::{Carried, CompareError, compare_with};
use crate::money::{Currency, MoneyError, checked_add, checked_div, checked_mul, decimal_string};
use crate::month::Month;
use crate::quote::Quote;
use crate::scenario::Scenario;
use crate::usage::{Usage, UsageKey};

/// The answer of `pricesim simulate`, in the contract's JSON shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Simulation {
    /// Each month's quotes, ranked as `quote` ranks them.
    pub months: Vec<SimulatedMonth>,
    /// Each plan's total over the horizon: those whose cost is known every month first, by that
    /// cost; then the others by their own currency and total.
    pub totals: Vec<PlanTotal>,
}

/// One month of a simulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SimulatedMonth {
    /// Which month: the scenario's, plus its place in the horizon; priced under the versions in
    /// force then.
    pub month: Month,
    /// Every plan priced, with wallets.
    pub quotes: Vec<Quote>,
    /// Cards left out because no version of theirs is in force in the month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub notes: Vec<String>,
}

/// A plan's cost over the horizon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanTotal {
    /// `vendor/plan`.
    pub plan: String,
    /// The currency `total` is in: the plan's billing currency, as its quotes'.
    pub currency: Currency,
    /// The sum of its months' quote totals, in `currency`, unconverted.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// True when some month's quote was incomplete.
    pub incomplete: bool,
    /// For a wallet plan: what its card is charged over the horizon.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub card_charged: Option<Decimal>,
    /// What the scenario costs on the plan over the horizon, in the display currency, all payees
    /// together (the sum of the months' `cost.total`); `None` when some month's is not known.
    #[serde(default, with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub cost: Option<Decimal>,
}

/// How fast usage grows, in percent a month, compounded: one rate for every count, or contacts,
/// outcomes and WhatsApp units each at their own (`--growth-contacts` and the like), the counts
/// without one of their own (agents, emails, and any group left unset) at `all`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Growth {
    /// Every count's rate, unless its group has its own.
    pub all: Decimal,
    /// `contacts.*` (engaged, active, database).
    pub contacts: Option<Decimal>,
    /// `outcomes.*`, by agent and by bot.
    pub outcomes: Option<Decimal>,
    /// `whatsapp.*`, every country and category.
    pub whatsapp: Option<Decimal>,
}

/// One rate for every count: the command line's `--growth` alone.
impl From<Decimal> for Growth {
    fn from(all: Decimal) -> Growth {
        Growth { all, ..Growth::default() }
    }
}

impl Growth {
    /// The rate for `key`'s count: its group's own, else `all`.
    pub fn of(&self, key: &UsageKey) -> Decimal {
        let own = match key.as_str().split('.').next() {
            Some("contacts") => self.contacts,
            Some("outcomes") => self.outcomes,
            Some("whatsapp") => self.whatsapp,
            _ => None,
        };
        own.unwrap_or(self.all)
    }
}

/// `(1 + pct/100)^n`.
fn factor(pct: Decimal, n: u32) -> Result<Decimal, MoneyError> {
    let step = checked_add(Decimal::ONE, checked_div(pct, Decimal::ONE_HUNDRED)?)?;
    (0..n).try_fold(Decimal::ONE, |f, _| checked_mul(f, step)).map_err(|e| e.of(format!("the growth over {n} months")))
}

/// The usage of month `n` (0 = the scenario's month): every count given grown by its growth rate
/// ([`Growth::of`]), compounded and rounded to a whole count (half away from zero), then the
/// counts a `[[months]]` table sets for that month.
pub fn usage_in(scenario: &Scenario, n: u32, growth: impl Into<Growth>) -> Result<Usage, MoneyError> {
    let growth = growth.into();
    let month = scenario.month.plus(n).ok_or(MoneyError::Overflow)?;
    let mut factors: BTreeMap<Decimal, Decimal> = BTreeMap::new();
    let mut usage = Usage::default();
    for (key, count) in scenario.usage.iter() {
        let pct = growth.of(key);
        let f = match factors.get(&pct) {
            Some(f) => *f,
            None => {
                let f = factor(pct, n)?;
                factors.insert(pct, f);
                f
            }
        };
        let grown = checked_mul(Decimal::from(count), f)?
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            .max(Decimal::ZERO);
        usage.set(key.clone(), grown.to_u64().ok_or(MoneyError::Overflow)?);
    }
    for set in scenario.months.iter().filter(|m| m.month == month) {
        for (key, count) in set.usage.iter() {
            usage.set(key.clone(), count);
        }
    }
    Ok(usage)
}

/// A monthly growth in percent as a user writes it (`5`, `-2.5`): above -100, or a sentence
/// saying what is expected. The command line and the app read `--growth` with it.
pub fn parse_growth(text: &str) -> Result<Decimal, String> {
    crate::tomlread::parse_decimal(text)
        .ok()
        .filter(|g| *g > -Decimal::ONE_HUNDRED)
        .ok_or_else(|| format!("`{text}` is not a percentage above -100, such as `5` or `-2.5`"))
}

/// Why a simulation could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SimulateError {
    /// A month could not be priced.
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// An amount overflowed.
    #[error("the simulation's amounts are too large: {0}")]
    Money(#[from] MoneyError),
    /// The horizon runs past the last month a file can name.
    #[error("the simulation would run past {}-12, the last month pricesim can write", Month::LAST_YEAR)]
    PastLastMonth,
}

/// The months of a year's cost.
pub const YEAR: u32 = 12;

/// What the scenario costs on each plan over the twelve months from its own, each month priced
/// under the versions in force then with the usage unchanged (a `[[months]]` table still applies):
/// a year as it is billed (a yearly subscription paid up front, a wallet's top-ups, a dated price
/// change the cards hold), which twelve times the month would miss.
pub fn a_year(catalog: &Catalog, scenario: &Scenario) -> Result<Vec<PlanTotal>, SimulateError> {
    Ok(simulate(catalog, scenario, YEAR, Decimal::ZERO, &[])?.totals)
}

/// Simulates `months` months from the scenario's, usage growing by `growth` percent a month (one
/// rate, a `Decimal`, or a [`Growth`] per count).
pub fn simulate(
    catalog: &Catalog,
    scenario: &Scenario,
    months: u32,
    growth: impl Into<Growth>,
    only: &[String],
) -> Result<Simulation, SimulateError> {
    let growth = growth.into();
    let mut carried = Carried::default();
    let mut out = Vec::new();
    for n in 0..months {
        let mut month = scenario.clone();
        month.month = scenario.month.plus(n).ok_or(SimulateError::PastLastMonth)?;
        month.usage = usage_in(scenario, n, growth)?;
        let comparison = compare_with(catalog, &month, only, &mut carried)?;
        out.push(SimulatedMonth { month: month.month, quotes: comparison.quotes, notes: comparison.notes });
    }
    let mut totals: BTreeMap<String, PlanTotal> = BTreeMap::new();
    for q in out.iter().flat_map(|m| &m.quotes) {
        let t = totals.entry(q.plan.clone()).or_insert_with(|| PlanTotal {
            plan: q.plan.clone(),
            currency: q.currency,
            total: Decimal::ZERO,
            incomplete: false,
            card_charged: None,
            cost: Some(Decimal::ZERO),
        });
        t.total = checked_add(t.total, q.total)?;
        t.incomplete |= q.incomplete;
        t.cost = match (t.cost, &q.cost) {
            (Some(sum), Some(c)) => Some(checked_add(sum, c.total)?),
            _ => None,
        };
        if let Some(w) = &q.wallet {
            t.card_charged = Some(checked_add(t.card_charged.unwrap_or_default(), w.card_charged)?);
        }
    }
    // A plan missing from some month (not yet on sale, say) has no cost over the whole horizon.
    for t in totals.values_mut() {
        if out.iter().any(|m| !m.quotes.iter().any(|q| q.plan == t.plan)) {
            t.cost = None;
        }
    }
    let mut totals: Vec<PlanTotal> = totals.into_values().collect();
    totals.sort_by(|a, b| {
        let cost = |t: &PlanTotal| (t.cost.is_none(), t.cost);
        (cost(a), a.currency.code(), a.total, &a.plan).cmp(&(cost(b), b.currency.code(), b.total, &b.plan))
    });
    Ok(Simulation { months: out, totals })
}
