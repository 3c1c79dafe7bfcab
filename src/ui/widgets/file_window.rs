//! A file dialog drawn inside the window, for desktops where the system's own cannot open
//! (Linux without the XDG desktop portal): the places a shop owner keeps files (home,
//! Documents, Downloads, Desktop), the folders used recently, the folder's files filtered by
//! type, and a field where a path can be typed or pasted.

use std::path::{Path, PathBuf};

/// Where the dialog stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WindowState {
    /// Still open.
    Open,
    /// A file was chosen (to open, or to save to).
    Picked(PathBuf),
    /// Closed without a choice.
    Cancelled,
}

/// One entry of the folder shown.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    is_dir: bool,
}

/// The dialog's state.
#[derive(Debug)]
pub struct FileWindow {
    title: String,
    /// Saving (a file name is typed) rather than opening.
    saving: bool,
    /// The file types offered: name and extensions (`*`: every file).
    filters: Vec<(String, Vec<String>)>,
    filter: usize,
    folder: PathBuf,
    entries: Vec<Entry>,
    /// Why the folder could not be read, or why a typed path does not do.
    problem: Option<String>,
    /// The path field: the folder shown, or what is typed there.
    path_text: String,
    /// The file chosen in the list (opening) or the name typed (saving).
    name: String,
    recent: Vec<PathBuf>,
    state: WindowState,
}

/// A place's name as shown, in the window's language.
fn place_name(key: &str) -> String {
    match key {
        "Home" => crate::tr!("filewindow-home"),
        "Documents" => crate::tr!("filewindow-documents"),
        "Downloads" => crate::tr!("filewindow-downloads"),
        "Desktop" => crate::tr!("filewindow-desktop"),
        other => other.to_string(),
    }
}

/// The places offered on the left: name and folder, those that exist.
fn places() -> Vec<(&'static str, PathBuf)> {
    let mut out = Vec::new();
    if let Some(dirs) = directories::UserDirs::new() {
        out.push(("Home", dirs.home_dir().to_path_buf()));
        let more = [
            ("Documents", dirs.document_dir()),
            ("Downloads", dirs.download_dir()),
            ("Desktop", dirs.desktop_dir()),
        ];
        for (name, dir) in more {
            if let Some(dir) = dir {
                out.push((name, dir.to_path_buf()));
            }
        }
        // Without XDG user folders, the usual names under home.
        for name in ["Documents", "Downloads"] {
            let dir = dirs.home_dir().join(name);
            if !out.iter().any(|(n, _)| *n == name) && dir.is_dir() {
                out.push((name, dir));
            }
        }
    }
    out.retain(|(_, d)| d.is_dir());
    out
}

impl FileWindow {
    /// A dialog to open a file (`saving` false) or choose where to save one, starting in the
    /// most recent folder used, else Documents, else home.
    pub fn new(
        title: &str,
        saving: bool,
        filters: &[(&str, &[&str])],
        file_name: Option<&str>,
        recent: &[PathBuf],
    ) -> FileWindow {
        let start = recent
            .iter()
            .find(|d| d.is_dir())
            .cloned()
            .or_else(|| {
                places()
                    .into_iter()
                    .find(|(n, _)| *n == "Documents")
                    .map(|(_, d)| d)
            })
            .or_else(|| places().into_iter().next().map(|(_, d)| d))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let mut w = FileWindow {
            title: title.to_string(),
            saving,
            filters: filters
                .iter()
                .map(|(n, e)| (n.to_string(), e.iter().map(|x| x.to_string()).collect()))
                .collect(),
            filter: 0,
            folder: PathBuf::new(),
            entries: Vec::new(),
            problem: None,
            path_text: String::new(),
            name: file_name.unwrap_or_default().to_string(),
            recent: recent
                .iter()
                .filter(|d| d.is_dir())
                .take(6)
                .cloned()
                .collect(),
            state: WindowState::Open,
        };
        w.go_to(&start);
        w
    }

    /// Where the dialog stands.
    pub fn state(&self) -> &WindowState {
        &self.state
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Shows `folder`, read afresh.
    pub fn go_to(&mut self, folder: &Path) {
        match std::fs::read_dir(folder) {
            Ok(read) => {
                let mut entries: Vec<Entry> = read
                    .filter_map(Result::ok)
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().to_string();
                        if name.starts_with('.') {
                            return None;
                        }
                        let is_dir = e.path().is_dir();
                        Some(Entry { name, is_dir })
                    })
                    .collect();
                entries.sort_by(|a, b| {
                    b.is_dir
                        .cmp(&a.is_dir)
                        .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                });
                self.folder = folder.to_path_buf();
                self.entries = entries;
                self.problem = None;
                self.path_text = folder.display().to_string();
                if !self.saving {
                    self.name.clear();
                }
            }
            Err(e) => {
                self.problem = Some(crate::tr!(
                    "filewindow-cannot-open",
                    folder = folder.display().to_string(),
                    error = e.to_string()
                ));
            }
        }
    }

    /// Whether a file name passes the type filter chosen.
    fn shown(&self, name: &str) -> bool {
        let Some((_, extensions)) = self.filters.get(self.filter) else {
            return true;
        };
        if extensions.iter().any(|e| e == "*") {
            return true;
        }
        let ext = Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        extensions.contains(&ext)
    }

    /// The path a typed name saves to: in the folder shown, with the chosen type's
    /// extension added when the name has none of the types offered.
    fn save_path(&self, name: &str) -> PathBuf {
        let mut path = self.folder.join(name.trim());
        let has_known = Path::new(name.trim())
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .is_some_and(|e| self.filters.iter().any(|(_, x)| x.contains(&e)));
        if !has_known
            && let Some(ext) = self
                .filters
                .get(self.filter)
                .and_then(|(_, x)| x.first())
                .filter(|e| *e != "*")
        {
            path.set_extension(ext);
        }
        path
    }

    /// Takes what was typed in the path field: a folder is shown, a file is chosen (to
    /// open: if it exists; to save: if its folder exists).
    pub fn use_typed_path(&mut self) {
        let typed = PathBuf::from(self.path_text.trim());
        let typed = if typed.is_relative() {
            self.folder.join(typed)
        } else {
            typed
        };
        if typed.is_dir() {
            self.go_to(&typed);
        } else if !self.saving && typed.is_file() {
            self.state = WindowState::Picked(typed);
        } else if self.saving && typed.parent().is_some_and(Path::is_dir) {
            let name = typed
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if let Some(parent) = typed.parent() {
                self.folder = parent.to_path_buf();
            }
            self.state = WindowState::Picked(self.save_path(&name));
        } else {
            self.problem = Some(crate::tr!(
                "filewindow-no-such-file",
                path = typed.display().to_string()
            ));
        }
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context) {
        let mut open = true;
        let size = ctx.content_rect().size();
        let width = (size.x - 40.0).clamp(320.0, 760.0);
        let height = (size.y - 80.0).clamp(240.0, 460.0);
        egui::Window::new(self.title.clone())
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .fixed_size([width, height])
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| self.contents_ui(ui, height));
        if !open && self.state == WindowState::Open {
            self.state = WindowState::Cancelled;
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) && self.state == WindowState::Open {
            self.state = WindowState::Cancelled;
        }
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, height: f32) {
        ui.horizontal(|ui| {
            ui.label(crate::tr!("filewindow-folder-or-file"));
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.path_text)
                    .desired_width(ui.available_width() - 50.0)
                    .hint_text(crate::tr!("filewindow-type-or-paste-a-path")),
            );
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(crate::tr!("filewindow-go")).clicked() || enter {
                self.use_typed_path();
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(crate::ui::theme::bad(ui.visuals().dark_mode), problem);
        }
        ui.separator();
        let list_height = (height - 120.0).max(120.0);
        let mut go: Option<PathBuf> = None;
        let mut picked: Option<PathBuf> = None;
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(150.0);
                ui.strong(crate::tr!("filewindow-places"));
                for (name, dir) in places() {
                    if ui
                        .selectable_label(self.folder == dir, place_name(name))
                        .on_hover_text(dir.display().to_string())
                        .clicked()
                    {
                        go = Some(dir);
                    }
                }
                if !self.recent.is_empty() {
                    ui.add_space(6.0);
                    ui.strong(crate::tr!("filewindow-recent-folders"));
                    for dir in &self.recent {
                        let name = dir
                            .file_name()
                            .map(|n| n.to_string_lossy().to_string())
                            .unwrap_or_else(|| dir.display().to_string());
                        if ui
                            .selectable_label(self.folder == *dir, name)
                            .on_hover_text(dir.display().to_string())
                            .clicked()
                        {
                            go = Some(dir.clone());
                        }
                    }
                }
            });
            ui.separator();
            ui.vertical(|ui| {
                if let Some(parent) = self.folder.parent()
                    && ui.button(crate::tr!("filewindow-up-one-folder")).clicked()
                {
                    go = Some(parent.to_path_buf());
                }
                egui::ScrollArea::vertical()
                    .id_salt("file_window_list")
                    .max_height(list_height)
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        for e in &self.entries {
                            if e.is_dir {
                                let r = ui.selectable_label(false, format!("🗀 {}", e.name));
                                if r.double_clicked() || r.clicked() {
                                    go = Some(self.folder.join(&e.name));
                                }
                            } else if self.shown(&e.name) {
                                let r = ui.selectable_label(self.name == e.name, &e.name);
                                if r.clicked() {
                                    self.name = e.name.clone();
                                }
                                if r.double_clicked() && !self.saving {
                                    picked = Some(self.folder.join(&e.name));
                                }
                            }
                        }
                    });
            });
        });
        if let Some(dir) = go {
            self.go_to(&dir);
        }
        ui.separator();
        ui.horizontal(|ui| {
            if self.saving {
                ui.label(crate::tr!("filewindow-file-name"));
                ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(220.0));
            }
            let current = self
                .filters
                .get(self.filter)
                .map(|(n, _)| n.clone())
                .unwrap_or_default();
            egui::ComboBox::from_id_salt("file_window_filter")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (i, (name, _)) in self.filters.iter().enumerate() {
                        ui.selectable_value(&mut self.filter, i, name);
                    }
                });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(crate::tr!("filewindow-cancel")).clicked() {
                    self.state = WindowState::Cancelled;
                }
                let action = if self.saving {
                    crate::tr!("filewindow-save")
                } else {
                    crate::tr!("filewindow-open")
                };
                let ready = !self.name.trim().is_empty();
                if ui.add_enabled(ready, egui::Button::new(action)).clicked() {
                    picked = Some(if self.saving {
                        self.save_path(&self.name)
                    } else {
                        self.folder.join(&self.name)
                    });
                }
            });
        });
        if let Some(path) = picked {
            self.state = WindowState::Picked(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_folder_is_shown_and_a_typed_file_is_chosen() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("sales.csv"), "a\n").unwrap();
        std::fs::write(dir.path().join("notes.doc"), "a\n").unwrap();
        std::fs::create_dir(dir.path().join("2025")).unwrap();
        let mut w = FileWindow::new(
            "Import a file",
            false,
            &[("Spreadsheets and CSV", &["csv", "xlsx"])],
            None,
            &[],
        );
        w.path_text = dir.path().display().to_string();
        w.use_typed_path();
        assert_eq!(w.folder(), dir.path());
        assert_eq!(w.entries.len(), 3);
        assert!(w.entries[0].is_dir, "folders first");
        assert!(w.shown("sales.csv") && !w.shown("notes.doc"));
        w.path_text = dir.path().join("nothing.csv").display().to_string();
        w.use_typed_path();
        assert_eq!(w.state(), &WindowState::Open);
        assert!(w.problem.is_some());
        w.path_text = dir.path().join("sales.csv").display().to_string();
        w.use_typed_path();
        assert_eq!(
            w.state(),
            &WindowState::Picked(dir.path().join("sales.csv"))
        );
    }

    #[test]
    fn a_saved_file_gets_the_chosen_type() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = FileWindow::new(
            "Save the customers",
            true,
            &[("Excel workbook", &["xlsx"]), ("CSV", &["csv"])],
            Some("Customers.xlsx"),
            &[dir.path().to_path_buf()],
        );
        assert_eq!(w.folder(), dir.path());
        assert_eq!(w.save_path("list"), dir.path().join("list.xlsx"));
        assert_eq!(w.save_path("list.csv"), dir.path().join("list.csv"));
        w.filter = 1;
        assert_eq!(w.save_path("list"), dir.path().join("list.csv"));
    }
}
