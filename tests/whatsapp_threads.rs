//! The rater on several threads gives the single thread's answer, byte for byte: the report, its
//! JSON and the detail file, on generated logs around every change of Meta's rules (the free tier
//! of 2022 and 2023, its end on 2024-11-01, per-message pricing from 2025-07-01), in time order
//! and shuffled, with bad rows skipped, in several time zones.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::temp_file;
use pricesim::catalog::Catalog;
use pricesim::money::Currency;
use pricesim::progress::Silent;
use pricesim::whatsapp::genlog::{Spec, generate};
use pricesim::whatsapp::ratelog::{Options, rate_log_on};

/// A generated log starting on `start`, with a few unreadable and too early rows when `bad`.
fn log(name: &str, start: &str, shuffle: bool, bad: bool) -> PathBuf {
    let spec = Spec { contacts: 300, days: 12, seed: 5, start: start.parse::<NaiveDate>().unwrap(), shuffle };
    let mut out = Vec::new();
    generate(&spec, &mut out).unwrap();
    let mut text = String::from_utf8(out).unwrap();
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
    (serde_json::to_string_pretty(&report).unwrap(), std::fs::read_to_string(detail).unwrap())
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
