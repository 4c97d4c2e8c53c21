//! Imports of the files vendors publish: Meta's own rate-card CSV ([`meta`]) and the ECB's
//! historical exchange rates ([`ecb`]), written into a cards folder as rates of their own.
//!
//! An import is prepared first and applied after: preparing reads the file, works out what it
//! changes against the prices in force before and every file it will write, and checks that the
//! folder still loads with them, writing nothing; applying writes them, each whole or not at all.
//! The app shows the report between the two steps; the command line does both at once. The
//! shipped cards are never written: the default folder is the user's own ([`crate::userdata`]),
//! made from the shipped cards when it is first written.
#![deny(clippy::arithmetic_side_effects)]

pub mod ecb;
pub mod meta;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::atomic::AtomicFile;
use crate::catalog::{Catalog, FX_FILE, SHIPPED};
use crate::diag::{Diagnostics, read_text, whole_file};
use crate::userdata;

/// A cards folder as an import sees it: its files on disk or, for the user's folder not made
/// yet, the shipped files it will be made of; with the files the import writes over them.
#[derive(Debug, Clone)]
pub struct Folder {
    dir: PathBuf,
    on_disk: bool,
    written: BTreeMap<PathBuf, String>,
}

impl Folder {
    /// The folder `dir`, or the user's own when `None`. The shipped cards' source folder is
    /// refused: they change only with the program.
    pub fn open(dir: Option<&Path>) -> Result<Folder, Diagnostics> {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => userdata::user_cards_dir().ok_or_else(|| {
                Diagnostics(vec![whole_file(
                    Path::new("ratecards"),
                    "this system has no data folder for your own rate cards: name the folder to import into",
                )])
            })?,
        };
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("ratecards");
        if let (Ok(a), Ok(b)) = (dir.canonicalize(), shipped.canonicalize())
            && a == b
        {
            return Err(Diagnostics(vec![whole_file(
                &dir,
                "these are the shipped rate cards, which change only with the program: import into your own folder or a copy of them",
            )]));
        }
        let on_disk = dir.is_dir();
        if !on_disk && dir.exists() {
            return Err(Diagnostics(vec![whole_file(&dir, "not a folder")]));
        }
        Ok(Folder { dir, on_disk, written: BTreeMap::new() })
    }

    /// The folder the files go into, whether or not it exists yet.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// True when the folder does not exist yet and applying makes it from the shipped cards.
    pub fn is_new(&self) -> bool {
        !self.on_disk
    }

    /// The text of `path` (a file of the folder) as it will be once the import is applied.
    pub fn read(&self, path: &Path) -> Result<String, Diagnostics> {
        if let Some(text) = self.written.get(path) {
            return Ok(text.clone());
        }
        if self.on_disk {
            return read_text(path, "a rate-card file");
        }
        path.strip_prefix(&self.dir)
            .ok()
            .and_then(userdata::shipped_text)
            .map(str::to_string)
            .ok_or_else(|| Diagnostics(vec![whole_file(path, "not one of the shipped rate-card files")]))
    }

    /// True when `path` is, or will be, a file of the folder.
    pub fn has(&self, path: &Path) -> bool {
        self.written.contains_key(path) || self.read(path).is_ok()
    }

    /// Puts `text` in `path` (written when the import is applied).
    pub fn write(&mut self, path: PathBuf, text: String) {
        self.written.insert(path, text);
    }

    /// The files the import writes, relative to the folder, in order.
    pub fn writes(&self) -> Vec<String> {
        self.written.keys().map(|p| relative(&self.dir, p)).collect()
    }

    /// The folder's cards and exchange rates as they will be once the import is applied.
    pub fn catalog(&self) -> Result<Catalog, Diagnostics> {
        let cards: Vec<PathBuf> = if self.on_disk {
            Catalog::card_files(&self.dir)?
        } else {
            let is_card = |n: &&str| n.ends_with(".toml") && Path::new(n).file_name().is_some_and(|f| f != FX_FILE);
            SHIPPED
                .iter()
                .map(|(n, _)| *n)
                .filter(is_card)
                .filter_map(|n| Path::new(n).strip_prefix("ratecards").ok().map(|r| self.dir.join(r)))
                .collect()
        };
        Catalog::load_files(&self.dir, &cards, self.has(&self.dir.join(FX_FILE)), &|p| self.read(p))
    }

    /// Writes the import's files, each whole or not at all (making the folder from the shipped
    /// cards first when it is new). The folder was checked to load with them when they were put.
    pub fn apply(&self) -> std::io::Result<()> {
        if !self.on_disk {
            userdata::create_from_shipped(&self.dir)?;
        }
        for (path, text) in &self.written {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            AtomicFile::write(path, text.as_bytes())?;
        }
        Ok(())
    }
}

/// Today (UTC), the day an import's source says it was made.
pub fn today() -> NaiveDate {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map_or(NaiveDate::MIN, |d| d.date_naive())
}

/// `text` (a CSV file with a header) without the records `hit` picks, every other line kept
/// byte for byte; and how many were taken out.
pub(crate) fn without_records(text: &str, hit: impl Fn(&csv::StringRecord) -> bool) -> (String, usize) {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let records: Vec<(usize, bool)> = reader
        .records()
        .flatten()
        .map(|r| (r.position().and_then(|p| usize::try_from(p.byte()).ok()).unwrap_or(0), hit(&r)))
        .collect();
    let mut kept = String::with_capacity(text.len());
    let mut at = 0;
    let mut cut = 0usize;
    for (i, (start, hit)) in records.iter().enumerate() {
        if *hit {
            let end = records.get(i.saturating_add(1)).map_or(text.len(), |(s, _)| *s);
            kept.push_str(text.get(at..*start).unwrap_or_default());
            at = end;
            cut = cut.saturating_add(1);
        }
    }
    kept.push_str(text.get(at..).unwrap_or_default());
    (kept, cut)
}

/// `(after − before) / before × 100`, one decimal, half away from zero; `None` when `before` is
/// zero.
pub(crate) fn percent_change(before: Decimal, after: Decimal) -> Option<Decimal> {
    let change = after.checked_sub(before)?.checked_div(before)?.checked_mul(Decimal::ONE_HUNDRED)?;
    Some(change.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

/// `path` relative to `dir`, with `/` between parts, as cards name their tables.
pub(crate) fn relative(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_cut_whole_and_the_rest_kept_as_written() {
        let text = "date,market,currency,a\n2026-10-01,Netherlands,USD,\"x,\ny\"\n2026-10-01,Germany,USD,1\n2026-10-01,Netherlands,EUR,1\n";
        let (kept, n) = without_records(text, |r| r.get(1) == Some("Netherlands") && r.get(2) == Some("USD"));
        assert_eq!(n, 1);
        assert_eq!(kept, "date,market,currency,a\n2026-10-01,Germany,USD,1\n2026-10-01,Netherlands,EUR,1\n");
    }

    #[test]
    fn the_shipped_source_folder_is_never_an_import_target() {
        let e = Folder::open(Some(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ratecards"))).unwrap_err();
        assert!(e.to_string().contains("these are the shipped rate cards"), "{e}");
    }

    #[test]
    fn a_new_folder_reads_as_the_shipped_cards() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::open(Some(&dir.path().join("cards"))).unwrap();
        assert!(folder.is_new());
        assert_eq!(folder.catalog().unwrap().cards().len(), Catalog::shipped().unwrap().cards().len());
    }
}
