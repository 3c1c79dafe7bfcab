//! The start dialog of a locked file: asks for the passphrase before anything else loads.
//!
//! Until the passphrase opens the file, the window shows this dialog only; no worker runs
//! and nothing reads the database. A passphrase is checked on a named thread (SQLCipher
//! derives the key slowly on purpose), so the window keeps painting. A wrong one gets a
//! plain message and the owner tries again; Cancel closes the window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, sync_channel};

use crate::service::lock;
use crate::store::{Passphrase, StoreError};
use crate::ui::app::ClienteleApp;

/// Builds the window once the file is open.
type MakeApp = Box<dyn FnOnce() -> ClienteleApp>;

/// What checking a passphrase found.
enum Checked {
    /// It opens the file.
    Opens(Passphrase),
    /// It does not.
    Wrong,
    /// The file could not be read for another reason (said in words).
    Failed(String),
}

/// The window of a locked file: the passphrase dialog, then the shop.
pub struct UnlockGate {
    db: PathBuf,
    typed: String,
    /// What the last check said, when it did not open the file.
    said: Option<String>,
    checking: Option<Receiver<Checked>>,
    /// The field takes the keyboard on the first frame and after a wrong passphrase (once:
    /// asking every frame would repaint without end while the window is in the background).
    want_focus: bool,
    make: Option<MakeApp>,
    app: Option<ClienteleApp>,
    quit: bool,
}

impl UnlockGate {
    /// The dialog for the locked database `db`; `make` builds the window once it opens.
    pub fn new(db: PathBuf, make: impl FnOnce() -> ClienteleApp + 'static) -> UnlockGate {
        // The shop's own choice of language is inside the locked file: the computer's
        // language until it opens.
        crate::text::set_ui_lang(crate::settings::ShopSettings::default().window_language());
        UnlockGate {
            db,
            typed: String::new(),
            said: None,
            checking: None,
            want_focus: true,
            make: Some(Box::new(make)),
            app: None,
            quit: false,
        }
    }

    /// Whether the database at `db` needs the dialog: it is locked and no passphrase given
    /// on the command line opens it.
    pub fn needed(db: &std::path::Path) -> bool {
        lock::needs_passphrase(db)
    }

    /// The window, once the passphrase opened the file.
    pub fn app(&self) -> Option<&ClienteleApp> {
        self.app.as_ref()
    }

    /// Whether Cancel was chosen (the window closes).
    pub fn is_quitting(&self) -> bool {
        self.quit
    }

    /// What the dialog says under the field (a wrong passphrase, a file that cannot be read).
    pub fn message(&self) -> Option<&str> {
        self.said.as_deref()
    }

    /// Draws the dialog, or the window once the file is open.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if let Some(app) = &mut self.app {
            app.show(ui);
            return;
        }
        self.receive();
        if self.app.is_some() {
            ui.ctx().request_repaint();
            return;
        }
        let busy = self.checking.is_some();
        let mut open = false;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space((ui.available_height() * 0.25).max(24.0));
                ui.set_max_width(420.0_f32.min(ui.available_width() - 32.0));
                ui.heading(crate::tr!("lock-ui-title"));
                ui.add_space(8.0);
                ui.label(crate::tr!(
                    "lock-ui-prompt",
                    path = self.db.display().to_string()
                ));
                ui.add_space(8.0);
                let field = ui.add_enabled(
                    !busy,
                    egui::TextEdit::singleline(&mut self.typed)
                        .password(true)
                        .hint_text(crate::tr!("lock-ui-passphrase"))
                        .desired_width(f32::INFINITY),
                );
                if self.want_focus && !busy {
                    field.request_focus();
                    self.want_focus = false;
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if let Some(said) = &self.said {
                    ui.add_space(4.0);
                    ui.colored_label(crate::ui::theme::bad(ui.visuals().dark_mode), said);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let ready = !busy && !self.typed.is_empty();
                    if ui
                        .add_enabled(ready, egui::Button::new(crate::tr!("lock-ui-open")))
                        .clicked()
                        || (ready && entered)
                    {
                        open = true;
                    }
                    if ui.button(crate::tr!("lock-ui-cancel")).clicked() {
                        self.quit = true;
                    }
                    if busy {
                        ui.spinner();
                        ui.label(crate::tr!("lock-ui-checking"));
                    }
                });
                ui.add_space(8.0);
                ui.label(egui::RichText::new(crate::tr!("lock-ui-lost")).weak());
            });
        });
        if open {
            self.check(ui.ctx().clone());
        }
        if self.quit {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Starts checking the typed passphrase.
    fn check(&mut self, ctx: egui::Context) {
        let Some(pass) = Passphrase::new(&self.typed) else {
            return;
        };
        let db = self.db.clone();
        let (tx, rx) = sync_channel(1);
        let started = std::thread::Builder::new()
            .name("passphrase".into())
            .spawn(move || {
                let checked = match lock::check_passphrase(&db, &pass) {
                    Ok(()) => Checked::Opens(pass),
                    Err(StoreError::WrongPassphrase { .. }) => Checked::Wrong,
                    Err(e) => Checked::Failed(crate::text::local(&e)),
                };
                let _ = tx.send(checked);
                ctx.request_repaint();
            });
        match started {
            Ok(_) => self.checking = Some(rx),
            Err(e) => self.said = Some(e.to_string()),
        }
    }

    /// Takes the check's answer when it came: the window opens, or the dialog says why not.
    fn receive(&mut self) {
        use std::sync::mpsc::TryRecvError;
        let Some(rx) = &self.checking else {
            return;
        };
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return,
            // The check stopped without an answer (it panicked): the owner may try again.
            Err(TryRecvError::Disconnected) => Checked::Failed(crate::tr!("lock-ui-failed")),
        };
        self.checking = None;
        match answer {
            Checked::Opens(pass) => {
                lock::remember(&self.db, Some(pass));
                self.typed.clear();
                self.said = None;
                if let Some(make) = self.make.take() {
                    self.app = Some(make());
                }
            }
            Checked::Wrong => {
                self.typed.clear();
                self.want_focus = true;
                self.said = Some(crate::tr!("lock-ui-wrong"));
            }
            Checked::Failed(said) => self.said = Some(said),
        }
    }
}

impl eframe::App for UnlockGate {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        match &mut self.app {
            Some(app) => app.ui(ui, frame),
            None => self.show(ui),
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(app) = &mut self.app {
            app.save(storage);
        }
    }
}
