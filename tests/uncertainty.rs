//! Ranges in a scenario: spreads and chances from sampling, by the same rating as quotes.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{month, run, text};
use pricesim::catalog::Catalog;
use pricesim::compare::compare;
use pricesim::scenario::Scenario;
use pricesim::uncertainty::{Options, decide, sampled};
use rust_decimal::Decimal;

const BODY: &str = "[contacts]\nengaged = 1200\n[outcomes.agent]\ntest_drive = 10\n[outcomes.bot]\ntest_drive = 20\ncrm_lead = 100\n[in_house]\n\"outcomes.agent.*\" = \"35.00\"\n\"outcomes.bot.*\" = \"1.50\"\n";

fn options(samples: u32) -> Options {
    Options { samples }
}

#[test]
fn a_range_with_low_expected_and_high_the_same_prices_as_the_point() {
    let catalog = Catalog::shipped().unwrap();
    let point = month(BODY);
    let pinned = month(&BODY.replace("engaged = 1200", "engaged = { low = 1200, expected = 1200, high = 1200 }"));
    let plain = compare(&catalog, &point, &[]).unwrap();
    let ranged = decide(&catalog, &pinned, &[], &options(500)).unwrap();
    assert_eq!(plain.quotes.len(), ranged.quotes.len());
    for (p, r) in plain.quotes.iter().zip(&ranged.quotes) {
        assert_eq!(p.lines, r.lines, "{}", p.plan);
        assert_eq!(p.cost, r.cost, "{}", p.plan);
        let Some(cost) = &p.cost else { continue };
        let s = r.spread.as_ref().unwrap();
        for v in [s.percentiles.p10, s.percentiles.p50, s.percentiles.p90, s.low.unwrap(), s.high.unwrap()] {
            assert_eq!(v, cost.total, "{}: every sample is the point", p.plan);
        }
    }
    // Every sample is the same month: the cheapest plan wins them all.
    assert_eq!(ranged.quotes[0].chance_cheapest, Some(Decimal::ONE));
}

#[test]
fn percentiles_are_in_order_and_the_chances_add_up_to_one() {
    let catalog = Catalog::shipped().unwrap();
    let s = pricesim::scenario::load_file("examples/dealer-ranges.toml".as_ref(), &catalog).unwrap();
    let c = decide(&catalog, &s, &[], &Options::default()).unwrap();
    let mut sum = Decimal::ZERO;
    for q in c.quotes.iter().filter(|q| q.ranks()) {
        let sp = q.spread.as_ref().unwrap();
        let p = sp.percentiles;
        assert!(p.p10 <= p.p50 && p.p50 <= p.p90, "{}: {sp:?}", q.plan);
        assert!(sp.low.unwrap() <= p.p10 && p.p90 <= sp.high.unwrap(), "{}: {sp:?}", q.plan);
        assert_eq!(sp.samples, 10_000);
        sum += q.chance_cheapest.unwrap();
    }
    assert_eq!(sum, Decimal::ONE);
    // Web1on1 Scale's fee covers every sampled month (at most 2,400 contacts × 2 + 200 CRM leads
    // × 6 + ... points, under its quota): all three percentiles are its €1,499.00.
    let scale = c.quotes.iter().find(|q| q.plan == "web1on1/scale").unwrap().spread.clone().unwrap();
    assert_eq!(
        (scale.percentiles.p10, scale.percentiles.p90),
        ("1499.00".parse().unwrap(), "1499.00".parse().unwrap())
    );
    let sampling = c.sampling.unwrap();
    assert_eq!((sampling.seed, sampling.distribution.as_str()), (21, "triangular"));
    // CRM leads move with engaged contacts: 100 × 800 / 1200 = 66.7 → 67, 100 × 2400 / 1200 = 200.
    let crm = sampling.ranges.iter().find(|r| r.usage.as_str() == "outcomes.bot.crm_lead").unwrap();
    assert_eq!((crm.low, crm.expected, crm.high), (67, 100, 200));
}

#[test]
fn the_same_seed_gives_the_same_output_byte_for_byte() {
    for format in ["table", "json", "csv"] {
        let a = run(&["quote", "examples/dealer-ranges.toml", "--format", format, "--samples", "3000"]);
        let b = run(&["quote", "examples/dealer-ranges.toml", "--format", format, "--samples", "3000"]);
        assert_eq!(a.status.code(), Some(0), "{}", text(&a.stderr));
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
    let t = text(&run(&["quote", "examples/dealer-ranges.toml"]).stdout);
    assert!(t.contains("P10 to P90  cheapest in"), "{t}");
    assert!(t.contains("cost over 10,000 sampled months (triangular ranges, seed 21)"), "{t}");
    let csv = text(&run(&["quote", "examples/dealer-ranges.toml", "--format", "csv"]).stdout);
    assert!(csv.starts_with("rank,plan,payee,currency,code,description,quantity,unit_price,amount,source,p10,p50,p90,low,high,chance_cheapest\n"), "{csv}");
    // A scenario without ranges keeps its columns.
    let plain = text(&run(&["quote", "examples/dealer-nl.toml", "--format", "csv"]).stdout);
    assert!(plain.starts_with("rank,plan,payee,currency,code,description,quantity,unit_price,amount,source\n"));
    let bad = run(&["quote", "examples/dealer-ranges.toml", "--samples", "0"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_cost_only_rating_gives_every_quotes_cost() {
    // Every shipped example (WhatsApp rows, wallets, subscriptions, terms) priced both ways.
    let catalog = Catalog::shipped().unwrap();
    for file in ["dealer-nl", "small-shop", "support-team", "newsletter", "campaign", "dealer-ranges"] {
        let s = pricesim::scenario::load_file(format!("examples/{file}.toml").as_ref(), &catalog).unwrap();
        let c = compare(&catalog, &s, &[]).unwrap();
        let all = sampled(&catalog, &pin(&s), &c, 3).unwrap();
        for (k, plan) in all.plans.iter().enumerate() {
            let q = c.quotes.iter().find(|q| q.plan == *plan).unwrap();
            for cost in all.of(k) {
                assert_eq!(cost, q.cost.as_ref().map(|c| c.total), "{file}: {plan}");
            }
        }
    }
}

/// `s` with every range at its expected count: sampling it prices the quote's own month.
fn pin(s: &Scenario) -> Scenario {
    let mut p = s.clone();
    for (key, _) in s.ranges.iter() {
        let mut r = s.ranges.get(key).unwrap().clone();
        (r.low, r.high) = (r.expected, r.expected);
        p.ranges.set(key.clone(), r);
    }
    p
}

#[test]
fn bad_ranges_name_their_file_line_and_field() {
    let out = run(&["quote", "tests/fixtures/bad-ranges.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let e = text(&out.stderr);
    for expected in [
        "error: tests/fixtures/bad-ranges.toml:5:19: `contacts.engaged.low`: `low` (900) is above `expected` (800)",
        "error: tests/fixtures/bad-ranges.toml:7:44: `agents.livechat.high`: `high` (1) is below `expected` (2)",
        "error: tests/fixtures/bad-ranges.toml:9:16: `email.sent.low`: must not be negative, found `-5`",
        "error: tests/fixtures/bad-ranges.toml:11:20: `outcomes.bot.crm_lead.low`: must be a whole number, found `1.5`",
        "error: tests/fixtures/bad-ranges.toml:12:49: `outcomes.bot.test_drive.hihg`: unknown key in `outcomes.bot.test_drive`: `hihg`, did you mean `high`?",
        "error: tests/fixtures/bad-ranges.toml:13:56: `outcomes.bot.csat.scale_with`: `agents.livechat` has no range in this scenario",
        "error: tests/fixtures/bad-ranges.toml:19:11: `months[0].contacts.engaged`: a range is read only in the scenario's own month, not in [[months]]",
    ] {
        assert!(e.contains(expected), "{expected}\n{e}");
    }
}

#[test]
fn a_tie_names_a_count_with_a_range_of_its_own() {
    let catalog = Catalog::shipped().unwrap();
    let load = |body: &str| {
        let text = format!("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n{body}");
        pricesim::scenario::load_str("t.toml".as_ref(), &text, &catalog).unwrap_err().to_string()
    };
    let e = load(
        "[contacts]\nengaged = { low = 1, expected = 2, high = 3 }\n[email]\nsent = { expected = 5, scale_with = \"contacts.engaged\" }\n[agents]\nlivechat = { expected = 1, scale_with = \"email.sent\" }\n",
    );
    assert!(e.contains("t.toml:9:41: `agents.livechat.scale_with`: `email.sent` moves with another count itself: tie this one to that count directly"), "{e}");
    let e = load(
        "[contacts]\nengaged = { low = 0, expected = 0, high = 3 }\n[email]\nsent = { expected = 5, scale_with = \"contacts.engaged\" }\n",
    );
    assert!(
        e.contains("`email.sent.scale_with`: `contacts.engaged` is expected to be 0: nothing to move in proportion to"),
        "{e}"
    );
    let e = load("[email]\nsent = { low = 1, expected = 5, high = 9, scale_with = \"email.sent\" }\n");
    assert!(e.contains("a count cannot move with itself"), "{e}");
    let e = load("[email]\nsent = { low = 1, high = 9 }\n");
    assert!(e.contains("`email.sent.expected`: missing `expected`"), "{e}");
}

mod laws {
    use super::*;
    use proptest::prelude::*;

    /// Counts a range may cover, WhatsApp rows in two markets (sharing the free tier) included.
    const KEYS: [&str; 8] = [
        "contacts.engaged",
        "outcomes.agent.test_drive",
        "outcomes.bot.crm_lead",
        "outcomes.bot.workshop_appointment",
        "email.sent",
        "agents.livechat",
        "whatsapp.NL.marketing",
        "whatsapp.DE.service",
    ];

    fn ranged() -> impl Strategy<Value = Scenario> {
        (
            prop::collection::vec((0..KEYS.len(), 0u64..3_000, 0u64..3_000, 0u64..3_000), 1..6),
            prop::bool::ANY,
            prop::option::of(0..KEYS.len()),
        )
            .prop_map(|(counts, later, tie)| {
                let mut body = String::new();
                let mut sections: std::collections::BTreeMap<String, Vec<String>> = Default::default();
                let mut whatsapp: std::collections::BTreeMap<String, Vec<String>> = Default::default();
                let mut seen = std::collections::BTreeSet::new();
                for (k, a, b, c) in counts {
                    if !seen.insert(k) {
                        continue;
                    }
                    let mut v = [a, b, c];
                    v.sort_unstable();
                    let value = match tie {
                        Some(t) if t != k && seen.contains(&t) && KEYS[t] == "contacts.engaged" => {
                            format!("{{ expected = {}, scale_with = \"contacts.engaged\" }}", v[1])
                        }
                        _ => format!("{{ low = {}, expected = {}, high = {} }}", v[0], v[1], v[2]),
                    };
                    let key = KEYS[k];
                    if let Some(rest) = key.strip_prefix("whatsapp.") {
                        let (country, category) = rest.split_once('.').unwrap();
                        whatsapp.entry(country.into()).or_default().push(format!("{category} = {value}"));
                    } else {
                        let (section, name) = key.rsplit_once('.').unwrap();
                        sections.entry(section.into()).or_default().push(format!("{name} = {value}"));
                    }
                }
                for (section, lines) in sections {
                    body.push_str(&format!("[{section}]\n{}\n", lines.join("\n")));
                }
                for (country, lines) in whatsapp {
                    body.push_str(&format!("[[whatsapp]]\ncountry = \"{country}\"\n{}\n", lines.join("\n")));
                }
                body.push_str("[in_house]\n\"outcomes.agent.*\" = \"30\"\n\"outcomes.bot.*\" = \"2\"\n\"email.sent\" = \"0.001\"\n\"agents.livechat\" = \"20\"\n");
                let text = format!(
                    "version = 1\nmonth = \"{}\"\ncurrency = \"EUR\"\n{body}",
                    if later { "2026-12" } else { "2025-09" }
                );
                // A tie to a count read after it, or to a count with no range, is refused: such
                // cases are dropped (the loader's own tests cover them).
                pricesim::scenario::load_str("p.toml".as_ref(), &text, &Catalog::shipped().unwrap())
                    .unwrap_or_else(|_| month(BODY))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Every shipped plan costs no less with more usage (the law of tests/properties.rs), so
        /// its cost is monotone in every count and every sampled month lies between its costs with
        /// all counts at their lows and all at their highs.
        #[test]
        fn sampled_costs_lie_between_the_all_low_and_all_high_corners(s in ranged()) {
            let catalog = Catalog::shipped().unwrap();
            let c = compare(&catalog, &s, &[]).unwrap();
            let all = sampled(&catalog, &s, &c, 300).unwrap();
            for (k, plan) in all.plans.iter().enumerate() {
                let (low, high) = all.corners[k];
                let (Some(low), Some(high)) = (low, high) else { continue };
                for cost in all.of(k).flatten() {
                    prop_assert!(low <= cost && cost <= high, "{plan}: {cost} outside {low}..={high}");
                }
            }
        }
    }
}

#[test]
fn headroom_is_where_pricesim_breakeven_says_another_plan_takes_over() {
    // The dealer's cheapest plan, web1on1/grow, along engaged contacts from 0 to 12,000 (ten
    // times the 1,200 expected): the envelope of `pricesim breakeven` on the same axis.
    let out = run(&[
        "breakeven",
        "examples/dealer-nl.toml",
        "--axis",
        "contacts.engaged",
        "--from",
        "0",
        "--to",
        "12000",
        "--format",
        "json",
    ]);
    let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let envelope = b["envelope"].as_array().unwrap();
    let here =
        envelope.iter().position(|s| s["from"].as_u64().unwrap() <= 1200 && 1200 <= s["to"].as_u64().unwrap()).unwrap();
    assert_eq!(envelope[here]["plan"], "web1on1/grow");
    let next = &envelope[here + 1];
    let q: serde_json::Value =
        serde_json::from_slice(&run(&["quote", "examples/dealer-nl.toml", "--format", "json"]).stdout).unwrap();
    let h = q["headroom"].as_array().unwrap().iter().find(|h| h["usage"] == "contacts.engaged").unwrap();
    assert_eq!(h["up"]["at"], next["from"]);
    assert_eq!(h["up"]["plan"], next["plan"]);
    assert_eq!(h["searched_to"], 12000);
    // 2,037 contacts: (2037 − 1200) / 1200 = 69.75 % → 69.8.
    assert_eq!((h["up"]["at"].as_u64(), h["up"]["percent"].as_str()), (Some(2037), Some("69.8")));
    assert!(h.get("down").is_none(), "Grow stays the cheapest down to 0 contacts: {h}");
    // Bot test drives: Woztell Starter from 70 (the README's breakeven example says the same).
    let h = q["headroom"].as_array().unwrap().iter().find(|h| h["usage"] == "outcomes.bot.test_drive").unwrap();
    assert_eq!((h["up"]["at"].as_u64(), h["up"]["plan"].as_str()), (Some(70), Some("woztell/starter")));
}

#[test]
fn a_month_before_a_dated_change_says_what_the_same_usage_costs_after_it() {
    // Meta's 2026-10-01 version (service messages charged beyond 1,000 free a number) is in the
    // cards: a September quote with 1,500 NL service messages prices October too.
    let catalog = Catalog::shipped().unwrap();
    let text = std::fs::read_to_string("examples/small-shop.toml")
        .unwrap()
        .replace("2026-12", "2026-09")
        .replace("service = 80", "service = 1500");
    let s = pricesim::scenario::load_str("shop.toml".as_ref(), &text, &catalog).unwrap();
    let c = decide(&catalog, &s, &[], &Options::default()).unwrap();
    let n = c.next_change.unwrap();
    assert_eq!(
        (n.date.to_string(), n.month.to_string(), n.cards.clone()),
        ("2026-10-01".into(), "2026-10".into(), vec!["meta".to_string()])
    );
    let mut october = s.clone();
    october.month = "2026-10".parse().unwrap();
    let after = compare(&catalog, &october, &[]).unwrap();
    for a in &n.quotes {
        let q = after.quotes.iter().find(|q| q.plan == a.plan).unwrap();
        assert_eq!(a.cost, q.cost.as_ref().map(|c| c.total), "{}", a.plan);
        assert_eq!(a.rank, q.rank, "{}", a.plan);
    }
    // Meta's own plan costs more once service messages are charged, and stays the cheapest.
    let before = c.quotes.iter().find(|q| q.plan == "meta/cloud-api").unwrap().cost.clone().unwrap().total;
    let then = n.quotes.iter().find(|a| a.plan == "meta/cloud-api").unwrap().cost.unwrap();
    assert!(then > before, "{before} → {then}");
    assert!(!n.ranking_changes);
    // December is after every dated change the shipped cards hold.
    let dec = decide(
        &catalog,
        &common::scenario(&std::fs::read_to_string("examples/small-shop.toml").unwrap()),
        &[],
        &Options::default(),
    )
    .unwrap();
    assert!(dec.next_change.is_none());
}

#[test]
fn unverified_rules_are_switches_with_the_cost_under_each_reading() {
    // The small shop in December 2026, under Meta's 2026-10-01 version: 30 NL utility templates
    // charged and 80 NL service messages within the 1,000 free a number on Meta's own plan, plus
    // €68.00 of its own work in-house. Meta's card names two switches of that version.
    let catalog = Catalog::shipped().unwrap();
    let s = pricesim::scenario::load_file("examples/small-shop.toml".as_ref(), &catalog).unwrap();
    let c = decide(&catalog, &s, &[], &Options::default()).unwrap();
    let q = c.quotes.iter().find(|q| q.plan == "meta/cloud-api").unwrap();
    let a = q.assumptions.as_ref().unwrap();
    let cost = q.cost.as_ref().unwrap().total;
    let ids: Vec<&str> = a.switches.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["in_window_utility", "service_allowance"]);
    // The card's own readings are the quote's cost.
    for s in &a.switches {
        assert_eq!(s.values[0].cost, Some(cost), "{}", s.id);
    }
    // Best: every utility template free as well: no WhatsApp fee at all, only the €68.00 in-house.
    assert_eq!(a.best.cost, "68.00".parse().unwrap());
    assert_eq!(a.best.readings, ["meta.in_window_utility = free"]);
    // The utility templates free take off the whole WhatsApp part (30 × Meta's NL rate).
    let whatsapp = q.cost.as_ref().unwrap().by_payee.vendor;
    assert_eq!(cost - a.switches[0].values[1].cost.unwrap(), whatsapp);
    // Worst: no free service messages: the 80 are charged at the same rate as the 30 utility
    // templates, €0.0414 each: 80 × 0.0414 = €3.312 → €3.31 more.
    assert_eq!(a.worst.readings, ["meta.service_allowance = not_given"]);
    assert_eq!(a.worst.cost, cost + "3.31".parse::<rust_decimal::Decimal>().unwrap());
    assert_eq!(a.switches[1].values[1].cost, Some(a.worst.cost));
    // A plan of a card without switches in a scenario without WhatsApp has none.
    let dealer = decide(
        &catalog,
        &common::scenario(&std::fs::read_to_string("examples/dealer-nl.toml").unwrap()),
        &[],
        &Options::default(),
    )
    .unwrap();
    assert!(dealer.quotes.iter().all(|q| q.assumptions.is_none()));
}

#[test]
fn a_fan_with_no_other_range_is_each_plans_cost_along_the_axis() {
    let catalog = Catalog::shipped().unwrap();
    let s = month(&BODY.replace("engaged = 1200", "engaged = { low = 800, expected = 1200, high = 2400 }"));
    let axis = pricesim::breakeven::axis("contacts.engaged", &catalog).unwrap();
    let fan = pricesim::uncertainty::fan(&catalog, &s, &axis, (0, 3000), &[], 500).unwrap();
    assert_eq!(fan.samples, 1, "the axis's own range is held: nothing is left to sample");
    assert_eq!(fan.points.len(), 21);
    assert_eq!(fan.range.as_ref().map(|r| (r.low, r.high)), Some((800, 2400)));
    for p in &fan.plans {
        for point in &p.points {
            let mut at = month(&BODY.replace("engaged = 1200", &format!("engaged = {}", point.at)));
            at.ranges = Default::default();
            let c = compare(&catalog, &at, std::slice::from_ref(&p.plan)).unwrap();
            let cost = c.quotes[0].cost.as_ref().unwrap().total;
            assert_eq!(
                (point.band.p10, point.band.p50, point.band.p90),
                (cost, cost, cost),
                "{} at {}",
                p.plan,
                point.at
            );
        }
    }
}

#[test]
fn a_fans_bands_hold_the_median_and_tied_counts_follow_the_axis() {
    let catalog = Catalog::shipped().unwrap();
    let s = pricesim::scenario::load_file("examples/dealer-ranges.toml".as_ref(), &catalog).unwrap();
    let axis = pricesim::breakeven::axis("contacts.engaged", &catalog).unwrap();
    let fan = pricesim::uncertainty::fan(&catalog, &s, &axis, (0, 4000), &[], 500).unwrap();
    assert_eq!(fan.samples, 500);
    let mut spread = false;
    for p in &fan.plans {
        assert!(!p.points.is_empty(), "{}", p.plan);
        for q in &p.points {
            let b = q.band;
            assert!(b.p10 <= b.p50 && b.p50 <= b.p90, "{} at {}: {q:?}", p.plan, q.at);
            spread |= b.p10 < b.p90;
        }
    }
    assert!(spread, "the outcomes' ranges move some plan's cost");
    // Held at 2,400 engaged contacts with the test drives at their low and at their high, the CRM
    // leads tied to the contacts at 100 × 2,400 / 1,200 = 200: the band at 2,400 lies between.
    let at = |drives: &str| {
        let mut held = s.clone();
        held.ranges = Default::default();
        let mut usage = held.usage.clone();
        usage.set(axis.clone(), 2400);
        usage.set(pricesim::breakeven::axis("outcomes.bot.crm_lead", &catalog).unwrap(), 200);
        usage.set(pricesim::breakeven::axis("outcomes.bot.test_drive", &catalog).unwrap(), drives.parse().unwrap());
        held.usage = usage;
        compare(&catalog, &held, &["web1on1/grow".to_string()]).unwrap().quotes[0].cost.as_ref().unwrap().total
    };
    let grow = fan.plans.iter().find(|p| p.plan == "web1on1/grow").unwrap();
    let point = grow.points.iter().find(|q| q.at == 2400).unwrap();
    assert!(
        at("10") <= point.band.p10 && point.band.p90 <= at("60"),
        "{point:?} not within {} to {}",
        at("10"),
        at("60")
    );
}

#[test]
fn a_count_too_fine_to_settle_quickly_has_no_headroom_and_the_others_keep_theirs() {
    let catalog = Catalog::shipped().unwrap();
    let text = std::fs::read_to_string("examples/dealer-nl.toml").unwrap();
    let text = text.replace("engaged = 1200", "engaged = 12").replace("crm_lead = 100\n", "crm_lead = 100000\n");
    let s = pricesim::scenario::load_str("fine.toml".as_ref(), &text, &catalog).unwrap();
    let c = decide(&catalog, &s, &[], &options(1)).unwrap();
    let counts: Vec<String> = c.headroom.iter().map(|h| h.usage.to_string()).collect();
    assert!(!counts.contains(&"outcomes.bot.crm_lead".to_string()), "{counts:?}");
    assert!(counts.contains(&"contacts.engaged".to_string()), "{counts:?}");
    // Along the leads, settling the crossings needs more points than headroom prices.
    let key = pricesim::breakeven::axis("outcomes.bot.crm_lead", &catalog).unwrap();
    let top = pricesim::uncertainty::ceiling(&s, &key, 100_000);
    let bound = pricesim::uncertainty::HEADROOM_POINTS;
    let along = pricesim::breakeven::breakeven_within(&catalog, &s, &key, (0, top), &[], bound);
    assert!(matches!(along, Err(pricesim::breakeven::BreakevenError::TooManyPoints { limit }) if limit == bound));
}

#[test]
fn a_decision_asked_to_stop_is_given_up_and_one_never_asked_is_decide() {
    let catalog = Catalog::shipped().unwrap();
    let s = pricesim::scenario::load_file("examples/dealer-ranges.toml".as_ref(), &catalog).unwrap();
    let stopped = pricesim::uncertainty::decide_until(&catalog, &s, &[], &options(2000), &|| true);
    assert_eq!(stopped.unwrap_err(), pricesim::uncertainty::DecideError::Stopped);
    let whole = pricesim::uncertainty::decide_until(&catalog, &s, &[], &options(2000), &|| false).unwrap();
    assert_eq!(whole, decide(&catalog, &s, &[], &options(2000)).unwrap());
}
