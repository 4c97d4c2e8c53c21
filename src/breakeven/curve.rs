//! One plan's cost along the axis, in the display currency: priced at the ends of its pieces,
//! each piece checked to be affine (and cut in two where it is not), with a bound on how far the
//! rounded cost can stray from the exact line through it.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::BreakevenError;
use super::pieces::{self, Along};
use crate::catalog::Catalog;
use crate::compare::{Rates, sums_cost};
use crate::rate::{Priced, RateError, Sums, cost, terms_given};
use crate::ratecard::{Plan, RateCard, Version};
use crate::scenario::Scenario;
use crate::subscription;

/// A plan being charted, with its card and the version in force it is priced from.
pub(super) struct Subject<'a> {
    /// `vendor/plan`.
    pub(super) name: String,
    pub(super) card: &'a RateCard,
    pub(super) version: &'a Version,
    pub(super) plan: &'a Plan,
}

/// A plan priced at one `x`.
#[derive(Debug, Clone)]
pub(super) struct Point {
    /// What the scenario costs on the plan in the display currency, as a quote gives it
    /// (rounded), all payees together.
    pub(super) cost: Decimal,
    /// The same before any rounding: the sum of quantity × unit price, converted.
    exact: Decimal,
    /// The quote is incomplete or leaves work uncovered: the plan is marked `incomplete`, and kept
    /// out of the envelope when another plan prices everything.
    pub(super) flagged: bool,
    /// Each line's quantity, unit price, rate to the display currency (1 when none is needed)
    /// and its currency's minor units.
    lines: Vec<(Decimal, Decimal, Decimal, u32)>,
    /// How many sums were converted (and rounded again): one per payee and currency.
    conversions: u32,
}

/// A piece of a plan's cost: exact cost affine in `x` from `from` to `to`.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) from: u64,
    pub(super) to: u64,
    /// Exact cost at `from`.
    exact_from: Decimal,
    /// Exact cost per unit of `x`.
    slope: Decimal,
    /// The rounded cost is within this of the exact one on the whole piece (0 when every line
    /// is a whole number of minor units and nothing is converted).
    pub(super) jitter: Decimal,
    pub(super) cost_from: Decimal,
    pub(super) cost_to: Decimal,
}

impl Piece {
    /// The exact cost at `x`, in the piece.
    pub(super) fn exact_at(&self, x: u64) -> Decimal {
        self.exact_from + self.slope * Decimal::from(x - self.from)
    }

    /// `self` and `next` (which starts right after it) as one piece, when they lie on one line
    /// with the same jitter: cutting at an edge where nothing changes (a flag at `x = 1`, a
    /// range whose price is the same) would draw a jump that is not there.
    fn joined(&self, next: &Piece) -> Option<Piece> {
        let single = |p: &Piece| p.from == p.to;
        let slope = match (single(self), single(next)) {
            (true, true) => next.exact_from - self.exact_from,
            (true, false) => next.slope,
            (false, _) => self.slope,
        };
        let on_line = self.exact_from + slope * Decimal::from(next.from - self.from) == next.exact_from;
        let same = single(next) || single(self) || self.slope == next.slope;
        (on_line && same && self.jitter == next.jitter).then(|| Piece {
            to: next.to,
            slope,
            cost_to: next.cost_to,
            ..self.clone()
        })
    }

    /// The exact cost's slope.
    pub(super) fn slope(&self) -> Decimal {
        self.slope
    }
}

/// Prices subjects at points, once each.
pub(super) struct Evaluator<'a> {
    catalog: &'a Catalog,
    base: &'a Scenario,
    pub(super) subjects: Vec<Subject<'a>>,
    cache: HashMap<(usize, u64), Point>,
    /// `base` with the axis at the point being priced.
    work: Scenario,
    /// The book each point is rated into, made for `work`'s names on first use.
    sums: Option<Sums>,
    rates: Rates<'a>,
    /// Whether each subject's contract terms were found in the scenario ([`terms_given`]).
    terms_checked: Vec<bool>,
    /// Points priced so far, against `budget`.
    evaluations: usize,
    /// The most points this analysis prices ([`super::MAX_EVALUATIONS`] unless asked otherwise).
    budget: usize,
}

impl<'a> Evaluator<'a> {
    pub(super) fn new(
        catalog: &'a Catalog,
        base: &'a Scenario,
        subjects: Vec<Subject<'a>>,
        budget: usize,
    ) -> Evaluator<'a> {
        let (work, rates) = (base.clone(), Rates::new(catalog.fx(), base));
        let terms_checked = vec![false; subjects.len()];
        Evaluator {
            catalog,
            base,
            subjects,
            cache: HashMap::new(),
            work,
            sums: None,
            rates,
            terms_checked,
            evaluations: 0,
            budget,
        }
    }

    /// Subject `i` priced with the axis at `x`.
    pub(super) fn point(&mut self, i: usize, x: u64, along: &Along<'_>) -> Result<&Point, BreakevenError> {
        if !self.cache.contains_key(&(i, x)) {
            self.evaluations += 1;
            if self.evaluations > self.budget {
                return Err(BreakevenError::TooManyPoints { limit: self.budget });
            }
            let point = self.price(i, x, along)?;
            self.cache.insert((i, x), point);
        }
        self.cache.get(&(i, x)).ok_or(BreakevenError::TooManyPoints { limit: self.budget })
    }

    /// The rounded display costs of subjects `a` and `b` at `x`.
    pub(super) fn costs(
        &mut self,
        (a, b): (usize, usize),
        x: u64,
        along: &Along<'_>,
    ) -> Result<(Decimal, Decimal), BreakevenError> {
        let ca = self.point(a, x, along)?.cost;
        Ok((ca, self.point(b, x, along)?.cost))
    }

    /// Subject `i` priced with the axis at `x` by the cost-only rating (the same rules as a
    /// quote, without its text: a chart prices each plan at a hundred points or more), keeping
    /// each line's figures for the exact cost.
    fn price(&mut self, i: usize, x: u64, along: &Along<'_>) -> Result<Point, BreakevenError> {
        let s = self.subjects.get(i).ok_or(BreakevenError::NoPlans)?;
        let scenario = &mut self.work;
        if !scenario.usage.update(along.key, x) {
            scenario.usage.set(along.key.clone(), x);
        }
        if !self.terms_checked.get(i).copied().unwrap_or(false) {
            terms_given(s.card, s.plan, scenario)?;
            if let Some(checked) = self.terms_checked.get_mut(i) {
                *checked = true;
            }
        }
        let sums = self.sums.get_or_insert_with(|| Sums::with_lines(scenario));
        let cycle = match subscription::fresh(&s.card.vendor, s.plan, scenario, false) {
            Some(Ok(c)) => Some(c),
            _ => None,
        };
        let what = Priced { card: s.card, version: s.version, plan: s.plan, cycle: cycle.as_ref() };
        let money = |source| RateError::Money { plan: s.name.clone(), source };
        cost(self.catalog, what, scenario, sums).map_err(money)?;
        let no_rate = || BreakevenError::NoRate { plan: s.name.clone() };
        let total = sums_cost(sums, &mut self.rates).map_err(money)?.ok_or_else(no_rate)?;
        let conversions = sums.parts().filter(|(_, currency, _)| self.rates.converts(*currency)).count();
        let mut lines = Vec::with_capacity(sums.lines().len());
        for (quantity, unit_price, currency) in sums.lines() {
            let rate = self.rates.rate(*currency).ok_or_else(no_rate)?;
            lines.push((*quantity, *unit_price, rate, currency.minor_units()));
        }
        let exact = lines.iter().map(|(q, p, r, _)| q * p * r).sum::<Decimal>();
        let conversions = u32::try_from(conversions).unwrap_or(u32::MAX);
        Ok(Point { cost: total, exact, flagged: !sums.prices_everything(), lines, conversions })
    }

    /// Subject `i`'s pieces over the axis: from its card's edges, each checked at its middle and
    /// cut there when the exact cost is not on the line through its ends.
    pub(super) fn pieces(&mut self, i: usize, along: &Along<'_>) -> Result<Vec<Piece>, BreakevenError> {
        let s = self.subjects.get(i).ok_or(BreakevenError::NoPlans)?;
        let starts: Vec<u64> =
            pieces::starts(self.catalog, (&s.card.vendor, s.version, s.plan), self.base, along).into_iter().collect();
        let minor = self.base.currency.minor_units();
        let mut todo: Vec<(u64, u64)> = starts
            .iter()
            .enumerate()
            .map(|(k, &from)| (from, starts.get(k + 1).map_or(along.to, |next| next - 1)))
            .rev()
            .collect();
        let mut out = Vec::new();
        while let Some((l, r)) = todo.pop() {
            let (pl, pr) = (self.point(i, l, along)?.clone(), self.point(i, r, along)?.clone());
            if r - l >= 2 {
                let m = l + (r - l) / 2;
                let pm = self.point(i, m, along)?.clone();
                let on_line =
                    (pm.exact - pl.exact) * Decimal::from(r - l) == (pr.exact - pl.exact) * Decimal::from(m - l);
                if !on_line || pm.lines.len() != pl.lines.len() || pr.lines.len() != pl.lines.len() {
                    todo.push((m + 1, r));
                    todo.push((l, m));
                    continue;
                }
            }
            let slope = if r > l { (pr.exact - pl.exact) / Decimal::from(r - l) } else { Decimal::ZERO };
            let jitter = jitter(&pl, &pr, r - l, minor);
            let piece =
                Piece { from: l, to: r, exact_from: pl.exact, slope, jitter, cost_from: pl.cost, cost_to: pr.cost };
            match out.last().and_then(|last: &Piece| last.joined(&piece)) {
                Some(joined) => {
                    out.pop();
                    out.push(joined);
                }
                None => out.push(piece),
            }
        }
        Ok(out)
    }

    /// True when subject `i` leaves usage out anywhere it was priced.
    pub(super) fn flagged(&self, i: usize) -> bool {
        self.cache.iter().any(|((j, _), p)| *j == i && p.flagged)
    }
}

/// How far a piece's rounded cost can be from its exact cost: half a minor unit per line whose
/// amount is not always a whole number of minor units, converted, plus half a display minor unit
/// for each converted sum's own rounding; 0 when every line's amount is whole at both ends and at
/// every step between, and nothing is converted.
fn jitter(from: &Point, to: &Point, steps: u64, display_minor: u32) -> Decimal {
    let half = |minor: u32| Decimal::new(5, minor + 1);
    let lines: Decimal = from
        .lines
        .iter()
        .zip(&to.lines)
        .filter(|((q0, p, _, minor), (q1, ..))| {
            let whole = |d: Decimal| d.normalize().scale() <= *minor;
            let step = if steps > 0 { (q1 - q0) / Decimal::from(steps) } else { Decimal::ZERO };
            !(whole(q0 * p) && whole(step * p))
        })
        .map(|((_, _, rate, minor), _)| half(*minor) * rate)
        .sum();
    lines + half(display_minor) * Decimal::from(from.conversions)
}
