//! `pricesim rate-log usage`: a log of chats and outcomes, as a vendor's billing export or the
//! customer's own records, turned into one scenario per calendar month and priced like `quote`;
//! with an invoice, checked line by line. Format and output: `docs/USAGE-LOG.md`.
#![deny(clippy::arithmetic_side_effects)]

pub mod check;
pub mod dispute;
pub mod entered;
pub mod genlog;
pub mod intern;
pub mod read;
pub mod tally;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::compare::{CompareError, compare};
use crate::diag::{Diagnostic, Diagnostics};
use crate::money::Currency;
use crate::month::Month;
use crate::progress::Watch;
use crate::quote::Quote;
use crate::scenario::{MonthUsage, Scenario};
use crate::usage::{Usage, UsageKey};
use tally::{Counted, Derived};

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
    /// The calendar month, in the account's time zone, whose rows these are.
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
    /// The plan ranked 1, as `quote` ranks them; `None` when no quote has a cost.
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

/// Reads the log at `path` and prices each of its months, telling `watch` how far it has come.
pub fn rate(
    path: &Path,
    catalog: &Catalog,
    options: &Options,
    watch: &dyn Watch,
) -> Result<(UsageReport, Scenario), UsageLogError> {
    let Counted { months, rows_read, rows_skipped, skipped } =
        tally::read(path, options.timezone, &catalog.outcome_names(), options.skip_invalid, watch)?
            .ok_or(UsageLogError::Cancelled)?;
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
            quote: Default::default(),
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
    let scenario = as_scenario(name, options.currency, &months);
    let report =
        UsageReport { currency: options.currency, rows_read, rows_skipped, skipped, months: out, checks: Vec::new() };
    Ok((report, scenario))
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
        quote: Default::default(),
    }
}
