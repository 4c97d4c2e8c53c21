//! The comparison's rule (CONTRACT.md, "Coverage"): every non-zero quantity of work is accounted
//! for on every quote exactly once (the vendor's lines, Meta's, in-house ones, or uncovered), and
//! a quote ranks by what the whole scenario costs the user. Figures worked by hand in each test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{month, quote, quotes, scenario};
use pricesim::catalog::Catalog;
use pricesim::compare::compare;
use pricesim::money::Currency;
use pricesim::quote::{How, Payee, Quote, WarningKind, Why};
use pricesim::ratecard::{Status, Work};
use pricesim::scenario::{InHouse, Scenario, TermValue};
use pricesim::usage::{OUTCOMES, Usage, UsageKey};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Every plan the shipped cards have in force, named, so that Meta's is quoted too (and
/// Enterprise when the scenario gives its terms).
fn every_plan(s: &Scenario) -> Vec<Quote> {
    let catalog = Catalog::shipped().unwrap();
    let day = s.month.first_day();
    let mut names = Vec::new();
    for card in catalog.cards() {
        if let Ok(v) = card.version_at(day) {
            let priced =
                |p: &&pricesim::ratecard::Plan| p.terms_used().iter().all(|t| s.term(&card.vendor, t).is_some());
            names.extend(v.plans.iter().filter(priced).map(|p| format!("{}/{}", card.vendor, p.id)));
        }
    }
    compare(&catalog, s, &names).unwrap().quotes
}

/// `(usage, payee or none)` → quantity, from a quote's accounts.
fn accounts(q: &Quote) -> BTreeMap<(UsageKey, Option<Payee>), u64> {
    let mut out = BTreeMap::new();
    for c in &q.coverage {
        *out.entry((c.usage.clone(), Some(c.payee))).or_insert(0) += c.quantity;
    }
    for u in &q.uncovered {
        *out.entry((u.usage.clone(), None)).or_insert(0) += u.quantity;
    }
    out
}

fn work_keys() -> Vec<UsageKey> {
    let mut keys: Vec<UsageKey> = ["contacts.engaged", "contacts.database", "agents.livechat", "email.sent"]
        .iter()
        .map(|k| UsageKey::parse(k).unwrap())
        .collect();
    for o in OUTCOMES {
        keys.push(UsageKey::outcome("agent", o));
        keys.push(UsageKey::outcome("bot", o));
    }
    for (country, category) in [
        ("NL", "marketing"),
        ("NL", "service"),
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

const IN_HOUSE_KEYS: [&str; 6] = [
    "outcomes.agent.*",
    "outcomes.bot.*",
    "outcomes.bot.test_drive",
    "outcomes.agent.crm_lead",
    "email.sent",
    "agents.livechat",
];
const MONTHS: [&str; 6] = ["2022-05", "2023-09", "2024-11", "2025-09", "2026-08", "2026-12"];

fn random_scenario() -> impl Strategy<Value = Scenario> {
    let keys = work_keys();
    let n = keys.len();
    (
        prop::collection::vec((0..n, 0u64..20_000), 0..12),
        prop::collection::vec((0..IN_HOUSE_KEYS.len(), 0u64..5_000), 0..4),
        0..MONTHS.len(),
        prop::bool::ANY,
        prop::bool::ANY,
    )
        .prop_map(move |(counts, costs, m, usd, enterprise)| {
            let mut usage = Usage::default();
            for (i, c) in counts {
                usage.set(keys[i].clone(), c);
            }
            let mut in_house = InHouse::default();
            for (i, cents) in costs {
                in_house.set(IN_HOUSE_KEYS[i], Decimal::new(cents as i64, 2));
            }
            let mut terms = BTreeMap::new();
            if enterprise {
                let t: &mut BTreeMap<String, TermValue> = terms.entry("web1on1".to_string()).or_default();
                t.insert("enterprise_fee".into(), TermValue::Money(d("2400")));
                t.insert("enterprise_points".into(), TermValue::Count(25_000));
                t.insert("enterprise_point_price".into(), TermValue::Money(d("0.11")));
            }
            Scenario {
                name: Some("p".into()),
                month: MONTHS[m].parse().unwrap(),
                currency: if usd { Currency::USD } else { Currency::EUR },
                usage,
                terms,
                weekdays: None,
                months: Vec::new(),
                in_house,
                ranges: Default::default(),
                quote: Default::default(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Each non-zero work quantity is accounted for exactly once, in full; each payee's lines,
    /// summed here and converted at the month's rate, are its part of the cost; the parts add up
    /// to the total; a quote has a cost exactly when nothing is uncovered or unknown (the shipped
    /// rates convert every currency a scenario here uses).
    #[test]
    fn every_work_quantity_is_accounted_for_once_and_costs_add_up(s in random_scenario()) {
        let catalog = Catalog::shipped().unwrap();
        for q in every_plan(&s) {
            let acc = accounts(&q);
            for (key, n) in s.usage.iter() {
                let got: u64 = acc.iter().filter(|((k, _), _)| k == key).map(|(_, n)| n).sum();
                let is_work = Work::of(key).is_some();
                prop_assert_eq!(got, if is_work { n } else { 0 }, "{}: {} of `{}`", q.plan, got, key);
            }
            prop_assert!(acc.keys().all(|(k, _)| s.usage.get(k) > 0), "{}: accounts for work not asked", q.plan);
            // In-house lines price exactly the work accounted in-house, at the scenario's costs.
            let in_house: u64 = acc.iter().filter(|((_, p), _)| *p == Some(Payee::InHouse)).map(|(_, n)| n).sum();
            let lines: Decimal = q.lines.iter().filter(|l| l.payee == Payee::InHouse).map(|l| l.quantity).sum();
            prop_assert_eq!(Decimal::from(in_house), lines, "{}", q.plan);
            for l in q.lines.iter().filter(|l| l.payee == Payee::InHouse) {
                prop_assert_eq!(l.currency, s.currency);
                prop_assert_eq!(l.source.status, Status::Estimate);
            }
            // Meta's own lines appear exactly when WhatsApp work is priced to Meta.
            let priced_to_meta = q.coverage.iter().any(|c| c.payee == Payee::Meta && c.how == How::Priced);
            prop_assert_eq!(priced_to_meta, q.lines.iter().any(|l| l.payee == Payee::Meta), "{}", q.plan);
            prop_assert_eq!(q.ranks(), q.uncovered.is_empty() && !q.incomplete, "{}", q.plan);
            if let Some(cost) = &q.cost {
                for payee in Payee::ALL {
                    let mut part = Decimal::ZERO;
                    let mut by_currency: BTreeMap<&str, (Currency, Decimal)> = BTreeMap::new();
                    for l in q.lines.iter().filter(|l| l.payee == payee) {
                        by_currency.entry(l.currency.code()).or_insert((l.currency, Decimal::ZERO)).1 += l.amount;
                    }
                    for (currency, sum) in by_currency.into_values() {
                        part += if currency == s.currency {
                            sum
                        } else {
                            catalog.fx().rate(currency, s.currency, s.month).unwrap().convert(sum).unwrap()
                        };
                    }
                    prop_assert_eq!(cost.by_payee.get(payee), part, "{} {:?}", q.plan, payee);
                }
                prop_assert_eq!(cost.total, cost.by_payee.vendor + cost.by_payee.meta + cost.by_payee.in_house);
            }
        }
    }

    /// With only WhatsApp traffic, no plan costs less than Meta's own fees for the same messages,
    /// in the currency the plan bills in (Meta bills in EUR or USD, as the business chooses); in
    /// euros, no ranked plan's cost is below `meta/cloud-api`'s whatever the plan bills in. (In
    /// dollars a euro plan can be: Meta's EUR card is its USD card ÷ 1.207, cheaper than the
    /// dollar at the ECB's 1.1721 of 2026-01-02.)
    #[test]
    fn no_plan_is_cheaper_than_meta_alone(rows in prop::collection::vec((0..7usize, 0u64..30_000), 1..6), m in 0..MONTHS.len()) {
        let wa: Vec<UsageKey> = work_keys().into_iter().filter(|k| k.as_whatsapp().is_some()).collect();
        let mut usage = Usage::default();
        for (i, n) in rows {
            usage.set(wa[i].clone(), n);
        }
        for display in [Currency::EUR, Currency::USD] {
            let s = Scenario {
                name: None,
                month: MONTHS[m].parse().unwrap(),
                currency: display,
                usage: usage.clone(),
                terms: BTreeMap::new(),
                weekdays: None,
                months: Vec::new(),
                in_house: InHouse::default(),
                ranges: Default::default(),
                quote: Default::default(),
            };
            let all = every_plan(&s);
            let Some(cloud) = all.iter().find(|x| x.plan == "meta/cloud-api").unwrap().cost.as_ref().map(|c| c.total) else {
                continue; // a rate Meta has not published: nothing to compare with
            };
            for q in all.iter().filter(|q| q.currency == display || display == Currency::EUR) {
                let Some(cost) = &q.cost else { continue };
                prop_assert!(cost.total >= cloud, "{} costs {} against Meta's own {} in {}", q.plan, cost.total, cloud, display);
            }
        }
    }
}

#[test]
fn german_marketing_on_a_euro_plan_is_complete_and_ranked_with_a_derived_rate() {
    // 500 German marketing messages in 2026-12: Meta's USD rate $0.1365 ÷ 1.207 = €0.11309 →
    // €0.1131, derived; 500 × €0.1131 = €56.55 on top of Grow's €499.00.
    let q = quote(&month("[[whatsapp]]\ncountry = \"DE\"\nmarketing = 500\n"), "web1on1/grow");
    assert!(!q.incomplete && q.uncovered.is_empty());
    assert_eq!(q.rank, Some(1));
    let line = q.lines.iter().find(|l| l.code == "passthrough").unwrap();
    assert_eq!((line.unit_price, line.amount, line.source.status), (d("0.1131"), d("56.55"), Status::Derived));
    assert!(line.source.note.as_deref().unwrap().starts_with("Meta's USD rate divided by 1.207"));
    assert_eq!(line.source.date.unwrap().to_string(), "2026-10-01", "the USD row it comes from");
    assert_eq!(q.cost.unwrap().total, d("555.55"));
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnpublishedPrice && w.message.contains("derived")));
}

#[test]
fn the_euro_card_of_july_2026_is_used_until_the_next_pricing_version() {
    // 2026-08: the EUR card copied for 2026-07-01 (unverified) holds Germany's €0.1131; in
    // 2026-12 the 2026-10-01 version starts anew and Germany's EUR rate is derived again.
    let august = quote(
        &scenario(
            "version = 1\nmonth = \"2026-08\"\ncurrency = \"EUR\"\n[[whatsapp]]\ncountry = \"DE\"\nmarketing = 10\n",
        ),
        "meta/cloud-api",
    );
    assert_eq!((august.lines[0].unit_price, august.lines[0].source.status), (d("0.1131"), Status::Unverified));
    assert_eq!(august.currency, Currency::EUR, "Meta bills a euro scenario in euros");
    // Pakistan's utility: Meta raised it on 2026-04-01; the July EUR card has €0.0083 where
    // dividing the old USD $0.0054 would give €0.0045.
    let pk = quote(
        &scenario(
            "version = 1\nmonth = \"2026-08\"\ncurrency = \"EUR\"\n[[whatsapp]]\ncountry = \"PK\"\nutility = 100\n",
        ),
        "meta/cloud-api",
    );
    assert_eq!(pk.lines[0].unit_price, d("0.0083"));
}

#[test]
fn web1on1_seats_are_free_and_emails_go_in_house() {
    // Seats: "no unused licenses". 20,000 emails at €0.0008 in-house = €16.00.
    let s = month("[agents]\nlivechat = 12\n[email]\nsent = 20000\n[in_house]\n\"email.sent\" = \"0.0008\"\n");
    let q = quote(&s, "web1on1/base");
    let acc = accounts(&q);
    assert_eq!(acc[&(UsageKey::parse("agents.livechat").unwrap(), Some(Payee::Vendor))], 12);
    assert!(q.coverage.iter().any(|c| c.usage.as_str() == "agents.livechat" && c.how == How::Free));
    assert_eq!(acc[&(UsageKey::parse("email.sent").unwrap(), Some(Payee::InHouse))], 20_000);
    let line = q.lines.iter().find(|l| l.payee == Payee::InHouse).unwrap();
    assert_eq!((line.description.as_str(), line.amount), ("Emails sent with your own tool (in-house)", d("16.00")));
    let cost = q.cost.unwrap();
    assert_eq!((cost.by_payee.vendor, cost.by_payee.in_house, cost.total), (d("99.00"), d("16.00"), d("115.00")));
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::OwnEstimate));
}

#[test]
fn an_outcome_name_beats_its_actors_star() {
    // Woztell sells no outcomes: 10 bot test drives at the named €2.00, 5 CRM leads at the bot's
    // `*` €0.50, 3 agent test drives at the agents' €14.00: €20.00 + €2.50 + €42.00 = €64.50.
    let s = month(
        "[outcomes.bot]\ntest_drive = 10\ncrm_lead = 5\n[outcomes.agent]\ntest_drive = 3\n[in_house]\n\
         \"outcomes.bot.*\" = \"0.50\"\n\"outcomes.bot.test_drive\" = \"2.00\"\n\"outcomes.agent.*\" = \"14.00\"\n",
    );
    let q = quote(&s, "woztell/starter");
    let in_house: Vec<(String, Decimal, Decimal)> = q
        .lines
        .iter()
        .filter(|l| l.payee == Payee::InHouse)
        .map(|l| (l.description.clone(), l.quantity, l.unit_price))
        .collect();
    assert_eq!(
        in_house,
        [
            ("Test drives by your own staff (in-house)".to_string(), d("3"), d("14.00")),
            ("CRM leads by your own bot (in-house)".to_string(), d("5"), d("0.50")),
            ("Test drives by your own bot (in-house)".to_string(), d("10"), d("2.00")),
        ]
    );
    assert_eq!(q.cost.unwrap().by_payee.in_house, d("64.50"));
}

#[test]
fn an_outcome_not_offered_without_an_in_house_cost_is_uncovered_and_said_so() {
    let q = quote(&month("[outcomes.bot]\ntest_drive = 20\n"), "woztell/growth");
    assert_eq!(q.uncovered.len(), 1);
    assert_eq!(
        (q.uncovered[0].usage.as_str(), q.uncovered[0].quantity, q.uncovered[0].why),
        ("outcomes.bot.test_drive", 20, Why::NotOffered)
    );
    assert_eq!((q.cost.as_ref(), q.rank), (None, None));
    let w = q.why_unranked().next().unwrap();
    assert_eq!(
        w.message,
        "Woztell does not sell outcomes completed by a bot: 20 test drives; give their in-house cost under [in_house] (`outcomes.bot.*`, or one outcome's name) to rank this plan"
    );
}

#[test]
fn usercom_pays_meta_directly_for_whatsapp_in_metas_currency() {
    // 900 contacts: User.com's $99.00 range; 600 NL marketing × $0.1597 = $95.82 and 900 NL
    // utility × $0.0500 = $45.00 paid to Meta directly: $239.82 in all.
    let s = scenario(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nengaged = 900\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 600\nutility = 900\n",
    );
    let q = quote(&s, "usercom/standard");
    assert_eq!(q.total, d("99.00"), "the vendor's invoice holds only its own lines");
    let meta: Vec<(&str, Decimal, Currency)> =
        q.lines.iter().filter(|l| l.payee == Payee::Meta).map(|l| (l.code.as_str(), l.amount, l.currency)).collect();
    assert_eq!(meta, [("whatsapp", d("95.82"), Currency::USD), ("whatsapp", d("45.00"), Currency::USD)]);
    let cost = q.cost.unwrap();
    assert_eq!((cost.by_payee.meta, cost.total), (d("140.82"), d("239.82")));
    // In euros Meta bills its EUR card: $0.1597 ÷ 1.207 = €0.1323, $0.05 ÷ 1.207 = €0.0414.
    let eur = quote(
        &month("[contacts]\nengaged = 900\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 600\n"),
        "usercom/standard",
    );
    let line = eur.lines.iter().find(|l| l.payee == Payee::Meta).unwrap();
    assert_eq!((line.currency, line.unit_price, line.amount), (Currency::EUR, d("0.1323"), d("79.38")));
}

#[test]
fn usercom_does_not_publish_what_seats_cost() {
    let q = quote(&month("[agents]\nlivechat = 3\n[in_house]\n\"agents.livechat\" = \"25\"\n"), "usercom/standard");
    assert!(q.incomplete, "unknown is not zero, and not the user's to price in-house");
    assert_eq!((q.uncovered[0].usage.as_str(), q.uncovered[0].why), ("agents.livechat", Why::UnknownPrice));
    assert!(
        q.warnings
            .iter()
            .any(|w| w.message.starts_with("User.com does not publish what live-chat seats cost on this plan"))
    );
    assert!(q.lines.iter().all(|l| l.payee != Payee::InHouse));
}

#[test]
fn woztell_seats_are_an_example_quota_flagged_even_within_it() {
    // 4 seats: within the example quota of 10, nothing billed, but the quota is an example.
    let q = quote(&month("[agents]\nlivechat = 4\n"), "woztell/starter");
    assert!(
        q.coverage.iter().any(|c| c.usage.as_str() == "agents.livechat" && c.how == How::Included && c.quantity == 4)
    );
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnpublishedPrice
        && w.message.contains("the 10 agents.livechat included are an example figure")));
    // 12 seats: 2 extra × $5.00 (an example price).
    let q = quote(&month("[agents]\nlivechat = 12\n"), "woztell/starter");
    let extra = q.lines.iter().find(|l| l.description == "Extra live-chat agents").unwrap();
    assert_eq!((extra.quantity, extra.amount), (d("2"), d("10.00")));
}

#[test]
fn emails_above_a_stopped_quota_go_in_house_or_stay_uncovered() {
    // User.com, 200 contacts: the $49 range up to 250, a quota of 4 × 250 = 1,000 emails;
    // 5,000 sent: 4,000 above it, which User.com does not send.
    let base = "[contacts]\nengaged = 200\n[email]\nsent = 5000\n";
    let q = quote(&month(base), "usercom/standard");
    assert_eq!((q.uncovered[0].quantity, q.uncovered[0].why), (4000, Why::QuotaReached));
    assert!(q.cost.is_none());
    let w = q.warnings.iter().find(|w| w.kind == WarningKind::QuotaReached).unwrap();
    assert!(
        w.message.contains("set `extra_emails = \"yes\"` under [vendors.usercom], or give their in-house cost"),
        "{}",
        w.message
    );
    // With an in-house cost: 4,000 × €0.001 = €4.00 in-house; the first 1,000 are the vendor's.
    let q = quote(&month(&format!("{base}[in_house]\n\"email.sent\" = \"0.001\"\n")), "usercom/standard");
    let acc = accounts(&q);
    let email = UsageKey::parse("email.sent").unwrap();
    assert_eq!((acc[&(email.clone(), Some(Payee::Vendor))], acc[&(email, Some(Payee::InHouse))]), (1000, 4000));
    assert_eq!(q.cost.unwrap().by_payee.in_house, d("4.00"));
}

#[test]
fn meta_sells_no_seats_outcomes_or_emails() {
    let q = quote(
        &month(
            "[agents]\nlivechat = 2\n[[whatsapp]]\ncountry = \"NL\"\nutility = 10\n[in_house]\n\"agents.livechat\" = \"25.00\"\n",
        ),
        "meta/cloud-api",
    );
    // 10 × €0.0414 = €0.41 to Meta (its own plan: the vendor's lines), 2 seats × €25 in-house.
    assert_eq!(q.total, d("0.41"));
    assert_eq!(q.cost.unwrap().total, d("50.41"));
}

#[test]
fn cheapest_and_cheapest_by_vendor_follow_the_rank() {
    let c = quotes(&scenario(&std::fs::read_to_string("examples/dealer-nl.toml").unwrap()));
    let ranks: Vec<Option<u32>> = c.quotes.iter().map(|q| q.rank).collect();
    assert_eq!(ranks, (1..=7).map(Some).collect::<Vec<_>>());
    let costs: Vec<Decimal> = c.quotes.iter().map(|q| q.cost.as_ref().unwrap().total).collect();
    assert!(costs.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(c.cheapest.as_deref(), Some(c.quotes[0].plan.as_str()));
    for (vendor, plan) in &c.cheapest_by_vendor {
        let best = c.quotes.iter().find(|q| q.plan.starts_with(&format!("{vendor}/"))).unwrap();
        assert_eq!(plan, &best.plan);
    }
}

#[test]
fn every_shipped_example_names_a_cheapest_plan_and_ranks_three_vendors() {
    for file in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let c = quotes(&scenario(&std::fs::read_to_string(&path).unwrap()));
        assert!(c.cheapest.is_some(), "{}", path.display());
        let vendors: std::collections::BTreeSet<&str> =
            c.quotes.iter().filter(|q| q.ranks()).map(|q| q.plan.split('/').next().unwrap()).collect();
        assert!(vendors.len() >= 3, "{}: {vendors:?}", path.display());
    }
}

#[test]
fn a_card_silent_about_a_kind_of_work_is_refused() {
    let card = r#"format = 1
vendor = "quiet"
currency = "EUR"
[[versions]]
effective_from = "2024-01-01"
source = { status = "example" }
[versions.work]
outcomes = "not_offered"
whatsapp = "not_offered"
"email.sent" = { is = "free" }
[[versions.plans]]
id = "a"
name = "A"
charges = [{ kind = "recurring", period = "month", description = "fee", amount = "1" }]
"#;
    let e = pricesim::ratecard::load::load_str(Path::new("quiet.toml"), card).unwrap_err().to_string();
    assert!(e.contains("`versions[0].work.email.sent`: say why in a note"), "{e}");
    assert!(
        e.contains("`versions[0].plans[0].work`: the plan does not say what it does with `agents.livechat`"),
        "{e}"
    );
}

#[test]
fn in_house_costs_are_checked_like_every_input() {
    let catalog = Catalog::shipped().unwrap();
    let text = "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[in_house]\n\"outcomes.bot.tset_drive\" = \"1\"\n\
                \"email.sent\" = \"-1\"\n\"contacts.engaged\" = \"1\"\n\"outcomes.staff.*\" = \"1\"\n";
    let e = pricesim::scenario::load_str(Path::new("s.toml"), text, &catalog).unwrap_err().to_string();
    assert!(
        e.contains(
            "s.toml:5:29: `in_house.outcomes.bot.tset_drive`: unknown outcome `tset_drive`, did you mean `test_drive`?"
        ),
        "{e}"
    );
    assert!(e.contains("`in_house.email.sent`: a cost must not be negative, found `-1`"), "{e}");
    assert!(e.contains("`in_house.contacts.engaged`: `contacts.engaged` is not work a plan may leave to you"), "{e}");
    assert!(e.contains("`in_house.outcomes.staff.*`: `staff` is not who completes an outcome"), "{e}");
}
