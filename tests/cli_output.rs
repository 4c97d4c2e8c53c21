//! The answer on standard output: a full disk is exit 1 with one line, a reader that stops
//! reading (`| head -c 10`) ends the run quietly, and text meant for a terminal never carries the
//! terminal's escape sequences.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

use common::text;

fn pricesim() -> Command {
    common::pricesim()
}

/// Every command that prints an answer, with arguments that make it print one.
const COMMANDS: &[&[&str]] = &[
    &["quote", "examples/dealer-nl.toml"],
    &["quote", "examples/dealer-nl.toml", "--format", "json"],
    &["quote", "examples/dealer-nl.toml", "--format", "csv"],
    &["simulate", "examples/campaign.toml", "--months", "3", "--format", "json"],
    &["breakeven", "examples/dealer-nl.toml", "--axis", "outcomes.bot.test_drive", "--from", "0", "--to", "50"],
    &["ratecards", "check"],
    &["rate-log", "whatsapp", "examples/whatsapp-log.csv"],
    &["rate-log", "usage", "tests/fixtures/usage/december.csv", "--plan", "web1on1/base"],
    &["gen-log", "--contacts", "3", "--days", "2"],
];

#[test]
fn a_full_disk_is_exit_1_with_one_line_in_every_command() {
    for args in COMMANDS {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = pricesim().args(*args).stdout(Stdio::from(full)).output().unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err, "error: cannot write the output: No space left on device (os error 28)\n", "{args:?}");
    }
}

#[test]
fn a_reader_that_stops_reading_ends_the_run_quietly() {
    // More than a pipe holds (64 KiB), so the writer meets the closed pipe whatever the timing.
    let big: &[&[&str]] = &[
        &["simulate", "examples/campaign.toml", "--months", "24", "--format", "json"],
        &["simulate", "examples/campaign.toml", "--months", "24", "--format", "csv"],
        &["gen-log", "--contacts", "2000", "--days", "5"],
    ];
    for args in big {
        let mut child = pricesim().args(*args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut first = [0u8; 10];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn escape_sequences_in_names_are_shown_not_obeyed() {
    let file = common::temp_file(
        "escape-name",
        "version = 1\nname = \"Shop \\u001b[2J\\u001b]0;owned\\u0007\"\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n",
    );
    let out = pricesim().args(["quote", file.to_str().unwrap(), "--plan", "web1on1/base"]).output().unwrap();
    let t = text(&out.stdout);
    assert!(!t.contains('\u{1b}') && !t.contains('\u{7}'), "{t:?}");
    assert!(t.starts_with("Shop \\u{1b}[2J\\u{1b}]0;owned\\u{7} · 2026-12"), "{t}");
    // JSON keeps the name exactly (escaped by JSON's own rules).
    let json = pricesim().args(["quote", file.to_str().unwrap(), "--format", "json"]).output().unwrap();
    assert!(text(&json.stdout).contains(r#""scenario": "Shop \u001b[2J\u001b]0;owned\u0007""#));
    // Messages too: a log's bad value is shown, not obeyed.
    let log = common::temp_file(
        "escape-log",
        "timestamp,contact,direction,type,category,origin\n\u{1b}[31m,+31612345678,in,text,,\n",
    );
    let out = pricesim().args(["rate-log", "whatsapp", log.to_str().unwrap()]).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("`\\u{1b}[31m` is not an RFC 3339 time") && !err.contains('\u{1b}'), "{err:?}");
}
