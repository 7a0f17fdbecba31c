//! What the strip's legend explains: only the marks this timeline actually draws, so an
//! imported timeline without an essay is never told its dates are "stated in the essay".

use crate::core::model::timeline::{BasisKind, Timeline};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Legend {
    /// The date bases some event carries, in `BasisKind`'s order.
    pub bases: Vec<BasisKind>,
    /// Whether some event is known only to the month, season or year (drawn with faded ends).
    pub uncertain_dates: bool,
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
        Legend {
            bases,
            uncertain_dates: timeline.events.iter().any(|e| !e.span().is_exact()),
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
                uncertain_dates: false
            }
        );
        let l =
            legend(r#"{"events": [{"start_date": {"year": 1950}, "text": {"headline": "War"}}]}"#);
        assert!(l.bases.is_empty() && l.uncertain_dates);
    }
}
