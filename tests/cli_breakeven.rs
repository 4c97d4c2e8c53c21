//! `pricesim breakeven` and `pricesim chart simulate`: the contract's JSON, the charts written
//! whole, and command-line errors.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{run, temp_file, text};

#[test]
fn breakeven_prints_the_contract_json() {
    let out = run(&[
        "breakeven",
        "examples/dealer-nl.toml",
        "--axis",
        "contacts.engaged",
        "--from",
        "0",
        "--to",
        "10000",
        "--plan",
        "web1on1/grow",
        "--plan",
        "web1on1/scale",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["axis"].as_str(), v["from"].as_u64(), v["to"].as_u64()),
        (Some("contacts.engaged"), Some(0), Some(10000))
    );
    assert_eq!(v["envelope"][0]["plan"], "web1on1/grow");
    let c = &v["crossings"][0];
    assert_eq!((c["below"].as_str(), c["from_here"].as_str()), (Some("web1on1/grow"), Some("web1on1/scale")));
    assert!(c["at"].as_u64().is_some() && c["cost_from_here"].is_string());
}

#[test]
fn breakeven_draws_svg_and_png() {
    let dir = temp_file("breakeven-chart", "").parent().unwrap().to_path_buf();
    let (svg, png) = (dir.join("b.svg"), dir.join("b.png"));
    let out = run(&[
        "breakeven",
        "examples/dealer-nl.toml",
        "--axis",
        "outcomes.bot.test_drive",
        "--from",
        "0",
        "--to",
        "500",
        "--svg",
        svg.to_str().unwrap(),
        "--png",
        png.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("cheapest"));
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
    assert_eq!(&std::fs::read(&png).unwrap()[1..4], b"PNG");
}

#[test]
fn a_bad_axis_or_range_is_a_command_line_error() {
    let out = run(&[
        "breakeven",
        "examples/dealer-nl.toml",
        "--axis",
        "outcomes.bot.test_drives",
        "--from",
        "0",
        "--to",
        "5",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown outcome `test_drives`, did you mean `test_drive`?"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["breakeven", "examples/dealer-nl.toml", "--axis", "contacts.engaged", "--from", "9", "--to", "5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--from 9 is above --to 5"));
}

#[test]
fn a_simulation_chart_is_drawn() {
    let dir = temp_file("simulation-chart", "").parent().unwrap().to_path_buf();
    let png = dir.join("s.png");
    let out = run(&[
        "chart",
        "simulate",
        "examples/campaign.toml",
        "--months",
        "6",
        "--growth",
        "4",
        "--png",
        png.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(&std::fs::read(&png).unwrap()[1..4], b"PNG");
    let none = run(&["chart", "simulate", "examples/campaign.toml", "--months", "6"]);
    assert_eq!(none.status.code(), Some(2));
}
