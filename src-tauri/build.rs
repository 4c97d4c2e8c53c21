//! Tauri's build step: the app's context (config, capabilities, the embedded frontend), with the
//! app's commands declared so the capability can allow exactly them.

/// The commands of `src/commands`, allowed by `permissions/app.toml`.
const COMMANDS: &[&str] = &[
    "example_scenario",
    "templates",
    "template",
    "compare",
    "breakeven",
    "simulate",
    "open_scenario",
    "read_recent",
    "save_scenario",
    "save_scenario_copy",
    "recent_files",
    "set_dirty",
    "export_file",
    "export_quote",
    "vat_rates",
    "pick_logo",
    "import_log",
    "cancel_import",
    "check_invoice",
    "read_invoice_lines",
    "import_invoice_lines",
    "export_dispute",
    "ratecards",
    "save_ratecard",
    "save_prices",
    "reset_ratecard",
    "save_fx_rates",
    "reset_fx_rates",
    "prepare_rate_import",
    "apply_rate_import",
    "cancel_rate_import",
    "confirm_discard",
    "listen_menu",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        println!("cargo::error={e:#}");
        std::process::exit(1);
    }
}
