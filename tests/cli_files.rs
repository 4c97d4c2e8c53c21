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

    // A card folder holding a pipe, and a card whose market table (in its own folder, as a card's
    // tables must be) is a pipe.
    let cards = folder("cards");
    fifo(&cards.join("pipe.toml"));
    let cards_arg = cards.to_str().unwrap().to_string();
    refused(&["ratecards", "check", &cards_arg], &format!("{cards_arg}/pipe.toml"));
    let tables = folder("tables");
    let meta =
        std::fs::read_to_string("ratecards/meta.toml").unwrap().replace("\"meta/markets.csv\"", "\"markets.pipe\"");
    std::fs::write(tables.join("meta.toml"), meta).unwrap();
    fifo(&tables.join("markets.pipe"));
    let pipe = tables.join("markets.pipe");
    refused(&["ratecards", "check", tables.to_str().unwrap()], pipe.to_str().unwrap());
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

#[cfg(unix)]
mod writes {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn gen_log(out: &Path) -> std::process::Output {
        run(&["gen-log", "--contacts", "300", "--days", "3", "--output", out.to_str().unwrap()])
    }

    fn expected_log() -> Vec<u8> {
        run(&["gen-log", "--contacts", "300", "--days", "3"]).stdout
    }

    /// The files in `dir`, sorted: no temporary file may be left behind.
    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        n.sort();
        n
    }

    #[test]
    fn two_runs_writing_one_file_leave_it_whole() {
        let dir = folder("concurrent");
        let out = dir.join("x.csv");
        let want = expected_log();
        for _ in 0..3 {
            let runs: Vec<_> = (0..2)
                .map(|_| {
                    common::pricesim()
                        .args(["gen-log", "--contacts", "300", "--days", "3", "--output", out.to_str().unwrap()])
                        .output_async()
                })
                .collect();
            for r in runs {
                assert!(r.join().unwrap().status.success());
            }
            assert!(std::fs::read(&out).unwrap() == want, "the file is not one whole log");
            assert_eq!(names(&dir), ["x.csv"]);
        }
    }

    /// `Command::output` on a thread, so two runs overlap.
    trait OutputAsync {
        fn output_async(self) -> std::thread::JoinHandle<std::process::Output>;
    }

    impl OutputAsync for &mut std::process::Command {
        fn output_async(self) -> std::thread::JoinHandle<std::process::Output> {
            let mut child = self.stdout(std::process::Stdio::piped()).spawn().unwrap();
            std::thread::spawn(move || {
                let _ = child.stdout.take();
                child.wait_with_output().unwrap()
            })
        }
    }

    #[test]
    fn a_link_planted_at_the_old_temporary_name_is_not_followed() {
        let dir = folder("planted");
        let victim = dir.join("victim.txt");
        std::fs::write(&victim, "keep me").unwrap();
        std::os::unix::fs::symlink(&victim, dir.join(".x.csv.pricesim-tmp")).unwrap();
        assert!(gen_log(&dir.join("x.csv")).status.success());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    }

    #[test]
    fn the_target_keeps_its_permissions_and_its_link() {
        let dir = folder("keeps");
        let private = dir.join("private.csv");
        std::fs::write(&private, "old").unwrap();
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(gen_log(&private).status.success());
        assert_eq!(std::fs::metadata(&private).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&private).unwrap(), expected_log());

        let real = dir.join("real.csv");
        std::fs::write(&real, "old").unwrap();
        let link = dir.join("link.csv");
        std::os::unix::fs::symlink("real.csv", &link).unwrap();
        assert!(gen_log(&link).status.success());
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), expected_log());
    }

    #[test]
    fn a_read_only_target_is_refused() {
        let dir = folder("read-only");
        let file = dir.join("locked.csv");
        std::fs::write(&file, "old").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
        let out = gen_log(&file);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(text(&out.stderr), format!("error: cannot write `{}`: it is read-only\n", file.display()));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
        assert_eq!(names(&dir), ["locked.csv"]);
    }

    #[test]
    fn charts_are_all_written_or_none() {
        let dir = folder("charts");
        let svg = dir.join("a.svg");
        std::fs::write(&svg, "old").unwrap();
        let png = dir.join("missing-folder").join("b.png");
        let out = run(&[
            "breakeven",
            "examples/dealer-nl.toml",
            "--axis",
            "outcomes.bot.test_drive",
            "--from",
            "0",
            "--to",
            "40",
            "--svg",
            svg.to_str().unwrap(),
            "--png",
            png.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert_eq!(std::fs::read_to_string(&svg).unwrap(), "old");
        assert_eq!(names(&dir), ["a.svg"]);
    }
}
