//! pricesim's desktop app: thin Tauri commands over the `pricesim` library. The window shows a
//! scenario and every plan compared as it is typed; breakeven charts, simulations, rate cards and
//! files are the other screens (`ui/`).
//!
//! Commands live in [`commands`], one module per area; every error crosses to the page as
//! `{kind, message, problems}` ([`commands::Failure`]).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// A quote is built of many small strings and lists (lines, warnings, provenance), made and freed
/// on every keystroke in the app and every month of a simulation: mimalloc makes and frees them
/// at a fraction of the system allocator's cost (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod close;
mod commands;
#[cfg(test)]
mod ipc;
mod state;

fn main() {
    let mut context = tauri::generate_context!();
    if cfg!(feature = "e2e") {
        // Tests get their own identity, so their data folder is never a user's.
        context.config_mut().identifier = "com.pricesim.desktop.e2e".to_string();
    }
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            use tauri::Manager;
            let data = app.path().app_data_dir()?;
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
            commands::files::recent_files,
            commands::files::set_dirty,
            commands::files::export_file,
            commands::document::export_quote,
            commands::document::vat_rates,
            commands::document::pick_logo,
            commands::import::import_log,
            commands::import::cancel_import,
            commands::import::check_invoice,
            commands::ratecards::ratecards,
            commands::ratecards::save_ratecard,
            commands::ratecards::reset_ratecard,
            commands::unsaved::confirm_discard,
        ])
        .run(context);
    if let Err(e) = app {
        eprintln!("pricesim: the app could not start: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    /// Every command the app registers is allowed to the window, and no other: a command missing
    /// from `build.rs` or `permissions/app.toml` would be refused to the page at run time.
    #[test]
    fn every_registered_command_is_allowed_and_only_those() {
        let main = include_str!("main.rs");
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
    }
}
