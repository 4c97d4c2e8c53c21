//! The window's menu bar (File, Edit, View, Help) with the usual shortcuts. An item does what the
//! page's matching button does: its id is sent to the page ([`crate::commands::menu`]), which runs
//! that button's own code, so every action has one code path whether clicked, chosen from the menu
//! or pressed as a shortcut. Quit and About are the window's own and stay here.
//!
//! The labels are English, as the app's other native dialogs are (docs/APP.md, "Languages").

use tauri::menu::{AboutMetadata, Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Runtime};

use crate::commands::menu::MenuForward;

/// The File menu's items the page acts on.
const FILE: &[Item] = &[
    ("new", "&New…", Some("CmdOrCtrl+N")),
    ("open", "&Open…", Some("CmdOrCtrl+O")),
    ("save", "&Save", Some("CmdOrCtrl+S")),
    ("save-as", "Save &as…", Some("CmdOrCtrl+Shift+S")),
    ("save-copy", "Save a &copy as…", None),
    ("export-csv", "Export &CSV…", None),
    ("export-quote", "Export &quote…", Some("CmdOrCtrl+P")),
];

/// The Edit menu's undo and redo of the form's edits (the page's history, not a text field's).
const EDIT: &[Item] = &[("undo", "&Undo", Some("CmdOrCtrl+Z")), ("redo", "&Redo", Some("CmdOrCtrl+Y"))];

/// The screens, as the tabs name them.
const VIEW: &[Item] = &[
    ("view-scenario", "&Scenario && comparison", Some("CmdOrCtrl+1")),
    ("view-breakeven", "&Breakeven", Some("CmdOrCtrl+2")),
    ("view-simulation", "S&imulation", Some("CmdOrCtrl+3")),
    ("view-import", "&Import", Some("CmdOrCtrl+4")),
    ("view-ratecards", "&Rate cards", Some("CmdOrCtrl+5")),
];

/// The Help screen.
const HELP: &[Item] = &[("help", "pricesim &Help", Some("F1"))];

/// The id of Quit: a close request, so unsaved changes are asked about as for the window's ✕.
const QUIT: &str = "quit";

/// An item the page acts on: its id (what the page hears), its label and its shortcut.
type Item = (&'static str, &'static str, Option<&'static str>);

/// A menu titled `title` with the `items`, to which more can be added.
fn submenu<'m, R: Runtime>(
    app: &'m AppHandle<R>,
    title: &str,
    items: &[Item],
) -> tauri::Result<SubmenuBuilder<'m, R, AppHandle<R>>> {
    let mut menu = SubmenuBuilder::new(app, title);
    for (id, label, keys) in items {
        let item = MenuItemBuilder::with_id(*id, *label);
        let item = match keys {
            Some(keys) => item.accelerator(*keys),
            None => item,
        };
        menu = menu.item(&item.build(app)?);
    }
    Ok(menu)
}

/// The menu bar.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let file = submenu(app, "&File", FILE)?
        .separator()
        .item(&MenuItemBuilder::with_id(QUIT, "&Quit").accelerator("CmdOrCtrl+Q").build(app)?)
        .build()?;
    // Cut, copy and paste stay the text fields' own keys: GTK's menu items for them would need
    // xdo to send those keys back to the web view.
    let edit = submenu(app, "&Edit", EDIT)?.build()?;
    let view = submenu(app, "&View", VIEW)?.build()?;
    let info = app.package_info();
    let about = AboutMetadata {
        name: Some("pricesim".into()),
        version: Some(info.version.to_string()),
        comments: Some(info.description.to_string()),
        ..Default::default()
    };
    let help = submenu(app, "&Help", HELP)?.separator().about_with_text("&About pricesim", Some(about)).build()?;
    MenuBuilder::new(app).items(&[&file, &edit, &view, &help]).build()
}

/// A menu item chosen (or its shortcut pressed): Quit asks the window to close, the rest go to
/// the page.
pub fn chosen<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref();
    if id == QUIT {
        if let Some(window) = app.get_webview_window("main") {
            // A close request, as the window's ✕: the close guard asks about unsaved changes.
            let _ = window.close();
        }
        return;
    }
    if let Some(forward) = app.try_state::<MenuForward>() {
        forward.send(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page reads the menu's shortcuts itself too (`ui/src/shortcuts.ts`, for keys the native
    /// menu does not see): the same keys for the same items, so a shortcut does one thing however
    /// it arrives.
    #[test]
    fn the_page_reads_the_menus_shortcuts_for_the_same_items() {
        let page = include_str!("../../ui/src/shortcuts.ts");
        for (id, _, keys) in [FILE, EDIT, VIEW, HELP].concat() {
            let Some(keys) = keys else { continue };
            let chord = keys.replace("CmdOrCtrl", "ctrl").to_lowercase();
            let key = if chord.contains('+') { format!("\"{chord}\"") } else { chord.clone() };
            assert!(page.contains(&format!("{key}: \"{id}\"")), "ui/src/shortcuts.ts lacks {chord} for {id}");
        }
    }
}
