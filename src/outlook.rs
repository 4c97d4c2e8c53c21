//! What a comparison says beyond the month it prices: how sure its ranking is when counts are
//! ranges ([`Spread`], a quote's chance of being cheapest), which unverified rules and prices it
//! rests on ([`Assumptions`]), how far the cheapest plan's counts can move ([`Headroom`]), and what
//! the next dated price change does ([`NextChange`]). Worked out by `crate::uncertainty`; how and
//! why in docs/UNCERTAINTY.md. Money is in the display currency, as `cost` is.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::decimal_string;
use crate::usage::UsageKey;

/// A plan's cost over the scenario's ranges: percentiles of the sampled costs, and the cost with
/// every count at its low and at its high.
///
/// INVARIANT: `p10 <= p50 <= p90` (order statistics of one sorted sample).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Spread {
    /// One sampled month in ten costs less.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub p10: Decimal,
    /// The median sampled month.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub p50: Decimal,
    /// One sampled month in ten costs more.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub p90: Decimal,
    /// The cost with every count at its `low`; `None` when it cannot be priced there.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub low: Option<Decimal>,
    /// The cost with every count at its `high`; `None` when it cannot be priced there.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub high: Option<Decimal>,
    /// How many months were sampled.
    pub samples: u32,
    /// How many of them this plan could not price (work uncovered or a price unknown at those
    /// counts): the percentiles are over the others.
    #[serde(default, skip_serializing_if = "is_zero")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unpriced: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The sampling behind every spread of a comparison, so a reader can repeat it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Sampling {
    /// Months sampled.
    pub samples: u32,
    /// The seed of the generator (fixed: the same answer on every run).
    pub seed: u64,
    /// The distribution each range is drawn from (`triangular`).
    pub distribution: String,
    /// The counts that vary, with their ranges.
    pub ranges: Vec<SampledCount>,
}

/// A count that varies in the sampling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SampledCount {
    /// The count.
    pub usage: UsageKey,
    /// Its range.
    pub low: u64,
    /// The count the lines are priced at.
    pub expected: u64,
    /// Its range's top.
    pub high: u64,
    /// The count it moves with, when tied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub scale_with: Option<UsageKey>,
}
