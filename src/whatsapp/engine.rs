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
use crate::ratecard::RateCard;

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
    /// For a billable unit of a category the month's free tier covers, the tier's allowance:
    /// whether the tier takes it depends on every contact's units before it, so the caller
    /// decides, in the rater's order ([`FreeTier`]); the unit is counted billable until then.
    pub free_tier: Option<u64>,
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
    /// Months whose free tier is used up: their units need no decision.
    exhausted: Vec<Month>,
    counts: FxHashMap<Key, Counts>,
    refused: u64,
    refused_first: Vec<Event>,
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
            exhausted: Vec::new(),
            counts: FxHashMap::default(),
            refused: 0,
            refused_first: Vec::new(),
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
        let own = template.unwrap_or(Category::Service);
        let unit = |category: Category, outcome: Outcome, ends: Option<i64>| Decided { category, outcome, ends };
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
                    if rules.free_in_service_window.contains(&own) && c.service_window > at {
                        Some(unit(own, Outcome::Free(Reason::CustomerServiceWindow), None))
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
        let Some(Decided { category, outcome, ends }) = decided else { return Ok(()) };
        let rates_day = self.epochs.day(epoch).unwrap_or_default();
        let market = self.market(epoch, rates_day, e.contact);
        let month = self.months.month(at);
        let (outcome, free_tier) = match outcome {
            Outcome::Billable if rules.is_free(category) => (Outcome::Free(Reason::NotCharged), None),
            Outcome::Billable => (Outcome::Billable, self.free_tier(rules, month, category)),
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

    /// The allowance of the month's free tier, if it covers `category` and may not be used up.
    fn free_tier(&self, rules: &Rules, month: Month, category: Category) -> Option<u64> {
        let tier = rules.free_tier.as_ref()?;
        (tier.categories.contains(&category) && !self.exhausted.contains(&month)).then_some(tier.monthly)
    }

    /// Tells the rater that `month`'s free tier is used up, so its units need no decision.
    pub fn exhausted(&mut self, month: Month) {
        if !self.exhausted.contains(&month) {
            self.exhausted.push(month);
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
        Tally { counts: self.counts.into_iter().collect(), refused: self.refused, refused_first: self.refused_first }
    }
}

/// The month's free tier, decided in the rater's order: each billable unit it covers is free
/// while the month's allowance lasts. The rater leaves it to this (see [`Charged::free_tier`]) so
/// that contacts rated apart, on several threads, get the same answer as on one.
#[derive(Debug, Clone, Default)]
pub struct FreeTier {
    used: Vec<(Month, u64)>,
    /// Units the tier took, by key: counted billable by the rater, free here.
    taken: FxHashMap<Key, u64>,
    /// The largest allowance of any version: a month that has given that many is used up.
    largest: u64,
}

impl FreeTier {
    /// A tier for the versions of `card`.
    pub fn new(card: &RateCard) -> FreeTier {
        let largest = card
            .versions
            .iter()
            .filter_map(|v| v.whatsapp.as_ref()?.free_tier.as_ref().map(|t| t.monthly))
            .max()
            .unwrap_or(0);
        FreeTier { used: Vec::new(), taken: FxHashMap::default(), largest }
    }

    /// What becomes of `unit`, given every unit before it in the rater's order; `Some(month)`
    /// the first time a month's tier is used up.
    pub fn decide(&mut self, unit: &Charged) -> (Outcome, Option<Month>) {
        let Some(monthly) = unit.free_tier else { return (unit.outcome, None) };
        let used = match self.used.iter().position(|(m, _)| *m == unit.month) {
            Some(i) => self.used.get_mut(i).map(|(_, n)| n),
            None => {
                self.used.push((unit.month, 0));
                self.used.last_mut().map(|(_, n)| n)
            }
        };
        let Some(used) = used else { return (unit.outcome, None) };
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
        (Outcome::Free(Reason::FreeTier), (*used == self.largest).then_some(unit.month))
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

/// What the rules decided for one outbound message.
struct Decided {
    category: Category,
    outcome: Outcome,
    ends: Option<i64>,
}
