//! Text as HTML or XML: the characters both read as markup written as references, so that
//! data stays data in element content and in quoted attribute values.

/// `text` with `&`, `<`, `>`, `"` and `'` written as references (the apostrophe as
/// `apostrophe`, which HTML and XML spell their own way), and every other character as
/// `other` writes it.
pub fn escape_markup(text: &str, apostrophe: &str, other: impl Fn(char, &mut String)) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str(apostrophe),
            c => other(c, &mut escaped),
        }
    }
    escaped
}
