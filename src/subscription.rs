//! How an anniversary-billed subscription (a plan with [`Billing`]) runs from one billing period
//! to the next: which period a month's invoice covers, whether it pays a term up front or only
//! checks the contacts, and how many contacts it is paid for after the price floor.
//!
//! The rules, from User.com's help (`../shared/reference/vendors.md` §3) and, where it is silent,
//! our choices (docs/SUBSCRIPTIONS.md):
//! - contacts are counted at each billing date; the scenario's `contacts.database` of a month is
//!   that count for the period starting in that month;
//! - a term of N months is charged up front on its first billing date, for the contacts paid for
//!   then; on each later billing date of the term the contacts are checked and a range above the
//!   one paid for is charged for that month (the difference of the two ranges' prices, at the
//!   term's discount);
//! - when a long-term term ends the subscription is monthly again;
//! - the contacts paid for never fall below the first invoice's (the price floor).
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::anniversary::{Period, billing_date, period_in};
use crate::quote::{Warning, WarningKind};
use crate::ratecard::{Charge, Commitment, Plan, TierMode};
use crate::scenario::{Scenario, TermValue};

/// One billing period of a subscription, as its invoice sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cycle<'p> {
    /// The days this invoice covers (one month: the next billing date is the next check).
    pub period: Period,
    /// The term on sale that this period falls in: how many months are paid up front, at what
    /// discount.
    pub commitment: &'p Commitment,
    /// The whole term's days; the same as `period` for a monthly term.
    pub term: Period,
    /// True on the term's first billing date, when the whole term is charged up front.
    pub up_front: bool,
    /// Contacts counted at the billing date.
    pub contacts: u64,
    /// Contacts paid for in this period: the count, raised to the floor, and within a term to
    /// the contacts paid for up front.
    pub paid: u64,
    /// The upper limit of the range holding `paid`; `None` in the open last range.
    pub paid_limit: Option<u64>,
    /// Contacts paid for on the term's first billing date.
    pub term_paid: u64,
    /// The first invoice's contacts, when known: the floor.
    pub floor: Option<u64>,
    /// What the invoice's reader must know (an unknown floor).
    pub warnings: Vec<Warning>,
}

/// What earlier periods of each subscription left behind: a simulation carries it from month to
/// month; a one-month quote starts with none.
#[derive(Debug, Clone, Default)]
pub struct Subscriptions(BTreeMap<String, Paid>);

#[derive(Debug, Clone, Copy, Default)]
struct Paid {
    first: Option<u64>,
    term: Option<u64>,
}

impl Subscriptions {
    /// No history.
    pub fn new() -> Subscriptions {
        Subscriptions::default()
    }
}

/// Where a subscription stands in the scenario's month.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing<'p> {
    /// Bought after the month: nothing is billed yet.
    NotStarted(NaiveDate),
    /// Billed in the month: the period whose billing date falls in it.
    Billed(Box<Cycle<'p>>),
}

/// The billing period of `vendor`'s `plan` that starts in the scenario's month, remembered in
/// `history` for the months after; `None` for a plan without anniversary billing.
pub fn cycle<'p>(
    vendor: &str,
    plan: &'p Plan,
    scenario: &Scenario,
    history: &mut Subscriptions,
) -> Option<Standing<'p>> {
    plan.billing.as_ref()?;
    let past = history.0.entry(format!("{vendor}/{}", plan.id)).or_default();
    Some(match period(vendor, plan, scenario, past, true)? {
        Ok(cycle) => Standing::Billed(Box::new(cycle)),
        Err(start) => Standing::NotStarted(start),
    })
}

/// [`cycle`] for a one-month quote (no history), as the sampler prices it many times over: the
/// period, or the start date of a subscription bought after the month. It allocates nothing
/// unless `warn` asks for its warnings.
pub fn fresh<'p>(
    vendor: &str,
    plan: &'p Plan,
    scenario: &Scenario,
    warn: bool,
) -> Option<Result<Cycle<'p>, NaiveDate>> {
    period(vendor, plan, scenario, &mut Paid::default(), warn)
}

fn period<'p>(
    vendor: &str,
    plan: &'p Plan,
    scenario: &Scenario,
    past: &mut Paid,
    warn: bool,
) -> Option<Result<Cycle<'p>, NaiveDate>> {
    let billing = plan.billing.as_ref()?;
    // INVARIANT (loader): a plan with billing has exactly one flat range charge and a standard
    // monthly commitment first.
    let (of, ranges) = plan.charges.iter().find_map(|c| match c {
        Charge::Tiered { of, mode: TierMode::Flat, tiers, .. } => Some((of, tiers)),
        _ => None,
    })?;
    let standard = billing.commitments.first()?;
    let term = |name: &str| scenario.term(vendor, name);
    let start = match term(&billing.start_term) {
        Some(TermValue::Date(d)) => *d,
        _ => scenario.month.first_day(),
    };
    let Some((n, period)) = period_in(start, scenario.month) else { return Some(Err(start)) };
    let chosen = match term(&billing.commitment_term) {
        Some(TermValue::Choice(id)) => billing.commitments.iter().find(|c| c.id == *id).unwrap_or(standard),
        _ => standard,
    };
    // The first term is the one bought; after it the subscription is monthly.
    let (commitment, month_of_term) = if n < chosen.months { (chosen, n) } else { (standard, 0) };
    // `month_of_term` is `n` or 0.
    let term_start = n.saturating_sub(month_of_term);
    let term_days = billing_date(start, term_start)
        .zip(billing_date(start, term_start.saturating_add(commitment.months)))
        .map_or(period, |(from, to)| Period { from, to });
    let given_floor = match term(&billing.floor_term) {
        Some(TermValue::Count(c)) => Some(*c),
        _ => None,
    };
    let floor = past.first.or(given_floor);
    let mut warnings = Vec::new();
    if warn && floor.is_none() && n > 0 {
        warnings.push(Warning {
            kind: WarningKind::UnknownFloor,
            message: format!(
                "the subscription started {start}: the first invoice's contacts are not known, so no price floor is applied; give them as `{}` under [vendors.{vendor}]",
                billing.floor_term
            ),
        });
    }
    let contacts = scenario.usage.get(of);
    let counted = contacts.max(floor.unwrap_or(0));
    let term_paid = match month_of_term {
        0 => counted,
        // Within the first term the up-front payment was the first invoice.
        _ => past.term.or(if term_start == 0 { floor } else { None }).unwrap_or(counted),
    };
    if n == 0 {
        past.first = Some(counted);
    }
    if month_of_term == 0 {
        past.term = Some(counted);
    }
    let paid = counted.max(term_paid);
    let paid_limit = ranges.iter().find(|t| t.up_to.is_none_or(|u| paid <= u)).and_then(|t| t.up_to);
    Some(Ok(Cycle {
        period,
        commitment,
        term: term_days,
        up_front: month_of_term == 0,
        contacts,
        paid,
        paid_limit,
        term_paid,
        floor,
        warnings,
    }))
}
