//! The app's commands, one module per area. Each takes what the page sends (a scenario as the
//! TOML text of CONTRACT.md, which the core checks field by field) and returns the core's answer
//! as JSON, or a [`Failure`].

pub mod analysis;
pub mod document;
pub mod files;
pub mod import;
pub mod invoice;
pub mod menu;
pub mod pricing;
pub mod rate_import;
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
    /// The app itself is in a broken state (a command failed half-way before): restart it.
    Internal,
}

/// One problem of an input, where the core found it.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Problem {
    /// The dotted field.
    pub field: String,
    /// The file it is in, as the core names it (`scenario.toml`, `meta/rates-usd.csv`): a card's
    /// problem may be in one of its tables, not in the text being edited.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub file: Option<String>,
    /// The line in that file, when known.
    pub line: Option<usize>,
    /// The column, in characters, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl Failure {
    /// A failure of `kind` with no field problems.
    pub fn new(kind: FailureKind, message: impl ToString) -> Failure {
        Failure { kind, message: message.to_string(), problems: Vec::new() }
    }

    /// Bad input in one field of what the page sent (not of a file): `invalid`, with the problem
    /// of that field, so the page can show it beside it.
    pub fn invalid(field: &str, message: impl ToString) -> Failure {
        let message = message.to_string();
        let problem =
            Problem { field: field.to_string(), file: None, line: None, column: None, message: message.clone() };
        Failure { kind: FailureKind::Invalid, message, problems: vec![problem] }
    }
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Failure {
        let problems =
            d.0.iter()
                .map(|p| Problem {
                    field: p.field.clone(),
                    file: Some(p.file.display().to_string()),
                    line: p.line,
                    column: p.column,
                    message: p.message.clone(),
                })
                .collect();
        Failure { kind: FailureKind::Invalid, message: d.to_string(), problems }
    }
}

/// A file that could not be read or written.
fn io(path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::new(FailureKind::Io, format!("{}: {e}", path.display()))
}

/// The cards in use.
fn catalog<'a>(state: &'a State<'_, AppState>) -> Result<std::sync::RwLockReadGuard<'a, Catalog>, Failure> {
    state.catalog.read().map_err(|_| broken())
}

/// The answer when the rate cards' lock is poisoned.
fn broken() -> Failure {
    poisoned("the app's rate cards")
}

/// The answer when the lock over `what` is poisoned: a command panicked while holding it, so
/// what it guards may be half-changed; trying again would not help.
fn poisoned(what: &str) -> Failure {
    Failure::new(FailureKind::Internal, format!("{what} were left half-changed by a failed command: restart the app"))
}

/// The scenario in `text` (named `scenario.toml` in messages), checked against `catalog`.
fn scenario(text: &str, catalog: &Catalog) -> Result<Scenario, Failure> {
    Ok(pricesim::scenario::load_str(Path::new("scenario.toml"), text, catalog)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the page receives for a bad scenario, exactly: every problem with its file, line,
    /// column and field.
    #[test]
    fn a_bad_input_crosses_as_invalid_with_where_it_is() {
        let catalog = Catalog::shipped().unwrap();
        let text = "version = 1\nmonth = \"2026-13\"\ncurrency = \"EUR\"\n[contacts]\nengaged = -5\n";
        let failure = scenario(text, &catalog).unwrap_err();
        let json = serde_json::to_value(&failure).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid",
                "message": "scenario.toml:2:9: `month`: `2026-13` is not a month: write it as `YYYY-MM`, such as `2026-12`\nscenario.toml:5:11: `contacts.engaged`: must not be negative, found `-5`",
                "problems": [
                    {"field": "month", "file": "scenario.toml", "line": 2, "column": 9, "message": "`2026-13` is not a month: write it as `YYYY-MM`, such as `2026-12`"},
                    {"field": "contacts.engaged", "file": "scenario.toml", "line": 5, "column": 11, "message": "must not be negative, found `-5`"},
                ],
            })
        );
    }

    /// A field of what the page sent (not of a file) crosses with its name and no place in a file.
    #[test]
    fn a_bad_field_of_a_command_crosses_as_invalid_with_its_name() {
        let json = serde_json::to_value(Failure::invalid("months", "simulate 1 to 600 months")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid",
                "message": "simulate 1 to 600 months",
                "problems": [{"field": "months", "line": null, "message": "simulate 1 to 600 months"}],
            })
        );
        let json = serde_json::to_value(poisoned("the months of the last import")).unwrap();
        assert_eq!(json["kind"], "internal");
    }

    #[test]
    fn other_failures_cross_with_their_kind_and_no_problems() {
        let json = serde_json::to_value(broken()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "internal",
                "message": "the app's rate cards were left half-changed by a failed command: restart the app",
                "problems": [],
            })
        );
        let json = serde_json::to_value(Failure::new(FailureKind::Cancelled, "no file chosen")).unwrap();
        assert_eq!(json, serde_json::json!({"kind": "cancelled", "message": "no file chosen", "problems": []}));
    }
}
