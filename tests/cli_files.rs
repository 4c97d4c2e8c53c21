//! The files pricesim is given: what is not a regular file is refused at once, naming it; a file
//! read whole has a limit; text that is not UTF-8 is refused at its line.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use common::{run, text};

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pricesim-files-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fifo(at: &Path) {
    let made = std::process::Command::new("mkfifo").arg(at).status().unwrap();
    assert!(made.success());
}

fn refused(args: &[&str], file: &str) {
    let out = run(args);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
    assert!(err.starts_with(&format!("error: {file}: cannot read ")), "{args:?}: {err}");
    assert!(err.contains("not a regular file") || err.contains("a folder"), "{args:?}: {err}");
}

#[test]
fn devices_pipes_and_folders_are_refused_naming_the_file() {
    let dir = folder("devices");
    let pipe = dir.join("scenario.toml");
    fifo(&pipe);
    let pipe = pipe.to_str().unwrap();
    for file in ["/dev/zero", pipe] {
        refused(&["quote", file], file);
        refused(&["simulate", file, "--months", "2"], file);
        refused(&["breakeven", file, "--axis", "contacts.engaged", "--from", "0", "--to", "9"], file);
        refused(&["rate-log", "whatsapp", file], file);
        refused(&["rate-log", "usage", file], file);
        refused(&["rate-log", "usage", "tests/fixtures/usage/december.csv", "--invoice", file], file);
    }
    refused(&["quote", "examples"], "examples");

    // A card folder holding a pipe, and a card naming a device as its market table.
    let cards = folder("cards");
    fifo(&cards.join("pipe.toml"));
    let cards_arg = cards.to_str().unwrap().to_string();
    refused(&["ratecards", "check", &cards_arg], &format!("{cards_arg}/pipe.toml"));
    let tables = folder("tables");
    let meta = std::fs::read_to_string("ratecards/meta.toml").unwrap().replace("\"meta/markets.csv\"", "\"/dev/zero\"");
    std::fs::write(tables.join("meta.toml"), meta).unwrap();
    refused(&["ratecards", "check", tables.to_str().unwrap()], "/dev/zero");
}

#[test]
fn a_file_read_whole_has_a_limit() {
    let dir = folder("limit");
    let big = dir.join("big.toml");
    std::fs::File::create(&big).unwrap().set_len(65 << 20).unwrap();
    let out = run(&["quote", big.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        err,
        format!(
            "error: {}: cannot read the scenario: it is larger than 64 MiB, more than such a file ever holds\n",
            big.display()
        )
    );
}

#[test]
fn text_that_is_not_utf8_is_refused_at_its_line() {
    let dir = folder("utf8");
    let file = dir.join("latin1.toml");
    std::fs::write(&file, b"version = 1\nname = \"Caf\xe9\"\nmonth = \"2026-12\"\n").unwrap();
    let out = run(&["quote", file.to_str().unwrap()]);
    assert_eq!(
        text(&out.stderr),
        format!("error: {}:2:12: not UTF-8 text: byte 0xe9 here is not part of a UTF-8 character\n", file.display())
    );
    let log = dir.join("usage.csv");
    std::fs::write(&log, b"timestamp,contact,event,actor\n2026-12-01,\xff,engaged,agent\n").unwrap();
    let out = run(&["rate-log", "usage", log.to_str().unwrap()]);
    assert!(text(&out.stderr).starts_with(&format!("error: {}:2:12: not UTF-8 text", log.display())));
}
