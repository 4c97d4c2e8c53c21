//! Meta's WhatsApp Business Platform pricing: markets, dated rates, the rules of each pricing
//! version, a scenario's WhatsApp rows priced, and a message log rated the way Meta bills it.
//!
//! The data (markets, rates by currency) are CSV files a rate card names under `[whatsapp]`; the
//! rules of each pricing version are the card's `[versions.whatsapp]` tables. Why the rater is
//! shaped the way it is (one pass in time order, state only for contacts with an open window):
//! `docs/WHATSAPP.md`.

pub mod category;
pub mod contacts;
pub mod engine;
pub mod genlog;
pub mod log;
pub mod markets;
pub mod ratelog;
pub mod rates;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod tables;

pub use category::Category;
pub use rules::Rules;
pub use tables::Tables;
