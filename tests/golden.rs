//! Golden cases as data: `tests/golden/<case>/scenario.toml` and the `expected.json` it must
//! produce, checked against the library and against the `pricesim` binary. An optional `args`
//! file holds extra `quote` arguments (`--plan ...`). `UPDATE_GOLDEN=1` rewrites the expected
//! files; read the diff before committing it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use pricesim::catalog::Catalog;
use pricesim::scenario::load_file;
use pricesim::uncertainty::decide;

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 5, "golden cases went missing");
    cases
}

fn args(case: &Path) -> Vec<String> {
    std::fs::read_to_string(case.join("args"))
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn plans(args: &[String]) -> Vec<String> {
    args.chunks(2).filter(|c| c[0] == "--plan").map(|c| c[1].clone()).collect()
}

fn expected(case: &Path, actual: &serde_json::Value) -> serde_json::Value {
    let file = case.join("expected.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&file, serde_json::to_string_pretty(actual).unwrap() + "\n").unwrap();
    }
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", file.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_library_gives_the_expected_quotes() {
    let catalog = Catalog::shipped().unwrap();
    for case in cases() {
        let scenario = load_file(&case.join("scenario.toml"), &catalog).unwrap();
        let options = pricesim::uncertainty::Options::default();
        let comparison = decide(&catalog, &scenario, &plans(&args(&case)), &options).unwrap();
        let actual = serde_json::to_value(&comparison).unwrap();
        assert_eq!(actual, expected(&case, &actual), "case {}", case.display());
    }
}

#[test]
fn the_binary_gives_the_expected_quotes() {
    for case in cases() {
        let out = common::pricesim()
            .arg("quote")
            .arg(case.join("scenario.toml"))
            .args(["--format", "json"])
            .args(args(&case))
            .output()
            .unwrap();
        assert!(out.status.success(), "case {}: {}", case.display(), String::from_utf8_lossy(&out.stderr));
        let actual: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(actual, expected(&case, &actual), "case {}", case.display());
    }
}
