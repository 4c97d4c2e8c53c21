//! Bad input gets a clear error naming the file, line and field; a card's problems come all at once.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::diag::Diagnostics;
use pricesim::ratecard::load::load_str as load_card;
use pricesim::scenario::load_str;

fn scenario_errors(text: &str) -> Vec<String> {
    let Err(Diagnostics(d)) = load_str(Path::new("s.toml"), text, &Catalog::shipped().unwrap()) else {
        panic!("expected errors for:\n{text}");
    };
    d.iter().map(ToString::to_string).collect()
}

const HEAD: &str = "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n";

#[test]
fn a_misspelled_outcome_names_its_line_and_suggests_the_name() {
    let e = scenario_errors(&format!("{HEAD}[outcomes.agent]\ntestdrive = 3\n"));
    assert_eq!(
        e,
        [
            "s.toml:5:1: `outcomes.agent.testdrive`: unknown outcome `testdrive` in [outcomes.agent], did you mean `test_drive`?"
        ]
    );
}

#[test]
fn negative_fractional_and_textual_counts_are_refused() {
    let e = scenario_errors(&format!("{HEAD}[contacts]\nengaged = -5\nactive = 1.5\ndatabase = \"many\"\n"));
    assert_eq!(
        e,
        [
            "s.toml:5:11: `contacts.engaged`: must not be negative, found `-5`",
            "s.toml:6:10: `contacts.active`: must be a whole number, found `1.5`",
            "s.toml:7:12: `contacts.database`: expected a whole number, found a string",
        ]
    );
}

#[test]
fn a_bad_month_and_currency_are_named() {
    let e = scenario_errors("version = 1\nmonth = \"2026-13\"\ncurrency = \"EURO\"\n");
    assert_eq!(
        e,
        [
            "s.toml:2:9: `month`: `2026-13` is not a month: write it as `YYYY-MM`, such as `2026-12`",
            "s.toml:3:12: `currency`: unknown currency `EURO`: use an ISO 4217 code such as `EUR` or `USD`, did you mean `EUR`?",
        ]
    );
}

#[test]
fn unknown_keys_get_suggestions_everywhere() {
    let e = scenario_errors(&format!(
        "{HEAD}nmae = \"x\"\n[contacts]\nengagd = 3\n[outcome.bot]\ncrm_lead = 1\n[email]\nsend = 3\n"
    ));
    assert_eq!(
        e,
        [
            "s.toml:4:1: `nmae`: unknown key: `nmae`, did you mean `name`?",
            "s.toml:6:1: `contacts.engagd`: unknown key in `contacts`: `engagd`, did you mean `engaged`?",
            "s.toml:7:2: `outcome`: unknown key: `outcome`, did you mean `outcomes`?",
            "s.toml:10:1: `email.send`: unknown key in `email`: `send`, did you mean `sent`?",
        ]
    );
}

#[test]
fn missing_keys_and_versions_are_named() {
    let e = scenario_errors("name = \"x\"\n");
    assert!(e.iter().any(|m| m.contains("`version`: missing `version`")), "{e:?}");
    assert!(e.iter().any(|m| m.contains("`month`: missing `month`")), "{e:?}");
    assert!(e.iter().any(|m| m.contains("`currency`: missing `currency`")), "{e:?}");
    let e = scenario_errors("version = 2\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n");
    assert_eq!(
        e,
        ["s.toml:1:11: `version`: scenario version `2` is not supported: this program reads scenario version 1"]
    );
}

#[test]
fn whatsapp_rows_are_checked() {
    let e = scenario_errors(&format!(
        "{HEAD}[[whatsapp]]\ncountry = \"nl\"\n[[whatsapp]]\ncountry = \"DE\"\nmarketting = 3\n[[whatsapp]]\ncountry = \"DE\"\n"
    ));
    assert_eq!(
        e,
        [
            "s.toml:5:11: `whatsapp[0].country`: `nl` is not a country code: use ISO 3166-1 alpha-2 in capitals, such as `NL`",
            "s.toml:8:1: `whatsapp[1].marketting`: unknown key in `whatsapp[1]`: `marketting`, did you mean `marketing`?",
            "s.toml:10:11: `whatsapp[2].country`: country `DE` has two [[whatsapp]] rows: merge them",
        ]
    );
}

#[test]
fn vendor_terms_are_checked_against_the_card() {
    let e = scenario_errors(&format!(
        "{HEAD}[vendors.web1on]\nx = 1\n[vendors.web1on1]\nenterprise_fe = \"1\"\nenterprise_points = \"lots\"\n"
    ));
    assert!(e[0].contains("`vendors.web1on`: no rate card for vendor `web1on`, did you mean `web1on1`?"), "{e:?}");
    assert!(
        e.iter().any(|m| m.contains(
            "`vendors.web1on1.enterprise_fe`: `web1on1` has no term `enterprise_fe`, did you mean `enterprise_fee`?"
        )),
        "{e:?}"
    );
    assert!(e.iter().any(|m| m.contains("`vendors.web1on1.enterprise_points`: expected a whole number")), "{e:?}");
}

#[test]
fn half_a_set_of_terms_is_an_error_not_a_skipped_plan() {
    let e = scenario_errors(&format!("{HEAD}[vendors.web1on1]\nenterprise_fee = \"2000.00\"\n"));
    assert_eq!(
        e,
        [
            "s.toml:4:1: `vendors.web1on1`: plan `web1on1/enterprise` is priced from your terms and also needs `enterprise_points`, `enterprise_point_price`"
        ]
    );
}

#[test]
fn toml_syntax_errors_have_a_position() {
    let e = scenario_errors("version = 1\nmonth = = 3\n");
    assert_eq!(e.len(), 1);
    assert!(e[0].starts_with("s.toml:2:"), "{e:?}");
    assert!(e[0].contains("not valid TOML"), "{e:?}");
}

#[test]
fn a_broken_rate_card_reports_every_problem_in_one_pass() {
    let card = r#"format = 1
vendor = "Acme"
currency = "EURO"
rounding = "bankers"

[[versions]]
effective_from = "2024-02-30"
source = { status = "publised" }

[versions.points]
"contacts.engagd" = 2
"outcomes.bot.x" = "free"

[[versions.plans]]
id = "basic"
name = "Basic"
charges = [
  { kind = "recuring", description = "fee", amount = "9" },
  { kind = "quota", of = "points", included = 10, unit_price = 0.1, description = "extra" },
  { kind = "recurring", period = "year", description = "fee", amount = "-1" },
  { kind = "quota", of = "points", unit_price = { term = "nope" }, description = "x" },
  { kind = "tiered", of = "contacts.database", mode = "flat", description = "r", tiers = [{ price = "1" }, { up_to = 5, price = "2" }] },
]

[[versions]]
effective_from = "2023-01-01"
source = { status = "published", url = "https://example.com" }
plans = []
"#;
    let Err(Diagnostics(d)) = load_card(Path::new("acme.toml"), card) else { panic!("expected errors") };
    let lines: Vec<String> = d.iter().map(ToString::to_string).collect();
    let expect = [
        "acme.toml:2:10: `vendor`: `Acme` is not an id",
        "acme.toml:3:12: `currency`: unknown currency `EURO`",
        "acme.toml:4:12: `rounding`: unknown rounding `bankers`",
        "acme.toml:7:18: `versions[0].effective_from`: `2024-02-30` is not a date",
        "acme.toml:8:21: `versions[0].source.status`: unknown status `publised`: use one of `published`, `derived`, `reconstructed`, `unverified`, `example`, `user`, did you mean `published`?",
        "acme.toml:11:21: `versions[0].points.contacts.engagd`: `contacts.engagd` is not a usage name",
        "acme.toml:12:20: `versions[0].points.outcomes.bot.x`: `free` is not a number of points",
        "`versions[0].plans[0].charges[0].kind`: unknown charge kind `recuring`",
        "`versions[0].plans[0].charges[1].unit_price`: write decimal numbers as strings, `\"0.1\"`",
        "`versions[0].plans[0].charges[2].period`: period `year` is not supported",
        "`versions[0].plans[0].charges[2].amount`: must not be negative, found `-1`",
        "`versions[0].plans[0].charges[3].unit_price.term`: term `nope` is not declared under `[terms]`",
        "`versions[0].plans[0].charges[4].tiers[0].up_to`: every tier but the last needs `up_to`",
        "`versions[0].plans[0].charges[4].tiers[1].up_to`: the last tier is open: leave out `up_to`",
        "`versions[1].source`: a `published` source needs its `url` and the `date`",
        "`versions[1].plans`: a version needs at least one plan",
    ];
    for want in expect {
        assert!(lines.iter().any(|l| l.contains(want)), "missing {want:?} in\n{}", lines.join("\n"));
    }
    assert!(lines.iter().all(|l| l.starts_with("acme.toml:")), "every problem has a line:\n{}", lines.join("\n"));
}

#[test]
fn versions_must_come_in_date_order() {
    let card = r#"format = 1
vendor = "acme"
currency = "EUR"
[[versions]]
effective_from = "2024-01-01"
source = { status = "example" }
plans = [{ id = "a", name = "A", charges = [{ kind = "recurring", period = "month", description = "fee", amount = "1" }], work = { outcomes = "not_offered", whatsapp = "not_offered", "email.sent" = "not_offered", "agents.livechat" = "not_offered" } }]
[[versions]]
effective_from = "2024-01-01"
source = { status = "example" }
plans = [{ id = "a", name = "A", charges = [{ kind = "recurring", period = "month", description = "fee", amount = "1" }], work = { outcomes = "not_offered", whatsapp = "not_offered", "email.sent" = "not_offered", "agents.livechat" = "not_offered" } }]
"#;
    let Err(Diagnostics(d)) = load_card(Path::new("acme.toml"), card) else { panic!("expected errors") };
    assert_eq!(d.len(), 1);
    assert!(d[0].to_string().contains("versions must be in order of `effective_from` with no repeats"), "{}", d[0]);
}

#[test]
fn a_broken_whatsapp_table_names_its_file_line_and_column() {
    let dir = std::env::temp_dir().join(format!("pricesim-broken-meta-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("meta")).unwrap();
    for name in ["meta/markets.csv", "meta/rates-eur.csv", "meta/rates-eur-2026-07.csv"] {
        std::fs::copy(Path::new("ratecards").join(name), dir.join(name)).unwrap();
    }
    let card = std::fs::read_to_string("ratecards/meta.toml").unwrap();
    let card = card.replacen("unit = \"message\"", "unit = \"messages\"", 1).replacen(
        "market = \"India\"",
        "market = \"Inida\"",
        1,
    );
    std::fs::write(dir.join("meta.toml"), card).unwrap();
    let rates = std::fs::read_to_string("ratecards/meta/rates-usd.csv").unwrap();
    let rates = rates
        .replacen("2022-02-01,Brazil,USD,0.0500", "2022-02-01,Brasil,USD,0.0500", 1)
        .replacen("2022-02-01,Chile,USD,0.0757", "2022-02-01,Chile,USD,0,0757", 1)
        .replacen(
            "2023-06-01,Argentina,USD,0.0618,0.0408,0.0367,n/a,0.0316,published",
            "2023-06-01,Argentina,USD,0.0618,0.0408,0.0367,n/a,0.0316,guessed",
            1,
        );
    std::fs::write(dir.join("meta/rates-usd.csv"), rates).unwrap();
    let errors: Vec<String> = match Catalog::load_dir(&dir) {
        Err(d) => d.0.iter().map(ToString::to_string).collect(),
        Ok(_) => panic!("the broken table loaded"),
    };
    let file = dir.join("meta/rates-usd.csv").display().to_string();
    assert!(
        errors.contains(&format!("{file}:3: `market`: no market `Brasil` in the market table, did you mean `Brazil`?")),
        "{errors:#?}"
    );
    assert!(errors.contains(&format!("{file}:4: 12 fields where the header has 11")), "{errors:#?}");
    assert!(
        errors.iter().any(|e| e.starts_with(&format!("{file}:34: `confidence`: unknown confidence `guessed`"))),
        "{errors:#?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn subscription_terms_are_checked() {
    let e = scenario_errors(&format!(
        "{HEAD}[vendors.usercom]\nstart = \"2026-02-30\"\nterm = \"yearly\"\ncontacts_paid = -1\nextra_emails = true\n"
    ));
    assert_eq!(
        e,
        [
            "s.toml:5:9: `vendors.usercom.start`: `2026-02-30` is not a date `YYYY-MM-DD`",
            "s.toml:6:8: `vendors.usercom.term`: unknown value `yearly`: use one of `monthly`, `quarterly`, `semi_annual`, `annual`",
            "s.toml:7:17: `vendors.usercom.contacts_paid`: must not be negative, found `-1`",
            "s.toml:8:16: `vendors.usercom.extra_emails`: expected a string, found a boolean",
        ]
    );
}

#[test]
fn a_broken_billing_block_names_each_problem() {
    let card = r#"format = 1
vendor = "x"
currency = "USD"
[terms.start]
kind = "date"
description = "d"
[terms.term]
kind = "choice"
description = "t"
values = ["monthly", "annual"]
[terms.paid]
kind = "money"
description = "p"
[terms.extra]
kind = "count"
description = "e"
values = ["no"]
[[versions]]
effective_from = "2024-01-01"
source = { status = "example" }
[[versions.plans]]
id = "a"
name = "A"
charges = [{ kind = "quota", of = "email.sent", included = { per_paid = 4 }, unit_price = "1", description = "E" }]
billing = { start_term = "start", commitment_term = "term", floor_term = "paid", commitments = [{ id = "monthly", months = 1 }, { id = "yearly", months = 12, discount_percent = "15" }] }
[[versions.plans]]
id = "b"
name = "B"
charges = [{ kind = "quota", of = "email.sent", included = { per_paid = 4 }, unit_price = "1", beyond = "billed", unless = "term", description = "E" }]
[[versions.plans]]
id = "c"
name = "C"
charges = [{ kind = "tiered", of = "contacts.database", mode = "flat", description = "C", tiers = [{ price = "1" }] }]
billing = { start_term = "start", commitment_term = "term", floor_term = "extra", commitments = [{ id = "monthly", months = 2 }, { id = "annual", months = 12, discount_percent = "120" }] }
[versions.work]
outcomes = "not_offered"
whatsapp = "not_offered"
"email.sent" = "not_offered"
"agents.livechat" = "not_offered"
"#;
    let Err(Diagnostics(d)) = load_card(Path::new("x.toml"), card) else { panic!("expected errors") };
    let e: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(
        e,
        [
            "x.toml:17:10: `terms.extra.values`: only a `choice` term has `values`",
            "x.toml:25:11: `versions[0].plans[0].billing.commitment_term`: term `term` must offer the commitments' ids in order (monthly, yearly), found monthly, annual",
            "x.toml:25:11: `versions[0].plans[0].billing`: anniversary billing prices one `flat` tiered charge (contact ranges); this plan has 0",
            "x.toml:25:74: `versions[0].plans[0].billing.floor_term`: term `paid` is not of kind `count`",
            "x.toml:26:1: `versions[0].plans[1].charges`: `per_paid` counts the contacts of a plan with `billing`",
            "x.toml:29:124: `versions[0].plans[1].charges[0].unless`: `unless` names the term that lifts `beyond = \"stopped\"`",
            "x.toml:34:74: `versions[0].plans[2].billing.floor_term`: term `extra` is not declared under `[terms]`",
            "x.toml:34:125: `versions[0].plans[2].billing.commitments[0].months`: the first commitment is the standard monthly one: `months = 1`, found 2",
            "x.toml:34:179: `versions[0].plans[2].billing.commitments[1].discount_percent`: a discount is at most 100 percent",
        ]
    );
}

#[test]
fn a_card_names_tables_in_its_own_folder_only() {
    let card = std::fs::read_to_string("ratecards/meta.toml")
        .unwrap()
        .replace("markets = \"meta/markets.csv\"", "markets = \"../../etc/hostname\"")
        .replace("\"meta/rates-usd.csv\",", "\"/etc/passwd\",");
    let read = |p: &Path| -> Result<String, Diagnostics> { panic!("{} was read", p.display()) };
    let Err(Diagnostics(d)) = pricesim::ratecard::load::load_with(Path::new("cards/meta.toml"), &card, &read) else {
        panic!("expected errors")
    };
    let e: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert!(e.iter().any(|m| m.contains("`whatsapp.markets`: `../../etc/hostname`: a table is a file in the card's own folder")), "{e:?}");
    assert!(
        e.iter().any(|m| m.contains("`whatsapp.rates`: `/etc/passwd`: a table is a file in the card's own folder")),
        "{e:?}"
    );
}

#[test]
fn a_wallet_pays_line_codes_or_a_quota_the_plan_has() {
    let card = r#"format = 1
vendor = "x"
currency = "USD"
[[versions]]
effective_from = "2026-01-01"
source = { status = "example" }
[versions.work]
outcomes = "not_offered"
whatsapp = "not_offered"
"email.sent" = "not_offered"
"agents.livechat" = "not_offered"
[[versions.plans]]
id = "a"
name = "A"
charges = [{ kind = "quota", of = "contacts.active", included = 10, unit_price = "1", description = "Users" }]
wallet = { credit = "10", pays = ["contacts.active", "contacts.database", "overage", "passthru"], top_up = "when_used", percent = "80" }
"#;
    let Err(Diagnostics(d)) = load_card(Path::new("x.toml"), card) else { panic!("expected errors") };
    let e: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(
        e,
        [
            "x.toml:16:86: `versions[0].plans[0].wallet.pays`: `passthru` is neither a line code (`overage`, `tier`, `passthrough`) nor a quota's meter such as `contacts.active`, did you mean `passthrough`?",
        ]
    );
    let card = card.replace(", \"passthru\"", "");
    let Err(Diagnostics(d)) = load_card(Path::new("x.toml"), &card) else { panic!("expected errors") };
    let e: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(
        e,
        [
            "x.toml:16:10: `versions[0].plans[0].wallet.pays`: the wallet pays the quota over `contacts.database`, and the plan has no such quota",
        ]
    );
}

#[test]
fn every_problem_of_a_quote_table_is_named_at_its_line() {
    let text = format!(
        "{HEAD}[quote]\ncustomer = 42\nvalid_days = 0\nplans = [\"web1on1/grwo\", \"web1on1/base\", \"web1on1/base\"]\ncompare = \"yes\"\ndiscount = {{ percent = \"110\", amount = \"5\", on = \"fee\" }}\nvat = \"XX\"\nlanguage = \"es\"\ndate = \"2026-13-01\"\ncolour = \"red\"\n"
    );
    let e = scenario_errors(&text);
    let wanted = [
        "s.toml:5:12: `quote.customer`: expected a string, found an integer",
        "s.toml:6:14: `quote.valid_days`: a quote is valid for at least 1 day",
        "s.toml:7:10: `quote.plans[0]`: no plan `web1on1/grwo` in the rate cards, did you mean `web1on1/grow`?",
        "s.toml:7:42: `quote.plans[2]`: `web1on1/base` is listed twice: keep one",
        "s.toml:8:11: `quote.compare`: expected `true` or `false`",
        "`quote.discount.percent`: a discount is at most 100 %, found `110`",
        "`quote.discount.on`: unknown value `fee`: use one of `plan_fee`, `total`",
        "`quote.discount`: give either `percent` or `amount`, not both or neither",
        "s.toml:10:7: `quote.vat`: no VAT rate known for `XX`: use one of AT, BE, DE, DK, ES, FI, FR, IE, IT, LU, NL, PL, PT, SE or `reverse_charge`",
        "s.toml:11:12: `quote.language`: `es` is not a language of the document: use `en`, `nl`, `fr` or `de`",
        "s.toml:12:8: `quote.date`: `2026-13-01` is not a date `YYYY-MM-DD`",
        "`quote.colour`: unknown key",
    ];
    for w in wanted {
        assert!(e.iter().any(|line| line.contains(w)), "missing `{w}` in:\n{}", e.join("\n"));
    }
}
