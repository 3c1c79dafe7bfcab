//! The passphrase part of Shop settings: lock the file with a passphrase, change it or
//! remove it, through the worker, with the warning that a lost passphrase cannot be
//! recovered.

use std::path::Path;

use crate::jobs::Request;
use crate::service::lock;
use crate::store::LockState;
use crate::store::Passphrase;

/// What the owner is doing in the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Lock,
    Change,
    Remove,
}

/// The section's state between frames (kept in egui's memory: it lives only while the
/// window runs).
#[derive(Clone, Default)]
struct Form {
    mode: Option<Mode>,
    current: String,
    new: String,
    again: String,
    /// Whether the file is locked, read from its first bytes at most once a second.
    seen: Option<(f64, bool)>,
}

/// Draws the section; returns the request to send when the owner confirmed a change.
pub fn lock_ui(ui: &mut egui::Ui, db: &Path) -> Option<Request> {
    let id = egui::Id::unique("settings_lock_form");
    let mut form: Form = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    let now = ui.input(|i| i.time);
    let locked = match form.seen {
        Some((at, locked)) if now - at < 1.0 => locked,
        _ => {
            let locked = matches!(lock::state(db), Ok(LockState::Locked));
            form.seen = Some((now, locked));
            locked
        }
    };
    let mut request = None;
    ui.label(egui::RichText::new(crate::tr!("lock-ui-section")).strong());
    ui.label(if locked {
        crate::tr!("lock-ui-is-locked")
    } else {
        crate::tr!("lock-ui-is-plain")
    });
    match form.mode {
        None => {
            ui.horizontal_wrapped(|ui| {
                if !locked && ui.button(crate::tr!("lock-ui-lock")).clicked() {
                    form.mode = Some(Mode::Lock);
                }
                if locked && ui.button(crate::tr!("lock-ui-change")).clicked() {
                    form.mode = Some(Mode::Change);
                }
                if locked && ui.button(crate::tr!("lock-ui-remove")).clicked() {
                    form.mode = Some(Mode::Remove);
                }
            });
        }
        Some(mode) => {
            request = form_ui(ui, &mut form, mode);
        }
    }
    if request.is_some() {
        form = Form::default();
    }
    ui.data_mut(|d| d.insert_temp(id, form));
    request
}

/// The fields of one change and its buttons.
fn form_ui(ui: &mut egui::Ui, form: &mut Form, mode: Mode) -> Option<Request> {
    let field = |ui: &mut egui::Ui, label: String, text: &mut String| {
        ui.label(label);
        ui.add(
            egui::TextEdit::singleline(text)
                .password(true)
                .desired_width(260.0),
        );
        ui.end_row();
    };
    egui::Grid::new("settings_lock_grid")
        .num_columns(2)
        .spacing(egui::vec2(12.0, 6.0))
        .show(ui, |ui| {
            if mode != Mode::Lock {
                field(ui, crate::tr!("lock-ui-current"), &mut form.current);
            }
            if mode != Mode::Remove {
                field(ui, crate::tr!("lock-ui-new"), &mut form.new);
                field(ui, crate::tr!("lock-ui-again"), &mut form.again);
            }
        });
    let bad = crate::ui::theme::bad(ui.visuals().dark_mode);
    ui.colored_label(
        bad,
        if mode == Mode::Remove {
            crate::tr!("lock-ui-remove-warning")
        } else {
            crate::tr!("lock-ui-lost")
        },
    );
    let differ = mode != Mode::Remove && !form.again.is_empty() && form.new != form.again;
    if differ {
        ui.colored_label(bad, crate::tr!("lock-ui-differ"));
    }
    let old = Passphrase::new(&form.current);
    let new = Passphrase::new(&form.new);
    let ready = !differ
        && (mode == Mode::Lock || old.is_some())
        && (mode == Mode::Remove || (new.is_some() && form.new == form.again));
    let mut request = None;
    ui.horizontal(|ui| {
        let label = match mode {
            Mode::Lock => crate::tr!("lock-ui-do-lock"),
            Mode::Change => crate::tr!("lock-ui-do-change"),
            Mode::Remove => crate::tr!("lock-ui-do-remove"),
        };
        if ui.add_enabled(ready, egui::Button::new(label)).clicked() {
            request = Some(Request::Lock {
                old: old.clone(),
                new: if mode == Mode::Remove {
                    None
                } else {
                    new.clone()
                },
            });
        }
        if ui.button(crate::tr!("lock-ui-cancel")).clicked() {
            *form = Form::default();
        }
    });
    request
}
