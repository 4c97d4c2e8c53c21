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
    assert!(t.starts_with("Dealer group NL · 2026-12 · ranked in EUR\n"), "{t}");
    assert!(t.contains("* web1on1/grow          €885.40    €885.40  cheapest"), "{t}");
    assert!(t.contains("Grow plan Extra Chatpoints  2,760 × €0.14  €386.40"), "{t}");
}

#[test]
fn only_the_plans_that_price_all_the_usage_are_ranked() {
    // Woztell and User.com sell no outcomes: their lower totals leave the dealer's 215 out.
    let t = text(&run(&["quote", "examples/dealer-nl.toml"]).stdout);
    let plans: Vec<&str> = t.lines().skip(3).take(8).map(|l| l.get(2..).unwrap().split(' ').next().unwrap()).collect();
    assert_eq!(
        plans,
        [
            "web1on1/grow",
            "web1on1/base",
            "web1on1/scale",
            "not",
            "woztell/starter",
            "woztell/growth",
            "usercom/standard",
            "woztell/agency"
        ],
        "{t}"
    );
    assert!(t.contains("\n  not ranked: these totals do not cover all of the usage\n  woztell/starter"), "{t}");
    let invoices: Vec<&str> =
        t.lines().filter(|l| l.contains(", rate card of ")).map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(invoices[..4], ["web1on1/grow", "web1on1/base", "web1on1/scale", "woztell/starter"]);

    let csv = text(&run(&["quote", "examples/dealer-nl.toml", "--format", "csv"]).stdout);
    let mut ranks: Vec<(&str, &str)> =
        csv.lines().skip(1).map(|r| r.split(',').take(2).collect::<Vec<_>>()).map(|r| (r[0], r[1])).collect();
    ranks.dedup();
    assert_eq!(
        ranks,
        [
            ("1", "web1on1/grow"),
            ("2", "web1on1/base"),
            ("3", "web1on1/scale"),
            ("", "woztell/starter"),
            ("", "woztell/growth"),
            ("", "usercom/standard"),
            ("", "woztell/agency")
        ]
    );
}

#[test]
fn counts_in_warnings_are_grouped_in_thousands() {
    let file = common::temp_file(
        "many-leads.toml",
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n[outcomes.bot]\ncrm_lead = 100000\n",
    );
    let t = text(&run(&["quote", file.to_str().unwrap()]).stdout);
    assert!(t.contains("! Woztell does not sell completed outcomes: 100,000 outcomes left out of the quote"), "{t}");
}

#[test]
fn a_table_with_no_complete_quote_says_why_none_is_cheapest() {
    let out = run(&["quote", "examples/small-shop.toml"]);
    let t = text(&out.stdout);
    assert!(t.contains("  web1on1/base          €115.20    €115.20  incomplete: see warnings\n"), "{t}");
    assert!(t.contains("no plan is marked cheapest: every quote leaves out usage it cannot price"), "{t}");
    assert!(
        t.contains("! WhatsApp fees (billed separately): utility messages, Netherlands (NL): Meta's EUR rate is not known; 30 not priced"),
        "{t}"
    );
    assert!(t.contains("WhatsApp (Meta): service messages, Netherlands (NL)  80 × $0.0500  $4.00"), "{t}");
}

#[test]
fn quote_prints_csv_with_lines_totals_and_warnings() {
    let out = run(&["quote", "tests/golden/unpriced-usage/scenario.toml", "--format", "csv", "--plan", "web1on1/base"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "rank,plan,currency,code,description,quantity,unit_price,amount,source");
    // The quote leaves usage unpriced: it has no rank (its warnings say why).
    assert!(rows[1].starts_with(",web1on1/base,EUR,plan_fee,Base plan,1,99.00,99.00,published https://"), "{csv}");
    assert_eq!(
        rows[2],
        ",web1on1/base,EUR,overage,Base plan Extra Chatpoints,150,0.18,27.00,published https://help.web1on1.chat/fr/tarifs-web1on1"
    );
    assert_eq!(rows[3], ",web1on1/base,EUR,total,Base,,,126.00,");
    assert_eq!(rows[4], ",web1on1/base,EUR,total_in_display_currency,,,,126.00,");
    // Two for the outcomes, one for the WhatsApp rows, two for the unverified 2026-10-01 rules.
    assert_eq!(rows.iter().filter(|r| r.contains(",warning,")).count(), 5, "{csv}");
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
