//! The scenario the app opens with.

use super::files::Loaded;

/// The example the first start opens, so the first screen already compares plans.
#[tauri::command]
pub fn example_scenario() -> Loaded {
    Loaded { path: None, text: include_str!("../../../examples/dealer-nl.toml").to_string() }
}
