//! The user's own rate cards: where they live, how the folder starts, and which cards a run uses.
//!
//! The desktop app keeps its edited copies in its data folder (`<data>/ratecards`), and the
//! command line's imports write there too, so both see the same prices: one rule, here. The data
//! folder is Tauri's: the platform's data folder (on Linux `$XDG_DATA_HOME`, else
//! `~/.local/share`) joined with the app's identifier. The folder starts as a copy of every
//! shipped file (cards, tables, exchange rates); the shipped cards themselves are compiled in and
//! never written.

use std::path::{Path, PathBuf};

use crate::atomic::AtomicFile;
use crate::catalog::{Catalog, SHIPPED};
use crate::diag::Diagnostics;

/// The released app's identifier (`src-tauri/tauri.conf.json`; a test keeps them equal). The
/// test build has its own, so its data folder is never a user's.
pub const APP_IDENTIFIER: &str = "com.pricesim.desktop";

/// The folder of rate cards inside an app's data folder.
pub fn cards_dir(data: &Path) -> PathBuf {
    data.join("ratecards")
}

/// The data folder of the app with `identifier`, as Tauri puts it (`None` when the platform has
/// no data folder, such as a Linux account with no home).
pub fn data_dir(identifier: &str) -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(identifier))
}

/// The user's own cards folder: the released app's.
pub fn user_cards_dir() -> Option<PathBuf> {
    data_dir(APP_IDENTIFIER).map(|d| cards_dir(&d))
}

/// The cards a run uses when none are named: the user's folder when it exists, else the shipped
/// ones; with the folder used, if any.
pub fn default_catalog() -> Result<(Catalog, Option<PathBuf>), Diagnostics> {
    match user_cards_dir().filter(|d| d.is_dir()) {
        Some(dir) => Ok((Catalog::load_dir(&dir)?, Some(dir))),
        None => Ok((Catalog::shipped()?, None)),
    }
}

/// The shipped text of `name`, a file relative to `ratecards/` (`meta/rates-usd.csv`).
pub fn shipped_text(name: &Path) -> Option<&'static str> {
    SHIPPED.iter().find(|(n, _)| Path::new(n).strip_prefix("ratecards").is_ok_and(|r| r == name)).map(|(_, t)| *t)
}

/// Makes `dir` a copy of the shipped cards when it does not exist yet; from then on it is the
/// folder quotes use, and nothing here writes to it again. Each file is written whole or not at
/// all.
pub fn create_from_shipped(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    for (name, text) in SHIPPED {
        let relative = Path::new(name).strip_prefix("ratecards").unwrap_or(Path::new(name));
        let target = dir.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        AtomicFile::write(&target, text.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identifier_is_the_apps() {
        let conf =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/tauri.conf.json")).unwrap();
        assert!(conf.contains(&format!("\"identifier\": \"{APP_IDENTIFIER}\"")), "{conf}");
    }

    #[test]
    fn a_new_folder_is_the_shipped_cards_and_loads() {
        let dir = tempfile::tempdir().unwrap();
        let cards = dir.path().join("ratecards");
        create_from_shipped(&cards).unwrap();
        assert_eq!(
            std::fs::read_to_string(cards.join("meta/rates-usd.csv")).unwrap(),
            shipped_text(Path::new("meta/rates-usd.csv")).unwrap()
        );
        let loaded = Catalog::load_dir(&cards).unwrap();
        assert_eq!(loaded.cards().len(), Catalog::shipped().unwrap().cards().len());
        // An existing folder is left as it is.
        std::fs::write(cards.join("web1on1.toml"), "edited").unwrap();
        create_from_shipped(&cards).unwrap();
        assert_eq!(std::fs::read_to_string(cards.join("web1on1.toml")).unwrap(), "edited");
    }
}
