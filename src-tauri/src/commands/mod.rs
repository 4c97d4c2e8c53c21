//! The app's commands, one module per area. Each takes what the page sends (a scenario as the
//! TOML text of CONTRACT.md, which the core checks field by field) and returns the core's answer
//! as JSON, or a [`Failure`].

pub mod analysis;
pub mod document;
pub mod files;
pub mod import;
pub mod pricing;
pub mod ratecards;
pub mod scenario;
pub mod unsaved;

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::diag::Diagnostics;
use pricesim::scenario::Scenario;
use serde::Serialize;
use tauri::State;

use crate::state::AppState;

/// An error as the page sees it.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Failure {
    /// What kind of failure, so the page knows where to show it.
    pub kind: FailureKind,
    /// A sentence for people.
    pub message: String,
    /// For `invalid`: each problem with its field (a dotted path such as `contacts.engaged`) and
    /// line, so the page can show it beside the field.
    pub problems: Vec<Problem>,
}

/// Kinds of failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// The input is wrong: see `problems`.
    Invalid,
    /// A file could not be read or written.
    Io,
    /// The user closed a dialog or cancelled an import.
    Cancelled,
    /// The scenario cannot be priced as asked.
    Pricing,
}

/// One problem of an input.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Problem {
    /// The dotted field.
    pub field: String,
    /// The line in the scenario's text, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl Failure {
    /// A failure of `kind` with no field problems.
    pub fn new(kind: FailureKind, message: impl ToString) -> Failure {
        Failure { kind, message: message.to_string(), problems: Vec::new() }
    }
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Failure {
        let problems =
            d.0.iter().map(|p| Problem { field: p.field.clone(), line: p.line, message: p.message.clone() }).collect();
        Failure { kind: FailureKind::Invalid, message: d.to_string(), problems }
    }
}

/// A file that could not be read or written.
fn io(path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::new(FailureKind::Io, format!("{}: {e}", path.display()))
}

/// The cards in use.
fn catalog<'a>(state: &'a State<'_, AppState>) -> Result<std::sync::RwLockReadGuard<'a, Catalog>, Failure> {
    state.catalog.read().map_err(|_| Failure::new(FailureKind::Io, "the rate cards are being changed: try again"))
}

/// The scenario in `text` (named `scenario.toml` in messages), checked against `catalog`.
fn scenario(text: &str, catalog: &Catalog) -> Result<Scenario, Failure> {
    Ok(pricesim::scenario::load_str(Path::new("scenario.toml"), text, catalog)?)
}
