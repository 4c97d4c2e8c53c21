//! A simulation's overview: the plans in one fixed order, the running totals, the switch worth
//! making, and growth per group of counts (docs/SIMULATE.md).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use pricesim::catalog::Catalog;
use pricesim::simulate::overview::{Overview, cumulative, monthly};
use pricesim::simulate::{Growth, Simulation, simulate, usage_in};
use pricesim::usage::UsageKey;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

const WEB1ON1: [&str; 3] = ["web1on1/base", "web1on1/grow", "web1on1/scale"];

fn run(text: &str, months: u32, growth: impl Into<Growth>, plans: &[&str]) -> Simulation {
    let plans: Vec<String> = plans.iter().map(|p| p.to_string()).collect();
    simulate(&Catalog::shipped().unwrap(), &common::scenario(text), months, growth, &plans).unwrap()
}

/// 100, 1,500 and 2,000 engaged contacts (2 Chatpoints each): Base is cheapest in January at
/// €99.00; in February Base costs €99 + 2,750 × €0.18 = €594.00 and Grow €499.00, in March
/// €99 + 3,750 × €0.18 = €774.00 against €499 + 1,000 × €0.14 = €639.00.
const RISING: &str = "version = 1\nmonth = \"2026-01\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n\
[[months]]\nmonth = \"2026-02\"\n[months.contacts]\nengaged = 1500\n\
[[months]]\nmonth = \"2026-03\"\n[months.contacts]\nengaged = 2000\n";

#[test]
fn switching_to_grow_in_february_saves_230_euros_over_three_months() {
    let sim = run(RISING, 3, Decimal::ZERO, &WEB1ON1);
    let o = Overview::of(&sim).unwrap();
    let w = o.switch.unwrap();
    assert_eq!(
        (w.from.as_str(), w.to.as_str(), w.month.to_string()),
        ("web1on1/base", "web1on1/grow", "2026-02".into())
    );
    assert_eq!(w.saves, d("230.00"), "(594 − 499) + (774 − 639)");
    assert_eq!(w.currency.code(), "EUR");
    assert_eq!(monthly(&sim, "web1on1/base"), [Some(d("99.00")), Some(d("594.00")), Some(d("774.00"))]);
    assert_eq!(cumulative(&sim, "web1on1/grow").unwrap(), [Some(d("499.00")), Some(d("998.00")), Some(d("1637.00"))]);
    let table = pricesim::render::simulation::table(&sim, "Rising");
    assert!(
        table.contains("switching from web1on1/base to web1on1/grow in 2026-02 saves €230.00 over the horizon"),
        "{table}"
    );
}

#[test]
fn no_switch_while_the_first_months_cheapest_stays_cheapest() {
    let sim = run(
        "version = 1\nmonth = \"2026-01\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n",
        4,
        Decimal::ZERO,
        &WEB1ON1,
    );
    assert_eq!(Overview::of(&sim).unwrap().switch, None);
}

#[test]
fn the_columns_keep_the_first_months_ranking_as_costs_move() {
    let sim = run(RISING, 3, Decimal::ZERO, &WEB1ON1);
    let o = Overview::of(&sim).unwrap();
    let columns: Vec<&str> = o.columns.iter().map(|c| c.plan.as_str()).collect();
    assert_eq!(columns, WEB1ON1, "January's ranking, though Grow is cheapest from February");
    assert_eq!(sim.months[1].quotes[0].plan, "web1on1/grow", "February itself ranks Grow first");
    assert!(o.columns.iter().all(|c| c.cost_known));
}

#[test]
fn a_plan_whose_cost_is_not_known_is_marked() {
    // Web1on1 publishes no points for a bot's topic selection: its cost is not known.
    let text = "version = 1\nmonth = \"2026-01\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n[outcomes.bot]\ntopic_selection = 5\n";
    let sim = run(text, 2, Decimal::ZERO, &WEB1ON1);
    let o = Overview::of(&sim).unwrap();
    assert!(o.columns.iter().all(|c| !c.cost_known));
    assert_eq!(cumulative(&sim, "web1on1/base").unwrap(), [None, None]);
    assert_eq!(o.switch, None, "nothing to compare against");
}

#[test]
fn each_group_of_counts_grows_at_its_own_rate() {
    let s = common::scenario(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n[outcomes.bot]\ntest_drive = 100\n\
         [agents]\nlivechat = 100\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 100\n",
    );
    let growth = Growth { all: d("5"), contacts: Some(d("10")), outcomes: Some(d("-50")), whatsapp: None };
    let two = usage_in(&s, 2, growth).unwrap();
    let get = |k: &str| two.get(&UsageKey::parse(k).unwrap());
    assert_eq!(get("contacts.engaged"), 121, "100 × 1.1²");
    assert_eq!(get("contacts.database"), 121, "a defaulted count follows the grown engaged");
    assert_eq!(get("outcomes.bot.test_drive"), 25, "100 × 0.5²");
    assert_eq!(get("whatsapp.NL.marketing"), 110, "no rate of its own: `all`, 110.25");
    assert_eq!(get("agents.livechat"), 110);
    // One rate alone is the old `--growth`.
    assert_eq!(usage_in(&s, 2, d("5")).unwrap(), usage_in(&s, 2, Growth::from(d("5"))).unwrap());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The running total is the running sum of the months, and a switch's saving is the
    /// difference of the two plans' totals from its month on: staying's total less moving's.
    #[test]
    fn cumulative_is_the_running_sum_and_the_switch_saves_the_difference(
        engaged in 0u64..3_000,
        months in 1u32..10,
        contacts in -30i64..60,
        outcomes in -30i64..60,
        drives in 0u64..40,
    ) {
        let text = format!("version = 1\nmonth = \"2026-01\"\ncurrency = \"EUR\"\n[contacts]\nengaged = {engaged}\n[outcomes.agent]\ntest_drive = {drives}\n");
        let growth = Growth { all: Decimal::ZERO, contacts: Some(Decimal::from(contacts)), outcomes: Some(Decimal::from(outcomes)), whatsapp: None };
        let sim = run(&text, months, growth, &WEB1ON1);
        for plan in WEB1ON1 {
            let monthly = monthly(&sim, plan);
            let mut sum = Decimal::ZERO;
            for (n, total) in cumulative(&sim, plan).unwrap().into_iter().enumerate() {
                sum += monthly[n].unwrap();
                prop_assert_eq!(total, Some(sum));
            }
        }
        let o = Overview::of(&sim).unwrap();
        if let Some(w) = o.switch {
            let n = sim.months.iter().position(|m| m.month == w.month).unwrap();
            let last = sim.months.len() - 1;
            let cum = |plan: &str| cumulative(&sim, plan).unwrap();
            let before = |c: &[Option<Decimal>]| if n == 0 { Decimal::ZERO } else { c[n - 1].unwrap() };
            let (stay, go) = (cum(&w.from), cum(&w.to));
            prop_assert_eq!(w.saves, (stay[last].unwrap() - before(&stay)) - (go[last].unwrap() - before(&go)));
            prop_assert!(w.saves > Decimal::ZERO);
            let (a, b) = (monthly(&sim, &w.from), monthly(&sim, &w.to));
            prop_assert!(b[n].unwrap() < a[n].unwrap(), "cheaper in the month it switches");
            prop_assert!((0..n).all(|k| b[k].unwrap() >= a[k].unwrap()), "and not before");
            prop_assert_eq!(sim.months[0].quotes[0].plan.as_str(), w.from.as_str());
        }
    }
}
