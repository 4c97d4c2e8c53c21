//! The commands as the page calls them, on Tauri's mock runtime: the real app (`crate::app`, its
//! capability and commands) with a data folder of its own, each command invoked through IPC with the page's JSON and its answer
//! or error read back as the page would.

use std::path::PathBuf;

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

/// The app on the mock runtime, its data in a fresh folder, and its window.
fn app(name: &str) -> (App<MockRuntime>, WebviewWindow<MockRuntime>, PathBuf) {
    let data = std::env::temp_dir().join(format!("pricesim-mock-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    // The real context: its capability (the window may call the app's commands and nothing else) applies.
    let app = crate::app(mock_builder()).build(tauri::generate_context!()).unwrap();
    // The state the app's setup would make, in this test's own folder.
    app.manage(crate::state::AppState::open(data.clone()).unwrap());
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    (app, window, data)
}

/// `command` called with `args` (the page's JSON): its answer, or its error.
fn call(window: &WebviewWindow<MockRuntime>, command: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: command.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // The page's own origin on Linux: the capability allows local pages only.
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn the_example_is_compared_with_the_cheapest_named() {
    let (_app, window, data) = app("compare");
    let example = call(&window, "example_scenario", json!({})).unwrap();
    let text = example["text"].as_str().unwrap();
    let compared =
        call(&window, "compare", json!({ "base": text, "form": text, "outlook": false, "keystroke": 1 })).unwrap();
    assert_eq!(compared["comparison"]["cheapest"], "web1on1/grow");
    assert_eq!(compared["scenario"]["quote"]["customer"], "Garage Jansen B.V.", "[quote] reaches the page");
    assert!(compared["comparison"].get("headroom").is_none(), "the ranking alone, first");
    // With its outlook: what `pricesim quote` says beyond the month, the headroom among it.
    let full =
        call(&window, "compare", json!({ "base": text, "form": text, "outlook": true, "keystroke": 2 })).unwrap();
    assert_eq!(full["comparison"]["quotes"], compared["comparison"]["quotes"], "the same quotes");
    assert_eq!(full["comparison"]["headroom"][0]["usage"], "contacts.engaged");
    // An outlook for a keystroke older than one already asked about is given up, not worked out.
    call(&window, "compare", json!({ "base": text, "form": text, "outlook": false, "keystroke": 9 })).unwrap();
    let stale = call(&window, "compare", json!({ "base": text, "form": text, "outlook": true, "keystroke": 8 }));
    assert_eq!(stale.unwrap_err()["kind"], "cancelled");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_bad_form_crosses_as_invalid_with_its_field_and_line() {
    let (_app, window, data) = app("invalid");
    let form = "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = -5\n";
    let err =
        call(&window, "compare", json!({ "base": "", "form": form, "outlook": false, "keystroke": 1 })).unwrap_err();
    assert_eq!(
        err,
        json!({
            "kind": "invalid",
            "message": "scenario.toml:5:11: `contacts.engaged`: must not be negative, found `-5`",
            "problems": [{"field": "contacts.engaged", "file": "scenario.toml", "line": 5, "column": 11, "message": "must not be negative, found `-5`"}],
        })
    );
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_file_the_user_did_not_choose_is_not_read() {
    let (_app, window, data) = app("recent");
    let err = call(&window, "read_recent", json!({ "path": "/etc/passwd" })).unwrap_err();
    assert_eq!(err["kind"], "io");
    assert_eq!(err["message"], "/etc/passwd is not a file opened or saved here: use Open… or Save as…");
    assert_eq!(call(&window, "recent_files", json!({})).unwrap(), json!([]));
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn new_offers_a_blank_scenario_and_the_examples() {
    let (_app, window, data) = app("templates");
    let templates = call(&window, "templates", json!({})).unwrap();
    assert_eq!(templates[0]["id"], "blank");
    let blank = call(&window, "template", json!({ "id": "blank" })).unwrap();
    assert!(blank["text"].as_str().unwrap().starts_with("version = 1\n"));
    assert_eq!(blank["path"], Value::Null, "a new scenario is not saved yet");
    let err = call(&window, "template", json!({ "id": "nope" })).unwrap_err();
    assert_eq!(err, json!({"kind": "invalid", "message": "no template `nope`", "problems": []}));
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn the_rate_cards_and_vat_rates_are_listed() {
    let (_app, window, data) = app("cards");
    let cards = call(&window, "ratecards", json!({})).unwrap();
    let vendors: Vec<&str> = cards["cards"].as_array().unwrap().iter().filter_map(|c| c["vendor"].as_str()).collect();
    assert!(vendors.contains(&"web1on1") && vendors.contains(&"meta"), "{vendors:?}");
    let vat = call(&window, "vat_rates", json!({})).unwrap();
    assert!(vat.as_array().unwrap().contains(&json!({"country": "NL", "percent": "21"})));
    let _ = std::fs::remove_dir_all(data);
}
