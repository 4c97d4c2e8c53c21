//! Scenario files through native dialogs (saved whole or not at all), recent files, and exports:
//! the quote as CSV, charts as SVG or PNG (the quote document: `document`).
//!
//! Dialogs block, so these commands are async (off the window's thread). The end-to-end build
//! answers every dialog with the file of the dialog's default name (`scenario.toml`,
//! `quote.csv`, `chart.png`, `usage-log.csv`, `quote.pdf`…) in the folder `PRICESIM_E2E_DIALOG`
//! instead, and writes the name a Save As dialog would offer to `offered-name` there: nobody can
//! click a native dialog in a test.
// `#[tauri::command]` expands an async command with `unreachable!` in code of its own.
#![allow(clippy::unreachable)]

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use pricesim::atomic::AtomicFile;
use pricesim::catalog::Catalog;
use pricesim::chart::{Chart, Kind};
use pricesim::compare::Comparison;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State, Window};

use super::analysis::{BreakevenAsk, SimulationAsk, breakeven_of, drawn, fan_of, simulation_of};
use super::{Failure, FailureKind, catalog, io, scenario};
use crate::state::AppState;

/// How many recent files are remembered.
const RECENT: usize = 8;

/// A scenario file's text, and where it came from (`None`: not saved yet).
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Loaded {
    /// The file it was read from, for the title and Save; `None` for an example or a new one.
    pub path: Option<String>,
    /// Its TOML text.
    pub text: String,
}

/// Asks for a scenario file and reads it.
#[tauri::command]
pub async fn open_scenario<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Loaded, Failure> {
    let path = pick(&app, Dialog::Open(SCENARIO))?;
    read(&path, &state)
}

/// Reads a recent file again: only one of the recent files (the page names no other file).
#[tauri::command]
pub async fn read_recent(path: String, state: State<'_, AppState>) -> Result<Loaded, Failure> {
    read(&known(&state.data, &path)?, &state)
}

/// Saves `text` to `path`, or where the user says when there is none (Save As); returns the path.
/// `path` must be a file the user opened or saved here (a recent file): the page cannot write
/// anywhere else. Once written, the scenario counts as saved here at once: a close request right
/// after does not ask (the page's own word would come later).
#[tauri::command]
pub async fn save_scenario<R: Runtime>(
    path: Option<String>,
    text: String,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, Failure> {
    let path = match path {
        Some(p) => known(&state.data, &p)?,
        None => with_extension(pick(&app, Dialog::Save(SCENARIO))?, SCENARIO.ext()),
    };
    AtomicFile::write(&path, text.as_bytes()).map_err(|e| io(&path, e))?;
    state.dirty.store(false, Ordering::SeqCst);
    remember(&state.data, &path)?;
    Ok(path.display().to_string())
}

/// Saves `text` as a copy where the user says (offered as "<name> copy.toml" beside `path`, the
/// file being edited, when it has one), for a variant to be quoted beside it; returns the copy's
/// path. The file being edited stays the one Save writes, and its unsaved changes stay unsaved:
/// the copy is listed among the recent files, to be opened when wanted.
#[tauri::command]
pub async fn save_scenario_copy<R: Runtime>(
    path: Option<String>,
    text: String,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, Failure> {
    let current = path.and_then(|p| known(&state.data, &p).ok());
    let stem = current.as_deref().and_then(Path::file_stem).map_or("scenario".into(), |s| s.to_string_lossy());
    let name = format!("{stem} copy.{}", SCENARIO.ext());
    let folder = current.as_deref().and_then(Path::parent).map(Path::to_path_buf);
    let copy = with_extension(pick(&app, Dialog::SaveAs { kind: SCENARIO_COPY, name, folder })?, SCENARIO.ext());
    AtomicFile::write(&copy, text.as_bytes()).map_err(|e| io(&copy, e))?;
    remember(&state.data, &copy)?;
    Ok(copy.display().to_string())
}

/// Tells the app whether the page has unsaved changes, so closing the window can ask first, and
/// titles the window as the page is (the file's name, a dot while changes are unsaved): the page
/// may not set it itself, its capability allowing only the app's commands.
#[tauri::command]
pub fn set_dirty<R: Runtime>(
    dirty: bool,
    title: String,
    window: Window<R>,
    state: State<'_, AppState>,
) -> Result<(), Failure> {
    state.dirty.store(dirty, Ordering::SeqCst);
    window.set_title(&title).map_err(|e| Failure::new(FailureKind::Io, e))
}

/// The recent files, most recent first.
#[tauri::command]
pub fn recent_files(state: State<'_, AppState>) -> Vec<String> {
    recent(&state.data)
}

/// What to export.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Export {
    /// Every plan's quote as CSV.
    QuoteCsv {
        /// The scenario's TOML, as the form holds it.
        text: String,
    },
    /// A breakeven chart.
    BreakevenChart {
        /// The breakeven drawn, as its screen asked it.
        #[serde(flatten)]
        ask: BreakevenAsk,
        /// The image's format.
        format: ChartFormat,
    },
    /// The fan along a breakeven's axis, for a scenario with ranges.
    FanChart {
        /// The breakeven whose axis and plans it follows.
        #[serde(flatten)]
        ask: BreakevenAsk,
        /// The image's format.
        format: ChartFormat,
    },
    /// The last log imported, rated, as CSV (`pricesim rate-log … --format csv`).
    RatedLogCsv,
    /// A simulation chart.
    SimulationChart {
        /// The simulation, as its screen asked it.
        #[serde(flatten)]
        ask: SimulationAsk,
        /// The image's format.
        format: ChartFormat,
    },
    /// A simulation's cost-to-date chart.
    CumulativeChart {
        /// The simulation, as its screen asked it.
        #[serde(flatten)]
        ask: SimulationAsk,
        /// The image's format.
        format: ChartFormat,
    },
    /// A simulation's table as CSV: the bytes `pricesim simulate --format csv` prints.
    SimulationCsv {
        /// The simulation, as its screen asked it.
        #[serde(flatten)]
        ask: SimulationAsk,
    },
}

/// Works out the export, asks where to save it, and saves it whole; returns the path.
#[tauri::command]
pub async fn export_file<R: Runtime>(
    request: Export,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<String, Failure> {
    let (bytes, kind) = {
        let catalog = catalog(&state)?;
        match &request {
            Export::QuoteCsv { text } => {
                let csv = pricesim::render::csv::render(&compared(text, &catalog)?)
                    .map_err(|e| Failure::new(FailureKind::Io, e))?;
                (csv.into_bytes(), FileKind { name: "quote.csv", what: "CSV", exts: &["csv"] })
            }
            Export::BreakevenChart { ask, format } => chart_file(&breakeven_of(ask, &catalog)?.1, *format)?,
            Export::FanChart { ask, format } => {
                let Some((_, chart)) = fan_of(ask, &catalog)? else {
                    return Err(Failure::new(
                        FailureKind::Pricing,
                        "the scenario has no ranges: there is no fan to draw",
                    ));
                };
                chart_file(&chart, *format)?
            }
            Export::SimulationChart { ask, format } => chart_file(&simulation_of(ask, &catalog)?.1.monthly, *format)?,
            Export::CumulativeChart { ask, format } => {
                chart_file(&simulation_of(ask, &catalog)?.1.cumulative, *format)?
            }
            Export::SimulationCsv { ask } => {
                let csv = pricesim::render::simulation::csv(&simulation_of(ask, &catalog)?.0)
                    .map_err(|e| Failure::new(FailureKind::Io, e))?;
                (csv.into_bytes(), FileKind { name: "simulation.csv", what: "CSV", exts: &["csv"] })
            }
            Export::RatedLogCsv => (
                super::import::rated_csv(&state)?.into_bytes(),
                FileKind { name: "rated-log.csv", what: "CSV", exts: &["csv"] },
            ),
        }
    };
    let path = with_extension(pick(&app, Dialog::Save(kind))?, kind.ext());
    AtomicFile::write(&path, &bytes).map_err(|e| io(&path, e))?;
    Ok(path.display().to_string())
}

/// Every plan's quote of the scenario `text`.
fn compared(text: &str, catalog: &Catalog) -> Result<Comparison, Failure> {
    let s = scenario(text, catalog)?;
    pricesim::uncertainty::decide(catalog, &s, &[], &Default::default())
        .map_err(|e| Failure::new(FailureKind::Pricing, e))
}

/// The formats a chart is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ChartFormat {
    /// A vector image, as the screen shows it.
    Svg,
    /// A picture, for documents that take no SVG.
    Png,
}

/// A chart drawn in `format`, and the file it is offered as.
fn chart_file(chart: &Chart, format: ChartFormat) -> Result<(Vec<u8>, FileKind), Failure> {
    let (kind, file) = match format {
        ChartFormat::Png => (Kind::Png, FileKind { name: "chart.png", what: "PNG image", exts: &["png"] }),
        ChartFormat::Svg => (Kind::Svg, FileKind { name: "chart.svg", what: "SVG image", exts: &["svg"] }),
    };
    Ok((drawn(chart, kind)?, file))
}

fn read(path: &Path, state: &State<'_, AppState>) -> Result<Loaded, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| io(path, e))?;
    remember(&state.data, path)?;
    Ok(Loaded { path: Some(path.display().to_string()), text })
}

/// `path` with `ext` when the user typed a name without one.
pub fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension(ext) }
}

/// A kind of file a dialog asks for.
#[derive(Debug, Clone, Copy)]
pub struct FileKind {
    /// The name offered (and, in the end-to-end build, the name answered).
    pub name: &'static str,
    /// What the filter is called.
    pub what: &'static str,
    /// The extensions the filter shows, the first one added to a name typed without one.
    pub exts: &'static [&'static str],
}

impl FileKind {
    /// The extension a file of this kind gets.
    pub fn ext(&self) -> &'static str {
        self.exts.first().copied().unwrap_or_default()
    }
}

/// A scenario file.
const SCENARIO: FileKind = FileKind { name: "scenario.toml", what: "Scenario", exts: &["toml"] };

/// A copy of a scenario (its own name in the end-to-end build, so the copy is not the file).
const SCENARIO_COPY: FileKind = FileKind { name: "scenario-copy.toml", ..SCENARIO };

/// A dialog to ask for a file.
#[derive(Debug, Clone)]
pub enum Dialog {
    /// A file to read.
    Open(FileKind),
    /// A file to write.
    Save(FileKind),
    /// A file to write, offered as `name` in `folder` (the kind's name in the end-to-end build).
    SaveAs {
        /// What it is.
        kind: FileKind,
        /// The name offered.
        name: String,
        /// The folder offered.
        folder: Option<PathBuf>,
    },
}

/// The file the user picks, or `cancelled`.
pub fn pick<R: Runtime>(app: &AppHandle<R>, dialog: Dialog) -> Result<PathBuf, Failure> {
    if cfg!(feature = "e2e") {
        let _ = app;
        let (Dialog::Open(kind) | Dialog::Save(kind) | Dialog::SaveAs { kind, .. }) = &dialog;
        let dir = std::env::var_os("PRICESIM_E2E_DIALOG")
            .map(PathBuf::from)
            .ok_or_else(|| Failure::new(FailureKind::Cancelled, "no file chosen"))?;
        // The name the dialog would offer, for the test to check.
        if let Dialog::SaveAs { name, .. } = &dialog {
            std::fs::write(dir.join("offered-name"), name).map_err(|e| io(&dir, e))?;
        }
        return Ok(dir.join(kind.name));
    }
    use tauri_plugin_dialog::DialogExt;
    let picked = match dialog {
        Dialog::Open(kind) => app.dialog().file().add_filter(kind.what, kind.exts).blocking_pick_file(),
        Dialog::Save(kind) => {
            app.dialog().file().set_file_name(kind.name).add_filter(kind.what, kind.exts).blocking_save_file()
        }
        Dialog::SaveAs { kind, name, folder } => {
            let ask = app.dialog().file().set_file_name(name).add_filter(kind.what, kind.exts);
            match folder {
                Some(folder) => ask.set_directory(folder),
                None => ask,
            }
            .blocking_save_file()
        }
    };
    let picked = picked.ok_or_else(|| Failure::new(FailureKind::Cancelled, "no file chosen"))?;
    picked.into_path().map_err(|e| Failure::new(FailureKind::Io, e))
}

fn recent_file(data: &Path) -> PathBuf {
    data.join("recent.json")
}

fn recent(data: &Path) -> Vec<String> {
    std::fs::read_to_string(recent_file(data)).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default()
}

/// `path` when it is one of the recent files, the files the user picked in a dialog; an error
/// otherwise, so that a page (or a script in it) can read or write no file the user did not choose.
fn known(data: &Path, path: &str) -> Result<PathBuf, Failure> {
    if recent(data).iter().any(|p| p == path) {
        Ok(PathBuf::from(path))
    } else {
        Err(Failure::new(FailureKind::Io, format!("{path} is not a file opened or saved here: use Open… or Save as…")))
    }
}

/// Puts `path` first in the recent files (in the data folder `data`).
fn remember(data: &Path, path: &Path) -> Result<(), Failure> {
    let shown = path.display().to_string();
    let mut list = recent(data);
    list.retain(|p| *p != shown);
    list.insert(0, shown);
    list.truncate(RECENT);
    let file = recent_file(data);
    std::fs::create_dir_all(data).map_err(|e| io(data, e))?;
    let text = serde_json::to_string_pretty(&list).map_err(|e| Failure::new(FailureKind::Io, e))?;
    AtomicFile::write(&file, text.as_bytes()).map_err(|e| io(&file, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_the_user_chose_are_read_or_written_again() {
        let data = std::env::temp_dir().join(format!("pricesim-known-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data);
        let chosen = data.join("dealer.toml");
        assert!(known(&data, &chosen.display().to_string()).is_err(), "nothing chosen yet");
        remember(&data, &chosen).unwrap();
        assert_eq!(known(&data, &chosen.display().to_string()).unwrap(), chosen);
        let e = known(&data, "/etc/passwd").unwrap_err();
        assert_eq!(e.message, "/etc/passwd is not a file opened or saved here: use Open… or Save as…");
        std::fs::remove_dir_all(&data).unwrap();
    }

    #[test]
    fn a_chart_export_reads_the_pages_flat_request() {
        let request = serde_json::json!({
            "kind": "breakeven_chart", "text": "version = 1", "axis": "contacts.engaged",
            "from": 0, "to": 10, "plans": ["web1on1/base"], "format": "png"
        });
        let Ok(Export::BreakevenChart { ask, format }) = serde_json::from_value::<Export>(request) else {
            panic!("not read as a breakeven chart")
        };
        assert_eq!((ask.axis.as_str(), ask.to, ask.plans.len(), format), ("contacts.engaged", 10, 1, ChartFormat::Png));
        let request = serde_json::json!({
            "kind": "simulation_chart", "text": "version = 1", "months": 6, "growth": "2", "plans": [], "format": "svg"
        });
        assert!(matches!(serde_json::from_value::<Export>(request), Ok(Export::SimulationChart { .. })));
        // A format the app does not draw is refused, not drawn as SVG under another name.
        let request = serde_json::json!({
            "kind": "simulation_chart", "text": "version = 1", "months": 6, "growth": "2", "plans": [], "format": "gif"
        });
        assert!(serde_json::from_value::<Export>(request).is_err());
    }
}
