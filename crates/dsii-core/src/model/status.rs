//! The closed vocabularies of the format: action-line and milestone statuses.

use std::fmt;
use std::str::FromStr;

/// A string that is not one of a vocabulary's keywords.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} \"{found}\"; expected one of {expected}")]
pub struct UnknownKeyword {
    pub what: &'static str,
    pub found: String,
    pub expected: String,
}

/// Declares a closed set of snake_case keywords with parsing and display.
macro_rules! keyword_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $keyword:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $keyword),+
                }
            }
        }

        impl FromStr for $name {
            type Err = UnknownKeyword;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == text)
                    .ok_or_else(|| UnknownKeyword {
                        what: $what,
                        found: text.to_owned(),
                        expected: Self::ALL
                            .iter()
                            .map(|value| value.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

keyword_enum!(
    /// Where an action line stands, as its sources say.
    ActionLineStatus, "status" {
        Planned => "planned",
        InProgress => "in_progress",
        Achieved => "achieved",
        Delayed => "delayed",
        Cancelled => "cancelled",
    }
);

keyword_enum!(
    /// Whether a milestone happened; "overdue" is derived, never stored.
    MilestoneStatus, "milestone status" {
        Done => "done",
        Pending => "pending",
        Cancelled => "cancelled",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_statuses_name_the_allowed_ones() {
        let error = "doing".parse::<ActionLineStatus>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown status \"doing\"; expected one of planned, in_progress, achieved, delayed, cancelled"
        );
    }

    #[test]
    fn every_keyword_round_trips() {
        for status in ActionLineStatus::ALL {
            assert_eq!(
                status.as_str().parse::<ActionLineStatus>().as_ref(),
                Ok(status)
            );
        }
        for status in MilestoneStatus::ALL {
            assert_eq!(
                status.as_str().parse::<MilestoneStatus>().as_ref(),
                Ok(status)
            );
        }
    }
}
