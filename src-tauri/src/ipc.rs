//! The page's types are generated from the Rust types that cross the IPC boundary
//! (`ui/src/ipc.ts`, with ts-rs), and a test fails when the checked-in file is not what the Rust
//! types declare, so the two sides cannot drift: change a command's payload, run
//! `PRICESIM_WRITE_IPC=1 cargo test -p pricesim-app ipc`, and the TypeScript compiler then shows
//! every place the page must follow.

use std::collections::BTreeMap;

use pricesim::breakeven::Breakeven;
use pricesim::progress::Step;
use pricesim::simulate::Simulation;
use pricesim::usagelog::check::InvoiceCheck;
use pricesim::usagelog::entered::EnteredInvoice;
use ts_rs::{TS, TypeVisitor};

use crate::commands::Failure;
use crate::commands::analysis::{BreakevenAsk, BreakevenScreen, SimulationAsk, SimulationScreen};
use crate::commands::document::{QuoteAsk, QuoteSaved, VatChoice};
use crate::commands::files::{Export, Loaded};
use crate::commands::import::{ImportAsk, Imported};
use crate::commands::invoice::{DisputeAsk, LinesRead};
use crate::commands::pricing::Compared;
use crate::commands::rate_import::{RateImport, RateImportAsk};
use crate::commands::ratecards::Cards;
use crate::commands::scenario::Template;
use crate::commands::unsaved::Choice;

/// Where the declarations live, from the app's folder.
const FILE: &str = "../ui/src/ipc.ts";

/// The file's opening: what it is and how to renew it.
const HEADER: &str = "// Generated from the Rust types by `src-tauri/src/ipc.rs` (ts-rs): do not edit.\n\
// Renew with `PRICESIM_WRITE_IPC=1 cargo test -p pricesim-app ipc`; a test fails while this file\n\
// and the Rust types differ. Money is a string holding a decimal, never a number.\n";

/// Collects every declared type a root reaches, once, by name.
#[derive(Default)]
struct Declarations(BTreeMap<String, String>);

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Built-in types (strings, numbers, arrays, maps) have no declaration of their own.
        if T::output_path().is_none() || self.0.contains_key(&T::ident()) {
            return;
        }
        let docs = T::docs().unwrap_or_default();
        self.0.insert(T::ident(), format!("{docs}export {}", T::decl()));
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// Every command's arguments and answers, and what they reach.
fn declarations() -> String {
    let mut d = Declarations::default();
    d.visit::<Compared>();
    // `Charted` is declared once, generic: its answers are roots of their own.
    d.visit::<BreakevenScreen>();
    d.visit::<BreakevenAsk>();
    d.visit::<Breakeven>();
    d.visit::<Simulation>();
    d.visit::<SimulationAsk>();
    d.visit::<SimulationScreen>();
    d.visit::<pricesim::uncertainty::Fan>();
    d.visit::<Loaded>();
    d.visit::<Export>();
    d.visit::<QuoteAsk>();
    d.visit::<QuoteSaved>();
    d.visit::<VatChoice>();
    d.visit::<Template>();
    d.visit::<Cards>();
    d.visit::<pricesim::ratecard::figures::FigureEdit>();
    d.visit::<RateImportAsk>();
    d.visit::<RateImport>();
    d.visit::<ImportAsk>();
    d.visit::<Imported>();
    d.visit::<Step>();
    d.visit::<InvoiceCheck>();
    d.visit::<EnteredInvoice>();
    d.visit::<LinesRead>();
    d.visit::<DisputeAsk>();
    d.visit::<Failure>();
    d.visit::<Choice>();
    let body: Vec<String> = d.0.into_values().collect();
    // serde_json writes u64 counts as JSON numbers, which the page reads as numbers (exact far
    // beyond any count here), not as the `bigint` ts-rs declares for them.
    format!("{HEADER}\n{}\n", body.join("\n\n")).replace("bigint", "number")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipc_types_in_the_page_are_the_rust_types() {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let fresh = declarations();
        if std::env::var_os("PRICESIM_WRITE_IPC").is_some() {
            pricesim::atomic::AtomicFile::write(&file, fresh.as_bytes()).unwrap();
        }
        let checked_in = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            checked_in == fresh,
            "ui/src/ipc.ts is not what the Rust types declare: run `PRICESIM_WRITE_IPC=1 cargo test -p pricesim-app ipc` and build the page"
        );
    }
}
