//! Each pricing primitive, at its edges, on a made-up card (`tests/fixtures/cards/acme.toml`).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::compare::{CompareError, compare};
use pricesim::quote::{Quote, WarningKind};
use pricesim::scenario::load_str;

fn acme() -> Catalog {
    Catalog::load_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cards"))).unwrap()
}

fn quote_at(month: &str, plan: &str, body: &str) -> Result<Quote, CompareError> {
    let catalog = acme();
    let text = format!("version = 1\nmonth = \"{month}\"\ncurrency = \"USD\"\n{body}");
    let s = load_str(Path::new("t.toml"), &text, &catalog).unwrap();
    compare(&catalog, &s, &[plan.to_string()]).map(|mut c| c.quotes.remove(0))
}

fn quote(plan: &str, body: &str) -> Quote {
    quote_at("2024-06", plan, body).unwrap()
}

fn amounts(q: &Quote) -> Vec<(String, String, String)> {
    q.lines.iter().map(|l| (l.description.clone(), l.quantity.to_string(), l.amount.to_string())).collect()
}

#[test]
fn per_unit_above_an_included_amount() {
    // The Woztell seed's arithmetic: 11 agents → $5, 12 → $10, 1,200 active customers → $18, back under → nothing.
    assert_eq!(quote("acme/seats", "[agents]\nlivechat = 11\n").total.to_string(), "25.00");
    assert_eq!(quote("acme/seats", "[agents]\nlivechat = 12\n").total.to_string(), "30.00");
    assert_eq!(quote("acme/seats", "[contacts]\nactive = 1200\n").total.to_string(), "38.00");
    assert_eq!(quote("acme/seats", "[contacts]\nactive = 1120\n").total.to_string(), "30.80");
    assert_eq!(quote("acme/seats", "[agents]\nlivechat = 10\n[contacts]\nactive = 999\n").total.to_string(), "20.00");
}

#[test]
fn an_example_price_is_flagged_by_name() {
    let q = quote("acme/seats", "");
    let w: Vec<_> = q.warnings.iter().filter(|w| w.kind == WarningKind::UnpublishedPrice).collect();
    assert_eq!(w.len(), 1);
    assert_eq!(
        w[0].message,
        "Seats plan: 20.00 is an example price, not a published one: replace it with the figure from your contract"
    );
    assert!(!q.incomplete, "an example price is a price");
}

#[test]
fn graduated_tiers_price_each_unit_in_its_tier() {
    assert_eq!(
        amounts(&quote("acme/graduated", "[email]\nsent = 1000\n")),
        [("Emails (up to 1000)".into(), "1000".into(), "0.00".into())]
    );
    let q = quote("acme/graduated", "[email]\nsent = 7001\n");
    assert_eq!(
        amounts(&q),
        [
            ("Emails (up to 1000)".into(), "1000".into(), "0.00".into()),
            ("Emails (1001 to 5000)".into(), "4000".into(), "4.00".into()),
            ("Emails (above 5000)".into(), "2001".into(), "1.00".into()), // 1.0005 → 1.00 half-even
        ]
    );
    assert_eq!(q.total.to_string(), "5.00");
}

#[test]
fn volume_tiers_price_every_unit_at_the_reached_tier() {
    // Exact boundary: 1,000 stays in tier 1, 1,001 moves every unit to tier 2.
    assert_eq!(quote("acme/volume", "[email]\nsent = 1000\n").total.to_string(), "2.00");
    assert_eq!(quote("acme/volume", "[email]\nsent = 1001\n").total.to_string(), "1.00");
    assert!(quote("acme/volume", "").lines.is_empty());
}

#[test]
fn flat_ranges_jump_whole_and_an_unknown_range_is_never_zero() {
    assert_eq!(quote("acme/ranges", "[contacts]\ndatabase = 0\n").total.to_string(), "49.00");
    assert_eq!(quote("acme/ranges", "[contacts]\ndatabase = 1000\n").total.to_string(), "49.00");
    assert_eq!(quote("acme/ranges", "[contacts]\ndatabase = 1001\n").total.to_string(), "99.00");
    let q = quote("acme/ranges", "[contacts]\ndatabase = 5001\n");
    assert!(q.incomplete);
    assert!(q.lines.is_empty());
    assert!(q.warnings[0].message.contains("not published"), "{:?}", q.warnings);
    // database defaults to engaged
    assert_eq!(quote("acme/ranges", "[contacts]\nengaged = 2000\n").total.to_string(), "99.00");
}

#[test]
fn the_version_in_force_on_the_first_day_applies() {
    assert_eq!(quote_at("2025-06", "acme/seats", "").unwrap().total.to_string(), "20.00");
    let july = quote_at("2025-07", "acme/seats", "[agents]\nlivechat = 65\n").unwrap();
    assert_eq!(july.version.to_string(), "2025-07-01");
    // 55 × 0.067 = 3.685 → 3.68 under the card's half-even rule; the line is rounded once.
    assert_eq!(july.lines[1].amount.to_string(), "3.68");
    assert_eq!(july.total.to_string(), "33.68");
    assert!(july.warnings.iter().any(|w| w.message.contains("is a derived price")), "{:?}", july.warnings);
}

#[test]
fn a_month_before_the_first_version_is_an_error() {
    let e = quote_at("2023-12", "acme/seats", "").unwrap_err();
    assert_eq!(
        e.to_string(),
        "rate card `acme` has no version in force on 2023-12-01 (its first version starts 2024-01-01)"
    );
}

#[test]
fn a_plan_not_on_sale_that_month_is_an_error() {
    let e = quote_at("2025-08", "acme/volume", "").unwrap_err();
    assert_eq!(e.to_string(), "plan `acme/volume` is not in the version of its rate card in force in 2025-08");
}

#[test]
fn extra_units_sold_in_blocks_with_a_minimum() {
    // billing-edge-cases U3: 500 extra emails → the 1,000 minimum, $0.40; 2,500 extra → 3 started
    // blocks, $1.20, or 2.5 blocks pro rata, $1.00; none extra → nothing.
    let emails = |n: u64| format!("[email]\nsent = {n}\n");
    assert_eq!(quote("acme/blocks", &emails(1500)).total.to_string(), "0.40");
    assert_eq!(quote("acme/pro-rata", &emails(1500)).total.to_string(), "0.40");
    assert_eq!(quote("acme/blocks", &emails(3500)).total.to_string(), "1.20");
    assert_eq!(quote("acme/pro-rata", &emails(3500)).total.to_string(), "1.00");
    assert_eq!(amounts(&quote("acme/pro-rata", &emails(3500))), [("Extra emails".into(), "2.5".into(), "1.00".into())]);
    assert!(quote("acme/blocks", &emails(1000)).lines.is_empty());
}
