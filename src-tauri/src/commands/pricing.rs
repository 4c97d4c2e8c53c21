//! Every plan priced for the scenario, ranked: what the comparison screen shows on each keystroke.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

use pricesim::chart::Palette;
use pricesim::compare::Comparison;
use pricesim::quote::{InHouseNeed, PayeeTotal, Warning, WarningKind};
use pricesim::scenario::Scenario;
use pricesim::simulate::PlanTotal;
use pricesim::uncertainty::DecideError;
use serde::Serialize;
use tauri::State;

use super::{Failure, FailureKind, catalog, scenario};
use crate::state::AppState;

/// The scenario as the core read it (for the form, after opening a file), and its comparison.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Compared {
    /// The scenario file's text: the user's document with the form's values in it (what Save
    /// writes and the exports price).
    pub text: String,
    /// The checked scenario.
    pub scenario: Scenario,
    /// Every plan priced and ranked.
    pub comparison: Comparison,
    /// For each plan that does not rank, the core's words for why (`Quote::why_unranked`), less
    /// the work it does not offer: `needs` says what to enter for that.
    pub reasons: BTreeMap<String, Vec<String>>,
    /// For each plan that does not rank, the in-house costs that would rank it
    /// (`Quote::in_house_needed`): the form offers to go to their fields.
    pub needs: BTreeMap<String, Vec<InHouseNeed>>,
    /// For each plan, what each payee's lines add up to (`Quote::payee_totals`).
    pub totals: BTreeMap<String, Vec<PayeeTotal>>,
    /// For each ranked plan but the cheapest, how much more it costs than the cheapest, in the
    /// display currency (`Comparison::above_cheapest`).
    pub above_cheapest: BTreeMap<String, String>,
    /// With the outlook: each plan's cost over the twelve months from the scenario's
    /// (`simulate::a_year`); none when a month of them cannot be priced.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub year: Option<Vec<PlanTotal>>,
    /// Each plan's colour (`#1f77b4`), the one every chart draws it in (`chart::Palette`): the
    /// page's swatches beside plan names use it.
    pub colours: BTreeMap<String, String>,
}

impl Compared {
    /// The comparison of `scenario`, with what its unranked plans need and the plans' colours.
    pub fn of(
        text: String,
        scenario: Scenario,
        comparison: Comparison,
        year: Option<Vec<PlanTotal>>,
        palette: &Palette,
    ) -> Result<Compared, Failure> {
        let colours = comparison.quotes.iter().map(|q| (q.plan.clone(), palette.css(&q.plan))).collect();
        let unranked = || comparison.quotes.iter().filter(|q| !q.ranks());
        let answered = |w: &&Warning| w.kind == WarningKind::NotOffered;
        let reasons = unranked()
            .map(|q| (q.plan.clone(), q.why_unranked().filter(|w| !answered(w)).map(|w| w.message.clone()).collect()))
            .collect();
        let needs = unranked().map(|q| (q.plan.clone(), q.in_house_needed())).filter(|(_, n)| !n.is_empty()).collect();
        let totals = comparison
            .quotes
            .iter()
            .map(|q| Ok((q.plan.clone(), q.payee_totals()?)))
            .collect::<Result<_, pricesim::money::MoneyError>>()
            .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
        let above_cheapest =
            comparison.above_cheapest().into_iter().map(|(plan, gap)| (plan, gap.to_string())).collect();
        Ok(Compared { text, scenario, comparison, reasons, needs, totals, above_cheapest, year, colours })
    }
}

/// Puts the form's values (`form`, a scenario's TOML) into the user's document (`base`: the file
/// as opened, empty for a new one), checks the result and prices it on every plan. With `outlook`,
/// also what the core says beyond the month (`uncertainty::decide`: spreads and chances over the
/// ranges at the CLI's default sampling, headroom, assumption switches, the next price change), so
/// the app and `pricesim quote` give the same figures; the page asks for the ranking first (a
/// fraction of a millisecond) and for the outlook after it (tens of milliseconds), so a keystroke's
/// ranking never waits for sampling. `keystroke` numbers the page's requests: an outlook is given
/// up (`cancelled`) as soon as a newer keystroke asks, so its cores go to the answer that will be
/// read. Off the window's thread (`async`): the window repaints while it works.
#[tauri::command(async)]
pub fn compare(
    base: String,
    form: String,
    outlook: bool,
    keystroke: u64,
    state: State<'_, AppState>,
) -> Result<Compared, Failure> {
    state.newest_keystroke.fetch_max(keystroke, Ordering::SeqCst);
    let catalog = catalog(&state)?;
    let text = pricesim::scenario::document::merge(&base, &form).map_err(|e| Failure::new(FailureKind::Invalid, e))?;
    let s = scenario(&text, &catalog)?;
    let comparison = if outlook {
        let newer = || state.newest_keystroke.load(Ordering::SeqCst) > keystroke;
        pricesim::uncertainty::decide_until(&catalog, &s, &[], &Default::default(), &newer).map_err(|e| match e {
            DecideError::Stopped => Failure::new(FailureKind::Cancelled, e),
            e => Failure::new(FailureKind::Pricing, e),
        })?
    } else {
        pricesim::compare::compare(&catalog, &s, &[]).map_err(|e| Failure::new(FailureKind::Pricing, e))?
    };
    // A year that runs past the last month a file can name is not shown; the month still is.
    let year = if outlook { pricesim::simulate::a_year(&catalog, &s).ok() } else { None };
    Compared::of(text, s, comparison, year, &Palette::new(catalog.plan_names()))
}
