//! Where a plan's cost, as a function of one scenario count `x` with the rest fixed, may change
//! its shape: the first `x` of each piece on which every invoice line's quantity is affine in `x`
//! (so the exact, unrounded cost is affine too).
//!
//! Each charge primitive says where its own pieces start, from the card's figures: a quota's
//! edge and its blocks, a tier's or range's edge, the price floor, the WhatsApp free tier and
//! volume tiers. Every input a charge reads is affine in `x` (the axis itself, a count that
//! defaults to it such as `contacts.active`, or a points total), so an edge `T` of that input
//! becomes the first `x` at which the input passes `T`. Extra starts are harmless (a piece cut in
//! two); a missed one is caught by the affinity check in [`super::curve`].

use std::collections::BTreeSet;

use crate::catalog::Catalog;
use crate::ratecard::{Charge, Handling, Meter, Packs, PaidBasis, Plan, Points, Quantity, Version, Work};
use crate::scenario::{Scenario, TermValue};
use crate::usage::UsageKey;

/// Above this many WhatsApp rows sharing the free tier, its edges are left to the affinity check
/// (their subsets' sums would be too many to list).
const MAX_FREE_TIER_ROWS: usize = 12;

/// The axis: which count varies, over which integers.
pub(super) struct Along<'a> {
    pub(super) key: &'a UsageKey,
    pub(super) from: u64,
    pub(super) to: u64,
}

/// An input of a charge as `base + slope × x`.
#[derive(Clone, Copy)]
struct Affine {
    base: u64,
    slope: u64,
}

impl Affine {
    /// The first `x` at which the input is above `edge`, when it gets there.
    fn first_above(self, edge: u64) -> Option<u64> {
        if self.base > edge {
            return None;
        }
        if self.slope == 0 {
            return None;
        }
        Some((edge - self.base) / self.slope + 1)
    }
}

/// The first `x` of each piece of `vendor`'s `plan`'s cost within the axis, `along.from` included.
pub(super) fn starts(
    catalog: &Catalog,
    (vendor, version, plan): (&str, &Version, &Plan),
    base: &Scenario,
    along: &Along<'_>,
) -> BTreeSet<u64> {
    let at = |x: u64| {
        let mut s = base.clone();
        s.usage.set(along.key.clone(), x);
        s
    };
    let (zero, one) = (at(0), at(1));
    let usage = |key: &UsageKey| Affine { base: zero.usage.get(key), slope: one.usage.get(key) - zero.usage.get(key) };
    let points = |s: &Scenario| -> u64 {
        version
            .points
            .iter()
            .map(|(k, p)| if let Points::Each(n) = p { n.saturating_mul(s.usage.get(k)) } else { 0 })
            .sum()
    };
    let point_input = Affine { base: points(&zero), slope: points(&one).saturating_sub(points(&zero)) };

    let mut edges: Vec<u64> = vec![along.from, 1];
    for charge in &plan.charges {
        match charge {
            Charge::Recurring { .. } => {}
            Charge::Quota { of, included, sale, .. } => {
                let input = match of {
                    Meter::Points => point_input,
                    Meter::Usage(k) => usage(k),
                };
                for limit in included_values(included, (vendor, plan), base, &usage) {
                    edges.extend(input.first_above(limit));
                    edges.extend(input.first_above(limit.saturating_add(sale.minimum)));
                    if sale.packs == Packs::Started && sale.per > 1 {
                        // Every started block of `per` units above the quota and its minimum.
                        let mut edge = limit.saturating_add(sale.minimum.max(sale.per));
                        let last = input.base.saturating_add(input.slope.saturating_mul(along.to));
                        while edge < last {
                            edges.extend(input.first_above(edge));
                            edge = edge.saturating_add(sale.per);
                        }
                    }
                }
            }
            Charge::Tiered { of, tiers, .. } => {
                let input = usage(of);
                for up_to in tiers.iter().filter_map(|t| t.up_to) {
                    edges.extend(input.first_above(up_to));
                }
                // A subscription's contacts paid for are raised to the first invoice's.
                if let Some(floor) = plan.billing.as_ref().and_then(|b| count_term(base, vendor, &b.floor_term)) {
                    edges.extend(input.first_above(floor));
                }
            }
            Charge::Passthrough { from, .. } => whatsapp_edges(catalog, from, base, along, &mut edges),
        }
    }
    // WhatsApp the vendor does not pass on is paid to Meta directly, under the same rules.
    let to_meta = plan.work.get(&Work::Whatsapp).is_some_and(|s| s.handling == Handling::NotOffered);
    if let (true, Some(card)) = (to_meta, catalog.whatsapp_card()) {
        whatsapp_edges(catalog, &card.vendor, base, along, &mut edges);
    }
    edges.into_iter().filter(|x| (along.from..=along.to).contains(x)).collect()
}

/// The values a quota's included amount can take: one, or for a quota per contact paid for, one
/// per contact range (with the count itself in between, so every range edge is a start too).
fn included_values(
    included: &Quantity,
    (vendor, plan): (&str, &Plan),
    base: &Scenario,
    usage: &dyn Fn(&UsageKey) -> Affine,
) -> Vec<u64> {
    match included {
        Quantity::Count(n) => vec![*n],
        Quantity::Term(t) => vec![count_term(base, vendor, t).unwrap_or(0)],
        Quantity::PerPaid { times, basis } => {
            let ranges = plan.charges.iter().find_map(|c| match c {
                Charge::Tiered { tiers, of, .. } => Some((tiers, of)),
                _ => None,
            });
            let Some((tiers, of)) = ranges else { return Vec::new() };
            let mut out: Vec<u64> = tiers.iter().filter_map(|t| t.up_to).map(|u| times.saturating_mul(u)).collect();
            if *basis == PaidBasis::Count {
                // `times × contacts`: an input affine in x too; its edge against the quota's
                // input is where they meet, which the affinity check finds.
                out.push(times.saturating_mul(usage(of).base));
            }
            out
        }
    }
}

/// `vendor`'s count term `name`, when the scenario gives it.
fn count_term(base: &Scenario, vendor: &str, name: &str) -> Option<u64> {
    match base.term(vendor, name) {
        Some(TermValue::Count(n)) => Some(*n),
        _ => None,
    }
}

/// WhatsApp's edges on a WhatsApp axis: the free tier, shared by all rows and given to the
/// cheapest units first, changes shape where the axis's row plus any set of the other eligible
/// rows reaches the monthly allowance; a volume tier where the row reaches its first unit.
fn whatsapp_edges(catalog: &Catalog, from: &str, base: &Scenario, along: &Along<'_>, edges: &mut Vec<u64>) {
    let Some((_, category)) = along.key.as_whatsapp() else { return };
    let day = base.month.first_day();
    let Some(rules) = catalog.card(from).and_then(|c| c.version_at(day).ok()).and_then(|v| v.whatsapp.as_ref()) else {
        return;
    };
    let same_category = |k: &UsageKey| k.as_whatsapp().is_some_and(|(_, c)| c == category);
    for tier in &rules.volume_tiers {
        let others: u64 = base.usage.iter().filter(|(k, _)| *k != along.key && same_category(k)).map(|(_, n)| n).sum();
        for before in [0, others] {
            edges.push(tier.from.saturating_sub(1).saturating_sub(before));
        }
    }
    let numbers =
        rules.free_per_number.as_ref().map_or(1, |per| count_term(base, from, &per.numbers_term).unwrap_or(1));
    let Some(free) = rules.allowance(numbers) else { return };
    let eligible = |k: &UsageKey| {
        k.as_whatsapp()
            .and_then(|(_, c)| crate::whatsapp::Category::parse(c))
            .is_some_and(|c| free.categories.contains(&rules.scenario_category(c)))
    };
    if !eligible(along.key) {
        return;
    }
    let others: Vec<u64> =
        base.usage.iter().filter(|(k, n)| *k != along.key && *n > 0 && eligible(k)).map(|(_, n)| n).collect();
    if others.len() > MAX_FREE_TIER_ROWS {
        return;
    }
    for subset in 0u32..(1 << others.len()) {
        let sum: u64 = others.iter().enumerate().filter(|(i, _)| subset & (1 << i) != 0).map(|(_, n)| n).sum();
        if let Some(x) = free.monthly.checked_sub(sum) {
            edges.extend([x, x + 1]);
        }
    }
}
