//! Writing XML that parses whatever the data holds: text and attribute values escaped,
//! and the characters XML 1.0 forbids or discourages replaced by U+FFFD.

use super::markup_escape::escape_markup;

/// Whether XML 1.0 allows `c` and does not discourage it: no C0 control but tab and
/// line breaks, no C1 control or DEL, no noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF).
fn is_welcome(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FDD0}'..='\u{FDEF}' => false,
        c => u32::from(c) & 0xFFFE != 0xFFFE,
    }
}

/// `text` for element content or a double- or single-quoted attribute value. A carriage
/// return is written as a reference, which parsers keep rather than turn into a line feed.
pub fn escape(text: &str) -> String {
    escape_markup(text, "&apos;", |c, escaped| match c {
        '\r' => escaped.push_str("&#13;"),
        c if is_welcome(c) => escaped.push(c),
        _ => escaped.push('\u{FFFD}'),
    })
}

/// An indented XML document written element by element. Element and attribute names
/// are the writer's own constants; only values and text are data.
pub struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    /// A document that starts with its XML declaration.
    pub fn document() -> Self {
        Self {
            out: String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"),
            depth: 0,
        }
    }

    fn start_tag(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.out.push_str(&"  ".repeat(self.depth));
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            self.out.push_str(&escape(value));
            self.out.push('"');
        }
    }

    /// Opens an element whose children follow.
    pub fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start_tag(name, attributes);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    pub fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.out.push_str(&"  ".repeat(self.depth));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// An element with text content.
    pub fn text(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.start_tag(name, attributes);
        self.out.push('>');
        self.out.push_str(&escape(text));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// An element without content.
    pub fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start_tag(name, attributes);
        self.out.push_str("/>\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_become_references() {
        assert_eq!(
            escape(r#"<a href="x">&'"]]></a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&quot;]]&gt;&lt;/a&gt;"
        );
    }

    #[test]
    fn characters_xml_forbids_or_discourages_are_replaced() {
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{7f}d\u{85}e\u{FFFE}f\u{FFFF}g\u{1FFFF}h\u{FDD0}i"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\u{FFFD}i"
        );
    }

    #[test]
    fn tabs_line_feeds_and_other_scripts_are_kept_and_a_carriage_return_survives() {
        assert_eq!(escape("a\tb\nc\rd ë 中 😀"), "a\tb\nc&#13;d ë 中 😀");
    }

    #[test]
    fn elements_nest_with_indentation() {
        let mut xml = Writer::document();
        xml.open("feed", &[("xmlns", "urn:x")]);
        xml.text("title", &[], "A & B");
        xml.empty("link", &[("href", "https://e.org/?a=1&b=2")]);
        xml.close("feed");
        assert_eq!(
            xml.finish(),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"urn:x\">\n  \
             <title>A &amp; B</title>\n  <link href=\"https://e.org/?a=1&amp;b=2\"/>\n</feed>\n"
        );
    }
}
