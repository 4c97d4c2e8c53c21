//! Values a loader once dropped or changed without a word: each is now an error naming the file,
//! the line and the field.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::diag::{Diagnostics, whole_file};
use pricesim::ratecard::load::{load_str, load_with};

fn shipped(name: &str) -> String {
    std::fs::read_to_string(Path::new("ratecards").join(name)).unwrap()
}

fn problems(result: Result<impl std::fmt::Debug, Diagnostics>) -> String {
    result.unwrap_err().to_string()
}

#[test]
fn a_wallet_lag_too_large_is_an_error_not_a_plan_gone() {
    let card = shipped("woztell.toml").replacen("lag_days = 3", "lag_days = 4294967296", 1);
    let e = problems(load_str(Path::new("woztell.toml"), &card));
    assert!(
        e.contains(":50:") && e.contains("`versions[1].plans[0].wallet.lag_days`: `4294967296` is too large: at most 366"),
        "{e}"
    );
}

#[test]
fn a_weekday_weight_too_large_is_an_error_not_a_table_gone() {
    let text = "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[daily]\nweekdays = [4294967296, 1, 1, 1, 1, 1, 1]\n";
    let e = problems(pricesim::scenario::load_str(Path::new("s.toml"), text, &Catalog::shipped().unwrap()));
    assert_eq!(e, "s.toml:5:13: `daily.weekdays`: `4294967296` is too large: at most 4294967295");
}

#[test]
fn a_dotted_key_and_a_table_naming_the_same_points_is_an_error() {
    let card = shipped("web1on1.toml")
        .replacen("\"contacts.engaged\" = 2\n", "\"contacts.engaged\" = 2\n\"outcomes.agent.test_drive\" = 1\n", 1);
    let e = problems(load_str(Path::new("web1on1.toml"), &card));
    assert!(
        e.contains("`versions[0].points.outcomes.agent.test_drive`: `outcomes.agent.test_drive` is given twice in this points table"),
        "{e}"
    );
}

#[test]
fn a_number_or_country_in_two_markets_on_one_day_is_an_error() {
    let markets = shipped("meta/markets.csv") + "31,NL,Germany,Germany,,,\n";
    let files = |p: &Path| match p.file_name().and_then(|n| n.to_str()) {
        Some("markets.csv") => Ok(markets.clone()),
        Some(n) => Ok(shipped(&format!("meta/{n}"))),
        None => Err(Diagnostics(vec![whole_file(p, "no such file")])),
    };
    let e = problems(load_with(Path::new("ratecards/meta.toml"), &shipped("meta.toml"), &files));
    let line = markets.lines().count();
    assert!(
        e.contains(&format!(
            "ratecards/meta/markets.csv:{line}: `dial_prefix`: `31` is in market `Germany` here and in `Netherlands` on line 15 on the same days: a number has one market a day"
        )),
        "{e}"
    );
    assert!(e.contains(&format!("markets.csv:{line}: `iso2`: `NL` is in market `Germany` here")), "{e}");
    // A country that moves market on a date is fine: its rows do not overlap.
    assert!(load_with(Path::new("ratecards/meta.toml"), &shipped("meta.toml"), &|p: &Path| match p
        .file_name()
        .and_then(|n| n.to_str())
    {
        Some(n) => Ok(shipped(&format!("meta/{n}"))),
        None => Err(Diagnostics(vec![whole_file(p, "no such file")])),
    })
    .is_ok());
}
