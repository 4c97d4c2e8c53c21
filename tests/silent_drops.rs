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
    let line = card.lines().position(|l| l.contains("lag_days = 4294967296")).unwrap() + 1;
    assert!(
        e.contains(&format!(":{line}:"))
            && e.contains("`versions[1].plans[0].wallet.lag_days`: `4294967296` is too large: at most 366"),
        "{e}"
    );
}

#[test]
fn a_weekday_weight_too_large_is_an_error_not_a_table_gone() {
    let text =
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[daily]\nweekdays = [4294967296, 1, 1, 1, 1, 1, 1]\n";
    let e = problems(pricesim::scenario::load_str(Path::new("s.toml"), text, &Catalog::shipped().unwrap()));
    assert_eq!(e, "s.toml:5:13: `daily.weekdays`: `4294967296` is too large: at most 4294967295");
}

#[test]
fn a_dotted_key_and_a_table_naming_the_same_points_is_an_error() {
    let card = shipped("web1on1.toml").replacen(
        "\"contacts.engaged\" = 2\n",
        "\"contacts.engaged\" = 2\n\"outcomes.agent.test_drive\" = 1\n",
        1,
    );
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
    assert!(
        load_with(Path::new("ratecards/meta.toml"), &shipped("meta.toml"), &|p: &Path| match p
            .file_name()
            .and_then(|n| n.to_str())
        {
            Some(n) => Ok(shipped(&format!("meta/{n}"))),
            None => Err(Diagnostics(vec![whole_file(p, "no such file")])),
        })
        .is_ok()
    );
}

use common::{run, text};

#[test]
fn usage_log_quantities_adding_up_past_a_scenario_are_an_error_at_their_row() {
    let log = common::temp_file(
        "sum-max",
        "timestamp,contact,event,actor,quantity\n2026-12-01,a,test_drive,agent,18446744073709551615\n2026-12-02,b,test_drive,agent,18446744073709551615\n",
    );
    let out_file = log.with_file_name("derived.toml");
    let out = run(&["rate-log", "usage", log.to_str().unwrap(), "--scenario-out", out_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {}:2: `quantity`: `outcomes.agent.test_drive` in 2026-12 adds up to more than 9223372036854775807 here, the most a scenario can hold\n",
            log.display()
        )
    );
    assert!(!out_file.exists());
}

#[test]
fn counts_summed_past_64_bits_are_counted_or_an_error_naming_what() {
    let file = common::temp_file(
        "three-max",
        "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 9223372036854775807\n[outcomes.agent]\ntest_drive = 9223372036854775807\nshowroom_visit = 9223372036854775807\nvideo_call = 9223372036854775807\n",
    );
    let f = file.to_str().unwrap();
    let t = text(&run(&["quote", f, "--plan", "woztell/starter"]).stdout);
    // Each count is named whole, none summed into a wrapped figure.
    assert!(
        t.contains("Woztell does not sell outcomes completed by its agents: 9,223,372,036,854,775,807 showroom visits, 9,223,372,036,854,775,807 test drives, 9,223,372,036,854,775,807 video calls"),
        "{t}"
    );
    let e = text(&run(&["quote", f, "--plan", "usercom/standard"]).stderr);
    assert_eq!(
        e,
        "error: plan `usercom/standard`: too large to compute: Extra emails (per 1,000): the quota of 4 per contact paid for × 9223372036854775807\n"
    );
    let e = text(&run(&["quote", f, "--plan", "web1on1/grow"]).stderr);
    assert!(
        e.contains("too large to compute: `outcomes.agent.showroom_visit`: 9223372036854775807 × 65 points"),
        "{e}"
    );
}

#[test]
fn more_digits_than_can_be_kept_are_refused_not_rounded() {
    let card = shipped("web1on1.toml").replacen(
        "unit_price = \"0.18\"",
        "unit_price = \"0.180000000000000000000000000001\"",
        1,
    );
    let e = problems(load_str(Path::new("web1on1.toml"), &card));
    assert!(
        e.contains(
            "`0.180000000000000000000000000001` has more digits than can be kept exactly: at most 28 significant digits"
        ),
        "{e}"
    );

    let invoice = "plan = \"web1on1/base\"\nmonth = \"2026-12\"\n[[lines]]\ndescription = \"Extra Chatpoints\"\nquantity = \"80\"\namount = \"14.400000000000000000000000000001\"\n";
    let e = problems(pricesim::usagelog::check::load_str(Path::new("i.toml"), invoice));
    assert_eq!(
        e,
        "i.toml:6:10: `lines[0].amount`: `14.400000000000000000000000000001` has more digits than can be kept exactly: at most 28 significant digits"
    );

    let invoice = invoice.replace("14.400000000000000000000000000001", "99999999999999999999999999999");
    let e = problems(pricesim::usagelog::check::load_str(Path::new("i.toml"), &invoice));
    assert!(
        e.ends_with("`99999999999999999999999999999` is too large: at most 79228162514264337593543950335 in magnitude"),
        "{e}"
    );
}

#[test]
fn a_wallet_credit_below_the_minor_unit_is_refused() {
    let text = "version = 1\nmonth = \"2026-12\"\ncurrency = \"USD\"\n[vendors.woztell]\ncredit = \"0.0001\"\n";
    let e = problems(pricesim::scenario::load_str(Path::new("s.toml"), text, &Catalog::shipped().unwrap()));
    assert_eq!(
        e,
        "s.toml:5:10: `vendors.woztell.credit`: `0.0001` is not a whole number of USD's minor unit (0.01): it is charged to a card"
    );
    let card = shipped("woztell.toml").replacen("credit = \"50.00\"", "credit = \"50.005\"", 1);
    let e = problems(load_str(Path::new("woztell.toml"), &card));
    assert!(
        e.contains("`versions[1].plans[0].wallet.credit`: `50.005` is not a whole number of USD's minor unit"),
        "{e}"
    );
}
