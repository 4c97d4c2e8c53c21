//! Smaller edges of the inputs: where a problem inside `[[months]]` is, the last month a file can
//! name, the shortest phone number, a leap second.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;

use pricesim::catalog::Catalog;

use common::{run, text};

#[test]
fn a_problem_inside_months_names_its_table() {
    let text = "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[[months]]\nmonth = \"2027-01\"\n[months.contacts]\nengaged = -5\n[[months.whatsapp]]\ncountry = \"NL\"\nmarketing = -1\n";
    let e =
        pricesim::scenario::load_str(Path::new("s.toml"), text, &Catalog::shipped().unwrap()).unwrap_err().to_string();
    assert!(e.contains("s.toml:7:11: `months[0].contacts.engaged`: must not be negative, found `-5`"), "{e}");
    assert!(e.contains("`months[0].whatsapp[0].marketing`: must not be negative, found `-1`"), "{e}");
}

#[test]
fn a_simulation_stops_before_a_month_no_file_can_name() {
    let file = common::temp_file(
        "year-9999",
        "version = 1\nmonth = \"9999-11\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 10\n",
    );
    let out = run(&["simulate", file.to_str().unwrap(), "--months", "3"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "error: the simulation would run past 9999-12, the last month pricesim can write\n");
}

#[test]
fn a_log_row_with_a_too_short_number_or_a_leap_second() {
    let log = common::temp_file(
        "short-number",
        "timestamp,contact,direction,type,category,origin\n2026-12-31T23:59:60Z,+31612345678,out,template,marketing,\n2027-01-01T10:00:00Z,+3,in,text,,\n",
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap()]);
    assert_eq!(
        text(&out.stderr),
        format!("error: {}:3: `contact`: `+3` is not an E.164 number such as `+31612345678`\n", log.display())
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap(), "--skip-invalid", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(json["rows_skipped"], 1, "the leap second is read: {json}");
    assert_eq!(json["months"][0]["month"], "2026-12", "in the month it ends: {json}");
}

#[test]
fn a_quoted_line_break_in_a_log_is_one_bad_row() {
    let log = common::temp_file(
        "quoted-newline",
        "timestamp,contact,direction,type,category,origin\n2026-12-01T10:00:00Z,\"+316\n12345678\",in,text,,\n2026-12-01T10:01:00Z,+31612345678,out,template,marketing,\n",
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap()]);
    assert_eq!(
        text(&out.stderr),
        format!("error: {}:2: a quoted field holds a line break: a log row is one line\n", log.display())
    );
    let out = run(&["rate-log", "whatsapp", log.to_str().unwrap(), "--skip-invalid", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!((json["rows_read"].as_u64(), json["rows_skipped"].as_u64()), (Some(2), Some(1)), "{json}");
    assert_eq!(json["months"][0]["lines"][0]["billable"], 1, "{json}");
}
