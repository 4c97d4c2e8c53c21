//! `pricesim breakeven`: the cheapest plan along one count and every crossing, exact; checked by
//! hand on the seed's figures and against pricing every point on random scenarios.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use pricesim::breakeven::{Breakeven, axis, breakeven};
use pricesim::catalog::Catalog;
use pricesim::chart::{Palette, Style, breakeven_chart};
use pricesim::compare::{compare, cost_parts};
use pricesim::scenario::Scenario;
use proptest::prelude::*;
use rust_decimal::Decimal;

use common::scenario;

fn run(s: &Scenario, key: &str, range: (u64, u64), plans: &[&str]) -> Breakeven {
    let catalog = Catalog::shipped().unwrap();
    let plans: Vec<String> = plans.iter().map(|p| p.to_string()).collect();
    breakeven(&catalog, s, &axis(key, &catalog).unwrap(), range, &plans).unwrap_or_else(|e| panic!("{e}"))
}

fn envelope(b: &Breakeven) -> Vec<(u64, u64, &str)> {
    b.envelope.iter().map(|s| (s.from, s.to, s.plan.as_str())).collect()
}

fn crossings(b: &Breakeven) -> Vec<(u64, &str, &str, String, String)> {
    b.crossings
        .iter()
        .map(|c| (c.at, c.from_here.as_str(), c.below.as_str(), c.cost_from_here.to_string(), c.cost_below.to_string()))
        .collect()
}

const WEB1ON1: &[&str] = &["web1on1/base", "web1on1/grow", "web1on1/scale"];

#[test]
fn engaged_contacts_alone_base_then_grow_then_scale() {
    // The example and billing-edge-cases W2: the first whole counts at which the bigger
    // plan is cheaper are 1,237 and 5,072 (1,236.1 and 5,071.4 are the fractional breakevens).
    let s = scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n");
    let b = run(&s, "contacts.engaged", (0, 10_000), WEB1ON1);
    assert_eq!(
        envelope(&b),
        [(0, 1236, "web1on1/base"), (1237, 5071, "web1on1/grow"), (5072, 10_000, "web1on1/scale")]
    );
    assert_eq!(
        crossings(&b),
        [
            (1237, "web1on1/grow", "web1on1/base", "499.00".into(), "499.32".into()),
            (4014, "web1on1/scale", "web1on1/base", "1499.00".into(), "1499.04".into()),
            (5072, "web1on1/scale", "web1on1/grow", "1499.00".into(), "1499.16".into()),
        ]
    );
}

#[test]
fn outcomes_and_whatsapp_mixed_in_move_the_crossing_by_hand() {
    // 10 agent test drives × 65 + 20 bot CRM leads × 6 = 770 points, plus 2 per engaged contact.
    // Base = 99 + (770 + 2x − 250) × 0.18 passes Grow's 499 when 520 + 2x > 2,222.2: at x = 852
    // (Base 99 + 2,224 × 0.18 = 499.32); at 851 Base is 498.96. WhatsApp fees are the same on
    // both plans (100 NL marketing messages at Meta's EUR rate, derived from its USD $0.1597 ÷
    // 1.207 = €0.1323: €13.23), so they add to both costs and do not move it.
    let s = scenario(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[outcomes.agent]\ntest_drive = 10\n\
         [outcomes.bot]\ncrm_lead = 20\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 100\n",
    );
    let b = run(&s, "contacts.engaged", (0, 3000), &["web1on1/base", "web1on1/grow"]);
    assert_eq!(crossings(&b), [(852, "web1on1/grow", "web1on1/base", "512.23".into(), "512.55".into())]);
    assert!(b.curves.iter().all(|c| !c.incomplete), "a derived EUR rate is flagged, not unknown");
    assert!(b.envelope.iter().all(|s| !s.incomplete));
}

#[test]
fn a_whatsapp_axis_crosses_where_rounding_says() {
    // NL marketing messages in 2026-12, in euros. Woztell passes Meta's USD rate on ($0.1597):
    // Starter is ($49 + 0.1597x rounded) × 0.853170 (1 / 1.1721, the ECB's rate of 2026-01-02),
    // rounded. Web1on1 passes Meta's EUR rate on, derived as $0.1597 ÷ 1.207 = €0.1323: Base is
    // €99 + 0.1323x rounded. Woztell starts lower and grows faster (€0.13625 a message); at 14,475
    // both are €2,014.04 (Base: 1,915.0425 → 1,915.04 + 99; Starter: 2,311.6575 → 2,311.66 + 49 =
    // 2,360.66 × 0.853170 = 2,014.0443), a tie that stays with Starter; at 14,476 Base is
    // €2,014.17 and Starter €2,014.18 (2,360.82 × 0.853170 = 2,014.1808).
    let s = scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n");
    let b = run(&s, "whatsapp.NL.marketing", (0, 20_000), &["web1on1/base", "woztell/starter"]);
    assert_eq!(crossings(&b), [(14_476, "web1on1/base", "woztell/starter", "2014.17".into(), "2014.18".into())]);
    assert_eq!(envelope(&b), [(0, 14_475, "woztell/starter"), (14_476, 20_000, "web1on1/base")]);
}

#[test]
fn a_range_axis_jumps() {
    // User.com: $49 up to 250 contacts, $69 from 251; Woztell Starter $49 for 100 active users.
    // A tie at 0 stays with the first by name; from 251 Woztell is strictly cheaper.
    let s = scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nengaged = 100\n");
    let b = run(&s, "contacts.database", (0, 3000), &["usercom/standard", "woztell/starter"]);
    assert_eq!(envelope(&b), [(0, 250, "usercom/standard"), (251, 3000, "woztell/starter")]);
    assert_eq!(crossings(&b), [(251, "woztell/starter", "usercom/standard", "49.00".into(), "69.00".into())]);
    // The chart draws the ranges as separate pieces: a jump, not a slope.
    let usercom = b.curves.iter().find(|c| c.plan == "usercom/standard").unwrap();
    let steps: Vec<(u64, u64, String)> =
        usercom.pieces.iter().map(|p| (p.from, p.to, p.cost_from.to_string())).collect();
    assert_eq!(
        steps,
        [
            (0, 250, "49.00".into()),
            (251, 500, "69.00".into()),
            (501, 1000, "99.00".into()),
            (1001, 2500, "149.00".into()),
            (2501, 3000, "249.00".into())
        ]
    );
}

#[test]
fn the_chart_shows_the_curves_the_cheapest_band_and_the_crossings() {
    let s = scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n");
    let b = run(&s, "contacts.engaged", (0, 10_000), WEB1ON1);
    let chart = breakeven_chart(&b, "Engaged only", &Palette::new(Catalog::shipped().unwrap().plan_names()));
    assert_eq!(chart.title, "Engaged only: cost a month by engaged contacts");
    assert_eq!(
        (chart.main.x_label.as_str(), chart.main.y_label.as_str()),
        ("engaged contacts (count)", "Cost a month (EUR)")
    );
    let series: Vec<(&str, Style, usize)> =
        chart.main.series.iter().map(|s| (s.name.as_str(), s.style, s.parts.len())).collect();
    assert_eq!(
        series,
        [
            ("cheapest", Style::Envelope, 6),
            // Each plan in its colour, by its place among the catalog's plans: the same on every
            // chart, whichever plans this one draws.
            ("web1on1/base", Style::Plan(2), 2),
            ("web1on1/grow", Style::Plan(4), 2),
            ("web1on1/scale", Style::Plan(5), 2),
        ]
    );
    let markers: Vec<(u64, String, &str, bool)> =
        chart.main.markers.iter().map(|m| (m.x, m.y.to_string(), m.label.as_str(), m.major)).collect();
    assert_eq!(
        markers,
        [
            (1237, "499.00".into(), "1,237: web1on1/grow €499.00", true),
            (5072, "1499.00".into(), "5,072: web1on1/scale €1,499.00", true),
            (4014, "1499.00".into(), "4,014: web1on1/scale €1,499.00", false),
        ]
    );
    // The band follows the cheapest plan: Base's line to 1,236, then Grow's.
    assert_eq!(chart.main.series[0].parts[0], [(0, Decimal::new(9900, 2)), (125, Decimal::new(9900, 2))]);
    for kind in [pricesim::chart::Kind::Svg, pricesim::chart::Kind::Png] {
        assert!(pricesim::chart::render(&chart, kind).unwrap().len() > 1000);
    }
}

/// What the scenario costs on every plan at `x`, in the display currency, by plan: all payees
/// together, also for a plan that leaves work uncovered (its known part).
fn costs_at(s: &Scenario, key: &str, x: u64, plans: &[String]) -> Vec<(String, Decimal)> {
    let mut s = s.clone();
    s.usage.set(pricesim::usage::UsageKey::parse(key).unwrap(), x);
    let catalog = Catalog::shipped().unwrap();
    let c = compare(&catalog, &s, plans).unwrap();
    c.quotes
        .iter()
        .filter_map(|q| Some((q.plan.clone(), cost_parts(&mut q.clone(), catalog.fx(), &s).unwrap()?.total)))
        .collect()
}

fn random_scenario() -> impl Strategy<Value = (String, &'static str, u64, u64, Vec<u64>)> {
    let axes = prop_oneof![
        Just("contacts.engaged"),
        Just("contacts.database"),
        Just("outcomes.bot.crm_lead"),
        Just("agents.livechat"),
        Just("whatsapp.NL.marketing"),
        Just("email.sent"),
    ];
    (
        // Half the scenarios without outcomes or WhatsApp, so that some plans price everything.
        (0u64..3000, prop_oneof![Just(0u64), 0u64..30], prop_oneof![Just(0u64), 0u64..200], 0u64..15, prop_oneof![Just(0u64), 0u64..400], 0u64..5000),
        prop_oneof![Just("EUR"), Just("USD")],
        axes,
        0u64..300,
        1u64..4000,
        proptest::collection::vec(0u64..10_000, 6),
    )
        .prop_map(|((engaged, drives, leads, agents, marketing, emails), currency, axis, from, span, picks)| {
            let text = format!(
                "version = 1\nmonth = \"2026-12\"\ncurrency = \"{currency}\"\n[contacts]\nengaged = {engaged}\n\
                 [outcomes.agent]\ntest_drive = {drives}\n[outcomes.bot]\ncrm_lead = {leads}\n[agents]\nlivechat = {agents}\n\
                 [email]\nsent = {emails}\n[[whatsapp]]\ncountry = \"DE\"\nmarketing = {marketing}\n"
            );
            (text, axis, from, from + span, picks)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Between reported points the cheapest plan does not change: at random points the envelope's
    /// plan costs the least of all; and every change of order between two plans at a random point
    /// is a reported crossing.
    #[test]
    fn the_envelope_and_crossings_hold_at_random_points((text, key, from, to, picks) in random_scenario()) {
        let s = scenario(&text);
        let b = run(&s, key, (from, to), &[]);
        let plans: Vec<String> = b.curves.iter().map(|c| c.plan.clone()).collect();
        // As for `quote`'s cheapest, only plans that price everything compete, unless none does.
        let complete: Vec<&str> = b.curves.iter().filter(|c| !c.incomplete).map(|c| c.plan.as_str()).collect();
        let competes = |plan: &str| complete.is_empty() || complete.contains(&plan);
        for pick in picks {
            let x = from + pick % (to - from + 1);
            let costs = costs_at(&s, key, x, &plans);
            let least = costs.iter().filter(|(p, _)| competes(p)).map(|(_, c)| *c).min().unwrap();
            let span = b.envelope.iter().find(|sp| sp.from <= x && x <= sp.to).unwrap();
            let held = costs.iter().find(|(p, _)| *p == span.plan).unwrap().1;
            prop_assert_eq!(held, least, "at {} the envelope says {}", x, span.plan);
            if x > from {
                let before = costs_at(&s, key, x - 1, &plans);
                for (p, cp) in &costs {
                    for (q, cq) in &costs {
                        let cost_before = |plan: &str| before.iter().find(|(n, _)| n == plan).unwrap().1;
                        if cq < cp && cost_before(q) >= cost_before(p) {
                            let reported = b.crossings.iter().any(|c| c.at == x && c.from_here == *q && c.below == *p);
                            prop_assert!(reported, "{} overtakes {} at {} unreported", q, p, x);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_free_service_messages_of_two_numbers_bend_the_curve_at_2000() {
    // From 2026-10-01 each number frees 1,000 service messages: with two, Meta's plan costs
    // nothing up to 2,000 and $0.0500 a message after.
    let s = scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[vendors.meta]\nnumbers = 2\n");
    let b = run(&s, "whatsapp.NL.service", (0, 5000), &["meta/cloud-api"]);
    let pieces: Vec<(u64, u64, String)> =
        b.curves[0].pieces.iter().map(|p| (p.from, p.to, p.cost_from.to_string())).collect();
    assert_eq!(pieces.first().map(|p| (p.0, p.1)), Some((0, 2000)), "{pieces:?}");
    assert_eq!(pieces.get(1).map(|p| (p.0, p.2.as_str())), Some((2001, "0.05")), "{pieces:?}");
}

/// The crossings that change the cheapest plan are those where the envelope turns, one for each
/// change of stretch, and no other: on the dealer example along the bot's test drives, Grow gives
/// way at 70, while others are dearer plans passing each other.
#[test]
fn the_turns_are_the_crossings_where_the_cheapest_changes() {
    let s = scenario(&std::fs::read_to_string("examples/dealer-nl.toml").unwrap());
    let b = run(&s, "outcomes.bot.test_drive", (0, 400), &[]);
    let turns: Vec<u64> = b.turns().into_iter().map(|i| b.crossings[i].at).collect();
    let changes: Vec<u64> = b.envelope.iter().skip(1).map(|span| span.from).collect();
    assert_eq!(turns, changes, "{:?}", envelope(&b));
    assert_eq!(turns, [70]);
    assert!(b.crossings.len() > turns.len(), "dearer plans cross too: {:?}", crossings(&b));
}
