//! Dense stretches of the axis, zoomed out: events whose cards would crowd each other are drawn
//! as one marker with a count, which comes apart as the reader zooms in.

use std::ops::Range;

use crate::core::model::event_date::DateSpan;
use crate::core::model::local_date_words::{span, year_range};
use crate::core::strip::layout::{card_start_px, Axis};

/// A run of consecutive events (in date order) drawn as one marker. A cluster of one is just
/// that event.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Its events are `first..first + count`.
    pub first: usize,
    pub count: usize,
    /// Where its first event starts, as a fraction of the track.
    pub start: f64,
    /// Where its last event starts.
    pub last_start: f64,
    /// Where its latest-ending event ends.
    pub end: f64,
}

impl Cluster {
    pub fn events(&self) -> Range<usize> {
        self.first..self.first + self.count
    }
}

/// Groups chronological spans on a track `track_px` wide, with cards `card_px` wide, so that
/// every cluster's events have their cards start less than `min_px` after its first one's
/// (`card_start_px`: cards near the end are pulled left, so those land in one cluster). Each
/// event lands in exactly one cluster, and cluster cards start at least `min_px` apart, so
/// there are never more than `track_px / min_px + 1` clusters however many events there are.
/// One pass, O(n).
pub fn cluster_events(
    spans: &[DateSpan],
    axis: Axis,
    track_px: f64,
    card_px: f64,
    min_px: f64,
) -> Vec<Cluster> {
    let card_at = |fraction: f64| card_start_px(fraction, track_px, card_px);
    let mut clusters: Vec<Cluster> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let start = axis.fraction(span.first_day());
        let end = axis.fraction(span.end_day());
        match clusters.last_mut() {
            Some(c) if card_at(start) - card_at(c.start) < min_px => {
                c.count += 1;
                c.last_start = start;
                c.end = c.end.max(end);
            }
            _ => clusters.push(Cluster {
                first: i,
                count: 1,
                start,
                last_start: start,
                end,
            }),
        }
    }
    clusters
}

/// When a cluster's events start, short enough for its marker: "1917–1920" across years,
/// "March – June 1949" or "12–30 January 1950" within one, one date if they start together.
pub fn cluster_dates(spans: &[DateSpan], events: Range<usize>) -> String {
    let (first, last) = (spans[events.start].start, spans[events.end - 1].start);
    if first.year() != last.year() {
        return year_range(first.year(), last.year());
    }
    span(DateSpan::plain(first, Some(last)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(dates: &[&str]) -> Vec<DateSpan> {
        dates.iter().map(|d| DateSpan::of(d, None)).collect()
    }

    #[test]
    fn crowded_events_share_a_marker_and_far_ones_do_not() {
        let spans = points(&["1950-01-01", "1950-01-02", "1950-01-20", "1955-06-01"]);
        let axis = Axis::years(1950, 1959);
        // Ten years on 365 px: a pixel is ten days.
        let clusters = cluster_events(&spans, axis, 365.0, 10.0, 1.0);
        let counts: Vec<usize> = clusters.iter().map(|c| c.count).collect();
        assert_eq!(counts, [2, 1, 1]);
        assert_eq!(clusters[1].events(), 2..3);
        assert!(clusters[0].end > clusters[0].last_start);
        assert!(cluster_events(&[], axis, 365.0, 10.0, 2.0).is_empty());
        assert_eq!(cluster_dates(&spans, 0..3), "1–20 January 1950");
        assert_eq!(cluster_dates(&spans, 1..4), "1950–1955");
        assert_eq!(cluster_dates(&spans, 3..4), "1 June 1955");
    }
}
