//! Never close over unsaved changes without asking: the page reports its state (`set_dirty`), and
//! a close request with changes is held until the user says to discard them.

use std::sync::atomic::Ordering;

use tauri::{Manager, Runtime, Window, WindowEvent};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons};

use crate::state::AppState;

/// The window's event handler for close requests.
pub fn ask_before_losing_changes<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    let dirty = window.try_state::<AppState>().is_some_and(|s| s.dirty.load(Ordering::SeqCst));
    if !dirty {
        return;
    }
    api.prevent_close();
    let window = window.clone();
    window
        .app_handle()
        .dialog()
        .message("This scenario has changes that are not saved. Close and lose them?")
        .title("Unsaved changes")
        .buttons(MessageDialogButtons::OkCancelCustom("Close without saving".into(), "Keep editing".into()))
        .show(move |close| {
            if close {
                if let Some(s) = window.try_state::<AppState>() {
                    s.dirty.store(false, Ordering::SeqCst);
                }
                let _ = window.destroy();
            }
        });
}
