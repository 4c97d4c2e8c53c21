//! Asking before unsaved work is replaced (New, Open…, a recent file, an imported log opened as a
//! scenario): a native dialog, since the page's `window.confirm` shows nothing in WebKitGTK and
//! answers at once. The close prompt asks the same way (`crate::close`).
//!
//! The end-to-end build asks no one: the answer is the word in the file `answer` of the folder
//! `PRICESIM_E2E_DIALOG` (`cancel` when there is none), and the question is written to `asked`
//! beside it, so a test can see that it was asked and what.

use serde::Serialize;
use tauri::{AppHandle, Runtime};

use super::{Failure, FailureKind};

/// What to do with the unsaved changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// Save them first.
    Save,
    /// Lose them.
    Discard,
    /// Keep editing: replace nothing.
    Cancel,
}

const QUESTION: &str = "This scenario has changes that are not saved. Save them before going on?";

/// Asks what to do with the unsaved changes before they would be replaced.
#[tauri::command(async)]
pub fn confirm_discard<R: Runtime>(app: AppHandle<R>) -> Result<Choice, Failure> {
    if cfg!(feature = "e2e") {
        let _ = app;
        let dir = std::env::var_os("PRICESIM_E2E_DIALOG")
            .map(std::path::PathBuf::from)
            .ok_or_else(|| Failure::new(FailureKind::Cancelled, "no answer"))?;
        std::fs::write(dir.join("asked"), QUESTION).map_err(|e| super::io(&dir, e))?;
        let answer = std::fs::read_to_string(dir.join("answer")).unwrap_or_default();
        return Ok(match answer.trim() {
            "save" => Choice::Save,
            "discard" => Choice::Discard,
            _ => Choice::Cancel,
        });
    }
    use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogResult};
    let result = app
        .dialog()
        .message(QUESTION)
        .title("Unsaved changes")
        .buttons(MessageDialogButtons::YesNoCancelCustom("Save".into(), "Don't save".into(), "Cancel".into()))
        .blocking_show_with_result();
    Ok(match result {
        MessageDialogResult::Yes => Choice::Save,
        MessageDialogResult::No => Choice::Discard,
        MessageDialogResult::Custom(label) if label == "Save" => Choice::Save,
        MessageDialogResult::Custom(label) if label == "Don't save" => Choice::Discard,
        _ => Choice::Cancel,
    })
}
