//! `pricesim rate-log whatsapp` and `pricesim gen-log`: formats, the detail file, bad rows with
//! and without `--skip-invalid`, exit codes.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{run, text};

const EXAMPLE: &str = "examples/whatsapp-log.csv";

#[test]
fn the_example_log_as_a_table() {
    let out = run(&["rate-log", "whatsapp", EXAMPLE, "--timezone", "Europe/Amsterdam"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(
        t.starts_with("WhatsApp log · 16 rows read, 0 skipped · account time zone Europe/Amsterdam · USD\n"),
        "{t}"
    );
    assert!(t.contains("2023-09 · pricing version 2023-06-01 · billed per conversation"), "{t}");
    assert!(
        t.contains(
            "  Netherlands            marketing                2     0                          $0.1597   $0.32"
        ),
        "{t}"
    );
    assert!(t.contains("Total $0.53"), "{t}");
    assert!(t.contains("line 17: +31687654321 at 2023-10-02T12:00:00+02:00"), "{t}");
}

#[test]
fn the_example_log_as_json_follows_the_contract() {
    let out = run(&["rate-log", "whatsapp", EXAMPLE, "--timezone", "Europe/Amsterdam", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["rows_read"], 16);
    assert_eq!(v["rows_skipped"], 0);
    assert_eq!(v["total"], "0.53");
    let september = &v["months"][0];
    assert_eq!(september["month"], "2023-09");
    assert_eq!(september["version"], "2023-06-01");
    let service = september["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["market"] == "Germany" && l["category"] == "service")
        .unwrap();
    assert_eq!(service["billable"], 0);
    assert_eq!(service["free"], 1);
    assert_eq!(service["free_by_reason"]["free_tier"], 1);
    assert_eq!(service["unit_price"], "0.0819");
    assert_eq!(service["amount"], "0.00");
    assert_eq!(v["refused"]["count"], 1);
}

#[test]
fn the_detail_file_lists_every_unit() {
    let dir = common::temp_file("detail", "").parent().unwrap().to_path_buf();
    let detail = dir.join("detail.csv");
    let out =
        run(&["rate-log", "whatsapp", EXAMPLE, "--timezone", "Europe/Amsterdam", "--detail", detail.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows: Vec<String> = std::fs::read_to_string(&detail).unwrap().lines().map(str::to_string).collect();
    assert_eq!(
        rows[0],
        "contact,time,line,month,version,unit,market,category,status,reason,unit_price,conversation_ends"
    );
    assert_eq!(
        rows[1],
        "+31612345678,2023-09-04T10:00:00+02:00,2,2023-09,2023-06-01,conversation,Netherlands,marketing,billable,,0.1597,2023-09-05T10:00:00+02:00"
    );
    // One row per conversation opened: 2 marketing, 2 Germany, 1 entry point, 1 authentication, 2 in the last exchange.
    assert_eq!(rows.len(), 1 + 8);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2, "no temporary file is left behind");
}

#[test]
fn a_bad_row_stops_the_run_naming_its_line_and_field() {
    let log = common::temp_file(
        "bad-row",
        "timestamp,contact,direction,type,category,origin\n2023-09-04T10:00:00Z,+31612345678,out,template,marketing,\n2023-09-04T10:00:00Z,0612345678,out,template,marketing,\n",
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("log.csv:3: `contact`: `0612345678` is not an E.164 number"), "{err}");
    // With --skip-invalid the row is skipped, counted and listed.
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap(), "--skip-invalid", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_read"], 2);
    assert_eq!(v["rows_skipped"], 1);
    assert_eq!(v["skipped"][0]["line"], 3);
    assert_eq!(v["skipped"][0]["field"], "contact");
    assert_eq!(v["months"][0]["lines"][0]["billable"], 1);
}

#[test]
fn misspelt_values_get_a_suggestion() {
    let log = common::temp_file(
        "typo",
        "timestamp,contact,direction,type,category,origin\n2023-09-04T10:00:00Z,+31612345678,out,template,marketting,\n",
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("`category`: `marketting` is not one of `marketing`, `utility`, `authentication`, `authentication_international`, did you mean `marketing`?"), "{}", text(&out.stderr));
    let log = common::temp_file("header", "timestamp,contact,direction,kind,category,origin\n");
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("log.csv:1: the header has no `type` column"), "{}", text(&out.stderr));
}

#[test]
fn a_row_before_the_first_pricing_version_is_named() {
    let log = common::temp_file(
        "too-early",
        "timestamp,contact,direction,type,category,origin\n2021-12-31T10:00:00Z,+31612345678,out,template,marketing,\n",
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("log.csv:2: `timestamp`: no WhatsApp pricing version is in force at 2021-12-31T10:00:00Z (the first starts 2022-02-01)"), "{err}");
}

#[test]
fn a_wrong_command_line_exits_2() {
    let out = run(&["rate-log", "whatsapp", EXAMPLE, "--timezone", "Mars/Olympus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("`Mars/Olympus` is not an IANA time zone name"));
    let out = run(&["rate-log", "whatsapp", EXAMPLE, "--currency", "EURO"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown currency `EURO`"), "{}", text(&out.stderr));
}

#[test]
fn a_missing_log_exits_1() {
    let out = run(&["rate-log", "whatsapp", "no-such-log.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no-such-log.csv: cannot read the log"), "{}", text(&out.stderr));
}

#[test]
fn gen_log_is_reproducible_and_order_does_not_change_the_bill() {
    let dir = common::temp_file("gen", "").parent().unwrap().to_path_buf();
    let sorted = dir.join("sorted.csv");
    let shuffled = dir.join("shuffled.csv");
    let generate = |file: &std::path::Path, shuffle: bool| {
        let mut args =
            vec!["gen-log", "--contacts", "300", "--days", "12", "--seed", "5", "--output", file.to_str().unwrap()];
        if shuffle {
            args.push("--shuffle");
        }
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    };
    generate(&sorted, false);
    let first = std::fs::read(&sorted).unwrap();
    generate(&sorted, false);
    assert_eq!(std::fs::read(&sorted).unwrap(), first, "the same seed gives the same log");
    generate(&shuffled, true);
    let rate = |file: &std::path::Path| {
        let out =
            run(&["rate-log", "whatsapp", file.to_str().unwrap(), "--format", "json", "--timezone", "Asia/Kolkata"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (v["months"].clone(), v["total"].clone())
    };
    assert_eq!(rate(&sorted), rate(&shuffled));
    // The default start spans Meta's 2026-10-01 change.
    let months = rate(&sorted).0;
    assert_eq!(months[0]["version"], "2025-07-01");
    assert_eq!(months[1]["version"], "2026-10-01");
}
