//! pricesim's desktop app (see the library, `src/lib.rs`): started on Tauri's real runtime.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// A quote is built of many small strings and lists (lines, warnings, provenance), made and freed
/// on every keystroke in the app and every month of a simulation: mimalloc makes and frees them
/// at a fraction of the system allocator's cost (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut context = tauri::generate_context!();
    if cfg!(feature = "e2e") {
        // Tests get their own identity, so their data folder is never a user's.
        context.config_mut().identifier = "com.pricesim.desktop.e2e".to_string();
    }
    if let Err(e) = pricesim_app::app(tauri::Builder::default()).run(context) {
        eprintln!("pricesim: the app could not start: {e}");
        std::process::exit(1);
    }
}
