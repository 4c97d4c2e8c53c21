//! End-to-end tests of the desktop app live in `tests/`; they drive the real binary, built with
//! the `e2e` feature, through `tauri-driver` and WebKitWebDriver under Xvfb (`scripts/test`).
//! This library holds what WebDriver cannot do: [`windows`].

pub mod windows;
