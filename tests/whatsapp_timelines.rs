//! Every rule of Meta's billing, as hand-worked timelines: the reference's T1 to T9 under each
//! pricing version they describe, and our own edges (exactly 24 hours, the last second of a month
//! in another time zone, a daylight-saving change, a version change at midnight, the 1,000th and
//! 1,001st service conversation).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{log_summary, rate_log_text};

const NL: &str = "+31612345678";
const DE: &str = "+4915112345678";

/// A timeline row: day (1 = `first`), `HH:MM`, and what happened: `in`, `in ctwa`,
/// `in page_cta`, `text` (free-form out), or a template category.
type Row<'a> = (u32, &'a str, &'a str);

/// The CSV of `rows` for one contact, day 1 being `first` (UTC).
fn log(first: &str, contact: &str, rows: &[Row<'_>]) -> String {
    let day1 = chrono::NaiveDate::parse_from_str(first, "%Y-%m-%d").unwrap();
    let mut csv = String::from("timestamp,contact,direction,type,category,origin\n");
    for (day, time, what) in rows {
        let date = day1 + chrono::Days::new(u64::from(*day - 1));
        let fields = match *what {
            "in" => "in,text,,".to_string(),
            "in ctwa" => "in,text,,ctwa".to_string(),
            "in page_cta" => "in,text,,page_cta".to_string(),
            "text" => "out,text,,".to_string(),
            category => format!("out,template,{category},"),
        };
        csv.push_str(&format!("{date}T{time}:00Z,{contact},{fields}\n"));
    }
    csv
}

/// Rates `rows` from `first` in UTC, and checks the summary.
fn check(name: &str, first: &str, rows: &[Row<'_>], expected: &[&str]) {
    let report = rate_log_text(name, &log(first, NL, rows), "UTC");
    assert_eq!(log_summary(&report), expected, "{name}");
    assert_eq!(report.refused.count, 0, "{name}");
}

// Dates: CBP 2023 in September 2023, PMP in September 2025, the 2026-10-01 rules in October 2026.
const CBP: &str = "2023-09-05";
const PMP: &str = "2025-09-09";
const PMP26: &str = "2026-10-06";

const T1: &[Row<'_>] = &[(1, "10:00", "marketing"), (1, "18:00", "marketing"), (2, "11:00", "marketing")];
const T2: &[Row<'_>] =
    &[(1, "09:00", "in"), (1, "09:05", "text"), (1, "15:00", "in"), (2, "08:00", "text"), (2, "12:00", "text")];
const T3: &[Row<'_>] = &[
    (1, "09:00", "in"),
    (1, "09:10", "text"),
    (1, "10:00", "utility"),
    (1, "11:00", "marketing"),
    (1, "20:00", "utility"),
];
const T4: &[Row<'_>] = &[(1, "08:00", "utility"), (1, "08:30", "in"), (1, "08:40", "text"), (2, "08:20", "utility")];
const T5: &[Row<'_>] = &[
    (1, "12:00", "authentication"),
    (1, "12:03", "authentication"),
    (1, "12:05", "in"),
    (1, "12:10", "authentication"),
];
const T6: &[Row<'_>] = &[
    (1, "10:00", "in ctwa"),
    (1, "10:30", "text"),
    (2, "09:00", "marketing"),
    (2, "12:00", "in"),
    (3, "11:00", "text"),
    (4, "11:00", "marketing"),
];
const T7: &[Row<'_>] = &[
    (1, "09:00", "marketing"),
    (1, "09:30", "in page_cta"),
    (1, "10:00", "text"),
    (1, "11:00", "marketing"),
    (1, "14:00", "utility"),
];
const T8: &[Row<'_>] = &[(1, "09:00", "in ctwa"), (2, "09:30", "utility"), (2, "09:45", "in"), (2, "10:00", "text")];

#[test]
fn t1_marketing_burst() {
    check("t1-cbp", CBP, T1, &["2023-09 Netherlands marketing: 2 billable"]);
    check("t1-pmp", PMP, T1, &["2025-09 Netherlands marketing: 3 billable"]);
    check("t1-2026", PMP26, T1, &["2026-10 Netherlands marketing: 3 billable"]);
}

#[test]
fn t2_free_form_replies() {
    // Two service conversations, inside the month's 1,000 free ones.
    check("t2-cbp", CBP, T2, &["2023-09 Netherlands service: 0 billable, free_tier 2"]);
    check("t2-pmp", PMP, T2, &["2025-09 Netherlands service: 0 billable, not_charged 3"]);
    // From 2026-10-01 three service messages, inside the 1,000 free of the log's one number.
    check("t2-2026", PMP26, T2, &["2026-10 Netherlands service: 0 billable, free_tier 3"]);
}

#[test]
fn t3_templates_during_a_service_exchange() {
    check(
        "t3-cbp",
        CBP,
        T3,
        &[
            "2023-09 Netherlands marketing: 1 billable",
            "2023-09 Netherlands utility: 1 billable",
            "2023-09 Netherlands service: 0 billable, free_tier 1",
        ],
    );
    check(
        "t3-pmp",
        PMP,
        T3,
        &[
            "2025-09 Netherlands marketing: 1 billable",
            "2025-09 Netherlands utility: 0 billable, customer_service_window 2",
            "2025-09 Netherlands service: 0 billable, not_charged 1",
        ],
    );
    check(
        "t3-2026",
        PMP26,
        T3,
        &[
            "2026-10 Netherlands marketing: 1 billable",
            "2026-10 Netherlands utility: 2 billable",
            "2026-10 Netherlands service: 0 billable, free_tier 1",
        ],
    );
}

#[test]
fn t4_second_notice_inside_the_window() {
    check("t4-cbp", CBP, T4, &["2023-09 Netherlands utility: 2 billable"]);
    check(
        "t4-pmp",
        PMP,
        T4,
        &[
            "2025-09 Netherlands utility: 1 billable, customer_service_window 1",
            "2025-09 Netherlands service: 0 billable, not_charged 1",
        ],
    );
    check(
        "t4-2026",
        PMP26,
        T4,
        &["2026-10 Netherlands utility: 2 billable", "2026-10 Netherlands service: 0 billable, free_tier 1"],
    );
}

#[test]
fn t5_one_time_passwords() {
    check("t5-cbp", CBP, T5, &["2023-09 Netherlands authentication: 1 billable"]);
    check("t5-pmp", PMP, T5, &["2025-09 Netherlands authentication: 3 billable"]);
    check("t5-2026", PMP26, T5, &["2026-10 Netherlands authentication: 3 billable"]);
}

#[test]
fn t6_click_to_whatsapp_ad() {
    check(
        "t6-cbp",
        CBP,
        T6,
        &[
            "2023-09 Netherlands marketing: 1 billable",
            "2023-09 Netherlands free_entry_point: 0 billable, free_entry_point 1",
        ],
    );
    check(
        "t6-pmp",
        PMP,
        T6,
        &[
            "2025-09 Netherlands marketing: 1 billable, free_entry_point 1",
            "2025-09 Netherlands service: 0 billable, free_entry_point 2",
        ],
    );
    check(
        "t6-2026",
        PMP26,
        T6,
        &[
            "2026-10 Netherlands marketing: 1 billable, free_entry_point 1",
            "2026-10 Netherlands service: 0 billable, free_entry_point 2",
        ],
    );
}

#[test]
fn t7_an_entry_point_closes_open_conversations() {
    check(
        "t7-cbp",
        CBP,
        T7,
        &[
            "2023-09 Netherlands marketing: 1 billable",
            "2023-09 Netherlands free_entry_point: 0 billable, free_entry_point 1",
        ],
    );
    check(
        "t7-pmp",
        PMP,
        T7,
        &[
            "2025-09 Netherlands marketing: 1 billable, free_entry_point 1",
            "2025-09 Netherlands utility: 0 billable, free_entry_point 1",
            "2025-09 Netherlands service: 0 billable, free_entry_point 1",
        ],
    );
}

#[test]
fn t8_ad_message_answered_too_late() {
    check("t8-cbp", CBP, T8, &["2023-09 Netherlands utility: 1 billable"]);
    check(
        "t8-pmp",
        PMP,
        T8,
        &["2025-09 Netherlands utility: 1 billable", "2025-09 Netherlands service: 0 billable, not_charged 1"],
    );
    check(
        "t8-2026",
        PMP26,
        T8,
        &["2026-10 Netherlands utility: 1 billable", "2026-10 Netherlands service: 0 billable, free_tier 1"],
    );
}

#[test]
fn t9_time_zone_and_version_boundaries() {
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2024-10-31T16:30:00Z,{NL},in,text,,\n\
         2024-10-31T16:40:00Z,{NL},out,text,,\n\
         2024-10-31T17:10:00Z,{NL},out,text,,\n\
         2025-06-30T17:30:00Z,{NL},out,template,marketing,\n"
    );
    let report = rate_log_text("t9", &csv, "Asia/Bangkok");
    assert_eq!(
        log_summary(&report),
        ["2024-10 Netherlands service: 0 billable, free_tier 1", "2025-07 Netherlands marketing: 1 billable",]
    );
    assert_eq!(report.months[0].version.to_string(), "2023-06-01");
    assert_eq!(report.months[1].version.to_string(), "2025-07-01");
    assert_eq!(report.months[1].lines[0].unit_price.unwrap().to_string(), "0.1597");
    // Variant: the first reply at 00:05 on 1 November in the account's time: free service.
    let late = csv.replace("2024-10-31T16:40:00Z", "2024-10-31T17:05:00Z");
    let report = rate_log_text("t9-variant", &late, "Asia/Bangkok");
    assert_eq!(log_summary(&report)[0], "2024-11 Netherlands service: 0 billable, not_charged 1");
    // In UTC the same rows all fall in October and June.
    let report = rate_log_text("t9-utc", &csv, "UTC");
    assert_eq!(
        log_summary(&report),
        ["2024-10 Netherlands service: 0 billable, free_tier 1", "2025-06 Netherlands marketing: 1 billable",]
    );
}

#[test]
fn a_conversation_lasts_exactly_24_hours() {
    let at_24h = &[(1, "10:00", "marketing"), (2, "10:00", "marketing")];
    check("edge-24h", CBP, at_24h, &["2023-09 Netherlands marketing: 2 billable"]);
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2023-09-05T10:00:00Z,{NL},out,template,marketing,\n\
         2023-09-06T09:59:59.999Z,{NL},out,template,marketing,\n"
    );
    assert_eq!(
        log_summary(&rate_log_text("edge-24h-less", &csv, "UTC")),
        ["2023-09 Netherlands marketing: 1 billable"]
    );
}

#[test]
fn the_last_second_of_a_month_in_the_account_time_zone() {
    // Amsterdam is UTC+1 on 31 October 2023: 22:59:59Z is 23:59:59 local, 23:00:00Z is November.
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2023-10-31T22:59:59Z,{NL},out,template,marketing,\n\
         2023-10-31T23:00:00Z,{DE},out,template,marketing,\n"
    );
    assert_eq!(
        log_summary(&rate_log_text("edge-month", &csv, "Europe/Amsterdam")),
        ["2023-10 Netherlands marketing: 1 billable", "2023-11 Germany marketing: 1 billable",]
    );
}

#[test]
fn a_daylight_saving_change_inside_a_conversation() {
    // Clocks in Amsterdam jump from 02:00 to 03:00 on 2023-03-26: a conversation opened at 12:00
    // local on the 25th ends 24 real hours later, at 13:00 local on the 26th.
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2023-03-25T12:00:00+01:00,{NL},out,template,marketing,\n\
         2023-03-26T12:59:59+02:00,{NL},out,template,marketing,\n\
         2023-03-26T13:00:00+02:00,{NL},out,template,marketing,\n"
    );
    // 2023-03 is before the four categories: 2022 rules, business-initiated conversations.
    let summary = log_summary(&rate_log_text("edge-dst", &csv, "Europe/Amsterdam"));
    assert_eq!(summary, ["2023-03 Netherlands business_initiated: 0 billable, free_tier 2"]);
}

#[test]
fn a_version_change_at_midnight_ends_conversations_of_the_old_model() {
    // A marketing conversation opened a minute before per-message pricing does not cover the
    // marketing template sent at midnight: from then on each delivered template is a message
    // (only a utility template inside it is free, as the next test shows).
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2025-06-30T23:59:00Z,{NL},out,template,marketing,\n\
         2025-07-01T00:00:00Z,{NL},out,template,marketing,\n"
    );
    let report = rate_log_text("edge-version", &csv, "UTC");
    assert_eq!(
        log_summary(&report),
        ["2025-06 Netherlands marketing: 1 billable", "2025-07 Netherlands marketing: 1 billable"]
    );
    assert_eq!(report.months[0].unit, "conversation");
    assert_eq!(report.months[1].unit, "message");
}

#[test]
fn a_conversation_open_across_the_switch_to_per_message_pricing_frees_utility_templates() {
    // A marketing conversation opened at 20:00 on 30 June 2025 is open until 20:00 on 1 July: a
    // utility template inside it is free, a marketing template is charged, and a utility
    // template once it has closed is charged. No service window is open at any point.
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2025-06-30T20:00:00Z,{NL},out,template,marketing,\n\
         2025-07-01T10:00:00Z,{NL},out,template,utility,\n\
         2025-07-01T12:00:00Z,{NL},out,template,marketing,\n\
         2025-07-01T20:00:00Z,{NL},out,template,utility,\n"
    );
    let report = rate_log_text("edge-carried-over", &csv, "UTC");
    assert_eq!(
        log_summary(&report),
        [
            "2025-06 Netherlands marketing: 1 billable",
            "2025-07 Netherlands marketing: 1 billable",
            "2025-07 Netherlands utility: 1 billable, customer_service_window 1",
        ]
    );
    let warning = report.warnings.iter().find(|w| w.message.contains("opened before per-message pricing")).unwrap();
    assert_eq!(
        warning.message,
        "2025-07: 1 utility template sent while a conversation opened before per-message pricing (2025-07-01) was \
         still open is free, counted under `customer_service_window`: a reconstructed rule (Meta's pricing page as \
         mirrored, in the findings of December 2026)"
    );
    assert_eq!(serde_json::to_value(warning.kind).unwrap(), "unverified_rule");
}

#[test]
fn each_business_number_has_its_own_free_service_messages() {
    // October 2026: number A answers 1,001 contacts, number B 5, and 2 rows name no number.
    // Each number's own 1,000: one of A's is charged (pooled, 3,000 would free them all).
    let mut rows = Vec::new();
    let mut answer = |i: u64, number: &str| {
        rows.push(format!("2026-10-05T09:00:00Z,+316{i:08},in,text,,,{number}"));
        rows.push(format!("2026-10-05T09:01:00Z,+316{i:08},out,text,,,{number}"));
    };
    (0..1001).for_each(|i| answer(i, "+31205550001"));
    (1001..1006).for_each(|i| answer(i, "+31205550002"));
    (1006..1008).for_each(|i| answer(i, ""));
    let csv = format!("timestamp,contact,direction,type,category,origin,business_number\n{}\n", rows.join("\n"));
    let report = rate_log_text("per-number", &csv, "UTC");
    assert_eq!(log_summary(&report), ["2026-10 Netherlands service: 1 billable, free_tier 1007"]);
    assert_eq!(report.rows_read, 2016);
    let warning = report.warnings.iter().find(|w| w.message.starts_with("2026-10: ")).unwrap();
    assert_eq!(
        warning.message,
        "2026-10: 1,000 free service messages a month per business phone number, each number its own, for 3 \
         numbers, one of them unnamed (rows with no `business_number`): a reconstructed rule (Meta's text as \
         quoted by three public copies of its pricing page (fr, ru, es))"
    );
    // Without the column, the log is one number's: 1,000 of the 1,008 free.
    let plain = csv.lines().map(|l| l.rsplit_once(',').unwrap().0).collect::<Vec<_>>().join("\n");
    let report = rate_log_text("one-number", &plain, "UTC");
    assert_eq!(log_summary(&report), ["2026-10 Netherlands service: 8 billable, free_tier 1000"]);
    assert!(report.warnings.iter().any(|w| w.message.contains("for 1 number (the log names none)")));
    // A column left empty throughout is the same as none.
    let empty = plain.lines().map(|l| format!("{l},")).collect::<Vec<_>>().join("\n");
    let empty = empty.replacen("origin,", "origin,business_number", 1);
    assert_eq!(rate_log_text("empty-column", &empty, "UTC"), report);
}

#[test]
fn the_1000th_and_1001st_service_conversation() {
    let mut csv = String::from("timestamp,contact,direction,type,category,origin\n");
    for i in 0..1000u64 {
        csv.push_str(&format!(
            "2023-09-01T10:00:00Z,+316{i:08},in,text,,\n2023-09-01T10:01:00Z,+316{i:08},out,text,,\n"
        ));
    }
    // The 1,001st, a minute later, in Germany.
    csv.push_str(&format!("2023-09-01T10:01:00Z,{DE},in,text,,\n2023-09-01T10:02:00Z,{DE},out,text,,\n"));
    let report = rate_log_text("edge-1001", &csv, "UTC");
    assert_eq!(
        log_summary(&report),
        ["2023-09 Germany service: 1 billable", "2023-09 Netherlands service: 0 billable, free_tier 1000",]
    );
    assert_eq!(report.total.to_string(), "0.08"); // 0.0819 rounded
}

#[test]
fn the_2022_rules_count_by_who_started() {
    let csv = format!(
        "timestamp,contact,direction,type,category,origin\n\
         2022-05-02T09:00:00Z,{NL},out,template,utility,\n\
         2022-05-02T10:00:00Z,{NL},out,template,marketing,\n\
         2022-05-02T11:00:00Z,{NL},in,text,,\n\
         2022-05-02T11:05:00Z,{NL},out,text,,\n\
         2022-05-04T09:00:00Z,{NL},in,text,,\n\
         2022-05-04T09:01:00Z,{NL},out,template,utility,\n"
    );
    // One business-initiated conversation covers the day; the reply two days later inside the
    // user's window opens a user-initiated one. Both are within the month's free 1,000.
    assert_eq!(
        log_summary(&rate_log_text("v2022", &csv, "UTC")),
        [
            "2022-05 Netherlands business_initiated: 0 billable, free_tier 1",
            "2022-05 Netherlands user_initiated: 0 billable, free_tier 1",
        ]
    );
}

#[test]
fn a_free_form_message_outside_any_window_is_reported_not_billed() {
    let csv = format!("timestamp,contact,direction,type,category,origin\n2023-09-05T10:00:00Z,{NL},out,text,,\n");
    let report = rate_log_text("refused", &csv, "UTC");
    assert!(report.months.is_empty());
    assert_eq!(report.refused.count, 1);
    assert_eq!(report.refused.first[0].line, 2);
    assert!(report.warnings.iter().any(|w| w.message.contains("refuses")));
}

#[test]
fn market_by_longest_prefix() {
    let csv = "timestamp,contact,direction,type,category,origin\n\
               2023-09-05T10:00:00Z,+18095550100,out,template,marketing,\n\
               2023-09-05T10:00:00Z,+12125550100,out,template,marketing,\n\
               2025-09-05T10:00:00Z,+263771234567,out,template,marketing,\n\
               2025-10-05T10:00:00Z,+263771234567,out,template,marketing,\n\
               2026-10-05T10:00:00Z,+77011234567,out,template,marketing,\n\
               2026-10-05T10:00:00Z,+79161234567,out,template,marketing,\n";
    assert_eq!(
        log_summary(&rate_log_text("prefix", csv, "UTC")),
        [
            "2023-09 North America marketing: 1 billable",
            "2023-09 Rest of Latin America marketing: 1 billable",
            "2025-09 Other marketing: 1 billable",
            "2025-10 Rest of Africa marketing: 1 billable",
            "2026-10 Kazakhstan marketing: 1 billable",
            "2026-10 Russia marketing: 1 billable",
        ]
    );
}
