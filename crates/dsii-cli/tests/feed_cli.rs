//! `dsii feed`: Atom feeds that a real XML parser reads, with every element RFC 4287
//! requires, ids that stay put, hostile text kept as text, and the exit status when the
//! snapshots cannot make a feed.

mod common;

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use roxmltree::{Document, Node};

use common::{assert_usage_error, dsii, dsii_ok, scratch_path, stderr, POLICY_V1, POLICY_V2, REPO};

const ATOM: &str = "http://www.w3.org/2005/Atom";
/// The bundled snapshot of 6 October 2025, which later revisions keep unchanged.
const OCTOBER: &str = "data/dsii-2025-10-06.json";

/// The feed `dsii feed` writes to standard output for these arguments.
fn feed(args: &[&str]) -> String {
    let mut all = vec!["feed"];
    all.extend_from_slice(args);
    let output = dsii_ok(&all);
    String::from_utf8(output.stdout).expect("the feed is UTF-8")
}

/// A file of this test's own in Cargo's scratch folder.
fn scratch(name: &str) -> PathBuf {
    scratch_path(&format!("feed_cli-{name}"))
}

/// The Atom children of `node` called `name`.
fn atom_children<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
    node.children()
        .filter(|child| child.has_tag_name((ATOM, name)))
        .collect()
}

/// The text of the one Atom child `name` of `node`.
fn one_text<'a>(node: Node<'a, '_>, name: &str) -> &'a str {
    let found = atom_children(node, name);
    assert_eq!(found.len(), 1, "expected one {name} in {node:?}");
    found[0].text().unwrap_or("")
}

/// RFC 3339 `date-time`: YYYY-MM-DDTHH:MM:SS, optional fraction, then Z or ±HH:MM.
fn is_rfc3339(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let shape = digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(bytes.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && bytes.get(13) == Some(&b':')
        && digits(14..16)
        && bytes.get(16) == Some(&b':')
        && digits(17..19);
    let mut rest = text.get(19..).unwrap_or("");
    if let Some(fraction) = rest.strip_prefix('.') {
        let end = fraction
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(fraction.len());
        if end == 0 {
            return false;
        }
        rest = &fraction[end..];
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit()),
        _ => false,
    };
    shape && offset
}

/// An IRI has a scheme: letters, then digits, `+`, `-` or `.`, then `:`.
fn has_scheme(iri: &str) -> bool {
    iri.split_once(':').is_some_and(|(scheme, rest)| {
        !rest.is_empty()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Checks what RFC 4287 §4.1.1 and §4.1.2 require of the feed and its entries, and
/// returns the feed id and the entries' ids, newest first.
fn check_atom(xml: &str) -> (String, Vec<String>) {
    let document = Document::parse(xml).expect("the feed is well-formed XML");
    let feed = document.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")), "{:?}", feed.tag_name());

    let feed_id = one_text(feed, "id").to_owned();
    assert!(has_scheme(&feed_id), "{feed_id}");
    assert!(!one_text(feed, "title").is_empty());
    assert!(is_rfc3339(one_text(feed, "updated")));
    let authors = atom_children(feed, "author");
    assert!(
        !authors.is_empty(),
        "the feed has no author (its entries have none)"
    );
    for author in authors {
        assert!(!one_text(author, "name").is_empty());
    }

    let mut ids = HashSet::from([feed_id.clone()]);
    let mut entry_ids = Vec::new();
    let entries = atom_children(feed, "entry");
    assert!(!entries.is_empty());
    for entry in entries {
        let id = one_text(entry, "id").to_owned();
        assert!(has_scheme(&id), "{id}");
        assert!(ids.insert(id.clone()), "id {id} is not unique");
        assert!(!one_text(entry, "title").is_empty());
        assert!(is_rfc3339(one_text(entry, "updated")));
        let content = atom_children(entry, "content");
        assert_eq!(
            content.len(),
            1,
            "an entry without alternate link needs content"
        );
        assert_eq!(content[0].attribute("type"), Some("html"));
        for link in atom_children(entry, "link") {
            let href = link.attribute("href").expect("a link has an href");
            assert!(
                href.starts_with("https://") || href.starts_with("http://"),
                "{href}"
            );
        }
        entry_ids.push(id);
    }
    for link in atom_children(feed, "link") {
        assert!(link.attribute("href").is_some_and(has_scheme));
    }
    (feed_id, entry_ids)
}

#[test]
fn the_rfc3339_check_itself_tells_good_times_from_bad() {
    for good in ["2026-03-20T00:00:00Z", "2026-03-20T00:00:00.5+01:00"] {
        assert!(is_rfc3339(good), "{good}");
    }
    for bad in [
        "2026-03-20",
        "2026-03-20 00:00:00Z",
        "2026-03-20T00:00:00",
        "20-03-2026T00:00:00Z",
    ] {
        assert!(!is_rfc3339(bad), "{bad}");
    }
}

#[test]
fn the_feed_of_the_two_versions_is_atom_with_an_entry_per_snapshot_and_a_self_link() {
    let path = scratch("v1-v2.xml");
    let output_path = path.to_str().expect("a UTF-8 path");
    let output = dsii_ok(&[
        "feed",
        POLICY_V1,
        POLICY_V2,
        "--site",
        "https://Example.org/monitor",
        "--output",
        output_path,
    ]);
    assert!(output.stdout.is_empty());
    let xml = fs::read_to_string(&path).expect("the feed file was written");

    let (feed_id, entry_ids) = check_atom(&xml);
    assert_eq!(feed_id, "https://example.org/monitor/#test-policy/en");
    assert_eq!(
        entry_ids,
        [
            "https://example.org/monitor/#test-policy/en/2026-03-20",
            "https://example.org/monitor/#test-policy/en/2025-11-15"
        ]
    );
    let document = Document::parse(&xml).expect("XML");
    let feed = document.root_element();
    let self_link = atom_children(feed, "link")
        .into_iter()
        .find(|link| link.attribute("rel") == Some("self"))
        .expect("a self link");
    assert_eq!(
        self_link.attribute("href"),
        Some("https://example.org/monitor/feed_cli-v1-v2.xml")
    );
    assert_eq!(one_text(feed, "updated"), "2026-03-20T00:00:00Z");
    let alternate = |element| {
        atom_children(element, "link")
            .into_iter()
            .filter(|link| link.attribute("rel") == Some("alternate"))
            .map(|link| (link.attribute("type"), link.attribute("href")))
            .collect::<Vec<_>>()
    };
    let page = (Some("text/html"), Some("https://example.org/monitor/"));
    assert_eq!(alternate(feed), [page]);
    for entry in atom_children(feed, "entry") {
        assert_eq!(alternate(entry), [page]);
    }
    let author = atom_children(feed, "author")[0];
    assert_eq!(one_text(author, "name"), "Testredactie");

    let newest = atom_children(feed, "entry")[0];
    assert_eq!(
        one_text(newest, "title"),
        "20 Mar 2026: 12 changes since 15 Nov 2025"
    );
    let related: Vec<&str> = atom_children(newest, "link")
        .iter()
        .filter(|link| link.attribute("rel") == Some("related"))
        .filter_map(|link| link.attribute("href"))
        .collect();
    assert_eq!(
        related,
        ["https://example.org/letter-2", "https://example.org/plan"]
    );
    let html = one_text(newest, "content");
    assert!(
        html.contains("<strong>slipped 2 quarters</strong>: Northern depot open"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"https://example.org/plan\">The plan</a>"),
        "{html}"
    );
}

#[test]
fn the_feed_of_the_october_snapshot_alone_is_atom_with_uuid_ids() {
    let (feed_id, entry_ids) = check_atom(&feed(&[OCTOBER]));
    // Checked against Python's uuid.uuid5 of "d-sii/en" and the day.
    assert_eq!(feed_id, "urn:uuid:529f44d1-1b49-568b-b333-f47c16725ec7");
    assert_eq!(entry_ids, ["urn:uuid:3d65fc24-e1c6-59c2-8333-c142d6ee5537"]);
}

#[test]
fn the_dutch_and_the_english_feed_share_no_id() {
    for site in [None, Some("https://example.org/monitor/")] {
        let ids = |lang: &str| {
            let mut args = vec![POLICY_V1, POLICY_V2, "--lang", lang];
            args.extend(site.iter().flat_map(|site| ["--site", *site]));
            let (feed_id, mut entry_ids) = check_atom(&feed(&args));
            entry_ids.push(feed_id);
            entry_ids
        };
        let (dutch, english) = (ids("nl"), ids("en"));
        assert!(
            dutch.iter().all(|id| !english.contains(id)),
            "{dutch:?} {english:?}"
        );
    }
}

#[test]
fn ids_stay_the_same_when_a_later_snapshot_joins_the_feed() {
    let (feed_alone, entries_alone) = check_atom(&feed(&[POLICY_V1]));
    let (feed_both, entries_both) = check_atom(&feed(&[POLICY_V1, POLICY_V2]));
    assert_eq!(feed_alone, feed_both);
    assert_eq!(entries_both[1], entries_alone[0]);
}

#[test]
fn the_words_follow_lang_nl() {
    let xml = feed(&[POLICY_V1, POLICY_V2, "--lang", "nl"]);
    let document = Document::parse(&xml).expect("XML");
    let feed = document.root_element();
    let lang = feed.attribute((roxmltree::NS_XML_URI, "lang"));
    assert_eq!(lang, Some("nl"));
    assert_eq!(one_text(feed, "title"), "Testbeleid fietsherstel");
    let entries = atom_children(feed, "entry");
    assert_eq!(
        one_text(entries[0], "title"),
        "20 mrt. 2026: 12 wijzigingen sinds 15 nov. 2025"
    );
    assert_eq!(
        one_text(entries[1], "title"),
        "15 nov. 2025: 3 actielijnen, 6 mijlpalen"
    );
}

#[test]
fn a_hostile_title_stays_text_and_a_script_url_is_no_link() {
    let hostile = r#"<script>alert(1)</script> & ]]> \u0001\u001b[2J\uFFFE end"#;
    let current = fs::read_to_string(PathBuf::from(REPO).join(POLICY_V2))
        .expect("the fixture")
        .replace("Test policy for bicycle repair", hostile)
        .replace("\"en\": \"New depots\"", &format!("\"en\": \"{hostile}\""))
        .replace("https://example.org/letter-2", "javascript:alert(1)");
    let path = scratch("hostile.json");
    fs::write(&path, current).expect("the hostile snapshot is written");

    let xml = feed(&[POLICY_V1, path.to_str().expect("a UTF-8 path")]);
    check_atom(&xml);
    let document = Document::parse(&xml).expect("XML");
    let feed = document.root_element();
    let expected = "<script>alert(1)</script> & ]]> \u{FFFD}\u{FFFD}[2J\u{FFFD} end";
    assert_eq!(one_text(feed, "title"), expected);
    let atom_names = [
        "feed",
        "id",
        "title",
        "updated",
        "author",
        "name",
        "uri",
        "link",
        "generator",
        "entry",
        "content",
    ];
    for element in document.descendants().filter(Node::is_element) {
        let name = element.tag_name();
        assert_eq!(name.namespace(), Some(ATOM), "{name:?}");
        assert!(atom_names.contains(&name.name()), "{name:?}");
    }

    let html = one_text(atom_children(feed, "entry")[0], "content");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    let links = document
        .descendants()
        .filter_map(|node| node.attribute("href"));
    assert!(links.into_iter().all(|href| !href.contains("javascript")));
}

#[test]
fn snapshots_out_of_order_exit_one_and_say_so() {
    let output = dsii(&["feed", POLICY_V2, POLICY_V1]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(
        stderr(&output).contains("list the snapshots oldest first"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_same_snapshot_twice_exits_one() {
    assert_eq!(dsii(&["feed", POLICY_V1, POLICY_V1]).status.code(), Some(1));
}

#[test]
fn snapshots_of_two_strategies_exit_one() {
    let output = dsii(&["feed", POLICY_V1, "tests/fixtures/small_monitor.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("a feed follows one strategy"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_unreadable_or_invalid_snapshot_exits_one() {
    for bad in [
        "tests/fixtures/no_such_snapshot.json",
        "tests/fixtures/not_json.json",
    ] {
        let output = dsii(&["feed", POLICY_V1, bad]);
        assert_eq!(output.status.code(), Some(1), "{bad}");
        assert!(stderr(&output).contains(bad), "{}", stderr(&output));
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn usage_errors_exit_two() {
    for args in [
        &["feed"][..],
        &["feed", POLICY_V1, "--site", "ftp://example.org/"],
        &["feed", POLICY_V1, "--site", "https://example.org/?q=1"],
        &["feed", POLICY_V1, "--lang", "fr"],
    ] {
        assert_usage_error(args);
    }
}
