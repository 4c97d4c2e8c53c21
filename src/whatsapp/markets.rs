//! Which market a recipient is billed in: by ISO country (scenarios) or by the longest dialling
//! prefix of the phone number (logs), on a given day, since countries move between markets.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

/// A market, as an index into [`Markets::names`].
pub type MarketId = u16;

/// One row of the market table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketRow {
    /// Dialling prefix digits (`1809`); empty for the catch-all row (`*` in the file).
    pub prefix: String,
    /// ISO 3166-1 alpha-2 code; empty for the catch-all row.
    pub iso2: String,
    /// The market it is billed in.
    pub market: MarketId,
    /// First day the row applies; `None` = from the start.
    pub valid_from: Option<NaiveDate>,
    /// Last day the row applies (inclusive); `None` = still valid.
    pub valid_until: Option<NaiveDate>,
}

impl MarketRow {
    fn applies(&self, day: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| f <= day) && self.valid_until.is_none_or(|u| day <= u)
    }
}

/// The market table, indexed for both lookups.
///
/// INVARIANT: at least one catch-all row applies on any day (the loader checks there is one with
/// no dates), so every number and country has a market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markets {
    names: Vec<String>,
    rows: Vec<MarketRow>,
    /// Rows by (prefix length, prefix value).
    by_prefix: FxHashMap<(u8, u64), Vec<usize>>,
    catch_all: Vec<usize>,
    longest: u8,
}

impl Markets {
    /// Indexes `rows`; `names` are the markets the rows point into.
    pub(crate) fn new(names: Vec<String>, rows: Vec<MarketRow>) -> Markets {
        let mut by_prefix: FxHashMap<(u8, u64), Vec<usize>> = FxHashMap::default();
        let mut catch_all = Vec::new();
        let mut longest = 0;
        for (i, row) in rows.iter().enumerate() {
            match row.prefix.parse::<u64>() {
                Ok(value) if !row.prefix.is_empty() => {
                    let len = u8::try_from(row.prefix.len()).unwrap_or(u8::MAX);
                    longest = longest.max(len);
                    by_prefix.entry((len, value)).or_default().push(i);
                }
                _ => catch_all.push(i),
            }
        }
        Markets { names, rows, by_prefix, catch_all, longest }
    }

    /// Every market's name, indexed by [`MarketId`].
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The name of `id`.
    pub fn name(&self, id: MarketId) -> &str {
        self.names.get(usize::from(id)).map_or("?", String::as_str)
    }

    /// The market called `name`.
    pub fn id(&self, name: &str) -> Option<MarketId> {
        self.names.iter().position(|n| n == name).and_then(|i| MarketId::try_from(i).ok())
    }

    /// The market of a country on `day`, and whether the country is listed at all (an unlisted
    /// country is billed as the catch-all market, "Other").
    pub fn by_country(&self, iso2: &str, day: NaiveDate) -> (MarketId, bool) {
        match self.rows.iter().find(|r| r.iso2 == iso2 && r.applies(day)) {
            Some(row) => (row.market, true),
            None => (self.catch_all(day), false),
        }
    }

    /// The market of the E.164 number `number` (digits without `+`) on `day`: the longest prefix
    /// with a row that applies that day wins.
    pub fn by_phone(&self, number: u64, day: NaiveDate) -> MarketId {
        let digits = digit_count(number);
        for len in (1..=self.longest.min(digits)).rev() {
            let prefix = number / POW10.get(usize::from(digits - len)).copied().unwrap_or(1);
            if let Some(rows) = self.by_prefix.get(&(len, prefix))
                && let Some(row) = rows.iter().filter_map(|&i| self.rows.get(i)).find(|r| r.applies(day))
            {
                return row.market;
            }
        }
        self.catch_all(day)
    }

    /// The table as it stands on `day`, for lookups by number on that day without dates.
    pub fn on(&self, day: NaiveDate) -> PrefixTable {
        let mut dense: Vec<Vec<MarketId>> =
            (0..=DENSE).map(|len| vec![NONE; POW10.get(len).map_or(0, |p| *p as usize)]).collect();
        let mut sparse = FxHashMap::default();
        for row in self.rows.iter().filter(|r| r.applies(day) && !r.prefix.is_empty()) {
            let (Ok(value), Ok(len)) = (row.prefix.parse::<u64>(), u8::try_from(row.prefix.len())) else { continue };
            let slot =
                dense.get_mut(usize::from(len)).and_then(|d| d.get_mut(usize::try_from(value).unwrap_or(usize::MAX)));
            match slot {
                Some(slot) => *slot = row.market,
                None => {
                    sparse.insert((len, value), row.market);
                }
            }
        }
        PrefixTable { dense, sparse, longest: self.longest, catch_all: self.catch_all(day) }
    }

    fn catch_all(&self, day: NaiveDate) -> MarketId {
        self.catch_all.iter().filter_map(|&i| self.rows.get(i)).find(|r| r.applies(day)).map_or(0, |r| r.market)
    }

    /// Every day a row starts or stops applying: the market of a number can only change there.
    pub fn change_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.rows.iter().flat_map(|r| [r.valid_from, r.valid_until.and_then(|u| u.succ_opt())]).flatten()
    }
}

/// Prefixes up to this many digits are looked up in arrays, longer ones in a hash map.
const DENSE: usize = 4;
/// No market for this prefix.
const NONE: MarketId = MarketId::MAX;
/// Powers of ten that fit a `u64`.
#[rustfmt::skip]
const POW10: [u64; 20] = [
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000, 1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000, 10000000000000000000,
];

/// The market table resolved for one day: the rater's lookup, one per billable unit, a few
/// array reads instead of hash lookups.
#[derive(Debug, Clone)]
pub struct PrefixTable {
    /// For prefixes of `len` digits, `dense[len][prefix]` (or [`NONE`]).
    dense: Vec<Vec<MarketId>>,
    /// Longer prefixes.
    sparse: FxHashMap<(u8, u64), MarketId>,
    longest: u8,
    catch_all: MarketId,
}

impl PrefixTable {
    /// The market of `number`: the longest matching prefix wins.
    #[inline]
    pub fn market(&self, number: u64) -> MarketId {
        let digits = digit_count(number);
        let longest = self.longest.min(digits);
        // One division for the longest prefix; each shorter one drops a digit.
        let mut prefix = number / POW10.get(usize::from(digits - longest)).copied().unwrap_or(1);
        for len in (1..=longest).rev() {
            let found = match self.dense.get(usize::from(len)) {
                Some(table) => table.get(usize::try_from(prefix).unwrap_or(usize::MAX)).copied().unwrap_or(NONE),
                None => self.sparse.get(&(len, prefix)).copied().unwrap_or(NONE),
            };
            if found != NONE {
                return found;
            }
            prefix /= 10;
        }
        self.catch_all
    }
}

/// How many decimal digits `n` has (at least 1).
fn digit_count(n: u64) -> u8 {
    n.checked_ilog10().map_or(1, |d| d as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(digit_count(0), 1);
        assert_eq!(digit_count(9), 1);
        assert_eq!(digit_count(10), 2);
        assert_eq!(digit_count(18095550100), 11);
        assert_eq!(digit_count(u64::MAX), 20);
    }
}
