//! Reading a log tells how far it has come and stops when cancelled (the app's Import screen):
//! reports climb to the file's size, a cancelled read ends with `Cancelled` and writes nothing,
//! and watching never changes the result.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use common::temp_file;
use pricesim::catalog::Catalog;
use pricesim::money::Currency;
use pricesim::progress::{EVERY, Silent, Step, Watch};
use pricesim::usagelog::{self, UsageLogError};
use pricesim::whatsapp::genlog::{Spec, generate};
use pricesim::whatsapp::ratelog::{LogError, Options, rate_log};

/// Records every step; cancels once it has seen `cancel_after` of them.
struct Recorder {
    steps: RefCell<Vec<Step>>,
    cancel_after: Option<usize>,
}

impl Recorder {
    fn new(cancel_after: Option<usize>) -> Recorder {
        Recorder { steps: RefCell::new(Vec::new()), cancel_after }
    }

    fn steps(&self) -> Vec<Step> {
        self.steps.borrow().clone()
    }
}

impl Watch for Recorder {
    fn step(&self, step: Step) {
        self.steps.borrow_mut().push(step);
    }

    fn cancelled(&self) -> bool {
        self.cancel_after.is_some_and(|n| self.steps.borrow().len() >= n)
    }
}

/// A generated WhatsApp log of a few times [`EVERY`] rows, in time order or shuffled.
fn whatsapp_log(name: &str, shuffle: bool) -> PathBuf {
    let spec = Spec {
        contacts: 600,
        days: 20,
        seed: 11,
        start: chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        shuffle,
    };
    let mut out = Vec::new();
    let rows = generate(&spec, &mut out).unwrap();
    assert!(rows > 3 * EVERY, "the log is long enough to report along the way ({rows} rows)");
    temp_file(name, std::str::from_utf8(&out).unwrap())
}

fn options(detail: Option<PathBuf>) -> Options {
    Options { timezone: chrono_tz::UTC, currency: Currency::USD, skip_invalid: false, detail }
}

/// Within pass `pass` the bytes read only grow, and the pass ends on the whole file.
fn assert_climbs(steps: &[Step], file: &Path, pass: u8) {
    let size = std::fs::metadata(file).unwrap().len();
    let of_pass: Vec<&Step> = steps.iter().filter(|s| s.pass == pass).collect();
    assert!(of_pass.len() > 2, "pass {pass} reported along the way: {of_pass:?}");
    assert!(of_pass.windows(2).all(|w| w[0].done <= w[1].done), "pass {pass} never goes back");
    assert!(of_pass.iter().all(|s| s.total == size && s.done <= size));
    assert_eq!(of_pass.last().unwrap().done, size, "pass {pass} ends on the whole file");
}

/// A generated WhatsApp log rated while watched: the file and the steps heard, checked to give
/// the same report as an unwatched read.
fn watched_whatsapp(name: &str, shuffle: bool) -> (PathBuf, Vec<Step>) {
    let catalog = Catalog::shipped().unwrap();
    let card = catalog.card("meta").unwrap();
    let file = whatsapp_log(name, shuffle);
    let watch = Recorder::new(None);
    let watched = rate_log(&file, card, &options(None), &watch).unwrap();
    assert_eq!(watched, rate_log(&file, card, &options(None), &Silent).unwrap(), "watching changes nothing");
    (file, watch.steps())
}

#[test]
fn a_whatsapp_log_in_time_order_is_read_once_and_reported_to_its_end() {
    let (file, steps) = watched_whatsapp("progress-ordered", false);
    assert_climbs(&steps, &file, 1);
    assert!(steps.iter().all(|s| s.pass == 1), "a log in time order is read once");
}

#[test]
fn a_shuffled_whatsapp_log_is_reported_over_both_passes() {
    let (file, steps) = watched_whatsapp("progress-shuffled", true);
    assert_climbs(&steps, &file, 2);
    // The first pass gives up at the first row out of order, which may come before any report.
    assert!(steps.windows(2).all(|w| w[0].pass <= w[1].pass), "pass 2 follows pass 1: {steps:?}");
}

#[test]
fn a_cancelled_whatsapp_log_stops_and_writes_no_detail() {
    let catalog = Catalog::shipped().unwrap();
    let card = catalog.card("meta").unwrap();
    let file = whatsapp_log("progress-cancelled", false);
    let detail = file.with_file_name("detail.csv");
    let watch = Recorder::new(Some(1));
    let result = rate_log(&file, card, &options(Some(detail.clone())), &watch);
    assert!(matches!(result, Err(LogError::Cancelled)), "{result:?}");
    assert_eq!(watch.steps().len(), 1, "it stopped at the first report");
    assert!(!detail.exists(), "a cancelled read leaves no detail file");
}

/// A usage log of `rows` rows over two months.
fn usage_log(name: &str, rows: u64) -> PathBuf {
    let mut text = String::from("timestamp,contact,event,actor\n");
    for i in 0..rows {
        let event = if i % 3 == 0 { "test_drive" } else { "engaged" };
        let actor = if i % 2 == 0 { "bot" } else { "agent" };
        text.push_str(&format!("2026-{:02}-{:02}T10:00:00Z,c{},{event},{actor}\n", 11 + i % 2, 1 + i % 28, i % 997));
    }
    temp_file(name, &text)
}

fn usage_options() -> usagelog::Options {
    usagelog::Options { timezone: chrono_tz::UTC, currency: Currency::EUR, skip_invalid: false, plans: Vec::new() }
}

#[test]
fn a_usage_log_is_reported_to_its_end_and_can_be_cancelled() {
    let catalog = Catalog::shipped().unwrap();
    let file = usage_log("progress-usage", 3 * EVERY + 5);
    let watch = Recorder::new(None);
    let watched = usagelog::rate(&file, &catalog, &usage_options(), &watch).unwrap();
    assert_climbs(&watch.steps(), &file, 1);
    assert_eq!(watched, usagelog::rate(&file, &catalog, &usage_options(), &Silent).unwrap());

    let cancel = Recorder::new(Some(2));
    let result = usagelog::rate(&file, &catalog, &usage_options(), &cancel);
    assert!(matches!(result, Err(UsageLogError::Cancelled)), "{result:?}");
    assert_eq!(cancel.steps().len(), 2);
}
