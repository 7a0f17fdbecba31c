//! Keeping each passage on its words while the essay is edited. After every change to the
//! paragraphs, each passage is looked for again: still in its paragraph, it stays; found in
//! another, it follows its words there and says it moved; found nowhere, it is flagged
//! missing and kept, quote and all, for the author to mend or remove. Nothing is dropped.

use crate::core::author::draft::{numbered_id, Draft, DraftPassage, PassageState};
use crate::core::model::timeline::Paragraph;
use crate::core::text::verbatim::occurs_in;

/// A passage an edit moved, flagged or restored, and its state now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassageChange {
    pub event_id: String,
    pub passage: usize,
    pub state: PassageState,
}

/// Where `passage`'s words are now, and its state there. Its own paragraph is searched first,
/// so a quote that occurs in several paragraphs never jumps away from where it was taken.
fn anchor(paragraphs: &[Paragraph], passage: &DraftPassage) -> (String, PassageState) {
    let holds = |p: &Paragraph| !passage.quote.is_empty() && occurs_in(&p.text, &passage.quote);
    if paragraphs
        .iter()
        .any(|p| p.id == passage.paragraph && holds(p))
    {
        let state = match &passage.state {
            PassageState::Missing => PassageState::Found,
            kept => kept.clone(),
        };
        return (passage.paragraph.clone(), state);
    }
    match paragraphs.iter().find(|p| holds(p)) {
        Some(p) => (
            p.id.clone(),
            PassageState::Moved {
                from: passage.paragraph.clone(),
            },
        ),
        None => (passage.paragraph.clone(), PassageState::Missing),
    }
}

impl Draft {
    /// Looks for every passage's words again; returns the passages whose place or state
    /// changed.
    pub fn reanchor(&mut self) -> Vec<PassageChange> {
        let paragraphs = &self.paragraphs;
        let mut changes = Vec::new();
        for event in &mut self.events {
            for (index, passage) in event.passages.iter_mut().enumerate() {
                let (paragraph, state) = anchor(paragraphs, passage);
                if paragraph != passage.paragraph || state != passage.state {
                    passage.paragraph = paragraph;
                    passage.state = state.clone();
                    changes.push(PassageChange {
                        event_id: event.id.clone(),
                        passage: index,
                        state,
                    });
                }
            }
        }
        changes
    }

    /// Replaces paragraph `index`'s text as typed; nothing happens past the last paragraph.
    pub fn edit_paragraph(&mut self, index: usize, text: &str) -> Vec<PassageChange> {
        match self.paragraphs.get_mut(index) {
            Some(paragraph) => paragraph.text = text.to_string(),
            None => return Vec::new(),
        }
        self.reanchor()
    }

    /// A new paragraph at `index` (or last), with an id of its own: `paragraphs[index].id`.
    /// The id is one no passage names, so a flagged passage of a removed paragraph is never
    /// taken for one of the new paragraph's.
    pub fn insert_paragraph(&mut self, index: usize, text: &str) -> Vec<PassageChange> {
        let id = numbered_id("p", self.paragraphs.len() + 1, |id| {
            self.paragraph_index(id).is_some()
                || self
                    .events
                    .iter()
                    .any(|e| e.passages.iter().any(|p| p.paragraph == id))
        });
        let at = index.min(self.paragraphs.len());
        self.paragraphs.insert(
            at,
            Paragraph {
                id,
                text: text.to_string(),
            },
        );
        self.reanchor()
    }

    pub fn remove_paragraph(&mut self, index: usize) -> Vec<PassageChange> {
        if index >= self.paragraphs.len() {
            return Vec::new();
        }
        self.paragraphs.remove(index);
        self.reanchor()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::author::draft::DraftEvent;

    const P1: &str = "After Korea was liberated from Japanese control, USSR supported Kim.[1]";
    const P2: &str = "Stalin said 'no' a number of times.[2] Kim kept asking.";

    fn draft() -> Draft {
        let mut draft = Draft::default();
        draft.insert_paragraph(0, P1);
        draft.insert_paragraph(1, P2);
        let passage = |paragraph: &str, quote: &str| DraftPassage {
            paragraph: paragraph.into(),
            quote: quote.into(),
            state: PassageState::Found,
        };
        draft.push_event(DraftEvent {
            headline: "Korea liberated".into(),
            passages: vec![passage("p1", "Korea was liberated from Japanese control")],
            footnotes: vec![1],
            ..DraftEvent::default()
        });
        draft.push_event(DraftEvent {
            headline: "Stalin says no".into(),
            passages: vec![
                passage("p2", "Stalin said 'no'"),
                passage("p2", "Kim kept asking"),
            ],
            footnotes: vec![2],
            ..DraftEvent::default()
        });
        draft
    }

    fn passage(draft: &Draft, event: usize, index: usize) -> &DraftPassage {
        &draft.events[event].passages[index]
    }

    #[test]
    fn an_edit_that_leaves_the_words_changes_no_passage() {
        let mut draft = draft();
        let changes =
            draft.edit_paragraph(1, "Indeed, Stalin said 'no' again.[2] Kim kept asking.");
        assert_eq!(changes, vec![]);
        assert_eq!(passage(&draft, 1, 0).state, PassageState::Found);
        assert_eq!(passage(&draft, 1, 0).paragraph, "p2");
    }

    #[test]
    fn an_edit_that_removes_a_quotes_words_flags_the_passage_and_keeps_the_event() {
        let mut draft = draft();
        let changes = draft.edit_paragraph(0, "After the war, USSR supported Kim.[1]");
        assert_eq!(
            changes,
            vec![PassageChange {
                event_id: "event-1".into(),
                passage: 0,
                state: PassageState::Missing
            }]
        );
        assert_eq!(draft.events.len(), 2, "the event stays");
        let flagged = passage(&draft, 0, 0);
        assert_eq!(flagged.state, PassageState::Missing);
        assert_eq!(flagged.quote, "Korea was liberated from Japanese control");
        assert_eq!(flagged.paragraph, "p1");
    }

    #[test]
    fn words_moved_to_another_paragraph_are_followed_and_the_move_is_shown() {
        let mut draft = draft();
        draft.edit_paragraph(1, "Stalin said 'no' a number of times.[2]");
        assert_eq!(passage(&draft, 1, 1).state, PassageState::Missing);
        let changes = draft.edit_paragraph(0, &format!("{P1} Kim kept asking."));
        assert_eq!(changes.len(), 1);
        let moved = passage(&draft, 1, 1);
        assert_eq!(moved.paragraph, "p1");
        assert_eq!(moved.state, PassageState::Moved { from: "p2".into() });
        assert_eq!(passage(&draft, 1, 0).state, PassageState::Found);
    }

    #[test]
    fn a_quote_in_two_paragraphs_stays_where_it_was_taken() {
        let mut draft = draft();
        draft.edit_paragraph(0, &format!("{P1} Kim kept asking."));
        assert_eq!(passage(&draft, 1, 1).paragraph, "p2");
        assert_eq!(passage(&draft, 1, 1).state, PassageState::Found);
    }

    #[test]
    fn words_typed_back_restore_a_missing_passage() {
        let mut draft = draft();
        draft.edit_paragraph(0, "After Korea was liberated from Japan");
        assert_eq!(passage(&draft, 0, 0).state, PassageState::Missing);
        let changes = draft.edit_paragraph(0, P1);
        assert_eq!(changes[0].state, PassageState::Found);
        assert_eq!(passage(&draft, 0, 0).state, PassageState::Found);
    }

    #[test]
    fn a_removed_paragraph_leaves_its_passages_flagged_until_the_words_return() {
        let mut draft = draft();
        draft.remove_paragraph(1);
        assert_eq!(draft.paragraphs.len(), 1);
        assert_eq!(passage(&draft, 1, 0).state, PassageState::Missing);
        assert_eq!(passage(&draft, 1, 1).state, PassageState::Missing);
        assert_eq!(draft.events[1].passages.len(), 2);
        draft.insert_paragraph(0, P2);
        assert_eq!(
            draft.paragraphs[0].id, "p3",
            "a new id, not the removed one's"
        );
        let back = passage(&draft, 1, 0);
        assert_eq!(back.paragraph, "p3");
        assert_eq!(back.state, PassageState::Moved { from: "p2".into() });
        assert!(draft.confirm_moved_passage("event-2", 0));
        draft.edit_paragraph(1, P1);
        assert_eq!(passage(&draft, 1, 0).state, PassageState::Found);
    }

    #[test]
    fn edits_past_the_last_paragraph_change_nothing() {
        let mut draft = draft();
        let before = draft.clone();
        assert_eq!(draft.edit_paragraph(5, "x"), vec![]);
        assert_eq!(draft.remove_paragraph(5), vec![]);
        assert_eq!(draft, before);
        draft.insert_paragraph(9, "Last.");
        assert_eq!(draft.paragraphs[2].text, "Last.");
    }
}
