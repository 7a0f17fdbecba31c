//! The line beside the strip's heading: how many events, from which year to which.

use crate::core::model::event_date::year_label;
use crate::core::model::timeline::Timeline;

/// "11 events, 1945–1950"; empty for a timeline without events. Events are in date order.
pub fn strip_summary(timeline: &Timeline) -> String {
    match (timeline.events.first(), timeline.events.last()) {
        (Some(first), Some(last)) => format!(
            "{} events, {}–{}",
            timeline.events.len(),
            year_label(first.date.year()),
            year_label(last.span().end.unwrap_or(last.date).year())
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::load_timeline;

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
