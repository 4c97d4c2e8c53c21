//! Where two plans cross: the sign of `cost(q) − cost(p)` along the axis, found piece by piece.
//!
//! On a stretch where both plans' exact costs are affine, the difference of the exact costs is
//! one line `a + b·t`; the rounded costs stray from it by at most the two pieces' jitter `E`. So
//! where the line is below `−E` plan `q` is surely cheaper, above `E` surely dearer, and only the
//! integers in between (none, or a few, when both plans bill whole cents and nothing is
//! converted) are priced one by one.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::BreakevenError;
use super::curve::{Evaluator, Piece};
use super::pieces::Along;

/// From which `x` on the difference has which sign, for the whole axis; `Less` = `q` cheaper.
pub(super) type Runs = Vec<(u64, Ordering)>;

/// The runs of `cost(q) − cost(p)` over `cuts` (the first `x` of every stretch on which both
/// plans are affine, the axis's start first).
pub(super) fn runs(
    ev: &mut Evaluator<'_>,
    (p, q): (usize, usize),
    pieces: (&[Piece], &[Piece]),
    cuts: &[u64],
    along: &Along<'_>,
) -> Result<Runs, BreakevenError> {
    let mut out: Runs = Vec::new();
    let mut push = |x: u64, sign: Ordering| {
        if out.last().is_none_or(|(_, s)| *s != sign) {
            out.push((x, sign));
        }
    };
    for (k, &l) in cuts.iter().enumerate() {
        let r = cuts.get(k + 1).map_or(along.to, |next| next - 1);
        let (Some(pp), Some(pq)) = (holding(pieces.0, l), holding(pieces.1, l)) else { continue };
        let a = pq.exact_at(l) - pp.exact_at(l);
        let b = pq.slope() - pp.slope();
        let e = pp.jitter + pq.jitter;
        let n = r - l;
        if b.is_zero() {
            if a.abs() > e || e.is_zero() {
                push(l, a.cmp(&Decimal::ZERO));
            } else {
                for x in l..=r {
                    push(x, difference(ev, p, q, x, along)?);
                }
            }
            continue;
        }
        // The stretch of t = x − l where the rounded difference may differ in sign from the line.
        let (first, low, high) = if b > Decimal::ZERO {
            (Ordering::Less, (-e - a) / b, (e - a) / b)
        } else {
            (Ordering::Greater, (e - a) / b, (-e - a) / b)
        };
        let bound = |d: Decimal| d.max(Decimal::NEGATIVE_ONE).min(Decimal::from(n + 1)).to_i64().unwrap_or(-1);
        let start = bound(low.ceil());
        let end = bound(high.floor());
        if start > 0 {
            push(l, first);
        }
        let (from, to) = (start.max(0), end.min(n as i64));
        for t in from..=to {
            let x = l + t as u64;
            push(x, difference(ev, p, q, x, along)?);
        }
        if end < n as i64 {
            push(l + (end + 1).max(0) as u64, first.reverse());
        }
    }
    Ok(out)
}

/// The piece of `pieces` (in order, covering the axis) holding `x`.
pub(super) fn holding(pieces: &[Piece], x: u64) -> Option<&Piece> {
    let k = pieces.partition_point(|piece| piece.to < x);
    pieces.get(k).filter(|piece| piece.from <= x)
}

/// The sign of `cost(q) − cost(p)` at `x`, priced.
fn difference(
    ev: &mut Evaluator<'_>,
    p: usize,
    q: usize,
    x: u64,
    along: &Along<'_>,
) -> Result<Ordering, BreakevenError> {
    let (cp, cq) = ev.costs((p, q), x, along)?;
    Ok(cq.cmp(&cp))
}
