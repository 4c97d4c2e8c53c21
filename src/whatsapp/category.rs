//! The categories Meta prices WhatsApp traffic by, and the rate column each one reads.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A billing category, as lines of a quote or a rated log name it.
///
/// The 2022 version billed conversations by who started them (`business_initiated`,
/// `user_initiated`); from 2023-06-01 by what the business sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Marketing templates.
    Marketing,
    /// Utility templates.
    Utility,
    /// Authentication templates (one-time passwords).
    Authentication,
    /// Authentication templates at the authentication-international rate (§3 of the reference).
    AuthenticationInternational,
    /// Free-form (non-template) messages.
    Service,
    /// Conversations opened by replying to a click-to-WhatsApp ad or a Page button: always free.
    FreeEntryPoint,
    /// 2022: a conversation the business started outside a customer service window.
    BusinessInitiated,
    /// 2022: a conversation started by replying inside a customer service window.
    UserInitiated,
}

/// The price columns of a rate table, in the files' order: each is the index of its rate in a
/// row's five.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `marketing` (also the 2022 business-initiated rate).
    Marketing = 0,
    /// `utility`.
    Utility = 1,
    /// `authentication`.
    Authentication = 2,
    /// `authentication_international`.
    AuthenticationInternational = 3,
    /// `service` (also the 2022 user-initiated rate).
    Service = 4,
}

impl Category {
    /// Every category, for messages and parsing.
    pub const ALL: [Category; 8] = [
        Category::Marketing,
        Category::Utility,
        Category::Authentication,
        Category::AuthenticationInternational,
        Category::Service,
        Category::FreeEntryPoint,
        Category::BusinessInitiated,
        Category::UserInitiated,
    ];

    /// The snake-case name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Marketing => "marketing",
            Category::Utility => "utility",
            Category::Authentication => "authentication",
            Category::AuthenticationInternational => "authentication_international",
            Category::Service => "service",
            Category::FreeEntryPoint => "free_entry_point",
            Category::BusinessInitiated => "business_initiated",
            Category::UserInitiated => "user_initiated",
        }
    }

    /// The category named `name`.
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The rate column this category is charged from; `None` for free entry points, which are
    /// never charged. The 2022 rate rows hold the business-initiated rate in `marketing` (and
    /// `utility`, `authentication`) and the user-initiated rate in `service`.
    pub fn column(self) -> Option<Column> {
        match self {
            Category::Marketing | Category::BusinessInitiated => Some(Column::Marketing),
            Category::Utility => Some(Column::Utility),
            Category::Authentication => Some(Column::Authentication),
            Category::AuthenticationInternational => Some(Column::AuthenticationInternational),
            Category::Service | Category::UserInitiated => Some(Column::Service),
            Category::FreeEntryPoint => None,
        }
    }

    /// A short phrase for invoice lines: `marketing`, `business-initiated`.
    pub fn label(self) -> &'static str {
        match self {
            Category::AuthenticationInternational => "authentication-international",
            Category::FreeEntryPoint => "free entry point",
            Category::BusinessInitiated => "business-initiated",
            Category::UserInitiated => "user-initiated",
            other => other.as_str(),
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
