//! Replays the fuzzing corpus (fuzz/corpus/load) through the validator: whatever the
//! fuzzer ever found must still load or be refused, never panic.

use std::fs;
use std::path::Path;

use dsii_core::validate::load;

#[test]
fn every_corpus_input_is_loaded_or_refused_without_panicking() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/load");
    let mut replayed = 0;
    let mut valid = Vec::new();
    for entry in fs::read_dir(&corpus).expect("the corpus folder exists") {
        let path = entry.expect("a corpus entry").path();
        let bytes = fs::read(&path).expect("a readable corpus file");
        if load(&bytes).is_ok() {
            valid.push(
                path.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
        replayed += 1;
    }
    assert!(replayed >= 10, "only {replayed} corpus inputs");
    for expected in ["bundled.json", "small.json", "bom.json", "unicode.json"] {
        assert!(
            valid.iter().any(|name| name == expected),
            "{expected} should load; valid: {valid:?}"
        );
    }
}
