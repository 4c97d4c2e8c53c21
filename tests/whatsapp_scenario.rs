//! A scenario's `[[whatsapp]]` rows priced under the version in force in its month: on Meta's own
//! plan, and passed through by a vendor with a markup.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::compare::compare;
use pricesim::quote::{Quote, WarningKind};
use pricesim::scenario::load_str;

fn meta(month: &str, rows: &str) -> Quote {
    let text = format!("version = 1\nmonth = \"{month}\"\ncurrency = \"USD\"\n{rows}");
    let s = common::scenario(&text);
    common::quote(&s, "meta/cloud-api")
}

fn lines(q: &Quote) -> Vec<String> {
    q.lines.iter().map(|l| format!("{}: {} × {} = {}", l.description, l.quantity, l.unit_price, l.amount)).collect()
}

#[test]
fn conversations_in_2023_with_the_free_tier_on_the_cheapest_first() {
    let q = meta(
        "2023-09",
        "[[whatsapp]]\ncountry = \"NL\"\nmarketing = 500\nservice = 1500\n[[whatsapp]]\ncountry = \"DE\"\nservice = 600\n",
    );
    // 1,000 free service conversations: Germany's 600 (0.0819) first, then 400 of the Netherlands'.
    assert_eq!(
        lines(&q),
        [
            "WhatsApp (Meta): marketing conversations, Netherlands (NL): 500 × 0.1597 = 79.85",
            "WhatsApp (Meta): service conversations, Netherlands (NL): 1100 × 0.0891 = 98.01",
        ]
    );
    assert_eq!(q.total.to_string(), "177.86");
    assert_eq!(q.version.to_string(), "2023-06-01");
    let meter = &q.meters[0];
    assert_eq!((meter.used, meter.included, meter.over), (2100, 1000, 1100));
    assert!(!q.incomplete);
}

#[test]
fn the_2022_free_tier_covers_both_kinds_of_conversation() {
    let q = meta("2022-05", "[[whatsapp]]\ncountry = \"NL\"\nmarketing = 300\nservice = 900\n");
    assert_eq!(
        lines(&q),
        ["WhatsApp (Meta): business-initiated conversations, Netherlands (NL): 200 × 0.1485 = 29.70"]
    );
    // The 2022 rates are derived (a BSP's price divided by its markup): the quote says so.
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnpublishedPrice && w.message.contains("derived")));
}

#[test]
fn service_is_free_from_november_2024() {
    let q = meta("2024-11", "[[whatsapp]]\ncountry = \"NL\"\nservice = 5000\nfree_entry_point = 40\n");
    assert!(q.lines.is_empty());
    assert_eq!(q.total.to_string(), "0.00", "a total is written to the cent even with no lines");
}

#[test]
fn a_sub_cent_amount_rounds_once() {
    // billing-edge-cases A1: 75 India utility messages × 0.0014 = 0.105 → 0.11 (half away from zero).
    let q = meta("2025-09", "[[whatsapp]]\ncountry = \"IN\"\nutility = 75\n");
    assert_eq!(lines(&q), ["WhatsApp (Meta): utility messages, India (IN): 75 × 0.0014 = 0.11"]);
}

#[test]
fn india_utility_volume_tier_starts_at_the_25_000_001st_message() {
    let q = meta("2025-09", "[[whatsapp]]\ncountry = \"IN\"\nutility = 25000000\n");
    assert_eq!(lines(&q), ["WhatsApp (Meta): utility messages, India (IN): 25000000 × 0.0014 = 35000.00"]);
    assert!(!q.incomplete);
    let q = meta("2025-09", "[[whatsapp]]\ncountry = \"IN\"\nutility = 25000001\n");
    assert_eq!(lines(&q), ["WhatsApp (Meta): utility messages, India (IN): 25000000 × 0.0014 = 35000.00"]);
    assert!(q.incomplete, "the tier rate is not published: the 25,000,001st message is flagged, not guessed");
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnknownPrice && w.message.contains("25000001th")));
}

#[test]
fn authentication_international_where_it_applies() {
    let q = meta("2025-09", "[[whatsapp]]\ncountry = \"IN\"\nauthentication_international = 1000\n");
    assert_eq!(
        lines(&q),
        ["WhatsApp (Meta): authentication-international messages, India (IN): 1000 × 0.0280 = 28.00"]
    );
    let q = meta("2025-09", "[[whatsapp]]\ncountry = \"NL\"\nauthentication_international = 10\n");
    assert!(q.incomplete);
    assert!(q.warnings.iter().any(|w| w.message.contains("no rate for this category")));
}

#[test]
fn countries_of_one_market_share_a_line_and_unlisted_ones_are_other() {
    let q = meta(
        "2026-12",
        "[[whatsapp]]\ncountry = \"AT\"\nmarketing = 10\n[[whatsapp]]\ncountry = \"BE\"\nmarketing = 5\n[[whatsapp]]\ncountry = \"LU\"\nmarketing = 1\n",
    );
    assert_eq!(
        lines(&q),
        [
            "WhatsApp (Meta): marketing messages, Other (LU): 1 × 0.0604 = 0.06",
            "WhatsApp (Meta): marketing messages, Rest of Western Europe (AT, BE): 15 × 0.0592 = 0.89",
        ]
    );
    assert!(q.warnings.iter().any(|w| w.kind == WarningKind::UnlistedCountry && w.message.contains("`LU`")));
}

#[test]
fn meta_is_quoted_only_with_whatsapp_traffic() {
    let s = common::scenario("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n");
    assert!(common::quotes(&s).quotes.iter().all(|q| q.plan != "meta/cloud-api"));
}

#[test]
fn a_vendor_passes_meta_fees_on_with_its_markup() {
    let dir = std::env::temp_dir().join(format!("pricesim-markup-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("meta")).unwrap();
    for name in
        ["meta.toml", "meta/markets.csv", "meta/rates-usd.csv", "meta/rates-eur.csv", "meta/rates-eur-2026-07.csv"]
    {
        std::fs::copy(Path::new("ratecards").join(name), dir.join(name)).unwrap();
    }
    std::fs::write(
        dir.join("resale.toml"),
        r#"format = 1
vendor = "resale"
currency = "USD"
[[versions]]
effective_from = "2024-01-01"
source = { status = "example", note = "a test card" }
[[versions.plans]]
id = "basic"
name = "Basic"
charges = [
  { kind = "recurring", period = "month", description = "Basic plan", amount = "10.00" },
  { kind = "passthrough", of = "whatsapp", from = "meta", markup_percent = "20", description = "WhatsApp templates" },
]
[versions.work]
outcomes = "not_offered"
"email.sent" = "not_offered"
"agents.livechat" = "not_offered"
"#,
    )
    .unwrap();
    let catalog = Catalog::load_dir(&dir).unwrap();
    let text =
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 100\n";
    let s = load_str(Path::new("s.toml"), text, &catalog).unwrap();
    let c = compare(&catalog, &s, &[]).unwrap();
    let resale = c.quotes.iter().find(|q| q.plan == "resale/basic").unwrap();
    // 0.1597 × 1.2 = 0.19164 per message.
    assert_eq!(lines(resale)[1], "WhatsApp templates: marketing messages, Netherlands (NL): 100 × 0.19164 = 19.16");
    assert_eq!(resale.total.to_string(), "29.16");
    assert_eq!(c.cheapest.as_deref(), Some("meta/cloud-api"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_card_not_yet_in_force_is_left_out_and_said_so() {
    // January 2022: Web1on1's list is in force, Meta's first version starts in February.
    let s = common::scenario(
        "version = 1\nmonth = \"2022-01\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 5\n",
    );
    let c = common::quotes(&s);
    assert!(c.quotes.iter().all(|q| q.plan != "meta/cloud-api"));
    assert_eq!(
        c.notes,
        [
            "rate card `meta` has no version in force on 2022-01-01 (its first version starts 2022-02-01): its plans are not quoted",
            "prices of User.com 2019-10-16, Web1on1 2022-01-01: the newest each card knows; later changes are not known",
        ]
    );
    let base = c.quotes.iter().find(|q| q.plan == "web1on1/base").unwrap();
    assert!(base.incomplete, "its WhatsApp fees cannot be priced that month");
    // Named, the plan's month cannot be priced as asked.
    let e = compare(&Catalog::shipped().unwrap(), &s, &["meta/cloud-api".to_string()]).unwrap_err();
    assert!(e.to_string().starts_with("rate card `meta` has no version in force on 2022-01-01"));
}

/// Meta's own plan for `rows` in November 2026, with `terms` under `[vendors.meta]`.
fn meta_numbers(rows: &str, terms: &str) -> Quote {
    meta("2026-11", &format!("{rows}[vendors.meta]\n{terms}"))
}

#[test]
fn from_october_2026_each_business_number_has_1000_free_service_messages() {
    // One number by default: 1,000 of 1,500 service messages free, 500 × the utility rate
    // $0.0500 = $25.00.
    let q = meta("2026-11", "[[whatsapp]]\ncountry = \"NL\"\nservice = 1500\n");
    assert_eq!(lines(&q), ["WhatsApp (Meta): service messages, Netherlands (NL): 500 × 0.0500 = 25.00"]);
    let meter = &q.meters[0];
    assert_eq!((meter.of.as_str(), meter.used, meter.included, meter.over), ("whatsapp.free_tier", 1500, 1000, 500));
    let rule = q.warnings.iter().find(|w| w.message.starts_with("1,000 free service messages")).unwrap();
    assert_eq!(rule.kind, WarningKind::UnverifiedRule);
    assert!(
        rule.message.contains("1,000 for 1 number") && rule.message.contains("a reconstructed rule"),
        "{}",
        rule.message
    );
    // Two numbers: 2,000 free, nothing billed.
    let q = meta_numbers("[[whatsapp]]\ncountry = \"NL\"\nservice = 1500\n", "numbers = 2\n");
    assert!(q.lines.is_empty());
    assert_eq!(q.meters[0].included, 2000);
    assert!(q.warnings.iter().any(|w| w.message.contains("2,000 for 2 numbers")));
}

#[test]
fn the_numbers_free_messages_go_to_the_cheapest_market_first() {
    // 800 NL ($0.0500) and 800 DE ($0.0550) service messages, one number: NL's 800 and 200 of
    // DE's are free; 600 × 0.0550 = 33.00.
    let q = meta(
        "2026-11",
        "[[whatsapp]]\ncountry = \"NL\"\nservice = 800\n[[whatsapp]]\ncountry = \"DE\"\nservice = 800\n",
    );
    assert_eq!(lines(&q), ["WhatsApp (Meta): service messages, Germany (DE): 600 × 0.0550 = 33.00"]);
}

#[test]
fn the_free_service_messages_apply_wherever_metas_fees_are_priced() {
    // Woztell passes Meta's fees on; User.com's WhatsApp is paid to Meta directly: both free the
    // same 1,000 of 1,500, and both read `[vendors.meta] numbers`.
    let s = common::scenario(
        "version = 1\nmonth = \"2026-11\"\ncurrency = \"USD\"\n[contacts]\nengaged = 10\n\
         [[whatsapp]]\ncountry = \"NL\"\nservice = 1500\n[vendors.meta]\nnumbers = 1\n",
    );
    for plan in ["woztell/starter", "usercom/standard"] {
        let q = common::quote(&s, plan);
        let wa: Vec<String> = q
            .lines
            .iter()
            .filter(|l| l.code == "passthrough" || l.code == "whatsapp")
            .map(|l| l.quantity.to_string())
            .collect();
        assert_eq!(wa, ["500"], "{plan}");
    }
    // Before October 2026 service messages are not charged at all: no allowance is used.
    let q = meta("2026-09", "[[whatsapp]]\ncountry = \"NL\"\nservice = 1500\n");
    assert!(q.lines.is_empty() && q.meters.is_empty());
}

#[test]
fn a_free_allowance_per_number_needs_a_count_term_and_no_account_tier() {
    let card = std::fs::read_to_string("ratecards/meta.toml")
        .unwrap()
        .replace("numbers_term = \"numbers\"", "numbers_term = \"number\"")
        .replacen(
            "unit = \"message\"\n",
            "unit = \"message\"\nfree_tier = { monthly = 1000, categories = [\"service\"] }\n",
            2,
        );
    let read =
        |p: &Path| pricesim::diag::read_text(&Path::new("ratecards").join(p.strip_prefix("cards").unwrap()), "x");
    let e = pricesim::ratecard::load::load_with(Path::new("cards/meta.toml"), &card, &read).unwrap_err().to_string();
    assert!(e.contains("`versions[4].whatsapp.free_per_number`: a version has one free allowance"), "{e}");
    let card = card.replacen(
        "unit = \"message\"\nfree_tier = { monthly = 1000, categories = [\"service\"] }\n",
        "unit = \"message\"\n",
        2,
    );
    let e = pricesim::ratecard::load::load_with(Path::new("cards/meta.toml"), &card, &read).unwrap_err().to_string();
    assert!(e.contains("`versions[4].whatsapp.free_per_number.numbers_term`: term `number` is not declared under `[terms]`, did you mean `numbers`?"), "{e}");
}

#[test]
fn a_comparison_says_which_prices_it_used_and_once_that_later_ones_are_not_known() {
    let shop = |month: &str| {
        common::quotes(&common::scenario(&format!(
            "version = 1\nmonth = \"{month}\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 5\n"
        )))
    };
    // September 2026: Meta's version of 2025-07-01, with a later one (2026-10-01) on the card; the
    // other cards' newest. Meta's card is used for the WhatsApp lines passed through.
    let c = shop("2026-09");
    let cards: Vec<(String, String, bool)> =
        c.prices_as_of.cards.iter().map(|a| (a.card.clone(), a.version.to_string(), a.newest)).collect();
    assert_eq!(
        cards,
        [
            ("meta".to_string(), "2025-07-01".to_string(), false),
            ("usercom".to_string(), "2019-10-16".to_string(), true),
            ("web1on1".to_string(), "2022-01-01".to_string(), true),
            ("woztell".to_string(), "2023-03-01".to_string(), true),
        ]
    );
    // The dollar plans converted at the ECB's rate of 2026-01-02, named once.
    let fx: Vec<(String, String)> =
        c.prices_as_of.exchange.iter().map(|e| (format!("{}>{}", e.from, e.to), e.date.to_string())).collect();
    assert_eq!(fx, [("USD>EUR".to_string(), "2026-01-02".to_string())]);
    let said: Vec<&String> = c.notes.iter().filter(|n| n.contains("later changes are not known")).collect();
    assert_eq!(
        said,
        [
            "prices of User.com 2019-10-16, Web1on1 2022-01-01, Woztell 2023-03-01: the newest each card knows; later changes are not known"
        ]
    );
    // December: Meta's newest too.
    let c = shop("2026-12");
    assert!(c.notes.iter().any(|n| n.starts_with("prices of Meta (WhatsApp Business Platform) 2026-10-01, User.com")));
}
