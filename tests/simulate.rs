//! Woztell's prepaid credits and `simulate`: the seed's examples, wallets day by day, and the law
//! that a wallet's money is never lost or made up.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use pricesim::catalog::Catalog;
use pricesim::quote::Quote;
use pricesim::simulate::{Simulation, simulate, usage_in};
use pricesim::usage::UsageKey;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn run(text: &str, months: u32, growth: &str, plan: &str) -> Simulation {
    let s = common::scenario(text);
    simulate(&Catalog::shipped().unwrap(), &s, months, d(growth), &[plan.to_string()]).unwrap()
}

fn lines(q: &Quote) -> Vec<String> {
    q.lines.iter().map(|l| format!("{}: {} × {} = {}", l.description, l.quantity, l.unit_price, l.amount)).collect()
}

const LIVECHAT_2020: &str = "version = 1\nmonth = \"2020-01\"\ncurrency = \"USD\"\n";

#[test]
fn seed_an_eleventh_agent_in_january_costs_5_dollars_that_month_only() {
    let text = format!(
        "{LIVECHAT_2020}[agents]\nlivechat = 11\n[[months]]\nmonth = \"2020-02\"\n[months.agents]\nlivechat = 10\n"
    );
    let s = run(&text, 2, "0", "woztell/livechat");
    let jan = &s.months[0].quotes[0];
    assert_eq!(lines(jan)[1], "Extra live-chat agents: 1 × 5.00 = 5.00");
    let feb = &s.months[1].quotes[0];
    assert!(feb.lines.iter().all(|l| l.code != "overage"), "{:?}", lines(feb));
}

#[test]
fn seed_twelve_agents_every_month_cost_10_dollars_a_month() {
    let s = run(&format!("{LIVECHAT_2020}[agents]\nlivechat = 12\n"), 3, "0", "woztell/livechat");
    for m in &s.months {
        assert_eq!(lines(&m.quotes[0])[1], "Extra live-chat agents: 2 × 5.00 = 10.00");
    }
}

#[test]
fn seed_1200_active_customers_cost_18_dollars_and_fewer_nothing() {
    let text = format!(
        "{LIVECHAT_2020}[contacts]\nactive = 1200\n[[months]]\nmonth = \"2020-02\"\n[months.contacts]\nactive = 1120\n[[months]]\nmonth = \"2020-03\"\n[months.contacts]\nactive = 900\n"
    );
    let s = run(&text, 3, "0", "woztell/livechat");
    assert_eq!(lines(&s.months[0].quotes[0])[1], "Extra active customers: 200 × 0.09 = 18.00");
    assert_eq!(lines(&s.months[1].quotes[0])[1], "Extra active customers: 120 × 0.09 = 10.80");
    assert_eq!(s.months[2].quotes[0].lines.len(), 1, "back under the allowance: only the plan fee");
    // Z1: 12 agents and 1,200 active customers: $28.00 deducted from the credit, at the month's end.
    let both = run(
        &format!("{LIVECHAT_2020}[agents]\nlivechat = 12\n[contacts]\nactive = 1200\n"),
        1,
        "0",
        "woztell/livechat",
    );
    let w = both.months[0].quotes[0].wallet.as_ref().unwrap();
    assert_eq!(w.deducted, d("28.00"));
    assert_eq!(w.closing, d("72.00"));
    assert_eq!(w.card_charged, d("99.00"), "only the (example) fee; no top-up");
}

#[test]
fn z2_growth_with_1500_monthly_active_users() {
    let s = run(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nactive = 1500\n",
        1,
        "0",
        "woztell/growth",
    );
    let q = &s.months[0].quotes[0];
    assert_eq!(lines(q)[1], "Extra monthly active users: 500 × 0.08 = 40.00");
    assert!(q.warnings.iter().any(|w| w.message.contains("example price")));
}

/// A 2026-12 scenario with `marketing` NL templates a month (0.1597 each) on `plan`.
fn templates(marketing: u64, extra: &str) -> String {
    format!(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n{extra}[[whatsapp]]\ncountry = \"NL\"\nmarketing = {marketing}\n"
    )
}

#[test]
fn several_top_ups_in_one_month_and_credit_carried_over() {
    // Livechat (2019 rules apply to the plan's own wallet whatever the month): $100 credit, top-up
    // when 80% is used. 2,000 NL marketing templates = $319.40 in December.
    let mut catalog_text = std::fs::read_to_string("ratecards/woztell.toml").unwrap();
    catalog_text = catalog_text.replace("effective_from = \"2023-03-01\"", "effective_from = \"2099-03-01\"");
    let dir = std::env::temp_dir().join(format!("pricesim-sim-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("meta")).unwrap();
    std::fs::write(dir.join("woztell.toml"), catalog_text).unwrap();
    for name in
        ["meta.toml", "meta/markets.csv", "meta/rates-usd.csv", "meta/rates-eur.csv", "meta/rates-eur-2026-07.csv"]
    {
        std::fs::copy(std::path::Path::new("ratecards").join(name), dir.join(name)).unwrap();
    }
    let catalog = Catalog::load_dir(&dir).unwrap();
    let text = format!(
        "{}[[months]]\nmonth = \"2027-01\"\n[[months.whatsapp]]\ncountry = \"NL\"\nmarketing = 0\n",
        templates(2000, "")
    );
    let s = pricesim::scenario::load_str(std::path::Path::new("s.toml"), &text, &catalog).unwrap();
    let sim = simulate(&catalog, &s, 2, Decimal::ZERO, &["woztell/livechat".to_string()]).unwrap();
    let dec = sim.months[0].quotes[0].wallet.clone().unwrap();
    assert_eq!(dec.deducted, d("319.40"));
    assert_eq!(dec.top_up_count(), 3, "{dec:?}");
    assert_eq!(dec.closing, d("100") + d("300") - d("319.40"));
    assert_eq!(dec.card_charged, d("300") + d("99.00"));
    assert!(dec.blocked_from.is_some());
    // January has no usage: the credit does not expire, nothing is deducted or topped up.
    let jan = sim.months[1].quotes[0].wallet.clone().unwrap();
    assert_eq!(jan.opening, dec.closing);
    assert_eq!(jan.closing, dec.closing);
    assert!(jan.top_ups.is_empty());
    assert_eq!(jan.deducted, Decimal::ZERO);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn whatsapp_costs_posted_three_days_late_cross_into_the_next_month() {
    // Growth (2023): $100 deposit, costs deducted 3 days late. 3,100 templates over 31 December
    // days: $495.07, $15.97 a day; the last three days are deducted in January.
    let s = run(&templates(3100, ""), 2, "0", "woztell/growth");
    let dec = s.months[0].quotes[0].wallet.clone().unwrap();
    let per_day = d("495.07") / d("31");
    assert_eq!(s.months[0].quotes[0].lines[1].amount, d("495.07"));
    assert!(dec.pending > d("3") * per_day.floor() && dec.pending < d("3") * per_day.ceil() + d("0.03"), "{dec:?}");
    assert_eq!(dec.deducted + dec.pending, d("495.07"));
    let jan = s.months[1].quotes[0].wallet.clone().unwrap();
    assert_eq!(jan.deducted, dec.pending + d("495.07") - jan.pending);
    // Deductions start on the 4th (the 1st's costs, 3 days late); on the 9th the balance falls
    // under the deposit's $10 safety net, and the card tops it up.
    assert_eq!(dec.top_ups[0].date.to_string(), "2026-12-09");
}

#[test]
fn a_credit_larger_than_a_month_spend_never_tops_up() {
    let text = templates(100, "[vendors.woztell]\ncredit = \"3000\"\n");
    let s = run(&text, 6, "0", "woztell/growth");
    let mut balance = d("3000");
    for m in &s.months {
        let w = m.quotes[0].wallet.as_ref().unwrap();
        assert!(w.top_ups.is_empty());
        assert_eq!(w.opening, balance);
        balance = w.closing;
    }
    assert!(balance < d("3000"));
}

#[test]
fn growth_compounds_and_rounds_to_whole_counts() {
    let s = common::scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 100\n");
    let key = UsageKey::parse("contacts.engaged").unwrap();
    assert_eq!(usage_in(&s, 0, d("5")).unwrap().get(&key), 100);
    assert_eq!(usage_in(&s, 1, d("5")).unwrap().get(&key), 105);
    assert_eq!(usage_in(&s, 2, d("5")).unwrap().get(&key), 110); // 110.25
    assert_eq!(usage_in(&s, 2, d("-10")).unwrap().get(&key), 81);
}

#[test]
fn totals_add_up_the_months() {
    let s = run(&templates(500, ""), 12, "3", "woztell/starter");
    let total: Decimal = s.months.iter().map(|m| m.quotes[0].total).sum();
    assert_eq!(s.totals[0].total, total);
    let card: Decimal = s.months.iter().map(|m| m.quotes[0].wallet.as_ref().unwrap().card_charged).sum();
    assert_eq!(s.totals[0].card_charged, Some(card));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn a_wallet_never_loses_or_makes_up_money(
        marketing in 0u64..6_000,
        agents in 0u64..30,
        active in 0u64..3_000,
        months in 1u32..8,
        growth in -20i64..40,
        credit in prop::sample::select(vec!["20", "50", "100", "250", "3000"]),
        plan in prop::sample::select(vec!["woztell/starter", "woztell/growth", "woztell/agency"]),
        weekdays in prop::option::of(prop::collection::vec(0u32..5, 7)),
    ) {
        let daily = match &weekdays {
            Some(w) if w.iter().any(|x| *x > 0) => format!("[daily]\nweekdays = {w:?}\n"),
            _ => String::new(),
        };
        let extra = format!("{daily}[agents]\nlivechat = {agents}\n[contacts]\nactive = {active}\n[vendors.woztell]\ncredit = \"{credit}\"\n");
        let s = run(&templates(marketing, &extra), months, &growth.to_string(), plan);
        let mut previous: Option<Decimal> = None;
        let mut deducted = Decimal::ZERO;
        let mut paid_from_wallet = Decimal::ZERO;
        let mut last_pending = Decimal::ZERO;
        for m in &s.months {
            let q = &m.quotes[0];
            let w = q.wallet.as_ref().unwrap();
            let topped: Decimal = w.top_ups.iter().map(|t| t.amount).sum();
            prop_assert_eq!(w.opening + topped - w.deducted, w.closing);
            // Each day's top-ups are whole credit values, one entry a day.
            prop_assert_eq!(topped, Decimal::from(w.top_up_count()) * d(credit));
            prop_assert!(w.top_ups.windows(2).all(|p| p[0].date < p[1].date));
            if let Some(p) = previous {
                prop_assert_eq!(w.opening, p, "a month opens with the last one's closing balance");
            }
            previous = Some(w.closing);
            deducted += w.deducted;
            // The 2023 deposit pays WhatsApp and the extra active users; the rest goes on the card.
            let from_wallet = |l: &&pricesim::quote::Line| l.code == "passthrough" || l.item.meter() == Some("contacts.active");
            paid_from_wallet += q.lines.iter().filter(from_wallet).map(|l| l.amount).sum::<Decimal>();
            last_pending = w.pending;
            let direct: Decimal = q.lines.iter().filter(|l| !from_wallet(l)).map(|l| l.amount).sum();
            prop_assert_eq!(w.card_charged, topped + direct);
        }
        // Every cent of usage is deducted, now or later: nothing dropped at month ends.
        prop_assert_eq!(deducted + last_pending, paid_from_wallet);
    }
}

/// A year's cost is twelve months priced as billed: on a card with no dated change ahead, twelve
/// times the month exactly; and the ranking says how much more each plan costs than the cheapest,
/// each gap the difference of the two totals.
#[test]
fn a_year_and_the_gap_to_the_cheapest_of_the_dealer_example() {
    let catalog = Catalog::shipped().unwrap();
    let s = common::scenario(&std::fs::read_to_string("examples/dealer-nl.toml").unwrap());
    let year = pricesim::simulate::a_year(&catalog, &s).unwrap();
    let grow = year.iter().find(|t| t.plan == "web1on1/grow").unwrap();
    assert_eq!(grow.cost, Some(d("10624.80")), "12 × €885.40");
    let comparison = pricesim::compare::compare(&catalog, &s, &[]).unwrap();
    let gaps = comparison.above_cheapest();
    assert_eq!(gaps.get("woztell/starter"), Some(&d("203.51")), "€1,088.91 − €885.40");
    assert!(!gaps.contains_key("web1on1/grow"), "the cheapest has no gap");
    let cost = |plan: &str| comparison.quotes.iter().find(|q| q.plan == plan).unwrap().cost.as_ref().unwrap().total;
    for (plan, gap) in &gaps {
        assert_eq!(*gap, cost(plan) - cost("web1on1/grow"), "{plan}");
        assert!(*gap >= Decimal::ZERO, "{plan} ranks below the cheapest");
    }
    assert!(
        comparison.quotes.iter().filter(|q| !q.ranks()).all(|q| !gaps.contains_key(&q.plan)),
        "unranked plans have none"
    );
}
