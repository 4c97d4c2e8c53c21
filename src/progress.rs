//! How a long read (a log of millions of rows) tells how far it has come and learns that the
//! user cancelled it. The command line reads silently ([`Silent`]); the app reports to its window
//! and stops when the user asks (`src-tauri`'s import command).

use serde::Serialize;

/// How far a read has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Step {
    /// The pass over the file: 1, or 2 when a log that is not in time order is read again to be
    /// sorted.
    pub pass: u8,
    /// Bytes of the file read so far.
    pub done: u64,
    /// The file's size in bytes.
    pub total: u64,
}

/// Told how a read goes; asked whether to go on.
pub trait Watch {
    /// Called as the read goes on (every [`EVERY`] rows, or, where threads read the file in
    /// blocks, after each round of blocks) and once at the end of each pass.
    fn step(&self, step: Step);
    /// True when the read should stop: it then ends with its `Cancelled` error, having written
    /// nothing.
    fn cancelled(&self) -> bool;
}

/// Rows between two reports: often enough for a smooth bar, rarely enough to cost nothing.
pub const EVERY: u64 = 4096;

/// A watch that hears nothing and never cancels: for the command line, which shows no
/// progress.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Watch for Silent {
    fn step(&self, _: Step) {}

    fn cancelled(&self) -> bool {
        false
    }
}
