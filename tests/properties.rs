//! Laws that hold for every scenario: totals add up, more usage never costs less, JSON round-trips.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::compare::{Comparison, compare};
use pricesim::money::Currency;
use pricesim::month::Month;
use pricesim::quote::{Payee, WarningKind};
use pricesim::scenario::{Scenario, TermValue};
use pricesim::usage::{OUTCOMES, Usage, UsageKey};
use proptest::prelude::*;

/// Every usage name a scenario can hold, with WhatsApp rows in markets of different prices (the
/// free tier is shared between them) and a market with a volume tier.
fn all_keys() -> Vec<UsageKey> {
    let mut keys: Vec<UsageKey> = pricesim::usage::METRICS.iter().map(|m| UsageKey::parse(m).unwrap()).collect();
    for o in OUTCOMES {
        keys.push(UsageKey::outcome("agent", o));
        keys.push(UsageKey::outcome("bot", o));
    }
    for (country, category) in [
        ("NL", "marketing"),
        ("NL", "service"),
        ("DE", "service"),
        ("DE", "utility"),
        ("IN", "utility"),
        ("US", "authentication"),
        ("LU", "marketing"),
        ("NL", "free_entry_point"),
    ] {
        keys.push(UsageKey::whatsapp(country, category));
    }
    keys
}

/// Months under each WhatsApp pricing version.
const MONTHS: [&str; 5] = ["2022-05", "2023-09", "2024-11", "2025-09", "2026-12"];

fn scenario_strategy() -> impl Strategy<Value = Scenario> {
    let keys = all_keys();
    let n = keys.len();
    (
        prop::collection::vec((0..n, 0u64..20_000), 0..12),
        prop::option::of((0u64..5_000, 0u64..100_000, 0u64..50)),
        0..MONTHS.len(),
    )
        .prop_map(move |(counts, enterprise, month)| {
            let mut usage = Usage::default();
            for (i, c) in counts {
                usage.set(keys[i].clone(), c);
            }
            let mut s = Scenario {
                name: Some("p".into()),
                month: MONTHS[month].parse::<Month>().unwrap(),
                currency: Currency::EUR,
                usage,
                terms: Default::default(),
                weekdays: None,
                months: Vec::new(),
                in_house: Default::default(),
                ranges: Default::default(),
                quote: Default::default(),
            };
            if let Some((fee, points, cents)) = enterprise {
                let terms = s.terms.entry("web1on1".into()).or_default();
                terms.insert("enterprise_fee".into(), TermValue::Money(fee.into()));
                terms.insert("enterprise_points".into(), TermValue::Count(points));
                terms.insert(
                    "enterprise_point_price".into(),
                    TermValue::Money(rust_decimal::Decimal::new(cents as i64, 2)),
                );
            }
            s
        })
}

/// The shipped cards plus the fixture card's plans whose cost cannot fall as usage grows.
/// (Volume tiers can: 1,000 units at $0.002 cost more than 1,001 at $0.001, by the vendor's design.)
fn catalogs() -> Vec<(Catalog, Vec<String>)> {
    let acme = Catalog::load_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cards"))).unwrap();
    vec![
        (Catalog::shipped().unwrap(), vec![]),
        (acme, vec!["acme/seats".into(), "acme/graduated".into(), "acme/ranges".into()]),
    ]
}

fn quote_all(s: &Scenario) -> Vec<Comparison> {
    catalogs()
        .iter()
        .map(|(c, only)| {
            let mut s = s.clone();
            s.currency = c.cards()[0].currency;
            if c.card("web1on1").is_none() {
                s.terms.clear();
                s.month = "2024-06".parse().unwrap(); // the fixture's first version has every plan
            }
            compare(c, &s, only).unwrap()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_total_is_the_sum_of_its_rounded_lines(s in scenario_strategy()) {
        for c in quote_all(&s) {
            for q in &c.quotes {
                // Added here, not with the library's own `sum_lines`: the vendor's lines only.
                let mut vendor = rust_decimal::Decimal::ZERO;
                for l in q.lines.iter().filter(|l| l.payee == Payee::Vendor) {
                    vendor += l.amount;
                }
                prop_assert_eq!(q.total, vendor, "{}", q.plan);
                for l in &q.lines {
                    prop_assert_eq!(l.amount.scale(), l.currency.minor_units(), "{} {}", q.plan, l.amount);
                    prop_assert!(!l.amount.is_sign_negative());
                    if l.payee == Payee::Vendor {
                        prop_assert_eq!(l.currency, q.currency, "{}: the vendor bills in one currency", q.plan);
                    }
                }
            }
        }
    }

    #[test]
    fn more_of_any_usage_never_costs_less_on_one_plan(s in scenario_strategy(), key in 0..all_keys().len(), more in 1u64..5_000) {
        let key = &all_keys()[key];
        let mut bigger = s.clone();
        bigger.usage.set(key.clone(), s.usage.get(key) + more);
        for (before, after) in quote_all(&s).iter().zip(quote_all(&bigger).iter()) {
            for q in &before.quotes {
                let q2 = after.quotes.iter().find(|x| x.plan == q.plan).unwrap();
                // An incomplete quote's total leaves out usage whose price is unknown (a range past
                // the last known one, say): it is a lower bound, flagged, not a cost to compare.
                if q2.incomplete {
                    prop_assert!(q2.warnings.iter().any(|w| w.kind == WarningKind::UnknownPrice));
                    continue;
                }
                prop_assert!(q2.total >= q.total, "{}: {} more `{}` took {} down to {}", q.plan, more, key, q.total, q2.total);
            }
        }
    }

    #[test]
    fn scenarios_and_quotes_round_trip_through_json(s in scenario_strategy()) {
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Scenario>(&json).unwrap(), &s);
        for c in quote_all(&s) {
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(&serde_json::from_str::<Comparison>(&json).unwrap(), &c);
        }
    }
}
