//! English: the one function that turns a [`Message`] into English text.
//!
//! Each arm is what an English `.ftl` file would hold for that id; a message whose id is
//! not known here comes out as its id, which the tests catch.

use super::Message;

/// A message in English.
pub fn render(m: &Message) -> String {
    let t = |name: &str| m.text(name);
    match m.id {
        // What a job is doing.
        "stage-reading-sales" => "Reading sales".into(),
        "stage-reading-products" => "Reading products and channels".into(),
        "stage-reading-customers" => "Reading customers".into(),
        "stage-working-out-segments" => "Working out segments".into(),
        "stage-predicting" => "Fitting the prediction models".into(),
        "stage-writing-file" => "Writing the file".into(),
        "stage-laying-out-pages" => "Laying out the pages".into(),
        "stage-drawing-preview" => "Drawing the preview".into(),
        "stage-merging" => "Merging".into(),
        "stage-creating-demo" => "Creating the demo shop".into(),
        "stage-saving-demo" => "Saving the demo shop".into(),
        "stage-checking" => format!("Checking {}", t("file")),
        "stage-importing" => format!("Importing {}", t("file")),
        "stage-checked-rows" => format!("Checking: {} rows", t("rows")),
        "stage-imported-rows" => format!("Importing: {} rows", t("rows")),
        "stage-detecting-reading" => "Reading names, phones and addresses".into(),
        "stage-detecting-learning-chance" => "Learning how often strangers look alike".into(),
        "stage-detecting-finding-pairs" => "Finding candidate pairs".into(),
        "stage-detecting-comparing-pairs" => "Comparing candidate pairs".into(),
        "stage-detecting-estimating-model" => "Estimating the model".into(),
        "stage-detecting-scoring-pairs" => "Scoring pairs".into(),
        "stage-done" => "Done".into(),

        // A job stopped by the person.
        "cancelled-demo" => "Loading the demo shop was cancelled; nothing was changed.".into(),
        "cancelled-check" => "The check was stopped; nothing was written.".into(),
        "cancelled-import" => "The import was cancelled; nothing was changed.".into(),
        "cancelled-merge" => "The merge was cancelled; nothing was merged.".into(),
        "cancelled-find-duplicates" => "Finding duplicates was cancelled.".into(),
        "cancelled-segments" => "Working out the segments was cancelled.".into(),
        "cancelled-report" => "Making the report was cancelled.".into(),
        "cancelled-predict" => "Working out the predictions was cancelled.".into(),

        // Errors of the operations.
        "error-store" | "error-import" | "error-export" | "error-report" | "error-preview"
        | "error-print" | "error-rule" | "error-sections" => t("detail"),
        "error-predict" => format!("No predictions: {}.", t("detail")),
        "error-write" => format!("{} could not be written: {}", t("path"), t("reason")),
        "error-print-file" => format!(
            "The report could not be made ready for printing: {}.",
            t("reason")
        ),
        "error-has-data" => format!(
            "{} already holds data; the demo shop was not loaded. Use --force to replace that data with the demo shop, or --db to choose another file.",
            t("path")
        ),
        "error-threshold" => format!(
            "the threshold is a probability between 0 and 1 (e.g. 0.9), not {}",
            t("threshold")
        ),
        "error-name-taken" => format!(
            "'{}' is already the name of a segment, tier or lifecycle stage; choose another name",
            t("name")
        ),
        "error-no-such-segment" => format!(
            "there is no segment, tier, lifecycle stage or saved segment called '{}'",
            t("name")
        ),
        "error-segment-not-named" => "name the segment to export, e.g. clientele export segment \"At risk\" --out at-risk.csv".into(),
        "error-period" => format!(
            "--from {} is after --to {}; give the period's first day first",
            t("from"),
            t("to")
        ),
        "error-export-format" => format!(
            "{}: name the file .csv or .xlsx so Clientele knows which format to write",
            t("path")
        ),
        "error-internal" => format!(
            "the job stopped on an internal error and nothing was changed ({}); please report it",
            t("detail")
        ),

        // What the window says when a job ends.
        "done-demo" => format!(
            "The demo shop is ready: {} customers over {} years.",
            t("customers"),
            t("years")
        ),
        "done-import" => format!(
            "Imported {} of {} rows from {}.",
            t("imported"),
            t("read"),
            t("file")
        ),
        "done-unmerge" => match m.int("merges") {
            1 => "1 merge undone; the customers are separate again.".into(),
            n => format!("{n} merges undone; the customers are separate again."),
        },
        "done-report-saved" => format!("Report saved in {}.", t("path")),
        "done-rows-saved" => format!("{} rows saved in {}.", t("rows"), t("path")),
        "done-printed" => t("said"),
        "done-customers-saved" => format!("{} customers saved in {}.", t("customers"), t("path")),
        "failed-settings" => format!("The settings were not saved: {}", t("reason")),
        "failed-segment-save" => format!("The segment was not saved: {}", t("reason")),
        "failed-segment-delete" => format!("The segment was not deleted: {}", t("reason")),
        "failed-merge" => format!("Nothing was merged: {}", t("reason")),
        "failed-unmerge" => format!("Nothing was undone: {}", t("reason")),
        "failed-write" => format!("{} could not be written: {}", t("path"), t("reason")),

        // What the person should know about how a file is read or what was imported.
        "note-repeated-column" => format!(
            "The column name '{}' appears more than once; the repeat is read as '{}' ({}). Check that the right column feeds each field (--map FIELD=COLUMN).",
            t("base"),
            t("header"),
            match m.get("feeds") {
                Some(_) => format!("it feeds {}", t("feeds")),
                None => "kept with the other columns".to_string(),
            }
        ),
        "note-layout" => format!("{} export recognised", t("name")),
        "note-ambiguous-dates" => format!(
            "Dates like 03/04/2025 could be day/month or month/day; they were read as {}, as the shop's locale writes them (`clientele settings --locale` changes it). Use --date-format %m/%d/%Y or %d/%m/%Y to choose.",
            match t("order").as_str() {
                "month-first" => "month/day (March 4)",
                _ => "day/month (3 April)",
            }
        ),
        "note-mixed-dates" => "Some dates are day/month and others month/day; rows that do not fit the shop's order are reported. Use --date-format to choose.".into(),
        "note-whole-amounts" => "Every amount in the column 'amount' is a whole number, next to a currency: they may be in cents (1250 for 12.50). They were read as whole currency units; check the revenue, and use a layout profile with amount_unit = \"cents\" if they are cents.".into(),
        "note-set-aside" => format!(
            "{} {} {} ({}) kept but not counted.",
            t("orders"),
            t("status"),
            if m.int("orders") == 1 { "order" } else { "orders" },
            t("amount")
        ),
        "note-walk-in" => format!(
            "{} walk-in sale lines (no customer) counted in revenue and orders, in no customer's figures.",
            t("lines")
        ),

        // Why a planned file cannot be imported yet.
        "import-blocker-no-sale-date" => "Choose the column that holds the date of the sale.".into(),
        "import-blocker-no-amount" => {
            "Choose the column that holds the amount (or the unit price) of the sale.".into()
        }

        // Problems with one row of an import file.
        "problem-value-cut" => format!(
            "row {}, column {}: the value is {} characters long, more than a {} holds ({}); only its first {} characters were kept",
            t("row"),
            t("column"),
            t("length"),
            t("what"),
            t("max"),
            t("max")
        ),
        "problem-ragged-row" => format!(
            "row {} has {} values but the header has {} columns; the extra values are kept as Column {}…",
            t("row"),
            t("values"),
            t("columns"),
            m.int("columns") + 1
        ),
        "problem-not-kept" => format!(
            "row {}, column {}: '{}' is not {}; the field was left empty and the value kept{} with the customer's other columns",
            t("row"),
            t("column"),
            t("value"),
            expected(&t("expected")),
            if t("cut") == "yes" {
                " (its first 10 000 characters)"
            } else {
                ""
            }
        ),
        "problem-sale-date-missing" => format!(
            "row {}, column {}: the date of the sale is missing",
            t("row"),
            t("column")
        ),
        "problem-not-a-date" => format!(
            "row {}, column {}: '{}' is not a date",
            t("row"),
            t("column"),
            t("value")
        ),
        "problem-sale-date-out-of-range" => format!(
            "row {}, column {}: the date {} {}; if it is right, accept such dates (--allow-any-date, or \"Accept dates before 1900 or in the future\" in the Import tab)",
            t("row"),
            t("column"),
            t("date"),
            bound(&t("bound"))
        ),
        "problem-amount-too-large" => format!(
            "row {}, column {}: amount too large: '{}' is more than 10 000 000 000 000",
            t("row"),
            t("column"),
            t("value")
        ),
        "problem-not-an-amount" => format!(
            "row {}, column {}: '{}' is not an amount",
            t("row"),
            t("column"),
            t("value")
        ),
        "problem-not-a-quantity" => format!(
            "row {}, column {}: '{}' is not a quantity",
            t("row"),
            t("column"),
            t("value")
        ),
        "problem-amount-missing" => format!(
            "row {}, column {}: the amount is missing (and there is no unit price to work it out)",
            t("row"),
            t("column")
        ),
        "problem-nobody-identified" => format!(
            "row {}: nothing identifies a person (no name, company, e-mail, phone or reference)",
            t("row")
        ),
        "problem-no-customer-named" => format!(
            "row {}: the sale names no customer (no customer number, e-mail, phone or name)",
            t("row")
        ),
        "problem-order-set-aside" => format!(
            "row {}: the order is {}: kept here, not counted in revenue",
            t("row"),
            t("status")
        ),
        "problem-bytes-replaced" => format!(
            "row {}, {} {}: bytes that are not {} text were read as '\u{fffd}' ('{}'); the encoding was decided from the start of the file: if the file is in another encoding, import it again choosing it (--encoding, e.g. windows-1252)",
            t("row"),
            if m.int("count") == 1 {
                "column"
            } else {
                "columns"
            },
            t("columns"),
            t("encoding"),
            t("value")
        ),
        "problem-written" => t("words"),

        // Headings of alike problems.
        "group-value-cut" => format!(
            "Column {}: values longer than a {} holds ({} characters) were cut",
            t("column"),
            t("what"),
            t("max")
        ),
        "group-ragged-row" => format!(
            "Rows with more values than the header's {} columns; the extra values are kept as extra columns",
            t("columns")
        ),
        "group-not-kept" => format!(
            "Column {}: '…' is not {}; the field was left empty and the value kept with the customer's other columns",
            t("column"),
            expected(&t("expected"))
        ),
        "group-sale-date-missing" => {
            format!("Column {}: the date of the sale is missing", t("column"))
        }
        "group-not-a-date" => format!("Column {}: '…' is not a date", t("column")),
        "group-sale-date-out-of-range" => format!(
            "Column {}: the date {}",
            t("column"),
            bound(&t("bound"))
        ),
        "group-amount-too-large" => format!(
            "Column {}: amount too large: '…' is more than 10 000 000 000 000",
            t("column")
        ),
        "group-not-an-amount" => format!("Column {}: '…' is not an amount", t("column")),
        "group-not-a-quantity" => format!("Column {}: '…' is not a quantity", t("column")),
        "group-amount-missing" => format!(
            "Column {}: the amount is missing (and there is no unit price to work it out)",
            t("column")
        ),
        "group-nobody-identified" => "Nothing identifies a person (no name, company, e-mail, phone or reference)".into(),
        "group-no-customer-named" => "The sale names no customer (no customer number, e-mail, phone or name)".into(),
        "group-order-set-aside" => format!(
            "The order is {}: kept here, not counted in revenue",
            t("status")
        ),
        "group-bytes-replaced" => format!(
            "Bytes that are not {} text were read as '\u{fffd}'",
            t("encoding")
        ),

        // Why a column feeds its field.
        "why-header" => "from the column's name".into(),
        "why-values" => "from the values".into(),
        "why-chosen" => "chosen".into(),
        "why-layout" => format!("as {} exports write it", t("layout")),

        // A check from which no row could be imported, as the Import tab says it.
        "import-none-with-choice" => format!(
            "With this choice no row could be imported: {}",
            match t("lacking").as_str() {
                "customer" => "every row lacks a customer.",
                "date" => "every row lacks a date of sale that can be read.",
                "amount" => "every row lacks an amount that can be read.",
                "person" => {
                    "no row names a person (no name, company, e-mail, phone or reference)."
                }
                _ => "it has no data rows",
            }
        ),
        "import-none-with-choice-because" => format!(
            "With this choice no row could be imported: {}{}",
            t("why"),
            more_rows(m.int("rejected"))
        ),

        // Why a file was not imported.
        "import-read" | "import-store" => t("detail"),
        "import-duplicate-file" => format!(
            "{} was already imported on {} (import {}); nothing was imported again. Undo that import first, or import it again on purpose with --allow-duplicate-file.",
            t("file"),
            t("when"),
            t("batch")
        ),
        "import-no-such-column" => format!(
            "{} has no column named '{}'; its columns are: {}",
            t("file"),
            t("column"),
            t("columns")
        ),
        "import-nothing-imported" => format!(
            "nothing was imported from {}: {}{}",
            t("file"),
            match m.get("first") {
                Some(_) => t("first"),
                None => "it has no data rows".into(),
            },
            more_rows(m.int("rejected"))
        ),
        "import-no-sale-date-column" => format!(
            "{} has no column for the date of the sale; name it with --map sold_at=COLUMN (columns: {})",
            t("file"),
            t("columns")
        ),
        "import-no-amount-column" => format!(
            "{} has no column for the amount (or the unit price) of the sale; name it with --map amount=COLUMN (columns: {})",
            t("file"),
            t("columns")
        ),
        "import-wrong-kind" => format!(
            "{} looks like {} ({}); import it as {}? Nothing was imported.",
            t("file"),
            if t("kind") == "sales" {
                "a list of sales"
            } else {
                "a customer list"
            },
            match m.get("layout") {
                Some(_) => t("layout"),
                None => "people, and no column with a date of sale".into(),
            },
            t("kind")
        ),
        "import-cancelled" => "the import was cancelled; nothing was changed".into(),
        "import-internal" => format!(
            "the import stopped on an internal error and nothing was changed ({}); please report it",
            t("detail")
        ),

        // The database.
        "store-not-clientele" => format!(
            "{} is not a Clientele database ({}). It was left untouched; choose another file or a new file name.",
            t("path"),
            t("reason")
        ),
        "store-too-new" => format!(
            "{} was saved by a newer version of Clientele (data format {}; this version reads up to {}). Install the newer Clientele to open it; the file was left untouched.",
            t("path"),
            t("found"),
            t("supported")
        ),
        "store-busy" => format!(
            "the database {} is busy: another Clientele window or program is writing to it. Wait for it to finish and try again.",
            t("path")
        ),
        "store-read-only" => format!(
            "the database {} cannot be written: it or its folder is read-only. Check the file's permissions, or copy it to a folder of your own and open the copy; nothing was changed.",
            t("path")
        ),
        "store-damaged" => format!(
            "the database {} is damaged and cannot be read reliably: restore a backup copy of it (the file was left as it is).",
            t("path")
        ),
        "store-disk-full" => format!(
            "the disk that holds {} is full: free some space and try again; nothing was changed.",
            t("path")
        ),
        "store-cannot-open" => format!("cannot open the database {}: {}", t("path"), t("reason")),
        "store-cancelled" => "cancelled; nothing was changed".into(),
        "store-sqlite" => format!("database error: {}", t("detail")),
        "store-json" => format!("stored data could not be read: {}", t("detail")),

        // What the database refuses.
        "refused-no-import" => format!(
            "there is no import number {} (clientele imports lists them)",
            t("id")
        ),
        "refused-import-undone" => {
            format!("import {} was already undone on {}", t("id"), t("at"))
        }
        "refused-not-a-date" => format!(
            "'{}' is not a date: write it as year-month-day, e.g. 1985-04-23",
            t("value")
        ),
        "refused-not-an-email" => {
            format!("'{}' is not an email address: it needs an @", t("value"))
        }
        "refused-sale-without-contact" => format!(
            "sale line {} points at contact {} of a batch of {}",
            t("line"),
            t("index"),
            t("contacts")
        ),
        "refused-no-customer" => format!("there is no customer number {}", t("id")),
        "refused-segment-without-name" => "a saved segment needs a name".into(),
        "refused-no-saved-segment" => {
            format!("there is no saved segment called '{}'", t("name"))
        }
        "refused-no-merge-given" => "no merge to undo was given".into(),
        "refused-no-merge" => format!(
            "there is no merge number {} (clientele merges lists them)",
            t("id")
        ),
        "refused-merge-undone" => format!("merge {} was already undone on {}", t("id"), t("at")),
        "refused-same-person" => format!(
            "customer {} cannot be a different person from itself",
            t("id")
        ),
        "refused-erased" => format!(
            "customer {} was erased on {} and cannot be merged",
            t("id"),
            t("at")
        ),
        "refused-already-merged" => format!(
            "customer {} was already merged into customer {}{}; merge with {} instead",
            t("id"),
            t("root"),
            match m.get("merge") {
                Some(_) => format!(" by merge {}", t("merge")),
                None => String::new(),
            },
            t("root")
        ),
        "refused-unknown-merge-field" => {
            format!("a saved merge names an unknown field '{}'", t("column"))
        }
        "refused-nothing-to-merge" => format!(
            "no customer to merge into customer {} was given",
            t("id")
        ),
        "refused-into-itself" => format!("customer {} cannot be merged into itself", t("id")),
        "refused-listed-twice" => format!("customer {} is listed twice", t("id")),
        "refused-undo-later-first" => format!(
            "merge {} cannot be undone before merge {}, which later merged its customer {} into customer {}: undo merge {} first, or both together (clientele unmerge {})",
            t("id"),
            t("later"),
            t("survivor"),
            t("root"),
            t("later"),
            t("together")
        ),
        "refused-survivor-merged" => format!(
            "merge {} cannot be undone while customer {} is merged into customer {}",
            t("id"),
            t("survivor"),
            t("root")
        ),
        "refused-too-large-sum" => "the amounts add up to more than Clientele can hold (about 92 000 000 000 000 000); an amount in the file is far too large. Nothing was changed.".into(),
        "settings-unknown-locale" => format!(
            "'{}' is not a locale Clientele knows; choose one of {}.",
            t("locale"),
            t("known")
        ),
        "settings-not-a-currency" => format!(
            "'{}' is not a currency code; use three letters such as EUR, USD or GBP.",
            t("currency")
        ),
        "settings-not-a-country" => format!(
            "'{}' is not a country code; use two letters such as FR, GB or US.",
            t("country")
        ),
        "settings-shop-name-too-long" => {
            format!("The shop name is longer than {} characters.", t("max"))
        }
        "refused-in-plan" => format!(
            "merge {} of {} (customer {}): {}; nothing was merged",
            t("index"),
            t("of"),
            t("survivor"),
            t("cause")
        ),

        // The window's background worker.
        "worker-stopped" => "The background worker stopped: nothing more can be read or saved until it runs again, and what it was doing was not finished.".into(),
        "worker-restart" => "Start it again".into(),
        "worker-stopped-request" => {
            "the background worker stopped before this was finished; start it again to go on"
                .into()
        }

        // The command line's report of what it did.
        "cli-import-undone" => format!(
            "Import {} undone: {} sale lines and {} contacts removed{}.",
            t("batch"),
            t("sales"),
            t("contacts"),
            match m.int("kept") {
                0 => String::new(),
                n => format!(
                    "; {n} contacts it created were kept because later imports or merges use them"
                ),
            }
        ),
        "cli-customers-shown" => format!(
            "{} of {} customers shown (use --limit to see more)",
            t("shown"),
            t("of")
        ),
        "cli-customer" => match m.get("name") {
            Some(_) => format!("customer {} ({})", t("id"), t("name")),
            None => format!("customer {}", t("id")),
        },
        "cli-merged" => format!("Merged {} into {}.", t("absorbed"), t("survivor")),
        "cli-merge-numbers" => format!(
            "Merge {} {}; undo with: clientele unmerge {}",
            if m.int("count") == 1 {
                "number"
            } else {
                "numbers"
            },
            t("numbers"),
            t("undo")
        ),
        "cli-merge-undone" => format!(
            "Merge {} undone: customer {} ({}) is a customer of its own again; customer {} ({}) has its own values back where the merge had changed them.",
            t("merge"),
            t("absorbed"),
            t("absorbed-name"),
            t("survivor"),
            t("survivor-name")
        ),
        "cli-merged-all" => format!(
            "{} groups merged at threshold {:.3}: {} customers merged into others (see clientele merges; clientele unmerge undoes).",
            t("groups"),
            m.float("threshold"),
            t("absorbed")
        ),
        "cli-demo-saved" => format!(
            "Demo shop saved in {}: {} customers, {} orders, {} sale lines, revenue {} ({} to {}).",
            t("path"),
            t("customers"),
            t("orders"),
            t("lines"),
            t("revenue"),
            t("first"),
            t("last")
        ),
        "cli-imported" => format!(
            "Imported {} of {} rows from {} as import {}.",
            t("imported"),
            t("read"),
            t("file"),
            t("batch")
        ),
        "cli-checked" => format!(
            "Checked {} (nothing written): {} of {} rows would be imported.",
            t("file"),
            t("imported"),
            t("read")
        ),
        "cli-import-counts" => format!(
            "{} new contacts, {} sale lines ({} for customers already known).",
            t("contacts"),
            t("sales"),
            t("known")
        ),
        "cli-import-problems" => format!(
            "{} rows rejected, {} values kept aside with a warning:",
            t("rejected"),
            t("warnings")
        ),
        "cli-import-more-problems" => {
            "… (clientele imports, or --errors-out FILE.csv, for all of them)".into()
        }
        "cli-set-aside" => format!(
            "{} {} {} ({}) kept but not counted.",
            t("orders"),
            t("status"),
            if m.int("orders") == 1 {
                "order"
            } else {
                "orders"
            },
            t("amount")
        ),
        "cli-rfm-written" => format!(
            "RFM of {} customers as of {} written to {}.",
            t("customers"),
            t("as-of"),
            t("path")
        ),
        "cli-predict-written" => format!(
            "Predictions for {} customers as of {} written to {}.",
            t("customers"),
            t("as-of"),
            t("path")
        ),
        "cli-segment-saved" => format!(
            "Segment '{}' saved: {} customers match it as of {}.",
            t("name"),
            t("members"),
            t("as-of")
        ),
        "cli-sales-written" => format!("{} sale lines written to {}.", t("lines"), t("path")),
        "cli-customers-written" => format!(
            "{} customers written to {} (figures as of {}).",
            t("customers"),
            t("path"),
            t("as-of")
        ),
        "cli-report-written" => format!(
            "Report for {} to {} written to {} ({} KB).",
            t("from"),
            t("to"),
            t("path"),
            t("kb")
        ),
        "cli-report-not-translated" => format!(
            "The report is not translated into '{}' yet; it is written in English.",
            t("code")
        ),

        // The command line's own words around errors.
        "cli-cannot-write" => format!("cannot write {}", t("path")),
        "cli-demo-not-saved" => "the demo shop could not be saved".into(),

        other => super::predict::english(m).unwrap_or_else(|| other.to_string()),
    }
}

/// What a value kept aside should have been.
fn expected(what: &str) -> &'static str {
    match what {
        "date" => "a date",
        "email" => "an e-mail address",
        "long-email" => "an e-mail address (it is longer than 320 characters)",
        "yes-no" => "yes or no",
        _ => "an amount",
    }
}

/// Which bound a sale's date crosses.
fn bound(which: &str) -> &'static str {
    if which == "before-1900" {
        "is before 1900"
    } else {
        "is more than a day in the future"
    }
}

/// " (and N more rows with problems)" after the first of `rejected` rows.
fn more_rows(rejected: i64) -> String {
    match rejected {
        0 | 1 => String::new(),
        n => format!(" (and {} more rows with problems)", n - 1),
    }
}
