//! Where things go on the time axis: ticks, each event's horizontal extent, and the lane that
//! keeps its card from covering any other.

use std::cmp::{Ordering, Reverse};
use std::collections::binary_heap::{BinaryHeap, PeekMut};

use super::event_date::{day_number, month_name, year_label, DateSpan, Precision};
use super::timeline::Timeline;

/// The stretch of time the axis shows, in day numbers (end exclusive).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub first_day: i64,
    pub end_day: i64,
}

/// A labelled mark on the axis at `fraction` (0 = left edge, 1 = right edge).
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub fraction: f64,
    pub label: String,
    /// Year ticks are major; month ticks are minor.
    pub major: bool,
}

const DAYS_PER_MONTH: f64 = 30.436_875;
/// Room a year label needs on the axis: per character, and between one label and the next.
/// "1945" needs 44 px; "3001 BCE" needs 76.
const LABEL_CHAR_PX: f64 = 8.0;
const LABEL_GAP_PX: f64 = 12.0;

impl Axis {
    /// Whole years `from` to `to`, both shown in full.
    pub fn years(from: i32, to: i32) -> Axis {
        Axis {
            first_day: day_number(from, 1, 1),
            end_day: day_number(to.max(from) + 1, 1, 1),
        }
    }

    /// The whole years that hold every span.
    pub fn covering(spans: impl IntoIterator<Item = DateSpan>) -> Option<Axis> {
        let (mut from, mut to) = (i32::MAX, i32::MIN);
        for span in spans {
            from = from.min(span.start.year());
            to = to.max(span.end.unwrap_or(span.start).year());
            // A winter season runs into the next year.
            to = to.max(year_of_day(span.end_day() - 1));
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

    /// Year ticks, thinned to every 2, 5, 10, 20, 50… years when years are too narrow to label
    /// (a timeline may span millennia); months (every one, or every quarter) once there is
    /// room to read them.
    pub fn ticks(self, track_px: f64) -> Vec<Tick> {
        let px_per_month = track_px / self.days() as f64 * DAYS_PER_MONTH;
        let step = if px_per_month >= 34.0 {
            1
        } else if px_per_month >= 14.0 {
            3
        } else {
            12
        };
        let (from, to) = (year_of_day(self.first_day), year_of_day(self.end_day - 1));
        // The labels at the ends are the longest: the years furthest from year 0.
        let label_chars = [from, to]
            .map(|y| year_label(y).chars().count())
            .into_iter()
            .max()
            .unwrap_or(4);
        let label_px = label_chars as f64 * LABEL_CHAR_PX + LABEL_GAP_PX;
        let years = year_step(px_per_month * 12.0, label_px);
        let mut ticks = Vec::new();
        let mut year = from.div_euclid(years) * years;
        while year <= to {
            for month in (1..=12u8).step_by(step) {
                let day = day_number(year, month, 1);
                if day < self.first_day || day >= self.end_day {
                    continue;
                }
                let major = month == 1;
                let label = if major {
                    year_label(year)
                } else {
                    month_name(month)[..3].to_string()
                };
                ticks.push(Tick {
                    fraction: self.fraction(day),
                    label,
                    major,
                });
            }
            year += years;
        }
        ticks
    }
}

/// The smallest round number of years (1, 2, 5, 10, 20, 50…) that leaves `label_px` between
/// ticks; at most a billion, which thins even the widest possible axis to a few ticks.
fn year_step(px_per_year: f64, label_px: f64) -> i32 {
    let mut magnitude = 1;
    while magnitude < 1_000_000_000 {
        for step in [magnitude, magnitude * 2, magnitude * 5] {
            if px_per_year * f64::from(step) >= label_px {
                return step;
            }
        }
        magnitude *= 10;
    }
    magnitude
}

/// The calendar year a day number falls in.
fn year_of_day(day: i64) -> i32 {
    let mut year = (1970.0 + day as f64 / 365.2425).floor() as i32;
    while day_number(year, 1, 1) > day {
        year -= 1;
    }
    while day_number(year + 1, 1, 1) <= day {
        year += 1;
    }
    year
}

/// An event on the axis: its drawn extent as fractions of the track, its lane, and whether
/// each end is uncertain (drawn fuzzy, not as a false sharp edge).
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
///
/// Events are swept in order of where their extent starts, so a lane freed once stays free
/// for every later event: that makes "lowest free lane" the same as first fit, uses no more
/// lanes than the most crowded moment needs, and costs O(n log n) rather than O(n · lanes).
pub fn layout_lanes(spans: &[DateSpan], axis: Axis, track_px: f64, card_px: f64) -> Layout {
    let mut placements: Vec<Placement> = spans
        .iter()
        .map(|&span| place(span, axis, track_px, card_px))
        .collect();
    let extents: Vec<(f64, f64)> = placements
        .iter()
        .map(|p| p.extent_px(track_px, card_px))
        .collect();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    // Stable, and linear on already-sorted input: ties keep reading order.
    order.sort_by(|&a, &b| extents[a].0.total_cmp(&extents[b].0));

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
        placements[i].lane = lane;
    }
    Layout { placements, lanes }
}

/// One event's bar, card and fuzziness; its lane is decided by `layout_lanes`.
fn place(span: DateSpan, axis: Axis, track_px: f64, card_px: f64) -> Placement {
    let left = axis.fraction(span.first_day());
    let width = (axis.fraction(span.end_day()) - left).max(0.0);
    let card_px_left = (left * track_px).min(track_px - card_px).max(0.0);
    Placement {
        left,
        width,
        card_left: card_px_left / track_px,
        lane: 0,
        fuzzy_start: span.start.precision() != Precision::Day,
        fuzzy_end: span.end.unwrap_or(span.start).precision() != Precision::Day,
        point: span.is_exact() && span.end.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::event_date::EventDate;

    fn span(start: &str, end: Option<&str>) -> DateSpan {
        DateSpan {
            start: EventDate::parse(start).unwrap(),
            end: end.map(|e| EventDate::parse(e).unwrap()),
        }
    }

    #[test]
    fn axis_covers_whole_years_of_the_data() {
        let axis = Axis::covering([span("1945-08-15", None), span("1950-06-25", None)]).unwrap();
        assert_eq!(axis, Axis::years(1945, 1950));
        assert_eq!(axis.fraction(day_number(1945, 1, 1)), 0.0);
        assert_eq!(axis.fraction(day_number(1951, 1, 1)), 1.0);
        let winter = Axis::covering([span("1949-winter", None)]).unwrap();
        assert_eq!(winter, Axis::years(1949, 1950));
        assert!(Axis::covering([]).is_none());
        assert_eq!(
            Axis::covering([span("-44-03-15", None)]).unwrap(),
            Axis::years(-44, -44)
        );
    }

    #[test]
    fn ticks_add_months_only_when_there_is_room() {
        let axis = Axis::years(1945, 1950);
        let narrow = axis.ticks(300.0);
        assert_eq!(narrow.len(), 6);
        assert!(narrow.iter().all(|t| t.major));
        assert_eq!(narrow[0].label, "1945");
        let medium = axis.ticks(1200.0);
        assert_eq!(medium.len(), 24);
        assert_eq!(medium[1].label, "Apr");
        let wide = axis.ticks(3000.0);
        assert_eq!(wide.len(), 72);
        assert!(wide.windows(2).all(|w| w[0].fraction < w[1].fraction));
    }

    #[test]
    fn long_spans_get_round_thinned_years_and_bce_labels() {
        let axis = Axis::years(-3000, 1999);
        let ticks = axis.ticks(1000.0);
        assert_eq!(ticks.len(), 10);
        assert!(ticks.iter().all(|t| t.major));
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels[..3], ["3001 BCE", "2501 BCE", "2001 BCE"]);
        assert!(labels.contains(&"1 BCE") && labels.contains(&"1500"));
        assert!(ticks.windows(2).all(|w| w[0].fraction < w[1].fraction));

        let widest = Axis::years(-999_999_999, 999_999_999).ticks(1200.0);
        let labels: Vec<&str> = widest.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["500000001 BCE", "1 BCE", "500000000"]);
        assert_eq!(year_step(44.0, 44.0), 1);
        assert_eq!(year_step(10.0, 44.0), 5);
        assert_eq!(year_step(0.05, 44.0), 1000);
        assert_eq!(year_step(0.0, 44.0), 1_000_000_000);
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
        .map(|(s, e)| span(s, *e))
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
        let spans = [span("1950-12-31", None), span("1950-12-01", None)];
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
            span("1945-08-15", None),
            span("1950-06-25", None),
            span("1949-spring", None),
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
