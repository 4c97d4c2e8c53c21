//! How old a comparison's prices are: the version of each rate card its quotes were priced under
//! (Meta's too, when a quote passes WhatsApp fees on) and the exchange rates they were converted
//! at. A price list cannot say what changed after it was written, so where the newest version a
//! card holds is the one in force, the comparison says once that later changes are not known.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::fx::Conversion;
use crate::quote::{Item, Quote};

/// The version of one card that priced the comparison: a plan's own card, and Meta's when a
/// quote passes its WhatsApp fees on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardAsOf {
    /// The card's vendor id (`meta`).
    pub card: String,
    /// The day that version took effect: its `effective_from`, which names it.
    pub version: NaiveDate,
    /// True when it is the newest version the card holds: later changes are not known.
    pub newest: bool,
}

/// What the comparison's prices are as of.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PricesAsOf {
    /// Each card used, by vendor id.
    pub cards: Vec<CardAsOf>,
    /// Each exchange rate used, once.
    pub exchange: Vec<Conversion>,
}

impl PricesAsOf {
    /// What `quotes`, priced on `day` with `catalog`, used.
    pub fn of(catalog: &Catalog, day: NaiveDate, quotes: &[Quote]) -> PricesAsOf {
        let mut cards: Vec<(&str, NaiveDate)> =
            quotes.iter().filter_map(|q| q.plan.split_once('/').map(|(vendor, _)| (vendor, q.version))).collect();
        let whatsapp = quotes.iter().flat_map(|q| &q.lines).any(|l| matches!(l.item, Item::Whatsapp { .. }));
        if let Some(card) = catalog.whatsapp_card().filter(|_| whatsapp)
            && let Ok(version) = card.version_at(day)
        {
            cards.push((&card.vendor, version.effective_from));
        }
        cards.sort_unstable();
        cards.dedup();
        let cards = cards
            .into_iter()
            .map(|(vendor, version)| {
                let newest = catalog
                    .card(vendor)
                    .and_then(|c| c.versions.last())
                    .is_none_or(|last| last.effective_from == version);
                CardAsOf { card: vendor.to_string(), version, newest }
            })
            .collect();
        let mut exchange: Vec<Conversion> = Vec::new();
        for c in quotes.iter().filter_map(|q| q.exchange.as_ref()) {
            if !exchange.iter().any(|e| e.from == c.from && e.to == c.to && e.date == c.date) {
                exchange.push(c.clone());
            }
        }
        exchange.sort_by(|a, b| (a.from.code(), a.to.code(), a.date).cmp(&(b.from.code(), b.to.code(), b.date)));
        PricesAsOf { cards, exchange }
    }

    /// True when nothing was priced.
    pub fn is_empty(&self) -> bool {
        self.cards.is_empty() && self.exchange.is_empty()
    }

    /// The note a reader gets once, naming the cards whose newest version priced the comparison:
    /// `prices of Web1on1 2022-01-01, Woztell 2023-03-01: the newest each card knows; later
    /// changes are not known`. `None` when every card used has a later version.
    pub fn note(&self, catalog: &Catalog) -> Option<String> {
        let newest: Vec<String> = self
            .cards
            .iter()
            .filter(|c| c.newest)
            .map(|c| {
                let name = catalog.card(&c.card).map_or(c.card.as_str(), |card| card.name.as_str());
                format!("{name} {}", c.version)
            })
            .collect();
        (!newest.is_empty()).then(|| {
            format!("prices of {}: the newest each card knows; later changes are not known", newest.join(", "))
        })
    }
}
