//! Reading a usage log as real exports write it: a header in any order with extra columns, `,` or
//! `;` between fields, a UTF-8 byte-order mark, Windows line endings; every unreadable row named
//! by its line.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

use crate::diag::{Diagnostic, Diagnostics, suggestion};
use crate::progress::{EVERY, Step, Watch};
use crate::whatsapp::clock::local_date;
use crate::whatsapp::log::parse_timestamp;

/// Who completed an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Actor {
    /// The vendor's human agents.
    Agent,
    /// A chatbot.
    Bot,
    /// The customer's own staff (not billed as an outcome; their chats engage contacts).
    Staff,
}

impl Actor {
    /// The name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Agent => "agent",
            Actor::Bot => "bot",
            Actor::Staff => "staff",
        }
    }
}

/// One row of a usage log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageEvent {
    /// Its line in the file.
    pub line: usize,
    /// The account's calendar day it happened on.
    pub day: NaiveDate,
    /// The contact, as the log names it.
    pub contact: String,
    /// `None` for `engaged`, else the outcome's name.
    pub outcome: Option<String>,
    /// Who.
    pub actor: Actor,
    /// How many (1 unless the log says).
    pub quantity: u64,
}

/// The columns a log must have; `quantity` may be left out, other columns are ignored.
pub const REQUIRED: [&str; 4] = ["timestamp", "contact", "event", "actor"];

/// The events of a log, and the problems of rows that could not be read.
pub type Read = (Vec<UsageEvent>, Vec<Diagnostic>);

/// Reads the log's text, telling `watch` how far it has come; `Ok(None)` when it was cancelled.
pub fn read(
    file: &Path,
    text: &str,
    tz: Tz,
    outcomes: &BTreeSet<String>,
    watch: &dyn Watch,
) -> Result<Option<Read>, Diagnostics> {
    let total = text.len() as u64;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let at = |line: usize, field: &str, message: String| Diagnostic {
        file: file.to_path_buf(),
        line: Some(line),
        column: None,
        field: field.to_string(),
        message,
    };
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.contains(';') && !first.contains(',') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Diagnostics(vec![at(1, "", format!("not valid CSV: {e}"))]))?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let mut positions = [0usize; 4];
    for (slot, name) in positions.iter_mut().zip(REQUIRED) {
        *slot = column(name).ok_or_else(|| {
            let hint =
                header.iter().map(String::as_str).find_map(|h| Some(suggestion(h, [name])).filter(|s| !s.is_empty()));
            Diagnostics(vec![at(
                1,
                "",
                format!(
                    "the header has no `{name}` column (it needs {}, and may have `quantity`){}",
                    REQUIRED.join(", "),
                    hint.unwrap_or_default()
                ),
            )])
        })?;
    }
    let quantity_at = column("quantity");
    let mut events = Vec::new();
    let mut problems = Vec::new();
    let mut done = 0;
    for (n, record) in (1u64..).zip(reader.records()) {
        done = record.as_ref().ok().and_then(|r| r.position()).map_or(done, csv::Position::byte);
        if n.is_multiple_of(EVERY) {
            watch.step(Step { pass: 1, done, total });
            if watch.cancelled() {
                return Ok(None);
            }
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
                problems.push(at(line, "", format!("not valid CSV: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
        if record.iter().all(str::is_empty) {
            continue; // a blank line holds no row
        }
        let field = |i: usize| record.get(i).unwrap_or_default();
        let [t, c, e, a] = positions;
        let Some(day) = parse_day(field(t), tz) else {
            problems.push(at(line, "timestamp", format!(
                "`{}` is not a time: write RFC 3339 (`2026-12-03T14:05:00+01:00`), or `2026-12-03 14:05:00` or `2026-12-03` in the account's time zone",
                field(t)
            )));
            continue;
        };
        let contact = field(c).to_string();
        if contact.is_empty() {
            problems.push(at(line, "contact", "missing contact".to_string()));
            continue;
        }
        let outcome = match field(e) {
            "engaged" => None,
            name if outcomes.contains(name) => Some(name.to_string()),
            name => {
                let hint = suggestion(name, outcomes.iter().map(String::as_str).chain(["engaged"]));
                problems.push(at(line, "event", format!("`{name}` is neither `engaged` nor an outcome name{hint}")));
                continue;
            }
        };
        let actor = match field(a) {
            "agent" => Actor::Agent,
            "bot" => Actor::Bot,
            "staff" => Actor::Staff,
            other => {
                let hint = suggestion(other, ["agent", "bot", "staff"]);
                problems.push(at(line, "actor", format!("`{other}` is not `agent`, `bot` or `staff`{hint}")));
                continue;
            }
        };
        let quantity = match quantity_at.map(field) {
            None | Some("") => 1,
            Some(q) => match q.parse::<u64>() {
                Ok(n) if outcome.is_none() && n != 1 => {
                    problems.push(at(
                        line,
                        "quantity",
                        format!("an `engaged` row is one contact: quantity `{n}` must be 1"),
                    ));
                    continue;
                }
                Ok(n) => n,
                Err(_) => {
                    problems.push(at(line, "quantity", format!("`{q}` is not a whole number")));
                    continue;
                }
            },
        };
        events.push(UsageEvent { line, day, contact, outcome, actor, quantity });
    }
    watch.step(Step { pass: 1, done: total, total });
    Ok(Some((events, problems)))
}

/// The account's day of a timestamp: RFC 3339 with an offset, or a local date and time, or a
/// date.
fn parse_day(text: &str, tz: Tz) -> Option<NaiveDate> {
    if let Some(ms) = parse_timestamp(text.as_bytes()) {
        return Some(local_date(tz, ms));
    }
    if let Ok(local) = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S") {
        return Some(local.date());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}
