//! The "Shop settings" window: shop name, locale, time zone, currency and phone country.

use crate::settings::{LOCALES, ShopSettings};
use crate::ui::app::{ClienteleApp, Command};

/// Draws the settings window while it is open.
pub fn window(app: &mut ClienteleApp, ctx: &egui::Context) {
    let Some(mut edit) = app.settings_edit.take() else {
        return;
    };
    let mut open = true;
    let mut save = false;
    let mut cancel = false;
    let mut relock = None;
    let db_path = app.db_path.clone();
    let formats = app.formats.clone();
    // The privacy sections start jobs and ask the worker as the screens do.
    let mut keeping = std::mem::take(&mut app.keeping);
    let asking = keeping.is_asking();
    let (_, mut cx) = app.parts();
    egui::Window::new(crate::tr!("settings-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            egui::Grid::new("settings_grid")
                .num_columns(2)
                .spacing(egui::vec2(12.0, 8.0))
                .show(ui, |ui| {
                    ui.label(crate::tr!("settings-shop-name"));
                    ui.add(
                        egui::TextEdit::singleline(&mut edit.shop_name)
                            .hint_text(crate::tr!("settings-shop-name-hint"))
                            .desired_width(260.0),
                    );
                    ui.end_row();

                    ui.label(crate::tr!("settings-language"));
                    language_choice(ui, &mut edit.language);
                    ui.end_row();

                    ui.label(crate::tr!("settings-locale"));
                    let current = edit.locale().name;
                    egui::ComboBox::from_id_salt("settings_locale")
                        .selected_text(current)
                        .width(260.0)
                        .show_ui(ui, |ui| {
                            for l in &LOCALES {
                                if ui.selectable_label(edit.locale == l.code, l.name).clicked() {
                                    // Currency and phone country follow the locale.
                                    let follows = ShopSettings::for_locale(l.code);
                                    edit.locale = follows.locale;
                                    edit.currency = follows.currency;
                                    edit.phone_country = follows.phone_country;
                                }
                            }
                        });
                    ui.end_row();

                    ui.label(crate::tr!("time-zone-label"));
                    ui.vertical(|ui| {
                        ui.set_max_width(260.0);
                        time_zone_choice(ui, &mut edit.time_zone);
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(crate::tr!("time-zone-hint")).weak(),
                            )
                            .wrap(),
                        );
                    });
                    ui.end_row();

                    ui.label(crate::tr!("settings-currency"));
                    ui.add(egui::TextEdit::singleline(&mut edit.currency).desired_width(60.0));
                    ui.end_row();

                    ui.label(crate::tr!("settings-phone-country"));
                    ui.add(egui::TextEdit::singleline(&mut edit.phone_country).desired_width(60.0))
                        .on_hover_text(crate::tr!("settings-phone-country-tip"));
                    ui.end_row();

                    ui.label(crate::tr!("clv-settings-margin"));
                    ui.add(
                        egui::DragValue::new(&mut edit.margin_percent)
                            .range(0..=100)
                            .suffix(formats.percent_sign()),
                    )
                    .on_hover_text(crate::tr!("clv-settings-margin-tip"));
                    ui.end_row();

                    ui.label(crate::tr!("clv-settings-discount"));
                    let mut percent = f64::from(edit.discount_basis_points) / 100.0;
                    let max = f64::from(crate::settings::MAX_DISCOUNT_BASIS_POINTS) / 100.0;
                    if ui
                        .add(
                            egui::DragValue::new(&mut percent)
                                .range(0.0..=max)
                                .speed(0.05)
                                .custom_formatter(|v, _| formats.two_decimals(v))
                                .custom_parser(|text| formats.read_decimal(text))
                                .suffix(formats.percent_sign()),
                        )
                        .on_hover_text(crate::tr!("clv-settings-discount-tip"))
                        .changed()
                    {
                        edit.discount_basis_points = (percent * 100.0).round() as u32;
                    }
                    ui.end_row();
                });
            let l = edit.locale();
            ui.add_space(6.0);
            ui.label(
                egui::RichText::new(crate::tr!(
                    "settings-dates-and-exports",
                    day_first = if l.day_first { "yes" } else { "no" },
                    decimal = if l.decimal_comma { "comma" } else { "dot" },
                    delimiter = char::from(edit.csv_delimiter()).to_string(),
                ))
                .weak(),
            );
            let problem = edit.clone().normalised().validate().err();
            if let Some(p) = &problem {
                let p = crate::text::local(p);
                ui.colored_label(crate::ui::theme::bad(ui.visuals().dark_mode), p);
            }
            ui.add_space(6.0);
            // The sections scroll when open together on a small screen; the buttons stay.
            let room = (ctx.content_rect().height() - 370.0).max(160.0);
            egui::ScrollArea::vertical()
                .id_salt("settings-sections")
                .max_height(room)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    // Room on the right for the scroll bar, over no button.
                    let room = egui::Margin {
                        right: 14,
                        ..Default::default()
                    };
                    egui::Frame::NONE.inner_margin(room).show(ui, |ui| {
                        crate::ui::widgets::privacy::backups_ui(ui, &mut cx, &mut keeping);
                        ui.add_space(6.0);
                        crate::ui::widgets::retention::keeping_ui(ui, &mut cx, &mut keeping);
                        ui.add_space(6.0);
                        relock = crate::ui::lock_settings::lock_ui(ui, &db_path);
                    });
                });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        problem.is_none(),
                        egui::Button::new(crate::tr!("settings-save")),
                    )
                    .clicked()
                    || (problem.is_none()
                        && !asking
                        && ui.input(|i| i.key_pressed(egui::Key::Enter)))
                {
                    save = true;
                }
                if ui.button(crate::tr!("settings-cancel")).clicked()
                    || (!asking && ui.input(|i| i.key_pressed(egui::Key::Escape)))
                {
                    cancel = true;
                }
            });
        });
    keeping.erase.ui(&mut cx, ctx);
    if crate::ui::widgets::retention::restore_ui(&mut keeping, &mut cx, ctx) {
        cancel = true;
    }
    app.keeping = keeping;
    app.flush();
    if let Some(request) = relock {
        app.send(request);
    }
    if save {
        app.command(Command::SaveSettings(edit.clone()));
        // Kept open until the database answers; then the new settings replace it.
        app.settings_edit = Some(edit);
    } else if open && !cancel {
        app.settings_edit = Some(edit);
    }
}

/// The shop's time zone: the computer's (the first choice) or one of the tz database's,
/// found by typing part of its name.
fn time_zone_choice(ui: &mut egui::Ui, chosen: &mut String) {
    // The computer's zone, asked once and kept in the window's memory (not on every frame).
    let system_id = ui.make_persistent_id("settings_time_zone_system");
    let system = match ui.data_mut(|d| d.get_temp::<chrono_tz::Tz>(system_id)) {
        Some(zone) => zone,
        None => {
            let zone = crate::settings::system_time_zone().unwrap_or(chrono_tz::UTC);
            ui.data_mut(|d| d.insert_temp(system_id, zone));
            zone
        }
    };
    let follow = crate::tr!("time-zone-computers", zone = system.name());
    let current = match crate::settings::time_zone_named(chosen) {
        Some(zone) => zone.name().to_string(),
        None => follow.clone(),
    };
    let filter_id = ui.make_persistent_id("settings_time_zone_filter");
    let open_id = ui.make_persistent_id("settings_time_zone_open");
    let mut filter: String = ui.data_mut(|d| d.get_temp(filter_id).unwrap_or_default());
    let was_open: bool = ui.data_mut(|d| d.get_temp(open_id).unwrap_or_default());
    let mut open = false;
    // `New York` finds America/New_York.
    let key = |name: &str| name.to_lowercase().replace('_', " ");
    egui::ComboBox::from_id_salt("settings_time_zone")
        .selected_text(current)
        .width(260.0)
        .height(320.0)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            let search = ui.add(
                egui::TextEdit::singleline(&mut filter)
                    .hint_text(crate::tr!("time-zone-search"))
                    .desired_width(240.0),
            );
            // Typing searches at once when the list opens.
            open = true;
            if !was_open {
                search.request_focus();
            }
            if ui
                .selectable_label(chosen.trim().is_empty(), follow)
                .clicked()
            {
                chosen.clear();
                ui.close();
            }
            let wanted = key(filter.trim());
            let mut shown = 0;
            for zone in chrono_tz::TZ_VARIANTS
                .iter()
                .filter(|z| wanted.is_empty() || key(z.name()).contains(&wanted))
            {
                shown += 1;
                if ui
                    .selectable_label(chosen.as_str() == zone.name(), zone.name())
                    .clicked()
                {
                    *chosen = zone.name().to_string();
                    ui.close();
                }
            }
            if shown == 0 {
                ui.weak(crate::tr!("time-zone-none-found"));
            }
        });
    if !open {
        // The next opening starts with every zone.
        filter.clear();
    }
    ui.data_mut(|d| {
        d.insert_temp(filter_id, filter);
        d.insert_temp(open_id, open);
    });
}

/// The window's language: the computer's (the first choice) or one of Clientele's, each
/// named in itself.
fn language_choice(ui: &mut egui::Ui, chosen: &mut String) {
    use crate::text::Lang;
    let system = crate::settings::system_language().unwrap_or_default();
    let follow = crate::tr!("settings-language-system", language = system.name());
    let current = match Lang::from_code(chosen) {
        Some(l) if l != Lang::Pseudo => l.name().to_string(),
        _ => follow.clone(),
    };
    egui::ComboBox::from_id_salt("settings_language")
        .selected_text(current)
        .width(260.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(chosen.is_empty(), follow).clicked() {
                chosen.clear();
            }
            for l in Lang::ALL {
                if ui
                    .selectable_label(chosen.as_str() == l.code(), l.name())
                    .clicked()
                {
                    *chosen = l.code().to_string();
                }
            }
        });
}
