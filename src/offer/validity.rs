//! How long a quote holds: its date plus the days it is valid, cut to the day before the next
//! known price change of any rate card it uses (the vendor's; Meta's too when it prices WhatsApp
//! traffic), so that a quote never promises a price its own cards say will change.

use chrono::{Days, NaiveDate};

use crate::catalog::Catalog;
use crate::quote::{Item, Quote};
use crate::ratecard::RateCard;

/// Until when a quote is valid, and why when a price change cut it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validity {
    /// The last day it is valid: `[quote] valid_days` after its date, or the day before its cards'
    /// next price change when that comes sooner.
    pub until: NaiveDate,
    /// The price change that cut it: its day, and whose prices change.
    pub cut: Option<(NaiveDate, Changing)>,
}

/// Whose prices change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changing {
    /// The vendor's, by its name (`Web1on1`).
    Vendor(String),
    /// Meta's WhatsApp rates.
    Meta,
}

/// The validity of `quotes` made on `date` for `days` days.
pub fn validity(date: NaiveDate, days: u32, quotes: &[&Quote], catalog: &Catalog) -> Validity {
    let wanted = date.checked_add_days(Days::new(days.into())).unwrap_or(NaiveDate::MAX);
    let mut cards: Vec<(&RateCard, Changing)> = Vec::new();
    for q in quotes {
        let vendor = q.plan.split_once('/').map_or(q.plan.as_str(), |(v, _)| v);
        if let Some(card) = catalog.card(vendor) {
            let changing = if card.whatsapp.is_some() { Changing::Meta } else { Changing::Vendor(card.name.clone()) };
            cards.push((card, changing));
        }
        if q.lines.iter().any(|l| matches!(l.item, Item::Whatsapp { .. }))
            && let Some(meta) = catalog.whatsapp_card()
        {
            cards.push((meta, Changing::Meta));
        }
    }
    let next = cards
        .into_iter()
        .flat_map(|(card, changing)| {
            card.versions.iter().map(move |v| (v.effective_from, changing.clone())).filter(|(d, _)| *d > date)
        })
        .min_by_key(|(d, _)| *d);
    match next {
        Some((day, changing)) if day <= wanted => {
            Validity { until: day.pred_opt().unwrap_or(date), cut: Some((day, changing)) }
        }
        _ => Validity { until: wanted, cut: None },
    }
}
