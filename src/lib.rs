//! pricesim's rating core: scenarios and rate cards in, quotes out.
//!
//! The flow: a scenario file is loaded and checked into a [`scenario::Scenario`]; rate cards into
//! a [`catalog::Catalog`]; [`rate::rate`] prices one plan, [`compare::compare`] every plan, ranked.
//! The library knows nothing of the command line or the desktop app, which are thin layers over
//! it. Why it is shaped this way: `docs/DESIGN.md`.

pub mod anniversary;
pub mod atomic;
pub mod breakeven;
pub mod catalog;
pub mod chart;
pub mod clock;
pub mod compare;
pub mod diag;
pub mod fields;
pub mod freshness;
pub mod fx;
pub mod i18n;
pub mod import;
pub mod money;
pub mod month;
pub mod offer;
pub mod outlook;
pub mod progress;
pub mod quote;
pub mod rate;
pub mod ratecard;
pub mod render;
pub mod rng;
pub mod scenario;
pub mod simulate;
pub mod subscription;
pub mod timestamp;
pub mod timezone;
pub mod tomlread;
pub mod uncertainty;
pub mod usage;
pub mod usagelog;
pub mod userdata;
pub mod vat;
pub mod wallet;
pub mod whatsapp;
pub mod written;
