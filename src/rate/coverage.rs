//! Every quantity of work accounted for once (CONTRACT.md, "Coverage"): on the vendor's lines, on
//! Meta's (WhatsApp the vendor does not pass through, paid to Meta directly), on in-house lines
//! at the user's own cost, or as uncovered, named in a warning.
//!
//! The charges account for the work they price as they rate it ([`super::ledger::Ledger`]); what is left is
//! settled here by the plan's `work` statements: `free` is the vendor's at no charge,
//! `not_offered` goes to Meta or in-house, `unknown` is uncovered (the quote is incomplete).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::Rater;
use super::book::{Book, Figures, Full};
use crate::money::{Currency, MoneyError, Rounding};
use crate::quote::{How, Item, Payee, Warning, WarningKind, Why};
use crate::ratecard::{Handling, Provenance, Status, Work};
use crate::scenario::TermValue;
use crate::usage::{Usage, UsageKey, describe, in_house_label};
use crate::whatsapp;
use crate::whatsapp::scenario::Pricing;
use crate::written::count;

/// WhatsApp fees to price: whose rates, on whose lines, in which currency.
pub(super) struct Fees<'f> {
    /// The vendor whose card holds the rates (`meta`).
    pub(super) from: &'f str,
    /// The lines' wording.
    pub(super) description: &'f str,
    /// The vendor's markup over those rates, in percent.
    pub(super) markup_percent: Decimal,
    /// Whose lines they are.
    pub(super) payee: Payee,
    /// Their currency.
    pub(super) currency: Currency,
    /// How they round.
    pub(super) rounding: Rounding,
}

impl<B: Book> Rater<'_, B> {
    /// Settles the work no charge took on, by the plan's statements.
    pub(super) fn settle_work(&mut self) -> Result<(), MoneyError> {
        let scenario = self.scenario;
        let mut to_meta = Usage::default();
        let mut unpublished: BTreeMap<Work, Vec<(UsageKey, u64)>> = BTreeMap::new();
        for (at, (key, n)) in scenario.usage.iter().enumerate() {
            let Some(work) = Work::of(key) else { continue };
            if n == 0 || self.out.handled(key, Some(at)) {
                continue;
            }
            self.out.handle(key, Some(at));
            match self.plan.work.get(&work).map(|s| s.handling) {
                Some(Handling::Free) => self.out.cover(key, n, Payee::Vendor, How::Free),
                Some(Handling::NotOffered) if work == Work::Whatsapp => to_meta.set(key.clone(), n),
                Some(Handling::NotOffered) => {
                    self.in_house(key, n, Why::NotOffered)?;
                }
                // `None`: a charge of the kind that does not price this usage (the loader makes
                // every plan say what it does with each kind, so only an odd card gets here).
                Some(Handling::Unknown) | None => {
                    self.out.uncover(key, n, Why::UnknownPrice);
                    self.out.incomplete();
                    if B::DETAIL {
                        unpublished.entry(work).or_default().push((key.clone(), n));
                    }
                }
            }
        }
        for (work, items) in unpublished {
            let (plan, card) = (self.plan, self.card);
            self.unknown(|| {
                let note =
                    plan.work.get(&work).and_then(|s| s.note.as_deref()).map_or(String::new(), |n| format!(" ({n})"));
                format!(
                    "{} does not publish what {} cost on this plan{note}: {} not priced",
                    card.name,
                    work.label(),
                    list(&items)
                )
            });
        }
        if to_meta.iter().next().is_some() {
            self.paid_to_meta(&to_meta)?;
        }
        Ok(())
    }

    /// WhatsApp traffic the vendor does not pass through, paid to Meta directly at the rates of
    /// the card with WhatsApp tables, as Meta's own plan would bill it.
    fn paid_to_meta(&mut self, usage: &Usage) -> Result<(), MoneyError> {
        let Some(card) = self.catalog.whatsapp_card() else {
            for (key, n) in usage.iter() {
                self.out.uncover(key, n, Why::UnknownPrice);
            }
            let name = &self.card.name;
            self.unknown(|| {
                format!("{name} does not pass WhatsApp fees on, and no rate card prices them to pay Meta directly")
            });
            return Ok(());
        };
        let currency = match &card.whatsapp {
            Some(tables) if tables.prices_in(self.scenario.currency) => self.scenario.currency,
            _ => card.currency,
        };
        let fees = Fees {
            from: &card.vendor,
            description: "WhatsApp (paid to Meta directly)",
            markup_percent: Decimal::ZERO,
            payee: Payee::Meta,
            currency,
            rounding: card.rounding,
        };
        self.whatsapp_fees(usage, &fees)
    }

    /// The WhatsApp rows of `usage` priced at the rates of `fees.from`'s card, under the rules of
    /// its version in force, on `fees.payee`'s lines. Without such a card the traffic is
    /// uncovered and the quote incomplete.
    pub(super) fn whatsapp_fees(&mut self, usage: &Usage, fees: &Fees<'_>) -> Result<(), MoneyError> {
        let rows = || usage.iter().filter(|(k, n)| *n > 0 && k.as_whatsapp().is_some());
        if rows().next().is_none() {
            return Ok(());
        }
        for (key, _) in rows() {
            self.out.handle(key, None);
        }
        let day = self.scenario.month.first_day();
        let from = fees.from;
        let source = self.catalog.card(from).and_then(|c| {
            let version = c.version_at(day).ok()?;
            Some((c.whatsapp.as_ref()?, version, version.whatsapp.as_ref()?))
        });
        let Some((tables, version, rules)) = source else {
            let units = rows().fold(0u64, |sum, (_, n)| sum.saturating_add(n));
            for (key, n) in rows() {
                self.out.uncover(key, n, Why::UnknownPrice);
            }
            let month = self.scenario.month;
            self.unknown(|| {
                format!(
                    "{}: {} WhatsApp units are billed at `{from}`'s rates, and no rate card of `{from}` prices them for {month}",
                    fees.description,
                    count(units)
                )
            });
            return Ok(());
        };
        let numbers =
            rules.free_per_number.as_ref().map_or(1, |per| match self.scenario.term(from, &per.numbers_term) {
                Some(TermValue::Count(n)) => *n,
                _ => 1,
            });
        let pricing = Pricing {
            tables,
            rules,
            version_from: version.effective_from,
            day,
            numbers,
            currency: fees.currency,
            rounding: fees.rounding,
            markup_percent: fees.markup_percent,
            description: fees.description,
            code: if fees.payee == Payee::Vendor { "passthrough" } else { "whatsapp" },
        };
        let priced = whatsapp::scenario::price(&pricing, usage)?;
        for line in priced.lines {
            self.out.priced_line(line, fees.payee)?;
        }
        for w in priced.warnings {
            self.out.warn(w.kind, || w.message);
        }
        if let Some(meter) = priced.meter {
            self.out.meter(|| meter);
        }
        if priced.incomplete {
            self.out.incomplete();
        }
        for (key, n, how) in priced.accounts {
            self.out.account(&key, n, how.map(|h| (fees.payee, h)));
        }
        Ok(())
    }

    /// `n` units of `key` on an in-house line at the scenario's own cost, if it gives one (and
    /// says so); else uncovered for `why`.
    pub(super) fn in_house(&mut self, key: &UsageKey, n: u64, why: Why) -> Result<bool, MoneyError> {
        let Some((cost, given)) = self.scenario.in_house.cost(key) else {
            self.out.uncover(key, n, why);
            return Ok(false);
        };
        let source = || Provenance {
            status: Status::Estimate,
            url: None,
            date: None,
            note: Some(format!("your own cost: [in_house] `{given}` in the scenario").into()),
        };
        let figures = Figures {
            code: "in_house",
            payee: Payee::InHouse,
            currency: self.scenario.currency,
            quantity: Decimal::from(n),
            unit_price: cost,
            rounding: Rounding::default(),
        };
        self.out.line(figures, || in_house_label(key), source, || Item::InHouse { usage: key.clone() })?;
        self.out.cover(key, n, Payee::InHouse, How::Priced);
        Ok(true)
    }
}

impl Rater<'_, Full> {
    /// One warning per kind of work the vendor does not offer and the scenario gives no in-house
    /// cost for, saying what to enter to rank the plan. (Unknown prices and stopped quotas are
    /// named where they arise.)
    pub(super) fn uncovered_warnings(&mut self) {
        let mut by_work: BTreeMap<Work, Vec<(UsageKey, u64)>> = BTreeMap::new();
        for u in self.out.ledger.uncovered().iter().filter(|u| u.why == Why::NotOffered) {
            if let Some(work) = Work::of(&u.usage) {
                by_work.entry(work).or_default().push((u.usage.clone(), u.quantity));
            }
        }
        for (work, items) in by_work {
            let hint = match work {
                Work::AgentOutcomes => "`outcomes.agent.*`, or one outcome's name",
                Work::BotOutcomes => "`outcomes.bot.*`, or one outcome's name",
                Work::Whatsapp => "",
                Work::Email => "`email.sent`",
                Work::Seats => "`agents.livechat`",
            };
            self.out.warnings.push(Warning {
                kind: WarningKind::NotOffered,
                message: format!(
                    "{} does not sell {}: {}; give their in-house cost under [in_house] ({hint}) to rank this plan",
                    self.card.name,
                    work.label(),
                    list(&items)
                ),
            });
        }
    }
}

/// `20 test drives, 15 workshop appointments`.
fn list(items: &[(UsageKey, u64)]) -> String {
    items.iter().map(|(k, n)| describe(k, *n)).collect::<Vec<_>>().join(", ")
}
