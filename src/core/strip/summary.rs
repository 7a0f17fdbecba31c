//! The line beside the strip's heading: how many events, from which year to which.

use crate::core::model::local_date_words::{year_range, year_words};
use crate::core::model::timeline::Timeline;
use crate::locale::strip;

/// "11 events, 1945–1950" ("1 event, 1949" for one year); empty for a timeline without
/// events. Events are in date order.
pub fn strip_summary(timeline: &Timeline) -> String {
    let (Some(first), Some(last)) = (timeline.events.first(), timeline.events.last()) else {
        return String::new();
    };
    let count = match timeline.events.len() {
        1 => strip::one_event().to_string(),
        n => strip::events(n),
    };
    let last = last.span();
    let (from, to) = (
        first.span().start.year(),
        last.end.unwrap_or(last.start).year(),
    );
    if from == to {
        format!("{count}, {}", year_words(from))
    } else {
        format!("{count}, {}", year_range(from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::load_timeline;

    #[test]
    fn one_event_in_one_year_is_said_in_the_singular() {
        let mut timeline = crate::core::test_support::korea();
        timeline.events.truncate(1);
        assert_eq!(strip_summary(&timeline), "1 event, 1945");
    }

    #[test]
    fn names_the_count_and_the_years_from_first_start_to_last_end() {
        let loaded = load_timeline(include_str!(
            "../../../public/timelines/korea-1945-1950.json"
        ))
        .expect("the shipped timeline loads");
        assert_eq!(strip_summary(&loaded.timeline), "11 events, 1945–1950");
        let mut empty = loaded.timeline;
        empty.events.clear();
        assert_eq!(strip_summary(&empty), "");
    }
}
