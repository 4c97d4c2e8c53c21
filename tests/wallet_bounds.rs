//! Prepaid wallets under counts no month has: a day's top-ups are worked out, not counted one by
//! one, so a billion messages cost no more than ten; what cannot be computed is an error naming
//! it, never a panic.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use chrono::NaiveDate;
use pricesim::money::MoneyError;
use pricesim::wallet::{Deduction, TopUp, Wallet};
use rust_decimal::Decimal;

use common::{run, text};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, n).unwrap()
}

#[test]
fn a_day_needing_many_top_ups_is_one_event_with_its_count() {
    for rule in [TopUp::WhenUsed { percent: d("80") }, TopUp::SafetyNet { percent: d("10") }] {
        let mut w = Wallet::open(d("0.01"), rule);
        let lump =
            [Deduction { day: day(3), amount: d("123456789012345.67") }, Deduction { day: day(3), amount: d("5") }];
        let m = w.month(&lump, Decimal::ZERO, Decimal::ZERO).unwrap();
        assert_eq!(m.top_ups.len(), 1, "{m:?}");
        let t = m.top_ups[0];
        assert_eq!(t.amount, d("0.01") * Decimal::from(t.count));
        assert_eq!(m.opening + m.topped_up() - m.deducted, m.closing);
        // As few as the rule needs: one fewer and the rule would still call for one.
        let under = m.closing - d("0.01");
        match rule {
            TopUp::WhenUsed { .. } => assert!(m.closing > d("0.002") && under <= d("0.002"), "{m:?}"),
            TopUp::SafetyNet { .. } => assert!(m.closing >= d("0.001") && under < d("0.001"), "{m:?}"),
        }
    }
}

#[test]
fn top_ups_that_cannot_be_computed_are_an_error() {
    let mut w = Wallet::open(Decimal::MAX, TopUp::WhenUsed { percent: d("80") });
    let e = w.month(&[Deduction { day: day(1), amount: d("1") }], Decimal::ZERO, Decimal::ZERO).unwrap_err();
    assert_eq!(e, MoneyError::TooLarge("the top-ups of 2026-12-01".into()));
    assert_eq!(e.to_string(), "too large to compute: the top-ups of 2026-12-01");
}

fn scenario(name: &str, body: &str) -> String {
    let file = common::temp_file(
        name,
        &format!("version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nengaged = 10\n{body}"),
    );
    file.to_str().unwrap().to_string()
}

#[test]
fn a_billion_messages_top_up_once_a_day_at_most() {
    let file = scenario("billion", "[[whatsapp]]\ncountry = \"NL\"\nmarketing = 1000000000\n");
    let out = run(&["quote", &file, "--plan", "woztell/starter", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    let wallet = &json["quotes"][0]["wallet"];
    let top_ups = wallet["top_ups"].as_array().unwrap();
    assert!(!top_ups.is_empty() && top_ups.len() <= 31, "{} entries", top_ups.len());
    let count: u64 = top_ups.iter().map(|t| t["count"].as_u64().unwrap()).sum();
    let topped: Decimal = top_ups.iter().map(|t| d(t["amount"].as_str().unwrap())).sum();
    assert_eq!(topped, Decimal::from(count) * d("50.00"));
    let opening = d(wallet["opening"].as_str().unwrap());
    let deducted = d(wallet["deducted"].as_str().unwrap());
    assert_eq!(opening + topped - deducted, d(wallet["closing"].as_str().unwrap()));
    let table = text(&run(&["simulate", &file, "--months", "1", "--plan", "woztell/starter"]).stdout);
    assert!(table.contains(&format!("({})", pricesim::render::count(count))), "{table}");
}

#[test]
fn the_largest_counts_end_in_an_error_naming_what_overflowed() {
    let file = scenario("max-messages", "[[whatsapp]]\ncountry = \"NL\"\nmarketing = 9223372036854775807\n");
    let out = run(&["quote", &file, "--plan", "woztell/starter"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let huge = scenario(
        "huge-credit",
        "[[whatsapp]]\ncountry = \"NL\"\nmarketing = 10\n[vendors.woztell]\ncredit = \"79228162514264337593543950335\"\n",
    );
    let out = run(&["quote", &huge, "--plan", "woztell/starter"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err, "error: plan `woztell/starter`: too large to compute: the top-ups of 2026-12-04\n");
}

#[test]
fn a_long_steep_simulation_stays_small() {
    let out = run(&["simulate", "examples/campaign.toml", "--months", "180", "--growth", "10", "--format", "json"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", text(&out.stderr));
    assert!(out.stdout.len() < 20 << 20, "{} bytes of JSON", out.stdout.len());
}
