//! The languages pricesim writes its quote document (and the app its screens) in: English,
//! Dutch, French and German, the languages of the vendors' own help pages and of the markets
//! Web1on1 sells in.
//!
//! [`locale`] writes numbers, money and dates as each language does; [`messages`] holds the
//! words, in Fluent message files under `assets/i18n/` that the app's page reads too.

pub mod locale;
pub mod messages;

pub use locale::Language;
pub use messages::{Arg, Messages};
