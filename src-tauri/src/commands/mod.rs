//! The app's commands, one module per area. Each takes what the page sends (a scenario as the
//! TOML text of CONTRACT.md, which the core checks field by field) and returns the core's answer
//! as JSON, or a [`Failure`].

pub mod analysis;
pub mod files;
pub mod import;
pub mod pricing;
pub mod ratecards;
pub mod scenario;

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::diag::Diagnostics;
use pricesim::scenario::Scenario;
use serde::Serialize;
use tauri::State;

use crate::state::AppState;

/// An error as the page sees it.
#[derive(Debug, Serialize)]
pub struct Failure {
    /// `invalid` (the input is wrong: see `problems`), `io` (a file could not be read or
    /// written), `cancelled` (the user closed a dialog), `pricing` (the scenario cannot be priced
    /// as asked).
    pub kind: &'static str,
    /// A sentence for people.
    pub message: String,
    /// For `invalid`: each problem with its field (a dotted path such as `contacts.engaged`) and
    /// line, so the page can show it beside the field.
    pub problems: Vec<Problem>,
}

/// One problem of an input.
#[derive(Debug, Serialize)]
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
    pub fn new(kind: &'static str, message: impl ToString) -> Failure {
        Failure { kind, message: message.to_string(), problems: Vec::new() }
    }
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Failure {
        let problems =
            d.0.iter().map(|p| Problem { field: p.field.clone(), line: p.line, message: p.message.clone() }).collect();
        Failure { kind: "invalid", message: d.to_string(), problems }
    }
}

/// A file that could not be read or written.
fn io(path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::new("io", format!("{}: {e}", path.display()))
}

/// The cards in use.
fn catalog<'a>(state: &'a State<'_, AppState>) -> Result<std::sync::RwLockReadGuard<'a, Catalog>, Failure> {
    state.catalog.read().map_err(|_| Failure::new("io", "the rate cards are being changed: try again"))
}

/// The scenario in `text` (named `scenario.toml` in messages), checked against `catalog`.
fn scenario(text: &str, catalog: &Catalog) -> Result<Scenario, Failure> {
    Ok(pricesim::scenario::load_str(Path::new("scenario.toml"), text, catalog)?)
}
