//! The native file dialogs, behind a small interface so tests can hand a path in (headless,
//! the real dialogs return nothing).

use std::path::PathBuf;

/// Asks the person for a file to open or a place to save one.
pub trait FileDialogs {
    /// A file to import (CSV, TSV, text, XLSX, XLS, ODS); `None` when cancelled.
    fn pick_import_file(&mut self) -> Option<PathBuf>;
    /// Where to save a CSV file, suggesting `file_name`; `None` when cancelled.
    fn save_csv(&mut self, file_name: &str) -> Option<PathBuf>;
    /// Where to save a PNG image, suggesting `file_name`; `None` when cancelled.
    fn save_png(&mut self, file_name: &str) -> Option<PathBuf>;
    /// Where to save a spreadsheet (CSV or XLSX, by the extension chosen), suggesting
    /// `file_name`; `None` when cancelled.
    fn save_spreadsheet(&mut self, file_name: &str) -> Option<PathBuf>;
    /// Where to save a PDF report, suggesting `file_name`; `None` when cancelled.
    fn save_pdf(&mut self, file_name: &str) -> Option<PathBuf>;
}

/// The operating system's own dialogs (rfd: the XDG portal on Linux).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_import_file(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Import a file")
            .add_filter(
                "Spreadsheets and CSV",
                &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
            )
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn save_csv(&mut self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save as CSV")
            .add_filter("CSV", &["csv"])
            .set_file_name(file_name)
            .save_file()
    }

    fn save_spreadsheet(&mut self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save the customers")
            .add_filter("Excel workbook", &["xlsx"])
            .add_filter("CSV", &["csv"])
            .set_file_name(file_name)
            .save_file()
    }

    fn save_pdf(&mut self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save the report")
            .add_filter("PDF document", &["pdf"])
            .set_file_name(file_name)
            .save_file()
    }

    fn save_png(&mut self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save the chart as an image")
            .add_filter("PNG image", &["png"])
            .set_file_name(file_name)
            .save_file()
    }
}
