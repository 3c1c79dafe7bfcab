//! The window: egui only. It shows what the worker ([`crate::jobs`]) sends and turns clicks
//! and keys into requests; it never touches the database itself.

pub mod app;
pub mod fonts;
pub mod insights;
mod lock_settings;
pub mod screen;
mod settings;
pub mod tabs;
pub mod theme;
pub mod unlock;
pub mod widgets;

#[cfg(test)]
mod pseudo_tests;

pub use app::{ClienteleApp, Tab};

use std::path::PathBuf;

/// Opens the window on the database at `db_path` and returns when it is closed; with `open`,
/// on the Import tab with that file planned.
pub fn run(
    db_path: PathBuf,
    started: std::time::Instant,
    open: Option<PathBuf>,
) -> anyhow::Result<()> {
    let probe = std::env::var_os("CLIENTELE_FIRST_FRAME_PROBE").is_some();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Clientele")
            .with_app_id("clientele")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_icon(app_icon()),
        // fonts::install adds the shipped fonts and the platform's own as fallbacks.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "Clientele",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, app::PREFS_KEY))
                .unwrap_or_default();
            let locked = unlock::UnlockGate::needed(&db_path);
            let make = {
                let db_path = db_path.clone();
                move || {
                    let mut app = ClienteleApp::new(db_path, prefs);
                    if let Some(file) = open {
                        // A relative path is relative to where clientele was started.
                        let file = std::path::absolute(&file).unwrap_or(file);
                        app = app.with_file(file);
                    }
                    if probe {
                        app.with_startup_probe(started)
                    } else {
                        app
                    }
                }
            };
            // A locked file: the passphrase first, before anything reads the file.
            let app: Box<dyn eframe::App> = if locked {
                Box::new(unlock::UnlockGate::new(db_path, make))
            } else {
                Box::new(make())
            };
            Ok(app)
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}

/// The window icon, drawn from the same shape as packaging/linux/clientele.svg.
fn app_icon() -> egui::IconData {
    let size = 64u32;
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    let c = (size as f32 - 1.0) / 2.0;
    for y in 0..size {
        for x in 0..size {
            let (dx, dy) = (x as f32 - c, y as f32 - c);
            let r = (dx * dx + dy * dy).sqrt();
            let pixel = if r > 31.5 {
                [0, 0, 0, 0]
            } else if (14.0..=22.0).contains(&r) && !(dx > 6.0 && dy.abs() < 10.0) {
                [255, 255, 255, 255]
            } else {
                theme::BRAND
            };
            rgba.extend_from_slice(&pixel);
        }
    }
    egui::IconData {
        rgba,
        width: size,
        height: size,
    }
}
