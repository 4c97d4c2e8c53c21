//! The menu's way to the page: the page opens a channel ([`listen_menu`]) once it has started,
//! and every item chosen from the menu bar (`crate::menu`) is sent on it as the item's id. A
//! channel of the app's own, rather than a Tauri event, keeps the window's capability to the
//! app's commands alone (no `core:event` permission).

use std::sync::Mutex;

use tauri::State;
use tauri::ipc::Channel;

/// The page's channel, once it listens.
#[derive(Default)]
pub struct MenuForward(Mutex<Option<Channel<String>>>);

impl MenuForward {
    /// Sends the id of the item chosen to the page; nothing when the page does not listen (yet).
    pub fn send(&self, id: &str) {
        if let Ok(channel) = self.0.lock()
            && let Some(channel) = channel.as_ref()
        {
            // A page gone away hears nothing; the next one to start listens anew.
            let _ = channel.send(id.to_string());
        }
    }
}

/// The page listens to the menu on `channel` (a page loaded again replaces the one before).
#[tauri::command]
pub fn listen_menu(channel: Channel<String>, forward: State<'_, MenuForward>) {
    if let Ok(mut slot) = forward.0.lock() {
        *slot = Some(channel);
    }
}
