//! Every colour and spacing constant of the window, in one place.

use egui::Color32;

/// The brand colour (a deep teal), as RGBA for the icon.
pub const BRAND: [u8; 4] = [0x0f, 0x6e, 0x6e, 0xff];

/// The brand colour for widgets.
pub const ACCENT: Color32 = Color32::from_rgb(0x0f, 0x6e, 0x6e);

/// A figure that went up.
pub fn good(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x6c, 0xd0, 0x8c)
    } else {
        Color32::from_rgb(0x1b, 0x7a, 0x3a)
    }
}

/// A figure that went down, or an error.
pub fn bad(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xff, 0x8a, 0x80)
    } else {
        Color32::from_rgb(0xb3, 0x26, 0x1e)
    }
}

/// The chart's bars.
pub fn bars(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x4f, 0xb3, 0xb3)
    } else {
        ACCENT
    }
}

/// Width of a key-figure card.
pub const CARD_WIDTH: f32 = 180.0;
/// Space between cards and sections.
pub const GAP: f32 = 12.0;
/// Height of a row in the customer table.
pub const ROW_HEIGHT: f32 = 22.0;
/// Default width of the customer detail panel.
pub const DETAIL_WIDTH: f32 = 420.0;
