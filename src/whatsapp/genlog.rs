//! Synthetic message logs (`pricesim gen-log`): realistic traffic for tests, demos and benchmarks.
//!
//! Each contact has a number in one of many markets and, day by day, a few exchanges: questions
//! answered inside the service window (some arriving from an ad or a Page button), marketing
//! campaigns, utility notices, one-time passwords, and now and then a late or out-of-window
//! reply, so every rule of the rater is exercised. The generator is its own small PRNG
//! (SplitMix64), so a seed gives the same log on every machine and every version of pricesim.

use std::io::{self, Write};

use chrono::NaiveDate;

use super::log::Kind;
use super::rules::HOUR_MS;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// How many contacts.
    pub contacts: u64,
    /// Over how many days.
    pub days: u32,
    /// The seed: the same seed gives the same log.
    pub seed: u64,
    /// The first day (UTC).
    pub start: NaiveDate,
    /// Write the rows in random order instead of by time.
    pub shuffle: bool,
}

pub use crate::rng::Rng;

/// Number plans: prefix digits, digits after it, and a weight. Chosen to cover standalone
/// markets, regions, the +1 exceptions (+1 809 is Rest of Latin America) and the catch-all.
const PLANS: &[(u64, u32, u64)] = &[
    (316, 8, 14),  // Netherlands
    (4915, 9, 10), // Germany
    (447, 9, 8),   // United Kingdom
    (336, 8, 6),   // France
    (346, 8, 5),   // Spain
    (393, 9, 5),   // Italy
    (1212, 7, 8),  // North America (New York)
    (1415, 7, 4),  // North America (San Francisco)
    (1809, 7, 2),  // Dominican Republic: Rest of Latin America
    (9198, 8, 8),  // India
    (5511, 9, 6),  // Brazil
    (5255, 8, 4),  // Mexico
    (628, 10, 4),  // Indonesia
    (27, 9, 2),    // South Africa
    (234, 10, 2),  // Nigeria
    (9715, 8, 2),  // United Arab Emirates
    (324, 8, 2),   // Belgium: Rest of Western Europe
    (486, 8, 2),   // Poland
    (2637, 8, 1),  // Zimbabwe: Other, then Rest of Africa
    (3526, 8, 1),  // Luxembourg: Other
    (77, 9, 1),    // Kazakhstan (+7 7…)
    (9665, 8, 2),  // Saudi Arabia
];

/// One row before it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Row {
    at: i64,
    contact: u64,
    kind: Kind,
}

/// Writes a log to `out`; returns the number of rows.
pub fn generate(spec: &Spec, out: &mut dyn Write) -> io::Result<u64> {
    generate_numbered(spec, 0, out)
}

/// Writes a log with a `business_number` column when `numbers` is not 0: each contact writes to
/// one of `numbers` business phone numbers, except one contact in ten whose cells are left
/// empty (the log's unnamed number). The rows are those [`generate`] writes for `spec`, the
/// number only added: the numbers come from a generator of their own, seeded by the contact.
pub fn generate_numbered(spec: &Spec, numbers: u32, out: &mut dyn Write) -> io::Result<u64> {
    let mut rng = Rng::new(spec.seed);
    let start = spec.start.and_hms_opt(0, 0, 0).map_or(0, |t| t.and_utc().timestamp_millis());
    let span = i64::from(spec.days) * 24 * HOUR_MS;
    let mut rows = Vec::new();
    for _ in 0..spec.contacts {
        let contact = phone(&mut rng);
        // Exchanges start at random moments; about one every two days per contact.
        let exchanges = rng.below(u64::from(spec.days)) + 1;
        for _ in 0..exchanges {
            let t = start + rng.below(span.max(1) as u64) as i64;
            exchange(&mut rng, contact, t, &mut rows);
        }
    }
    rows.retain(|r| r.at < start + span);
    if spec.shuffle {
        for i in (1..rows.len()).rev() {
            rows.swap(i, rng.below(i as u64 + 1) as usize);
        }
    } else {
        rows.sort_unstable();
    }
    let mut buf = Vec::with_capacity(1 << 16);
    buf.extend_from_slice(b"timestamp,contact,direction,type,category,origin");
    buf.extend_from_slice(if numbers > 0 { b",business_number\n" } else { b"\n" });
    for row in &rows {
        write_row(&mut buf, row);
        if numbers > 0 {
            buf.push(b',');
            if let Some(number) = business_number(spec.seed, numbers, row.contact) {
                buf.extend_from_slice(format!("+{number}").as_bytes());
            }
        }
        buf.push(b'\n');
        if buf.len() > 1 << 15 {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    Ok(rows.len() as u64)
}

fn phone(rng: &mut Rng) -> u64 {
    let total: u64 = PLANS.iter().map(|p| p.2).sum();
    let mut pick = rng.below(total);
    for &(prefix, digits, weight) in PLANS {
        if pick < weight {
            let rest = 10u64.pow(digits);
            return prefix * rest + rng.below(rest);
        }
        pick -= weight;
    }
    316 * 100_000_000 + rng.below(100_000_000)
}

/// The business number `contact` writes to, of `numbers` (Amsterdam numbers `+31 20 555 ….`);
/// `None` for one contact in ten, whose cells are left empty.
fn business_number(seed: u64, numbers: u32, contact: u64) -> Option<u64> {
    let pick = Rng::new(seed ^ contact.rotate_left(32)).below(10 * u64::from(numbers));
    (pick >= u64::from(numbers)).then(|| 31_205_550_000 + pick % u64::from(numbers))
}

/// Minutes to milliseconds.
const MINUTE: i64 = 60_000;

/// One exchange between the business and a contact from time `t`.
fn exchange(rng: &mut Rng, contact: u64, t: i64, rows: &mut Vec<Row>) {
    let mut push = |at: i64, kind: Kind| rows.push(Row { at, contact, kind });
    match rng.below(100) {
        // The user asks; the business answers inside the window, sometimes with a notice too.
        0..=44 => {
            let entry = rng.chance(12);
            push(t, if entry { Kind::InEntryPoint } else { Kind::In });
            let mut now = t;
            for _ in 0..=rng.below(3) {
                now += (rng.below(180) as i64 + 1) * MINUTE;
                push(now, Kind::Text);
                if rng.chance(40) {
                    now += (rng.below(600) as i64 + 1) * MINUTE;
                    push(now, Kind::In);
                }
            }
            if rng.chance(25) {
                push(now + (rng.below(1200) as i64 + 1) * MINUTE, Kind::Utility);
            }
            if rng.chance(3) {
                // A late answer, a day or more after the last message: outside the window.
                push(now + 25 * HOUR_MS + rng.below(600) as i64 * MINUTE, Kind::Text);
            }
        }
        // A marketing campaign; some users answer and get a reply.
        45..=69 => {
            push(t, Kind::Marketing);
            if rng.chance(20) {
                let answer = t + (rng.below(2000) as i64 + 1) * MINUTE;
                push(answer, Kind::In);
                push(answer + (rng.below(30) as i64 + 1) * MINUTE, Kind::Text);
            }
        }
        // A utility notice (delivery, appointment), sometimes a second one the next day.
        70..=87 => {
            push(t, Kind::Utility);
            if rng.chance(30) {
                push(t + (rng.below(48) as i64 + 1) * HOUR_MS, Kind::Utility);
            }
            if rng.chance(25) {
                push(t + (rng.below(120) as i64 + 1) * MINUTE, Kind::In);
            }
        }
        // One-time passwords, with a resend now and then.
        _ => {
            // Authentication-international applies to a few markets only (India, Indonesia).
            let intl_market = [91, 62].iter().any(|p| leading(contact, 2) == *p);
            let kind =
                if intl_market && rng.chance(30) { Kind::AuthenticationInternational } else { Kind::Authentication };
            push(t, kind);
            if rng.chance(20) {
                push(t + (rng.below(5) as i64 + 1) * MINUTE, kind);
            }
        }
    }
}

/// The first `n` digits of `number`.
fn leading(number: u64, n: u32) -> u64 {
    let mut x = number;
    while x >= 10u64.pow(n) {
        x /= 10;
    }
    x
}

fn write_row(buf: &mut Vec<u8>, row: &Row) {
    write_timestamp(buf, row.at);
    buf.extend_from_slice(b",+");
    buf.extend_from_slice(row.contact.to_string().as_bytes());
    let rest: &[u8] = match row.kind {
        Kind::In => b",in,text,,",
        Kind::InEntryPoint => b",in,text,,ctwa",
        Kind::Text => b",out,text,,",
        Kind::Marketing => b",out,template,marketing,",
        Kind::Utility => b",out,template,utility,",
        Kind::Authentication => b",out,template,authentication,",
        Kind::AuthenticationInternational => b",out,template,authentication_international,",
    };
    buf.extend_from_slice(rest);
}

/// `YYYY-MM-DDTHH:MM:SSZ` (UTC), with milliseconds when there are any.
fn write_timestamp(buf: &mut Vec<u8>, at: i64) {
    let text = chrono::DateTime::from_timestamp_millis(at)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
        .unwrap_or_default();
    buf.extend_from_slice(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_log() {
        let spec = Spec {
            contacts: 50,
            days: 5,
            seed: 7,
            start: NaiveDate::from_ymd_opt(2025, 6, 28).unwrap(),
            shuffle: false,
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let n = generate(&spec, &mut a).unwrap();
        generate(&spec, &mut b).unwrap();
        assert_eq!(a, b);
        assert!(n > 50);
        assert_eq!(String::from_utf8(a).unwrap().lines().count() as u64, n + 1);
    }
}
