//! Every worked example of the seeds (and the derived oracles of the reference), to the cent.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;
use common::{month, quote, total};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Grow with its 3,000 Chatpoints used (1,500 engaged contacts), and Base with its 250 (125).
fn quota_used_up(plan: &str) -> &'static str {
    if plan == "web1on1/grow" { "[contacts]\nengaged = 1500\n" } else { "[contacts]\nengaged = 125\n" }
}

/// What one more `extra` costs on `plan` once the quota is used up.
fn added_cost(plan: &str, extra: &str) -> Decimal {
    let base = quota_used_up(plan);
    let before = quote(&month(base), plan).total;
    let after = quote(&month(&format!("{base}{extra}")), plan).total;
    after - before
}

#[test]
fn quota_used_up_costs_just_the_fee() {
    assert_eq!(total(&month(quota_used_up("web1on1/grow")), "web1on1/grow"), "499.00");
    assert_eq!(total(&month(quota_used_up("web1on1/base")), "web1on1/base"), "99.00");
}

#[test]
fn example_1_an_agent_books_a_test_drive() {
    // 65 × €0.14 = €9.10; on Base 65 × €0.18 = €11.70.
    assert_eq!(added_cost("web1on1/grow", "[outcomes.agent]\ntest_drive = 1\n"), d("9.10"));
    assert_eq!(added_cost("web1on1/base", "[outcomes.agent]\ntest_drive = 1\n"), d("11.70"));
}

#[test]
fn example_2_a_bot_books_a_test_drive_or_a_workshop_appointment() {
    // 40 × €0.14 = €5.60; on Base 40 × €0.18 = €7.20 (EN: test drive, FR: workshop).
    for outcome in ["test_drive", "workshop_appointment"] {
        let extra = format!("[outcomes.bot]\n{outcome} = 1\n");
        assert_eq!(added_cost("web1on1/grow", &extra), d("5.60"));
        assert_eq!(added_cost("web1on1/base", &extra), d("7.20"));
    }
}

#[test]
fn example_3_fifty_more_engaged_contacts() {
    // 50 × 2 × €0.14 = €14.00 (EN: €0.28 per MEC).
    let q = quote(&month("[contacts]\nengaged = 1550\n"), "web1on1/grow");
    assert_eq!(q.total, d("513.00"));
    let overage = &q.lines[1];
    assert_eq!((overage.code.as_str(), overage.quantity, overage.amount), ("overage", d("100"), d("14.00")));
}

#[test]
fn the_invoice_has_the_plan_then_the_overage() {
    // FR: "Ligne 1 : Votre plan; Ligne 2 : (le cas échéant) Dépassement de Chatpoints".
    let q = quote(&month("[contacts]\nengaged = 1617\n"), "web1on1/grow");
    let lines: Vec<_> = q.lines.iter().map(|l| (l.code.as_str(), l.description.as_str(), l.quantity)).collect();
    assert_eq!(lines, [("plan_fee", "Grow plan", d("1")), ("overage", "Grow plan Extra Chatpoints", d("234"))]);
    let under = quote(&month("[contacts]\nengaged = 10\n"), "web1on1/grow");
    assert_eq!(under.lines.len(), 1, "no overage line under the quota");
}

#[test]
fn w1_base_at_and_over_its_quota() {
    assert_eq!(total(&month("[contacts]\nengaged = 100\n"), "web1on1/base"), "99.00");
    assert_eq!(total(&month("[contacts]\nengaged = 150\n"), "web1on1/base"), "108.00");
}

#[test]
fn quota_edge_250_and_251_points() {
    // 250 points cost the fee; the 251st costs €0.18 (a bot reminder is 1 point).
    assert_eq!(total(&month("[contacts]\nengaged = 125\n"), "web1on1/base"), "99.00");
    assert_eq!(
        total(&month("[contacts]\nengaged = 125\n[outcomes.bot]\nwhatsapp_reminder = 1\n"), "web1on1/base"),
        "99.18"
    );
}

#[test]
fn w2_the_points_where_the_bigger_plan_becomes_cheaper() {
    // 2,472 points: Base €498.96 < €499; 2,473: Base €499.14 > €499. Points as MECs plus 1-point reminders.
    let points =
        |p: u64| month(&format!("[contacts]\nengaged = {}\n[outcomes.bot]\nwhatsapp_reminder = {}\n", p / 2, p % 2));
    assert_eq!(total(&points(2472), "web1on1/base"), "498.96");
    assert_eq!(total(&points(2473), "web1on1/base"), "499.14");
    assert_eq!(total(&points(10142), "web1on1/grow"), "1498.88");
    assert_eq!(total(&points(10143), "web1on1/grow"), "1499.02");
    // MECs only: Grow is cheaper from 1,237 MECs (Base €499.32), Scale from 5,072 (Grow €1,499.16).
    assert_eq!(total(&month("[contacts]\nengaged = 1237\n"), "web1on1/base"), "499.32");
    assert_eq!(total(&month("[contacts]\nengaged = 1236\n"), "web1on1/base"), "498.96");
    assert_eq!(total(&month("[contacts]\nengaged = 5072\n"), "web1on1/grow"), "1499.16");
    assert_eq!(total(&month("[contacts]\nengaged = 5071\n"), "web1on1/grow"), "1498.88");
}

#[test]
fn w3_an_outcome_mix() {
    // 10 agent test drives × 65 + 10 bot test drives × 40 + 20 bot CRM leads × 6 + 100 MECs × 2 = 1,370 points.
    let s = month(
        "[contacts]\nengaged = 100\n[outcomes.agent]\ntest_drive = 10\n[outcomes.bot]\ntest_drive = 10\ncrm_lead = 20\n",
    );
    let c = common::quotes(&s);
    let totals: Vec<_> = c
        .quotes
        .iter()
        .filter(|q| q.plan.starts_with("web1on1/"))
        .map(|q| (q.plan.as_str(), q.total.to_string()))
        .collect();
    assert_eq!(
        totals,
        [("web1on1/base", "300.60".into()), ("web1on1/grow", "499.00".into()), ("web1on1/scale", "1499.00".into())]
    );
    assert_eq!(c.cheapest.as_deref(), Some("web1on1/base"));
    let base = c.quotes.iter().find(|q| q.plan == "web1on1/base").unwrap();
    assert_eq!(base.meters[0].used, 1370);
}

#[test]
fn w4_unpublished_points_are_never_zero() {
    let q = quote(&month("[contacts]\nengaged = 10\n[outcomes.bot]\ncsat = 5\ntopic_selection = 2\n"), "web1on1/grow");
    assert!(q.incomplete);
    let messages: Vec<_> = q.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("`outcomes.bot.csat`") && m.contains("5 not priced")), "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("`outcomes.bot.topic_selection`") && m.contains("2 not priced")),
        "{messages:?}"
    );
    assert_eq!(q.meters[0].used, 20, "the unknown outcomes add no points");
}

#[test]
fn not_offered_and_included_are_distinct_from_zero() {
    let q = quote(&month("[outcomes.bot]\nquotation_request = 3\nwhatsapp_concierge = 7\n"), "web1on1/base");
    assert!(!q.incomplete, "not offered is known, not unknown");
    assert!(
        q.warnings
            .iter()
            .any(|w| w.message.contains("does not sell outcomes completed by a bot: 3 quotation requests"))
    );
    assert_eq!(q.uncovered.len(), 1, "not offered, and no in-house cost given: uncovered");
    assert_eq!((q.uncovered[0].usage.as_str(), q.uncovered[0].quantity), ("outcomes.bot.quotation_request", 3));
    let basis = &q.meters[0].basis;
    assert_eq!(basis.len(), 1);
    assert_eq!(basis[0].usage.as_str(), "outcomes.bot.whatsapp_concierge");
    assert_eq!(basis[0].points, 0);
}

#[test]
fn enterprise_is_priced_from_the_scenarios_terms_only() {
    let without = common::quotes(&month("[contacts]\nengaged = 100\n"));
    assert!(without.quotes.iter().all(|q| q.plan != "web1on1/enterprise"));
    let s = month(
        "[contacts]\nengaged = 13000\n[vendors.web1on1]\nenterprise_fee = \"2400.00\"\nenterprise_points = 25000\nenterprise_point_price = \"0.11\"\n",
    );
    let q = quote(&s, "web1on1/enterprise");
    assert_eq!(q.total, d("2510.00")); // 26,000 points, 1,000 over × €0.11
    assert_eq!(q.lines[0].source.status.to_string(), "contract");
    assert!(q.warnings.is_empty());
}
