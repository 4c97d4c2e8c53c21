//! The rater on several threads gives the single thread's answer, byte for byte: the report, its
//! JSON and the detail file, on generated logs around every change of Meta's rules (the free tier
//! of 2022 and 2023, its end on 2024-11-01, per-message pricing from 2025-07-01, each business
//! number's own free service messages from 2026-10-01), in time order and shuffled, with bad rows
//! skipped, in several time zones, with and without a `business_number` column.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::temp_file;
use pricesim::catalog::Catalog;
use pricesim::money::Currency;
use pricesim::progress::Silent;
use pricesim::whatsapp::engine::Reason;
use pricesim::whatsapp::genlog::{Spec, generate, generate_numbered};
use pricesim::whatsapp::ratelog::{Options, rate_log_on};
use pricesim::whatsapp::report::LogReport;

/// A generated log starting on `start`, with a few unreadable and too early rows when `bad`.
fn log(name: &str, start: &str, shuffle: bool, bad: bool) -> PathBuf {
    let spec = Spec { contacts: 300, days: 12, seed: 5, start: start.parse::<NaiveDate>().unwrap(), shuffle };
    let mut out = Vec::new();
    generate(&spec, &mut out).unwrap();
    with_bad_rows(name, String::from_utf8(out).unwrap(), bad)
}

/// `text` in a file, with a few unreadable and too early rows when `bad`.
fn with_bad_rows(name: &str, mut text: String, bad: bool) -> PathBuf {
    if bad {
        // Before, among and after the rows: a bad number, a time before any version, a bad kind.
        let at = text.len() / 2;
        let at = at + text[at..].find('\n').unwrap() + 1;
        text.insert_str(at, "2024-01-01T00:00:00Z,0612,in,text,,\n2021-01-01T00:00:00Z,+31612345678,in,text,,\n");
        text.push_str("2026-01-01T00:00:00Z,+31612345678,sideways,text,,\n");
    }
    temp_file(name, &text)
}

/// The report as JSON and the detail file, rated on `threads` threads.
fn rate(file: &Path, threads: usize, timezone: &str, skip_invalid: bool) -> (String, String) {
    let (report, detail) = rate_report(file, threads, timezone, skip_invalid);
    (serde_json::to_string_pretty(&report).unwrap(), detail)
}

/// The report and the detail file, rated on `threads` threads.
fn rate_report(file: &Path, threads: usize, timezone: &str, skip_invalid: bool) -> (LogReport, String) {
    let catalog = Catalog::shipped().unwrap();
    let card = catalog.card("meta").unwrap();
    let detail = file.with_file_name(format!("detail-{threads}.csv"));
    let options = Options {
        timezone: timezone.parse().unwrap(),
        currency: Currency::USD,
        skip_invalid,
        detail: Some(detail.clone()),
    };
    let report = rate_log_on(file, card, &options, NonZeroUsize::new(threads).unwrap(), &Silent).unwrap();
    (report, std::fs::read_to_string(detail).unwrap())
}

#[test]
fn any_number_of_threads_gives_the_answer_of_one() {
    let starts = ["2022-05-26", "2023-05-27", "2024-10-26", "2025-06-26", "2026-09-25"];
    let zones = ["UTC", "Asia/Bangkok", "America/New_York"];
    for (i, start) in starts.iter().enumerate() {
        for shuffle in [false, true] {
            let bad = i % 2 == 1;
            let zone = zones[i % zones.len()];
            let file = log(&format!("threads-{start}-{shuffle}"), start, shuffle, bad);
            let one = rate(&file, 1, zone, bad);
            assert!(one.1.lines().count() > 1000, "{start}: the log has units to compare");
            if start.starts_with("2023") && !shuffle {
                assert!(one.0.contains("\"free_tier\""), "{start}: the free tier is reached");
            }
            for threads in [2, 3, 8] {
                let many = rate(&file, threads, zone, bad);
                assert!(one.0 == many.0, "{start}, shuffled {shuffle}: the report differs on {threads} threads");
                assert!(one.1 == many.1, "{start}, shuffled {shuffle}: the detail differs on {threads} threads");
            }
        }
    }
}

/// Logs naming four business numbers (and leaving one contact in ten unnamed), from September
/// into November 2026, enough traffic that each number uses up its own 1,000 free service
/// messages in October, and from August 2023 into September, when the column changes nothing.
#[test]
fn logs_naming_business_numbers_give_the_answer_of_one_thread() {
    for (start, days, zone) in [("2026-09-25", 40, "Europe/Amsterdam"), ("2023-08-28", 8, "UTC")] {
        for shuffle in [false, true] {
            let name = format!("threads-numbered-{start}-{shuffle}");
            let spec = Spec { contacts: 2000, days, seed: 11, start: start.parse::<NaiveDate>().unwrap(), shuffle };
            let mut out = Vec::new();
            let rows = generate_numbered(&spec, 4, &mut out).unwrap();
            let file = with_bad_rows(&name, String::from_utf8(out).unwrap(), shuffle);
            let (report, detail) = rate_report(&file, 1, zone, shuffle);
            accounted_for(&report, &detail, rows);
            let json = serde_json::to_string_pretty(&report).unwrap();
            if start.starts_with("2026") {
                let october = report.months.iter().find(|m| m.month.to_string() == "2026-10").unwrap();
                let service = |f: fn(&pricesim::whatsapp::report::LogLine) -> u64| -> u64 {
                    october.lines.iter().filter(|l| l.category.as_str() == "service").map(f).sum()
                };
                let free = service(|l| l.free_by_reason.get(&Reason::FreeTier).copied().unwrap_or(0));
                assert_eq!(free, 5000, "{start}: four named numbers and the unnamed one, 1,000 free each");
                assert!(service(|l| l.billable) > 0, "{start}: some numbers send more than their 1,000");
                assert!(json.contains("for 5 numbers, one of them unnamed"), "{json}");
            } else {
                let mut plain = Vec::new();
                generate(&spec, &mut plain).unwrap();
                let plain = with_bad_rows(&format!("{name}-plain"), String::from_utf8(plain).unwrap(), shuffle);
                assert_eq!(
                    report.months,
                    rate_report(&plain, 1, zone, shuffle).0.months,
                    "{start}: the column changes nothing"
                );
            }
            for threads in [2, 3] {
                let (many, many_detail) = rate(&file, threads, zone, shuffle);
                assert!(json == many, "{start}, shuffled {shuffle}: the report differs on {threads} threads");
                assert!(detail == many_detail, "{start}, shuffled {shuffle}: the detail differs on {threads} threads");
            }
        }
    }
}

/// Every row of the log is read or skipped, every unit in the detail file is on a line of the
/// report, and every total is the sum of its lines.
fn accounted_for(report: &LogReport, detail: &str, rows: u64) {
    assert_eq!(report.rows_read, rows + report.rows_skipped, "rows read and skipped");
    let units: u64 = report.months.iter().flat_map(|m| &m.lines).map(|l| l.billable + l.free).sum();
    assert_eq!(units, detail.lines().count() as u64 - 1, "units in the report and the detail file");
    for m in &report.months {
        let lines: u64 = m.lines.iter().map(|l| l.free_by_reason.values().sum::<u64>()).sum();
        assert_eq!(lines, m.lines.iter().map(|l| l.free).sum::<u64>(), "{}: free by reason", m.month);
        let sum: rust_decimal::Decimal = m.lines.iter().filter_map(|l| l.amount).sum();
        assert_eq!(m.total, sum, "{}: the total is the sum of its lines", m.month);
    }
    assert_eq!(report.total, report.months.iter().map(|m| m.total).sum(), "the total is the sum of the months");
}

#[test]
fn the_command_line_takes_a_thread_count() {
    let file = log("threads-cli", "2024-10-26", false, false);
    let path = file.to_str().unwrap();
    let one = common::run(&["rate-log", "whatsapp", path, "--format", "json", "--threads", "1"]);
    let two = common::run(&["rate-log", "whatsapp", path, "--format", "json", "--threads", "2"]);
    assert_eq!(one.status.code(), Some(0), "{}", common::text(&one.stderr));
    assert_eq!(one.stdout, two.stdout);
    let zero = common::run(&["rate-log", "whatsapp", path, "--threads", "0"]);
    assert_eq!(zero.status.code(), Some(2), "{}", common::text(&zero.stderr));
}
