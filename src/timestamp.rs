//! RFC 3339 timestamps as logs write them, to UTC milliseconds, by hand: both log readers (WhatsApp
//! messages and usage) parse one on every row, and a reader remembers the last date it saw
//! ([`Day`]), so most rows need only their time worked out. `chrono`'s parser, which the tests
//! check this one against, allocates and re-validates the date each time.

/// The last date a reader saw (`YYYY-MM-DD`) and its day number: rows come in time order, so
/// most share their date with the row before and need not work it out again.
#[derive(Debug, Clone, Copy, Default)]
pub struct Day {
    date: [u8; 10],
    days: Option<i64>,
}

/// RFC 3339 (`2024-05-01T09:30:00Z`, `…09:30:00.250+02:00`; `T`, `t` or a space) to UTC
/// milliseconds. Written out by hand: it runs on every row.
pub fn parse_timestamp(s: &[u8]) -> Option<i64> {
    parse_timestamp_in(s, &mut Day::default())
}

/// [`parse_timestamp`], remembering the date in `day`.
#[inline]
pub fn parse_timestamp_in(s: &[u8], day_cache: &mut Day) -> Option<i64> {
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(range)?;
        part.iter().try_fold(0i64, |n, &b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0')))
    };
    if s.len() < 20
        || s.get(4) != Some(&b'-')
        || s.get(7) != Some(&b'-')
        || s.get(13) != Some(&b':')
        || s.get(16) != Some(&b':')
    {
        return None;
    }
    if !matches!(s.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let date = s.get(..10)?;
    let days = match day_cache.days {
        Some(days) if day_cache.date == date => days,
        _ => {
            let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
            if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
                return None;
            }
            let days = days_from_civil(year, month, day);
            *day_cache = Day { date: date.try_into().ok()?, days: Some(days) };
            days
        }
    };
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut i = 19;
    let mut millis = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            if i - start < 3 {
                millis = millis * 10 + i64::from(s.get(i).copied().unwrap_or(b'0') - b'0');
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        for _ in (i - start)..3 {
            millis *= 10;
        }
    }
    let offset_minutes = match s.get(i..)? {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let h = num(i + 1..i + 3)?;
            let m = num(i + 4..i + 6)?;
            let _ = (h1, h2, m1, m2);
            if h > 23 || m > 59 {
                return None;
            }
            if *sign == b'+' { h * 60 + m } else { -(h * 60 + m) }
        }
        _ => return None,
    };
    let minute_start = ((days * 24 + hour) * 60 + minute - offset_minutes) * 60_000;
    if second == 60 {
        // A leap second (RFC 3339 allows `23:59:60Z`) ends a UTC day; it is read as the last
        // millisecond of its minute, so it stays in its day and month (docs/WHATSAPP.md).
        let utc_minute = minute_start.rem_euclid(86_400_000) / 60_000;
        return (utc_minute == 23 * 60 + 59).then_some(minute_start + 59_999);
    }
    Some(minute_start + second * 1000 + millis)
}

#[inline]
fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
#[inline]
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_agree_with_chrono() {
        for s in [
            "2024-10-31T23:30:00+07:00",
            "2025-06-30T17:30:00Z",
            "1999-12-31 23:59:59.5-05:30",
            "2024-02-29T00:00:00.123456Z",
        ] {
            let ours = parse_timestamp(s.as_bytes()).unwrap();
            let theirs = chrono::DateTime::parse_from_rfc3339(&s.replace(' ', "T")).unwrap().timestamp_millis();
            assert_eq!(ours, theirs, "{s}");
        }
        for bad in [
            "2024-02-30T00:00:00Z",
            "2024-10-31T23:30:00",
            "2024-10-31T24:00:00Z",
            "2024-10-31",
            "2024-10-31T23:30:00+7:00",
            "2024-10-31T23:30:00.Z",
        ] {
            assert_eq!(parse_timestamp(bad.as_bytes()), None, "{bad}");
        }
        // A leap second is the last millisecond of its UTC day, whatever the offset; only there.
        let last = chrono::DateTime::parse_from_rfc3339("2016-12-31T23:59:59.999Z").unwrap().timestamp_millis();
        assert_eq!(parse_timestamp(b"2016-12-31T23:59:60Z"), Some(last));
        assert_eq!(parse_timestamp(b"2016-12-31T23:59:60.5Z"), Some(last));
        assert_eq!(parse_timestamp(b"2017-01-01T05:29:60+05:30"), Some(last));
        assert_eq!(parse_timestamp(b"2016-12-31T22:59:60Z"), None);
        // Remembering the day changes nothing.
        let mut day = Day::default();
        assert_eq!(parse_timestamp_in(b"2016-12-31T23:59:59Z", &mut day), Some(last - 999));
        assert_eq!(parse_timestamp_in(b"2016-12-31T23:59:60Z", &mut day), Some(last));
        assert_eq!(parse_timestamp_in(b"2016-12-31T22:59:60Z", &mut day), None);
    }
}
