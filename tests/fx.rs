//! One display currency: dated exchange rates with their provenance, all plans ranked by the
//! converted total, the cheapest overall and per vendor, unit economics.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{quotes, scenario};
use pricesim::quote::WarningKind;

#[test]
fn a_usd_plan_is_converted_at_the_rate_in_force_and_says_which() {
    let s = scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n");
    let c = quotes(&s);
    let starter = c.quotes.iter().find(|q| q.plan == "woztell/starter").unwrap();
    // $49.00 at 1 / 1.1721 = 0.853170 (the ECB's rate of 2026-01-02) → €41.80533 → €41.81.
    assert_eq!(starter.total_in_display_currency.unwrap().to_string(), "41.81");
    let x = starter.exchange.as_ref().unwrap();
    assert_eq!((x.rate.to_string(), x.date.to_string()), ("0.85317".into(), "2026-01-02".into()));
    assert!(
        starter
            .warnings
            .iter()
            .any(|w| w.kind == WarningKind::UnpublishedRate && w.message.contains("reconstructed rate of 2026-01-02"))
    );
    // Every plan is ranked by its converted total.
    let totals: Vec<_> = c.quotes.iter().map(|q| q.total_in_display_currency.unwrap()).collect();
    assert!(totals.windows(2).all(|w| w[0] <= w[1]), "{totals:?}");
    // $49.00 each: ties go by plan name.
    assert_eq!(c.cheapest.as_deref(), Some("usercom/standard"));
    assert_eq!(c.cheapest_by_vendor["woztell"], "woztell/starter");
    assert_eq!(c.cheapest_by_vendor["web1on1"], "web1on1/base");
    assert_eq!(c.cheapest_by_vendor["usercom"], "usercom/standard");
    // Unit economics in the display currency.
    assert_eq!(starter.unit_costs.as_ref().unwrap().per_engaged_contact.unwrap().to_string(), "0.4181");
}

#[test]
fn a_month_before_any_rate_is_not_converted_and_not_ranked() {
    let s = scenario("version = 1\nmonth = \"2021-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n");
    let c = quotes(&s);
    let usd: Vec<_> = c.quotes.iter().filter(|q| q.currency.code() == "USD").collect();
    assert!(!usd.is_empty());
    for q in usd {
        assert_eq!(q.total_in_display_currency, None, "{}", q.plan);
        assert!(q.warnings.iter().any(|w| w.kind == WarningKind::NoExchangeRate), "{}", q.plan);
    }
}

#[test]
fn a_plan_that_leaves_outcomes_out_is_never_the_cheapest() {
    let s = scenario(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n[outcomes.agent]\ntest_drive = 10\n",
    );
    let c = quotes(&s);
    let usercom = c.quotes.iter().find(|q| q.plan == "usercom/standard").unwrap();
    let base = c.quotes.iter().find(|q| q.plan == "web1on1/base").unwrap();
    assert!(usercom.total_in_display_currency < base.total_in_display_currency, "a cheaper invoice…");
    assert!(usercom.warnings.iter().any(|w| w.kind == WarningKind::NotOffered), "…that leaves the test drives out");
    assert_eq!((usercom.rank, usercom.cost.as_ref()), (None, None));
    assert_eq!(c.cheapest.as_deref(), Some("web1on1/base"));
    assert_eq!((c.quotes[0].plan.as_str(), c.quotes[0].rank), ("web1on1/base", Some(1)));
}

#[test]
fn every_display_currency_the_app_offers_ranks_the_example() {
    // The app offers the currencies the shipped rates reach: the cards' EUR and USD, and the ECB's
    // GBP and INR rates (a USD plan in pounds or rupees crosses through the euro).
    let catalog = pricesim::catalog::Catalog::shipped().unwrap();
    let offered = catalog.display_currencies();
    let codes: Vec<&str> = offered.iter().map(|c| c.code()).collect();
    assert_eq!(codes, ["EUR", "GBP", "INR", "USD"]);
    let example = std::fs::read_to_string("examples/dealer-nl.toml").unwrap();
    for currency in offered {
        let s = scenario(&example.replace("currency = \"EUR\"", &format!("currency = \"{currency}\"")));
        let c = quotes(&s);
        let unranked: Vec<&str> = c.quotes.iter().filter(|q| q.rank.is_none()).map(|q| q.plan.as_str()).collect();
        assert!(unranked.is_empty(), "{currency}: {unranked:?} not ranked");
        assert_eq!(c.quotes.len(), 7, "{currency}");
        assert!(c.quotes.iter().all(|q| !q.warnings.iter().any(|w| w.kind == WarningKind::NoExchangeRate)));
    }
    // In pounds, a dollar plan converts at the cross rate of December 2026: 1 USD = 0.8294 /
    // 1.1721 GBP = 0.7076188… → 0.707619, dated 2025-01-02 (the older of the two ECB rates), as
    // weak as the weaker (the GBP rate is unverified).
    let s = scenario(&example.replace("currency = \"EUR\"", "currency = \"GBP\""));
    let starter = quotes(&s).quotes.into_iter().find(|q| q.plan == "woztell/starter").unwrap();
    let x = starter.exchange.unwrap();
    assert_eq!((x.rate.to_string(), x.date.to_string()), ("0.707619".into(), "2025-01-02".into()));
    assert_eq!(x.source.status, pricesim::ratecard::Status::Unverified);
    // $113.00 × 0.707619 = £79.960947 → £79.96.
    assert_eq!(starter.total_in_display_currency.unwrap().to_string(), "79.96");
}
