//! Breakeven (`pricesim breakeven`): hold a scenario, vary one count over a range of integers,
//! and say which plan is cheapest where and where each pair of plans crosses.
//!
//! Exact, not sampled: each plan's cost is cut into pieces on which its exact (unrounded) cost is
//! affine, from the edges of its card's charges ([`pieces`]); on each stretch where two plans are
//! both affine the sign of their difference is settled by arithmetic, pricing only the few
//! points where rounding could tip it ([`cross`]); and every crossing is checked by pricing both
//! sides. Costs are compared in the scenario's display currency, as `quote` ranks them; plans that
//! cannot be converted are left out and named in `notes`. A plan that leaves usage out (an
//! unknown price, outcomes its vendor does not sell) is charted but marked `incomplete`, and is
//! left out of the envelope when any plan prices everything (as `quote` never calls it cheapest);
//! when none does, the envelope is over all of them and every stretch says `incomplete`.

mod cross;
mod curve;
mod pieces;

use std::cmp::Ordering;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::compare::{CompareError, compare, cost_parts};
use crate::money::{Currency, MoneyError, decimal_string};
use crate::rate::RateError;
use crate::scenario::Scenario;
use crate::usage::UsageKey;
use curve::{Evaluator, Piece, Subject};
use pieces::Along;

/// The most points one analysis prices; past it the range is too fine-grained to settle exactly
/// (two plans within rounding of each other over a long stretch) and the answer is an error.
pub const MAX_EVALUATIONS: usize = 200_000;

/// The answer of `pricesim breakeven`, in the contract's JSON shape plus the curves charts draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Breakeven {
    /// The count varied (`contacts.engaged`).
    pub axis: String,
    /// Its first value: every whole count from here through `to` is accounted for.
    pub from: u64,
    /// Its last value, inclusive.
    pub to: u64,
    /// The display currency every cost is in.
    pub currency: Currency,
    /// Which plan is cheapest on each stretch (ties stay with the plan already cheapest).
    pub envelope: Vec<Span>,
    /// For every pair of plans, each `at` where `from_here` becomes strictly cheaper than `below`.
    pub crossings: Vec<Crossing>,
    /// Each plan's cost, piece by piece.
    pub curves: Vec<Curve>,
    /// Plans left out, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub notes: Vec<String>,
}

impl Breakeven {
    /// The crossings where the cheapest plan changes, by their place in `crossings`: each at the
    /// start of a stretch of the envelope, its plan overtaking the one cheapest before it. The
    /// others (two dearer plans crossing) are what a reader looks at second.
    pub fn turns(&self) -> Vec<usize> {
        let turned = |c: &Crossing| {
            self.envelope.windows(2).any(|pair| match pair {
                [before, after] => after.from == c.at && after.plan == c.from_here && before.plan == c.below,
                _ => false,
            })
        };
        self.crossings.iter().enumerate().filter(|(_, c)| turned(c)).map(|(i, _)| i).collect()
    }
}

/// A stretch of the axis and the plan cheapest on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Span {
    /// First value.
    pub from: u64,
    /// Last value, inclusive.
    pub to: u64,
    /// `vendor/plan`.
    pub plan: String,
    /// True when the plan leaves usage out somewhere on the axis: cheapest only on paper.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub incomplete: bool,
}

/// Where one plan overtakes another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Crossing {
    /// The first value at which `from_here` is strictly cheaper (it was not one below).
    pub at: u64,
    /// The plan overtaken, as `vendor/plan`: not dearer than `from_here` one below `at`.
    pub below: String,
    /// The plan strictly cheaper from `at` on, as `vendor/plan`, until a later crossing of the two.
    pub from_here: String,
    /// `below`'s cost at `at`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost_below: Decimal,
    /// `from_here`'s cost at `at`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost_from_here: Decimal,
}

/// One plan's cost along the axis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Curve {
    /// `vendor/plan`.
    pub plan: String,
    /// True when its quote leaves usage out somewhere on the axis.
    pub incomplete: bool,
    /// Pieces in order; the cost is a straight line within each (up to rounding) and may jump
    /// between them.
    pub pieces: Vec<CurvePiece>,
}

/// A piece of a curve: its ends and the (rounded) cost there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CurvePiece {
    /// First value.
    pub from: u64,
    /// Last value, inclusive.
    pub to: u64,
    /// Cost at `from`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost_from: Decimal,
    /// Cost at `to`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost_to: Decimal,
}

/// Why a breakeven could not be worked out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BreakevenError {
    /// The scenario could not be priced.
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// A plan could not be rated.
    #[error(transparent)]
    Rate(#[from] RateError),
    /// An amount overflowed.
    #[error("amounts too large: {0}")]
    Money(#[from] MoneyError),
    /// `from` is above `to`.
    #[error("the range starts at {from}, above its end {to}")]
    Range {
        /// The first value asked for, above `to`.
        from: u64,
        /// The last value asked for, below `from`.
        to: u64,
    },
    /// No plan can be compared.
    #[error("no plan to compare: every plan named is left out (each plan's notes in the comparison say why)")]
    NoPlans,
    /// A plan's cost cannot be converted to the display currency.
    #[error("plan `{plan}` cannot be converted to the display currency")]
    NoRate {
        /// The plan, as `vendor/plan`: the rate cards' `fx.toml` has no rate from a currency it
        /// bills in.
        plan: String,
    },
    /// Settling the crossings exactly needs too many points.
    #[error(
        "settling the crossings exactly needs more than {limit} priced points: narrow the range or name fewer plans"
    )]
    TooManyPoints {
        /// The bound passed ([`MAX_EVALUATIONS`] unless asked otherwise), named in the message.
        limit: usize,
    },
    /// A crossing did not hold when both sides were priced (a bug: please report it).
    #[error("internal check failed: {0}")]
    Unverified(String),
}

/// The count named `name` as an axis: a usage name, and for an outcome one the cards know.
pub fn axis(name: &str, catalog: &Catalog) -> Result<UsageKey, String> {
    let key = UsageKey::parse(name)?;
    if let Some(outcome) = name.strip_prefix("outcomes.").and_then(|rest| rest.split_once('.')).map(|(_, n)| n) {
        let known = catalog.outcome_names();
        if !known.contains(outcome) {
            let hint = crate::diag::suggestion(outcome, known.iter().map(String::as_str));
            return Err(format!("`{name}`: unknown outcome `{outcome}`{hint}"));
        }
    }
    Ok(key)
}

/// The breakeven of `scenario` along `axis` from `from` to `to` (inclusive), over every plan
/// `quote` would price at `to` (or those in `only`).
pub fn breakeven(
    catalog: &Catalog,
    scenario: &Scenario,
    axis: &UsageKey,
    range: (u64, u64),
    only: &[String],
) -> Result<Breakeven, BreakevenError> {
    breakeven_within(catalog, scenario, axis, range, only, MAX_EVALUATIONS)
}

/// [`breakeven`], refused ([`BreakevenError::TooManyPoints`]) past `budget` priced points rather
/// than [`MAX_EVALUATIONS`]: for work done beside a quote (headroom) that must not hold it up.
pub fn breakeven_within(
    catalog: &Catalog,
    scenario: &Scenario,
    axis: &UsageKey,
    (from, to): (u64, u64),
    only: &[String],
    budget: usize,
) -> Result<Breakeven, BreakevenError> {
    if from > to {
        return Err(BreakevenError::Range { from, to });
    }
    let along = Along { key: axis, from, to };
    let mut top = scenario.clone();
    top.usage.set(axis.clone(), to);
    let comparison = compare(catalog, &top, only)?;
    let mut notes = comparison.notes.clone();
    let day = scenario.month.first_day();
    let mut subjects = Vec::new();
    for q in &comparison.quotes {
        if cost_parts(&mut q.clone(), catalog.fx(), &top)?.is_none() {
            notes.push(format!("{}: no exchange rate to {}; left out", q.plan, scenario.currency));
            continue;
        }
        let Some((vendor, id)) = q.plan.split_once('/') else { continue };
        let Some(card) = catalog.card(vendor) else { continue };
        let Ok(version) = card.version_at(day) else { continue };
        let Some(plan) = version.plans.iter().find(|p| p.id == id) else { continue };
        subjects.push(Subject { name: q.plan.clone(), card, version, plan });
    }
    subjects.sort_by(|a, b| a.name.cmp(&b.name));
    if subjects.is_empty() {
        return Err(BreakevenError::NoPlans);
    }
    let mut ev = Evaluator::new(catalog, scenario, subjects, budget);
    let count = ev.subjects.len();
    let pieces: Vec<Vec<Piece>> = (0..count).map(|i| ev.pieces(i, &along)).collect::<Result<_, _>>()?;
    let mut cuts: Vec<u64> = pieces.iter().flatten().map(|p| p.from).collect();
    cuts.sort_unstable();
    cuts.dedup();

    let mut crossings = Vec::new();
    for (p, pieces_p) in pieces.iter().enumerate() {
        for (q, pieces_q) in pieces.iter().enumerate().skip(p + 1) {
            let runs = cross::runs(&mut ev, (p, q), (pieces_p, pieces_q), &cuts, &along)?;
            for pair in runs.windows(2) {
                let [(_, before), (at, now)] = pair else { continue };
                let (below, above) = match (before, now) {
                    (b, Ordering::Less) if *b != Ordering::Less => (p, q),
                    (b, Ordering::Greater) if *b != Ordering::Greater => (q, p),
                    _ => continue,
                };
                crossings.push(verified(&mut ev, below, above, *at, &along)?);
            }
        }
    }
    crossings.sort_by(|a, b| (a.at, &a.below, &a.from_here).cmp(&(b.at, &b.below, &b.from_here)));
    let names: Vec<String> = ev.subjects.iter().map(|s| s.name.clone()).collect();
    let flagged: Vec<bool> = (0..count).map(|i| ev.flagged(i)).collect();
    if flagged.contains(&false) {
        for (name, _) in names.iter().zip(&flagged).filter(|(_, f)| **f) {
            notes
                .push(format!("{name} leaves usage out (its quote says which): charted, but not in the cheapest band"));
        }
    }
    let envelope = envelope(&mut ev, &crossings, &names, &flagged, &along)?;
    let curves = names
        .iter()
        .zip(&pieces)
        .zip(&flagged)
        .map(|((plan, pieces), incomplete)| Curve {
            plan: plan.clone(),
            incomplete: *incomplete,
            pieces: pieces
                .iter()
                .map(|p| CurvePiece { from: p.from, to: p.to, cost_from: p.cost_from, cost_to: p.cost_to })
                .collect(),
        })
        .collect();
    Ok(Breakeven { axis: axis.to_string(), from, to, currency: scenario.currency, envelope, crossings, curves, notes })
}

/// The crossing of `above` over `below` at `at`, checked by pricing both at `at − 1` and `at`.
fn verified(
    ev: &mut Evaluator<'_>,
    below: usize,
    above: usize,
    at: u64,
    along: &Along<'_>,
) -> Result<Crossing, BreakevenError> {
    let (b_now, a_now) = ev.costs((below, above), at, along)?;
    let (b_before, a_before) = ev.costs((below, above), at - 1, along)?;
    let name = |ev: &Evaluator<'_>, i: usize| ev.subjects.get(i).map(|s| s.name.clone()).unwrap_or_default();
    if !(a_now < b_now && a_before >= b_before) {
        return Err(BreakevenError::Unverified(format!(
            "{} over {} at {at}: {a_before} vs {b_before} before, {a_now} vs {b_now} at it",
            name(ev, above),
            name(ev, below)
        )));
    }
    Ok(Crossing { at, below: name(ev, below), from_here: name(ev, above), cost_below: b_now, cost_from_here: a_now })
}

/// The cheapest plan on each stretch: the cheapest at the start (ties by name), then at each
/// crossing over the plan in place, the cheapest of those that overtake it there. Only plans that
/// price all the usage everywhere compete, as for `quote`'s cheapest, unless none does.
fn envelope(
    ev: &mut Evaluator<'_>,
    crossings: &[Crossing],
    names: &[String],
    flagged: &[bool],
    along: &Along<'_>,
) -> Result<Vec<Span>, BreakevenError> {
    let complete: Vec<usize> = (0..names.len()).filter(|i| !flagged.get(*i).copied().unwrap_or(true)).collect();
    let competing = if complete.is_empty() { (0..names.len()).collect() } else { complete };
    let mut current = competing.first().copied().unwrap_or(0);
    for &i in &competing {
        let cost = ev.point(i, along.from, along)?.cost;
        if cost < ev.point(current, along.from, along)?.cost {
            current = i;
        }
    }
    let index = |name: &str| names.iter().position(|n| n == name).filter(|i| competing.contains(i));
    let mut spans = Vec::new();
    let mut start = along.from;
    for group in crossings.chunk_by(|a, b| a.at == b.at) {
        let Some(at) = group.first().map(|c| c.at) else { continue };
        let overtaking: Vec<usize> =
            group.iter().filter(|c| index(&c.below) == Some(current)).filter_map(|c| index(&c.from_here)).collect();
        let mut best: Option<(Decimal, usize)> = None;
        for i in overtaking {
            let cost = ev.point(i, at, along)?.cost;
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, i));
            }
        }
        if let Some((_, next)) = best {
            spans.push(span(start, at - 1, current, names, flagged));
            current = next;
            start = at;
        }
    }
    spans.push(span(start, along.to, current, names, flagged));
    Ok(spans)
}

fn span(from: u64, to: u64, i: usize, names: &[String], flagged: &[bool]) -> Span {
    Span {
        from,
        to,
        plan: names.get(i).cloned().unwrap_or_default(),
        incomplete: flagged.get(i).copied().unwrap_or(false),
    }
}
