//! Imports of the files vendors publish, through the command line: Meta's own rate-card CSV and
//! the ECB's historical exchange rates. Each writes into a cards folder (never the shipped one),
//! reports what changed, and quotes then change as the file says.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;

use common::text;

/// Meta's format, written by hand: a preamble line, the header with a line break inside its
/// quoted cell, `$US` for the dollar, `n/a`, a trailing comma on every line.
const META_USD: &str = "\"Cost per message in USD\",,,,,,\n\
    Market,Currency,Marketing,Utility,Authentication,\"Authentication-\nInternational\",Service,\n\
    Netherlands,$US,0.1700,0.0500,0.0500,n/a,0.0500,\n\
    Saudi Arabia,$US,0.0600,0.0107,0.0107,0.0495,0.0107,\n\
    Turkey,$US,0.0109,0.0009,0.0009,n/a,0.0009,\n";

/// A scenario of January 2027 in USD with WhatsApp marketing to the Netherlands and Saudi Arabia.
const SCENARIO: &str = "version = 1\nmonth = \"2027-01\"\ncurrency = \"USD\"\n\
    [[whatsapp]]\ncountry = \"NL\"\nmarketing = 100\n[[whatsapp]]\ncountry = \"SA\"\nmarketing = 100\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// Meta's plan's lines for the scenario with the cards in `cards`, as `market: unit price`.
fn meta_prices(scenario: &str, cards: &str) -> Vec<String> {
    let out = common::run(&["quote", scenario, "--ratecards", cards, "--plan", "meta/cloud-api", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["quotes"][0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| format!("{}: {}", l["description"].as_str().unwrap(), l["unit_price"].as_str().unwrap()))
        .collect()
}

#[test]
fn metas_csv_is_imported_and_quotes_follow_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "whatsapp-usd.csv", META_USD);
    let scenario = write(dir.path(), "s.toml", SCENARIO);
    let cards = dir.path().join("cards");
    let cards = cards.to_str().unwrap();
    // A folder that does not exist yet is made from the shipped cards.
    let out = common::run(&["ratecards", "import", "meta", &file, "--effective", "2027-01-01", "--ratecards", cards]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    // Against the rates in force on 2026-12-31: NL marketing 0.1597 → 0.1700 (+6.4 %), Saudi
    // marketing 0.0576 → 0.0600 (+4.2 %), and the authentication-international rates the card did
    // not know; every other rate of the three markets is the same.
    let changes: Vec<String> = report
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        changes,
        [
            "Netherlands marketing 0.1597 → 0.1700 +6.4 %",
            "Netherlands authentication_international ? → n/a",
            "Saudi Arabia marketing 0.0576 → 0.0600 +4.2 %",
            "Saudi Arabia authentication_international ? → 0.0495",
            "Turkey authentication_international ? → n/a",
        ],
        "{report}"
    );
    assert!(report.starts_with("Meta's rate card "), "{report}");
    assert!(report.contains("(USD), in force from 2027-01-01: 3 markets, 5 rates changed, 10 unchanged"), "{report}");
    assert!(report.contains("wrote meta/rates-usd-2027-01-01.csv, meta.toml in "), "{report}");
    // The quote follows the file from its date, and not before.
    assert_eq!(
        meta_prices(&scenario, cards),
        [
            "WhatsApp (Meta): marketing messages, Netherlands (NL): 0.1700",
            "WhatsApp (Meta): marketing messages, Saudi Arabia (SA): 0.0600",
        ]
    );
    let december = write(dir.path(), "d.toml", &SCENARIO.replace("2027-01", "2026-12"));
    assert_eq!(
        meta_prices(&december, cards),
        [
            "WhatsApp (Meta): marketing messages, Netherlands (NL): 0.1597",
            "WhatsApp (Meta): marketing messages, Saudi Arabia (SA): 0.0576",
        ]
    );
    // The rows are published, their source the file and the day it was imported.
    let rows = std::fs::read_to_string(dir.path().join("cards/meta/rates-usd-2027-01-01.csv")).unwrap();
    assert!(rows.contains("2027-01-01,Saudi Arabia,USD,0.0600,0.0107,0.0107,0.0495,0.0107,published,\"whatsapp-usd.csv, Meta's rate card imported "), "{rows}");
    // The card names the new file, its comments kept.
    let card = std::fs::read_to_string(dir.path().join("cards/meta.toml")).unwrap();
    assert!(card.contains("\"meta/rates-eur-2026-07.csv\", \"meta/rates-usd-2027-01-01.csv\"]"), "{card}");
    assert!(card.contains("# Meta publishes few EUR cards"), "comments kept");
    let check = common::run(&["ratecards", "check", cards]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

#[test]
fn an_import_on_a_date_the_card_has_replaces_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "october.csv", META_USD);
    let cards = dir.path().join("cards");
    let cards = cards.to_str().unwrap();
    let out = common::run(&["ratecards", "import", "meta", &file, "--effective", "2026-10-01", "--ratecards", cards]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("replaces 3 USD rows of 2026-10-01 in meta/rates-usd.csv"), "{report}");
    // Against September 2026 (service was free then): Turkey's utility 0.0008 → 0.0009.
    assert!(
        report.lines().any(|l| l.split_whitespace().collect::<Vec<_>>()
            == ["Turkey", "utility", "0.0008", "→", "0.0009", "+12.5", "%"]),
        "{report}"
    );
    let usd = std::fs::read_to_string(dir.path().join("cards/meta/rates-usd.csv")).unwrap();
    assert!(
        !usd.contains("\n2026-10-01,Turkey,") && usd.contains("\n2026-10-01,Germany,"),
        "only the file's markets are replaced"
    );
}

#[test]
fn a_file_with_markets_the_card_does_not_know_is_refused_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let bad = META_USD.replace("Netherlands,", "Netherland,").replace("Turkey,", "Türkiye,");
    let file = write(dir.path(), "meta.csv", &bad);
    let cards = dir.path().join("cards");
    let out = common::run(&[
        "ratecards",
        "import",
        "meta",
        &file,
        "--effective",
        "2027-01-01",
        "--ratecards",
        cards.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let e = text(&out.stderr);
    assert!(
        e.contains(
            "meta.csv:4:1: `Market`: `Netherland` is not one of the card's markets, did you mean `Netherlands`?"
        ),
        "{e}"
    );
    assert!(e.contains("meta.csv:6:1: `Market`: `Türkiye` is not one of the card's markets"), "{e}");
    assert!(!cards.exists(), "nothing written");
}

#[test]
fn a_malformed_file_is_refused_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = META_USD.replace("0.0600,0.0107,0.0107", "0.0600,0.01O7,0.0107");
    let file = write(dir.path(), "meta.csv", &bad);
    let cards = dir.path().join("cards");
    let out = common::run(&[
        "ratecards",
        "import",
        "meta",
        &file,
        "--effective",
        "2027-01-01",
        "--ratecards",
        cards.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    // Line 5 (the header takes lines 2 and 3), column 25: `Saudi Arabia,$US,0.0600,` is 24 characters.
    assert_eq!(
        text(&out.stderr),
        format!("error: {file}:5:25: `Utility`: `0.01O7` is not a decimal number: a rate is a decimal or `n/a`\n")
    );
    assert!(!cards.exists(), "nothing written");
}

#[test]
fn without_a_folder_the_import_writes_the_users_own_cards_and_never_the_shipped_ones() {
    let data = tempfile::tempdir().unwrap();
    let file = write(data.path(), "meta.csv", META_USD);
    let out = common::pricesim()
        .env("XDG_DATA_HOME", data.path())
        .args(["ratecards", "import", "meta", &file, "--effective", "2027-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let own = data.path().join("com.pricesim.desktop/ratecards");
    assert!(own.join("meta/rates-usd-2027-01-01.csv").is_file());
    // The next quote, with no folder named, uses them.
    let scenario = write(data.path(), "s.toml", SCENARIO);
    let out = common::pricesim()
        .env("XDG_DATA_HOME", data.path())
        .args(["quote", &scenario, "--plan", "meta/cloud-api", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // 100 × 0.1700 + 100 × 0.0600 = 17.00 + 6.00, at the imported rates.
    assert_eq!(json["quotes"][0]["total"], "23.00");
    let shipped =
        common::run(&["ratecards", "import", "meta", &file, "--effective", "2027-01-01", "--ratecards", "ratecards"]);
    assert_eq!(shipped.status.code(), Some(1));
    assert!(text(&shipped.stderr).contains("these are the shipped rate cards"), "{}", text(&shipped.stderr));
}

/// The ECB's `eurofxref-hist.csv`, written by hand: newest day first, `N/A`, currencies pricesim
/// does not know (BGN, CYP), a trailing comma on every line.
const ECB: &str = "Date,USD,JPY,BGN,CYP,GBP,\n\
    2025-02-03,1.0246,159.8,1.9558,N/A,0.8315,\n\
    2025-01-31,1.0393,160.8,1.9558,N/A,0.8383,\n\
    2025-01-30,1.0413,161.2,1.9558,N/A,0.8357,\n\
    2025-01-02,1.0321,163.1,1.9558,N/A,0.8294,\n\
    2024-12-31,1.0389,163.06,1.9558,N/A,N/A,\n";

/// Woztell Starter's $49.00 in pounds, January 2025, and the rate it converted at.
fn starter_in_pounds(dir: &Path, cards: &str) -> (String, String) {
    let scenario =
        write(dir, "gbp.toml", "version = 1\nmonth = \"2025-01\"\ncurrency = \"GBP\"\n[contacts]\nengaged = 100\n");
    let out = common::run(&["quote", &scenario, "--ratecards", cards, "--plan", "woztell/starter", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &json["quotes"][0];
    (q["total_in_display_currency"].as_str().unwrap().to_string(), q["exchange"]["rate"].as_str().unwrap().to_string())
}

#[test]
fn the_ecbs_rates_are_imported_and_quotes_follow_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "eurofxref-hist.csv", ECB);
    let cards = dir.path().join("cards");
    let cards = cards.to_str().unwrap();
    // Before: the shipped rates of 2025-01-02 cross to 1 USD = 0.8294 / 1.0321 = 0.803604 GBP:
    // $49.00 = £39.376596 → £39.38.
    pricesim::userdata::create_from_shipped(Path::new(cards)).unwrap();
    assert_eq!(starter_in_pounds(dir.path(), cards), ("39.38".into(), "0.803604".into()));
    let out = common::run(&["fx", "import", &file, "--ratecards", cards]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    // January's last rates (2025-01-31) replace the 2025-01-02 ones for the month; February has
    // its 2025-02-03 rates. Each currency's latest month, before and after.
    let rows: Vec<String> =
        report.lines().skip(2).take(3).map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    assert_eq!(
        rows,
        [
            "GBP 2 2025-01-02 2025-02-03 0.8294 (unverified, 2025-01-02) → 0.8315 (2025-02-03) +0.3 %",
            "JPY 3 2024-12-31 2025-02-03 none → 159.8 (2025-02-03)",
            "USD 3 2024-12-31 2025-02-03 1.0321 (published, 2025-01-02) → 1.0246 (2025-02-03) -0.7 %",
        ],
        "{report}"
    );
    assert!(report.contains("8 rates (the last of each month) for 3 currencies"), "{report}");
    assert!(report.contains("left out (currencies pricesim does not know): BGN, CYP"), "{report}");
    // The shipped rates dated within what the file covers are replaced; the older ones stay.
    assert!(report.contains("replaces fx.toml: EUR to USD 1.0321 of 2025-01-02\n"), "{report}");
    assert!(report.contains("replaces fx.toml: EUR to GBP 0.8294 of 2025-01-02\n"), "{report}");
    assert!(!report.contains("2024-06-28"), "{report}");
    assert!(report.contains("wrote fx/ecb.csv, fx.toml in "), "{report}");
    // After: 1 USD = 0.8383 / 1.0393 = 0.8066006 → 0.806601 GBP, the ECB's January close:
    // $49.00 = £39.523449 → £39.52.
    assert_eq!(starter_in_pounds(dir.path(), cards), ("39.52".into(), "0.806601".into()));
    let table = std::fs::read_to_string(dir.path().join("cards/fx/ecb.csv")).unwrap();
    assert!(
        table.contains(
            "\n2025-01-31,EUR,USD,1.0393,published,\"eurofxref-hist.csv, the ECB's euro reference rates imported "
        ),
        "{table}"
    );
    assert!(!table.contains("2025-01-30"), "only each month's last rate is kept");
    let fx = std::fs::read_to_string(dir.path().join("cards/fx.toml")).unwrap();
    assert!(fx.contains("tables = [\"fx/ecb.csv\"]") && fx.contains("rate = \"89.2495\""), "{fx}");
    // Imported again, the table is replaced and nothing else is taken out.
    let again = text(&common::run(&["fx", "import", &file, "--ratecards", cards]).stdout);
    assert!(!again.contains("replaces"), "{again}");
}

#[test]
fn a_malformed_ecb_file_is_refused_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file =
        write(dir.path(), "eurofxref-hist.csv", &ECB.replace("0.8357", "0,8357").replace("2025-01-02,", "2025-13-02,"));
    let cards = dir.path().join("cards");
    let out = common::run(&["fx", "import", &file, "--ratecards", cards.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    // `0,8357` splits into two cells: GBP reads `0` (not above zero) on line 4, column 36
    // (`2025-01-30,1.0413,161.2,1.9558,N/A,` is 35 characters).
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {file}:4:36: `GBP`: a rate is above zero, found `0`\nerror: {file}:5:1: `Date`: `2025-13-02` is not a date `YYYY-MM-DD`\n"
        )
    );
    assert!(!cards.exists(), "nothing written");
}
