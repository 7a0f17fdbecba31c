//! What the strip puts in the page: the items whose drawn extent meets the scrolled view (plus
//! a margin) in both directions, and always the focused and the open event, so keyboard focus
//! and the panel's tab never vanish. Per scroll this costs O(log n + k), not O(n).

use crate::core::strip::geometry::Rows;
use crate::core::strip::level::StripLayout;

/// Rendered beyond each edge of the view, so scrolling never shows a gap.
pub const RENDER_MARGIN_PX: f64 = 240.0;
/// What is rendered is worked out again each time the view moves this far (at most the margin).
pub const RENDER_STEP_PX: f64 = 120.0;

/// The part of the strip the reader sees, in CSS pixels of the strip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub left: f64,
    pub width: f64,
    pub top: f64,
    pub height: f64,
}

impl Viewport {
    /// The view grown out to whole steps of `step_px`: scrolling within a step leaves it
    /// unchanged, so what is rendered is worked out once a step rather than once a pixel. A
    /// render margin of at least `step_px` keeps everything in view rendered.
    pub fn snapped(self, step_px: f64) -> Viewport {
        let down = |x: f64| (x / step_px).floor() * step_px;
        let up = |x: f64| (x / step_px).ceil() * step_px;
        let (left, top) = (down(self.left), down(self.top));
        Viewport {
            left,
            width: up(self.left + self.width) - left,
            top,
            height: up(self.top + self.height) - top,
        }
    }
}

/// Timelines up to this size keep everything in the page: cheap, and nodes never move under
/// keyboard focus. Larger ones render only what is near the view.
pub const RENDER_ALL_UP_TO: usize = 500;

/// How the strip is drawn, which decides what "near the view" means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StripShape {
    /// The time axis on a track `track_px` wide.
    Axis {
        view: Viewport,
        track_px: f64,
        rows: Rows,
        margin_px: f64,
    },
    /// The phone's vertical list, one event per row.
    List {
        view: Viewport,
        rows: Rows,
        margin_px: f64,
    },
}

/// What to render: cluster markers (item indices) and event tabs (event indices), ascending.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StripWindow {
    pub clusters: Vec<usize>,
    pub events: Vec<usize>,
}

pub fn strip_window(
    layout: &StripLayout,
    shape: StripShape,
    focus: usize,
    selected: Option<usize>,
) -> StripWindow {
    let count = layout.items.last().map_or(0, |item| item.events.end);
    let always = [Some(focus), selected].into_iter().flatten();
    let mut window = StripWindow::default();
    match shape {
        StripShape::List { .. } if count <= RENDER_ALL_UP_TO => {
            window.events = (0..count).collect();
        }
        StripShape::List {
            view,
            rows,
            margin_px,
        } => {
            let (first, last) = rows.meeting(view.top, view.height, margin_px);
            let first = first.clamp(0.0, count as f64) as usize;
            let last = last.clamp(0.0, count as f64) as usize;
            window.events = (first..last).collect();
        }
        StripShape::Axis {
            view,
            track_px,
            rows,
            margin_px,
        } => {
            let items: Vec<usize> = if count <= RENDER_ALL_UP_TO {
                (0..layout.items.len()).collect()
            } else {
                let (first, last) = rows.meeting(view.top, view.height, margin_px);
                layout
                    .items_between(
                        view.left - margin_px,
                        view.left + view.width + margin_px,
                        track_px,
                    )
                    .into_iter()
                    .filter(|&i| {
                        let lane = layout.items[i].placement.lane as f64;
                        lane >= first && lane <= last
                    })
                    .collect()
            };
            for i in items {
                let item = &layout.items[i];
                if item.is_cluster() {
                    window.clusters.push(i);
                } else {
                    window.events.push(item.events.start);
                }
            }
            window.clusters.sort_unstable();
        }
    }
    window.events.extend(always.filter(|&i| i < count));
    window.events.sort_unstable();
    window.events.dedup();
    window
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::event_date::DateSpan;
    use crate::core::sample::sample_timeline::sample_spans;
    use crate::core::strip::geometry::CARD_PX;
    use crate::core::strip::layout::Axis;

    const ROWS: Rows = Rows {
        top_px: 34.0,
        lane_px: 78.0,
    };

    fn viewport(left: f64, width: f64, top: f64, height: f64) -> Viewport {
        Viewport {
            left,
            width,
            top,
            height,
        }
    }

    fn sample(n: usize) -> (Vec<DateSpan>, Axis) {
        let spans = sample_spans(n, 7);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        (spans, axis)
    }

    #[test]
    fn shows_only_what_meets_the_view_plus_focus() {
        let (spans, axis) = sample(10_000);
        let track = 200_000.0;
        let layout = StripLayout::new(&spans, axis, track, CARD_PX, false);
        let view = viewport(100_000.0, 1_000.0, 0.0, 600.0);
        let shape = StripShape::Axis {
            view,
            track_px: track,
            rows: ROWS,
            margin_px: 100.0,
        };
        let shown = strip_window(&layout, shape, 9_999, Some(3));
        assert!(shown.events.len() < 200, "{} events", shown.events.len());
        assert!(shown.clusters.is_empty());
        assert!(shown.events.contains(&9_999) && shown.events.contains(&3));
        assert!(shown.events.windows(2).all(|w| w[0] < w[1]));
        // Everything the brute force finds in view is rendered.
        for (i, item) in layout.items.iter().enumerate() {
            let (a, b) = item.placement.extent_px(track, CARD_PX);
            let top = ROWS.top_px + item.placement.lane as f64 * ROWS.lane_px;
            if b >= 99_900.0 && a <= 101_100.0 && top <= 700.0 {
                assert!(
                    shown.events.contains(&i),
                    "event {i} in view but not rendered"
                );
            }
        }
    }

    #[test]
    fn zoomed_out_it_draws_clusters_and_the_focused_event_inside_one() {
        let (spans, axis) = sample(10_000);
        let layout = StripLayout::new(&spans, axis, 960.0, CARD_PX, true);
        let view = viewport(0.0, 960.0, 0.0, 700.0);
        let shape = StripShape::Axis {
            view,
            track_px: 960.0,
            rows: ROWS,
            margin_px: 400.0,
        };
        let shown = strip_window(&layout, shape, 5_000, None);
        assert!(!shown.clusters.is_empty() && shown.clusters.len() < 60);
        let in_clusters: usize = shown
            .clusters
            .iter()
            .map(|&c| layout.items[c].events.len())
            .sum();
        assert!(in_clusters > 9_000, "{in_clusters} events in clusters");
        assert!(shown.events.contains(&5_000));
        assert!(shown.events.len() < 60);
    }

    #[test]
    fn small_timelines_render_everything_and_big_lists_the_rows_in_view() {
        let (spans, axis) = sample(11);
        let small = StripLayout::new(&spans, axis, 960.0, CARD_PX, true);
        let view = viewport(0.0, 390.0, 7_800.0, 780.0);
        let list = |layout: &StripLayout, focus| {
            let rows = Rows {
                top_px: 0.0,
                lane_px: 78.0,
            };
            let shape = StripShape::List {
                view,
                rows,
                margin_px: 78.0,
            };
            strip_window(layout, shape, focus, Some(17))
        };
        assert_eq!(list(&small, 3).events, (0..11).collect::<Vec<_>>());
        let (spans, axis) = sample(10_000);
        let big = StripLayout::new(&spans, axis, 960.0, CARD_PX, true);
        let shown = list(&big, 5_000).events;
        // Rows 100–110 are in view, one more each side, and the focused and open events.
        let mut expected: Vec<usize> = (99..111).collect();
        expected.insert(0, 17);
        expected.push(5_000);
        assert_eq!(shown, expected);
    }

    #[test]
    fn a_snapped_view_covers_the_view_and_moves_in_steps() {
        let view = viewport(1_234.0, 960.0, 10.0, 500.0);
        let snapped = view.snapped(200.0);
        assert_eq!(snapped, viewport(1_200.0, 1_000.0, 0.0, 600.0));
        let nudged = Viewport {
            left: 1_210.0,
            ..view
        };
        assert_eq!(nudged.snapped(200.0), snapped);
    }

    #[test]
    fn an_empty_timeline_shows_nothing() {
        let layout = StripLayout::new(&[], Axis::years(1950, 1950), 1000.0, CARD_PX, true);
        let view = viewport(0.0, 1000.0, 0.0, 500.0);
        let shape = StripShape::Axis {
            view,
            track_px: 1000.0,
            rows: ROWS,
            margin_px: 0.0,
        };
        assert_eq!(
            strip_window(&layout, shape, 0, None),
            StripWindow::default()
        );
    }
}
