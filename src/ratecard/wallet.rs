//! A plan's prepaid wallet as its rate card states it: the credit value, what it pays and the rule
//! that tops it up. Data only, read by the card loader; running a wallet day by day is
//! [`crate::wallet`]'s.

use rust_decimal::Decimal;

/// A plan's wallet, as its rate card states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletSpec {
    /// The credit value: the opening deposit and each top-up's amount.
    pub credit: Decimal,
    /// The card's money term a scenario may set the credit value with (`[vendors.woztell] credit`).
    pub credit_term: Option<String>,
    /// The invoice lines paid from the wallet (every `passthrough` line, the overage line of the
    /// `contacts.active` quota); the others are charged to the card directly.
    pub pays: Vec<Paid>,
    /// When the card tops the wallet up.
    pub top_up: TopUp,
    /// Days between usage and its deduction (Woztell posts WhatsApp costs about 3 days late).
    pub lag_days: u32,
    /// The credit values the vendor allows; empty when any value is allowed.
    pub values: Vec<Decimal>,
    /// What a reader must know about the rule (a single source, say), shown with every quote.
    pub note: Option<String>,
}

/// Lines a wallet pays: every line of a code, or the overage line of one quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paid {
    /// Every line with this code (`overage`, `tier`, `passthrough`).
    Code(String),
    /// The overage line of the quota over this meter (`contacts.active`, `points`): a vendor's
    /// deposit may pay extra users but not extra seats (Woztell's 2023 plans).
    Meter(String),
}

/// The rule that tops a wallet up, by one credit value at a time, as many times as needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopUp {
    /// Each time `percent` of the credit value has been used: the balance is at or below
    /// `(100 − percent)%` of it (Woztell 2019: 80).
    WhenUsed {
        /// Percent of the credit value used that triggers a top-up.
        percent: Decimal,
    },
    /// When the balance would fall below a safety net of `percent` of the credit value
    /// (Woztell 2023: 10).
    SafetyNet {
        /// The safety net, in percent of the credit value.
        percent: Decimal,
    },
}
