//! A footnote marker as the panel and the essay list it: its bibliography entry (or that the
//! original page has none) and the note on how the two were paired.

use crate::core::model::timeline::{Certainty, Mapping, Timeline};
use crate::locale::panel;

/// What a reader sees for one footnote marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    pub marker: u32,
    /// The entry's id, and its words as the page lists them; `None` when the page has none.
    pub entry_id: Option<String>,
    pub entry: Option<String>,
    /// The note's label: how the mapping is known, or "Note" for a missing entry.
    pub note_label: Option<&'static str>,
    pub note: Option<String>,
}

/// Marker `marker` of `timeline`, with its entry and note.
pub fn citation(timeline: &Timeline, marker: u32) -> Citation {
    let footnote = timeline.footnote(marker);
    let listed = footnote
        .and_then(|f| f.entry.as_deref())
        .and_then(|id| timeline.entry(id));
    let entry = listed.map(|e| e.text.clone());
    let certainty = footnote.and_then(|f| f.certainty);
    let note_label = match (entry.is_some(), footnote.and_then(|f| f.mapping)) {
        (true, Some(Mapping::Reconstructed)) => {
            Some(certainty.map_or(panel::reconstructed(), Certainty::label))
        }
        (true, Some(Mapping::Original)) => None,
        _ => Some(panel::note()),
    };
    Citation {
        marker,
        entry_id: listed.map(|e| e.id.clone()),
        entry,
        note_label,
        note: footnote.and_then(|f| f.note.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_support::korea;

    #[test]
    fn a_missing_entry_says_so_and_its_note_is_a_plain_note() {
        let c = citation(&korea(), 1);
        assert_eq!(c.entry, None);
        assert_eq!(c.note_label, Some("Note: "));
    }

    #[test]
    fn a_reconstructed_mapping_says_how_sure_it_is() {
        let mut t = korea();
        let c = citation(&t, 8);
        assert!(c.entry.as_deref().is_some_and(|e| e.contains("Acheson")));
        assert_eq!(c.note_label, Some("Reconstructed mapping, firm: "));
        assert!(c.note.is_some());
        assert_eq!(
            citation(&t, 4).note_label,
            Some("Reconstructed mapping, most likely: ")
        );
        t.footnotes[7].certainty = None;
        assert_eq!(citation(&t, 8).note_label, Some("Reconstructed mapping: "));
    }

    #[test]
    fn an_original_mapping_needs_no_label() {
        let mut t = korea();
        t.footnotes[7].mapping = Some(Mapping::Original);
        let marker = t.footnotes[7].marker;
        assert_eq!(citation(&t, marker).note_label, None);
    }
}
