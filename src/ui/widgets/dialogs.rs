//! The file dialogs, behind a small interface so tests can hand a path in (headless, the
//! real dialogs return nothing).
//!
//! The operating system's dialog is asked for without blocking the window (rfd's async
//! API, polled each frame, so the window keeps painting while it is open). Where it cannot
//! open, as on Linux desktops without the XDG desktop portal, a dialog drawn inside the
//! window takes its place ([`super::file_window`]: recent folders, the home, Documents and
//! Downloads folders, type filters, a path typed in).

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

use super::file_window::{FileWindow, WindowState};

/// What a file dialog is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileAsk {
    /// A file to import (CSV, TSV, text, XLSX, XLS, ODS).
    Import,
    /// Where to save a CSV file, suggesting this name.
    Csv(String),
    /// Where to save a spreadsheet (XLSX or CSV, by the extension chosen).
    Spreadsheet(String),
    /// Where to save a PDF report.
    Pdf(String),
    /// Where to save a PNG image.
    Png(String),
}

impl FileAsk {
    /// The dialog's title.
    pub fn title(&self) -> String {
        match self {
            FileAsk::Import => crate::tr!("dialogs-title-import"),
            FileAsk::Csv(_) => crate::tr!("dialogs-title-csv"),
            FileAsk::Spreadsheet(_) => crate::tr!("dialogs-title-spreadsheet"),
            FileAsk::Pdf(_) => crate::tr!("dialogs-title-pdf"),
            FileAsk::Png(_) => crate::tr!("dialogs-title-png"),
        }
    }

    /// The file types offered, first the one chosen at first.
    pub fn filters(&self) -> Vec<(String, &'static [&'static str])> {
        use crate::tr;
        match self {
            FileAsk::Import => vec![
                (
                    tr!("dialogs-filter-spreadsheets"),
                    &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
                ),
                (tr!("dialogs-filter-all"), &["*"]),
            ],
            FileAsk::Csv(_) => vec![(tr!("dialogs-filter-csv"), &["csv"])],
            FileAsk::Spreadsheet(_) => vec![
                (tr!("dialogs-filter-xlsx"), &["xlsx"]),
                (tr!("dialogs-filter-csv"), &["csv"]),
            ],
            FileAsk::Pdf(_) => vec![(tr!("dialogs-filter-pdf"), &["pdf"])],
            FileAsk::Png(_) => vec![(tr!("dialogs-filter-png"), &["png"])],
        }
    }

    /// The file name suggested when saving.
    pub fn file_name(&self) -> Option<&str> {
        match self {
            FileAsk::Import => None,
            FileAsk::Csv(n) | FileAsk::Spreadsheet(n) | FileAsk::Pdf(n) | FileAsk::Png(n) => {
                Some(n)
            }
        }
    }
}

/// The answer to a question, at once or later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The answer, given at once: the path, or `None` when cancelled.
    Now(Option<PathBuf>),
    /// The dialog is open; [`FileDialogs::poll`] gives the answer once there is one.
    Later,
}

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

    /// Starts asking (`recent`: folders used lately, most recent first). By default the
    /// answer comes at once from the methods above (tests); the real dialogs answer later,
    /// without blocking the window.
    fn ask(&mut self, ask: &FileAsk, _recent: &[PathBuf], _ctx: &egui::Context) -> Answer {
        Answer::Now(match ask {
            FileAsk::Import => self.pick_import_file(),
            FileAsk::Csv(n) => self.save_csv(n),
            FileAsk::Spreadsheet(n) => self.save_spreadsheet(n),
            FileAsk::Pdf(n) => self.save_pdf(n),
            FileAsk::Png(n) => self.save_png(n),
        })
    }

    /// Draws a dialog drawn inside the window, if one is open, and gives the answer to the
    /// question asked once there is one: `Some(None)` when cancelled.
    fn poll(&mut self, _ctx: &egui::Context) -> Option<Option<PathBuf>> {
        None
    }
}

/// A system dialog that answers "nothing" sooner than this did not open (no one cancels a
/// dialog that fast); the dialog inside the window is shown instead.
const TOO_FAST: Duration = Duration::from_millis(1500);

type PathFuture = Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>>;

/// Repaints the window when the system dialog answers.
struct Repaint(egui::Context);

impl Wake for Repaint {
    fn wake(self: Arc<Self>) {
        self.0.request_repaint();
    }
}

/// What is open now.
enum Open {
    /// The system's dialog, asked at `since`.
    System {
        ask: FileAsk,
        future: PathFuture,
        since: Instant,
    },
    /// The dialog drawn inside the window.
    InWindow(Box<FileWindow>),
}

/// The operating system's own dialogs (rfd: the XDG portal on Linux), or the dialog drawn
/// inside the window where they cannot open.
#[derive(Default)]
pub struct NativeDialogs {
    open: Option<Open>,
    /// Always use the dialog inside the window (also chosen when no system dialog exists).
    in_window_only: bool,
    /// The folders used lately, for the dialog inside the window.
    recent: Vec<PathBuf>,
}

impl std::fmt::Debug for NativeDialogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeDialogs")
            .field("open", &self.open.is_some())
            .field("in_window_only", &self.in_window_only)
            .field("recent", &self.recent)
            .finish()
    }
}

impl NativeDialogs {
    /// Dialogs that never try the system's: always the one drawn inside the window.
    pub fn in_window() -> NativeDialogs {
        NativeDialogs {
            open: None,
            in_window_only: true,
            recent: Vec::new(),
        }
    }

    /// Whether a dialog is open now.
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    fn rfd_dialog(ask: &FileAsk) -> rfd::AsyncFileDialog {
        let mut d = rfd::AsyncFileDialog::new().set_title(ask.title());
        for (name, extensions) in ask.filters() {
            d = d.add_filter(name, extensions);
        }
        if let Some(name) = ask.file_name() {
            d = d.set_file_name(name);
        }
        d
    }

    fn open_system(ask: &FileAsk) -> PathFuture {
        let d = Self::rfd_dialog(ask);
        match ask {
            FileAsk::Import => Box::pin(d.pick_file()),
            _ => Box::pin(d.save_file()),
        }
    }

    /// The dialog drawn inside the window, open for `ask`.
    pub fn in_window_dialog(ask: &FileAsk, recent: &[PathBuf]) -> FileWindow {
        let filters = ask.filters();
        let filters: Vec<(&str, &[&str])> = filters.iter().map(|(n, e)| (n.as_str(), *e)).collect();
        FileWindow::new(
            &ask.title(),
            ask.file_name().is_some(),
            &filters,
            ask.file_name(),
            recent,
        )
    }
}

/// Whether the system can show its own file dialog: on Linux and the BSDs, the XDG desktop
/// portal (its D-Bus service file) or zenity must be installed; elsewhere it always can.
pub fn system_dialog_available() -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    let data_dirs = std::env::var("XDG_DATA_DIRS")
        .unwrap_or_else(|_| "/usr/local/share:/usr/share".to_string());
    let portal = data_dirs.split(':').filter(|d| !d.is_empty()).any(|d| {
        Path::new(d)
            .join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .exists()
    });
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("zenity").is_file()));
    portal || zenity
}

impl FileDialogs for NativeDialogs {
    fn pick_import_file(&mut self) -> Option<PathBuf> {
        None
    }

    fn save_csv(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn save_spreadsheet(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn save_pdf(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn save_png(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn ask(&mut self, ask: &FileAsk, recent: &[PathBuf], ctx: &egui::Context) -> Answer {
        self.recent = recent.to_vec();
        self.open = Some(if self.in_window_only || !system_dialog_available() {
            Open::InWindow(Box::new(Self::in_window_dialog(ask, recent)))
        } else {
            Open::System {
                ask: ask.clone(),
                future: Self::open_system(ask),
                since: Instant::now(),
            }
        });
        ctx.request_repaint();
        Answer::Later
    }

    fn poll(&mut self, ctx: &egui::Context) -> Option<Option<PathBuf>> {
        match self.open.as_mut()? {
            Open::System { ask, future, since } => {
                let waker = Waker::from(Arc::new(Repaint(ctx.clone())));
                let Poll::Ready(answer) = future.as_mut().poll(&mut Context::from_waker(&waker))
                else {
                    return None;
                };
                match answer {
                    Some(handle) => {
                        self.open = None;
                        Some(Some(handle.path().to_path_buf()))
                    }
                    None if since.elapsed() < TOO_FAST => {
                        // The system dialog could not open: the one inside the window
                        // takes its place, and is used from now on.
                        tracing::warn!(
                            "the system file dialog did not open; using the window's own"
                        );
                        let dialog = Self::in_window_dialog(ask, &self.recent);
                        self.in_window_only = true;
                        self.open = Some(Open::InWindow(Box::new(dialog)));
                        ctx.request_repaint();
                        None
                    }
                    None => {
                        self.open = None;
                        Some(None)
                    }
                }
            }
            Open::InWindow(dialog) => {
                dialog.show(ctx);
                match dialog.state() {
                    WindowState::Picked(path) => {
                        let path = path.clone();
                        self.open = None;
                        Some(Some(path))
                    }
                    WindowState::Open => None,
                    WindowState::Cancelled => {
                        self.open = None;
                        Some(None)
                    }
                }
            }
        }
    }
}
