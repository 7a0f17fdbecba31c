//! Where things go on the time axis: each event's horizontal extent, and the lane that keeps
//! its card from covering any other.

use std::cmp::{Ordering, Reverse};
use std::collections::binary_heap::{BinaryHeap, PeekMut};

use crate::core::model::event_date::{civil_date, day_number, DateSpan, Precision, Year};
use crate::core::model::hedge::Look;
use crate::core::model::timeline::Timeline;

/// The stretch of time the axis shows, in day numbers (end exclusive).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub first_day: i64,
    pub end_day: i64,
}

impl Axis {
    /// Whole years `from` to `to`, both shown in full.
    pub fn years(from: Year, to: Year) -> Axis {
        Axis {
            first_day: day_number(from, 1, 1),
            end_day: day_number(to.max(from) + 1, 1, 1),
        }
    }

    /// The whole years that hold every span.
    pub fn covering(spans: impl IntoIterator<Item = DateSpan>) -> Option<Axis> {
        let (mut from, mut to) = (Year::MAX, Year::MIN);
        for span in spans {
            from = from.min(span.start.year());
            to = to.max(span.end.unwrap_or(span.start).year());
            // A winter season runs into the next year.
            to = to.max(civil_date(span.end_day() - 1).0);
        }
        (from <= to).then(|| Axis::years(from, to))
    }

    /// The axis a timeline is drawn on: its declared years, or the whole years holding its
    /// events and eras. (A loaded timeline always has events; the fallback is never drawn.)
    pub fn for_timeline(timeline: &Timeline) -> Axis {
        timeline
            .range
            .map(|r| Axis::years(r.from, r.to))
            .or_else(|| {
                Axis::covering(
                    timeline
                        .events
                        .iter()
                        .map(|e| e.span())
                        .chain(timeline.eras.iter().map(|e| e.span())),
                )
            })
            .unwrap_or_else(|| Axis::years(1, 1))
    }

    pub fn days(self) -> i64 {
        (self.end_day - self.first_day).max(1)
    }

    pub fn fraction(self, day: i64) -> f64 {
        (day - self.first_day) as f64 / self.days() as f64
    }
}

/// An event on the axis: its drawn extent as fractions of the track, its lane, and whether
/// each end is uncertain (drawn fuzzy, not as a false sharp edge). The extent is the span's
/// days (`Dating::span` has the rule for hedged dates); what else the bar shows is `look`.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub left: f64,
    pub width: f64,
    /// Where the card starts: at the event, or pulled left so it ends inside the track.
    pub card_left: f64,
    pub lane: usize,
    pub fuzzy_start: bool,
    pub fuzzy_end: bool,
    /// A single known day, drawn as a point.
    pub point: bool,
    /// How the date is hedged: about, perhaps, before, one of… (`bar_marks` draws it).
    pub look: Look,
}

impl Placement {
    /// The stretch of track, in pixels, that the bar and card cover together. Packing keeps
    /// these apart and the visible-window index finds them, so both use this one definition.
    pub fn extent_px(&self, track_px: f64, card_px: f64) -> (f64, f64) {
        let bar_start = self.left * track_px;
        let card_start = self.card_left * track_px;
        (
            bar_start.min(card_start),
            (bar_start + self.width * track_px).max(card_start + card_px),
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub placements: Vec<Placement>,
    pub lanes: usize,
}

/// The clear space, in pixels, between neighbours in a lane.
pub const LANE_GAP_PX: f64 = 6.0;

/// A lane in use, ordered so a max-heap pops the lane that frees up first.
struct BusyLane {
    end_px: f64,
    lane: usize,
}

impl Ord for BusyLane {
    fn cmp(&self, other: &Self) -> Ordering {
        other.end_px.total_cmp(&self.end_px)
    }
}

impl PartialOrd for BusyLane {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for BusyLane {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for BusyLane {}

/// Places spans on a track `track_px` wide. Each event's card is `card_px` wide from its start
/// (pulled left near the end of the track so it stays visible); an event takes the lowest lane
/// where neither its card nor its span touches another's, so nothing is ever hidden.
pub fn layout_lanes(spans: &[DateSpan], axis: Axis, track_px: f64, card_px: f64) -> Layout {
    let mut placements: Vec<Placement> = spans
        .iter()
        .map(|&span| Placement::of_span(span, axis, track_px, card_px))
        .collect();
    let extents: Vec<(f64, f64)> = placements
        .iter()
        .map(|p| p.extent_px(track_px, card_px))
        .collect();
    let (lanes, count) = pack_lanes(&extents);
    for (p, lane) in placements.iter_mut().zip(lanes) {
        p.lane = lane;
    }
    Layout {
        placements,
        lanes: count,
    }
}

/// The lowest lane for each `(start, end)` extent that keeps `LANE_GAP_PX` from every other
/// extent in it, and how many lanes that takes.
///
/// Extents are swept in order of where they start, so a lane freed once stays free for every
/// later one: that makes "lowest free lane" the same as first fit, uses no more lanes than the
/// most crowded moment needs, and costs O(n log n) rather than O(n · lanes).
pub fn pack_lanes(extents: &[(f64, f64)]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..extents.len()).collect();
    // Stable, and linear on already-sorted input: ties keep reading order.
    order.sort_by(|&a, &b| extents[a].0.total_cmp(&extents[b].0));

    let mut assigned = vec![0; extents.len()];
    let mut busy: BinaryHeap<BusyLane> = BinaryHeap::new();
    let mut free = BinaryHeap::new();
    let mut lanes = 0;
    for i in order {
        let (start, end) = extents[i];
        while let Some(top) = busy.peek_mut() {
            if top.end_px + LANE_GAP_PX > start {
                break;
            }
            free.push(Reverse(PeekMut::pop(top).lane));
        }
        let lane = match free.pop() {
            Some(Reverse(lane)) => lane,
            None => {
                lanes += 1;
                lanes - 1
            }
        };
        busy.push(BusyLane { end_px: end, lane });
        assigned[i] = lane;
    }
    (assigned, lanes)
}

/// Where the card of something starting at `fraction` of the track begins, in pixels: with
/// it, or pulled left so the card ends inside the track.
pub fn card_start_px(fraction: f64, track_px: f64, card_px: f64) -> f64 {
    (fraction * track_px).min(track_px - card_px).max(0.0)
}

impl Placement {
    /// A bar from `left` spanning `width` (fractions of the track), its card starting with it
    /// or pulled left so it ends inside the track; lane 0 until packed.
    pub fn new(left: f64, width: f64, track_px: f64, card_px: f64) -> Placement {
        Placement {
            left,
            width: width.max(0.0),
            card_left: card_start_px(left, track_px, card_px) / track_px,
            lane: 0,
            fuzzy_start: false,
            fuzzy_end: false,
            point: false,
            look: Look::default(),
        }
    }

    /// One event's bar, card and fuzziness.
    pub fn of_span(span: DateSpan, axis: Axis, track_px: f64, card_px: f64) -> Placement {
        let left = axis.fraction(span.first_day());
        let width = axis.fraction(span.end_day()) - left;
        Placement {
            fuzzy_start: span.start.precision() != Precision::Day,
            fuzzy_end: span.end.unwrap_or(span.start).precision() != Precision::Day,
            point: span.is_exact() && span.end.is_none(),
            look: span.look,
            ..Placement::new(left, width, track_px, card_px)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_covers_whole_years_of_the_data() {
        let axis = Axis::covering([
            DateSpan::of("1945-08-15", None),
            DateSpan::of("1950-06-25", None),
        ])
        .unwrap();
        assert_eq!(axis, Axis::years(1945, 1950));
        assert_eq!(axis.fraction(day_number(1945, 1, 1)), 0.0);
        assert_eq!(axis.fraction(day_number(1951, 1, 1)), 1.0);
        let winter = Axis::covering([DateSpan::of("1949-winter", None)]).unwrap();
        assert_eq!(winter, Axis::years(1949, 1950));
        assert!(Axis::covering([]).is_none());
        assert_eq!(
            Axis::covering([DateSpan::of("-44-03-15", None)]).unwrap(),
            Axis::years(-44, -44)
        );
    }

    #[test]
    fn cards_never_overlap_within_a_lane() {
        let spans: Vec<DateSpan> = [
            ("1949-03", Some("1950-01")),
            ("1949-spring", None),
            ("1949", None),
            ("1949-08-29", None),
            ("1949-10-01", None),
            ("1950-01-12", None),
            ("1950-01-30", None),
            ("1950-early", None),
        ]
        .iter()
        .map(|(s, e)| DateSpan::of(s, *e))
        .collect();
        let axis = Axis::years(1945, 1950);
        let (track, card) = (1000.0, 170.0);
        let layout = layout_lanes(&spans, axis, track, card);
        for (i, a) in layout.placements.iter().enumerate() {
            for b in &layout.placements[i + 1..] {
                if a.lane != b.lane {
                    continue;
                }
                let extent = |p: &Placement| {
                    let card_start = p.card_left * track;
                    let start = (p.left * track).min(card_start);
                    (start, ((p.left + p.width) * track).max(card_start + card))
                };
                let ((a0, a1), (b0, b1)) = (extent(a), extent(b));
                assert!(a1 <= b0 || b1 <= a0, "{a:?} overlaps {b:?}");
            }
        }
        assert_eq!(
            layout.lanes,
            1 + layout.placements.iter().map(|p| p.lane).max().unwrap()
        );
        for p in &layout.placements {
            assert!(p.card_left >= 0.0 && p.card_left * track + card <= track + 1e-9);
        }
    }

    #[test]
    fn cards_near_the_end_are_pulled_inside_the_track() {
        let spans = [
            DateSpan::of("1950-12-31", None),
            DateSpan::of("1950-12-01", None),
        ];
        let layout = layout_lanes(&spans, Axis::years(1945, 1950), 600.0, 150.0);
        for p in &layout.placements {
            assert!((p.card_left * 600.0 - 450.0).abs() < 1e-9, "{p:?}");
            assert!(p.left > p.card_left);
        }
        assert_eq!(layout.lanes, 2, "pulled-in cards still must not overlap");
    }

    #[test]
    fn far_apart_events_share_a_lane_and_precision_shows() {
        let spans = [
            DateSpan::of("1945-08-15", None),
            DateSpan::of("1950-06-25", None),
            DateSpan::of("1949-spring", None),
        ];
        let layout = layout_lanes(&spans, Axis::years(1945, 1950), 1000.0, 150.0);
        assert_eq!(layout.placements[0].lane, 0);
        assert_eq!(layout.placements[1].lane, 0);
        assert!(layout.placements[0].point && !layout.placements[0].fuzzy_start);
        let spring = &layout.placements[2];
        assert!(spring.fuzzy_start && spring.fuzzy_end && !spring.point);
        assert!((spring.width - 92.0 / 2191.0).abs() < 1e-9);
    }
}
