//! Instants (UTC milliseconds) to the account's calendar: months and the days rates change, which
//! turn over at midnight in the business account's time zone.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone};
use chrono_tz::Tz;

use crate::month::Month;

/// The first instant of `day` in `tz`, in UTC milliseconds. Where a daylight-saving gap swallows
/// midnight, the day starts at the first local time that exists.
pub fn midnight(tz: Tz, day: NaiveDate) -> i64 {
    let mut local = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    for _ in 0..4 {
        if let Some(t) = tz.from_local_datetime(&local).earliest() {
            return t.timestamp_millis();
        }
        local += chrono::Duration::minutes(30);
    }
    Tz::UTC.from_utc_datetime(&local).timestamp_millis()
}

/// The account's calendar date of an instant.
pub fn local_date(tz: Tz, at: i64) -> NaiveDate {
    DateTime::from_timestamp_millis(at).map(|t| t.with_timezone(&tz).date_naive()).unwrap_or_default()
}

/// An instant as RFC 3339 in the account's time zone, for the detail file.
pub fn rfc3339(tz: Tz, at: i64) -> String {
    DateTime::from_timestamp_millis(at)
        .map(|t| t.with_timezone(&tz).to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
        .unwrap_or_default()
}

/// The account's month of an instant, remembering the last month found: logs are mostly in
/// order, so nearly every call is two comparisons.
#[derive(Debug, Clone)]
pub struct MonthClock {
    tz: Tz,
    last: Option<(i64, i64, Month)>,
}

impl MonthClock {
    /// A clock for `tz`.
    pub fn new(tz: Tz) -> Self {
        MonthClock { tz, last: None }
    }

    /// The clock's time zone.
    pub fn timezone(&self) -> Tz {
        self.tz
    }

    /// The month holding `at`.
    pub fn month(&mut self, at: i64) -> Month {
        if let Some((start, end, month)) = self.last
            && start <= at
            && at < end
        {
            return month;
        }
        let day = local_date(self.tz, at);
        let first = day.with_day(1).unwrap_or(day);
        let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(first);
        let month = Month::of(first);
        self.last = Some((midnight(self.tz, first), midnight(self.tz, next), month));
        month
    }
}

/// Days on which something changes (a pricing version, a rate, a market), as instants: the log
/// is cut into epochs between them, and within one epoch every lookup by day has one answer.
#[derive(Debug, Clone)]
pub struct Epochs {
    starts: Vec<i64>,
    days: Vec<NaiveDate>,
}

impl Epochs {
    /// The epochs starting on `days` (sorted, no repeats) at midnight in `tz`.
    pub fn new(tz: Tz, days: Vec<NaiveDate>) -> Self {
        Epochs { starts: days.iter().map(|d| midnight(tz, *d)).collect(), days }
    }

    /// The epoch of `at`: 0 before the first day, `i` from day `i - 1` on.
    pub fn index(&self, at: i64) -> usize {
        self.starts.partition_point(|s| *s <= at)
    }

    /// How many days start an epoch (epochs are `0..=count`).
    pub fn count(&self) -> usize {
        self.days.len()
    }

    /// The day epoch `i` starts (`None` for epoch 0).
    pub fn day(&self, i: usize) -> Option<NaiveDate> {
        i.checked_sub(1).and_then(|i| self.days.get(i)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_turn_at_local_midnight() {
        let tz: Tz = "Asia/Bangkok".parse().unwrap();
        let mut clock = MonthClock::new(tz);
        // 2024-10-31 16:59:59 UTC is 23:59:59 on 31 October in Bangkok (UTC+7).
        let before = chrono::Utc.with_ymd_and_hms(2024, 10, 31, 16, 59, 59).unwrap().timestamp_millis();
        assert_eq!(clock.month(before).to_string(), "2024-10");
        assert_eq!(clock.month(before + 1000).to_string(), "2024-11");
        assert_eq!(clock.month(before).to_string(), "2024-10");
    }

    #[test]
    fn a_day_that_starts_in_a_gap() {
        // Santiago moved its clocks from 00:00 to 01:00 on 2024-09-08.
        let tz: Tz = "America/Santiago".parse().unwrap();
        let start = midnight(tz, NaiveDate::from_ymd_opt(2024, 9, 8).unwrap());
        assert_eq!(local_date(tz, start), NaiveDate::from_ymd_opt(2024, 9, 8).unwrap());
        assert_eq!(local_date(tz, start - 1), NaiveDate::from_ymd_opt(2024, 9, 7).unwrap());
    }
}
