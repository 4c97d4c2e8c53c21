//! What a comparison says beyond the month it prices: how sure its ranking is when counts are
//! ranges ([`Spread`], a quote's chance of being cheapest), which unverified rules and prices it
//! rests on ([`Assumptions`]), how far the cheapest plan's counts can move ([`Headroom`]), and what
//! the next dated price change does ([`NextChange`]). Worked out by `crate::uncertainty`; how and
//! why in docs/UNCERTAINTY.md. Money is in the display currency, as `cost` is.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::decimal_string;
use crate::usage::UsageKey;

/// The 10th, 50th and 90th percentiles of sampled costs, by nearest rank: a quote's spread, and a
/// fan's band at one count.
///
/// INVARIANT: `p10 <= p50 <= p90` (order statistics of one sorted sample).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Percentiles {
    /// One sampled month in ten costs less.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub p10: Decimal,
    /// Half the sampled months cost less: the median, which need not be the quote's own cost.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub p50: Decimal,
    /// One sampled month in ten costs more.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub p90: Decimal,
}

impl Percentiles {
    /// The percentiles of `sorted`, values in ascending order each with how many times it was
    /// drawn: the value at rank ⌈p × n / 100⌉ of the n drawn; `None` when none was.
    pub fn of(sorted: &[(Decimal, u32)]) -> Option<Percentiles> {
        let n: u64 = sorted.iter().map(|(_, times)| u64::from(*times)).sum();
        let at = |p: u64| {
            let rank = n.checked_mul(p)?.div_ceil(100).max(1);
            let mut drawn = 0u64;
            let (value, _) = sorted.iter().find(|(_, times)| {
                drawn = drawn.saturating_add(u64::from(*times));
                drawn >= rank
            })?;
            Some(*value)
        };
        Some(Percentiles { p10: at(10)?, p50: at(50)?, p90: at(90)? })
    }
}

/// A plan's cost over the scenario's ranges: percentiles of the sampled costs, and the cost with
/// every count at its low and at its high.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Spread {
    /// P10, P50 and P90 of the sampled costs (written beside the other fields).
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub percentiles: Percentiles,
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
    #[cfg_attr(feature = "ts", ts(as = "Option<u32>", optional))]
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

/// A count the scenario gives as a range, as it was sampled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SampledCount {
    /// Which count varies (`contacts.engaged`).
    pub usage: UsageKey,
    /// The fewest the month may bring: its range's bottom.
    pub low: u64,
    /// The count the lines are priced at: the peak of its triangular range.
    pub expected: u64,
    /// Its range's top.
    pub high: u64,
    /// The count it moves with, when tied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub scale_with: Option<UsageKey>,
}

/// How far one count can move, the rest held, before the cheapest plan is no longer the
/// cheapest: from `pricesim breakeven` along that count, exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Headroom {
    /// The count that moves (`contacts.engaged`); the others stay at their expected values.
    pub usage: UsageKey,
    /// Where it starts: its expected count, the one the quote is priced at.
    pub expected: u64,
    /// Upwards: where another plan becomes cheaper; `None` when none does up to `searched_to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub up: Option<Move>,
    /// Downwards: where another plan is cheaper below; `None` when the plan stays cheapest down to 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub down: Option<Move>,
    /// How far up the count was followed.
    pub searched_to: u64,
}

/// Where, along one count, another plan takes over as the cheapest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Move {
    /// Up: the first count at which `plan` is cheaper (a crossing's `at` in `pricesim breakeven`).
    /// Down: the highest count at which `plan` is the cheapest.
    pub at: u64,
    /// The plan cheapest there, as `vendor/plan`.
    pub plan: String,
    /// How far that is from the expected count, in percent of it (1 decimal; up positive, down
    /// negative).
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub percent: Decimal,
}

/// The next dated price change the comparison's cards already hold, and what the same usage
/// costs under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NextChange {
    /// The day the new versions take effect: the earliest `effective_from` of the comparison's
    /// cards after the quoted month begins.
    pub date: NaiveDate,
    /// The first month priced under them (a change on a later day than the 1st applies from
    /// the month after).
    pub month: crate::month::Month,
    /// The cards whose version changes that day (`meta`).
    pub cards: Vec<String>,
    /// Each plan of the comparison, in its order, priced then.
    pub quotes: Vec<After>,
    /// True when the ranked plans come in another order then (or another plan is cheapest).
    pub ranking_changes: bool,
}

/// One plan after the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct After {
    /// `vendor/plan`.
    pub plan: String,
    /// Its cost then; `None` when it is not known (or the plan is no longer on sale).
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub cost: Option<Decimal>,
    /// Its rank then, as `rank` in a quote: 1 is the cheapest; `None` when it has no cost then.
    pub rank: Option<u32>,
}

/// What a quote's cost is under each reading of the unverified rules and prices it rests on
/// (the switches of its cards' versions in force), and at the best and worst combination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Assumptions {
    /// Each switch, with the cost under each of its readings (the others at the card's own).
    pub switches: Vec<SwitchCosts>,
    /// The cheapest combination of readings; on a tie, the one that changes the fewest.
    pub best: Combination,
    /// The dearest combination: what the quote may cost if the unverified rules go against it.
    pub worst: Combination,
}

/// One switch and the quote's cost under each reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SwitchCosts {
    /// The card that holds it (`meta`).
    pub card: String,
    /// Its id (`service_allowance`).
    pub id: String,
    /// What is not known.
    pub question: String,
    /// Each reading, the card's own first.
    pub values: Vec<ReadingCost>,
}

/// A reading and the quote's cost under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReadingCost {
    /// Its id (`applied`).
    pub id: String,
    /// For people.
    pub label: String,
    /// The cost under it; `None` when it is not known then.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub cost: Option<Decimal>,
}

/// A combination of readings and the quote's cost under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Combination {
    /// The quote's cost under these readings, in the display currency.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    /// The readings other than the cards' own, as `card.switch = reading`.
    pub readings: Vec<String>,
}
