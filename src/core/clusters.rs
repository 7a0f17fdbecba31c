//! Dense stretches of the axis, zoomed out: events whose cards would crowd each other are drawn
//! as one marker with a count, which comes apart as the reader zooms in.

use std::ops::Range;

use super::event_date::DateSpan;
use super::layout::Axis;

/// A run of consecutive events (in date order) drawn as one marker. A cluster of one is just
/// that event.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Its events are `first..first + count`.
    pub first: usize,
    pub count: usize,
    /// Where its first event starts, as a fraction of the track.
    pub start: f64,
    /// Where its last event starts: the spread that zooming in must widen to split it.
    pub last_start: f64,
    /// Where its latest-ending event ends.
    pub end: f64,
}

impl Cluster {
    pub fn events(&self) -> Range<usize> {
        self.first..self.first + self.count
    }

    /// How many times wider the track must be for this cluster to come apart (its first and
    /// last events never again share a cluster), for "expand on activation". `None` when all
    /// its events start at the same point, so no zoom separates them and they must be listed.
    pub fn expansion_zoom(&self, track_px: f64, min_px: f64) -> Option<f64> {
        let spread_px = (self.last_start - self.start) * track_px;
        // A hair above the exact ratio, so rounding cannot leave the cluster whole at it.
        (spread_px > 0.0).then(|| min_px / spread_px * (1.0 + 4.0 * f64::EPSILON))
    }
}

/// Groups chronological spans on a track `track_px` wide so that every cluster's events start
/// less than `min_px` after its first event starts. Each event lands in exactly one cluster,
/// and clusters start at least `min_px` apart, so there are never more than
/// `track_px / min_px + 1` of them however many events there are. One pass, O(n).
pub fn cluster_events(spans: &[DateSpan], axis: Axis, track_px: f64, min_px: f64) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let start = axis.fraction(span.first_day());
        let end = axis.fraction(span.end_day());
        match clusters.last_mut() {
            Some(c) if (start - c.start) * track_px < min_px => {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::event_date::EventDate;

    fn points(dates: &[&str]) -> Vec<DateSpan> {
        dates
            .iter()
            .map(|d| DateSpan {
                start: EventDate::parse(d).unwrap(),
                end: None,
            })
            .collect()
    }

    #[test]
    fn crowded_events_share_a_marker_and_far_ones_do_not() {
        let spans = points(&["1950-01-01", "1950-01-02", "1950-01-20", "1955-06-01"]);
        let axis = Axis::years(1950, 1959);
        // Ten years on 365 px: a pixel is ten days.
        let clusters = cluster_events(&spans, axis, 365.0, 1.0);
        let counts: Vec<usize> = clusters.iter().map(|c| c.count).collect();
        assert_eq!(counts, [2, 1, 1]);
        assert_eq!(clusters[1].events(), 2..3);
        assert!(clusters[0].end > clusters[0].last_start);
        assert!(cluster_events(&[], axis, 365.0, 2.0).is_empty());
    }

    #[test]
    fn the_expansion_zoom_splits_the_cluster() {
        let spans = points(&["1950-03-01", "1950-03-05", "1950-03-09"]);
        let axis = Axis::years(1950, 1959);
        let cluster = &cluster_events(&spans, axis, 365.0, 20.0)[0];
        assert_eq!(cluster.count, 3);
        let zoom = cluster.expansion_zoom(365.0, 20.0).unwrap();
        assert!(cluster_events(&spans, axis, 365.0 * zoom, 20.0).len() > 1);
        assert_eq!(
            cluster_events(&spans, axis, 365.0 * zoom * 0.99, 20.0).len(),
            1
        );
        let same_day = points(&["1951-07-27", "1951-07-27"]);
        let together = &cluster_events(&same_day, axis, 365.0, 20.0)[0];
        assert_eq!(together.count, 2);
        assert_eq!(together.expansion_zoom(365.0, 20.0), None);
    }
}
