//! Link hosts that may not be what they seem: a user name before `@` that reads like a
//! host, a label mixing letters of several scripts, punycode that can hide such a mix.

use std::fmt;

use super::script::{mixed_scripts, Script};

/// Something about a link's host that its author should check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostConcern<'a> {
    /// `https://tweedekamer.nl@evil.example/`: the browser goes to `host`.
    UserInfo { user: &'a str, host: &'a str },
    /// A label mixing scripts, as look-alike names do (`tweedеkamer` with a Cyrillic е).
    MixedScripts {
        label: &'a str,
        scripts: (Script, Script),
    },
    /// A punycode label (`xn--…`), which may spell such a mix.
    Punycode { label: &'a str },
}

impl fmt::Display for HostConcern<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostConcern::UserInfo { user, host } => write!(
                f,
                "the link goes to {host}: \"{user}\" before \"@\" is a user name, not the host"
            ),
            HostConcern::MixedScripts {
                label,
                scripts: (first, second),
            } => write!(
                f,
                "the host label \"{label}\" mixes {first} and {second} letters, which can imitate another name"
            ),
            HostConcern::Punycode { label } => write!(
                f,
                "the host label \"{label}\" is punycode, which can hide letters that imitate another name"
            ),
        }
    }
}

/// Label separators: browsers read the ideographic and fullwidth dots as `.` too.
const DOTS: [char; 4] = ['.', '\u{3002}', '\u{FF0E}', '\u{FF61}'];

fn is_punycode(label: &str) -> bool {
    label
        .get(..4)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("xn--"))
}

/// What to tell the author about the host of an absolute URL: at most one concern of
/// each kind, so one long host cannot flood the warnings.
pub fn host_concerns(url: &str) -> Vec<HostConcern<'_>> {
    let Some((_, rest)) = url.split_once("://") else {
        return Vec::new();
    };
    // Browsers end an http(s) authority at a backslash too.
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or("");
    // The host follows the last `@`; everything before it is userinfo.
    let (user, host_and_port) = match authority.rsplit_once('@') {
        Some((user, host)) => (Some(user), host),
        None => (None, authority),
    };
    let host = if host_and_port.starts_with('[') {
        host_and_port.split_inclusive(']').next().unwrap_or("")
    } else {
        host_and_port.split(':').next().unwrap_or("")
    };

    let mut concerns = Vec::new();
    if let Some(user) = user {
        concerns.push(HostConcern::UserInfo { user, host });
    }
    let mixed = host
        .split(DOTS)
        .find_map(|label| mixed_scripts(label).map(|scripts| (label, scripts)));
    if let Some((label, scripts)) = mixed {
        concerns.push(HostConcern::MixedScripts { label, scripts });
    }
    if let Some(label) = host.split(DOTS).find(|label| is_punycode(label)) {
        concerns.push(HostConcern::Punycode { label });
    }
    concerns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_name_before_the_host_is_named_with_the_real_host() {
        assert_eq!(
            host_concerns("https://tweedekamer.nl@evil.example/kamerstukken"),
            [HostConcern::UserInfo {
                user: "tweedekamer.nl",
                host: "evil.example"
            }]
        );
        assert_eq!(
            host_concerns("https://a@b@evil.example:8443?x=@y"),
            [HostConcern::UserInfo {
                user: "a@b",
                host: "evil.example"
            }]
        );
    }

    #[test]
    fn a_label_mixing_scripts_is_named() {
        assert_eq!(
            host_concerns("https://www.tweedеkamer.nl/"),
            [HostConcern::MixedScripts {
                label: "tweedеkamer",
                scripts: (Script::Latin, Script::Cyrillic)
            }]
        );
    }

    #[test]
    fn punycode_labels_are_named() {
        assert_eq!(
            host_concerns("https://XN--80ak6aa92e.com"),
            [HostConcern::Punycode {
                label: "XN--80ak6aa92e"
            }]
        );
    }

    #[test]
    fn ordinary_hosts_raise_no_concern() {
        for url in [
            "https://www.tweedekamer.nl/kamerstukken?id=1&by=a@b",
            "https://user-name.example/a@b",
            "https://правительство.рф/",
            "https://bücher.example:8080/",
            "http://[2001:db8::1]:8080/",
            "https://example.org\\@evil.example",
        ] {
            assert!(host_concerns(url).is_empty(), "{url}");
        }
    }

    #[test]
    fn concerns_say_where_the_link_really_goes() {
        let concern = HostConcern::UserInfo {
            user: "tweedekamer.nl",
            host: "evil.example",
        };
        assert_eq!(
            concern.to_string(),
            "the link goes to evil.example: \"tweedekamer.nl\" before \"@\" is a user name, not the host"
        );
    }
}
