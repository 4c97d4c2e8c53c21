//! The quote document a rep sends (issue: PDF, customer, number, validity, discount, VAT): the
//! core's `offer` made from the form's scenario, saved where the user says, by default as
//! `<customer> <number>.pdf` in the folder a quote was last saved to.
// `#[tauri::command]` expands an async command with `unreachable!` in code of its own.
#![allow(clippy::unreachable)]

use std::path::{Path, PathBuf};

use pricesim::atomic::AtomicFile;
use pricesim::i18n::Language;
use pricesim::offer::{self, Options};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

use super::files::{Dialog, FileKind, pick, with_extension};
use super::{Failure, FailureKind, catalog, io, scenario};
use crate::state::AppState;

/// What to make the document of.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct QuoteAsk {
    /// The scenario, with its `[quote]` details.
    pub text: String,
    /// The scenario's file, when saved: a logo's path is relative to its folder.
    pub path: Option<String>,
    /// `pdf` or `html`.
    pub format: String,
    /// The language, over `[quote] language`.
    pub language: Option<Language>,
}

/// A document saved, and what the rep must check before sending it.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct QuoteSaved {
    /// Where it was saved.
    pub path: String,
    /// Prices that are examples or unverified, a discount cut down: for the rep, not the prospect.
    pub warnings: Vec<String>,
}

/// Makes the document, asks where to save it and saves it whole.
#[tauri::command]
pub async fn export_quote<R: Runtime>(
    ask: QuoteAsk,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<QuoteSaved, Failure> {
    let (bytes, prepared, kind) = {
        let catalog = catalog(&state)?;
        let s = scenario(&ask.text, &catalog)?;
        let c = pricesim::compare::compare(&catalog, &s, &[]).map_err(|e| Failure::new(FailureKind::Pricing, e))?;
        let scenario_file = ask.path.as_deref().map(PathBuf::from);
        let base = scenario_file.as_deref().and_then(Path::parent).unwrap_or(Path::new("."));
        let options = Options { today: offer::today(), language: ask.language, base };
        let fail = |e: offer::OfferError| Failure::new(FailureKind::Pricing, e);
        let prepared = offer::prepare(&c, &s, &catalog, &options).map_err(fail)?;
        let kind = if ask.format == "html" { HTML } else { PDF };
        let bytes = offer::encode(&prepared.document, Path::new(&format!("quote.{}", kind.ext()))).map_err(fail)?;
        (bytes, prepared, kind)
    };
    let name = format!("{}.{}", prepared.file_stem, kind.ext());
    let folder = last_folder(&state.data);
    let path = with_extension(pick(&app, Dialog::SaveAs { kind, name, folder })?, kind.ext());
    AtomicFile::write(&path, &bytes).map_err(|e| io(&path, e))?;
    if let Some(folder) = path.parent() {
        remember_folder(&state.data, folder)?;
    }
    Ok(QuoteSaved { path: path.display().to_string(), warnings: prepared.warnings })
}

/// A VAT rate the quote form offers.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct VatChoice {
    /// The country (`NL`).
    pub country: String,
    /// Its standard rate in percent (`21`).
    pub percent: String,
}

/// The VAT rates the core knows, for the form's choice.
#[tauri::command]
pub fn vat_rates() -> Vec<VatChoice> {
    pricesim::vat::RATES
        .iter()
        .map(|r| VatChoice { country: r.country.to_string(), percent: r.percent().to_string() })
        .collect()
}

/// Asks for a logo (PNG or SVG) and returns its path.
#[tauri::command]
pub async fn pick_logo<R: Runtime>(app: AppHandle<R>) -> Result<String, Failure> {
    Ok(pick(&app, Dialog::Open(LOGO))?.display().to_string())
}

const LOGO: FileKind = FileKind { name: "logo.png", what: "Logo (PNG or SVG)", exts: &["png", "svg"] };
const PDF: FileKind = FileKind { name: "quote.pdf", what: "PDF document", exts: &["pdf"] };
const HTML: FileKind = FileKind { name: "quote.html", what: "HTML document", exts: &["html"] };

fn folder_file(data: &Path) -> PathBuf {
    data.join("quote-folder.txt")
}

/// The folder a quote was last saved to, while it exists.
fn last_folder(data: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(folder_file(data)).ok()?;
    let folder = PathBuf::from(text.trim());
    folder.is_dir().then_some(folder)
}

fn remember_folder(data: &Path, folder: &Path) -> Result<(), Failure> {
    std::fs::create_dir_all(data).map_err(|e| io(data, e))?;
    let file = folder_file(data);
    AtomicFile::write(&file, folder.display().to_string().as_bytes()).map_err(|e| io(&file, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_last_used_is_offered_while_it_exists() {
        let data = std::env::temp_dir().join(format!("pricesim-quote-folder-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data);
        assert_eq!(last_folder(&data), None);
        let folder = data.join("quotes");
        std::fs::create_dir_all(&folder).unwrap();
        remember_folder(&data, &folder).unwrap();
        assert_eq!(last_folder(&data), Some(folder.clone()));
        std::fs::remove_dir_all(&folder).unwrap();
        assert_eq!(last_folder(&data), None, "a folder since removed is not offered");
        std::fs::remove_dir_all(&data).unwrap();
    }
}
