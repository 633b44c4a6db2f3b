//! `dsii render`: a picture of the glance as SVG and PNG. The pictures the standalone
//! page uses for link previews are the ones it draws for the bundled snapshot on the day
//! of its data. Regenerate them with:
//! cargo run -p dsii-cli -- render data/dsii.json --format svg --today 2026-12-03 --width 1200 --output data/preview.svg
//! cargo run -p dsii-cli -- render data/dsii.json --format png --today 2026-12-03 --width 1200 --output data/preview.png

mod common;

use common::{dsii_exits, dsii_ok, stderr, POLICY_V2};

const BUNDLED: [&str; 7] = [
    "render",
    "data/dsii.json",
    "--today",
    "2026-12-03",
    "--width",
    "1200",
    "--format",
];

fn render(extra: &[&str]) -> Vec<u8> {
    let args: Vec<&str> = BUNDLED
        .iter()
        .copied()
        .chain(extra.iter().copied())
        .collect();
    dsii_ok(&args).stdout
}

#[test]
fn the_bundled_pictures_are_up_to_date() {
    assert!(
        render(&["svg"]) == include_bytes!("../../../data/preview.svg"),
        "data/preview.svg is out of date; regenerate it (see this file's header)"
    );
    assert!(
        render(&["png"]) == include_bytes!("../../../data/preview.png"),
        "data/preview.png is out of date, or drawn with other fonts than Liberation Sans; regenerate it (see this file's header)"
    );
}

#[test]
fn the_svg_is_an_image_with_a_title_and_a_description_in_its_language() {
    let output = dsii_ok(&[
        "render",
        POLICY_V2,
        "--format",
        "svg",
        "--lang",
        "en",
        "--today",
        "2026-06-01",
    ]);
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let document = roxmltree::Document::parse(&text).expect("valid XML");
    let svg = document.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    assert_eq!(svg.attribute("role"), Some("img"));
    assert_eq!(svg.attribute("lang"), Some("en"));
    assert_eq!(svg.attribute("width"), Some("800"));
    let child = |name: &str| {
        svg.children()
            .find(|node| node.tag_name().name() == name)
            .and_then(|node| node.text())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(
        svg.attribute("aria-labelledby"),
        Some("dsii-picture-title dsii-picture-desc")
    );
    assert!(!child("title").is_empty());
    let description = child("desc");
    assert!(description.starts_with("Data as of "), "{description}");
    assert!(description.contains(" milestones: "), "{description}");
}

#[test]
fn the_png_is_a_png_as_wide_as_asked() {
    let png = dsii_ok(&[
        "render",
        POLICY_V2,
        "--format",
        "png",
        "--width",
        "640",
        "--today",
        "2026-06-01",
    ])
    .stdout;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    assert_eq!(
        u32::from_be_bytes([png[16], png[17], png[18], png[19]]),
        640
    );
}

#[test]
fn an_invalid_snapshot_draws_nothing_and_says_why() {
    let output = dsii_exits(
        1,
        &[
            "render",
            "tests/fixtures/no-such-file.json",
            "--format",
            "svg",
        ],
    );
    assert!(output.stdout.is_empty());
    assert!(
        stderr(&output).contains("no-such-file.json"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_width_outside_the_range_is_a_usage_error() {
    dsii_exits(
        2,
        &["render", POLICY_V2, "--format", "svg", "--width", "100"],
    );
}
