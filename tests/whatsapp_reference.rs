//! A second rater, written to be obviously right rather than fast, agrees with the real one on
//! thousands of generated logs, in order and shuffled, with and without a `business_number` column.
//!
//! The reference keeps every contact's whole history as lists and asks, for each message, "is a
//! window of this kind open now?" by scanning them; it gives the month's free tier to the first
//! candidates in time order after the fact; it finds versions, months and markets from each
//! message's local date with chrono. The real rater keeps one slot per window, drops idle
//! contacts, counts the free tier as it goes, and cuts time into epochs.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use pricesim::catalog::SHIPPED;
use pricesim::diag::Diagnostics;
use pricesim::month::Month;
use pricesim::ratecard::RateCard;
use pricesim::ratecard::load::load_with;
use pricesim::whatsapp::engine::Reason;
use pricesim::whatsapp::genlog::{Spec, generate, generate_numbered};
use pricesim::whatsapp::log::{Event, Kind, LogReader};
use pricesim::whatsapp::ratelog::{Options, rate_log};
use pricesim::whatsapp::rules::{Conversations, Unit};
use pricesim::whatsapp::{Category, Rules};
use proptest::prelude::*;

const H: i64 = 3_600_000;

/// (month, version start, market, category) → (billable, free by reason).
type Counts = BTreeMap<(Month, NaiveDate, String, Category), (u64, BTreeMap<Reason, u64>)>;

/// Meta's shipped card, with the free tier shrunk to `free` so small logs reach its end.
fn card(free: u64) -> RateCard {
    let text = SHIPPED.iter().find(|(n, _)| *n == "ratecards/meta.toml").unwrap().1;
    let text = text.replace("monthly = 1000", &format!("monthly = {free}"));
    let files = |p: &Path| {
        SHIPPED.iter().find(|(n, _)| Path::new(n) == p).map(|(_, t)| t.to_string()).ok_or_else(|| Diagnostics(vec![]))
    };
    load_with(Path::new("ratecards/meta.toml"), &text, &files).unwrap()
}

fn local_date(tz: Tz, at: i64) -> NaiveDate {
    DateTime::from_timestamp_millis(at).unwrap().with_timezone(&tz).date_naive()
}

struct Unit1 {
    at: i64,
    contact: u64,
    kind: Kind,
    key: (Month, NaiveDate, String, Category),
    outcome: Option<Reason>,
    /// Whose allowance it may use (`None` the account's, else a business number's) and how many
    /// units that frees a month.
    free_tier_candidate: Option<(Option<u16>, u64)>,
}

/// The reference rater.
fn reference(mut events: Vec<Event>, card: &RateCard, tz: Tz) -> (Counts, u64) {
    events.sort();
    let tables = card.whatsapp.as_ref().unwrap();
    let versions: Vec<(NaiveDate, &Rules)> =
        card.versions.iter().map(|v| (v.effective_from, v.whatsapp.as_ref().unwrap())).collect();
    let mut by_contact: BTreeMap<u64, Vec<Event>> = BTreeMap::new();
    for e in events {
        by_contact.entry(e.contact).or_default().push(e);
    }
    let mut units: Vec<Unit1> = Vec::new();
    let mut refused = 0;
    for (contact, events) in by_contact {
        let mut inbound: Vec<i64> = Vec::new();
        let mut entries: Vec<(i64, bool)> = Vec::new(); // (time, used)
        let mut entry_points: Vec<(i64, i64)> = Vec::new();
        // (slot, start, end, conversations model)
        let mut conversations: Vec<(usize, i64, i64, Conversations)> = Vec::new();
        for e in events {
            let t = e.at;
            let day = local_date(tz, t);
            let (version_from, rules) = *versions.iter().rev().find(|(from, _)| *from <= day).unwrap();
            match e.kind {
                Kind::In => {
                    inbound.push(t);
                    continue;
                }
                Kind::InEntryPoint => {
                    inbound.push(t);
                    entries.push((t, false));
                    continue;
                }
                _ => {}
            }
            let window_open = inbound.iter().any(|i| *i <= t && t < i + 24 * H);
            let in_entry_point = entry_points.iter().any(|(s, end)| *s <= t && t < *end);
            let own = match e.kind {
                Kind::Marketing => Category::Marketing,
                Kind::Utility => Category::Utility,
                Kind::Authentication => Category::Authentication,
                Kind::AuthenticationInternational => Category::AuthenticationInternational,
                _ => Category::Service,
            };
            let mut made: Option<(Category, Option<Reason>)> = None;
            if in_entry_point {
                if rules.unit == Unit::Message {
                    made = Some((own, Some(Reason::FreeEntryPoint)));
                }
            } else if let Some(entry) = entries.iter_mut().rev().find(|(at, used)| !*used && t < at + 24 * H) {
                entry.1 = true;
                entry_points.push((t, t + 72 * H));
                conversations.clear();
                made = Some(if rules.unit == Unit::Message {
                    (own, Some(Reason::FreeEntryPoint))
                } else {
                    (Category::FreeEntryPoint, Some(Reason::FreeEntryPoint))
                });
            } else if e.kind == Kind::Text && !window_open {
                refused += 1;
            } else if rules.unit == Unit::Message {
                let free_here = rules.free_in_service_window.contains(&own) && window_open;
                // A conversation opened before per-message pricing still frees utility templates.
                let carried =
                    own == Category::Utility && conversations.iter().any(|(_, start, end, _)| *start <= t && t < *end);
                made = Some((own, (free_here || carried).then_some(Reason::CustomerServiceWindow)));
            } else {
                let model = rules.conversations;
                let slot = match own {
                    Category::Marketing => 0,
                    Category::Utility => 1,
                    Category::Authentication | Category::AuthenticationInternational => 2,
                    _ => 3,
                };
                let open = |slot: Option<usize>| {
                    conversations.iter().any(|(s, start, end, m)| {
                        *m == model && *start <= t && t < *end && slot.is_none_or(|x| x == *s)
                    })
                };
                let covered = match (model, e.kind) {
                    (Conversations::ByInitiator, _) => open(None),
                    (Conversations::ByCategory, Kind::Text) => open(None),
                    (Conversations::ByCategory, _) => open(Some(slot)),
                };
                if !covered {
                    let category = match model {
                        Conversations::ByInitiator if window_open => Category::UserInitiated,
                        Conversations::ByInitiator => Category::BusinessInitiated,
                        Conversations::ByCategory => own,
                    };
                    let slot = if model == Conversations::ByInitiator { 0 } else { slot };
                    conversations.push((slot, t, t + 24 * H, model));
                    made = Some((category, None));
                }
            }
            let Some((category, reason)) = made else { continue };
            let reason = reason.or(rules.is_free(category).then_some(Reason::NotCharged));
            // The account's allowance, or the business number's own (0 the log's unnamed one).
            let allowance = match (&rules.free_tier, &rules.free_per_number) {
                (Some(tier), _) => Some((None, tier.monthly, &tier.categories)),
                (None, Some(per)) => Some((Some(e.business), per.monthly, &per.categories)),
                (None, None) => None,
            };
            let candidate = allowance
                .filter(|(_, _, categories)| reason.is_none() && categories.contains(&category))
                .map(|(pool, monthly, _)| (pool, monthly));
            let market = tables.markets.name(tables.markets.by_phone(contact, day)).to_string();
            units.push(Unit1 {
                at: t,
                contact,
                kind: e.kind,
                key: (Month::of(day), version_from, market, category),
                outcome: reason,
                free_tier_candidate: candidate,
            });
        }
    }
    // Each allowance of the month goes to its first candidates, in time order.
    units.sort_by_key(|u| (u.at, u.contact, u.kind));
    let mut used: BTreeMap<(Month, Option<u16>), u64> = BTreeMap::new();
    let mut counts = Counts::new();
    for u in units {
        let mut reason = u.outcome;
        if let Some((pool, monthly)) = u.free_tier_candidate {
            let n = used.entry((u.key.0, pool)).or_default();
            if *n < monthly {
                *n += 1;
                reason = Some(Reason::FreeTier);
            }
        }
        let entry = counts.entry(u.key).or_default();
        match reason {
            None => entry.0 += 1,
            Some(r) => *entry.1.entry(r).or_default() += 1,
        }
    }
    (counts, refused)
}

/// The real rater's report as the reference's counts.
fn real(file: &Path, card: &RateCard, tz: Tz) -> (Counts, u64, pricesim::whatsapp::report::LogReport) {
    let options = Options { timezone: tz, currency: pricesim::money::Currency::USD, skip_invalid: false, detail: None };
    let report = rate_log(file, card, &options, &pricesim::progress::Silent).unwrap();
    let mut counts = Counts::new();
    for m in &report.months {
        for l in &m.lines {
            let entry = counts.entry((m.month, m.version, l.market.clone(), l.category)).or_default();
            entry.0 += l.billable;
            for (r, n) in &l.free_by_reason {
                *entry.1.entry(*r).or_default() += n;
            }
        }
    }
    (counts, report.refused.count, report)
}

fn events_of(file: &Path) -> Vec<Event> {
    let f = std::fs::File::open(file).unwrap();
    let mut reader = LogReader::new(f, file).unwrap();
    std::iter::from_fn(|| reader.next_event()).map(Result::unwrap).collect()
}

const STARTS: [&str; 7] =
    ["2022-05-25", "2023-05-27", "2024-10-27", "2025-06-27", "2025-09-27", "2026-06-27", "2026-09-27"];
const ZONES: [&str; 5] = ["UTC", "Asia/Bangkok", "America/New_York", "Europe/Amsterdam", "Pacific/Chatham"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn the_fast_rater_agrees_with_the_reference(
        seed in any::<u64>(),
        contacts in 1u64..25,
        days in 1u32..8,
        start in 0usize..STARTS.len(),
        zone in 0usize..ZONES.len(),
        free in prop_oneof![Just(0u64), 1u64..6, Just(1000)],
        numbers in 0u32..4,
    ) {
        let card = card(free);
        let tz: Tz = ZONES[zone].parse().unwrap();
        let start = NaiveDate::parse_from_str(STARTS[start], "%Y-%m-%d").unwrap();
        let name = format!("ref-{seed}-{contacts}-{days}");
        let mut sorted = Vec::new();
        generate_numbered(&Spec { contacts, days, seed, start, shuffle: false }, numbers, &mut sorted).unwrap();
        let mut shuffled = Vec::new();
        generate_numbered(&Spec { contacts, days, seed, start, shuffle: true }, numbers, &mut shuffled).unwrap();
        let sorted_file = common::temp_file(&format!("{name}-sorted"), std::str::from_utf8(&sorted).unwrap());
        let shuffled_file = common::temp_file(&format!("{name}-shuffled"), std::str::from_utf8(&shuffled).unwrap());

        let (want, want_refused) = reference(events_of(&sorted_file), &card, tz);
        let (got, got_refused, in_order) = real(&sorted_file, &card, tz);
        prop_assert_eq!(&got, &want);
        prop_assert_eq!(got_refused, want_refused);
        let (_, _, out_of_order) = real(&shuffled_file, &card, tz);
        prop_assert_eq!(in_order.months, out_of_order.months);
        prop_assert_eq!(in_order.total, out_of_order.total);
        std::fs::remove_dir_all(sorted_file.parent().unwrap()).unwrap();
        std::fs::remove_dir_all(shuffled_file.parent().unwrap()).unwrap();
    }
}

/// Enough contacts that the rater drops idle ones as it goes (it sweeps from 4,096 held).
#[test]
fn dropping_idle_contacts_does_not_change_the_result() {
    let card = card(1000);
    let tz: Tz = "Europe/Amsterdam".parse().unwrap();
    let start = NaiveDate::from_ymd_opt(2023, 10, 27).unwrap();
    let mut log = Vec::new();
    generate(&Spec { contacts: 9000, days: 6, seed: 99, start, shuffle: false }, &mut log).unwrap();
    let file = common::temp_file("ref-sweep", std::str::from_utf8(&log).unwrap());
    let (want, want_refused) = reference(events_of(&file), &card, tz);
    let (got, got_refused, report) = real(&file, &card, tz);
    assert_eq!(got, want);
    assert_eq!(got_refused, want_refused);
    assert!(report.months.iter().any(|m| m.lines.iter().any(|l| l.free_by_reason.contains_key(&Reason::FreeTier))));
    std::fs::remove_dir_all(file.parent().unwrap()).unwrap();
}
