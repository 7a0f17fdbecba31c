//! Which events the strip puts in the page: those whose drawn extent meets the scrolled view
//! (plus a margin) in both directions, and always the focused and the open one, so keyboard
//! focus and the panel's tab never vanish. Per scroll this costs O(log n + k), not O(n).

use super::layout::Placement;
use super::visible_index::VisibleIndex;

/// The part of the track the scroller shows, in CSS pixels of the track.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub left: f64,
    pub width: f64,
    pub top: f64,
    pub height: f64,
}

/// Rows of the strip: lane `n` starts at `top_px + n * lane_px`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rows {
    pub top_px: f64,
    pub lane_px: f64,
}

/// Timelines up to this size keep every event in the page: cheap, and nodes never move under
/// keyboard focus. Larger ones render only what is near the view.
pub const RENDER_ALL_UP_TO: usize = 500;

/// How many events the phone list renders around the focused one.
pub const LIST_RUN: usize = 200;

/// How the strip is drawn, which decides what "near the view" means.
pub enum StripShape<'a> {
    /// The time axis: events whose extent meets the scrolled view, `margin_px` around it.
    Axis {
        index: &'a VisibleIndex,
        placements: &'a [Placement],
        view: Viewport,
        rows: Rows,
        margin_px: f64,
    },
    /// The phone's vertical list: a run of events around the focused one.
    List,
}

/// The events the strip puts in the page, ascending; the focused and the open one always.
pub fn events_to_render(
    count: usize,
    shape: StripShape,
    focus: usize,
    selected: Option<usize>,
) -> Vec<usize> {
    if count <= RENDER_ALL_UP_TO {
        return (0..count).collect();
    }
    let always: Vec<usize> = [Some(focus), selected].into_iter().flatten().collect();
    match shape {
        StripShape::Axis {
            index,
            placements,
            view,
            rows,
            margin_px,
        } => events_in_view(index, placements, view, rows, margin_px, &always),
        StripShape::List => {
            let from = focus.saturating_sub(LIST_RUN / 2);
            let mut run: Vec<usize> = (from..(from + LIST_RUN).min(count))
                .chain(always.into_iter().filter(|&i| i < count))
                .collect();
            run.sort_unstable();
            run.dedup();
            run
        }
    }
}

/// Event indices to render, ascending.
pub fn events_in_view(
    index: &VisibleIndex,
    placements: &[Placement],
    view: Viewport,
    rows: Rows,
    margin_px: f64,
    always: &[usize],
) -> Vec<usize> {
    let first_lane = ((view.top - margin_px - rows.top_px) / rows.lane_px).floor();
    let last_lane = ((view.top + view.height + margin_px - rows.top_px) / rows.lane_px).ceil();
    let mut shown: Vec<usize> = index
        .visible(view.left - margin_px, view.left + view.width + margin_px)
        .into_iter()
        .filter(|&i| {
            let lane = placements[i].lane as f64;
            lane >= first_lane && lane <= last_lane
        })
        .chain(always.iter().copied().filter(|&i| i < placements.len()))
        .collect();
    shown.sort_unstable();
    shown.dedup();
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::{layout_lanes, Axis};
    use crate::core::sample_timeline::sample_spans;

    #[test]
    fn shows_only_what_meets_the_view_plus_focus() {
        let spans = sample_spans(10_000, 7);
        let axis = Axis::covering(spans.iter().copied()).unwrap();
        let (track, card) = (8_000.0, 188.0);
        let layout = layout_lanes(&spans, axis, track, card);
        let index = VisibleIndex::new(&layout.placements, track, card);
        let rows = Rows {
            top_px: 34.0,
            lane_px: 78.0,
        };
        let view = Viewport {
            left: 3_000.0,
            width: 1_000.0,
            top: 0.0,
            height: 600.0,
        };
        let shown = events_in_view(&index, &layout.placements, view, rows, 100.0, &[9_999]);
        assert!(shown.len() < 200, "{} events rendered", shown.len());
        assert!(shown.contains(&9_999));
        assert!(shown.windows(2).all(|w| w[0] < w[1]));
        // Exactly the brute-force answer, apart from the forced one.
        let brute: Vec<usize> = (0..spans.len())
            .filter(|&i| {
                let p = &layout.placements[i];
                let (a, b) = p.extent_px(track, card);
                let top = rows.top_px + p.lane as f64 * rows.lane_px;
                b >= 2_900.0 && a <= 4_100.0 && top + rows.lane_px >= -100.0 && top <= 700.0 + 78.0
            })
            .collect();
        for i in &brute {
            assert!(shown.contains(i), "event {i} in view but not rendered");
        }
    }

    #[test]
    fn small_timelines_render_everything_and_lists_a_run_around_focus() {
        assert_eq!(
            events_to_render(11, StripShape::List, 3, None),
            (0..11).collect::<Vec<_>>()
        );
        let run = events_to_render(10_000, StripShape::List, 5_000, Some(17));
        assert_eq!(run.len(), LIST_RUN + 1);
        assert_eq!(run[0], 17);
        assert!(run.contains(&4_900) && run.contains(&5_099) && !run.contains(&5_100));
        assert!(run.windows(2).all(|w| w[0] < w[1]));
        let end = events_to_render(10_000, StripShape::List, 9_999, None);
        assert_eq!(end.last(), Some(&9_999));
    }

    #[test]
    fn an_empty_timeline_shows_nothing() {
        let index = VisibleIndex::new(&[], 1000.0, 188.0);
        let view = Viewport {
            left: 0.0,
            width: 1000.0,
            top: 0.0,
            height: 500.0,
        };
        let rows = Rows {
            top_px: 0.0,
            lane_px: 78.0,
        };
        assert!(events_in_view(&index, &[], view, rows, 0.0, &[0]).is_empty());
    }
}
