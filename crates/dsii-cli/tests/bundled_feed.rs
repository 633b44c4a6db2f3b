//! The feed the standalone page links, `data/feed.xml`, is the one `dsii feed` writes for
//! the bundled snapshot and the revisions before it. Regenerate with:
//! cargo run -p dsii-cli -- feed data/dsii-2025-10-06.json data/dsii.json --lang nl --output data/feed.xml

mod common;

use common::{dsii_ok, stdout};

#[test]
fn the_published_feed_of_the_bundled_snapshot_is_up_to_date() {
    let output = dsii_ok(&[
        "feed",
        "data/dsii-2025-10-06.json",
        "data/dsii.json",
        "--lang",
        "nl",
    ]);
    let committed = include_str!("../../../data/feed.xml");
    assert!(
        stdout(&output) == committed,
        "data/feed.xml is out of date; regenerate it (see this file's header)"
    );
}
