//! Where rating writes what it finds: every line, warning, meter and quantity of work for a quote
//! people read ([`Full`]), or only the amounts and whether anything was left out ([`Sums`]), for
//! pricing thousands of sampled scenarios (docs/UNCERTAINTY.md).
//!
//! The rules are written once, in [`super::Rater`]; a book only decides what to keep. Text is
//! handed over as closures, so a [`Sums`] never formats a line's description or a warning, and
//! after its first use it allocates nothing: its slots and flags are cleared, not freed.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;

use super::ledger::Ledger;
use crate::money::{Currency, MoneyError, Rounding, checked_add};
use crate::quote::{How, Item, Line, MeterUse, Payee, Warning, WarningKind, Why, line_amount};
use crate::ratecard::Provenance;
use crate::scenario::Scenario;
use crate::usage::UsageKey;

/// One invoice line's figures, before its text.
pub(crate) struct Figures<'c> {
    /// The line's code (`overage`).
    pub(crate) code: &'c str,
    /// Who it is paid to.
    pub(crate) payee: Payee,
    /// The currency of its amounts: the plan's, Meta's for Meta's lines, the scenario's for
    /// in-house ones.
    pub(crate) currency: Currency,
    /// How many units.
    pub(crate) quantity: Decimal,
    /// The price of one unit, unrounded: only the line's amount is rounded.
    pub(crate) unit_price: Decimal,
    /// How its amount rounds.
    pub(crate) rounding: Rounding,
}

/// What rating writes into.
pub(crate) trait Book {
    /// True when the book keeps what people read: the rater then works out meters' breakdowns.
    const DETAIL: bool;

    /// A priced line: its amount is `quantity × unit_price` rounded once ([`line_amount`]).
    fn line(
        &mut self,
        figures: Figures<'_>,
        description: impl FnOnce() -> String,
        source: impl FnOnce() -> Provenance,
        item: impl FnOnce() -> Item,
    ) -> Result<(), MoneyError>;

    /// A line priced elsewhere (a scenario's WhatsApp rows), paid to `payee`.
    fn priced_line(&mut self, line: Line, payee: Payee) -> Result<(), MoneyError>;

    /// A warning for the quote's reader.
    fn warn(&mut self, kind: WarningKind, message: impl FnOnce() -> String);

    /// What a quota counted.
    fn meter(&mut self, meter: impl FnOnce() -> MeterUse);

    /// A needed price is not known: the quote is marked incomplete and does not rank.
    fn incomplete(&mut self);

    /// `key` is taken on by a charge: settling the rest of the work leaves it alone. `at` is
    /// where it is among the scenario's counts (`Usage::iter`'s order), when the caller walks
    /// them: a sampled scenario's book then finds it without a search.
    fn handle(&mut self, key: &UsageKey, at: Option<usize>);

    /// True when a charge has taken `key` on (`at` as for [`Book::handle`]).
    fn handled(&self, key: &UsageKey, at: Option<usize>) -> bool;

    /// `n` units of `key` are on `payee`'s lines.
    fn cover(&mut self, key: &UsageKey, n: u64, payee: Payee, how: How);

    /// `n` units of `key` are on no line.
    fn uncover(&mut self, key: &UsageKey, n: u64, why: Why);

    /// `n` units of `key` on `payee`'s lines, or uncovered for want of a price (`None`).
    fn account(&mut self, key: &UsageKey, n: u64, on: Option<(Payee, How)>) {
        match on {
            Some((payee, how)) => self.cover(key, n, payee, how),
            None => self.uncover(key, n, Why::UnknownPrice),
        }
    }
}

/// Everything a quote shows.
#[derive(Default)]
pub(crate) struct Full {
    pub(crate) lines: Vec<Line>,
    pub(crate) warnings: Vec<Warning>,
    pub(crate) meters: Vec<MeterUse>,
    pub(crate) incomplete: bool,
    /// What accounts for each quantity of work so far.
    pub(crate) ledger: Ledger,
}

impl Book for Full {
    const DETAIL: bool = true;

    fn line(
        &mut self,
        f: Figures<'_>,
        description: impl FnOnce() -> String,
        source: impl FnOnce() -> Provenance,
        item: impl FnOnce() -> Item,
    ) -> Result<(), MoneyError> {
        let line = Line::priced(f.code, description(), f.quantity, f.unit_price, source(), f.rounding, f.currency)?;
        self.lines.push(line.paid_to(f.payee).charging(item()));
        Ok(())
    }

    fn priced_line(&mut self, line: Line, payee: Payee) -> Result<(), MoneyError> {
        self.lines.push(line.paid_to(payee));
        Ok(())
    }

    fn warn(&mut self, kind: WarningKind, message: impl FnOnce() -> String) {
        self.warnings.push(Warning { kind, message: message() });
    }

    fn meter(&mut self, meter: impl FnOnce() -> MeterUse) {
        self.meters.push(meter());
    }

    fn incomplete(&mut self) {
        self.incomplete = true;
    }

    fn handle(&mut self, key: &UsageKey, _at: Option<usize>) {
        self.ledger.handle(key);
    }

    fn handled(&self, key: &UsageKey, _at: Option<usize>) -> bool {
        self.ledger.handled(key)
    }

    fn cover(&mut self, key: &UsageKey, n: u64, payee: Payee, how: How) {
        self.ledger.cover(key, n, payee, how);
    }

    fn uncover(&mut self, key: &UsageKey, n: u64, why: Why) {
        self.ledger.uncover(key, n, why);
    }
}

/// Only what a cost needs: each payee's amounts by currency, and whether the quote would leave
/// anything out. Made once for a scenario's counts and [`Sums::clear`]ed between uses.
#[derive(Debug, Clone)]
pub struct Sums {
    /// The scenario's usage names, in order: `handled` is indexed by them.
    keys: Vec<UsageKey>,
    handled: Vec<bool>,
    /// Each payee's sum in one currency.
    slots: Vec<(Payee, Currency, Decimal)>,
    incomplete: bool,
    uncovered: bool,
    /// Each line's quantity, unit price and currency, in the order a quote lists them, when
    /// asked for ([`Sums::with_lines`]): breakeven works out exact costs from them.
    lines: Option<Vec<(Decimal, Decimal, Currency)>>,
}

impl Sums {
    /// A book for scenarios with the usage names of `scenario` (any counts).
    pub fn new(scenario: &Scenario) -> Sums {
        let keys: Vec<UsageKey> = scenario.usage.iter().map(|(k, _)| k.clone()).collect();
        Sums {
            handled: vec![false; keys.len()],
            keys,
            slots: Vec::with_capacity(4),
            incomplete: false,
            uncovered: false,
            lines: None,
        }
    }

    /// [`Sums::new`], also keeping each line's figures ([`Sums::lines`]).
    pub fn with_lines(scenario: &Scenario) -> Sums {
        Sums { lines: Some(Vec::new()), ..Sums::new(scenario) }
    }

    /// Each line's quantity, unit price and currency, as the quote would list them; empty unless
    /// made [`Sums::with_lines`].
    pub fn lines(&self) -> &[(Decimal, Decimal, Currency)] {
        self.lines.as_deref().unwrap_or_default()
    }

    /// Empties the book for the next plan or sample, keeping its room.
    pub fn clear(&mut self) {
        self.handled.iter_mut().for_each(|h| *h = false);
        self.slots.clear();
        self.incomplete = false;
        self.uncovered = false;
        if let Some(lines) = &mut self.lines {
            lines.clear();
        }
    }

    /// True when every quantity of work is on a line at a known price: only then is there a cost.
    pub fn prices_everything(&self) -> bool {
        !self.incomplete && !self.uncovered
    }

    /// Each payee's sum in each of its currencies.
    pub fn parts(&self) -> impl Iterator<Item = (Payee, Currency, Decimal)> + '_ {
        self.slots.iter().copied()
    }

    fn add(&mut self, payee: Payee, currency: Currency, amount: Decimal) -> Result<(), MoneyError> {
        match self.slots.iter_mut().find(|(p, c, _)| *p == payee && *c == currency) {
            Some((_, _, sum)) => *sum = checked_add(*sum, amount).map_err(|e| e.of("the sum of the lines"))?,
            None => self.slots.push((payee, currency, amount)),
        }
        Ok(())
    }

    /// Where `key` is among the scenario's names: `at` when the caller knows it (the book is
    /// made for the scenario's names, so it is the same place), else found as
    /// [`crate::usage::Usage`] finds a count.
    fn index(&self, key: &UsageKey, at: Option<usize>) -> Option<usize> {
        if let Some(at) = at {
            debug_assert_eq!(self.keys.get(at), Some(key), "a book made for other names");
            return Some(at);
        }
        if self.keys.len() <= crate::usage::WALKED {
            self.keys.iter().position(|k| k == key)
        } else {
            self.keys.binary_search(key).ok()
        }
    }
}

impl Book for &mut Sums {
    const DETAIL: bool = false;

    fn line(
        &mut self,
        f: Figures<'_>,
        description: impl FnOnce() -> String,
        _source: impl FnOnce() -> Provenance,
        _item: impl FnOnce() -> Item,
    ) -> Result<(), MoneyError> {
        let amount =
            line_amount(f.quantity, f.unit_price, f.rounding, f.currency).map_err(|e| e.within(&description()))?;
        if let Some(lines) = &mut self.lines {
            lines.push((f.quantity, f.unit_price, f.currency));
        }
        self.add(f.payee, f.currency, amount)
    }

    fn priced_line(&mut self, line: Line, payee: Payee) -> Result<(), MoneyError> {
        if let Some(lines) = &mut self.lines {
            lines.push((line.quantity, line.unit_price, line.currency));
        }
        self.add(payee, line.currency, line.amount)
    }

    fn warn(&mut self, _kind: WarningKind, _message: impl FnOnce() -> String) {}

    fn meter(&mut self, _meter: impl FnOnce() -> MeterUse) {}

    fn incomplete(&mut self) {
        self.incomplete = true;
    }

    fn handle(&mut self, key: &UsageKey, at: Option<usize>) {
        if let Some(slot) = self.index(key, at).and_then(|i| self.handled.get_mut(i)) {
            *slot = true;
        }
    }

    fn handled(&self, key: &UsageKey, at: Option<usize>) -> bool {
        self.index(key, at).and_then(|i| self.handled.get(i)).copied().unwrap_or(false)
    }

    fn cover(&mut self, _key: &UsageKey, _n: u64, _payee: Payee, _how: How) {}

    fn uncover(&mut self, _key: &UsageKey, n: u64, _why: Why) {
        self.uncovered |= n > 0;
    }
}
