//! The assumption spread: each ranked quote's cost under every reading of the unverified rules and
//! prices its cards' versions rest on (their switches, data in the rate cards), and at the best
//! and worst combination of readings. Each combination is a comparison of its own, with the
//! cards' versions in force replaced by the version read under those readings.

use rust_decimal::Decimal;

use crate::catalog::Catalog;
use crate::compare::{CompareError, Comparison, compare};
use crate::outlook::{Assumptions, Combination, ReadingCost, SwitchCosts};
use crate::ratecard::Version;
use crate::scenario::Scenario;

/// Each plan's cost under one combination of readings, by `vendor/plan`.
type PlanCosts = Vec<(String, Option<Decimal>)>;

/// A card's version in force that has switches.
struct InForce<'a> {
    vendor: &'a str,
    version: &'a Version,
}

/// Gives each ranked quote of `c` its assumptions, when its cards' versions have switches.
pub(super) fn assumptions(
    catalog: &Catalog,
    scenario: &Scenario,
    c: &mut Comparison,
    only: &[String],
) -> Result<(), CompareError> {
    let day = scenario.month.first_day();
    let mut vendors: Vec<&str> = c.quotes.iter().filter_map(|q| q.plan.split_once('/').map(|(v, _)| v)).collect();
    if scenario.usage.iter().any(|(k, n)| n > 0 && k.as_whatsapp().is_some())
        && let Some(card) = catalog.whatsapp_card()
    {
        vendors.push(&card.vendor);
    }
    vendors.sort_unstable();
    vendors.dedup();
    let in_force: Vec<InForce<'_>> = vendors
        .iter()
        .filter_map(|v| {
            let card = catalog.card(v)?;
            let version = card.version_at(day).ok()?;
            (!version.switches.is_empty()).then_some(InForce { vendor: &card.vendor, version })
        })
        .collect();
    if in_force.is_empty() {
        return Ok(());
    }
    // Every switch in force, numbered across cards: (card, switch) by position.
    let switches: Vec<(usize, usize)> =
        in_force.iter().enumerate().flat_map(|(i, f)| (0..f.version.switches.len()).map(move |k| (i, k))).collect();
    let sizes: Vec<usize> = switches
        .iter()
        .map(|(i, k)| in_force.get(*i).and_then(|f| f.version.switches.get(*k)).map_or(1, |s| s.values.len()))
        .collect();
    let mut combos: Vec<Vec<usize>> = vec![Vec::new()];
    for size in &sizes {
        combos = combos.into_iter().flat_map(|c| (0..*size).map(move |k| [c.clone(), vec![k]].concat())).collect();
    }
    // Each combination's cost of every plan.
    let mut costs: Vec<(Vec<usize>, PlanCosts)> = Vec::new();
    for combo in combos {
        let mut alt = catalog.clone();
        for (i, f) in in_force.iter().enumerate() {
            let local: Vec<usize> =
                switches.iter().zip(&combo).filter(|((card, _), _)| *card == i).map(|(_, k)| *k).collect();
            if let Some(v) = f.version.under(&local).filter(|_| local.iter().any(|k| *k > 0)) {
                alt = alt.with_version(f.vendor, f.version.effective_from, v);
            }
        }
        let priced = compare(&alt, scenario, only)?;
        costs.push((combo, priced.quotes.iter().map(|q| (q.plan.clone(), q.cost.as_ref().map(|x| x.total))).collect()));
    }
    let reading = |(i, k): (usize, usize), value: usize| {
        let f = in_force.get(i)?;
        let s = f.version.switches.get(k)?;
        Some((f.vendor, s, s.values.get(value)?))
    };
    for q in c.quotes.iter_mut().filter(|q| q.ranks()) {
        let cost_in = |combo: &[usize]| {
            costs
                .iter()
                .find(|(c, _)| c == combo)
                .and_then(|(_, p)| p.iter().find(|(n, _)| *n == q.plan))
                .and_then(|(_, c)| *c)
        };
        let mut list = Vec::new();
        for (n, &(i, k)) in switches.iter().enumerate() {
            let Some((vendor, s, _)) = reading((i, k), 0) else { continue };
            let values = s
                .values
                .iter()
                .enumerate()
                .map(|(v, r)| {
                    let combo: Vec<usize> = (0..switches.len()).map(|m| if m == n { v } else { 0 }).collect();
                    ReadingCost { id: r.id.clone(), label: r.label.clone(), cost: cost_in(&combo) }
                })
                .collect();
            list.push(SwitchCosts { card: vendor.to_string(), id: s.id.clone(), question: s.question.clone(), values });
        }
        let known: Vec<(&Vec<usize>, Decimal)> = costs.iter().filter_map(|(c, _)| cost_in(c).map(|x| (c, x))).collect();
        let named = |combo: &[usize]| -> Vec<String> {
            switches
                .iter()
                .zip(combo)
                .filter(|(_, v)| **v > 0)
                .filter_map(|(&sw, &v)| reading(sw, v).map(|(vendor, s, r)| format!("{vendor}.{} = {}", s.id, r.id)))
                .collect()
        };
        // Ties go to the fewest readings changed: the first combination in order.
        let best = known.iter().min_by(|a, b| a.1.cmp(&b.1));
        let worst = known.iter().rev().max_by(|a, b| a.1.cmp(&b.1));
        if let (Some(best), Some(worst)) = (best, worst) {
            q.assumptions = Some(Assumptions {
                switches: list,
                best: Combination { cost: best.1, readings: named(best.0) },
                worst: Combination { cost: worst.1, readings: named(worst.0) },
            });
        }
    }
    Ok(())
}
