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
        "stage-forecasting" => "Choosing the model and forecasting".into(),
        "stage-working-out-cohorts" => "Working out cohorts".into(),
        "stage-working-out-channels" => "Working out channels".into(),
        "stage-predicting" => "Fitting the prediction models".into(),
        "stage-writing-file" => "Writing the file".into(),
        "stage-laying-out-pages" => "Laying out the pages".into(),
        "stage-drawing-preview" => "Drawing the preview".into(),
        "stage-merging" => "Merging".into(),
        "stage-erasing" => "Erasing".into(),
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
        "stage-finding-rules" => "Finding what sells together".into(),
        "stage-done" => "Done".into(),

        // A job stopped by the person.
        "cancelled-demo" => "Loading the demo shop was cancelled; nothing was changed.".into(),
        "cancelled-check" => "The check was stopped; nothing was written.".into(),
        "cancelled-import" => "The import was cancelled; nothing was changed.".into(),
        "cancelled-merge" => "The merge was cancelled; nothing was merged.".into(),
        "cancelled-erase" => "The erasure was cancelled; nothing was erased.".into(),
        "cancelled-find-duplicates" => "Finding duplicates was cancelled.".into(),
        "cancelled-segments" => "Working out the segments was cancelled.".into(),
        "cancelled-report" => "Making the report was cancelled.".into(),
        "cancelled-baskets" => "Finding what sells together was cancelled.".into(),
        // The forecast (issue 23).
        "forecast-months" => match m.int("count") {
            1 => "1 month".into(),
            n => format!("{n} months"),
        },
        "forecast-weeks" => match m.int("count") {
            1 => "1 week".into(),
            n => format!("{n} weeks"),
        },
        "forecast-accuracy-seasonal" => format!(
            "This forecast ({}) has been {} off on average over the last {}, against {} for \"same as last year\".",
            t("model"),
            t("error"),
            t("span"),
            t("baseline")
        ),
        "forecast-accuracy-plain" => format!(
            "This forecast ({}) has been {} off on average over the last {}, against {} for \"same as the period before\".",
            t("model"),
            t("error"),
            t("span"),
            t("baseline")
        ),
        "forecast-hold-out-seasonal" | "forecast-hold-out-plain" => format!(
            "Chosen on the history before the last {span}, {} was {} off on average on those {span}, against {} for \"{}\".",
            t("model"),
            t("error"),
            t("baseline"),
            if m.id == "forecast-hold-out-seasonal" {
                "same as last year"
            } else {
                "same as the period before"
            },
            span = t("span"),
        ),
        "forecast-coverage" => format!(
            "Over those periods the {} range held {} of the actual figures and the {} range {}.",
            t("p80"),
            t("c80"),
            t("p95"),
            t("c95")
        ),
        "forecast-short-history" => format!(
            "With only {} of complete history ({} are needed to see each season twice), the forecast leaves the seasons out: it cannot yet tell which months sell more.",
            t("span"),
            t("needed")
        ),
        "forecast-so-far" => format!("{} so far: {} (through {}).", t("period"), t("value"), t("through")),
        "forecast-next-month" => format!("Next month: about {} ({}–{}).", t("value"), t("lo"), t("hi")),
        "forecast-next-week" => format!("Next week: about {} ({}–{}).", t("value"), t("lo"), t("hi")),
        // Cohorts and channels (issue 23).
        "cohorts-came-back-months" | "cohorts-came-back-quarter" => {
            let within = if m.id == "cohorts-came-back-quarter" {
                "the next quarter"
            } else {
                "three months"
            };
            let first = format!(
                "Of the customers who first bought in {}, {} came back within {within}",
                t("cohort"),
                t("share")
            );
            match m.get("before") {
                Some(_) => format!("{first}; for {} it was {}.", t("before"), t("before_share")),
                None => format!("{first}."),
            }
        }
        "channels-group" => t("name"),
        "channels-not-given" => "no channel given".into(),
        "channels-compare" => format!(
            "Customers who first bought through {} come back less often within a year ({}) than those who first bought through {} ({}).",
            t("low"),
            t("low_rate"),
            t("high"),
            t("high_rate")
        ),
        "cli-no-sales" => "The shop has no sales yet: import sales (clientele import sales FILE) or load the demo shop (clientele demo) first.".into(),
        "cancelled-forecast" => "The forecast was cancelled.".into(),
        "cancelled-cohorts" => "Working out the cohorts was cancelled.".into(),
        "cancelled-channels" => "Working out the channels was cancelled.".into(),
        "error-forecast-too-short" => format!(
            "the shop has {} complete periods of sales; a forecast needs at least {}",
            t("periods"),
            t("needed")
        ),
        "error-forecast-horizon" => format!(
            "--horizon {} is out of range: forecast 1 to {} periods ahead",
            t("horizon"),
            t("max")
        ),
        "error-forecast-hold-out" => format!(
            "--backtest {} leaves too little history of the {} complete periods to fit on; hold out fewer periods",
            t("held_out"),
            t("periods")
        ),

        // Errors of the operations.
        "error-preview" => format!(
            "the report could not be read back for its preview ({})",
            t("detail")
        ),
        "rule-unreadable" => format!(
            "the rule is not valid: {} (see docs/segment-rules.md for how rules are written)",
            t("why")
        ),
        "rule-group-with-more" => {
            format!("a group has \"{}\" and nothing else beside it", t("key"))
        }
        "rule-group-needs-list" => format!("\"{}\" needs a list of rules", t("key")),
        "rule-not-a-rule" => "a rule is a condition such as {\"field\": \"city\", \"op\": \"is\", \"value\": \"Lyon\"} or a group {\"all\": [...]} / {\"any\": [...]}".into(),
        "rule-said" => t("said"),
        "rule-op-not-for-field" => {
            format!("'{}' cannot be used with {}", t("op"), t("field"))
        }
        "rule-between-needs-two" => {
            format!("{} between needs two numbers, like [10, 50]", t("field"))
        }
        "rule-needs-number" => format!("{} {} needs a number", t("field"), t("op")),
        "rule-in-needs-list" => format!(
            "{} is one of needs a list of values, like [\"Lyon\", \"Paris\"]",
            t("field")
        ),
        "rule-needs-texts" => format!(
            "{} {} needs a text or a list of texts, like \"Roses\" or [\"Roses\", \"Tulips\"]",
            t("field"),
            t("op")
        ),
        "rule-needs-text" => format!("{} {} needs a text value", t("field"), t("op")),
        "rule-unknown-value" => format!(
            "'{}' is not a {}: use one of {}",
            t("value"),
            t("field"),
            t("known")
        ),
        "export-cannot-write" => format!("cannot write {}: {}", t("path"), t("reason")),
        "export-too-many-rows" => format!(
            "{} rows do not fit in one spreadsheet (at most {}); export to a .csv file instead",
            t("rows"),
            t("max")
        ),
        "export-xlsx" => t("detail"),
        "report-fonts" => "the report's fonts could not be loaded".into(),
        "report-chart" => format!("a chart could not be drawn: {}", t("detail")),
        "report-pdf" => format!("the PDF could not be written: {}", t("detail")),
        "sections-unknown" => format!(
            "unknown report section '{}'; the sections are {}",
            t("word"),
            t("known")
        ),
        "sections-empty" => "name at least one report section".into(),
        "baskets-not-a-decimal" => {
            format!("\"{}\" is not a decimal number such as 0.05", t("text"))
        }
        "baskets-ratio-out-of-range" => format!(
            "\"{}\" is not between 0 and 1 (at most 18 decimals)",
            t("text")
        ),
        "baskets-too-many-itemsets" => format!(
            "more than {} frequent itemsets: raise the minimum support",
            t("limit")
        ),
        "baskets-cancelled" => "the basket analysis was cancelled".into(),
        "cancelled-predict" => "Working out the predictions was cancelled.".into(),
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
        "print-sent" => match m.get("job") {
            Some(_) => format!(
                "The report was sent to the printer (print job {}).",
                t("job")
            ),
            None => "The report was sent to the printer.".into(),
        },
        "print-no-service" => format!(
            "Printing needs the system's print service ('{}' was not found). Save the PDF and print it from your PDF viewer.",
            t("program")
        ),
        "print-unreachable" => format!("The printer could not be reached: {}.", t("reason")),
        "print-no-printer" => "No printer is set up on this computer. Add one in the system's printer settings, or save the PDF and print it from another computer.".into(),
        "print-refused" => {
            "The printer refused the report. Save the PDF and print it from your PDF viewer.".into()
        }
        "print-refused-because" => format!(
            "The printer refused the report: {}. Save the PDF and print it from your PDF viewer.",
            t("reason")
        ),
        "done-erased" => format!(
            "{} customers erased ({} records emptied); their sales stay, on anonymous records.",
            t("customers"),
            t("contacts")
        ),
        "done-backup-saved" => format!("Backup copy saved in {}.", t("path")),
        "privacy-backups-heading" => "Backups".into(),
        "privacy-backups-folder" => format!("Copies are kept in {}: one a day when the window opens, and one before each import, merge-all, erase and restore (7 daily and 4 weekly copies are kept). Restore one with clientele restore FILE.", t("path")),
        "privacy-backups-none" => "No copy yet.".into(),
        "privacy-backups-copy" => format!("{} · {} KB", t("name"), t("kb")),
        "privacy-backup-now" => "Back up now".into(),
        "done-subject-saved" => format!("Everything held on the customer saved in {}.", t("path")),

        // The customer detail's privacy panel.
        "privacy-consent-heading" => "Consent".into(),
        "privacy-channel-email" => "E-mail".into(),
        "privacy-channel-sms" => "SMS".into(),
        "privacy-channel-post" => "Post".into(),
        "privacy-channel-phone" => "Phone".into(),
        "privacy-consent-yes" => "Yes, agreed".into(),
        "privacy-consent-no" => "No, refused".into(),
        "privacy-consent-unknown" => "Not asked".into(),
        "privacy-consent-since" => format!("since {}", t("day")),
        "privacy-consent-history" => format!("History of consent ({})", t("count")),
        "privacy-consent-entry" => format!(
            "{} · {}: {} ({})",
            t("day"),
            t("channel"),
            t("state"),
            t("source")
        ),
        "privacy-source-import" => format!("import {}", t("batch")),
        "privacy-source-window" => "in the window".into(),
        "privacy-source-command-line" => "on the command line".into(),
        "privacy-source-earlier" => "recorded before consent had a history".into(),
        "privacy-export-button" => "Export everything".into(),
        "privacy-export-hover" => "Write everything held on this customer to a JSON file in the exports folder beside the database (a subject access request)".into(),
        "privacy-erase-button" => "Erase…".into(),
        "privacy-erase-hover" => "Erase this customer for good, on their request: shows what goes and asks first".into(),
        "privacy-erase-warning" => "This cannot be undone, not even from a backup: backups are erased too.".into(),
        "privacy-erase-yes" => "Erase for good".into(),
        "privacy-erase-title" => format!("Erase customer {}?", t("customer")),
        "privacy-erase-job" => "Erasing the customer".into(),
        "privacy-cancel" => "Cancel".into(),
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
        "problem-date-missing" => format!(
            "row {}, column {}: the day is missing",
            t("row"),
            t("column")
        ),
        "problem-not-a-score" => format!(
            "row {}, column {}: '{}' is not a score on the {} scale ({})",
            t("row"),
            t("column"),
            t("value"),
            t("scale"),
            scale_range(&t("scale"))
        ),
        "problem-nothing-said" => format!("row {}: neither a score nor a comment", t("row")),
        "problem-no-customer-given" => format!(
            "row {}: the feedback names no customer (no customer number, e-mail, phone or name)",
            t("row")
        ),
        "problem-unknown-word" => format!(
            "row {}, column {}: '{}' is not one of the known words; kept with the other columns",
            t("row"),
            t("column"),
            t("value")
        ),
        "group-date-missing" => format!("Column {}: the day is missing", t("column")),
        "group-not-a-score" => format!(
            "Column {}: not a score on the {} scale ({})",
            t("column"),
            t("scale"),
            scale_range(&t("scale"))
        ),
        "group-nothing-said" => "Neither a score nor a comment".into(),
        "group-no-customer-given" => {
            "The feedback names no customer (no customer number, e-mail, phone or name)".into()
        }
        "group-unknown-word" => format!("Column {}: not one of the known words", t("column")),
        "feedback-unknown-scale" => format!(
            "{}: the scale of the scores in column '{}' is not known. Say it with --scale nps (0-10), stars (1-5), csat (1-5) or thumbs (up/down); nothing was imported",
            t("file"),
            t("column")
        ),
        "feedback-no-date-column" => format!(
            "{}: no column holds the day the feedback was given; name it with --map date=COLUMN (its columns are: {})",
            t("file"),
            t("columns")
        ),
        "feedback-no-score-or-text-column" => format!(
            "{}: no column holds a score or a comment; name one with --map score=COLUMN or --map text=COLUMN (its columns are: {})",
            t("file"),
            t("columns")
        ),
        "feedback-leaving" => format!(
            "{}: {} of {} bought again within 90 days ({})",
            t("who"),
            t("returned"),
            t("eligible"),
            t("share")
        ),
        "feedback-leaving-none" => format!("{}: no feedback old enough to tell", t("who")),
        "feedback-who-negative" => "Unhappy (detractors, 1-2 stars)".into(),
        "feedback-who-neutral" => "Neutral (passives, 3 stars)".into(),
        "feedback-who-positive" => "Happy (promoters, 4-5 stars)".into(),
        "feedback-too-few" => "too few answers to tell".into(),
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

        // What a value tier means.
        "tier-meaning-first" => format!("The customers who bring {}% of revenue.", t("share")),
        "tier-meaning-next" => format!("The next {}% of revenue.", t("share")),
        "tier-meaning-last" => format!("The last {}% of revenue.", t("share")),

        // Why a file cannot be read.
        "read-io" => format!("cannot read {}: {}", t("file"), t("reason")),
        "read-empty" => format!("{} is empty: there is nothing to import", t("file")),
        "read-empty-sheet" => format!(
            "{}: the sheet \"{}\" is empty: choose another sheet",
            t("file"),
            t("sheet")
        ),
        "read-header-only" => format!("{} has a header but no rows", t("file")),
        "read-not-a-table" => format!(
            "{} is not a text or spreadsheet file (it looks like {}): export the data from its program as CSV or Excel and import that file",
            t("file"),
            looks(&t("looks"))
        ),
        "read-unsupported" => format!(
            "{} is {}, which cannot be imported: open it in Excel, save it as an Excel workbook (.xlsx) and import that copy",
            t("file"),
            pick(m, "what", "xlsb", "an Excel binary workbook (.xlsb)", "an Excel 2003 XML spreadsheet")
        ),
        "read-damaged" => format!(
            "{}: this file is damaged or incomplete (it may not have finished downloading), or it is not really {} (details: {})",
            t("file"),
            pick(m, "kind", "ods", "an OpenDocument spreadsheet", "an Excel file"),
            t("reason")
        ),
        "read-damage-reader" => t("detail"),
        "read-damage-not-the-format" => "its content does not follow the format".into(),
        "read-damage-plain-text" => "it contains plain text, not a workbook; if it is a CSV export, rename it to .csv and import it again".into(),
        "read-damage-ole" => format!(
            "its {} is damaged",
            match t("part").as_str() {
                "sector-size" => "header (sector size)",
                "sector-table" => "sector table",
                "sector-chain-loops" => "sector table (a chain loops)",
                "small-stream-table" => "small-stream table",
                "small-stream-chain-loops" => "small-stream table (a chain loops)",
                _ => "header",
            }
        ),
        "read-protected" => format!(
            "{} is protected by a password: open it in {}, save it without a password and import that copy",
            t("file"),
            pick(m, "kind", "ods", "LibreOffice Calc", "Excel")
        ),
        "read-unterminated-quote" => format!(
            "{}, row {}: a quoted value is never closed (a \" is missing)",
            t("file"),
            t("row")
        ),
        "read-unknown-encoding" => format!(
            "cannot read {} as \"{}\": that is not a known text encoding; use one such as utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, gb18030, big5, utf-16le or utf-16be",
            t("file"),
            t("label")
        ),
        "read-sheet-not-found" => format!(
            "{} has no sheet named \"{}\": its sheets are {}",
            t("file"),
            t("sheet"),
            match m.int("count") {
                0 => "none".to_string(),
                _ => t("sheets"),
            }
        ),
        "read-not-a-file" => format!(
            "{} is {}, not a file: choose the file itself (save what a program sends into a file first)",
            t("file"),
            pick(m, "what", "folder", "a folder", "a pipe, a device or a socket")
        ),
        "read-too-large" => format!(
            "{}: this file would take more than {} to read; it may be damaged or built to harm. It was not imported",
            t("file"),
            size(m.int("bytes"))
        ),
        "read-too-wide" => format!(
            "{}, row {}: more than {} columns (the most a spreadsheet has); the file may be damaged, or its delimiter is not the one detected",
            t("file"),
            t("row"),
            t("max")
        ),
        "read-header-row-not-found" => format!(
            "{} has no row {} or below it with anything in it: choose an earlier header row",
            t("file"),
            t("row")
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
        "store-sqlite-read-only" => "database error: the database file or its folder is read-only: check its permissions, or copy it to a folder of your own; nothing was changed".into(),
        "store-sqlite-damaged" => "database error: the database file is damaged: restore a backup copy of it".into(),
        "store-sqlite-disk-full" => "database error: the disk is full: free some space and try again; nothing was changed".into(),
        "store-not-sqlite" => "it is not a SQLite database at all".into(),
        "store-other-program" => "it is a SQLite database made by another program".into(),
        "store-open-folder" => "it is a folder, not a file".into(),
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
        "refused-no-feedback" => format!("there is no feedback number {}", t("id")),
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
        "cli-erase-preview" | "cli-erased" => format!(
            "{} {} customers ({} contact records): their names, addresses, e-mails, phones and other columns, {} import problem rows, {} merge snapshots, {} \"not the same person\" decisions, {} consent decisions, and their values in {} audit lines. Their {} sale lines stay, on anonymous records.",
            if m.id == "cli-erased" { "Erased" } else { "Erasing would remove" },
            t("customers"),
            t("contacts"),
            t("problems"),
            t("merges"),
            t("pairs"),
            t("consent"),
            t("audit"),
            t("lines")
        ),
        "cli-erase-nobody" => "No customer matches: nothing to erase.".into(),
        "cli-erase-needs-yes" => "nothing was erased: run the command again with --yes to erase".into(),
        "cli-subject-written" => format!(
            "Everything held on customer {} ({} sale lines) written to {}.",
            t("customer"),
            t("lines"),
            t("path")
        ),
        "cli-backup-written" => format!("Backup written to {}.", t("path")),
        "cli-backup-holds" => format!(
            "{} holds {} customers and {} sale lines, from {} to {}.",
            t("path"),
            t("customers"),
            t("lines"),
            t("first"),
            t("last")
        ),
        "cli-restore-needs-yes" => "nothing was restored: run the command again with --yes to restore".into(),
        "cli-restored" => format!(
            "Restored {}; {} customers erased since were erased again.",
            t("path"),
            t("erased")
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
        "cli-basket-summary" => format!(
            "{} orders, {} items: {} frequent itemsets, {} rules.",
            t("orders"),
            t("items"),
            t("itemsets"),
            t("rules")
        ),
        "cli-basket-written" => format!("The {} were written to {}.", t("what"), t("path")),
        "cli-recommend-written" => format!(
            "{} suggestions for {} customers written to {}.",
            t("rows"),
            t("customers"),
            t("path")
        ),
        "basket-rule" => format!(
            "{} in 10 orders with {} also have {}, {:.1} times more often than on average ({} orders)",
            t("per-ten"),
            t("antecedents"),
            t("consequents"),
            m.float("lift"),
            t("orders")
        ),
        "cli-forecast-written" => format!("History and forecast written to {}.", t("path")),
        "cli-cohorts-written" => format!("{} cohorts written to {}.", t("cohorts"), t("path")),
        "cli-rfm-written" => format!(
            "RFM of {} customers as of {} written to {}.",
            t("customers"),
            t("as-of"),
            t("path")
        ),
        "cli-feedback-terms-written" => format!("{} terms written to {}.", t("rows"), t("path")),
        "cli-feedback-unhappy-written" => {
            format!("{} unhappy customers written to {}.", t("rows"), t("path"))
        }
        "cli-feedback-added" => format!(
            "Feedback {} added for customer {}.",
            t("id"),
            t("customer")
        ),
        "cli-feedback-resolved" => format!("Feedback {} marked resolved.", t("id")),
        "cli-feedback-bad-score" => format!(
            "'{}' is not a score on the {} scale ({})",
            t("value"),
            t("scale"),
            scale_range(&t("scale"))
        ),
        "cli-feedback-no-such-language" => format!(
            "'{}' is not a language the term table reads: use en, fr, ru, zh or hy",
            t("code")
        ),
        "cli-feedback-overall" => "all".into(),
        "cli-feedback-dates-ambiguous" => "Every date fits both day/month and month/day: read with the shop's locale (give --date-format to choose).".into(),
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

        // The predictions (issue 21).
        "predict-too-little-data" => format!(
            "No predictions yet: only {} of your {} customers have bought on more than one day, and at least {} are needed to learn how often your customers come back.",
            t("repeat"),
            t("customers"),
            t("needed")
        ),
        "predict-few-repeat" => format!(
            "Only {} customers have bought on more than one day (from {} on the figures are steadier): take these predictions as rough.",
            t("repeat"),
            t("recommended")
        ),
        "predict-check-history-short" => format!(
            "The model was not checked: that needs {} days of sales and the shop has {}. The predictions still stand.",
            t("needed"),
            t("history")
        ),
        "predict-check-few-repeat" => format!(
            "The model was not checked: before the last stretch only {} customers had bought more than once ({} are needed). The predictions still stand.",
            t("repeat"),
            t("needed")
        ),
        "predict-check-fit-failed" => {
            "The model was not checked: it could not be fitted on the earlier sales. The predictions still stand.".into()
        }
        "predict-headline" => format!(
            "About {} of your {} customers are likely to buy again in the next {} days.",
            t("likely"),
            t("customers"),
            t("days")
        ),
        "predict-model-lower-error" => format!(
            "{} was used: on your own recent sales it was off by {} purchases per customer on average, {} by {}.",
            t("model"),
            t("mae"),
            t("other"),
            t("other-mae")
        ),
        "predict-model-only" => format!("{} was used.", t("model")),
        "predict-model-requested" => format!("{} was used, as asked.", t("model")),
        "predict-model-other-failed" => {
            "BG/NBD was used: Pareto/NBD could not be fitted to these sales.".into()
        }
        "predict-model-default" => format!(
            "{} was used (the usual choice when the model cannot be checked).",
            t("model")
        ),
        "predict-check" => {
            let base = format!(
                "Checked on your last {} days, fitted only on the sales before them: your customers bought on {} days and the model expected {}.",
                t("days"),
                t("actual"),
                t("predicted")
            );
            match m.get("auc") {
                Some(_) => format!(
                    "{base} Of two customers, one who came back and one who did not, it rated the one who came back higher {}% of the time.",
                    t("auc")
                ),
                None => base,
            }
        }

        // The report's Predictions section (issue 21).
        "report-predict-revenue" => {
            let base = format!(
                "Expected revenue from your customers in the next {} days: {}",
                t("days"),
                t("expected")
            );
            let range = match (m.get("low"), m.get("high")) {
                (Some(_), Some(_)) => format!(
                    ", most likely between {} and {}",
                    t("low"),
                    t("high")
                ),
                _ => String::new(),
            };
            format!(
                "{base}{range}. What they are worth over the next {} months: {}.",
                t("months"),
                t("clv")
            )
        }
        "report-predict-as-of" => {
            format!("As of {}, from the sales up to that day.", t("date"))
        }
        "report-worth-saving" => "Worth saving".into(),
        "report-worth-saving-note" => format!(
            "Customers who came back before and are slipping away (a chance of still being a customer from {} to {}), by the value at risk: what they would be worth over the next {} months if they stay, times the chance they have left.",
            t("from"),
            t("to"),
            t("months")
        ),
        "report-worth-saving-total" => format!(
            "{} customers, {} at risk over the next {} months.",
            t("count"),
            t("at-risk"),
            t("months")
        ),
        "report-worth-saving-none" => {
            "No customer who came back before is slipping away just now.".into()
        }
        "report-worth-saving-more" => format!("And {} more.", t("count")),
        "report-column-customer" => "Customer".into(),
        "report-column-purchase-days" => "Purchase days".into(),
        "report-column-still-customer" => "Still a customer".into(),
        "report-column-worth" => format!("Worth, {} months", t("months")),
        "report-column-at-risk" => "At risk".into(),

        other => other.to_string(),
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

/// `then` when argument `name` is `value`, else `otherwise`.
fn pick(
    m: &Message,
    name: &str,
    value: &str,
    then: &'static str,
    otherwise: &'static str,
) -> &'static str {
    if m.text(name) == value {
        then
    } else {
        otherwise
    }
}

/// What a file that is not a table looks like.
fn looks(what: &str) -> &'static str {
    match what {
        "png" => "a PNG image",
        "jpeg" => "a JPEG image",
        "gif" => "a GIF image",
        "bmp" => "a BMP image",
        "video-or-heic" => "a video or HEIC photo",
        "pdf" => "a PDF document",
        "program" => "a program",
        "windows-program" => "a Windows program",
        "gzip" => "a gzip archive",
        "rar" => "a RAR archive",
        "7z" => "a 7-Zip archive",
        "zip" => "a ZIP archive",
        "sqlite" => "an SQLite database",
        "sound-or-video" => "a sound or video file",
        "mp3" => "an MP3 sound file",
        "rtf" => "a rich-text (RTF) document",
        "html" => "a web page (HTML)",
        "word" => "a Word document",
        "powerpoint" => "a PowerPoint presentation",
        "opendocument-text" => "an OpenDocument text or presentation",
        "ebook" => "an e-book",
        _ => "binary data",
    }
}

/// A size in bytes, rounded up to whole gigabytes from 1 GiB, else to whole megabytes.
fn size(bytes: i64) -> String {
    const MB: i64 = 1 << 20;
    const GB: i64 = 1 << 30;
    if bytes >= GB {
        format!("{} GB", (bytes + GB - 1) / GB)
    } else {
        format!("{} MB", (bytes + MB - 1) / MB)
    }
}

/// The values of a scale, after its name.
fn scale_range(scale: &str) -> &'static str {
    match scale {
        "nps" => "0 to 10",
        "thumbs" => "up or down",
        _ => "1 to 5",
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::super::Arg;
    use super::*;

    /// The arms of [`render`], read from this file: each arm's ids and the names of the
    /// arguments its words use. An arm starts at the match's own indentation (rustfmt keeps
    /// it at eight spaces) with a string pattern.
    fn arms() -> Vec<(Vec<String>, Vec<String>)> {
        let source = include_str!("en.rs");
        let body_start = source.find("    match m.id {").expect("render's match");
        let body_end = source[body_start..]
            .find("        other => other.to_string(),")
            .expect("render's last arm")
            + body_start;
        let mut arms: Vec<(Vec<String>, String)> = Vec::new();
        for line in source[body_start..body_end].lines().skip(1) {
            let rest = line.strip_prefix("        ").unwrap_or("");
            let starts_arm =
                !rest.starts_with(' ') && (rest.starts_with('"') || rest.starts_with("| \""));
            if starts_arm {
                let pattern = rest.split("=>").next().unwrap_or("");
                let ids: Vec<String> = pattern
                    .split('|')
                    .map(|p| p.trim().trim_matches('"').to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                let continues = rest.starts_with('|');
                match arms.last_mut() {
                    Some((last, _)) if continues => last.extend(ids),
                    _ => arms.push((ids, String::new())),
                }
                if let Some((_, words)) = rest.split_once("=>")
                    && let Some((_, text)) = arms.last_mut()
                {
                    text.push_str(words);
                }
            } else if let Some((_, text)) = arms.last_mut() {
                text.push_str(line);
                text.push('\n');
            }
        }
        arms.into_iter()
            .map(|(ids, text)| (ids, argument_names(&text)))
            .collect()
    }

    /// The names in `t("..")`, `m.text("..")`, `m.int("..")`, `m.float("..")`, `m.get("..")`.
    fn argument_names(text: &str) -> Vec<String> {
        let mut names = Vec::new();
        for call in ["t(\"", "m.text(\"", "m.int(\"", "m.float(\"", "m.get(\""] {
            let mut rest = text;
            while let Some(at) = rest.find(call) {
                let after = &rest[at + call.len()..];
                let name = after.split('"').next().unwrap_or("");
                // `t(` inside another word (`format!(`, `m.get(`) is not the helper.
                let whole = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric();
                if whole && !name.is_empty() && !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
                rest = after;
            }
        }
        names
    }

    /// A `{name}` left in the text: a placeholder nobody filled.
    fn unfilled(text: &str) -> Option<&str> {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let name_len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '$'))
                .unwrap_or(after.len());
            if name_len > 0 && after[name_len..].starts_with('}') {
                return Some(&rest[open..open + name_len + 2]);
            }
            rest = after;
        }
        None
    }

    #[test]
    fn every_id_has_words_without_an_unfilled_placeholder() {
        let arms = arms();
        let ids: Vec<&String> = arms.iter().flat_map(|(ids, _)| ids).collect();
        // The reading found the arms (a few of every family, by name).
        assert!(ids.len() > 150, "only {} ids found", ids.len());
        for known in [
            "stage-reading-sales",
            "error-preview",
            "print-no-printer",
            "read-damaged",
            "read-too-large",
            "problem-value-cut",
            "cli-cannot-write",
            "cli-demo-not-saved",
        ] {
            assert!(ids.iter().any(|i| *i == known), "{known} not found");
        }
        let mut seen = std::collections::HashSet::new();
        for (arm_ids, names) in &arms {
            for id in arm_ids {
                assert!(seen.insert(id.clone()), "{id} has two arms");
                let id: &'static str = Box::leak(id.clone().into_boxed_str());
                let mut message = Message::new(id);
                for name in names {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    message = message.arg(name, Arg::Int(2));
                }
                let words = render(&message);
                assert!(!words.trim().is_empty(), "{id} says nothing");
                assert_ne!(words, id, "{id} has no English words");
                assert_eq!(unfilled(&words), None, "{id}: {words}");
                // Without its arguments a message still says something of its own, except
                // one that only passes on another's words.
                let bare = render(&Message::new(id));
                assert_ne!(bare, id, "{id}");
            }
        }
    }

    #[test]
    fn the_checks_of_the_walk_can_fail() {
        assert_eq!(render(&Message::new("no-such-id")), "no-such-id");
        assert_eq!(unfilled("row {row}: x"), Some("{row}"));
        assert_eq!(unfilled("a { b } {}"), None);
        assert_eq!(
            argument_names("format!(\"{}\", t(\"file\"), m.int(\"rows\"))"),
            ["file", "rows"]
        );
    }

    // Every id a typed value is turned into, written `Message::new("..")` anywhere in the
    // library, has English words.
    #[test]
    fn every_message_the_library_makes_is_known() {
        let known: std::collections::HashSet<String> =
            arms().into_iter().flat_map(|(ids, _)| ids).collect();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        let mut made = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split("Message::new(\"").skip(1) {
                    let id = piece.split('"').next().unwrap_or("");
                    let shaped = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    // Ids made up to show what an unknown id does, and the comments' "..".
                    if !shaped || id.starts_with("no-such-") {
                        continue;
                    }
                    made += 1;
                    assert!(
                        known.contains(id),
                        "{}: {id} has no English words",
                        path.display()
                    );
                }
            }
        }
        assert!(made > 100, "only {made} messages found");
    }
}
