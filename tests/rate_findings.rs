//! The findings of December 2026 (`../shared/reference/rate-findings-2026-12.md`) as the shipped
//! cards price them: Meta's 2026-04-01 changes, Qatar's 2026-07-01 rates, the 2026-10-01
//! authentication-international rates, Kazakhstan's market, Woztell's deposit paying extra users.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use pricesim::quote::{Quote, WarningKind};

/// `pricesim quote` of a scenario in USD on Meta's own plan, as JSON.
fn quote_json(name: &str, month: &str, rows: &str) -> serde_json::Value {
    let text = format!("version = 1\nmonth = \"{month}\"\ncurrency = \"USD\"\n{rows}");
    let file = common::temp_file(name, &text).with_file_name("scenario.toml");
    std::fs::write(&file, text).unwrap();
    let out = common::run(&["quote", file.to_str().unwrap(), "--plan", "meta/cloud-api", "--format", "json"]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Each line of the first quote as `description: unit_price`.
fn unit_prices(json: &serde_json::Value) -> Vec<String> {
    json["quotes"][0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| format!("{}: {}", l["description"].as_str().unwrap(), l["unit_price"].as_str().unwrap()))
        .collect()
}

fn meta(month: &str, rows: &str) -> Quote {
    let s = common::scenario(&format!("version = 1\nmonth = \"{month}\"\ncurrency = \"USD\"\n{rows}"));
    common::quote(&s, "meta/cloud-api")
}

#[test]
fn may_2026_has_the_changes_of_april_the_first() {
    let json = quote_json(
        "april-changes",
        "2026-05",
        "[[whatsapp]]\ncountry = \"TR\"\nutility = 100\n\
         [[whatsapp]]\ncountry = \"PK\"\nutility = 100\n\
         [[whatsapp]]\ncountry = \"SA\"\nmarketing = 100\n",
    );
    // Turkey's utility fell to EUR 0.0007 = USD 0.0008 (below $0.002, where the cards had 0.0053);
    // Pakistan's rose to EUR 0.0083 = USD 0.0100 (0.0054 before); Saudi marketing 0.0501 from
    // 2026-04-01, not 2026-07-01.
    assert_eq!(
        unit_prices(&json),
        [
            "WhatsApp (Meta): utility messages, Pakistan (PK): 0.0100",
            "WhatsApp (Meta): marketing messages, Saudi Arabia (SA): 0.0501",
            "WhatsApp (Meta): utility messages, Turkey (TR): 0.0008",
        ]
    );
    // 100 × 0.0100 = 1.00, 100 × 0.0501 = 5.01, 100 × 0.0008 = 0.08.
    assert_eq!(json["quotes"][0]["total"], "6.09");
    // Each row says how far it can be trusted: dates reconstructed, values derived from EUR.
    let statuses: Vec<&str> = json["quotes"][0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["source"]["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["unverified"; 3]);
}

#[test]
fn march_2026_still_has_the_old_rates() {
    let q = meta(
        "2026-03",
        "[[whatsapp]]\ncountry = \"TR\"\nutility = 100\n[[whatsapp]]\ncountry = \"SA\"\nmarketing = 100\n",
    );
    let prices: Vec<String> = q.lines.iter().map(|l| l.unit_price.to_string()).collect();
    assert_eq!(prices, ["0.0455", "0.0053"]);
}

#[test]
fn india_authentication_international_from_april_2026() {
    let q = meta("2026-05", "[[whatsapp]]\ncountry = \"IN\"\nauthentication_international = 1000\n");
    // EUR 0.0252 × 1.207 = 0.0304; 1,000 × 0.0304 = 30.40.
    assert_eq!(q.lines[0].unit_price.to_string(), "0.0304");
    assert_eq!(q.total.to_string(), "30.40");
}

#[test]
fn qatar_is_priced_in_dollars_from_july_2026() {
    let json = quote_json(
        "qatar",
        "2026-08",
        "[[whatsapp]]\ncountry = \"QA\"\nmarketing = 100\nutility = 100\nauthentication = 100\n",
    );
    // Marketing 0.0341 and utility 0.0120 from Meta's USD CSV; authentication = utility.
    assert_eq!(
        unit_prices(&json),
        [
            "WhatsApp (Meta): marketing messages, Qatar (QA): 0.0341",
            "WhatsApp (Meta): utility messages, Qatar (QA): 0.0120",
            "WhatsApp (Meta): authentication messages, Qatar (QA): 0.0120",
        ]
    );
    assert_eq!(json["quotes"][0]["rank"], 1, "every rate known: the quote ranks");
}

#[test]
fn authentication_international_from_october_2026() {
    let q = meta(
        "2026-11",
        "[[whatsapp]]\ncountry = \"KZ\"\nauthentication_international = 10\n\
         [[whatsapp]]\ncountry = \"NG\"\nauthentication_international = 10\n\
         [[whatsapp]]\ncountry = \"MA\"\nauthentication_international = 10\n\
         [[whatsapp]]\ncountry = \"ZA\"\nauthentication_international = 10\n",
    );
    let prices: Vec<String> = q.lines.iter().map(|l| format!("{} {}", &l.description[17..], l.unit_price)).collect();
    assert_eq!(
        prices,
        [
            "authentication-international messages, Kazakhstan (KZ) 0.16",
            "authentication-international messages, Morocco (MA) 0.0811",
            "authentication-international messages, Nigeria (NG) 0.075",
            "authentication-international messages, South Africa (ZA) 0.0200",
        ]
    );
    assert!(!q.incomplete);
}

#[test]
fn kazakhstan_is_in_rest_of_central_and_eastern_europe_until_october_2026() {
    let q = meta("2026-09", "[[whatsapp]]\ncountry = \"KZ\"\nmarketing = 10\n");
    assert_eq!(q.lines[0].description, "WhatsApp (Meta): marketing messages, Rest of Central & Eastern Europe (KZ)");
    assert_eq!(q.lines[0].unit_price.to_string(), "0.0860");
    assert!(!q.warnings.iter().any(|w| w.kind == WarningKind::UnlistedCountry), "no longer priced as `Other`");
    let q = meta("2026-10", "[[whatsapp]]\ncountry = \"KZ\"\nmarketing = 10\n");
    assert_eq!(q.lines[0].description, "WhatsApp (Meta): marketing messages, Kazakhstan (KZ)");
    // A Kazakh number in a log before the change is in the same market.
    let csv =
        "timestamp,contact,direction,type,category,origin\n2026-09-05T10:00:00Z,+77011234567,out,template,marketing,\n";
    let report = common::rate_log_text("kazakhstan", csv, "UTC");
    assert_eq!(common::log_summary(&report), ["2026-09 Rest of Central & Eastern Europe marketing: 1 billable"]);
}

#[test]
fn woztell_growth_pays_extra_active_users_from_the_deposit() {
    let s = common::scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nengaged = 1500\n");
    let q = common::quote(&s, "woztell/growth");
    let extra = q.lines.iter().find(|l| l.description == "Extra monthly active users").unwrap();
    // 1,500 active users, 1,000 included: 500 × $0.08 = $40.00, an example price.
    assert_eq!((extra.quantity.to_string(), extra.amount.to_string()), ("500".into(), "40.00".into()));
    assert_eq!(extra.item.meter(), Some("contacts.active"));
    let wallet = q.wallet.as_ref().unwrap();
    // Deducted from the $100 deposit on the month's last day: 100 − 40 = 60, above the 10% net.
    assert_eq!(wallet.deducted.to_string(), "40.00");
    assert_eq!(wallet.closing.to_string(), "60.00");
    assert!(wallet.top_ups.is_empty());
    // The card pays the plan fee ($99.00) directly, not the extra users.
    assert_eq!(wallet.card_charged.to_string(), "99.00");
    assert!(q.warnings.iter().any(|w| w.message.starts_with("Extra monthly active users: 0.08 is an example price")));
}

#[test]
fn woztell_extra_seats_are_not_paid_from_the_deposit() {
    let s = common::scenario(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nengaged = 100\n[agents]\nlivechat = 12\n",
    );
    let wallet = common::quote(&s, "woztell/growth").wallet.unwrap();
    // Two extra seats at $5: on the card with the $99 fee, the deposit untouched.
    assert_eq!(wallet.deducted.to_string(), "0");
    assert_eq!(wallet.card_charged.to_string(), "109.00");
}

#[test]
fn usercom_extra_emails_are_a_published_price() {
    let s = common::scenario(
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[contacts]\nengaged = 100\n[email]\nsent = 2000\n\
         [vendors.usercom]\nextra_emails = \"yes\"\n",
    );
    let q = common::quote(&s, "usercom/standard");
    let extra = q.lines.iter().find(|l| l.description.starts_with("Extra emails")).unwrap();
    assert_eq!(extra.source.status.to_string(), "published");
    assert!(extra.source.note.as_deref().unwrap().contains("undated"));
}
