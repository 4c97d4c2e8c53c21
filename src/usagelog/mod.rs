//! `pricesim rate-log usage`: a log of chats and outcomes, as a vendor's billing export or the
//! customer's own records, turned into one scenario per calendar month and priced like `quote`;
//! with an invoice, checked line by line. Format and output: `docs/USAGE-LOG.md`.
#![deny(clippy::arithmetic_side_effects)]

pub mod check;
pub mod read;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::compare::{CompareError, compare};
use crate::diag::{Diagnostic, Diagnostics, read_log_text};
use crate::money::Currency;
use crate::month::Month;
use crate::progress::Watch;
use crate::quote::Quote;
use crate::scenario::{MonthUsage, Scenario};
use crate::tomlread::MAX_COUNT;
use crate::usage::{Usage, UsageKey};
use read::{Actor, UsageEvent};

/// How to read and price a usage log.
#[derive(Debug, Clone)]
pub struct Options {
    /// The account's time zone: months turn over at its midnight.
    pub timezone: Tz,
    /// The display currency of each month's comparison.
    pub currency: Currency,
    /// Skip and count rows that cannot be read instead of stopping at the first.
    pub skip_invalid: bool,
    /// Only these plans (`vendor/plan`); all when empty.
    pub plans: Vec<String>,
}

/// The answer of `pricesim rate-log usage`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UsageReport {
    /// The display currency of each month's comparison.
    pub currency: Currency,
    /// Data rows in the file.
    pub rows_read: u64,
    /// Rows that could not be read and were skipped (`--skip-invalid`).
    pub rows_skipped: u64,
    /// The first skipped rows, with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Diagnostic>>", optional))]
    pub skipped: Vec<Diagnostic>,
    /// Each calendar month of the log.
    pub months: Vec<UsageMonth>,
    /// With `--invoice`: each invoice checked against its month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<check::InvoiceCheck>>", optional))]
    pub checks: Vec<check::InvoiceCheck>,
}

/// One month of the log: what it adds up to, and every plan's price for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UsageMonth {
    /// The month.
    pub month: Month,
    /// The scenario's usage: `contacts.engaged` (distinct contacts with any row that month) and
    /// `outcomes.agent.*`, `outcomes.bot.*`.
    pub usage: Usage,
    /// Outcomes the customer's own staff completed: not billed as outcomes.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, u64>>", optional))]
    pub staff_outcomes: BTreeMap<String, u64>,
    /// Every plan priced, cheapest first, with the points or units behind each line (`meters`).
    pub quotes: Vec<Quote>,
    /// The cheapest complete quote.
    pub cheapest: Option<String>,
    /// Cards left out because no version of theirs is in force in the month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub notes: Vec<String>,
}

/// Why a log could not be priced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsageLogError {
    /// The log is wrong: where and why.
    #[error(transparent)]
    Input(#[from] Diagnostics),
    /// A month could not be priced.
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// The user cancelled the read (see [`Watch`]).
    #[error("cancelled")]
    Cancelled,
}

/// How many skipped rows a report lists.
const LIST_FIRST: usize = 10;

/// Reads the log at `path` and prices each of its months, telling `watch` how far it has come.
pub fn rate(
    path: &Path,
    catalog: &Catalog,
    options: &Options,
    watch: &dyn Watch,
) -> Result<(UsageReport, Scenario), UsageLogError> {
    let text = read_log_text(path, "the usage log")?;
    let (events, problems) =
        read::read(path, &text, options.timezone, &catalog.outcome_names(), watch)?.ok_or(UsageLogError::Cancelled)?;
    if let (false, Some(first)) = (options.skip_invalid, problems.first()) {
        return Err(Diagnostics(vec![first.clone()]).into());
    }
    let rows_skipped = problems.len() as u64;
    let rows_read = (events.len() as u64).saturating_add(rows_skipped);
    let months = by_month(path, &events)?;
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let mut out = Vec::new();
    for (month, (usage, staff)) in &months {
        let scenario = Scenario {
            name: name.clone(),
            month: *month,
            currency: options.currency,
            usage: usage.clone(),
            terms: BTreeMap::new(),
            weekdays: None,
            months: Vec::new(),
            in_house: Default::default(),
            ranges: Default::default(),
        };
        let c = compare(catalog, &scenario, &options.plans)?;
        out.push(UsageMonth {
            month: *month,
            usage: usage.clone(),
            staff_outcomes: staff.clone(),
            quotes: c.quotes,
            cheapest: c.cheapest,
            notes: c.notes,
        });
    }
    let skipped = problems.into_iter().take(LIST_FIRST).collect();
    let scenario = as_scenario(name, options.currency, &months);
    let report =
        UsageReport { currency: options.currency, rows_read, rows_skipped, skipped, months: out, checks: Vec::new() };
    Ok((report, scenario))
}

type Derived = BTreeMap<Month, (Usage, BTreeMap<String, u64>)>;

/// Each month's usage: distinct contacts, outcomes by actor, staff outcomes apart. A count past
/// what a scenario can hold ([`MAX_COUNT`]) is an error at the row that takes it there, since the
/// scenario written from it (`--scenario-out`) could not be read back.
fn by_month(file: &Path, events: &[UsageEvent]) -> Result<Derived, Diagnostics> {
    let mut contacts: BTreeMap<Month, BTreeSet<&str>> = BTreeMap::new();
    let mut out = Derived::new();
    for e in events {
        let month = Month::of(e.day);
        contacts.entry(month).or_default().insert(e.contact.as_str());
        let (usage, staff) = out.entry(month).or_default();
        let Some(outcome) = &e.outcome else { continue };
        let too_large = |name: &str| {
            Diagnostics(vec![Diagnostic {
                file: file.to_path_buf(),
                line: Some(e.line),
                column: None,
                field: "quantity".to_string(),
                message: format!(
                    "`{name}` in {month} adds up to more than {MAX_COUNT} here, the most a scenario can hold"
                ),
            }])
        };
        let added = |sum: u64| sum.checked_add(e.quantity).filter(|n| *n <= MAX_COUNT);
        match e.actor {
            Actor::Staff => {
                let sum = staff.entry(outcome.clone()).or_default();
                *sum = added(*sum).ok_or_else(|| too_large(&format!("staff outcome {outcome}")))?;
            }
            actor => {
                let key = UsageKey::outcome(actor.as_str(), outcome);
                let n = added(usage.get(&key)).ok_or_else(|| too_large(key.as_str()))?;
                usage.set(key, n);
            }
        }
    }
    for (month, set) in contacts {
        if let (Some((usage, _)), Ok(key)) = (out.get_mut(&month), UsageKey::parse("contacts.engaged")) {
            usage.set(key, u64::try_from(set.len()).unwrap_or(u64::MAX));
        }
    }
    Ok(out)
}

/// The derived usage as one scenario: the first month, then a `[[months]]` table for each later
/// month setting every count any month has (0 where it has none), so a simulation with no growth
/// replays the log exactly.
fn as_scenario(name: Option<String>, currency: Currency, months: &Derived) -> Scenario {
    let keys: BTreeSet<UsageKey> = months.values().flat_map(|(u, _)| u.iter().map(|(k, _)| k.clone())).collect();
    let full = |usage: &Usage| {
        let mut all = Usage::default();
        for key in &keys {
            all.set(key.clone(), usage.get(key));
        }
        all
    };
    let mut iter = months.iter();
    let (first_month, first_usage) = match iter.next() {
        Some((m, (u, _))) => (*m, full(u)),
        None => (Month::of(chrono::NaiveDate::default()), Usage::default()),
    };
    Scenario {
        name,
        month: first_month,
        currency,
        usage: first_usage,
        terms: BTreeMap::new(),
        weekdays: None,
        months: iter.map(|(m, (u, _))| MonthUsage { month: *m, usage: full(u) }).collect(),
        in_house: Default::default(),
        ranges: Default::default(),
    }
}
