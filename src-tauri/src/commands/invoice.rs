//! The invoice check's form: the page sends the invoice as typed (`EnteredInvoice`), the core
//! checks it against the last usage log imported (`usagelog::check`, as `rate-log usage
//! --invoice`), reads lines pasted or picked as a CSV file (`usagelog::entered::read_lines`), and
//! writes the result as a dispute, CSV or a document in the quote document's style
//! (`usagelog::dispute`). The form only builds the input and shows the answer.
// `#[tauri::command]` expands an async command with `unreachable!` in code of its own.
#![allow(clippy::unreachable)]

use std::path::Path;

use pricesim::atomic::AtomicFile;
use pricesim::diag::read_text;
use pricesim::i18n::Language;
use pricesim::offer;
use pricesim::usagelog::UsageMonth;
use pricesim::usagelog::check::{self, InvoiceCheck};
use pricesim::usagelog::dispute;
use pricesim::usagelog::entered::{EnteredInvoice, EnteredLine, read_lines};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

use super::files::{Dialog, FileKind, pick, with_extension};
use super::{Failure, FailureKind, catalog, io};
use crate::state::AppState;

/// Lines read from a CSV file.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LinesRead {
    /// The file the lines were read from, to say so.
    pub path: String,
    /// Its lines, each field as the file gives it.
    pub lines: Vec<EnteredLine>,
}

/// A dispute to write.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DisputeAsk {
    /// The invoice as the form has it: checked again, so what is written is what it gives.
    pub invoice: EnteredInvoice,
    /// `csv`, `pdf` or `html`.
    pub format: String,
    /// The reader's language.
    pub language: Language,
}

/// The months of the last usage log imported, or why there are none.
fn last_usage(state: &State<'_, AppState>) -> Result<Vec<UsageMonth>, Failure> {
    let months = state.last_usage.lock().map_err(|_| super::poisoned("the months of the last import"))?.clone();
    if months.is_empty() {
        return Err(Failure::new(FailureKind::Pricing, "import a usage log first: the invoice is checked against it"));
    }
    Ok(months)
}

/// The invoice as typed, checked line by line against the last usage log imported.
fn checked(invoice: &EnteredInvoice, state: &State<'_, AppState>) -> Result<(InvoiceCheck, Vec<UsageMonth>), Failure> {
    let parsed = invoice.invoice()?;
    let months = last_usage(state)?;
    let c = check::check(&parsed, &months, &*catalog(state)?);
    Ok((c, months))
}

/// Checks the invoice the form holds against the last usage log imported.
#[tauri::command]
pub fn check_invoice(invoice: EnteredInvoice, state: State<'_, AppState>) -> Result<InvoiceCheck, Failure> {
    Ok(checked(&invoice, &state)?.0)
}

/// Lines pasted into the form (a spreadsheet's rows, tab- or comma-separated), read by the core.
#[tauri::command]
pub fn read_invoice_lines(text: String) -> Result<Vec<EnteredLine>, Failure> {
    Ok(read_lines(Path::new("the pasted lines"), &text)?)
}

/// Asks for a CSV file of invoice lines and reads it.
#[tauri::command]
pub async fn import_invoice_lines<R: Runtime>(app: AppHandle<R>) -> Result<LinesRead, Failure> {
    let path = pick(&app, Dialog::Open(LINES))?;
    let lines = read_lines(&path, &read_text(&path, "the invoice lines")?)?;
    Ok(LinesRead { path: path.display().to_string(), lines })
}

/// Checks the invoice again and saves it as a dispute where the user says; returns the path.
#[tauri::command]
pub async fn export_dispute<R: Runtime>(
    ask: DisputeAsk,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, Failure> {
    let fail = |e: dispute::DisputeError| Failure::new(FailureKind::Pricing, e);
    let (c, months) = checked(&ask.invoice, &state)?;
    let month = months.iter().find(|m| m.month == c.month);
    let (kind, bytes, stem) = match (ask.format.as_str(), month) {
        ("csv", _) => (CSV, dispute::csv(&c, ask.language).map_err(fail)?.into_bytes(), None),
        (format, Some(month)) => {
            let d = dispute::document(&c, &ask.invoice, month, &*catalog(&state)?, ask.language, offer::today())
                .map_err(fail)?;
            let kind = if format == "html" { HTML } else { PDF };
            let file = format!("dispute.{}", kind.ext());
            let bytes =
                offer::encode(&d.document, Path::new(&file)).map_err(|e| Failure::new(FailureKind::Pricing, e))?;
            (kind, bytes, Some(d.file_stem))
        }
        // No such month: the check says why, and so does the error.
        (_, None) => return Err(fail(dispute::DisputeError::NotChecked(c.problem.unwrap_or_default()))),
    };
    let stem = stem.unwrap_or_else(|| format!("dispute {} {}", c.plan.replace('/', "-"), c.month));
    let name = format!("{stem}.{}", kind.ext());
    let path = with_extension(pick(&app, Dialog::SaveAs { kind, name, folder: None })?, kind.ext());
    AtomicFile::write(&path, &bytes).map_err(|e| io(&path, e))?;
    Ok(path.display().to_string())
}

/// A CSV file of invoice lines.
const LINES: FileKind = FileKind { name: "invoice-lines.csv", what: "Invoice lines (CSV)", exts: &["csv", "txt"] };
const CSV: FileKind = FileKind { name: "dispute.csv", what: "CSV", exts: &["csv"] };
const PDF: FileKind = FileKind { name: "dispute.pdf", what: "PDF document", exts: &["pdf"] };
const HTML: FileKind = FileKind { name: "dispute.html", what: "HTML document", exts: &["html"] };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_problems_cross_with_line_and_field() {
        let form = EnteredInvoice {
            plan: "web1on1/base".into(),
            month: "2026-12".into(),
            lines: vec![EnteredLine {
                description: "Base".into(),
                quantity: "x".into(),
                amount: "1".into(),
                code: String::new(),
            }],
            ..EnteredInvoice::default()
        };
        let failure: Failure = form.invoice().unwrap_err().into();
        let json = serde_json::to_value(&failure).unwrap();
        assert_eq!(json["kind"], "invalid");
        assert_eq!(json["problems"][0]["line"], 1);
        assert_eq!(json["problems"][0]["field"], "quantity");
    }
}
