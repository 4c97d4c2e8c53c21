//! `pricesim simulate`: the contract's JSON with wallets, CSV, and command-line errors.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{run, text};

#[test]
fn simulate_prints_the_contract_json_with_wallets() {
    let out = run(&["simulate", "examples/small-shop.toml", "--months", "3", "--growth", "10", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let months = v["months"].as_array().unwrap();
    assert_eq!(months.len(), 3);
    assert_eq!(months[2]["month"], "2027-02");
    let growth = months[0]["quotes"].as_array().unwrap().iter().find(|q| q["plan"] == "woztell/growth").unwrap();
    let wallet = &growth["wallet"];
    assert_eq!(wallet["opening"], "100.00");
    assert!(wallet["top_ups"].as_array().unwrap().is_empty());
    assert!(wallet["blocked_from"].is_null());
    let totals = v["totals"].as_array().unwrap();
    assert!(totals.iter().any(|t| t["plan"] == "web1on1/grow" && t["currency"] == "EUR"));
    // CSV: a row per plan and month, then the totals.
    let out = run(&["simulate", "examples/small-shop.toml", "--months", "2", "--format", "csv"]);
    let csv = text(&out.stdout);
    assert!(csv.starts_with("month,plan,currency,total,incomplete,cost,wallet_opening"), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("2027-01,woztell/growth,USD,")), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("total,woztell/growth,USD,")), "{csv}");
}

#[test]
fn simulate_refuses_a_bad_command_line() {
    let out = run(&["simulate", "examples/small-shop.toml", "--months", "0"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["simulate", "examples/small-shop.toml", "--months", "3", "--growth", "-100"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is not a percentage above -100"), "{}", text(&out.stderr));
    let out =
        run(&["simulate", "examples/small-shop.toml", "--months", "3", "--growth", "-2.5", "--plan", "woztell/growth"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn a_subscription_simulates_with_its_billing_periods() {
    let out = run(&[
        "simulate",
        "examples/newsletter.toml",
        "--months",
        "4",
        "--growth",
        "8",
        "--plan",
        "usercom/standard",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let periods: Vec<String> = v["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| format!("{} {}", m["quotes"][0]["period"]["from"], m["quotes"][0]["total"]))
        .collect();
    // Bought 31 January for a quarter: 3 × $99 less 5 % up front; February billed on the 28th,
    // nothing to add; March: 1,050 contacts, above the range paid for; April: monthly again.
    assert_eq!(
        periods,
        [
            "\"2027-01-31\" \"282.15\"",
            "\"2027-02-28\" \"0.00\"",
            "\"2027-03-31\" \"47.50\"",
            "\"2027-04-30\" \"149.00\""
        ]
    );
}
