//! How far the strip is zoomed: a factor on the "fit all" track, from 1 up to where a single
//! day is wide enough to label. Buttons and keys step by doubling, wheel and pinch move
//! smoothly, and every change keeps one moment of time (under the pointer, or mid-view) still.

use crate::core::strip::fixed_point::Fixed;
use crate::core::strip::layout::Axis;

/// At the deepest zoom a day is this wide.
pub const DAY_PX: f64 = 40.0;
/// Browsers cannot lay out a box much wider than 33 million pixels.
pub const MAX_TRACK_PX: f64 = 30_000_000.0;
/// A wheel notch (deltaY 100) zooms by e^0.25, about 1.28×.
const WHEEL_RATE: f64 = 0.0025;

/// The zooms a strip allows, from 1 (the whole axis fits the view) to `max`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ZoomRange {
    pub max: f64,
}

impl ZoomRange {
    pub fn new(axis: Axis, view_px: f64) -> ZoomRange {
        let widest = (axis.days() as f64 * DAY_PX).min(MAX_TRACK_PX);
        ZoomRange {
            max: (widest / view_px.max(1.0)).max(1.0),
        }
    }

    pub fn clamp(self, zoom: f64) -> f64 {
        if zoom.is_nan() {
            1.0
        } else {
            zoom.clamp(1.0, self.max)
        }
    }

    /// The next power of two above `zoom`: steps land on whole levels.
    pub fn step_in(self, zoom: f64) -> f64 {
        self.clamp(2f64.powi(level_of(zoom * 1.000_001) as i32 + 1))
    }

    /// The next power of two below `zoom`.
    pub fn step_out(self, zoom: f64) -> f64 {
        let level = zoom.max(1.0).log2().ceil() as i32;
        self.clamp(2f64.powi(level - 1))
    }

    /// After a wheel or pinch movement of `delta_y` pixels (negative zooms in).
    pub fn after_wheel(self, zoom: f64, delta_y: f64) -> f64 {
        self.clamp(zoom * (-delta_y * WHEEL_RATE).exp())
    }

    /// The zoom that spreads `from..to` (fractions of the track) across `share` of the view;
    /// the deepest for a single moment.
    pub fn to_fit(self, from: f64, to: f64, share: f64) -> f64 {
        self.clamp(share / (to - from).max(f64::MIN_POSITIVE))
    }

    /// The deepest level: the layout made for it is the one every event shows separately in.
    pub fn deepest_level(self) -> u32 {
        level_of(self.max)
    }
}

/// Zooms from 2^k up to 2^(k+1) share level k, and the layout made for its narrowest track.
pub fn level_of(zoom: f64) -> u32 {
    zoom.max(1.0).log2().floor() as u32
}

/// The scroll offset that puts the moment `fraction` of a track `track_px` wide at
/// `anchor_px` from the left edge of a view `view_px` wide, as near as the track's ends allow.
pub fn anchored_scroll(fraction: f64, anchor_px: f64, track_px: f64, view_px: f64) -> f64 {
    (fraction * track_px - anchor_px).clamp(0.0, (track_px - view_px).max(0.0))
}

/// The zoom as the controls show it: "1×", "1.5×", "12×".
pub fn zoom_label(zoom: f64) -> String {
    if zoom < 10.0 {
        format!("{}×", Fixed(zoom, 1)).replace(".0×", "×")
    } else {
        format!("{}×", Fixed(zoom, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_labels_drop_a_needless_decimal() {
        assert_eq!(zoom_label(1.0), "1×");
        assert_eq!(zoom_label(1.5), "1.5×");
        assert_eq!(zoom_label(9.96), "10×");
        assert_eq!(zoom_label(12.4), "12×");
    }

    #[test]
    fn the_range_runs_from_fit_all_to_labelled_days() {
        let century = ZoomRange::new(Axis::years(1900, 1999), 960.0);
        assert!((century.max - 36_524.0 * 40.0 / 960.0).abs() < 1e-9);
        assert_eq!(century.deepest_level(), 10);
        // A week needs no zoom at all; an age cannot be drawn a day at a time.
        assert_eq!(ZoomRange::new(Axis::years(1950, 1950), 20_000.0).max, 1.0);
        let ages = ZoomRange::new(Axis::years(-99_999, 1999), 1000.0);
        assert_eq!(ages.max, MAX_TRACK_PX / 1000.0);
        assert_eq!(century.clamp(f64::NAN), 1.0);
    }

    #[test]
    fn steps_land_on_powers_of_two_within_the_range() {
        let range = ZoomRange { max: 91.3 };
        assert_eq!(range.step_in(1.0), 2.0);
        assert_eq!(range.step_in(2.0), 4.0);
        assert_eq!(range.step_in(2.7), 4.0);
        assert_eq!(range.step_in(64.0), 91.3);
        assert_eq!(range.step_in(91.3), 91.3);
        assert_eq!(range.step_out(91.3), 64.0);
        assert_eq!(range.step_out(4.0), 2.0);
        assert_eq!(range.step_out(2.7), 2.0);
        assert_eq!(range.step_out(1.0), 1.0);
        let mut zoom = 1.0;
        let mut steps = 0;
        while zoom < range.max {
            zoom = range.step_in(zoom);
            steps += 1;
        }
        assert_eq!(steps, 7);
        assert_eq!((level_of(1.0), level_of(1.99), level_of(2.0)), (0, 0, 1));
    }

    #[test]
    fn wheel_zooms_smoothly_both_ways_and_stays_in_range() {
        let range = ZoomRange { max: 100.0 };
        let closer = range.after_wheel(10.0, -100.0);
        assert!(closer > 12.0 && closer < 13.0);
        assert!((range.after_wheel(closer, 100.0) - 10.0).abs() < 1e-9);
        assert_eq!(range.after_wheel(1.0, 5_000.0), 1.0);
        assert_eq!(range.after_wheel(90.0, -5_000.0), 100.0);
    }

    #[test]
    fn the_anchored_moment_stays_under_the_pointer() {
        // A third of the way along an 8,000 px track, 300 px into a 1,000 px view.
        let scroll = anchored_scroll(1.0 / 3.0, 300.0, 8_000.0, 1_000.0);
        assert!((scroll + 300.0 - 8_000.0 / 3.0).abs() < 1e-9);
        // Near the ends the view stops at the track's edge.
        assert_eq!(anchored_scroll(0.01, 300.0, 8_000.0, 1_000.0), 0.0);
        assert_eq!(anchored_scroll(0.99, 100.0, 8_000.0, 1_000.0), 7_000.0);
        assert_eq!(anchored_scroll(0.5, 100.0, 800.0, 1_000.0), 0.0);
    }

    #[test]
    fn fitting_a_stretch_spreads_it_over_the_view() {
        let range = ZoomRange { max: 1_000.0 };
        // A tenth of the track over half the view: 5×.
        assert!((range.to_fit(0.4, 0.5, 0.5) - 5.0).abs() < 1e-9);
        assert_eq!(range.to_fit(0.4, 0.4, 0.5), 1_000.0);
        assert_eq!(range.to_fit(0.0, 1.0, 0.5), 1.0);
    }
}
