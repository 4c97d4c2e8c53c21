//! Synthetic usage logs (`pricesim gen-log usage`): chats and outcomes as a vendor's billing
//! export writes them, for demos and benchmarks.
//!
//! Each contact (an e-mail address or a phone number) chats now and then, about one day in
//! eight, with an agent, a bot or the customer's own staff; a chat is one `engaged` row and often
//! an outcome or two (test drives, workshop appointments, CRM leads, reminders), sometimes with
//! a quantity. Rows are in time order unless shuffled. The same seed gives the same log on every
//! machine (the WhatsApp generator's SplitMix64).

use std::io::{self, Write};

use crate::whatsapp::genlog::{Rng, Spec};

/// Outcomes a chat ends with, and their weights.
const OUTCOMES: &[(&str, u64)] = &[
    ("test_drive", 6),
    ("workshop_appointment", 5),
    ("crm_lead", 8),
    ("whatsapp_reminder", 4),
    ("showroom_visit", 2),
    ("quotation_request", 3),
    ("support_action", 2),
];

/// One row before it is written: seconds since the start, contact, outcome (`None` for
/// `engaged`), actor, and a quantity to write (`None`: left empty).
type Row = (u32, u32, Option<u8>, u8, Option<u8>);

const ACTORS: [&str; 3] = ["agent", "bot", "staff"];

/// Writes a log to `out`; returns the number of rows.
pub fn generate(spec: &Spec, out: &mut dyn Write) -> io::Result<u64> {
    let mut rng = Rng::new(spec.seed);
    let start = spec.start.and_hms_opt(0, 0, 0).map_or(0, |t| t.and_utc().timestamp());
    let mut buf = Vec::with_capacity(1 << 16);
    buf.extend_from_slice(b"timestamp,contact,event,actor,quantity\n");
    let mut all = Vec::new();
    let mut day_rows = Vec::new();
    let mut rows = 0u64;
    for day in 0..spec.days {
        day_rows.clear();
        for contact in 0..u32::try_from(spec.contacts).unwrap_or(u32::MAX) {
            if !rng.chance(12) {
                continue;
            }
            chat(&mut rng, day.saturating_mul(86_400), contact, &mut day_rows);
        }
        day_rows.sort_unstable();
        if spec.shuffle {
            all.extend_from_slice(&day_rows);
            continue;
        }
        for row in &day_rows {
            write_row(&mut buf, start, row);
            flush(&mut buf, out)?;
        }
        rows = rows.saturating_add(day_rows.len() as u64);
    }
    if spec.shuffle {
        for i in (1..all.len()).rev() {
            all.swap(i, rng.below((i as u64).saturating_add(1)) as usize);
        }
        for row in &all {
            write_row(&mut buf, start, row);
            flush(&mut buf, out)?;
        }
        rows = all.len() as u64;
    }
    out.write_all(&buf)?;
    Ok(rows)
}

/// One chat on the day starting `day` seconds in: an `engaged` row, then its outcomes.
fn chat(rng: &mut Rng, day: u32, contact: u32, rows: &mut Vec<Row>) {
    // Chats fall between 08:00 and 22:00.
    let at = day.saturating_add(8 * 3600).saturating_add(rng.below(14 * 3600) as u32);
    let actor = match rng.below(100) {
        0..50 => 0,
        50..85 => 1,
        _ => 2,
    };
    rows.push((at, contact, None, actor, None));
    let outcomes = match rng.below(100) {
        0..45 => 1,
        45..55 => 2,
        _ => 0,
    };
    let total: u64 = OUTCOMES.iter().map(|o| o.1).sum();
    for n in 0u32..outcomes {
        let mut pick = rng.below(total);
        let mut index = 0;
        for (i, (_, weight)) in OUTCOMES.iter().enumerate() {
            if pick < *weight {
                index = i;
                break;
            }
            pick = pick.saturating_sub(*weight);
        }
        let quantity = match rng.below(100) {
            0..80 => None,
            80..95 => Some(1),
            _ => Some(2),
        };
        rows.push((
            at.saturating_add(60u32.saturating_mul(n.saturating_add(1))),
            contact,
            u8::try_from(index).ok(),
            actor,
            quantity,
        ));
    }
}

fn write_row(buf: &mut Vec<u8>, start: i64, &(at, contact, outcome, actor, quantity): &Row) {
    let t = chrono::DateTime::from_timestamp(start.saturating_add(i64::from(at)), 0).unwrap_or_default();
    // Exports write the account's local time with its offset: here Amsterdam in winter.
    let local = t.checked_add_signed(chrono::Duration::hours(1)).unwrap_or(t);
    let _ = write!(buf, "{}+01:00,", local.format("%Y-%m-%dT%H:%M:%S"));
    // Three contacts in five are known by e-mail, the others by phone.
    if contact % 5 < 3 {
        let _ = write!(buf, "customer{contact}@example.com,");
    } else {
        let _ = write!(buf, "+3161{:07},", contact);
    }
    let event = outcome.and_then(|o| OUTCOMES.get(usize::from(o))).map_or("engaged", |o| o.0);
    let actor = ACTORS.get(usize::from(actor)).copied().unwrap_or("agent");
    let _ = match quantity {
        Some(q) => writeln!(buf, "{event},{actor},{q}"),
        None => writeln!(buf, "{event},{actor},"),
    };
}

fn flush(buf: &mut Vec<u8>, out: &mut dyn Write) -> io::Result<()> {
    if buf.len() > 1 << 15 {
        out.write_all(buf)?;
        buf.clear();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_log_and_every_row_reads() {
        let spec = Spec {
            contacts: 200,
            days: 40,
            seed: 3,
            start: chrono::NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
            shuffle: false,
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let rows = generate(&spec, &mut a).unwrap();
        generate(&spec, &mut b).unwrap();
        assert_eq!(a, b);
        assert_eq!(rows as usize + 1, a.iter().filter(|c| **c == b'\n').count());
        let text = String::from_utf8(a).unwrap();
        assert!(text.lines().nth(1).unwrap().starts_with("2026-11-10T"), "{text}");
        let file = std::env::temp_dir().join(format!("pricesim-genlog-usage-{}.csv", std::process::id()));
        std::fs::write(&file, &text).unwrap();
        let catalog = crate::catalog::Catalog::shipped().unwrap();
        let read =
            super::super::tally::read(&file, chrono_tz::UTC, &catalog.outcome_names(), false, &crate::progress::Silent);
        std::fs::remove_file(&file).unwrap();
        let counted = read.unwrap().unwrap();
        assert_eq!((counted.rows_read, counted.rows_skipped), (rows, 0));
        assert_eq!(counted.months.len(), 2);
    }
}
