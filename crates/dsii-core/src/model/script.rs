//! Which writing system a letter belongs to, coarsely: enough to notice a host name
//! that mixes look-alike letters of several scripts.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    /// CJK and every other script, as one group.
    Other,
}

impl Script {
    /// The script of a letter; `None` for digits, punctuation, symbols and combining
    /// marks, which go with any script.
    pub fn of(c: char) -> Option<Script> {
        let script = match c {
            'a'..='z' | 'A'..='Z' => Script::Latin,
            _ if c.is_ascii() => return None,
            'ª' | 'º' => Script::Latin,
            '\u{00C0}'..='\u{024F}' if c != '×' && c != '÷' => Script::Latin,
            '\u{1E00}'..='\u{1EFF}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
                Script::Latin
            }
            '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
            '\u{0400}'..='\u{052F}'
            | '\u{1C80}'..='\u{1C8F}'
            | '\u{2DE0}'..='\u{2DFF}'
            | '\u{A640}'..='\u{A69F}' => Script::Cyrillic,
            '\u{0530}'..='\u{058F}' => Script::Armenian,
            '\u{0590}'..='\u{05FF}' => Script::Hebrew,
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFC}' => Script::Arabic,
            '\u{0300}'..='\u{036F}' => return None,
            _ if c.is_alphabetic() => Script::Other,
            _ => return None,
        };
        Some(script)
    }

    fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Greek => "Greek",
            Script::Cyrillic => "Cyrillic",
            Script::Armenian => "Armenian",
            Script::Hebrew => "Hebrew",
            Script::Arabic => "Arabic",
            Script::Other => "other",
        }
    }
}

impl fmt::Display for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The first two scripts a text mixes, if it mixes any.
pub fn mixed_scripts(text: &str) -> Option<(Script, Script)> {
    let mut scripts = text.chars().filter_map(Script::of);
    let first = scripts.next()?;
    scripts
        .find(|&script| script != first)
        .map(|second| (first, second))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_belong_to_their_script() {
        let cases = [
            ('k', Some(Script::Latin)),
            ('ë', Some(Script::Latin)),
            ('ł', Some(Script::Latin)),
            ('е', Some(Script::Cyrillic)),
            ('ο', Some(Script::Greek)),
            ('ա', Some(Script::Armenian)),
            ('א', Some(Script::Hebrew)),
            ('ب', Some(Script::Arabic)),
            ('中', Some(Script::Other)),
            ('7', None),
            ('-', None),
            ('\u{0301}', None),
        ];
        for (c, script) in cases {
            assert_eq!(Script::of(c), script, "{c:?}");
        }
    }

    #[test]
    fn a_mix_is_found_but_digits_and_hyphens_mix_with_anything() {
        assert_eq!(
            mixed_scripts("tweedеkamer"),
            Some((Script::Latin, Script::Cyrillic))
        );
        assert_eq!(
            mixed_scripts("αβγ-деж"),
            Some((Script::Greek, Script::Cyrillic))
        );
        assert_eq!(mixed_scripts("rijksoverheid-2025"), None);
        assert_eq!(mixed_scripts("правительство"), None);
        assert_eq!(mixed_scripts("123"), None);
    }
}
