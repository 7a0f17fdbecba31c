//! Which events a stretch of the track shows, found without looking at the others: the app
//! keeps only these in the page, so scrolling costs the same for ten events or a hundred
//! thousand.

use std::cmp::Ordering;

use crate::core::strip::layout::Placement;

/// The events of one layout, indexed by their drawn extent (`Placement::extent_px`). Built in
/// O(n log n) time and space whenever the layout changes; a query costs O(log n + k) for the
/// k events it finds, with no sorting.
#[derive(Clone, Debug)]
pub struct VisibleIndex {
    /// Events by where their extent starts, ties in event order: a "position" is an index here.
    order: Vec<usize>,
    starts: Vec<f64>,
    ends: Vec<f64>,
    /// `latest[k][i]`: the position, among `i..i + 2^k`, whose extent ends last (a sparse
    /// table, so any range's latest end is two lookups).
    latest: Vec<Vec<usize>>,
}

/// Work left in a query, kept on an explicit stack so results come out in position order.
enum Step {
    /// Find the positions in `start..end` whose extent reaches the window.
    Search(usize, usize),
    Report(usize),
}

impl VisibleIndex {
    /// Indexes `placements` as drawn on a track `track_px` wide with cards `card_px` wide.
    pub fn new(placements: &[Placement], track_px: f64, card_px: f64) -> VisibleIndex {
        VisibleIndex::of_extents(
            placements
                .iter()
                .map(|p| p.extent_px(track_px, card_px))
                .collect(),
        )
    }

    /// Indexes items by their `(start, end)` extents.
    pub fn of_extents(extents: Vec<(f64, f64)>) -> VisibleIndex {
        let mut order: Vec<usize> = (0..extents.len()).collect();
        // Stable, and linear when the events are already in date order.
        order.sort_by(|&a, &b| extents[a].0.total_cmp(&extents[b].0));
        let starts = order.iter().map(|&i| extents[i].0).collect();
        let ends: Vec<f64> = order.iter().map(|&i| extents[i].1).collect();
        let later = |a: usize, b: usize| if ends[b] > ends[a] { b } else { a };
        let mut latest = vec![(0..ends.len()).collect::<Vec<usize>>()];
        let mut width = 1;
        while 2 * width <= ends.len() {
            let shorter = &latest[latest.len() - 1];
            let level = (0..=ends.len() - 2 * width)
                .map(|i| later(shorter[i], shorter[i + width]))
                .collect();
            latest.push(level);
            width *= 2;
        }
        VisibleIndex {
            order,
            starts,
            ends,
            latest,
        }
    }

    /// The position in the non-empty range `start..end` whose extent ends last.
    fn latest_in(&self, start: usize, end: usize) -> usize {
        let level = (end - start).ilog2() as usize;
        let (a, b) = (
            self.latest[level][start],
            self.latest[level][end - (1 << level)],
        );
        if self.ends[b] > self.ends[a] {
            b
        } else {
            a
        }
    }

    /// The events whose extent meets the window `from_px..=to_px` (widen it by a margin to
    /// draw a little ahead of scrolling), in order along the track: event order, for events
    /// in date order.
    pub fn visible(&self, from_px: f64, to_px: f64) -> Vec<usize> {
        if from_px.partial_cmp(&to_px).is_none_or(Ordering::is_gt) {
            return Vec::new();
        }
        let inside = self.starts.partition_point(|&s| s < from_px);
        let past = inside + self.starts[inside..].partition_point(|&s| s <= to_px);
        // Those that start before the window and reach into it: if the latest-ending extent
        // of a range falls short, so does the whole range; if not, it is reported between
        // the searches on either side of it. Each step reports an event or ends a search
        // beside one, so the work is O(k).
        let mut found = Vec::new();
        let mut stack = vec![Step::Search(0, inside)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Report(position) => found.push(self.order[position]),
                Step::Search(start, end) if start < end => {
                    let last = self.latest_in(start, end);
                    if self.ends[last] >= from_px {
                        stack.extend([
                            Step::Search(last + 1, end),
                            Step::Report(last),
                            Step::Search(start, last),
                        ]);
                    }
                }
                Step::Search(..) => {}
            }
        }
        // ...then those that start inside it.
        found.extend(&self.order[inside..past]);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::event_date::DateSpan;
    use crate::core::strip::layout::{layout_lanes, Axis};

    #[test]
    fn finds_bars_and_cards_that_reach_into_the_window() {
        let spans: Vec<DateSpan> = [
            ("1945", Some("1950")),
            ("1945-01-01", None),
            ("1948-06", None),
        ]
        .iter()
        .map(|&(s, e)| DateSpan::of(s, e))
        .collect();
        let (track, card) = (600.0, 100.0);
        let layout = layout_lanes(&spans, Axis::years(1945, 1950), track, card);
        let index = VisibleIndex::new(&layout.placements, track, card);
        // The long bar covers the whole track, the first day's card 0–100 px; June 1948
        // starts near 350 px.
        assert_eq!(index.visible(50.0, 60.0), [0, 1]);
        assert_eq!(index.visible(150.0, 200.0), [0]);
        assert_eq!(index.visible(340.0, 700.0), [0, 2]);
        assert_eq!(index.visible(-50.0, -1.0), Vec::<usize>::new());
        assert_eq!(index.visible(200.0, 100.0), Vec::<usize>::new());
        assert_eq!(index.visible(f64::NAN, 100.0), Vec::<usize>::new());
        assert!(VisibleIndex::new(&[], track, card)
            .visible(0.0, 600.0)
            .is_empty());
    }
}
