//! A rated log as the user reads it: per month, market and category, the billable and free
//! units, the unit price and the amount; totals; and whatever could not be priced.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::category::Category;
use super::engine::{CARRIED_OVER, CARRIED_OVER_SOURCE, Counts, Key, NumbersSeen, Reason, Tally};
use super::markets::MarketId;
use super::rates::{Rate, RateRow};
use super::rules::{Rules, Unit};
use super::tables::Tables;
use crate::diag::Diagnostic;
use crate::money::{Currency, MoneyError, checked_add, decimal_string};
use crate::month::Month;
use crate::quote::{Warning, WarningKind, line_amount};
use crate::ratecard::{Provenance, RateCard};
use crate::written::count;

/// The answer of `pricesim rate-log whatsapp`, in the contract's JSON shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LogReport {
    /// The currency of every amount, as asked: Meta's rates in it, or derived from another
    /// currency's where the card says so; nothing is converted afterwards.
    pub currency: Currency,
    /// The account time zone months and free tiers turned over in.
    pub timezone: String,
    /// Data rows in the file (blank lines are not rows).
    pub rows_read: u64,
    /// Rows that could not be read and were skipped (`--skip-invalid`).
    pub rows_skipped: u64,
    /// The first skipped rows, with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Diagnostic>>", optional))]
    pub skipped: Vec<Diagnostic>,
    /// Free-form messages sent with no customer service window open, which Meta refuses:
    /// reported, never billed or guessed at.
    pub refused: RefusedReport,
    /// Each month (and pricing version, should one start mid-month), in order.
    pub months: Vec<MonthReport>,
    /// The sum of the months' totals.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// True when some billable units have no known rate, so `total` leaves them out.
    pub incomplete: bool,
    /// What a reader must know about these figures.
    pub warnings: Vec<Warning>,
}

/// Refused messages: how many, and the first ones.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RefusedReport {
    /// How many.
    pub count: u64,
    /// The first ones, in time order.
    pub first: Vec<RowRef>,
}

/// A row of the log, for a person to find it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowRef {
    /// Its line in the file (1 is the header), as an editor counts them.
    pub line: u32,
    /// The contact, `+…`.
    pub contact: String,
    /// Its time, RFC 3339 in the account's time zone.
    pub timestamp: String,
}

/// One month under one pricing version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MonthReport {
    /// The account's month.
    pub month: Month,
    /// The `effective_from` of the pricing version.
    pub version: NaiveDate,
    /// What `billable` and `free` count: `conversation` or `message`.
    pub unit: String,
    /// By market, then category.
    pub lines: Vec<LogLine>,
    /// The sum of the lines' amounts.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// True when a line's amount is unknown.
    pub incomplete: bool,
}

/// Units of one category in one market in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LogLine {
    /// The market's name.
    pub market: String,
    /// The category the units are priced in (by who started the conversation, under 2022's rules).
    pub category: Category,
    /// Charged units.
    pub billable: u64,
    /// Free units.
    pub free: u64,
    /// Free units by reason (`free_tier`, `free_entry_point`, `customer_service_window`,
    /// `not_charged`); reasons with none are left out.
    pub free_by_reason: BTreeMap<Reason, u64>,
    /// The rate per unit; `null` when not known.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub unit_price: Option<Decimal>,
    /// `billable × unit_price`, rounded once; `null` when the rate is not known.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub amount: Option<Decimal>,
    /// For a volume-tier line, the first unit of the month it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub tier_from: Option<u64>,
    /// Where the rate comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub source: Option<Provenance>,
}

/// The run's facts beyond the counts.
#[derive(Debug, Clone, Default)]
pub struct RunInfo {
    /// The account time zone's name.
    pub timezone: String,
    /// Data rows read.
    pub rows_read: u64,
    /// Rows skipped.
    pub rows_skipped: u64,
    /// The first skipped rows (at most ten), with why.
    pub skipped: Vec<Diagnostic>,
    /// The first refused rows, resolved for people.
    pub refused_first: Vec<RowRef>,
}

/// A unit's rate: the rate, and where it comes from.
pub fn unit_rate(
    tables: &Tables,
    currency: Currency,
    version_from: NaiveDate,
    rates_day: NaiveDate,
    market: MarketId,
    category: Category,
) -> (Rate, Option<Provenance>) {
    let Some(column) = category.column() else { return (Rate::Price(Decimal::ZERO), None) };
    let row_in = |c: Currency| tables.rates(c).and_then(|t| t.row(market, rates_day, version_from));
    let own = row_in(currency);
    let base = tables.derived.iter().find(|d| d.currency == currency).and_then(|d| Some((d, row_in(d.from)?)));
    // The currency's own row, unless it is unknown there or older than the row it is derived from.
    let own_holds = |row: &RateRow| {
        row.rate(column) != Rate::Unknown && base.is_none_or(|(_, b)| row.effective_from >= b.effective_from)
    };
    match (own, base) {
        (Some(row), _) if own_holds(row) => (row.rate(column), Some(row.source.clone())),
        (_, Some((d, from_row))) => match from_row.rate(column) {
            Rate::Price(p) => match p.checked_div(d.divide_by) {
                Some(q) => {
                    let rate = q.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
                    let source = Provenance { date: Some(from_row.effective_from), ..d.source.clone() };
                    (Rate::Price(rate), Some(source))
                }
                None => (Rate::Unknown, None),
            },
            other => (other, own.map(|r| r.source.clone())),
        },
        (Some(row), None) => (row.rate(column), Some(row.source.clone())),
        (None, None) => (Rate::Unknown, None),
    }
}

/// A month's counts: (market name, category, market) → the counts under each rate period.
type MonthParts = BTreeMap<(String, Category, MarketId), Vec<(NaiveDate, Counts)>>;

/// Prices the counts of a run.
pub fn build(tally: &Tally, card: &RateCard, currency: Currency, info: RunInfo) -> Result<LogReport, MoneyError> {
    let mut report = LogReport {
        currency,
        timezone: info.timezone,
        rows_read: info.rows_read,
        rows_skipped: info.rows_skipped,
        skipped: info.skipped,
        refused: RefusedReport { count: tally.refused, first: info.refused_first },
        months: Vec::new(),
        total: Decimal::ZERO,
        incomplete: false,
        warnings: Vec::new(),
    };
    let Some(tables) = &card.whatsapp else { return Ok(report) };
    let versions: Vec<(NaiveDate, &Rules)> =
        card.versions.iter().filter_map(|v| v.whatsapp.as_ref().map(|r| (v.effective_from, r))).collect();
    let mut grouped: BTreeMap<(Month, usize), MonthParts> = BTreeMap::new();
    for (key, counts) in &tally.counts {
        let Key { month, version, rates_day, market, category } = *key;
        let name = tables.markets.name(market).to_string();
        grouped
            .entry((month, version))
            .or_default()
            .entry((name, category, market))
            .or_default()
            .push((rates_day, *counts));
    }
    let mut used_versions = Vec::new();
    for ((month, version), lines) in grouped {
        let Some(&(version_from, rules)) = versions.get(version) else { continue };
        if !used_versions.contains(&version) {
            used_versions.push(version);
        }
        let mut out = MonthReport {
            month,
            version: version_from,
            unit: match rules.unit {
                Unit::Conversation => "conversation".to_string(),
                Unit::Message => "message".to_string(),
            },
            lines: Vec::new(),
            total: Decimal::ZERO,
            incomplete: false,
        };
        for ((name, category, market), parts) in lines {
            // Parts under the same rate make one line.
            let mut by_rate: Vec<(Rate, Option<Provenance>, Counts)> = Vec::new();
            for (rates_day, counts) in parts {
                let (rate, source) = unit_rate(tables, currency, version_from, rates_day, market, category);
                match by_rate.iter_mut().find(|(r, _, _)| *r == rate) {
                    Some((_, _, sum)) => add_counts(sum, &counts),
                    None => by_rate.push((rate, source, counts)),
                }
            }
            for (rate, source, counts) in by_rate {
                let tiers: Vec<(u64, Rate)> = rules.tiers(market, category).map(|t| (t.from, t.price)).collect();
                for (i, (tier_from, rate, billable)) in
                    split_tiers(counts.billable, rate, &tiers).into_iter().enumerate()
                {
                    let free: BTreeMap<Reason, u64> = if i == 0 {
                        Reason::ALL.iter().zip(counts.free).filter(|(_, n)| *n > 0).map(|(r, n)| (*r, n)).collect()
                    } else {
                        BTreeMap::new()
                    };
                    let (unit_price, amount) = match rate {
                        Rate::Price(p) => {
                            (Some(p), Some(line_amount(Decimal::from(billable), p, card.rounding, currency)?))
                        }
                        _ if billable == 0 => (None, Some(Decimal::ZERO)),
                        _ => {
                            out.incomplete = true;
                            let why = if rate == Rate::NotAvailable {
                                format!("Meta has no {} rate in {name} under this version", category.label())
                            } else {
                                format!("the {currency} rate for {} in {name} is not known", category.label())
                            };
                            report.warnings.push(Warning {
                                kind: WarningKind::UnknownPrice,
                                message: format!(
                                    "{month}: {why}; {} billable {}{} not priced",
                                    count(billable),
                                    out.unit,
                                    if billable == 1 { "" } else { "s" }
                                ),
                            });
                            (None, None)
                        }
                    };
                    if let (Some(source), true) = (&source, billable > 0)
                        && source.status.needs_warning()
                    {
                        report.warnings.push(Warning {
                            kind: WarningKind::UnpublishedPrice,
                            message: format!(
                                "{month}: {} in {name} is charged at a {} rate, not a published one",
                                category.label(),
                                source.status
                            ),
                        });
                    }
                    if let Some(a) = amount {
                        out.total = checked_add(out.total, a)?;
                    }
                    out.lines.push(LogLine {
                        market: name.clone(),
                        category,
                        billable,
                        free: free.values().sum(),
                        free_by_reason: free,
                        unit_price,
                        amount,
                        tier_from: tier_from.filter(|_| i > 0),
                        source: source.clone(),
                    });
                }
            }
        }
        report.total = checked_add(report.total, out.total)?;
        report.incomplete |= out.incomplete;
        report.months.push(out);
    }
    for version in used_versions {
        if let Some((_, rules)) = versions.get(version) {
            report.warnings.extend(
                rules.warnings.iter().map(|w| Warning { kind: WarningKind::UnverifiedRule, message: w.clone() }),
            );
        }
    }
    report.warnings.extend(per_number_warnings(tally, &versions));
    report.warnings.extend(carried_over_warnings(tally, &versions));
    if tally.refused > 0 {
        report.warnings.push(Warning {
            kind: WarningKind::RefusedMessage,
            message: format!(
                "{} sent with no customer service window open: Meta refuses those, so {} not billed (see `refused`)",
                if tally.refused == 1 {
                    "1 free-form message was".to_string()
                } else {
                    format!("{} free-form messages were", tally.refused)
                },
                if tally.refused == 1 { "it is" } else { "they are" },
            ),
        });
    }
    if report.rows_skipped > 0 {
        report.warnings.push(Warning {
            kind: WarningKind::SkippedRows,
            message: match report.rows_skipped {
                1 => "1 row could not be read and was skipped (see `skipped`)".to_string(),
                n => format!("{n} rows could not be read and were skipped (see `skipped`)"),
            },
        });
    }
    Ok(report)
}

/// For each month whose units drew on business numbers' own allowances under a rule that is not
/// published, what was applied: the allowance, how many numbers, and how far it can be trusted.
fn per_number_warnings(tally: &Tally, versions: &[(NaiveDate, &Rules)]) -> Vec<Warning> {
    let mut out = Vec::new();
    for (month, seen) in &tally.numbers {
        let per = tally
            .counts
            .keys()
            .filter(|k| k.month == *month)
            .find_map(|k| versions.get(k.version).and_then(|(_, r)| r.free_per_number.as_ref()));
        let Some(per) = per.filter(|p| p.source.status.needs_warning()) else { continue };
        let note = per.source.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
        out.push(Warning {
            kind: WarningKind::UnverifiedRule,
            message: format!(
                "{month}: {} free {} messages a month per business phone number, each number its own, for {}: a {} rule{note}",
                count(per.monthly),
                per.categories.iter().map(|c| c.label()).collect::<Vec<_>>().join(" and "),
                numbers(seen),
                per.source.status
            ),
        });
    }
    out
}

/// The business numbers of a month, as a warning names them.
fn numbers(seen: &NumbersSeen) -> String {
    let plural = |n: u64| if n == 1 { "1 number".to_string() } else { format!("{} numbers", count(n)) };
    match (seen.named, seen.unnamed) {
        (0, _) => "1 number (the log names none)".to_string(),
        (n, false) => plural(n),
        // At most one unnamed number beside `n` named ones, and `n` is far below `u64::MAX`.
        (n, true) => format!("{}, one of them unnamed (rows with no `business_number`)", plural(n.saturating_add(1))),
    }
}

/// For each month with utility templates free because a conversation opened before per-message
/// pricing was still open, how many, and how far that rule can be trusted.
fn carried_over_warnings(tally: &Tally, versions: &[(NaiveDate, &Rules)]) -> Vec<Warning> {
    let (status, source) = CARRIED_OVER_SOURCE;
    tally
        .carried
        .iter()
        .filter_map(|((month, version), n)| {
            let (from, _) = versions.get(*version)?;
            let (templates, verb) = if *n == 1 { ("template", "is") } else { ("templates", "are") };
            Some(Warning {
                kind: WarningKind::UnverifiedRule,
                message: format!(
                    "{month}: {} {} {templates} sent while a conversation opened before per-message pricing ({from}) was still open {verb} free, counted under `customer_service_window`: a {status} rule ({source})",
                    count(*n),
                    CARRIED_OVER.label(),
                ),
            })
        })
        .collect()
}

/// Adds counts of units of one log: each is at most one a row, so no sum comes near `u64::MAX`.
fn add_counts(sum: &mut Counts, more: &Counts) {
    sum.billable = sum.billable.saturating_add(more.billable);
    for (s, m) in sum.free.iter_mut().zip(more.free) {
        *s = s.saturating_add(m);
    }
}

/// Splits `billable` units between the list rate and volume tiers (`from` = first unit at the
/// tier's rate, counted per month): `(tier start, rate, units)`, the list part first, and always
/// one part even when nothing is billable.
pub fn split_tiers(billable: u64, list: Rate, tiers: &[(u64, Rate)]) -> Vec<(Option<u64>, Rate, u64)> {
    let mut parts = vec![(None, list)];
    parts.extend(tiers.iter().filter(|(from, _)| *from <= billable).map(|(from, rate)| (Some(*from), *rate)));
    let starts: Vec<u64> = parts.iter().map(|(from, _)| from.unwrap_or(1)).collect();
    parts
        .into_iter()
        .zip(&starts)
        .enumerate()
        .map(|(i, ((from, rate), start))| {
            // Tier starts grow and are above 1, so `end` is at least `start - 1`.
            let end = starts.get(i.saturating_add(1)).map_or(billable, |next| next.saturating_sub(1));
            (from, rate, if billable >= *start { end.saturating_add(1).saturating_sub(*start) } else { 0 })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_split_at_their_first_unit() {
        let list = Rate::Price(Decimal::ONE);
        let tier = Rate::Unknown;
        assert_eq!(split_tiers(10, list, &[(26, tier)]), vec![(None, list, 10)]);
        assert_eq!(split_tiers(25, list, &[(26, tier)]), vec![(None, list, 25)]);
        assert_eq!(split_tiers(26, list, &[(26, tier)]), vec![(None, list, 25), (Some(26), tier, 1)]);
        assert_eq!(split_tiers(0, list, &[(26, tier)]), vec![(None, list, 0)]);
        let t2 = Rate::Price(Decimal::TWO);
        assert_eq!(
            split_tiers(100, list, &[(26, tier), (51, t2)]),
            vec![(None, list, 25), (Some(26), tier, 25), (Some(51), t2, 50)]
        );
    }
}
