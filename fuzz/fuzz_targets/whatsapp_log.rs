//! A WhatsApp message log, read row by row as `rate-log whatsapp` reads it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pricesim::whatsapp::log::LogReader;

fuzz_target!(|data: &[u8]| {
    let Ok(mut reader) = LogReader::new(data, Path::new("fuzz.csv")) else { return };
    while let Some(row) = reader.next_event() {
        let _ = row;
    }
});
