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

    /// The rows, in file order.
    pub fn rows(&self) -> &[MarketRow] {
        &self.rows
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
            let prefix = number / 10u64.pow(u32::from(digits - len));
            if let Some(rows) = self.by_prefix.get(&(len, prefix))
                && let Some(row) = rows.iter().filter_map(|&i| self.rows.get(i)).find(|r| r.applies(day))
            {
                return row.market;
            }
        }
        self.catch_all(day)
    }

    fn catch_all(&self, day: NaiveDate) -> MarketId {
        self.catch_all.iter().filter_map(|&i| self.rows.get(i)).find(|r| r.applies(day)).map_or(0, |r| r.market)
    }

    /// Every day a row starts or stops applying: the market of a number can only change there.
    pub fn change_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.rows.iter().flat_map(|r| [r.valid_from, r.valid_until.and_then(|u| u.succ_opt())]).flatten()
    }
}

/// How many decimal digits `n` has (at least 1).
fn digit_count(n: u64) -> u8 {
    let mut digits = 1;
    let mut rest = n / 10;
    while rest > 0 {
        digits += 1;
        rest /= 10;
    }
    digits
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
    }
}
