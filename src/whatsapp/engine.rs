//! The log rater: events in time order in, billable and free units counted by month, market and
//! category out.
//!
//! One pass, in the order of [`Event`] (time, then contact, then kind). State is kept per contact
//! only while one of its windows is open (a customer service window, an entry-point window, a
//! conversation); a contact whose windows have all closed is in the same state as one never seen,
//! so it is dropped, and memory follows the contacts with open windows, not the log's length.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use chrono_tz::Tz;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::category::Category;
use super::contacts::Contacts;
use super::log::{Event, Kind};
use super::markets::{MarketId, PrefixTable};
use super::rules::{CONVERSATION_MS, Conversations, ENTRY_POINT_MS, Rules, SERVICE_WINDOW_MS, Unit};
use super::tables::Tables;
use crate::clock::{Epochs, MonthClock, midnight};
use crate::month::Month;
use crate::ratecard::{RateCard, Status};

/// Why a unit was free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Inside the month's free allowance.
    FreeTier,
    /// A free entry point conversation, or a message inside its window.
    FreeEntryPoint,
    /// A category free inside an open customer service window (utility in 2025).
    CustomerServiceWindow,
    /// A category that costs nothing in the version (service from 2024-11-01).
    NotCharged,
}

impl Reason {
    /// Every reason, in output order.
    pub const ALL: [Reason; 4] =
        [Reason::FreeTier, Reason::FreeEntryPoint, Reason::CustomerServiceWindow, Reason::NotCharged];

    /// Its name in the detail file and the reports (`free_tier`), the same as its JSON form.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::FreeTier => "free_tier",
            Reason::FreeEntryPoint => "free_entry_point",
            Reason::CustomerServiceWindow => "customer_service_window",
            Reason::NotCharged => "not_charged",
        }
    }
}

/// What became of one unit (a conversation opened, a message delivered).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Charged at the rate.
    Billable,
    /// Free, for a reason.
    Free(Reason),
}

/// One unit, as the detail file lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Charged {
    /// The event that made it.
    pub event: Event,
    /// What the unit is: a conversation or a message.
    pub unit: Unit,
    /// The account's month.
    pub month: Month,
    /// Index of the pricing version in the card.
    pub version: usize,
    /// The day the rates in force start (for the unit price).
    pub rates_day: NaiveDate,
    /// The recipient's market.
    pub market: MarketId,
    /// The category it is priced in: the template's (service for free-form), or user- or
    /// business-initiated where conversations go by initiator.
    pub category: Category,
    /// Billable or free, and why.
    pub outcome: Outcome,
    /// For a conversation, when it closes (UTC milliseconds).
    pub ends: Option<i64>,
    /// For a billable unit of a category a free allowance of the month covers, that allowance:
    /// whether it takes the unit depends on every contact's units before it, so the caller
    /// decides, in the rater's order ([`FreeTier`]); the unit is counted billable until then.
    pub free_tier: Option<Allowance>,
}

/// Whose free allowance a unit draws on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pool {
    /// The business account's, shared by all its numbers (2022 to 2024).
    Account,
    /// One business phone number's own (from 2026-10-01), by its [`Event::business`] index: 0 is
    /// the log's unnamed number.
    Number(u16),
}

/// A free allowance a unit may be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    /// Whose it is.
    pub pool: Pool,
    /// How many units it frees a month.
    pub monthly: u64,
}

/// The category a conversation opened before per-message pricing still frees after the switch,
/// while it is open: utility, the only one the findings of December 2026 name (Meta's page as
/// mirrored, reconstructed).
pub const CARRIED_OVER: Category = Category::Utility;

/// How far the [`CARRIED_OVER`] rule can be trusted, and why: the reports that use it say so.
pub const CARRIED_OVER_SOURCE: (Status, &str) =
    (Status::Reconstructed, "Meta's pricing page as mirrored, in the findings of December 2026");

/// The business numbers whose own allowance a month's units drew on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NumbersSeen {
    /// Numbers the log names.
    pub named: u64,
    /// Whether the log's unnamed number was one (no `business_number` column, or empty cells).
    pub unnamed: bool,
}

/// Where units are counted: one line of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The account's month.
    pub month: Month,
    /// Index of the pricing version in the card.
    pub version: usize,
    /// The first day of the stretch the units fall in over which rates and markets do not change:
    /// a month with a rate change is counted in two parts.
    pub rates_day: NaiveDate,
    /// The recipients' market, by the prefix table in force on `rates_day`.
    pub market: MarketId,
    /// The category the units are priced in (by who started the conversation, under 2022's
    /// rules).
    pub category: Category,
}

/// Billable and free units of one [`Key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Charged units.
    pub billable: u64,
    /// Free units, by [`Reason::ALL`] order.
    pub free: [u64; 4],
}

/// What a run counted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// Units by key.
    pub counts: BTreeMap<Key, Counts>,
    /// How many free-form messages were sent with no customer service window open (Meta
    /// refuses those, so they are reported and not billed).
    pub refused: u64,
    /// The first of them, in time order.
    pub refused_first: Vec<Event>,
    /// Utility templates free because a conversation opened before per-message pricing was
    /// still open ([`CARRIED_OVER`]), by month and version; counted under
    /// [`Reason::CustomerServiceWindow`] too.
    pub carried: BTreeMap<(Month, usize), u64>,
    /// By month, the business numbers whose own allowance units drew on.
    pub numbers: BTreeMap<Month, NumbersSeen>,
}

/// How many refused rows a report lists.
pub const LIST_FIRST: usize = 10;

/// A row dated before the card's first pricing version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooEarly {
    /// The row, not rated: the problem reported names its line and time.
    pub event: Event,
    /// The first version's start.
    pub first: Option<NaiveDate>,
}

/// The rater's state between events.
pub struct Engine<'a> {
    versions: Vec<(NaiveDate, &'a Rules)>,
    tables: &'a Tables,
    epochs: Epochs,
    /// The version in force in each epoch, as an index into `versions`; `None` before the first
    /// (a row there is [`TooEarly`]).
    epoch_version: Vec<Option<usize>>,
    months: MonthClock,
    contacts: Contacts,
    /// Each epoch's market table, resolved when first needed.
    prefixes: Vec<Option<PrefixTable>>,
    /// For each version, when its conversation model began: conversations opened before that
    /// were opened under another model and do not carry over.
    model_since: Vec<i64>,
    sweep_at: usize,
    /// Each version's free allowance, as checked on every billable unit.
    free: Vec<Option<Free>>,
    /// Allowances of a month used up: their units need no decision.
    exhausted: Vec<(Month, UsedUp)>,
    counts: FxHashMap<Key, Counts>,
    refused: u64,
    refused_first: Vec<Event>,
    carried: FxHashMap<(Month, usize), u64>,
}

/// Contacts held before the first sweep for idle ones.
const FIRST_SWEEP: usize = 4096;

impl<'a> Engine<'a> {
    /// A rater for `card` (which must have WhatsApp tables) in the account time zone `tz`.
    pub fn new(card: &'a RateCard, tz: Tz) -> Option<Engine<'a>> {
        let tables = card.whatsapp.as_ref()?;
        let versions: Vec<(NaiveDate, &Rules)> =
            card.versions.iter().filter_map(|v| v.whatsapp.as_ref().map(|r| (v.effective_from, r))).collect();
        let mut days = tables.change_days();
        days.extend(versions.iter().map(|(d, _)| *d));
        days.sort();
        days.dedup();
        let epochs = Epochs::new(tz, days);
        let model = |r: &Rules| (r.unit == Unit::Conversation).then_some(r.conversations);
        let model_since = versions
            .iter()
            .enumerate()
            .map(|(i, (_, rules))| {
                let first =
                    versions.iter().take(i + 1).rposition(|(_, r)| model(r) != model(rules)).map_or(0, |j| j + 1);
                versions.get(first).map_or(i64::MIN, |(day, _)| midnight(tz, *day))
            })
            .collect();
        let epoch_version = (0..=epochs.count())
            .map(|i| epochs.day(i).and_then(|day| versions.iter().rposition(|(from, _)| *from <= day)))
            .collect();
        let free = versions.iter().map(|(_, rules)| Free::of(rules)).collect();
        Some(Engine {
            versions,
            tables,
            epochs,
            epoch_version,
            months: MonthClock::new(tz),
            contacts: Contacts::default(),
            prefixes: Vec::new(),
            model_since,
            sweep_at: FIRST_SWEEP,
            free,
            exhausted: Vec::new(),
            counts: FxHashMap::default(),
            refused: 0,
            refused_first: Vec::new(),
            carried: FxHashMap::default(),
        })
    }

    /// Rates one event; events must come in their [`Event`] order. `sink` sees every unit.
    pub fn event(&mut self, e: &Event, sink: &mut dyn FnMut(&Charged)) -> Result<(), TooEarly> {
        let epoch = self.epochs.index(e.at);
        let Some(version) = self.epoch_version.get(epoch).copied().flatten() else {
            return Err(TooEarly { event: *e, first: self.versions.first().map(|(d, _)| *d) });
        };
        let Some(&(_, rules)) = self.versions.get(version) else { return Ok(()) };
        if self.contacts.len() >= self.sweep_at {
            self.sweep(e.at);
        }
        let since = self.model_since.get(version).copied().unwrap_or(i64::MIN);
        let c = self.contacts.entry(e.contact);
        let at = e.at;
        let template = match e.kind {
            Kind::In => {
                c.service_window = at + SERVICE_WINDOW_MS;
                return Ok(());
            }
            Kind::InEntryPoint => {
                c.service_window = at + SERVICE_WINDOW_MS;
                c.entry_reply = at + SERVICE_WINDOW_MS;
                return Ok(());
            }
            Kind::Text => None,
            Kind::Marketing => Some(Category::Marketing),
            Kind::Utility => Some(Category::Utility),
            Kind::Authentication => Some(Category::Authentication),
            Kind::AuthenticationInternational => Some(Category::AuthenticationInternational),
        };
        // A conversation is open at `at` if it has not ended and was opened under this model.
        let open = |end: i64| end > at && end - CONVERSATION_MS >= since;
        // One opened before this model began, not ended yet: only in its first day.
        let opened_before = |end: i64| end > at && end - CONVERSATION_MS < since;
        let first_day = at < since.saturating_add(CONVERSATION_MS);
        let own = template.unwrap_or(Category::Service);
        let unit = |category: Category, outcome: Outcome, ends: Option<i64>| Decided {
            category,
            outcome,
            ends,
            carried: false,
        };
        let decided = if c.entry_point > at {
            // Everything is free inside a free entry point; a conversation model opens nothing.
            match rules.unit {
                Unit::Message => Some(unit(own, Outcome::Free(Reason::FreeEntryPoint), None)),
                Unit::Conversation => None,
            }
        } else if c.entry_reply > at {
            // The business's first reply to an ad or Page-button message opens a free entry
            // point, closing every other conversation.
            c.entry_point = at + ENTRY_POINT_MS;
            c.entry_reply = 0;
            c.conversations = [0; 4];
            Some(match rules.unit {
                Unit::Message => unit(own, Outcome::Free(Reason::FreeEntryPoint), None),
                Unit::Conversation => {
                    unit(Category::FreeEntryPoint, Outcome::Free(Reason::FreeEntryPoint), Some(c.entry_point))
                }
            })
        } else if template.is_none() && c.service_window <= at {
            self.refused += 1;
            if self.refused_first.len() < LIST_FIRST {
                self.refused_first.push(*e);
            }
            None
        } else {
            match (rules.unit, rules.conversations) {
                (Unit::Message, _) => {
                    let free = Outcome::Free(Reason::CustomerServiceWindow);
                    if rules.free_in_service_window.contains(&own) && c.service_window > at {
                        Some(unit(own, free, None))
                    } else if first_day && own == CARRIED_OVER && c.conversations.iter().any(|end| opened_before(*end))
                    {
                        Some(Decided { carried: true, ..unit(own, free, None) })
                    } else {
                        Some(unit(own, Outcome::Billable, None))
                    }
                }
                (Unit::Conversation, Conversations::ByCategory) => {
                    let slot = match own {
                        Category::Marketing => 0,
                        Category::Utility => 1,
                        Category::Authentication | Category::AuthenticationInternational => 2,
                        _ => 3,
                    };
                    let covered = match template {
                        Some(_) => c.conversations.get(slot).is_some_and(|end| open(*end)),
                        None => c.conversations.iter().any(|end| open(*end)),
                    };
                    if covered {
                        None
                    } else {
                        let ends = at + CONVERSATION_MS;
                        if let Some(end) = c.conversations.get_mut(slot) {
                            *end = ends;
                        }
                        Some(unit(own, Outcome::Billable, Some(ends)))
                    }
                }
                (Unit::Conversation, Conversations::ByInitiator) => {
                    let [only, ..] = &mut c.conversations;
                    if open(*only) {
                        None
                    } else {
                        let ends = at + CONVERSATION_MS;
                        *only = ends;
                        let category =
                            if c.service_window > at { Category::UserInitiated } else { Category::BusinessInitiated };
                        Some(unit(category, Outcome::Billable, Some(ends)))
                    }
                }
            }
        };
        let Some(Decided { category, outcome, ends, carried }) = decided else { return Ok(()) };
        let rates_day = self.epochs.day(epoch).unwrap_or_default();
        let market = self.market(epoch, rates_day, e.contact);
        let month = self.months.month(at);
        if carried {
            *self.carried.entry((month, version)).or_default() += 1;
        }
        let (outcome, free_tier) = match outcome {
            Outcome::Billable if rules.is_free(category) => (Outcome::Free(Reason::NotCharged), None),
            Outcome::Billable => (Outcome::Billable, self.free_tier(version, month, category, e.business)),
            other => (other, None),
        };
        let key = Key { month, version, rates_day, market, category };
        let counts = self.counts.entry(key).or_default();
        match outcome {
            Outcome::Billable => counts.billable += 1,
            Outcome::Free(reason) => {
                if let Some(n) = counts.free.get_mut(reason as usize) {
                    *n += 1;
                }
            }
        }
        sink(&Charged {
            event: *e,
            unit: rules.unit,
            month,
            version,
            rates_day,
            market,
            category,
            outcome,
            ends,
            free_tier,
        });
        Ok(())
    }

    /// The market of `number` in `epoch`, from that epoch's resolved prefix table.
    fn market(&mut self, epoch: usize, day: NaiveDate, number: u64) -> MarketId {
        if self.prefixes.len() <= epoch {
            self.prefixes.resize_with(epoch + 1, || None);
        }
        match self.prefixes.get_mut(epoch) {
            Some(Some(table)) => table.market(number),
            Some(slot) => slot.insert(self.tables.markets.on(day)).market(number),
            None => self.tables.markets.by_phone(number, day),
        }
    }

    /// Loads the state of the contacts of `events` into the cache together, before they are
    /// rated one by one: their lookups overlap instead of waiting on memory in turn.
    pub fn warm(&self, events: &[Event]) {
        std::hint::black_box(self.contacts.touch(events.iter().map(|e| e.contact)));
    }

    /// The allowance a unit of `category` sent from `business` under `version` may be given, if
    /// one covers it and it may not be used up: the account's, or the number's own. A log says
    /// which number sent what, so numbers' allowances are never pooled (docs/WHATSAPP.md).
    #[inline]
    fn free_tier(&self, version: usize, month: Month, category: Category, business: u16) -> Option<Allowance> {
        let free = self.free.get(version).copied().flatten().filter(|f| f.covers(category))?;
        let pool = if free.per_number { Pool::Number(business) } else { Pool::Account };
        // Months are few and the latest is the likeliest.
        let used_up = self.exhausted.iter().rev().find(|(m, _)| *m == month).is_some_and(|(_, u)| u.contains(pool));
        (!used_up).then_some(Allowance { pool, monthly: free.monthly })
    }

    /// Tells the rater that `pool`'s allowance of `month` is used up, so its units need no
    /// decision.
    pub fn exhausted(&mut self, month: Month, pool: Pool) {
        match self.exhausted.iter_mut().find(|(m, _)| *m == month) {
            Some((_, used_up)) => used_up.insert(pool),
            None => {
                let mut used_up = UsedUp::default();
                used_up.insert(pool);
                self.exhausted.push((month, used_up));
            }
        }
    }

    /// The first instant any pricing version is in force (`None` when the card has none): a row
    /// before it cannot be rated.
    pub fn starts_at(&self) -> Option<i64> {
        self.versions.first().map(|(day, _)| midnight(self.months.timezone(), *day))
    }

    /// The day the first version starts, for the message on a row too early to rate; `None` when
    /// the card has no WhatsApp version.
    pub fn first_version(&self) -> Option<NaiveDate> {
        self.versions.first().map(|(day, _)| *day)
    }

    /// Drops contacts whose windows have all closed by `now`.
    fn sweep(&mut self, now: i64) {
        self.contacts.retain(|c| !c.idle(now));
        self.sweep_at = (self.contacts.len() * 3).max(FIRST_SWEEP);
    }

    /// The counts, once every event is in.
    pub fn finish(self) -> Tally {
        Tally {
            counts: self.counts.into_iter().collect(),
            refused: self.refused,
            refused_first: self.refused_first,
            carried: self.carried.into_iter().collect(),
            numbers: BTreeMap::new(),
        }
    }
}

/// The month's free allowances, decided in the rater's order: each billable unit one covers is
/// free while its allowance for the month lasts (the account's, or its business number's own).
/// The rater leaves it to this (see [`Charged::free_tier`]) so that contacts rated apart, on
/// several threads, get the same answer as on one.
#[derive(Debug, Clone, Default)]
pub struct FreeTier {
    /// Units each allowance of a month has given.
    used: FxHashMap<(Month, Pool), u64>,
    /// Units the allowances took, by key: counted billable by the rater, free here.
    taken: FxHashMap<Key, u64>,
    /// The largest allowance of any version, per account and per number: an allowance of a
    /// month that has given that many is used up.
    largest_account: u64,
    largest_number: u64,
}

impl FreeTier {
    /// The allowances of the versions of `card`.
    pub fn new(card: &RateCard) -> FreeTier {
        let rules = || card.versions.iter().filter_map(|v| v.whatsapp.as_ref());
        let largest_account = rules().filter_map(|r| r.free_tier.as_ref().map(|t| t.monthly)).max().unwrap_or(0);
        let largest_number = rules().filter_map(|r| r.free_per_number.as_ref().map(|p| p.monthly)).max().unwrap_or(0);
        FreeTier { used: FxHashMap::default(), taken: FxHashMap::default(), largest_account, largest_number }
    }

    /// What becomes of `unit`, given every unit before it in the rater's order; `Some` with the
    /// month and pool the first time that allowance is used up.
    pub fn decide(&mut self, unit: &Charged) -> (Outcome, Option<(Month, Pool)>) {
        let Some(Allowance { pool, monthly }) = unit.free_tier else { return (unit.outcome, None) };
        let used = self.used.entry((unit.month, pool)).or_default();
        if *used >= monthly {
            return (Outcome::Billable, None);
        }
        *used += 1;
        let key = Key {
            month: unit.month,
            version: unit.version,
            rates_day: unit.rates_day,
            market: unit.market,
            category: unit.category,
        };
        *self.taken.entry(key).or_default() += 1;
        let largest = match pool {
            Pool::Account => self.largest_account,
            Pool::Number(_) => self.largest_number,
        };
        (Outcome::Free(Reason::FreeTier), (*used == largest).then_some((unit.month, pool)))
    }

    /// By month, the business numbers whose own allowance units drew on.
    pub fn numbers(&self) -> BTreeMap<Month, NumbersSeen> {
        let mut out: BTreeMap<Month, NumbersSeen> = BTreeMap::new();
        for (month, pool) in self.used.keys() {
            let seen = out.entry(*month).or_default();
            match pool {
                Pool::Account => {}
                Pool::Number(0) => seen.unnamed = true,
                Pool::Number(_) => seen.named += 1,
            }
        }
        out.retain(|_, seen| seen.unnamed || seen.named > 0);
        out
    }

    /// Moves the units the tier took from billable to free in `counts`.
    pub fn apply(&self, counts: &mut BTreeMap<Key, Counts>) {
        for (key, n) in &self.taken {
            if let Some(c) = counts.get_mut(key) {
                c.billable = c.billable.saturating_sub(*n);
                if let Some(free) = c.free.get_mut(Reason::FreeTier as usize) {
                    *free += n;
                }
            }
        }
    }
}

/// A version's free allowance as the rater checks it on every billable unit: no lists to search.
#[derive(Debug, Clone, Copy)]
struct Free {
    /// Each business number's own, rather than the account's.
    per_number: bool,
    /// Units it frees a month (never 0: an allowance of none is no allowance).
    monthly: u64,
    /// The categories it covers, a bit each (`1 << category as u32`).
    categories: u32,
}

impl Free {
    /// The allowance of `rules`, if they give one.
    fn of(rules: &Rules) -> Option<Free> {
        let (per_number, monthly, categories) = match (&rules.free_tier, &rules.free_per_number) {
            (Some(tier), _) => (false, tier.monthly, &tier.categories),
            (None, Some(per)) => (true, per.monthly, &per.categories),
            (None, None) => return None,
        };
        let categories = categories.iter().fold(0, |bits, c| bits | 1 << *c as u32);
        (monthly > 0).then_some(Free { per_number, monthly, categories })
    }

    fn covers(&self, category: Category) -> bool {
        self.categories & 1 << category as u32 != 0
    }
}

/// A month's allowances used up: the account's, and which business numbers' (a bit per index, so
/// checking one costs a shift however many numbers the log names).
#[derive(Debug, Clone, Default)]
struct UsedUp {
    account: bool,
    numbers: Vec<u64>,
}

impl UsedUp {
    fn contains(&self, pool: Pool) -> bool {
        match pool {
            Pool::Account => self.account,
            Pool::Number(i) => self.numbers.get(usize::from(i / 64)).is_some_and(|bits| bits >> (i % 64) & 1 == 1),
        }
    }

    fn insert(&mut self, pool: Pool) {
        match pool {
            Pool::Account => self.account = true,
            Pool::Number(i) => {
                let word = usize::from(i / 64);
                if self.numbers.len() <= word {
                    self.numbers.resize(word + 1, 0);
                }
                if let Some(bits) = self.numbers.get_mut(word) {
                    *bits |= 1 << (i % 64);
                }
            }
        }
    }
}

/// What the rules decided for one outbound message.
struct Decided {
    category: Category,
    outcome: Outcome,
    ends: Option<i64>,
    /// Free only because a conversation opened before per-message pricing is open.
    carried: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn meta() -> RateCard {
        Catalog::shipped().unwrap().card("meta").unwrap().clone()
    }

    fn at(time: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(time).unwrap().timestamp_millis()
    }

    /// Each outbound row's unit as `category outcome`, the free allowances decided in order, and
    /// the tally.
    fn rate(card: &RateCard, rows: &[(&str, u64, Kind, u16)]) -> (Vec<String>, Tally) {
        let mut engine = Engine::new(card, chrono_tz::UTC).unwrap();
        let mut tier = FreeTier::new(card);
        let mut events: Vec<Event> = (2..)
            .zip(rows)
            .map(|(line, &(time, contact, kind, business))| Event { at: at(time), contact, kind, line, business })
            .collect();
        events.sort();
        let mut units = Vec::new();
        for event in &events {
            engine.event(event, &mut |c| units.push(*c)).unwrap();
        }
        let mut out = Vec::new();
        for unit in &units {
            let (outcome, used_up) = tier.decide(unit);
            if let Some((month, pool)) = used_up {
                engine.exhausted(month, pool);
            }
            out.push(format!("{} {outcome:?}", unit.category));
        }
        let mut tally = engine.finish();
        tier.apply(&mut tally.counts);
        tally.numbers = tier.numbers();
        (out, tally)
    }

    const NL: u64 = 31_612_345_678;

    #[test]
    fn a_conversation_opened_before_per_message_pricing_still_frees_utility_templates() {
        let (units, tally) = rate(
            &meta(),
            &[
                ("2025-06-30T20:00:00Z", NL, Kind::Marketing, 0),
                ("2025-07-01T10:00:00Z", NL, Kind::Utility, 0),
                ("2025-07-01T11:00:00Z", NL, Kind::Marketing, 0),
                ("2025-07-01T19:59:59.999Z", NL, Kind::Authentication, 0),
                ("2025-07-01T20:00:00Z", NL, Kind::Utility, 0),
            ],
        );
        assert_eq!(
            units,
            [
                "marketing Billable",
                "utility Free(CustomerServiceWindow)",
                "marketing Billable",
                "authentication Billable",
                "utility Billable",
            ]
        );
        let july = Month::of(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
        assert_eq!(tally.carried, BTreeMap::from([((july, 3), 1)]));
    }

    #[test]
    fn a_utility_template_inside_the_service_window_is_not_counted_as_carried_over() {
        let (units, tally) = rate(
            &meta(),
            &[
                ("2025-06-30T20:00:00Z", NL, Kind::Utility, 0),
                ("2025-07-01T09:00:00Z", NL, Kind::In, 0),
                ("2025-07-01T10:00:00Z", NL, Kind::Utility, 0),
            ],
        );
        assert_eq!(units, ["utility Billable", "utility Free(CustomerServiceWindow)"]);
        assert!(tally.carried.is_empty());
    }

    #[test]
    fn each_business_number_draws_on_its_own_allowance() {
        let mut card = meta();
        for rules in card.versions.iter_mut().filter_map(|v| v.whatsapp.as_mut()) {
            if let Some(per) = rules.free_per_number.as_mut() {
                per.monthly = 2;
            }
        }
        // Number 1 answers three contacts, number 2 one, the log's unnamed number one: pooled,
        // three numbers' six would free all five; each number's own frees four.
        let mut rows = Vec::new();
        for (contact, business) in [(1, 1), (2, 1), (3, 2), (4, 0), (5, 1)] {
            rows.push(("2026-10-05T09:00:00Z", NL + contact, Kind::In, business));
            rows.push(("2026-10-05T09:01:00Z", NL + contact, Kind::Text, business));
        }
        let (units, tally) = rate(&card, &rows);
        assert_eq!(
            units,
            [
                "service Free(FreeTier)",
                "service Free(FreeTier)",
                "service Free(FreeTier)",
                "service Free(FreeTier)",
                "service Billable"
            ]
        );
        let counts: Vec<Counts> = tally.counts.values().copied().collect();
        assert_eq!(counts, [Counts { billable: 1, free: [4, 0, 0, 0] }]);
        let october = Month::of(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        assert_eq!(tally.numbers, BTreeMap::from([(october, NumbersSeen { named: 2, unnamed: true })]));
    }

    #[test]
    fn an_account_allowance_ignores_business_numbers() {
        // 2023: the account's 1,000 free service conversations, whichever number answers.
        let mut rows = Vec::new();
        for (contact, business) in [(1, 1), (2, 2)] {
            rows.push(("2023-09-05T09:00:00Z", NL + contact, Kind::In, business));
            rows.push(("2023-09-05T09:01:00Z", NL + contact, Kind::Text, business));
        }
        let (units, tally) = rate(&meta(), &rows);
        assert_eq!(units, ["service Free(FreeTier)", "service Free(FreeTier)"]);
        assert!(tally.numbers.is_empty());
    }
}
