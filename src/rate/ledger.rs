//! What accounts for each quantity of work as a plan is rated: the covered and the uncovered, and
//! the work a charge has taken on. Apart from the settling of the rest ([`super::coverage`]), so
//! that the books rating writes into ([`super::book`]) can keep one without depending on it.

use std::collections::BTreeSet;

use crate::quote::{Covered, How, Payee, Uncovered, Why};
use crate::usage::UsageKey;

/// What accounts for each quantity of work, as rating goes.
#[derive(Debug, Default)]
pub(crate) struct Ledger {
    covered: Vec<Covered>,
    uncovered: Vec<Uncovered>,
    /// Work a charge or a statement has taken on (all of its quantity is in the two lists).
    handled: BTreeSet<UsageKey>,
}

impl Ledger {
    /// Marks `key` as taken on by a charge: `Rater::settle_work` leaves it alone.
    pub(super) fn handle(&mut self, key: &UsageKey) {
        self.handled.insert(key.clone());
    }

    /// `n` units of `key` are on `payee`'s lines.
    pub(super) fn cover(&mut self, key: &UsageKey, n: u64, payee: Payee, how: How) {
        if n > 0 {
            self.covered.push(Covered { usage: key.clone(), quantity: n, payee, how });
        }
    }

    /// `n` units of `key` are not on any line.
    pub(super) fn uncover(&mut self, key: &UsageKey, n: u64, why: Why) {
        if n > 0 {
            self.uncovered.push(Uncovered { usage: key.clone(), quantity: n, why });
        }
    }

    /// True when a charge has taken `key` on.
    pub(super) fn handled(&self, key: &UsageKey) -> bool {
        self.handled.contains(key)
    }

    /// The work on no line so far, for the warnings that say what to enter to rank the plan.
    pub(super) fn uncovered(&self) -> &[Uncovered] {
        &self.uncovered
    }

    /// The covered and the uncovered work, as the quote's `coverage` and `uncovered`.
    pub(crate) fn into_parts(self) -> (Vec<Covered>, Vec<Uncovered>) {
        (self.covered, self.uncovered)
    }
}
