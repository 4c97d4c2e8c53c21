//! Imports of the files Meta and the ECB publish (Meta's rate-card CSV, the ECB's
//! `eurofxref-hist.csv`) into the user's rate cards, in two steps the page shows between: a file
//! picked in a native dialog is read and its change report answered ([`prepare_rate_import`]),
//! writing nothing; the user applies it ([`apply_rate_import`]) or leaves it. The core does both
//! steps (`pricesim::import`), as `pricesim ratecards import meta` and `pricesim fx import` do at
//! once.
//!
//! Applying reads the file again and works the import out afresh: the cards (or the file) may
//! have changed since the report was shown, and what is written must be what was shown. When the
//! new report differs, nothing is written and the page is told to look again.
// `#[tauri::command]` expands an async command with `unreachable!` in code of its own.
#![allow(clippy::unreachable)]

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDate;
use pricesim::import::ecb::FxImport;
use pricesim::import::meta::MetaImport;
use pricesim::import::{self, Folder};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

use super::files::{Dialog, FileKind, pick};
use super::ratecards::{Cards, reload, view};
use super::{Failure, FailureKind};
use crate::state::AppState;

/// Which file to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RateFile {
    /// A rate card in Meta's own CSV format, in one currency.
    Meta,
    /// The ECB's historical euro reference rates.
    Ecb,
}

/// What to import.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RateImportAsk {
    /// Which file.
    pub kind: RateFile,
    /// For Meta's file, the first day its rates are in force (`YYYY-MM-DD`): Meta's files do not
    /// say it.
    pub effective: Option<String>,
}

/// An import worked out and not yet applied: what it changes and the files it writes.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RateImport {
    /// Meta's rates, by market and category.
    Meta {
        /// What applying it would change, market by market.
        report: MetaImport,
    },
    /// The ECB's exchange rates, by currency.
    Ecb {
        /// What applying it would change, currency by currency.
        report: FxImport,
    },
}

impl RateImport {
    fn apply(&self) -> std::io::Result<()> {
        match self {
            RateImport::Meta { report } => report.apply(),
            RateImport::Ecb { report } => report.apply(),
        }
    }
}

/// The import the page was last shown, to be applied as shown.
#[derive(Debug, Default)]
pub struct Pending(Mutex<Option<Shown>>);

/// What was read, and the report shown of it.
#[derive(Debug, Clone)]
struct Shown {
    kind: RateFile,
    file: PathBuf,
    effective: Option<NaiveDate>,
    report: String,
}

/// Meta's file, as the dialog filters and (in the end-to-end build) answers it.
const META_FILE: FileKind = FileKind { name: "meta-rates.csv", what: "Meta rate card (CSV)", exts: &["csv"] };

/// The ECB's file.
const ECB_FILE: FileKind = FileKind { name: "eurofxref-hist.csv", what: "ECB reference rates (CSV)", exts: &["csv"] };

/// Asks for the file in a native dialog and answers what importing it would change; nothing is
/// written until [`apply_rate_import`]. Answers `cancelled` when the dialog is closed.
#[tauri::command]
pub async fn prepare_rate_import<R: Runtime>(
    ask: RateImportAsk,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<RateImport, Failure> {
    // The date first: a wrong one is said before a file is asked for.
    let effective = effective(ask.kind, ask.effective.as_deref())?;
    let file = pick(&app, Dialog::Open(if ask.kind == RateFile::Meta { META_FILE } else { ECB_FILE }))?;
    let prepared = prepare(ask.kind, &file, effective, &state.cards_dir())?;
    let shown = Shown { kind: ask.kind, file, effective, report: shown_as(&prepared)? };
    *state.rate_import.0.lock().map_err(|_| super::broken())? = Some(shown);
    Ok(prepared)
}

/// Writes the import last shown into the user's cards and uses them at once.
#[tauri::command]
pub fn apply_rate_import(state: State<'_, AppState>) -> Result<Cards, Failure> {
    let shown = state
        .rate_import
        .0
        .lock()
        .map_err(|_| super::broken())?
        .take()
        .ok_or_else(|| Failure::new(FailureKind::Pricing, "no import to apply: import a file first"))?;
    let prepared = prepare(shown.kind, &shown.file, shown.effective, &state.cards_dir())?;
    if shown_as(&prepared)? != shown.report {
        return Err(Failure::new(
            FailureKind::Pricing,
            format!(
                "{} or the rate cards changed since the report was shown: nothing was written; import it again to see what it changes now",
                shown.file.display()
            ),
        ));
    }
    prepared.apply().map_err(|e| super::io(&state.cards_dir(), e))?;
    reload(&state)?;
    view(&state)
}

/// Forgets the import shown: the user left it.
#[tauri::command]
pub fn cancel_rate_import(state: State<'_, AppState>) -> Result<(), Failure> {
    *state.rate_import.0.lock().map_err(|_| super::broken())? = None;
    Ok(())
}

/// The effective date Meta's file needs, from the page's field.
fn effective(kind: RateFile, given: Option<&str>) -> Result<Option<NaiveDate>, Failure> {
    if kind == RateFile::Ecb {
        return Ok(None);
    }
    let given = given.map(str::trim).unwrap_or_default();
    let invalid = |message: String| Failure {
        kind: FailureKind::Invalid,
        message: message.clone(),
        problems: vec![super::Problem { field: "effective".into(), file: None, line: None, column: None, message }],
    };
    if given.is_empty() {
        return Err(invalid(
            "give the first day the file's rates are in force (YYYY-MM-DD): Meta's files do not say it".into(),
        ));
    }
    NaiveDate::parse_from_str(given, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| invalid(format!("`{given}` is not a date: write it as YYYY-MM-DD, such as 2026-10-01")))
}

/// Works out the import of `file` into the cards folder `dir`, writing nothing.
fn prepare(kind: RateFile, file: &Path, effective: Option<NaiveDate>, dir: &Path) -> Result<RateImport, Failure> {
    let folder = Folder::open(Some(dir))?;
    Ok(match (kind, effective) {
        (RateFile::Meta, Some(day)) => {
            RateImport::Meta { report: import::meta::prepare(folder, file, day, import::today())? }
        }
        (RateFile::Meta, None) => {
            return Err(Failure::new(FailureKind::Invalid, "Meta's file needs its effective date"));
        }
        (RateFile::Ecb, _) => RateImport::Ecb { report: import::ecb::prepare(folder, file, import::today())? },
    })
}

/// The report as the page saw it, to compare with the one worked out when applying.
fn shown_as(prepared: &RateImport) -> Result<String, Failure> {
    serde_json::to_string(prepared).map_err(|e| Failure::new(FailureKind::Internal, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Meta file of two markets, in Meta's own format: a preamble, the header with a line break
    /// in a quoted cell, `n/a`.
    const META: &str = "\"Cost per message in USD\",,,,,,\nMarket,Currency,Marketing,Utility,Authentication,\"Authentication-\nInternational\",Service\nNetherlands,USD,0.2000,0.0400,0.0400,n/a,n/a\nGermany,USD,0.1500,0.0600,0.0700,n/a,n/a\n";

    fn folder(name: &str) -> (PathBuf, PathBuf) {
        let root = std::env::temp_dir().join(format!("pricesim-rate-import-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        let file = root.join("meta.csv");
        std::fs::write(&file, META).unwrap();
        (root.join("ratecards"), file)
    }

    #[test]
    fn a_report_writes_nothing_and_names_each_change() {
        let (dir, file) = folder("report");
        let day = NaiveDate::from_ymd_opt(2027, 1, 1);
        let RateImport::Meta { report } = prepare(RateFile::Meta, &file, day, &dir).unwrap() else { panic!("meta") };
        assert!(!dir.exists(), "nothing written before it is applied");
        assert!(report.new_folder);
        let nl: Vec<_> =
            report.changes.iter().filter(|c| c.market == "Netherlands").map(|c| c.after.as_str()).collect();
        assert_eq!(nl, ["0.2000", "0.0400", "0.0400", "n/a", "n/a"], "{:?}", report.changes);
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
    }

    #[test]
    fn the_report_shown_is_the_one_applied() {
        let (dir, file) = folder("same");
        let day = NaiveDate::from_ymd_opt(2027, 1, 1);
        let first = shown_as(&prepare(RateFile::Meta, &file, day, &dir).unwrap()).unwrap();
        assert_eq!(
            shown_as(&prepare(RateFile::Meta, &file, day, &dir).unwrap()).unwrap(),
            first,
            "read twice, the same"
        );
        std::fs::write(&file, META.replace("0.2000", "0.2100")).unwrap();
        assert_ne!(
            shown_as(&prepare(RateFile::Meta, &file, day, &dir).unwrap()).unwrap(),
            first,
            "a changed file is seen"
        );
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
    }

    #[test]
    fn meta_needs_a_date_and_says_which_field() {
        let json = serde_json::to_value(effective(RateFile::Meta, Some("2026-13-01")).unwrap_err()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid",
                "message": "`2026-13-01` is not a date: write it as YYYY-MM-DD, such as 2026-10-01",
                "problems": [{"field": "effective", "line": null, "message": "`2026-13-01` is not a date: write it as YYYY-MM-DD, such as 2026-10-01"}],
            })
        );
        assert!(effective(RateFile::Meta, Some(" ")).is_err());
        assert_eq!(effective(RateFile::Ecb, None).unwrap(), None, "the ECB's file dates its own rates");
    }
}
