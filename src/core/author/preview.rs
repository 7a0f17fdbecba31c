//! What the editor's live preview shows while a draft is still being made: the reader's own
//! timeline, built from every event that has a date. The reader's components expect a
//! checked timeline, so what the checks would refuse is left out of the preview rather than
//! shown wrong: a quote whose words are gone, an end before the start. The checks list says
//! what is missing; the preview shows what there is.

use crate::core::author::draft::Draft;
use crate::core::author::export::event_model;
use crate::core::load::sort_in_reading_order;
use crate::core::model::timeline::Timeline;
use crate::core::text::verbatim::occurs_in;
use crate::locale::{editor_checks, editor_files};

/// The preview's timeline, and how many events it leaves out for want of a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub timeline: Timeline,
    pub undated: usize,
}

impl Draft {
    pub fn preview(&self) -> Preview {
        let mut events = Vec::new();
        for (index, draft_event) in self.events.iter().enumerate() {
            let Some(date) = draft_event.date.clone() else {
                continue;
            };
            let mut event = event_model(draft_event, date);
            if event.headline.trim().is_empty() {
                event.headline = editor_checks::event_no_headline(index + 1);
            }
            event.end = event.end.filter(|end| event.date.may_end_at(end));
            event.passages.retain(|p| {
                self.paragraphs
                    .iter()
                    .any(|para| para.id == p.paragraph && occurs_in(&para.text, &p.quote))
            });
            events.push(event);
        }
        sort_in_reading_order(&mut events);
        let undated = self.events.len() - events.len();
        let mut timeline = self.timeline_of(events);
        if timeline.title.trim().is_empty() {
            timeline.title = editor_files::untitled_timeline().to_string();
        }
        Preview { timeline, undated }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::author::draft::{DraftEvent, DraftPassage, PassageState};
    use crate::core::model::dating::Dating;
    use crate::core::model::timeline::{BasisKind, Paragraph};

    fn date(text: &str) -> Option<Dating> {
        Some(Dating::parse(text).unwrap())
    }

    fn draft() -> Draft {
        let mut draft = Draft {
            paragraphs: vec![Paragraph {
                id: "p1".into(),
                text: "Kim asked Stalin.[1] Stalin said no.[2]".into(),
            }],
            ..Draft::default()
        };
        let passage = |quote: &str| DraftPassage {
            paragraph: "p1".into(),
            quote: quote.into(),
            state: PassageState::Found,
        };
        for (headline, when, quote) in [
            ("Stalin says no", date("1949"), "Stalin said no"),
            ("", date("1948-03"), "Kim asked"),
            ("Undated", None, "Kim asked Stalin"),
        ] {
            draft.push_event(DraftEvent {
                headline: headline.into(),
                date: when,
                passages: vec![passage(quote), passage("words since edited away")],
                footnotes: vec![1],
                ..DraftEvent::default()
            });
        }
        draft
    }

    #[test]
    fn shows_the_dated_events_in_reading_order_and_counts_the_rest() {
        let preview = draft().preview();
        let headlines: Vec<&str> = preview
            .timeline
            .events
            .iter()
            .map(|e| e.headline.as_str())
            .collect();
        assert_eq!(
            headlines,
            vec!["Event 2 (no headline yet)", "Stalin says no"]
        );
        assert_eq!(preview.undated, 1);
        assert_eq!(preview.timeline.title, "Untitled timeline");
        assert_eq!(
            preview.timeline.events[0].id, "event-2",
            "ids are the draft's"
        );
    }

    #[test]
    fn leaves_out_what_the_reader_could_not_show_right() {
        let mut draft = draft();
        let event = &mut draft.events[0];
        event.end = date("1948");
        event.basis.kind = Some(BasisKind::Essay);
        let preview = draft.preview();
        let shown = preview.timeline.event_index("event-1").unwrap();
        let event = &preview.timeline.events[shown];
        assert_eq!(event.end, None, "an end before the start");
        assert_eq!(event.basis.as_ref().map(|b| b.kind), Some(BasisKind::Essay));
        assert_eq!(event.passages.len(), 1, "a quote whose words are gone");
        assert_eq!(event.passages[0].quote, "Stalin said no");
    }
}
