//! What the store refuses to do, as values: the record that does not exist or the rule a
//! change would break, with the numbers and values it is about. [`crate::text`] says them
//! in words.

/// A record asked for that does not exist, or a change the store refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No import has this number.
    NoImport {
        /// The number asked for.
        batch: i64,
    },
    /// The import was undone already.
    ImportUndone {
        /// The import.
        batch: i64,
        /// When.
        at: String,
    },
    /// A contact's date that is not a date.
    NotADate {
        /// The value typed.
        value: String,
    },
    /// A contact's e-mail without an @.
    NotAnEmail {
        /// The value typed.
        value: String,
    },
    /// A sale line of a batch that points at a contact the batch does not have (a fault of
    /// the code that made the batch).
    SaleWithoutContact {
        /// The sale line, from 1.
        line: usize,
        /// The contact it points at.
        index: usize,
        /// Contacts in the batch.
        contacts: usize,
    },
    /// No customer has this number.
    NoCustomer {
        /// The number asked for.
        id: i64,
    },
    /// No piece of feedback has this number.
    NoFeedback {
        /// The number asked for.
        id: i64,
    },
    /// A saved segment without a name.
    SegmentWithoutName,
    /// No saved segment has this name.
    NoSavedSegment {
        /// The name asked for.
        name: String,
    },
    /// Undo asked without any merge.
    NoMergeGiven,
    /// No merge has this number.
    NoMerge {
        /// The number asked for.
        id: i64,
    },
    /// The merge was undone already.
    MergeUndone {
        /// The merge.
        id: i64,
        /// When.
        at: String,
    },
    /// A customer declared a different person from itself.
    SamePerson {
        /// The customer.
        id: i64,
    },
    /// An erased customer cannot be merged.
    Erased {
        /// The customer.
        id: i64,
        /// When it was erased.
        at: String,
    },
    /// A customer already merged into another.
    AlreadyMerged {
        /// The customer.
        id: i64,
        /// The customer it was merged into.
        root: i64,
        /// The merge that did it, when known.
        merge: Option<i64>,
    },
    /// A saved merge names a field the contact table does not have.
    UnknownMergeField {
        /// The column.
        column: String,
    },
    /// A merge without any customer to absorb.
    NothingToMerge {
        /// The customer that would stay.
        survivor: i64,
    },
    /// A customer merged into itself.
    IntoItself {
        /// The customer.
        id: i64,
    },
    /// A customer listed twice in one merge.
    ListedTwice {
        /// The customer.
        id: i64,
    },
    /// A merge that cannot be undone before a later one.
    UndoLaterFirst {
        /// The merge asked.
        merge: i64,
        /// The later merge.
        later: i64,
        /// Its customer that was merged on.
        survivor: i64,
        /// The customer it is merged into now.
        root: i64,
        /// Every merge to undo together (those asked, then the later one).
        together: Vec<i64>,
    },
    /// A merge that cannot be undone while its customer is merged into another.
    SurvivorMerged {
        /// The merge asked.
        merge: i64,
        /// Its customer.
        survivor: i64,
        /// The customer it is merged into now.
        root: i64,
    },
    /// Amounts adding up to more than a 64-bit count of cents holds.
    TooLargeSum,
    /// Settings that cannot be saved, as the settings say why.
    Settings(crate::settings::Invalid),
    /// One merge among several was refused; nothing was merged.
    InPlan {
        /// Which merge, from 1.
        index: usize,
        /// Of how many.
        of: usize,
        /// Its customer that would stay.
        survivor: i64,
        /// Why it was refused.
        cause: Box<Refusal>,
    },
}
