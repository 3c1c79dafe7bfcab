//! Baskets: what sells together (issue 22). Pure code over plain data: orders become
//! baskets of item ids ([`Transactions`]), FP-growth finds the frequent itemsets with exact
//! counts ([`frequent_itemsets`]), every split of them gives the rules ([`association_rules`]),
//! and the rules score the products each customer has not bought yet ([`suggest`]).
//!
//! Thresholds are exact fractions ([`Ratio`]) compared in integers. Results are typed
//! numbers and item ids; names come from [`Transactions::name`] and sentences are the
//! window's and the report's business. No SQL and no UI here.

pub mod fpgrowth;
pub mod ratio;
pub mod rules;
pub mod suggest;
pub mod transactions;

pub use fpgrowth::{FrequentItemsets, Itemset, MiningOptions, frequent_itemsets};
pub use ratio::Ratio;
pub use rules::{Pair, Rule, association_rules, pairs};
pub use suggest::{CustomerSuggestions, Suggestion, Suggestions, suggest};
pub use transactions::{BasketLine, Item, Transactions, TransactionsBuilder};

/// Why a basket analysis could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BasketError {
    /// A threshold that is not a plain decimal number.
    #[error("\"{text}\" is not a decimal number such as 0.05")]
    NotADecimal {
        /// The text as given.
        text: String,
    },
    /// A threshold outside 0 to 1, or with more than 18 decimals.
    #[error("\"{text}\" is not between 0 and 1 (at most 18 decimals)")]
    RatioOutOfRange {
        /// The text as given.
        text: String,
    },
    /// The support is so low that the itemsets would not fit.
    #[error("more than {limit} frequent itemsets: raise the minimum support")]
    TooManyItemsets {
        /// The limit that was passed.
        limit: usize,
    },
    /// The progress callback asked to stop.
    #[error("the basket analysis was cancelled")]
    Cancelled,
}

/// The thresholds of one analysis (the command line's defaults: support 0.01, confidence 0.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BasketOptions {
    /// Itemsets and rules need count >= min_support × orders.
    pub min_support: Ratio,
    /// Rules need count(A ∪ B) >= min_confidence × count(A).
    pub min_confidence: Ratio,
    /// The longest itemset (None: no limit).
    pub max_len: Option<usize>,
    /// Stop past this many itemsets (None: no limit).
    pub max_itemsets: Option<usize>,
}

impl Default for BasketOptions {
    fn default() -> Self {
        Self {
            min_support: Ratio::from_parts(1, 100),
            min_confidence: Ratio::from_parts(1, 2),
            max_len: None,
            max_itemsets: None,
        }
    }
}

/// The itemsets and rules of one analysis.
#[derive(Clone, Debug, Default)]
pub struct BasketAnalysis {
    /// The frequent itemsets.
    pub itemsets: FrequentItemsets,
    /// The rules, itemset by itemset.
    pub rules: Vec<Rule>,
}

/// Frequent itemsets, then rules, with the options' thresholds. `progress(fraction)` returns
/// false to stop (then [`BasketError::Cancelled`]); it hears the mining, which is most of
/// the time.
pub fn analyse(
    transactions: &Transactions,
    options: &BasketOptions,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<BasketAnalysis, BasketError> {
    let mining = MiningOptions {
        min_support: options.min_support,
        max_len: options.max_len,
        max_itemsets: options.max_itemsets,
    };
    let itemsets = frequent_itemsets(transactions, &mining, progress)?;
    let rules = association_rules(&itemsets, options.min_confidence);
    Ok(BasketAnalysis { itemsets, rules })
}

#[cfg(test)]
mod testdata;
