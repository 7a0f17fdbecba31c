//! The strip's sizes in CSS pixels, one home for core, components, stylesheet and tests:
//! `style/main.css` declares the same values as custom properties on `:root`
//! ([`CSS_SIZES`]), and `tests/geometry_css.rs` fails when the two differ.

/// An event card's width.
pub const CARD_PX: f64 = 188.0;
/// One lane of cards and bars.
pub const LANE_PX: f64 = 78.0;
/// The time axis above the lanes.
pub const AXIS_PX: f64 = 34.0;
/// A row of the phone list when it is too long to render whole.
pub const LIST_ROW_PX: f64 = 72.0;
/// Below this width the strip is a vertical list (the stylesheet's phone breakpoint).
pub const PHONE_QUERY: &str = "(max-width: 40rem)";
/// The strip's width in any window wide enough for the page's column (`main`'s 72rem less its
/// padding and the strip's border): the width the first page is drawn for at build time.
/// The pre-render browser test fails when the stylesheet no longer gives this width.
pub const WIDE_STRIP_PX: f64 = 1118.0;
/// More lanes than this and the strip scrolls vertically inside itself.
pub const TALL_LANES: usize = 12;

/// The stylesheet's custom property for each size it uses (the axis's height is given to
/// each slot as its top, so the stylesheet does not need it).
pub const CSS_SIZES: [(&str, f64); 3] = [
    ("--card-w", CARD_PX),
    ("--lane-h", LANE_PX),
    ("--row-h", LIST_ROW_PX),
];

/// Rows of the strip: lane `n` starts at `top_px + n * lane_px`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rows {
    pub top_px: f64,
    pub lane_px: f64,
}

impl Rows {
    /// The rows that meet `top..top + height`, widened by `margin_px`.
    pub(super) fn meeting(self, top: f64, height: f64, margin_px: f64) -> (f64, f64) {
        (
            ((top - margin_px - self.top_px) / self.lane_px).floor(),
            ((top + height + margin_px - self.top_px) / self.lane_px).ceil(),
        )
    }
}

/// The strip's lanes, under the axis.
pub const ROWS: Rows = Rows {
    top_px: AXIS_PX,
    lane_px: LANE_PX,
};

/// The rows of a long phone list.
pub const LIST_ROWS: Rows = Rows {
    top_px: 0.0,
    lane_px: LIST_ROW_PX,
};

/// The track's height for a layout with `lanes` lanes: the axis, the lanes and a margin.
pub fn track_height_px(lanes: usize) -> f64 {
    AXIS_PX + lanes as f64 * LANE_PX + 8.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_track_holds_the_axis_and_every_lane() {
        assert_eq!(track_height_px(0), AXIS_PX + 8.0);
        assert_eq!(track_height_px(3), AXIS_PX + 3.0 * LANE_PX + 8.0);
    }
}
