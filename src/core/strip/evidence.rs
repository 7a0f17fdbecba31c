//! The "When the evidence surfaced" lane: the dates the sources carry, placed on an axis that
//! reaches them (past the essay's years), each with what states it and the events that rest
//! on it, in date order.

use crate::core::model::local_date_words::span as span_words;
use crate::core::model::timeline::{Evidence, Timeline};
use crate::core::strip::layout::{pack_lanes, Axis};
use crate::locale::strip;

/// One date in the lane, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceMark {
    pub id: String,
    pub label: String,
    pub date_label: String,
    /// Where it starts, as a fraction of the axis.
    pub left: f64,
    /// What states the date: the entries' footnote markers, or the essay's words.
    pub stated_by: String,
    /// The editors' note, where they linked the events.
    pub note: Option<String>,
    /// The events that rest on it, as indices into the timeline's events.
    pub events: Vec<usize>,
}

/// The axis with the lane on: the timeline's own, widened to hold every evidence date.
pub fn evidence_axis(timeline: &Timeline) -> Axis {
    let own = Axis::for_timeline(timeline);
    match Axis::covering(timeline.evidence.iter().map(Evidence::span)) {
        Some(evidence) => Axis {
            first_day: own.first_day.min(evidence.first_day),
            end_day: own.end_day.max(evidence.end_day),
        },
        None => own,
    }
}

/// The lane's marks on `axis`, in date order.
pub fn evidence_marks(timeline: &Timeline, axis: Axis) -> Vec<EvidenceMark> {
    let mut items: Vec<&Evidence> = timeline.evidence.iter().collect();
    items.sort_by_key(|e| e.span().first_day());
    items
        .into_iter()
        .map(|item| EvidenceMark {
            id: item.id.clone(),
            label: item.label.clone(),
            date_label: span_words(item.span()),
            left: axis.fraction(item.span().first_day()),
            stated_by: stated_by(timeline, item),
            note: item.note.clone(),
            events: item
                .events
                .iter()
                .filter_map(|id| timeline.events.iter().position(|e| &e.id == id))
                .collect(),
        })
        .collect()
}

fn stated_by(timeline: &Timeline, item: &Evidence) -> String {
    if let Some(words) = &item.essay_words {
        return strip::stated_in_essay(words);
    }
    let markers: Vec<String> = timeline
        .footnotes
        .iter()
        .filter(|f| f.entry.as_ref().is_some_and(|e| item.entries.contains(e)))
        .map(|f| format!("[{}]", f.marker))
        .collect();
    strip::stated_in_entry(markers.join(", "))
}

/// A mark's label and, opened, its details take this much room to the right of where it starts.
pub const MARK_REACH_PX: f64 = 300.0;

/// Where a mark's label starts on a track `track_px` wide: at its date, or as far left as it
/// takes for the label and its opened details to end on the track (the date itself is marked
/// by a tick at `left * track_px`).
pub fn label_start_px(mark: &EvidenceMark, track_px: f64) -> f64 {
    (mark.left * track_px)
        .min(track_px - MARK_REACH_PX)
        .max(0.0)
}

/// The row of each mark so that labels `label_px` wide never cover each other on a track
/// `track_px` wide, and how many rows there are.
pub fn mark_rows(marks: &[EvidenceMark], track_px: f64, label_px: f64) -> (Vec<usize>, usize) {
    let extents: Vec<(f64, f64)> = marks
        .iter()
        .map(|m| {
            let start = label_start_px(m, track_px);
            (start, start + label_px)
        })
        .collect();
    pack_lanes(&extents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::event_date::civil_date;
    use crate::core::test_support::korea;

    #[test]
    fn the_axis_reaches_the_last_source_only_with_the_lane() {
        let timeline = korea();
        let own = Axis::for_timeline(&timeline);
        let widened = evidence_axis(&timeline);
        assert_eq!(civil_date(own.end_day - 1).0, 1950);
        assert_eq!(civil_date(widened.end_day - 1).0, 1996);
        assert_eq!(widened.first_day, own.first_day);
    }

    #[test]
    fn marks_come_in_date_order_with_what_states_them_and_their_events() {
        let timeline = korea();
        let marks = evidence_marks(&timeline, evidence_axis(&timeline));
        let ids: Vec<&str> = marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "archive-document",
                "archives-released",
                "uncertain-partners",
                "georgetown-conference",
                "lashmar-article"
            ]
        );
        assert!(marks.windows(2).all(|w| w[0].left <= w[1].left));
        let book = &marks[2];
        assert_eq!(
            book.stated_by,
            "Stated in the bibliography entry of footnote [5], [10]."
        );
        let names: Vec<&str> = book
            .events
            .iter()
            .map(|&i| timeline.events[i].id.as_str())
            .collect();
        assert_eq!(names, ["strike-them", "invasion"]);
        assert!(marks[1]
            .stated_by
            .starts_with("Stated in the essay: “documents from Soviet archives"));
        assert!(marks[1].note.is_some());
        assert_eq!(marks[3].date_label, "24–25 July 1995");
    }

    #[test]
    fn close_dates_get_rows_of_their_own() {
        let timeline = korea();
        let marks = evidence_marks(&timeline, evidence_axis(&timeline));
        let (rows, count) = mark_rows(&marks, 1200.0, 180.0);
        // The book (1995) and the conference (July 1995) are a few pixels apart.
        assert_ne!(rows[2], rows[3]);
        assert!(count >= 2);
        let (rows, count) = mark_rows(&marks, 200_000.0, 180.0);
        assert_eq!((rows, count), (vec![0; 5], 1));
    }

    #[test]
    fn marks_near_the_end_start_early_enough_to_fit_on_the_track() {
        let timeline = korea();
        let marks = evidence_marks(&timeline, evidence_axis(&timeline));
        let track = 1200.0;
        let last = marks.last().expect("marks");
        assert!(last.left * track > track - MARK_REACH_PX);
        assert_eq!(label_start_px(last, track), track - MARK_REACH_PX);
        assert_eq!(label_start_px(&marks[0], track), marks[0].left * track);
        // A track narrower than a label starts every label at its left end.
        assert_eq!(label_start_px(last, 100.0), 0.0);
    }
}
