//! Anniversary billing: a subscription bought on a day bills again on that day of every month.
//!
//! A start on the 29th to the 31st bills on the last day of a shorter month and returns to its
//! own day when the month has it (31 January → 28 or 29 February → 31 March → 30 April): every
//! date is computed from the start, never from the previous billing date, so a short month never
//! pulls later dates earlier. This is Stripe's rule; User.com does not publish its own
//! (`../shared/reference/billing-edge-cases.md` U1, Kill Bill #127, Lago #1567). One consequence
//! the rest of the program relies on: every calendar month from the start's on holds exactly one
//! billing date, so billing period `n` is the one that starts in the `n`-th month after the start's.
#![deny(clippy::arithmetic_side_effects)]

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::month::Month;

/// The days one invoice covers: `from` inclusive, `to` exclusive (the next billing date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Period {
    /// The billing date, the first day covered: the start's day of the month, or the month's last
    /// day when it has no such day.
    pub from: NaiveDate,
    /// The next billing date, not covered.
    pub to: NaiveDate,
}

/// The `n`-th billing date after `start` (`n = 0` is `start`), on the start's day of the month or
/// the month's last day when it is shorter; `None` past the calendar's end.
pub fn billing_date(start: NaiveDate, n: u32) -> Option<NaiveDate> {
    let first = start.with_day(1)?.checked_add_months(Months::new(n))?;
    let last = Month::of(first).last_day();
    Some(first.with_day(start.day()).unwrap_or(last))
}

/// The billing period that starts in `month`, with its number (0 = the first invoice's); `None`
/// when `month` is before the start's.
pub fn period_in(start: NaiveDate, month: Month) -> Option<(u32, Period)> {
    let n = months_between(Month::of(start), month)?;
    Some((n, Period { from: billing_date(start, n)?, to: billing_date(start, n.checked_add(1)?)? }))
}

/// Whole months from `a` to `b`; `None` when `b` is before `a`.
fn months_between(a: Month, b: Month) -> Option<u32> {
    let (a, b) = (a.first_day(), b.first_day());
    let n =
        b.year().checked_sub(a.year())?.checked_mul(12)?.checked_add(b.month() as i32)?.checked_sub(a.month() as i32)?;
    u32::try_from(n).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_seeds_example_bills_on_the_same_day_next_month() {
        assert_eq!(billing_date(d("2026-07-12"), 1), Some(d("2026-08-12")));
    }

    #[test]
    fn a_31st_clamps_to_short_months_and_returns() {
        let dates: Vec<NaiveDate> = (0..4).map(|n| billing_date(d("2024-01-31"), n).unwrap()).collect();
        assert_eq!(dates, [d("2024-01-31"), d("2024-02-29"), d("2024-03-31"), d("2024-04-30")]);
    }

    #[test]
    fn the_period_in_a_month_runs_to_the_next_billing_date() {
        let (n, p) = period_in(d("2025-01-30"), "2025-02".parse().unwrap()).unwrap();
        assert_eq!((n, p.from, p.to), (1, d("2025-02-28"), d("2025-03-30")));
        assert_eq!(period_in(d("2025-01-30"), "2024-12".parse().unwrap()), None);
    }
}
