//! The set of rate cards a run prices against: the shipped ones, or a folder the user names.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostics, whole_file};
use crate::fx::{self, Fx};
use crate::ratecard::load::{duplicate_vendors, load_file, load_with};
use crate::ratecard::{Plan, RateCard};
use crate::usage::{OUTCOMES, UsageKey};

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
    /// The shipped rate cards.
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
        let fx = SHIPPED.iter().find(|(name, _)| is_fx(name)).map(|(name, text)| fx::load_str(Path::new(name), text));
        Catalog::collect(cards.map(|(name, text)| load_with(Path::new(name), text, &shipped)).collect(), fx)
    }

    /// Every `*.toml` card in `dir`, reporting the problems of all of them at once.
    pub fn load_dir(dir: &Path) -> Result<Catalog, Diagnostics> {
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
        let fx_file = dir.join(FX_FILE);
        let fx = fx_file.exists().then(|| fx::load_file(&fx_file));
        Catalog::collect(files.iter().map(|f| load_file(f)).collect(), fx)
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

    /// The cards, by vendor.
    pub fn cards(&self) -> &[RateCard] {
        &self.cards
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
