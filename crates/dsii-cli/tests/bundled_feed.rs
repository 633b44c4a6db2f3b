//! The feed the standalone page links, `data/feed.xml`, is the one `dsii feed` writes for
//! the bundled snapshot. Regenerate with:
//! cargo run -p dsii-cli -- feed data/dsii.json --lang nl --output data/feed.xml

use std::process::Command;

#[test]
fn the_published_feed_of_the_bundled_snapshot_is_up_to_date() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let output = Command::new(env!("CARGO_BIN_EXE_dsii"))
        .current_dir(root)
        .args(["feed", "data/dsii.json", "--lang", "nl"])
        .output()
        .expect("the command runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let committed = include_str!("../../../data/feed.xml");
    assert!(
        String::from_utf8_lossy(&output.stdout) == committed,
        "data/feed.xml is out of date; regenerate it (see this file's header)"
    );
}
