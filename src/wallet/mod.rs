//! Prepaid wallets: a credit that usage is deducted from, topped up from the customer's card by a
//! rule, day by day. A month's cost (the quote's total) and what the card is charged that month
//! (the top-ups) differ, and a user needs both.
//!
//! A wallet plan's lines are deducted from its wallet: WhatsApp fees (`passthrough` lines) as the
//! messages go out, spread over the month's days by the scenario's weekday weights and posted
//! `lag_days` later (into the next month when late enough); monthly charges (extra agents, extra
//! users) on the month's last day. Everything else is charged to the card directly.
//!
//! The wallet itself is pure arithmetic on amounts already rounded to the minor unit: deductions
//! are invoice lines or exact cent splits of them, top-ups are the chosen credit value, so every
//! balance is exact and `opening + top-ups − deducted = closing` holds to the cent.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::catalog::Catalog;
use crate::money::{MoneyError, checked_add, checked_div, checked_mul, checked_sub};
use crate::quote::{Line as QuoteLine, Payee, Quote, Warning, WarningKind};
use crate::rate::RateError;
use crate::scenario::{Scenario, TermValue};

pub mod month;

pub use crate::ratecard::wallet::{Paid, TopUp, WalletSpec};
pub use month::{TopUpEvent, WalletMonth};

impl WalletSpec {
    /// Whether the wallet pays `line`.
    pub fn pays_line(&self, line: &QuoteLine) -> bool {
        self.pays.iter().any(|p| match p {
            Paid::Code(code) => *code == line.code,
            Paid::Meter(meter) => line.item.meter() == Some(meter.as_str()),
        })
    }
}

impl TopUp {
    /// The balance the rule holds against a credit value: a top-up is due at or below it for
    /// `when_used` (`(100 − percent)%` of the credit), below it for `safety_net` (`percent`%).
    /// Worked out once per month, not once per deduction.
    fn line(self, credit: Decimal) -> Result<Line, MoneyError> {
        Ok(match self {
            TopUp::WhenUsed { percent } => {
                Line { at: share(credit, checked_sub(Decimal::ONE_HUNDRED, percent)?)?, inclusive: true }
            }
            TopUp::SafetyNet { percent } => Line { at: share(credit, percent)?, inclusive: false },
        })
    }
}

/// A top-up rule's line: a balance at it (when `inclusive`) or below it calls for a top-up.
#[derive(Debug, Clone, Copy)]
struct Line {
    at: Decimal,
    inclusive: bool,
}

impl Line {
    /// Whether a balance calls for a top-up.
    fn due(self, balance: Decimal) -> bool {
        if self.inclusive { balance <= self.at } else { balance < self.at }
    }

    /// How many credit values a balance needs before the rule no longer calls for one: worked
    /// out, not topped up one at a time, since a day's usage can need billions of them. A zero
    /// credit value can never top anything up.
    fn needed(self, balance: Decimal, credit: Decimal) -> Result<u64, MoneyError> {
        if credit <= Decimal::ZERO || !self.due(balance) {
            return Ok(0);
        }
        let gap = checked_div(checked_sub(self.at, balance)?, credit)?;
        let estimate = if self.inclusive { checked_add(gap.floor(), Decimal::ONE)? } else { gap.ceil() };
        let mut n = estimate.to_u64().ok_or(MoneyError::Overflow)?;
        // The division is exact to 28 digits; settle the last unit by exact arithmetic.
        let due_after = |n: u64| -> Result<bool, MoneyError> {
            Ok(self.due(checked_add(balance, checked_mul(credit, Decimal::from(n))?)?))
        };
        while n > 0 && !due_after(n.saturating_sub(1))? {
            n = n.saturating_sub(1);
        }
        while due_after(n)? {
            n = n.checked_add(1).ok_or(MoneyError::Overflow)?;
        }
        Ok(n)
    }
}

/// `percent` of `credit`.
fn share(credit: Decimal, percent: Decimal) -> Result<Decimal, MoneyError> {
    checked_div(checked_mul(credit, percent)?, Decimal::ONE_HUNDRED)
}

/// An amount taken from the wallet on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Deduction {
    /// The day it is posted: for WhatsApp fees `lag_days` after the messages go out, so perhaps
    /// in the next month.
    pub day: NaiveDate,
    /// How much.
    pub amount: Decimal,
}

/// A wallet's state between months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wallet {
    /// The balance after everything posted so far; the next month opens with it.
    pub balance: Decimal,
    /// The credit value (each top-up's amount).
    pub credit: Decimal,
    /// The top-up rule.
    pub rule: TopUp,
}

impl Wallet {
    /// A wallet opened with one credit value: a plan's wallet starts with that balance, whatever
    /// its rule.
    pub fn open(credit: Decimal, rule: TopUp) -> Wallet {
        Wallet { balance: credit, credit, rule }
    }

    /// Applies one month's `deductions` (sorted by day), topping up after each one as the rule
    /// says (one event a day, however many top-ups); `card_direct` is what the card pays outside
    /// the wallet, `pending` what is left for next month.
    pub fn month(
        &mut self,
        deductions: &[Deduction],
        card_direct: Decimal,
        pending: Decimal,
    ) -> Result<WalletMonth, MoneyError> {
        let opening = self.balance;
        let mut top_ups: Vec<TopUpEvent> = Vec::new();
        let mut deducted = Decimal::ZERO;
        let mut without_top_ups = opening;
        let mut blocked_from = None;
        // The rule's line, worked out at the first deduction (and any error named after its day).
        let mut line: Option<Line> = None;
        for d in deductions {
            self.balance = checked_sub(self.balance, d.amount)?;
            deducted = checked_add(deducted, d.amount)?;
            without_top_ups = checked_sub(without_top_ups, d.amount)?;
            if blocked_from.is_none() && d.amount > Decimal::ZERO && without_top_ups <= Decimal::ZERO {
                blocked_from = Some(d.day);
            }
            // As many top-ups as it takes: one per check would leave a large late posting unpaid
            // (Lago #6177 in the reference).
            let top_ups_of = |e: MoneyError| e.of(format!("the top-ups of {}", d.day));
            let rule = match line {
                Some(l) => l,
                None => *line.insert(self.rule.line(self.credit).map_err(top_ups_of)?),
            };
            let n = rule.needed(self.balance, self.credit).map_err(top_ups_of)?;
            if n == 0 {
                continue;
            }
            let amount =
                checked_mul(self.credit, Decimal::from(n)).map_err(|e| e.of(format!("the top-ups of {}", d.day)))?;
            self.balance = checked_add(self.balance, amount)?;
            match top_ups.last_mut() {
                Some(day) if day.date == d.day => {
                    day.amount = checked_add(day.amount, amount)?;
                    day.count = day.count.checked_add(n).ok_or(MoneyError::Overflow)?;
                }
                _ => top_ups.push(TopUpEvent { date: d.day, amount, count: n }),
            }
        }
        top_ups
            .iter()
            .try_fold(0u64, |n, t| n.checked_add(t.count))
            .ok_or_else(|| MoneyError::TooLarge("the month's number of top-ups".into()))?;
        let topped = top_ups.iter().try_fold(Decimal::ZERO, |sum, t| checked_add(sum, t.amount))?;
        Ok(WalletMonth {
            opening,
            closing: self.balance,
            top_ups,
            blocked_from,
            deducted,
            pending,
            card_charged: checked_add(topped, card_direct)?,
        })
    }
}

/// A wallet between months: its balance and what is posted late.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletState {
    wallet: Wallet,
    pending: Vec<Deduction>,
}

/// Wallets by plan, carried from month to month.
pub type Wallets = BTreeMap<String, WalletState>;

/// Runs each wallet plan's wallet through the scenario's month, from `wallets` (a new wallet,
/// opened with one credit value, for a plan seen first).
pub fn attach(
    catalog: &Catalog,
    scenario: &Scenario,
    quotes: &mut [Quote],
    wallets: &mut Wallets,
) -> Result<(), RateError> {
    let day = scenario.month.first_day();
    for quote in quotes.iter_mut() {
        let Some((vendor, id)) = quote.plan.split_once('/') else { continue };
        let Some(card) = catalog.card(vendor) else { continue };
        let Some(spec) =
            card.version_at(day).ok().and_then(|v| v.plans.iter().find(|p| p.id == id)).and_then(|p| p.wallet.as_ref())
        else {
            continue;
        };
        let money = |source: MoneyError| RateError::Money { plan: quote.plan.clone(), source };
        let credit = match spec.credit_term.as_deref().and_then(|t| scenario.term(vendor, t)) {
            Some(TermValue::Money(c)) => *c,
            _ => spec.credit,
        };
        // A credit is money on the card: whole minor units (the loaders refuse any less), shown as
        // such (`250` → `250.00`).
        let credit = card.rounding.round(credit, card.currency);
        if !spec.values.is_empty() && !spec.values.contains(&credit) {
            let allowed = spec.values.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            quote.warnings.push(Warning {
                kind: WarningKind::UnverifiedRule,
                message: format!("wallet: a credit value of {credit} is not one the vendor lists ({allowed})"),
            });
        }
        if let Some(note) = &spec.note {
            quote.warnings.push(Warning { kind: WarningKind::UnverifiedRule, message: format!("wallet: {note}") });
        }
        let state = wallets
            .entry(quote.plan.clone())
            .or_insert_with(|| WalletState { wallet: Wallet::open(credit, spec.top_up), pending: Vec::new() });
        state.wallet.credit = credit;
        state.wallet.rule = spec.top_up;
        let (mut due, later) = deductions(spec, quote, scenario, std::mem::take(&mut state.pending)).map_err(money)?;
        due.sort();
        let card_direct = quote
            .lines_of(Payee::Vendor)
            .filter(|l| !spec.pays_line(l))
            .try_fold(Decimal::ZERO, |a, l| checked_add(a, l.amount))
            .map_err(|e| money(e.of("what the card pays outside the wallet")))?;
        let pending = later
            .iter()
            .try_fold(Decimal::ZERO, |a, d| checked_add(a, d.amount))
            .map_err(|e| money(e.of("the costs posted next month")))?;
        let month = state.wallet.month(&due, card_direct, pending).map_err(|e| money(e.of("the wallet")))?;
        quote.wallet = Some(month);
        state.pending = later;
    }
    Ok(())
}

/// The month's deductions due within it (with those carried in), and those posted after it. A
/// day's postings are one deduction: the wallet tops up after the day's whole amount either way
/// (a day's top-ups are one event), so one sum a day gives the same month with fewer steps.
fn deductions(
    spec: &WalletSpec,
    quote: &Quote,
    scenario: &Scenario,
    carried: Vec<Deduction>,
) -> Result<(Vec<Deduction>, Vec<Deduction>), MoneyError> {
    let month = scenario.month;
    let last = month.last_day();
    let days: Vec<NaiveDate> = month.first_day().iter_days().take_while(|d| *d <= last).collect();
    let weights: Vec<u32> = days
        .iter()
        .map(|d| {
            scenario.weekdays.map_or(1, |w| w.get(d.weekday().num_days_from_monday() as usize).copied().unwrap_or(1))
        })
        .collect();
    let unit = Decimal::new(1, quote.currency.minor_units());
    // What each day's usage costs, and what is charged on the month's last day.
    let mut daily: Vec<Decimal> = vec![Decimal::ZERO; days.len()];
    let mut monthly = Decimal::ZERO;
    for line in quote.lines_of(Payee::Vendor).filter(|l| spec.pays_line(l)) {
        if line.code == "passthrough" {
            let shares = split(line.amount, unit, &weights)
                .map_err(|e| e.of(format!("`{}` spread over the month's days", line.description)))?;
            for (sum, share) in daily.iter_mut().zip(shares) {
                *sum = checked_add(*sum, share)?;
            }
        } else {
            monthly = checked_add(monthly, line.amount)?;
        }
    }
    let mut all = carried;
    for (day, amount) in days.iter().zip(daily) {
        if !amount.is_zero() {
            // INVARIANT (loader): `lag_days` is at most a year, so the day exists.
            let posted = day
                .checked_add_days(Days::new(u64::from(spec.lag_days)))
                .ok_or_else(|| MoneyError::TooLarge(format!("a posting {} days after {day}", spec.lag_days)))?;
            all.push(Deduction { day: posted, amount });
        }
    }
    if !monthly.is_zero() {
        all.push(Deduction { day: last, amount: monthly });
    }
    Ok(all.into_iter().partition(|d| d.day <= last))
}

/// Splits `amount` (a multiple of `unit`, the currency's minor unit) over `weights`, exactly:
/// each share is whole minor units and the shares add up to `amount` (largest remainders first,
/// earlier days first among equals). Integer arithmetic on the count of minor units: this runs
/// for every day of every month of every wallet plan of a simulation, and of every quote.
pub fn split(amount: Decimal, unit: Decimal, weights: &[u32]) -> Result<Vec<Decimal>, MoneyError> {
    let zeros = || weights.iter().map(|_| Decimal::ZERO).collect();
    let total = weights.iter().try_fold(0u128, |sum, w| sum.checked_add(u128::from(*w))).ok_or(MoneyError::Overflow)?;
    // `amount` in minor units: its mantissa at the unit's scale (both are whole minor units).
    let scale = unit.scale();
    let mut whole = amount.trunc_with_scale(scale);
    whole.rescale(scale);
    let units = u128::try_from(whole.mantissa()).unwrap_or(0);
    if total == 0 || units == 0 {
        return Ok(zeros());
    }
    // Each day's share of the units, and what is left over of it, in units × weight / total.
    let mut shares = Vec::with_capacity(weights.len());
    let mut order = Vec::with_capacity(weights.len());
    for (i, w) in weights.iter().enumerate() {
        let scaled = units.checked_mul(u128::from(*w)).ok_or(MoneyError::Overflow)?;
        shares.push(scaled.checked_div(total).ok_or(MoneyError::Overflow)?);
        order.push((i, scaled.checked_rem(total).ok_or(MoneyError::Overflow)?));
    }
    let given = shares.iter().try_fold(0u128, |sum, s| sum.checked_add(*s)).ok_or(MoneyError::Overflow)?;
    let mut left = units.saturating_sub(given);
    order.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (i, _) in order {
        if left == 0 {
            break;
        }
        if let Some(s) = shares.get_mut(i) {
            *s = s.saturating_add(1);
            left = left.saturating_sub(1);
        }
    }
    shares
        .into_iter()
        .map(|s| {
            let s = i128::try_from(s).map_err(|_| MoneyError::Overflow)?;
            Decimal::try_from_i128_with_scale(s, scale).map_err(|_| MoneyError::Overflow)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, n).unwrap()
    }

    #[test]
    fn splits_are_exact() {
        let shares = split(d("10.00"), d("0.01"), &[1, 1, 1]).unwrap();
        assert_eq!(shares, [d("3.34"), d("3.33"), d("3.33")]);
        assert_eq!(split(d("0.05"), d("0.01"), &[1, 0, 1]).unwrap().iter().sum::<Decimal>(), d("0.05"));
        assert_eq!(split(d("7"), d("0.01"), &[0, 0]).unwrap(), [Decimal::ZERO, Decimal::ZERO]);
    }

    #[test]
    fn z3_twenty_five_steps_of_ten_dollars() {
        // billing-edge-cases Z3: credit $100, top-up at 80% used, $250 spent in $10 steps.
        let mut w = Wallet::open(d("100"), TopUp::WhenUsed { percent: d("80") });
        let steps: Vec<Deduction> = (1..=25).map(|i| Deduction { day: day(i), amount: d("10") }).collect();
        let m = w.month(&steps, Decimal::ZERO, Decimal::ZERO).unwrap();
        assert_eq!(m.top_up_count(), 2);
        assert_eq!(m.top_ups[0].date, day(8)); // $80 spent
        assert_eq!(m.top_ups[1].date, day(18)); // $180 spent
        assert_eq!(m.closing, d("50"));
        assert_eq!(m.blocked_from, Some(day(10)));
    }

    #[test]
    fn z3_one_late_lump_needs_two_top_ups_at_once() {
        let mut w = Wallet::open(d("100"), TopUp::WhenUsed { percent: d("80") });
        let m = w.month(&[Deduction { day: day(4), amount: d("250") }], Decimal::ZERO, Decimal::ZERO).unwrap();
        assert_eq!(m.top_up_count(), 2);
        assert_eq!(m.closing, d("50"));
    }

    #[test]
    fn z3_deposit_safety_net() {
        let mut w = Wallet::open(d("100"), TopUp::SafetyNet { percent: d("10") });
        let m = w.month(&[Deduction { day: day(3), amount: d("60") }], Decimal::ZERO, Decimal::ZERO).unwrap();
        assert!(m.top_ups.is_empty());
        assert_eq!(m.closing, d("40"));
        // Landing exactly on the net is not below it; a cent further is.
        let m = w.month(&[Deduction { day: day(5), amount: d("30") }], Decimal::ZERO, Decimal::ZERO).unwrap();
        assert!(m.top_ups.is_empty());
        assert_eq!(m.closing, d("10"));
        let m = w.month(&[Deduction { day: day(6), amount: d("0.01") }], Decimal::ZERO, Decimal::ZERO).unwrap();
        assert_eq!(m.top_up_count(), 1);
        assert_eq!(m.closing, d("109.99"));
    }

    #[test]
    fn landing_exactly_on_the_used_threshold_tops_up() {
        let mut w = Wallet::open(d("100"), TopUp::WhenUsed { percent: d("80") });
        let m = w.month(&[Deduction { day: day(2), amount: d("79.99") }], Decimal::ZERO, Decimal::ZERO).unwrap();
        assert!(m.top_ups.is_empty());
        let m = w.month(&[Deduction { day: day(3), amount: d("0.01") }], Decimal::ZERO, Decimal::ZERO).unwrap();
        assert_eq!(m.top_up_count(), 1);
        assert_eq!(m.closing, d("120.00"));
    }
}
