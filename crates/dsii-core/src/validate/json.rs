//! A small JSON reader that keeps where each value starts and ends, so the typed walk
//! over it (`walk`) can name a path and a line and column for every mistake. One
//! generic tree instead of serde's code per model type keeps the wasm small.
//! Nesting is bounded before this runs (`limits::check_depth`).

/// A JSON value and the byte range it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Json,
    /// Offsets of the value's first byte and of the byte after it.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written; the walk reads it as the type it expects.
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in document order; duplicates are kept for the walk to refuse.
    Object(Vec<(String, Node)>),
}

/// A syntax error: what went wrong, and the offset where the reader stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub reason: &'static str,
    pub at: usize,
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

type Read<T> = Result<T, SyntaxError>;

/// Reads one JSON value filling `text` (whitespace around it allowed).
pub fn parse(text: &[u8]) -> Read<Node> {
    let mut reader = Reader { text, at: 0 };
    let node = reader.value()?;
    reader.skip_whitespace();
    match reader.at < text.len() {
        true => reader.fail("trailing characters"),
        false => Ok(node),
    }
}

/// Decodes one JSON string literal (`"…"`, quotes included).
pub fn parse_string(literal: &[u8]) -> Read<String> {
    let mut reader = Reader {
        text: literal,
        at: 0,
    };
    reader.string()
}

impl Reader<'_> {
    fn fail<T>(&self, reason: &'static str) -> Read<T> {
        Err(SyntaxError {
            reason,
            at: self.at,
        })
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Read<Node> {
        self.skip_whitespace();
        let start = self.at;
        let value = match self.peek() {
            None => return self.fail("EOF while parsing a value"),
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.keyword("true", Json::Bool(true))?,
            Some(b'f') => self.keyword("false", Json::Bool(false))?,
            Some(b'n') => self.keyword("null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
            Some(_) => return self.fail("expected value"),
        };
        Ok(Node {
            value,
            start,
            end: self.at,
        })
    }

    fn keyword(&mut self, word: &str, value: Json) -> Read<Json> {
        for expected in word.bytes() {
            match self.peek() {
                None => return self.fail("EOF while parsing a value"),
                Some(byte) if byte == expected => self.at += 1,
                Some(_) => return self.fail("expected ident"),
            }
        }
        Ok(value)
    }

    fn digits(&mut self) -> usize {
        let from = self.at;
        while self.peek().is_some_and(|byte| byte.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - from
    }

    fn number(&mut self) -> Read<String> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.fail("invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        // Only ASCII digits and signs were read.
        Ok(String::from_utf8_lossy(&self.text[start..self.at]).into_owned())
    }

    fn hex4(&mut self) -> Read<u32> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return self.fail("EOF while parsing a string"),
                Some(byte) => (byte as char).to_digit(16),
            };
            match digit {
                Some(digit) => value = value * 16 + digit,
                None => return self.fail("invalid escape"),
            }
            self.at += 1;
        }
        Ok(value)
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Read<()> {
        let Some(byte) = self.peek() else {
            return self.fail("EOF while parsing a string");
        };
        self.at += 1;
        let simple = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let mut code = self.hex4()?;
                if (0xD800..0xDC00).contains(&code) {
                    if self.text.get(self.at..self.at + 2) != Some(b"\\u") {
                        return self.fail("lone leading surrogate in hex escape");
                    }
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return self.fail("lone leading surrogate in hex escape");
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                let Some(char) = char::from_u32(code) else {
                    return self.fail("invalid unicode code point");
                };
                out.extend_from_slice(char.encode_utf8(&mut [0; 4]).as_bytes());
                return Ok(());
            }
            _ => return self.fail("invalid escape"),
        };
        out.push(simple);
        Ok(())
    }

    /// The reader is on the opening quote.
    fn string(&mut self) -> Read<String> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let plain = memchr::memchr2(b'"', b'\\', &self.text[self.at..]);
            let Some(length) = plain else {
                self.at = self.text.len();
                return self.fail("EOF while parsing a string");
            };
            let chunk = &self.text[self.at..self.at + length];
            if let Some(control) = chunk.iter().position(|&byte| byte < 0x20) {
                self.at += control;
                return self
                    .fail("control character (\\u0000-\\u001F) found while parsing a string");
            }
            out.extend_from_slice(chunk);
            self.at += length + 1;
            if self.text[self.at - 1] == b'"' {
                break;
            }
            self.escape(&mut out)?;
        }
        match String::from_utf8(out) {
            Ok(text) => Ok(text),
            Err(_) => self.fail("invalid unicode code point"),
        }
    }

    fn array(&mut self) -> Read<Json> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                None => return self.fail("EOF while parsing a list"),
                Some(_) => return self.fail("expected `,` or `]`"),
            }
        }
    }

    fn object(&mut self) -> Read<Json> {
        self.at += 1;
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {}
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("key must be a string"),
            }
            let key = self.string()?;
            self.skip_whitespace();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("expected `:`"),
            }
            members.push((key, self.value()?));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("expected `,` or `}`"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Json {
        parse(text.as_bytes())
            .map(|node| node.value)
            .unwrap_or(Json::Null)
    }

    fn error(text: &str) -> (&'static str, usize) {
        let error = parse(text.as_bytes()).err().unwrap_or(SyntaxError {
            reason: "parsed",
            at: 0,
        });
        (error.reason, error.at)
    }

    #[test]
    fn reads_every_kind_of_value_with_its_place() {
        let node = parse(br#" {"a": [1, -2.5e3, true, null], "b": "x\u00e9\n"} "#).unwrap();
        assert_eq!((node.start, node.end), (1, 49));
        let Json::Object(members) = node.value else {
            panic!("an object")
        };
        assert_eq!(members[0].0, "a");
        assert_eq!(
            members[0].1.value,
            Json::Array(vec![
                Node {
                    value: Json::Number("1".into()),
                    start: 8,
                    end: 9
                },
                Node {
                    value: Json::Number("-2.5e3".into()),
                    start: 11,
                    end: 17
                },
                Node {
                    value: Json::Bool(true),
                    start: 19,
                    end: 23
                },
                Node {
                    value: Json::Null,
                    start: 25,
                    end: 29
                },
            ])
        );
        assert_eq!(members[1].1.value, Json::String("xé\n".into()));
    }

    #[test]
    fn surrogate_pairs_become_one_character() {
        assert_eq!(value(r#""\ud83d\ude80""#), Json::String("🚀".into()));
        assert_eq!(
            error(r#""\ud83d x""#).0,
            "lone leading surrogate in hex escape"
        );
    }

    #[test]
    fn mistakes_are_named_where_the_reader_stood() {
        assert_eq!(error(r#"{"a": 1"#), ("EOF while parsing an object", 7));
        assert_eq!(error(r#"{"a" 1}"#), ("expected `:`", 5));
        assert_eq!(error("{\n  a: 1}"), ("key must be a string", 4));
        assert_eq!(error("[1 2]"), ("expected `,` or `]`", 3));
        assert_eq!(error("[1] x"), ("trailing characters", 4));
        assert_eq!(error(""), ("EOF while parsing a value", 0));
        assert_eq!(error("01"), ("trailing characters", 1));
        assert_eq!(
            error("\"a\tb\""),
            (
                "control character (\\u0000-\\u001F) found while parsing a string",
                2
            )
        );
        assert_eq!(error("tru"), ("EOF while parsing a value", 3));
        assert_eq!(error(r#""\x""#), ("invalid escape", 3));
    }

    #[test]
    fn invalid_utf8_in_a_string_is_refused() {
        assert_eq!(
            parse(b"\"\xff\"").err().map(|e| e.reason),
            Some("invalid unicode code point")
        );
    }
}
