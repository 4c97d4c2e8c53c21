//! The next known price change: the earliest `effective_from` after the scenario's month starts,
//! among the versions of the cards the comparison prices with (each quoted plan's card, and
//! Meta's when the scenario has WhatsApp traffic, which every plan pays on or passes through).
//! The same usage is compared again in the first month under it.

use chrono::{Datelike, NaiveDate};

use crate::catalog::Catalog;
use crate::compare::{CompareError, Comparison, compare};
use crate::month::Month;
use crate::outlook::{After, NextChange};
use crate::scenario::Scenario;

/// What `c`'s plans cost after the next change their cards hold; `None` when none holds one.
pub(super) fn next_change(
    catalog: &Catalog,
    scenario: &Scenario,
    c: &Comparison,
    only: &[String],
) -> Result<Option<NextChange>, CompareError> {
    let start = scenario.month.first_day();
    let mut vendors: Vec<&str> = c.quotes.iter().filter_map(|q| q.plan.split_once('/').map(|(v, _)| v)).collect();
    if scenario.usage.iter().any(|(k, n)| n > 0 && k.as_whatsapp().is_some())
        && let Some(card) = catalog.whatsapp_card()
    {
        vendors.push(&card.vendor);
    }
    vendors.sort_unstable();
    vendors.dedup();
    let changes = |vendor: &str| {
        catalog.card(vendor).and_then(|card| card.versions.iter().map(|v| v.effective_from).find(|d| *d > start))
    };
    let Some(date) = vendors.iter().filter_map(|v| changes(v)).min() else { return Ok(None) };
    let cards: Vec<String> = vendors.iter().filter(|v| changes(v) == Some(date)).map(|v| v.to_string()).collect();
    let month = first_month_from(date);
    let mut later = scenario.clone();
    later.month = month;
    let after = compare(catalog, &later, only)?;
    let quotes: Vec<After> = c
        .quotes
        .iter()
        .map(|q| {
            let then = after.quotes.iter().find(|a| a.plan == q.plan);
            After {
                plan: q.plan.clone(),
                cost: then.and_then(|a| a.cost.as_ref()).map(|cost| cost.total),
                rank: then.and_then(|a| a.rank),
            }
        })
        .collect();
    let order = |quotes: &mut dyn Iterator<Item = (&str, Option<u32>)>| {
        let mut ranked: Vec<(u32, &str)> = quotes.filter_map(|(p, r)| r.map(|r| (r, p))).collect();
        ranked.sort_unstable();
        ranked.into_iter().map(|(_, p)| p.to_string()).collect::<Vec<String>>()
    };
    let before = order(&mut c.quotes.iter().map(|q| (q.plan.as_str(), q.rank)));
    let then = order(&mut quotes.iter().map(|a| (a.plan.as_str(), a.rank)));
    Ok(Some(NextChange { date, month, cards, ranking_changes: before != then, quotes }))
}

/// The first month whose first day is on or after `date`: versions in force on a month's first
/// day price it.
fn first_month_from(date: NaiveDate) -> Month {
    let month = Month::of(date);
    if date.day() == 1 { month } else { month.plus(1).unwrap_or(month) }
}
