#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Any outcome is fine except a panic.
    let _ = dsii_core::validate::load(data);
});
