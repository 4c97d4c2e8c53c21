//! `pricesim rate-log usage`: a hand-built month of chats and outcomes, its scenario and quote,
//! invoices that match and that differ, and logs as real exports write them.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;

use common::{run, text};
use pricesim::catalog::Catalog;
use pricesim::progress::Silent;
use pricesim::simulate::simulate;
use pricesim::usagelog::check::{check, load};
use pricesim::usagelog::{Options, UsageLogError, rate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn options(skip_invalid: bool) -> Options {
    Options {
        timezone: "Europe/Amsterdam".parse().unwrap(),
        currency: pricesim::money::Currency::EUR,
        skip_invalid,
        plans: vec!["web1on1/base".to_string()],
    }
}

const DECEMBER: &str = "tests/fixtures/usage/december.csv";

#[test]
fn a_month_of_events_becomes_its_scenario_and_quote() {
    let catalog = Catalog::shipped().unwrap();
    let (report, scenario) = rate(Path::new(DECEMBER), &catalog, &options(false), &Silent).unwrap();
    assert_eq!(report.rows_read, 11);
    let december = &report.months[0];
    // Six distinct contacts (Alice twice, Erin through the customer's own staff); outcomes by actor.
    let usage: Vec<String> = december.usage.iter().map(|(k, n)| format!("{k} = {n}")).collect();
    assert_eq!(
        usage,
        [
            "contacts.engaged = 6",
            "outcomes.agent.test_drive = 4",
            "outcomes.bot.crm_lead = 3",
            "outcomes.bot.test_drive = 1"
        ]
    );
    assert_eq!(december.staff_outcomes.get("support_action"), Some(&1));
    // The seed's promise: the month's Chatpoints and the invoice's overage line, from the log alone.
    let base = &december.quotes[0];
    assert_eq!(base.meters[0].used, 12 + 4 * 65 + 3 * 6 + 40);
    let overage = &base.lines[1];
    assert_eq!((overage.quantity, overage.amount), (Decimal::from(80), "14.40".parse().unwrap()));
    assert_eq!(base.total.to_string(), "113.40");
    assert_eq!(
        pricesim::scenario::to_toml(&scenario),
        std::fs::read_to_string("tests/fixtures/usage/december.scenario.toml").unwrap()
    );
}

#[test]
fn the_derived_scenario_replays_the_log() {
    let catalog = Catalog::shipped().unwrap();
    let (report, scenario) = rate(Path::new(DECEMBER), &catalog, &options(false), &Silent).unwrap();
    let text = pricesim::scenario::to_toml(&scenario);
    let loaded = pricesim::scenario::load_str(Path::new("derived.toml"), &text, &catalog).unwrap();
    assert_eq!(loaded, scenario);
    let sim = simulate(&catalog, &loaded, 2, Decimal::ZERO, &["web1on1/base".to_string()]).unwrap();
    for (m, from_log) in sim.months.iter().zip(&report.months) {
        assert_eq!(m.quotes[0].total, from_log.quotes[0].total, "{}", m.month);
    }
}

#[test]
fn an_invoice_that_matches_and_one_with_a_different_overage() {
    let catalog = Catalog::shipped().unwrap();
    let (report, _) = rate(Path::new(DECEMBER), &catalog, &options(false), &Silent).unwrap();
    let ok = check(&load(Path::new("tests/fixtures/usage/invoice-ok.toml")).unwrap(), &report.months, &catalog);
    assert!(ok.matches, "{ok:?}");
    let off = check(&load(Path::new("tests/fixtures/usage/invoice-overage.toml")).unwrap(), &report.months, &catalog);
    assert!(!off.matches);
    assert_eq!(off.lines[0].status, "matches");
    let line = &off.lines[1];
    assert_eq!(line.status, "differs");
    assert_eq!(
        line.why,
        [
            "the invoice bills 25 more units than the log gives",
            "1 `test_drive` done by a bot billed at the agent's 65 points would explain it",
        ]
    );
}

/// The invoice as the app's form enters it, checked, with the difference per line and in total,
/// and written as a dispute: CSV and a document in the quote document's style, in Dutch too.
#[test]
fn an_invoice_typed_in_a_form_becomes_a_dispute() {
    use pricesim::i18n::Language;
    use pricesim::usagelog::dispute;
    use pricesim::usagelog::entered::{EnteredInvoice, read_lines};
    let catalog = Catalog::shipped().unwrap();
    let (report, _) = rate(Path::new(DECEMBER), &catalog, &options(false), &Silent).unwrap();
    let lines = read_lines(Path::new("pasted"), "Base plan\t1\t99.00\nExtra Chatpoints\t105\t18.90\n").unwrap();
    let form = EnteredInvoice {
        plan: "web1on1/base".into(),
        month: "2026-12".into(),
        lines,
        number: "INV-7".into(),
        customer: "Garage Jansen B.V.".into(),
    };
    let c = check(&form.invoice().unwrap(), &report.months, &catalog);
    let differences: Vec<String> = c.lines.iter().map(|l| l.difference.unwrap().to_string()).collect();
    assert_eq!(differences, ["0.00", "4.50"]);
    assert_eq!(
        (c.billed_total, c.log_total, c.difference),
        (Some(Decimal::new(11790, 2)), Some(Decimal::new(11340, 2)), Some(Decimal::new(450, 2)))
    );
    assert_eq!(c.currency, Some(pricesim::money::Currency::EUR));

    let csv = dispute::csv(&c, Language::En).unwrap();
    assert_eq!(
        csv,
        "Line,Status,Billed quantity,Quantity per our log,Billed amount,Amount per our log,Difference,Currency,Why\n\
         Base plan,matches,1,1,99.00,99.00,0.00,EUR,\n\
         Extra Chatpoints,differs,105,80,18.90,14.40,4.50,EUR,\"25 more units billed than our usage log gives; 1 test drive by a bot, billed at the agent's 65 points, would explain it\"\n\
         Total,,,,117.90,113.40,4.50,EUR,\n"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 5).unwrap();
    let d = dispute::document(&c, &form, &report.months[0], &catalog, Language::Nl, today).unwrap();
    assert_eq!(d.file_stem, "Factuurbezwaar web1on1-base 2026-12");
    let text = pricesim::offer::text::render(&d.document);
    for want in [
        "Factuurbezwaar",
        "INV-7",
        "Garage Jansen B.V.",
        "Web1on1 Base",
        "Extra Chatpoints (wijkt af)",
        "€\u{a0}4,50",
        "wij vragen u €\u{a0}4,50 te crediteren",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
    assert!(!text.contains('`'), "{text}");
}

#[test]
fn exports_with_a_bom_semicolons_crlf_and_extra_columns_are_read() {
    let catalog = Catalog::shipped().unwrap();
    let (report, _) = rate(Path::new("tests/fixtures/usage/export.csv"), &catalog, &options(false), &Silent).unwrap();
    assert_eq!(report.rows_read, 2);
    let usage: Vec<String> = report.months[0].usage.iter().map(|(k, n)| format!("{k} = {n}")).collect();
    assert_eq!(usage, ["contacts.engaged = 1", "outcomes.agent.test_drive = 1"]);
}

#[test]
fn a_bad_row_is_named_or_skipped_and_counted() {
    let file = common::temp_file(
        "usage-bad",
        "timestamp,contact,event,actor\n2026-12-01,a,engaged,agent\n2026-12-01,b,testdrive,bot\n2026-12-02,c,engaged,robot\n",
    );
    let catalog = Catalog::shipped().unwrap();
    let Err(UsageLogError::Input(d)) = rate(&file, &catalog, &options(false), &Silent) else {
        panic!("a bad row was accepted")
    };
    let first = d.0[0].to_string();
    assert!(
        first.ends_with(
            "log.csv:3: `event`: `testdrive` is neither `engaged` nor an outcome name, did you mean `test_drive`?"
        ),
        "{first}"
    );
    let (report, _) = rate(&file, &catalog, &options(true), &Silent).unwrap();
    assert_eq!((report.rows_read, report.rows_skipped), (3, 2));
    assert_eq!(report.skipped[1].field, "actor");
    assert_eq!(report.months[0].usage.iter().count(), 1);
}

#[test]
fn the_command_line_checks_invoices_and_writes_the_scenario() {
    let out_dir = common::temp_file("usage-cli", "").parent().unwrap().to_path_buf();
    let scenario = out_dir.join("derived.toml");
    let out = run(&[
        "rate-log",
        "usage",
        DECEMBER,
        "--timezone",
        "Europe/Amsterdam",
        "--plan",
        "web1on1/base",
        "--invoice",
        "tests/fixtures/usage/invoice-overage.toml",
        "--scenario-out",
        scenario.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["months"][0]["month"], "2026-12");
    assert_eq!(v["months"][0]["usage"]["contacts.engaged"], 6);
    assert_eq!(v["checks"][0]["matches"], false);
    assert_eq!(v["checks"][0]["lines"][1]["log_amount"], "14.40");
    assert!(std::fs::read_to_string(&scenario).unwrap().starts_with("version = 1\nname = \"december\"\n"));
    let out = run(&["rate-log", "usage", DECEMBER, "--format", "csv", "--plan", "web1on1/base"]);
    let csv = text(&out.stdout);
    assert!(csv.starts_with("month,rank,plan,payee,currency,code,description"), "{csv}");
    assert!(
        csv.contains("\n2026-12,1,web1on1/base,vendor,EUR,overage,Base plan Extra Chatpoints,80,0.18,14.40,"),
        "{csv}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// However an export is written (column order, separator, BOM, line ends), the month's usage
    /// is its distinct contacts and its outcomes by actor, counted the obvious way.
    #[test]
    fn any_export_gives_the_obvious_counts(
        rows in prop::collection::vec((0u32..2, 1u32..28, 0usize..6, 0usize..3, 0usize..3, 1u64..4), 1..60),
        order in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
        semicolons in any::<bool>(),
        bom in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let events = ["engaged", "test_drive", "crm_lead"];
        let actors = ["agent", "bot", "staff"];
        let names = ["timestamp", "contact", "event", "actor", "quantity"];
        let sep = if semicolons { ";" } else { "," };
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = String::from(if bom { "\u{feff}" } else { "" });
        text.push_str(&order.iter().map(|i| names[*i]).collect::<Vec<_>>().join(sep));
        text.push_str(end);
        let mut want: std::collections::BTreeMap<(u32, String), u64> = Default::default();
        let mut contacts: std::collections::BTreeMap<u32, std::collections::BTreeSet<usize>> = Default::default();
        for (month, day, contact, event, actor, quantity) in &rows {
            let quantity = if *event == 0 { 1 } else { *quantity };
            let fields = [
                format!("2026-{:02}-{day:02} 10:00:00", 11 + month),
                format!("c{contact}"),
                events[*event].to_string(),
                actors[*actor].to_string(),
                quantity.to_string(),
            ];
            text.push_str(&order.iter().map(|i| fields[*i].clone()).collect::<Vec<_>>().join(sep));
            text.push_str(end);
            contacts.entry(*month).or_default().insert(*contact);
            if *event > 0 && *actor < 2 {
                *want.entry((*month, format!("outcomes.{}.{}", actors[*actor], events[*event]))).or_default() += quantity;
            }
        }
        for (month, set) in &contacts {
            want.insert((*month, "contacts.engaged".to_string()), set.len() as u64);
        }
        let file = common::temp_file("usage-prop", &text);
        let catalog = Catalog::shipped().unwrap();
        let (report, _) = rate(&file, &catalog, &options(false), &Silent).unwrap();
        let mut got: std::collections::BTreeMap<(u32, String), u64> = Default::default();
        for m in &report.months {
            let month = if m.month.to_string() == "2026-11" { 0 } else { 1 };
            for (k, n) in m.usage.iter() {
                got.insert((month, k.to_string()), n);
            }
        }
        prop_assert_eq!(got, want);
        prop_assert_eq!(report.rows_read, rows.len() as u64);
    }
}

#[test]
fn invoice_lines_are_matched_by_what_they_are_and_a_line_billed_twice_is_said_so() {
    let catalog = Catalog::shipped().unwrap();
    let (report, _) = rate(Path::new(DECEMBER), &catalog, &options(false), &Silent).unwrap();
    let invoice = |lines: &str| {
        let text = format!("plan = \"web1on1/base\"\nmonth = \"2026-12\"\n{lines}");
        pricesim::usagelog::check::load_str(Path::new("i.toml"), &text).unwrap()
    };
    let line =
        |d: &str, q: &str, a: &str| format!("[[lines]]\ndescription = \"{d}\"\nquantity = \"{q}\"\namount = \"{a}\"\n");
    // "Base plan" billed twice: the second is not the "Base plan Extra Chatpoints" line.
    let twice = check(
        &invoice(&(line("Base plan", "1", "99.00") + &line("Base plan", "1", "99.00"))),
        &report.months,
        &catalog,
    );
    let statuses: Vec<&str> = twice.lines.iter().map(|l| l.status.as_str()).collect();
    assert_eq!(statuses, ["matches", "not_in_log", "not_invoiced"], "{twice:?}");
    assert_eq!(
        twice.lines[1].why,
        ["the log's quote has one `Base plan` line, matched by an earlier line of the invoice: billed twice?"]
    );
    // An empty wording matches no line; with a code it matches the line of that code.
    let empty = check(&invoice(&line("", "80", "14.40")), &report.months, &catalog);
    assert_eq!(empty.lines[0].status, "not_in_log", "{empty:?}");
    let coded = invoice("[[lines]]\ncode = \"overage\"\ndescription = \"\"\nquantity = \"80\"\namount = \"14.40\"\n");
    assert_eq!(check(&coded, &report.months, &catalog).lines[0].status, "matches");
    // Figures as large as a decimal goes are compared, not a panic.
    let huge = check(&invoice(&line("Base plan", "79228162514264337593543950335", "99.00")), &report.months, &catalog);
    assert_eq!(huge.lines[0].status, "differs");
    assert!(huge.lines[0].why.iter().any(|w| w.ends_with("is too large to compute")), "{huge:?}");
}
