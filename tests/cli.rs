//! The `pricesim` binary: formats, exit codes (0 ok, 1 bad input, 2 bad command line), messages.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{run, text};

use std::path::Path;

#[test]
fn quote_prints_a_table_with_the_cheapest_marked() {
    let out = run(&["quote", "examples/dealer-nl.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(t.starts_with("Dealer group NL · 2026-12 · ranked in EUR by what each plan costs you\n"), "{t}");
    assert!(t.contains("* 1  web1on1/grow         €885.40    €885.40  cheapest\n"), "{t}");
    assert!(t.contains("Grow plan Extra Chatpoints  2,760 × €0.14  €386.40"), "{t}");
}

#[test]
fn every_vendor_ranks_by_what_the_whole_scenario_costs() {
    // The dealer's in-house costs price the 215 outcomes Woztell and User.com do not sell:
    // Woztell Starter is $113.00 (× 0.853170, the inverse of the ECB's 1.1721: €96.41) + 20 agent
    // outcomes × €35 + 195 bot outcomes × €1.50 = €1,088.91, between Web1on1 Grow (€885.40) and
    // Base (€1,090.80); Growth's $115.00 is €98.11, so €1,090.61, just below Base.
    let t = text(&run(&["quote", "examples/dealer-nl.toml"]).stdout);
    let plans: Vec<&str> =
        t.lines().skip(3).take(7).map(|l| l.split_whitespace().find(|w| w.contains('/')).unwrap()).collect();
    assert_eq!(
        plans,
        [
            "web1on1/grow",
            "woztell/starter",
            "woztell/growth",
            "web1on1/base",
            "usercom/standard",
            "woztell/agency",
            "web1on1/scale"
        ],
        "{t}"
    );
    assert!(t.contains("  2  woztell/starter    €1,088.91    $113.00  + €992.50 in-house\n"), "{t}");
    assert!(t.contains("  Test drives by your own staff (in-house)          10 × €35.00  €350.00\n"), "{t}");
    let csv = text(&run(&["quote", "examples/dealer-nl.toml", "--format", "csv"]).stdout);
    let mut ranks: Vec<(&str, &str)> =
        csv.lines().skip(1).map(|r| r.split(',').take(2).collect::<Vec<_>>()).map(|r| (r[0], r[1])).collect();
    ranks.dedup();
    assert_eq!(
        ranks,
        [
            ("1", "web1on1/grow"),
            ("2", "woztell/starter"),
            ("3", "woztell/growth"),
            ("4", "web1on1/base"),
            ("5", "usercom/standard"),
            ("6", "woztell/agency"),
            ("7", "web1on1/scale")
        ]
    );
}

#[test]
fn plans_that_leave_work_uncovered_are_listed_apart() {
    // Without in-house costs, the plans that sell no outcomes cannot say what the scenario costs.
    let scenario = std::fs::read_to_string("examples/dealer-nl.toml").unwrap();
    let file = common::temp_file("no-in-house.toml", &scenario[..scenario.find("[in_house]").unwrap()]);
    let t = text(&run(&["quote", file.to_str().unwrap()]).stdout);
    assert!(t.contains("\n  not ranked: what these plans cost is not known\n  -  woztell/starter  "), "{t}");
    assert!(t.contains("  -  woztell/starter            -    $113.00  needs in-house costs: see warnings\n"), "{t}");
    let invoices: Vec<&str> =
        t.lines().filter(|l| l.contains(", rate card of ")).map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(invoices[..4], ["web1on1/grow", "web1on1/base", "web1on1/scale", "woztell/starter"]);
    let csv = text(&run(&["quote", file.to_str().unwrap(), "--format", "csv"]).stdout);
    assert!(csv.lines().any(|r| r.starts_with(",woztell/starter,vendor,USD,plan_fee,")), "{csv}");
}

#[test]
fn counts_in_warnings_are_grouped_in_thousands() {
    let file = common::temp_file(
        "many-leads.toml",
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n[outcomes.bot]\ncrm_lead = 100000\n",
    );
    let t = text(&run(&["quote", file.to_str().unwrap()]).stdout);
    assert!(
        t.contains("! Woztell does not sell outcomes completed by a bot: 100,000 CRM leads; give their in-house cost"),
        "{t}"
    );
}

#[test]
fn a_table_with_no_ranked_quote_says_why_none_is_cheapest() {
    // Topic selection: Web1on1 does not publish its points, the others do not sell it.
    let file = common::temp_file(
        "topics.toml",
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n[outcomes.bot]\ntopic_selection = 5\n",
    );
    let t = text(&run(&["quote", file.to_str().unwrap()]).stdout);
    assert!(t.contains("  -  web1on1/base               -     €99.00  a price is not known: see warnings\n"), "{t}");
    assert!(t.contains("  -  woztell/starter            -     $49.00  needs in-house costs: see warnings\n"), "{t}");
    assert!(t.contains("no plan is marked cheapest: what each plan costs is not known (see its warnings)"), "{t}");
    assert!(t.contains("! `outcomes.bot.topic_selection`: the Chatpoints are not published; 5 not priced"), "{t}");
}

#[test]
fn quote_prints_csv_with_lines_totals_and_warnings() {
    let out = run(&["quote", "tests/golden/unpriced-usage/scenario.toml", "--format", "csv", "--plan", "web1on1/base"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "rank,plan,payee,currency,code,description,quantity,unit_price,amount,source");
    // The quote leaves usage unpriced: it has no rank (its warnings say why).
    assert!(
        rows[1].starts_with(",web1on1/base,vendor,EUR,plan_fee,Base plan,1,99.00,99.00,published https://"),
        "{csv}"
    );
    assert_eq!(
        rows[2],
        ",web1on1/base,vendor,EUR,overage,Base plan Extra Chatpoints,150,0.18,27.00,published https://help.web1on1.chat/fr/tarifs-web1on1"
    );
    // 100 German marketing messages at Meta's USD $0.1365 ÷ 1.207 = €0.1131, derived.
    assert_eq!(
        rows[3],
        ",web1on1/base,vendor,EUR,passthrough,\"WhatsApp fees (billed separately): marketing messages, Germany (DE)\",100,0.1131,11.31,derived"
    );
    assert_eq!(rows[4], ",web1on1/base,vendor,EUR,total,Base,,,137.31,");
    assert_eq!(rows[5], ",web1on1/base,vendor,EUR,total_in_display_currency,,,,137.31,");
    // The two outcomes, two unverified 2026-10-01 rules, the derived rate; no cost row.
    assert_eq!(rows.iter().filter(|r| r.contains(",warning,")).count(), 5, "{csv}");
    assert!(!rows.iter().any(|r| r.contains(",cost,")), "{csv}");
}

#[test]
fn a_bad_scenario_exits_1_naming_file_line_and_field() {
    let dir = std::env::temp_dir().join(format!("pricesim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.toml");
    std::fs::write(&file, "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[outcomes.agent]\ntestdrive = 3\n")
        .unwrap();
    let out = run(&["quote", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {}:5:1: `outcomes.agent.testdrive`: unknown outcome `testdrive` in [outcomes.agent], did you mean `test_drive`?\n",
            file.display()
        )
    );
    assert!(out.stdout.is_empty());
    let missing = run(&["quote", "no/such/file.toml"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).starts_with("error: no/such/file.toml: cannot read the scenario"),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn a_bad_command_line_exits_2() {
    assert_eq!(run(&["quote"]).status.code(), Some(2));
    assert_eq!(run(&["quote", "examples/dealer-nl.toml", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let out = run(&["quote", "examples/dealer-nl.toml", "--plan", "web1on1/grwo"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "error: no plan `web1on1/grwo`, did you mean `web1on1/grow`?\n");
}

#[test]
fn naming_a_plan_priced_from_absent_terms_says_what_to_add() {
    let out = run(&["quote", "examples/dealer-nl.toml", "--plan", "web1on1/enterprise"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "error: plan `web1on1/enterprise` is priced from your contract terms: add `enterprise_fee`, `enterprise_points`, `enterprise_point_price` under [vendors.web1on1]\n"
    );
}

#[test]
fn ratecards_check_passes_the_shipped_cards() {
    let out = run(&["ratecards", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "ratecards: 4 rate cards, 9 versions, 14 plans: no problems\n");
}

#[test]
fn ratecards_check_reports_every_problem_of_every_card() {
    let out = run(&["ratecards", "check", "tests/fixtures/broken-cards"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let one = Path::new("tests/fixtures/broken-cards/one.toml").display().to_string();
    let two = Path::new("tests/fixtures/broken-cards/two.toml").display().to_string();
    for want in [
        format!(
            "error: {one}:12:35: `versions[0].plans[0].charges[0].of`: `points` needs a `points` table in this version"
        ),
        format!("error: {two}:4:1: `colour`: unknown key: `colour`"),
        format!(
            "error: {two}:9:115: `versions[0].plans[0].charges[0].amount`: write decimal numbers as strings, `\"5\"`"
        ),
        "error: 3 problems in 2 rate cards".to_string(),
    ] {
        assert!(err.contains(&want), "missing {want:?} in\n{err}");
    }
    assert!(out.stdout.is_empty());
}

#[test]
fn ratecards_check_reports_a_duplicate_vendor() {
    let dir = std::env::temp_dir().join(format!("pricesim-dup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let card = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ratecards/web1on1.toml")).unwrap();
    std::fs::write(dir.join("a.toml"), &card).unwrap();
    std::fs::write(dir.join("b.toml"), &card).unwrap();
    let out = run(&["ratecards", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("vendor `web1on1` has more than one rate card"), "{}", text(&out.stderr));
}

#[test]
fn the_default_cards_are_the_users_own_folder_when_it_exists() {
    // The app's data folder under XDG_DATA_HOME: a copy of the shipped cards, Grow's fee edited.
    let data = tempfile::tempdir().unwrap();
    let cards = pricesim::userdata::cards_dir(&data.path().join(pricesim::userdata::APP_IDENTIFIER));
    pricesim::userdata::create_from_shipped(&cards).unwrap();
    let web1on1 = std::fs::read_to_string(cards.join("web1on1.toml")).unwrap();
    std::fs::write(cards.join("web1on1.toml"), web1on1.replacen("\"499.00\"", "\"450.00\"", 1)).unwrap();
    let quote = |data: &Path| {
        let out = common::pricesim()
            .env("XDG_DATA_HOME", data)
            .args(["quote", "examples/dealer-nl.toml", "--plan", "web1on1/grow", "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["quotes"][0]["lines"][0]["unit_price"].as_str().unwrap().to_string()
    };
    assert_eq!(quote(data.path()), "450.00", "the user's folder, as the app uses it");
    std::fs::remove_dir_all(&cards).unwrap();
    assert_eq!(quote(data.path()), "499.00", "no folder: the shipped cards");
}
