//! The set of rate cards a run prices against: the shipped ones, or a folder the user names.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostics, read_text, whole_file};
use crate::fx::{self, Fx};
use crate::money::Currency;
use crate::ratecard::load::{duplicate_vendors, load_with};
use crate::ratecard::{Plan, RateCard, Version};
use crate::usage::{OUTCOMES, UsageKey};
use crate::whatsapp::tables::ReadFile;

/// The shipped rate cards and the data files they name, compiled in so the program works from
/// any folder. A test checks that this list and the `ratecards/` folder hold the same files.
pub const SHIPPED: &[(&str, &str)] = &[
    ("ratecards/fx.toml", include_str!("../ratecards/fx.toml")),
    ("ratecards/meta.toml", include_str!("../ratecards/meta.toml")),
    ("ratecards/meta/markets.csv", include_str!("../ratecards/meta/markets.csv")),
    ("ratecards/meta/rates-eur-2026-07.csv", include_str!("../ratecards/meta/rates-eur-2026-07.csv")),
    ("ratecards/meta/rates-eur.csv", include_str!("../ratecards/meta/rates-eur.csv")),
    ("ratecards/meta/rates-usd.csv", include_str!("../ratecards/meta/rates-usd.csv")),
    ("ratecards/usercom.toml", include_str!("../ratecards/usercom.toml")),
    ("ratecards/web1on1.toml", include_str!("../ratecards/web1on1.toml")),
    ("ratecards/woztell.toml", include_str!("../ratecards/woztell.toml")),
];

/// Rate cards by vendor.
///
/// INVARIANT: vendors are unique, and the cards are sorted by vendor.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    cards: Vec<RateCard>,
    fx: Fx,
}

/// The exchange-rate file in a rate-card folder; every other `*.toml` is a card.
pub const FX_FILE: &str = "fx.toml";

impl Catalog {
    /// The shipped rate cards, compiled into the program: what pricing falls back to when you have
    /// no folder of cards of your own.
    pub fn shipped() -> Result<Catalog, Diagnostics> {
        let shipped = |file: &Path| {
            SHIPPED
                .iter()
                .find(|(name, _)| Path::new(name) == file)
                .map(|(_, text)| text.to_string())
                .ok_or_else(|| Diagnostics(vec![whole_file(file, "not one of the shipped rate-card files")]))
        };
        let is_fx = |name: &str| Path::new(name).file_name().is_some_and(|f| f == FX_FILE);
        let cards = SHIPPED.iter().filter(|(name, _)| name.ends_with(".toml") && !is_fx(name));
        let fx = SHIPPED
            .iter()
            .find(|(name, _)| is_fx(name))
            .map(|(name, text)| fx::load_with(Path::new(name), text, &shipped));
        Catalog::collect(cards.map(|(name, text)| load_with(Path::new(name), text, &shipped)).collect(), fx)
    }

    /// Every `*.toml` card in `dir`, reporting the problems of all of them at once.
    pub fn load_dir(dir: &Path) -> Result<Catalog, Diagnostics> {
        let files = Catalog::card_files(dir)?;
        let has_fx = dir.join(FX_FILE).exists();
        Catalog::load_files(dir, &files, has_fx, &|p| read_text(p, "a rate-card file"))
    }

    /// The cards' files in `dir` (every `*.toml` but `fx.toml`), sorted.
    pub fn card_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| Diagnostics(vec![whole_file(dir, format!("cannot read the rate-card folder: {e}"))]))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.file_name().is_some_and(|f| f != FX_FILE))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Diagnostics(vec![whole_file(dir, "no rate cards (`*.toml` files) in this folder")]));
        }
        Ok(files)
    }

    /// The cards `cards` of the folder `dir` and, when `has_fx`, its `fx.toml`, every file read
    /// by `read` (from disk, or with the files an import is about to write in their place).
    pub fn load_files(dir: &Path, cards: &[PathBuf], has_fx: bool, read: ReadFile<'_>) -> Result<Catalog, Diagnostics> {
        let fx_file = dir.join(FX_FILE);
        let fx = has_fx.then(|| read(&fx_file).and_then(|text| fx::load_with(&fx_file, &text, read)));
        let card = |f: &PathBuf| read(f).and_then(|text| load_with(f, &text, read));
        Catalog::collect(cards.iter().map(card).collect(), fx)
    }

    /// The cards, and the exchange rates when the folder has them.
    fn collect(
        results: Vec<Result<RateCard, Diagnostics>>,
        fx: Option<Result<Fx, Diagnostics>>,
    ) -> Result<Catalog, Diagnostics> {
        let mut problems = Vec::new();
        let fx = match fx {
            None => Fx::none(),
            Some(Ok(fx)) => fx,
            Some(Err(Diagnostics(mut d))) => {
                problems.append(&mut d);
                Fx::none()
            }
        };
        let mut cards = Vec::new();
        for result in results {
            match result {
                Ok(card) => cards.push(card),
                Err(Diagnostics(mut d)) => problems.append(&mut d),
            }
        }
        for vendor in duplicate_vendors(cards.iter().map(|c| c.vendor.as_str())) {
            for card in cards.iter().filter(|c| c.vendor == vendor) {
                problems.push(whole_file(&card.file, format!("vendor `{vendor}` has more than one rate card")));
            }
        }
        if !problems.is_empty() {
            return Err(Diagnostics(problems));
        }
        cards.sort_by(|a, b| a.vendor.cmp(&b.vendor));
        Ok(Catalog { cards, fx })
    }

    /// The exchange rates (none when the folder has no `fx.toml`).
    pub fn fx(&self) -> &Fx {
        &self.fx
    }

    /// The display currencies a comparison can rank every plan in: the cards' own currencies and
    /// every currency the exchange rates reach (through a third currency too), by code. The app
    /// offers these.
    pub fn display_currencies(&self) -> Vec<Currency> {
        let mut all: BTreeSet<Currency> = self.cards.iter().map(|c| c.currency).collect();
        all.extend(self.fx.rates().flat_map(|r| [r.from, r.to]));
        all.into_iter().collect()
    }

    /// The cards, by vendor.
    pub fn cards(&self) -> &[RateCard] {
        &self.cards
    }

    /// The catalog with `vendor`'s version of `effective_from` replaced by `version` (the version
    /// under other readings of its switches).
    pub fn with_version(&self, vendor: &str, effective_from: chrono::NaiveDate, version: &Version) -> Catalog {
        let mut out = self.clone();
        for card in out.cards.iter_mut().filter(|c| c.vendor == vendor) {
            for v in card.versions.iter_mut().filter(|v| v.effective_from == effective_from) {
                *v = version.clone();
            }
        }
        out
    }

    /// The card of `vendor`.
    pub fn card(&self, vendor: &str) -> Option<&RateCard> {
        self.cards.iter().find(|c| c.vendor == vendor)
    }

    /// The card whose WhatsApp tables rate message logs (Meta's), if any.
    pub fn whatsapp_card(&self) -> Option<&RateCard> {
        self.cards.iter().find(|c| c.whatsapp.is_some())
    }

    /// Outcome names a scenario may use: the contract's, and any a card prices.
    pub fn outcome_names(&self) -> BTreeSet<String> {
        let mut names: BTreeSet<String> = OUTCOMES.iter().map(|s| s.to_string()).collect();
        let keys = self.cards.iter().flat_map(|c| &c.versions).flat_map(|v| v.points.keys());
        let outcomes = keys.filter(|k: &&UsageKey| k.as_str().starts_with("outcomes."));
        names.extend(outcomes.filter_map(|k| k.as_str().rsplit_once('.')).map(|(_, n)| n.to_string()));
        names
    }

    /// Every plan name (`vendor/plan`) of any version, for suggestions.
    pub fn plan_names(&self) -> BTreeSet<String> {
        self.cards
            .iter()
            .flat_map(|c| {
                c.versions
                    .iter()
                    .flat_map(move |v| v.plans.iter().map(move |p: &Plan| format!("{}/{}", c.vendor, p.id)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_matches_the_ratecards_folder() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut on_disk = Vec::new();
        let mut folders = vec![root.join("ratecards")];
        while let Some(dir) = folders.pop() {
            for path in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|x| x == "toml" || x == "csv") {
                    on_disk.push(path.strip_prefix(root).unwrap().to_string_lossy().into_owned());
                }
            }
        }
        on_disk.sort();
        let shipped: Vec<String> = SHIPPED.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(shipped, on_disk, "add the new card to catalog::SHIPPED");
        for (name, text) in SHIPPED {
            assert_eq!(*text, std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap());
        }
    }

    #[test]
    fn shipped_cards_load() {
        let c = Catalog::shipped().unwrap();
        assert!(c.card("web1on1").is_some());
        assert!(c.card("meta").and_then(|m| m.whatsapp.as_ref()).is_some());
        assert!(c.plan_names().contains("meta/cloud-api"));
        assert!(c.plan_names().contains("web1on1/grow"));
        assert!(c.outcome_names().contains("test_drive"));
    }
}
