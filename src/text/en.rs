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
        "stage-detecting" => t("step"),
        "stage-done" => "Done".into(),

        // A job stopped by the person.
        "cancelled-demo" => "Loading the demo shop was cancelled; nothing was changed.".into(),
        "cancelled-check" => "The check was stopped; nothing was written.".into(),
        "cancelled-import" => "The import was cancelled; nothing was changed.".into(),
        "cancelled-merge" => "The merge was cancelled; nothing was merged.".into(),
        "cancelled-find-duplicates" => "Finding duplicates was cancelled.".into(),
        "cancelled-segments" => "Working out the segments was cancelled.".into(),
        "cancelled-report" => "Making the report was cancelled.".into(),

        // Errors of the operations.
        "error-store" | "error-import" | "error-export" | "error-report" | "error-preview"
        | "error-print" | "error-rule" | "error-sections" => t("detail"),
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
        "done-customers-saved" => format!("{} customers saved in {}.", t("customers"), t("path")),
        "failed-settings" => format!("The settings were not saved: {}", t("reason")),
        "failed-segment-save" => format!("The segment was not saved: {}", t("reason")),
        "failed-segment-delete" => format!("The segment was not deleted: {}", t("reason")),
        "failed-merge" => format!("Nothing was merged: {}", t("reason")),
        "failed-unmerge" => format!("Nothing was undone: {}", t("reason")),
        "failed-write" => format!("{} could not be written: {}", t("path"), t("reason")),

        // Why a planned file cannot be imported yet.
        "import-blocker-no-sale-date" => "Choose the column that holds the date of the sale.".into(),
        "import-blocker-no-amount" => {
            "Choose the column that holds the amount (or the unit price) of the sale.".into()
        }

        // The command line's own words around errors.
        "cli-cannot-write" => format!("cannot write {}", t("path")),
        "cli-demo-not-saved" => "the demo shop could not be saved".into(),

        other => other.to_string(),
    }
}
