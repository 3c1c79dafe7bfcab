//! The screens, one module each, and the table of screens: their order (left to right),
//! their keys, their Ctrl+key shortcuts and how each is made.
//!
//! Adding a screen is its own file here and one line in the table below; the line declares
//! the module too. No screen names another: what they share is in [`crate::ui::screen::Cx`]
//! and [`crate::ui::widgets`].

use egui::Key;

use crate::ui::app::Tab;
use crate::ui::screen::{ScreenEntry, make};

/// Declares each screen's module and lists the screens in order.
macro_rules! screens {
    ($($module:ident :: $screen:ident = $key:literal, $shortcut:ident;)*) => {
        $(pub mod $module;)*

        /// Every screen, left to right.
        pub const SCREENS: &[ScreenEntry] = &[$(
            ScreenEntry {
                tab: Tab::new($key),
                shortcut: Key::$shortcut,
                make: make::<$module::$screen>,
            },
        )*];
    };
}

screens! {
    overview::OverviewScreen = "Overview", Num1;
    import::ImportScreen = "Import", Num2;
    customers::CustomersScreen = "Customers", Num3;
    duplicates::DuplicatesScreen = "Duplicates", Num4;
    segments::SegmentsScreen = "Segments", Num5;
    charts::ChartsScreen = "Charts", Num6;
    predictions::PredictionsScreen = "Predictions", Num8;
    baskets::BasketsScreen = "Baskets", Num9;
    feedback::FeedbackScreen = "Feedback", E;
    campaigns::CampaignsScreen = "Campaigns", M;
    reports::ReportsScreen = "Reports", Num7;
    audit::AuditScreen = "Audit", U;
}
