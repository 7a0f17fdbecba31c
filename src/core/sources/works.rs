//! A timeline's works read from the file and checked: CSL-JSON of the supported kinds, ids
//! each once, sane dates, and every entry's citings naming a work and a CSL locator term.

use std::collections::HashSet;

use crate::core::load::problem::Problem;
use crate::core::model::csl::{CslItem, LOCATOR_LABELS};
use crate::core::model::timeline::Timeline;
use crate::locale::cite;

/// Reads and checks `timeline`'s works: each is CSL-JSON of the fields above with a unique
/// id and sane dates, and every entry's `cites` names a work and a CSL locator term.
pub fn works(timeline: &Timeline) -> Result<Vec<CslItem>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut items = Vec::new();
    let mut ids = HashSet::new();
    for (i, raw) in timeline.works.iter().enumerate() {
        let at = |field: &str| format!("works[{i}]{field}");
        let item: CslItem = match serde_json::from_str(raw.0.get()) {
            Ok(item) => item,
            Err(e) => {
                problems.push(Problem::error(at(""), cite::work_unsupported(e)));
                continue;
            }
        };
        if item.id.trim().is_empty() || !ids.insert(item.id.clone()) {
            problems.push(Problem::error(at(".id"), cite::work_needs_id()));
        }
        for (field, date) in [("issued", &item.issued), ("event-date", &item.event_date)] {
            if date.as_ref().is_some_and(|d| !d.is_valid()) {
                problems.push(Problem::error(at(&format!(".{field}")), cite::work_date()));
            }
        }
        items.push(item);
    }
    for (e, entry) in timeline.bibliography.iter().enumerate() {
        for (c, citing) in entry.cites.iter().enumerate() {
            let at = |field: &str| format!("bibliography[{e}].cites[{c}].{field}");
            if !items.iter().any(|w| w.id == citing.work) {
                problems.push(Problem::error(at("work"), cite::no_such_work(&citing.work)));
            }
            if let Some(label) = citing.label.as_deref() {
                if !LOCATOR_LABELS.contains(&label) {
                    problems.push(Problem::error(at("label"), cite::not_locator(label)));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(items)
    } else {
        Err(problems)
    }
}

/// The shipped timeline and its works, read and checked: what the sources tests start from.
#[cfg(test)]
pub(crate) fn korea_with_works() -> (Timeline, Vec<CslItem>) {
    let t = crate::core::test_support::korea();
    let w = works(&t).expect("the works check");
    (t, w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_support::korea;

    #[test]
    fn the_korea_works_are_csl_json_each_once() {
        let t = korea();
        let items = works(&t).expect("the works check");
        let ids: HashSet<&str> = items.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids.len(), items.len());
        for entry in &t.bibliography {
            assert!(
                !entry.cites.is_empty(),
                "{} has a structured form",
                entry.id
            );
        }
    }

    #[test]
    fn a_citing_of_no_work_or_an_odd_label_is_refused() {
        let mut t = korea();
        t.bibliography[0].cites[0].work = "nowhere".to_string();
        t.bibliography[1].cites[0].label = Some("pg".to_string());
        let problems = works(&t).expect_err("refused");
        assert!(problems
            .iter()
            .any(|p| p.path == "bibliography[0].cites[0].work"));
        assert!(problems
            .iter()
            .any(|p| p.path == "bibliography[1].cites[0].label"));
    }

    #[test]
    fn bad_dates_and_unknown_fields_are_refused() {
        let mut t = korea();
        t.works[0] = crate::core::model::timeline::CslWork(
            serde_json::value::RawValue::from_string(
                r#"{"id": "x", "type": "book", "issued": {"date-parts": [[1995, 13]]}}"#
                    .to_string(),
            )
            .unwrap(),
        );
        t.works[1] = crate::core::model::timeline::CslWork(
            serde_json::value::RawValue::from_string(
                r#"{"id": "y", "type": "book", "DOI": "10.1/invented"}"#.to_string(),
            )
            .unwrap(),
        );
        let problems = works(&t).expect_err("refused");
        assert!(problems.iter().any(|p| p.path == "works[0].issued"));
        assert!(problems.iter().any(|p| p.path == "works[1]"));
    }
}
