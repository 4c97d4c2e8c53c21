//! pricesim's desktop app: thin Tauri commands over the `pricesim` library. The window shows a
//! scenario and every plan compared as it is typed; breakeven charts, simulations, rate cards and
//! files are the other screens (`ui/`).
//!
//! Commands live in [`commands`], one module per area; every error crosses to the page as
//! `{kind, message, problems}` ([`commands::Failure`]). [`app`] puts the app together for any
//! Tauri runtime: the real one in `main.rs`, the mock one in the command tests.

pub mod close;
pub mod commands;
#[cfg(test)]
mod commands_tests;
#[cfg(test)]
mod ipc;
pub mod menu;
pub mod state;

use tauri::{Builder, Manager, Runtime};

/// The app on `builder`: its plugins, state (in the platform's app data folder), menu bar, close
/// guard and commands.
pub fn app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(commands::menu::MenuForward::default())
        .menu(menu::build)
        .on_menu_event(menu::chosen)
        .setup(|app| {
            let data = app.path().app_data_dir()?;
            // Already managed when a test gave the app a data folder of its own.
            app.manage(state::AppState::open(data).map_err(|e| e.to_string())?);
            Ok(())
        })
        .on_window_event(close::ask_before_losing_changes)
        .invoke_handler(tauri::generate_handler![
            commands::scenario::example_scenario,
            commands::scenario::templates,
            commands::scenario::template,
            commands::pricing::compare,
            commands::analysis::breakeven,
            commands::analysis::simulate,
            commands::files::open_scenario,
            commands::files::read_recent,
            commands::files::save_scenario,
            commands::files::save_scenario_copy,
            commands::files::recent_files,
            commands::files::set_dirty,
            commands::files::export_file,
            commands::document::export_quote,
            commands::document::vat_rates,
            commands::document::pick_logo,
            commands::import::import_log,
            commands::import::cancel_import,
            commands::invoice::check_invoice,
            commands::invoice::read_invoice_lines,
            commands::invoice::import_invoice_lines,
            commands::invoice::export_dispute,
            commands::ratecards::ratecards,
            commands::ratecards::save_ratecard,
            commands::ratecards::save_prices,
            commands::ratecards::reset_ratecard,
            commands::ratecards::save_fx_rates,
            commands::ratecards::reset_fx_rates,
            commands::rate_import::prepare_rate_import,
            commands::rate_import::apply_rate_import,
            commands::rate_import::cancel_rate_import,
            commands::unsaved::confirm_discard,
            commands::menu::listen_menu,
        ])
}

#[cfg(test)]
mod tests {
    /// The four lists of the app's commands agree: registered (`generate_handler!`), declared to
    /// Tauri's build (`build.rs`), allowed to the window (`permissions/app.toml`) and called by
    /// the page (`ui/src/api.ts`). A command missing from one would be refused, or never used.
    #[test]
    fn every_registered_command_is_allowed_and_only_those() {
        let main = include_str!("lib.rs");
        let handler = main.split("generate_handler![").nth(1).and_then(|rest| rest.split(']').next()).unwrap();
        let mut registered: Vec<String> = handler
            .split(',')
            .filter_map(|path| path.trim().rsplit("::").next())
            .filter(|name| !name.is_empty())
            .map(str::to_string)
            .collect();
        registered.sort();
        let build = include_str!("../build.rs");
        let list = build.split("COMMANDS: &[&str] = &[").nth(1).and_then(|rest| rest.split("];").next()).unwrap();
        let mut declared: Vec<String> =
            list.split(',').map(|s| s.trim().trim_matches('"').to_string()).filter(|s| !s.is_empty()).collect();
        declared.sort();
        assert_eq!(registered, declared, "build.rs's COMMANDS");
        let toml = include_str!("../permissions/app.toml");
        let mut allowed: Vec<String> = toml
            .lines()
            .filter_map(|l| l.trim().strip_prefix("\"allow-"))
            .map(|l| l.trim_end_matches(['"', ',']).replace('-', "_"))
            .collect();
        allowed.sort();
        assert_eq!(registered, allowed, "permissions/app.toml");
        // And the page calls exactly those, each by its name (`call<…>("compare", …)`).
        let api = include_str!("../../ui/src/api.ts");
        let mut called: Vec<String> = api
            .split("call<")
            .skip(1)
            .filter_map(|rest| rest.split_once(">(\"").and_then(|(_, name)| name.split('"').next()))
            .map(str::to_string)
            .collect();
        called.sort();
        called.dedup();
        assert_eq!(registered, called, "ui/src/api.ts");
    }
}
