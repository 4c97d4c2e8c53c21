//! What the app keeps between commands: the rate cards quotes use (the shipped ones, or the
//! user's edited copies in the app's data folder) and where that folder is.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, RwLock};

use pricesim::catalog::Catalog;
use pricesim::diag::Diagnostics;
use pricesim::usagelog::UsageMonth;
use pricesim::userdata::cards_dir;

use crate::commands::import::Rated;
use crate::commands::rate_import::Pending;

/// The app's state, managed by Tauri.
pub struct AppState {
    /// The app's data folder (per app identifier: the test build has its own).
    pub data: PathBuf,
    /// The cards in use.
    pub catalog: RwLock<Catalog>,
    /// Why the edited cards could not be used at start-up, if they could not.
    pub startup_problem: RwLock<Option<String>>,
    /// The page has changes not saved: closing the window asks first.
    pub dirty: AtomicBool,
    /// Set to stop the import under way (`commands::import`).
    pub import_cancel: Arc<AtomicBool>,
    /// The months of the last usage log imported, which invoices are checked against.
    pub last_usage: Arc<Mutex<Vec<UsageMonth>>>,
    /// The last log rated, as its summary is shown: what its CSV export writes. Emptied as soon as
    /// another file is picked, so a failed import leaves no earlier file's results to export.
    pub last_rated: Mutex<Option<Rated>>,
    /// The newest keystroke's number the comparison screen has asked about: an outlook still
    /// being worked out for an older one is given up (`commands::pricing::compare`).
    pub newest_keystroke: AtomicU64,
    /// The rate-card import the page was last shown, to be applied as shown.
    pub rate_import: Pending,
}

impl AppState {
    /// The state for the data folder `data`: its edited cards when it has them and they load,
    /// else the shipped ones.
    pub fn open(data: PathBuf) -> Result<AppState, Diagnostics> {
        let (catalog, problem) = match load(&data) {
            Ok(c) => (c, None),
            Err(e) => (Catalog::shipped()?, Some(e.to_string())),
        };
        Ok(AppState {
            data,
            catalog: RwLock::new(catalog),
            startup_problem: RwLock::new(problem),
            dirty: AtomicBool::new(false),
            import_cancel: Arc::new(AtomicBool::new(false)),
            last_usage: Arc::new(Mutex::new(Vec::new())),
            last_rated: Mutex::new(None),
            newest_keystroke: AtomicU64::new(0),
            rate_import: Pending::default(),
        })
    }

    /// The folder of edited rate cards.
    pub fn cards_dir(&self) -> PathBuf {
        cards_dir(&self.data)
    }
}

/// The edited cards, when the user has edited any; the shipped ones otherwise.
pub fn load(data: &Path) -> Result<Catalog, Diagnostics> {
    let dir = cards_dir(data);
    if dir.is_dir() { Catalog::load_dir(&dir) } else { Catalog::shipped() }
}
