//! What a manager reads off a simulation beside its months: the plans in one fixed order, each
//! plan's running total in the display currency, and whether leaving the plan that is cheapest in
//! the first month for another pays over the horizon.
//!
//! Every figure is the months' `cost.total` (what the comparison ranks: the whole scenario, all
//! payees, converted to the display currency as the comparison converts), added exactly.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Simulation;
use crate::money::{Currency, MoneyError, checked_add, decimal_string};
use crate::month::Month;
use crate::quote::Quote;

/// The plans of a simulation in the order its table and charts show them, and the switch worth
/// making, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Overview {
    /// Every plan quoted in some month: first in the order the first month's comparison ranks them
    /// (cheapest first, then the unranked ones), then the plans first quoted in a later month, in
    /// the order they appear. The order stays put as costs move, so a column is always the same plan.
    pub columns: Vec<Column>,
    /// The best switch from the first month's cheapest plan, when one saves money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub switch: Option<Switch>,
}

/// One plan of the simulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Column {
    /// `vendor/plan`.
    pub plan: String,
    /// The plan's billing currency.
    pub currency: Currency,
    /// False when some month's cost is not known (an unknown price, uncovered usage, a missing
    /// exchange rate, or the plan not quoted that month): the plan cannot be compared over the
    /// whole horizon, and is marked so, as Breakeven marks such a plan.
    pub cost_known: bool,
}

/// "Switching to `to` in `month` saves `saves` over the horizon."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Switch {
    /// The first month's cheapest plan.
    pub from: String,
    /// The plan to switch to.
    pub to: String,
    /// The first month in which `to` costs strictly less than `from`: the switch takes effect then.
    pub month: Month,
    /// What staying on `from` to the end costs more than moving to `to` in `month`: the sum, from
    /// `month` to the last, of `from`'s monthly cost less `to`'s, in `currency`. Always above zero.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub saves: Decimal,
    /// The display currency.
    pub currency: Currency,
}

/// Each plan's first quote, in the order of [`Overview::columns`].
pub fn order(sim: &Simulation) -> Vec<&Quote> {
    let mut first: Vec<&Quote> = Vec::new();
    for q in sim.months.iter().flat_map(|m| &m.quotes) {
        if !first.iter().any(|f| f.plan == q.plan) {
            first.push(q);
        }
    }
    first
}

/// Each month's cost of `plan` in the display currency (`None` where it is not known or the plan
/// is not quoted).
pub fn monthly(sim: &Simulation, plan: &str) -> Vec<Option<Decimal>> {
    sim.months
        .iter()
        .map(|m| m.quotes.iter().find(|q| q.plan == plan).and_then(|q| q.cost.as_ref()).map(|c| c.total))
        .collect()
}

/// The running total of `plan`'s monthly costs: month `n`'s is the sum of months 0 to `n`, `None`
/// from the first month whose cost is not known on (a total with a hole is no total).
pub fn cumulative(sim: &Simulation, plan: &str) -> Result<Vec<Option<Decimal>>, MoneyError> {
    let mut sum = Some(Decimal::ZERO);
    monthly(sim, plan)
        .into_iter()
        .map(|cost| {
            sum = match (sum, cost) {
                (Some(s), Some(c)) => Some(checked_add(s, c)?),
                _ => None,
            };
            Ok(sum)
        })
        .collect()
}

impl Overview {
    /// The overview of `sim`.
    pub fn of(sim: &Simulation) -> Result<Overview, MoneyError> {
        let columns: Vec<Column> = order(sim)
            .into_iter()
            .map(|q| Column {
                plan: q.plan.clone(),
                currency: q.currency,
                cost_known: monthly(sim, &q.plan).iter().all(Option::is_some),
            })
            .collect();
        Ok(Overview { switch: switch(sim, &columns)?, columns })
    }
}

/// The switch that saves the most (ties: the earlier month, then the earlier column), among the
/// plans that become strictly cheaper than the first month's cheapest in some month and whose
/// costs, and the cheapest's, are known from that month to the last.
fn switch(sim: &Simulation, columns: &[Column]) -> Result<Option<Switch>, MoneyError> {
    let Some(first) = sim.months.first() else { return Ok(None) };
    let Some(from) = first.quotes.iter().find(|q| q.rank == Some(1)) else { return Ok(None) };
    let Some(currency) = from.cost.as_ref().map(|c| c.currency) else { return Ok(None) };
    let staying = monthly(sim, &from.plan);
    let mut best: Option<Switch> = None;
    for other in columns.iter().filter(|c| c.plan != from.plan) {
        let moving = monthly(sim, &other.plan);
        let cheaper = |(a, b): (&Option<Decimal>, &Option<Decimal>)| matches!((a, b), (Some(a), Some(b)) if b < a);
        let Some(n) = staying.iter().zip(&moving).position(cheaper) else { continue };
        let mut saves = Decimal::ZERO;
        let mut known = true;
        for (a, b) in staying.iter().zip(&moving).skip(n) {
            let (Some(a), Some(b)) = (a, b) else {
                known = false;
                break;
            };
            saves = checked_add(saves, a.checked_sub(*b).ok_or(MoneyError::Overflow)?)?;
        }
        let Some(month) = sim.months.get(n).map(|m| m.month) else { continue };
        if !known || saves <= Decimal::ZERO {
            continue;
        }
        let better =
            best.as_ref().is_none_or(|b| (saves, std::cmp::Reverse(month)) > (b.saves, std::cmp::Reverse(b.month)));
        if better {
            best = Some(Switch { from: from.plan.clone(), to: other.plan.clone(), month, saves, currency });
        }
    }
    Ok(best)
}
