//! What the strip's legend explains: only the marks this timeline actually draws, so an
//! imported timeline without an essay is never told its dates are "stated in the essay",
//! nor a timeline without hedged dates what their marks mean.

use crate::core::model::timeline::{BasisKind, Timeline};
use crate::core::strip::bar_marks::Mark;
use crate::locale::strip;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Legend {
    /// The date bases some event carries, in `BasisKind`'s order.
    pub bases: Vec<BasisKind>,
    /// Whether some event is known only to the month, season or year (drawn with faded ends).
    pub uncertain_dates: bool,
    /// The kinds of hedged date some event has, in `Mark`'s order.
    pub marks: Vec<Mark>,
}

/// What a mark on a bar means, in words that stand without the sample drawn beside them.
pub fn mark_label(mark: Mark) -> &'static str {
    match mark {
        Mark::Approximate => strip::mark_approximate(),
        Mark::Uncertain => strip::mark_uncertain(),
        Mark::Before => strip::mark_before(),
        Mark::After => strip::mark_after(),
        Mark::OneOf => strip::mark_one_of(),
        Mark::Between => strip::mark_between(),
        Mark::Ongoing => strip::mark_ongoing(),
        Mark::EndUnknown => strip::mark_end_unknown(),
    }
}

impl Legend {
    pub fn of(timeline: &Timeline) -> Legend {
        let mut bases: Vec<BasisKind> = timeline
            .events
            .iter()
            .filter_map(|e| e.basis.as_ref().map(|b| b.kind))
            .collect();
        bases.sort_unstable();
        bases.dedup();
        let mut marks: Vec<Mark> = timeline
            .events
            .iter()
            .flat_map(|e| Mark::of(e.span().look))
            .collect();
        marks.sort_unstable();
        marks.dedup();
        Legend {
            bases,
            uncertain_dates: timeline.events.iter().any(|e| !e.span().is_exact()),
            marks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::detect::load_any;

    fn legend(json: &str) -> Legend {
        Legend::of(&load_any(json).expect("loads").timeline)
    }

    #[test]
    fn the_korea_timeline_explains_every_basis_and_its_uncertain_dates() {
        let l = legend(include_str!(
            "../../../public/timelines/korea-1945-1950.json"
        ));
        assert_eq!(
            l.bases,
            [
                BasisKind::Essay,
                BasisKind::Inferred,
                BasisKind::CitedDocument,
                BasisKind::Editorial
            ]
        );
        assert!(l.uncertain_dates);
        assert!(l.marks.is_empty(), "no date in it is hedged: {:?}", l.marks);
    }

    #[test]
    fn each_hedged_kind_is_explained_once_when_some_event_has_it() {
        let l = legend(include_str!("../../../tests/fixtures/hedged-dates.json"));
        assert_eq!(
            l.marks,
            [
                Mark::Approximate,
                Mark::Uncertain,
                Mark::Before,
                Mark::After,
                Mark::OneOf,
                Mark::Between,
                Mark::Ongoing,
                Mark::EndUnknown,
            ]
        );
    }

    #[test]
    fn an_import_without_bases_or_vague_dates_explains_neither() {
        let l = legend(
            r#"{"events": [{"start_date": {"year": 1950, "month": 6, "day": 25},
                           "text": {"headline": "War"}}]}"#,
        );
        assert_eq!(
            l,
            Legend {
                bases: vec![],
                uncertain_dates: false,
                marks: vec![],
            }
        );
        let l =
            legend(r#"{"events": [{"start_date": {"year": 1950}, "text": {"headline": "War"}}]}"#);
        assert!(l.bases.is_empty() && l.uncertain_dates);
    }
}
