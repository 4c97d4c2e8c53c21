//! User.com's contact-range subscription: anniversary billing, the price floor, range jumps,
//! long-term terms and the email quota (`ratecards/usercom.toml`, example prices: Contacts up to
//! 250 $49, up to 500 $69, up to 1,000 $99, up to 2,500 $149; quarterly −5 %).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use chrono::{Datelike, NaiveDate};
use pricesim::anniversary::{billing_date, period_in};
use pricesim::catalog::Catalog;
use pricesim::compare::{CompareError, compare};
use pricesim::month::Month;
use pricesim::quote::{Quote, WarningKind};
use pricesim::simulate::simulate;
use proptest::prelude::*;
use rust_decimal::Decimal;

use common::scenario;

const PLAN: &str = "usercom/standard";

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn at(month: &str, body: &str) -> pricesim::scenario::Scenario {
    scenario(&format!("version = 1\nmonth = \"{month}\"\ncurrency = \"USD\"\n{body}"))
}

fn quote(month: &str, body: &str) -> Quote {
    compare(&Catalog::shipped().unwrap(), &at(month, body), &[PLAN.to_string()]).unwrap().quotes.remove(0)
}

/// Each month's total and lines of `months` months of `body` from July 2026.
fn months(months: u32, body: &str) -> Vec<(String, Vec<String>)> {
    let sim = simulate(&Catalog::shipped().unwrap(), &at("2026-07", body), months, Decimal::ZERO, &[PLAN.to_string()])
        .unwrap();
    sim.months
        .iter()
        .map(|m| {
            let q = &m.quotes[0];
            (q.total.to_string(), q.lines.iter().map(|l| format!("{} = {}", l.description, l.amount)).collect())
        })
        .collect()
}

fn totals(rows: &[(String, Vec<String>)]) -> Vec<&str> {
    rows.iter().map(|(t, _)| t.as_str()).collect()
}

#[test]
fn bought_on_12_july_the_next_bill_is_12_august() {
    // The seed: "if you purchase subscription July 12, next billing date will be August 12".
    let q = quote(
        "2026-08",
        "[contacts]\ndatabase = 300\n[vendors.usercom]\nstart = \"2026-07-12\"\ncontacts_paid = 300\n",
    );
    let p = q.period.unwrap();
    assert_eq!((p.from, p.to), (d("2026-08-12"), d("2026-09-12")));
    assert_eq!(q.total.to_string(), "69.00");
    assert_eq!(q.lines[0].description, "Contacts (251 to 500), 2026-08-12 to 2026-09-12");
}

#[test]
fn the_price_never_falls_below_the_first_invoice() {
    // The seed: "first month you paid for 500 contacts, next month you have only 250 contacts in
    // database - the price won't decrease".
    let body = "[contacts]\ndatabase = 500\n[[months]]\nmonth = \"2026-08\"\n[months.contacts]\ndatabase = 250\n\
                [vendors.usercom]\nstart = \"2026-07-12\"\n";
    let rows = months(2, body);
    assert_eq!(totals(&rows), ["69.00", "69.00"]);
    assert_eq!(
        rows[1].1,
        ["Contacts (251 to 500), 2026-08-12 to 2026-09-12; price floor: the first invoice's 500 contacts = 69.00"]
    );
    // The same month alone, told the first invoice's contacts.
    let q = quote(
        "2026-08",
        "[contacts]\ndatabase = 250\n[vendors.usercom]\nstart = \"2026-07-12\"\ncontacts_paid = 500\n",
    );
    assert_eq!(q.total.to_string(), "69.00");
}

#[test]
fn growth_past_a_range_bills_the_next_range_from_the_next_billing_date() {
    let body = "[contacts]\ndatabase = 480\n[[months]]\nmonth = \"2026-08\"\n[months.contacts]\ndatabase = 501\n\
                [vendors.usercom]\nstart = \"2026-07-12\"\n";
    let rows = months(3, body);
    // 501 contacts in August jump the whole price to the next range; September keeps 480 again
    // but the floor is July's 480, so it falls back.
    assert_eq!(totals(&rows), ["69.00", "99.00", "69.00"]);
    assert_eq!(rows[1].1, ["Contacts (501 to 1000), 2026-08-12 to 2026-09-12 = 99.00"]);
}

#[test]
fn one_contact_above_a_range_moves_the_whole_price() {
    // billing-edge-cases A2: threshold pricing, not a per-contact overage.
    let start = "[vendors.usercom]\nstart = \"2026-08-01\"\n";
    assert_eq!(quote("2026-08", &format!("[contacts]\ndatabase = 500\n{start}")).total.to_string(), "69.00");
    assert_eq!(quote("2026-08", &format!("[contacts]\ndatabase = 501\n{start}")).total.to_string(), "99.00");
}

#[test]
fn a_quarterly_term_is_paid_up_front_checked_monthly_and_then_monthly() {
    let body = "[contacts]\ndatabase = 400\n\
                [[months]]\nmonth = \"2026-09\"\n[months.contacts]\ndatabase = 800\n\
                [[months]]\nmonth = \"2026-10\"\n[months.contacts]\ndatabase = 800\n\
                [vendors.usercom]\nstart = \"2026-07-12\"\nterm = \"quarterly\"\n";
    let rows = months(4, body);
    // July: 3 × $69 less 5 % = $196.65 up front. August: no change, nothing billed. September:
    // 800 contacts, above the 251-500 range paid for: ($99 − $69) less 5 % = $28.50. October: the
    // term has ended, monthly at the standard price of 800 contacts.
    assert_eq!(totals(&rows), ["196.65", "0.00", "28.50", "99.00"]);
    assert_eq!(
        rows[0].1,
        ["Contacts (251 to 500), quarterly term 2026-07-12 to 2026-10-12, 3 months up front less 5% = 196.65"]
    );
    assert_eq!(
        rows[2].1,
        [
            "Contacts (501 to 1000) instead of the range paid for up front (251 to 500), 2026-09-12 to 2026-10-12 = 28.50"
        ]
    );
}

#[test]
fn the_email_quota_is_four_emails_per_contact_paid_for() {
    // U3: a 250-contact plan → 1,000 emails; beyond them sending stops, unless extra emails are
    // bought: 500 extra → the 1,000 minimum, $0.40; 2,500 extra → 3 started blocks, $1.20.
    let q = |sent: u64, extra: &str| {
        quote(
            "2026-08",
            &format!(
                "[contacts]\ndatabase = 200\n[email]\nsent = {sent}\n[vendors.usercom]\nstart = \"2026-08-01\"\n{extra}"
            ),
        )
    };
    assert_eq!(q(1000, "").meters[0].included, 1000);
    let stopped = q(1500, "");
    assert_eq!(stopped.total.to_string(), "49.00");
    assert!(
        stopped.warnings.iter().any(|w| w.kind == WarningKind::QuotaReached && w.message.contains("500 email.sent"))
    );
    assert!(!stopped.incomplete, "emails that cannot be sent leave nothing unpriced");
    assert_eq!(q(1500, "extra_emails = \"yes\"\n").total.to_string(), "49.40");
    assert_eq!(q(3500, "extra_emails = \"yes\"\n").total.to_string(), "50.20");
}

#[test]
fn the_email_quota_follows_the_floor() {
    // 500 contacts paid for on the first invoice: 2,000 emails even with 250 contacts now.
    let q = quote(
        "2026-08",
        "[contacts]\ndatabase = 250\n[email]\nsent = 2000\n[vendors.usercom]\nstart = \"2026-07-12\"\ncontacts_paid = 500\n",
    );
    assert_eq!((q.meters[0].included, q.meters[0].over), (2000, 0));
}

#[test]
fn a_subscription_not_bought_yet_is_left_out_and_said_so() {
    let catalog = Catalog::shipped().unwrap();
    let s = at("2026-06", "[vendors.usercom]\nstart = \"2026-07-12\"\n");
    let c = compare(&catalog, &s, &[]).unwrap();
    assert!(!c.quotes.iter().any(|q| q.plan == PLAN));
    assert!(
        c.notes.iter().any(|n| n == "usercom/standard: the subscription starts 2026-07-12, after 2026-06: not quoted")
    );
    let named = compare(&catalog, &s, &[PLAN.to_string()]).unwrap_err();
    assert!(matches!(named, CompareError::NotStarted { .. }), "{named}");
}

#[test]
fn an_unknown_first_invoice_is_flagged_not_guessed() {
    let q = quote("2026-08", "[contacts]\ndatabase = 250\n[vendors.usercom]\nstart = \"2026-01-12\"\n");
    assert_eq!(q.total.to_string(), "49.00");
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnknownFloor && w.message.contains("`contacts_paid`")));
    // In its first month the invoice is the first one: nothing to flag.
    let first = quote("2026-01", "[contacts]\ndatabase = 250\n[vendors.usercom]\nstart = \"2026-01-12\"\n");
    assert!(!first.warnings.iter().any(|w| w.kind == WarningKind::UnknownFloor));
}

#[test]
fn the_prices_used_are_flagged_as_examples() {
    let q = quote("2026-08", "[contacts]\ndatabase = 250\n");
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnpublishedPrice && w.message.contains("example price")));
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnverifiedRule));
}

/// The billing dates of a start, for `n` periods.
fn dates(start: &str, n: u32) -> Vec<String> {
    (0..n).map(|k| billing_date(d(start), k).unwrap().to_string()).collect()
}

#[test]
fn anniversaries_at_month_ends_table() {
    // billing-edge-cases A3.11, A3.13, A3.14 and U1.
    let table: &[(&str, u32, &[&str])] = &[
        (
            "2024-01-31",
            13,
            &[
                "2024-01-31",
                "2024-02-29",
                "2024-03-31",
                "2024-04-30",
                "2024-05-31",
                "2024-06-30",
                "2024-07-31",
                "2024-08-31",
                "2024-09-30",
                "2024-10-31",
                "2024-11-30",
                "2024-12-31",
                "2025-01-31",
            ],
        ),
        ("2025-01-31", 4, &["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"]),
        ("2024-01-30", 3, &["2024-01-30", "2024-02-29", "2024-03-30"]),
        ("2025-01-29", 3, &["2025-01-29", "2025-02-28", "2025-03-29"]),
        ("2025-01-28", 3, &["2025-01-28", "2025-02-28", "2025-03-28"]),
        ("2024-02-29", 4, &["2024-02-29", "2024-03-29", "2024-04-29", "2024-05-29"]),
        ("2026-07-12", 2, &["2026-07-12", "2026-08-12"]),
    ];
    for (start, n, want) in table {
        assert_eq!(dates(start, *n), *want, "start {start}");
    }
    // A 29 February start: February of later years falls on the 28th until the next leap year.
    let feb: Vec<String> =
        [12, 24, 36, 48].iter().map(|k| billing_date(d("2024-02-29"), *k).unwrap().to_string()).collect();
    assert_eq!(feb, ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
}

#[test]
fn four_years_of_starts_on_the_28th_to_the_31st() {
    // Every start on the 28th to the 31st (and 29 February) from 2024 to 2027, 48 billing dates
    // each: the start's day, or the month's last day when the month is shorter, one per month.
    for year in 2024..2028 {
        for month in 1..=12 {
            for day in 28..=31 {
                let Some(start) = NaiveDate::from_ymd_opt(year, month, day) else { continue };
                for k in 0..48u32 {
                    let date = billing_date(start, k).unwrap();
                    let m = Month::of(start).plus(k).unwrap();
                    assert_eq!(Month::of(date), m, "start {start}, period {k}");
                    let want = if m.last_day().day() < day { m.last_day().day() } else { day };
                    assert_eq!(date.day(), want, "start {start}, period {k}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Billing periods chain with no overlap and no gap, one per month, never skipping or
    /// repeating a month.
    #[test]
    fn billing_periods_tile_the_calendar(days in 0i64..73_000, n in 0u32..240) {
        let start = d("1950-01-01") + chrono::Duration::days(days);
        let month = Month::of(start).plus(n).unwrap();
        let (k, period) = period_in(start, month).unwrap();
        let (k2, next) = period_in(start, month.plus(1).unwrap()).unwrap();
        prop_assert_eq!(k, n);
        prop_assert_eq!(k2, n + 1);
        prop_assert_eq!(period.to, next.from);
        prop_assert!(period.from < period.to);
        prop_assert_eq!(Month::of(period.from), month);
        prop_assert!((28..=31).contains(&(period.to - period.from).num_days()));
        if n > 0 {
            let (_, before) = period_in(start, Month::of(start).plus(n - 1).unwrap()).unwrap();
            prop_assert_eq!(before.to, period.from);
        }
    }
}
