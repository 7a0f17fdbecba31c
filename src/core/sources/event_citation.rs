//! "Cite this event": the event as a web page of the timeline (its headline and date, the
//! timeline's title, its permalink, the day it was read) in the three styles, and its quotes
//! with their footnotes as Chicago notes, ready to paste into an essay. Only what the
//! timeline states goes in: it names no author or publisher, so none is added.

use serde_json::json;

use crate::core::model::csl::CslItem;
use crate::core::model::date_words::date_words;
use crate::core::model::timeline::{Event, Timeline};
use crate::core::sources::cite::{CiteStyle, Formatted, Formatter};

/// The event as a CSL web page; `accessed` is the reader's today, `[year, month, day]`.
pub fn event_web_page(
    timeline: &Timeline,
    event: &Event,
    permalink: &str,
    accessed: [i32; 3],
) -> CslItem {
    // The date as the timeline's own words, English on a page in any language: the citation
    // names an English page, as the styles' words around it do.
    let date = event
        .display_date
        .clone()
        .unwrap_or_else(|| date_words(&event.date, event.end.as_ref()));
    let item = json!({
        "id": format!("event-{}", event.id),
        "type": "webpage",
        "title": format!("{} ({date})", event.headline),
        "container-title": timeline.title,
        "URL": permalink,
        "accessed": { "date-parts": [accessed] },
    });
    serde_json::from_value(item).expect("the fields are CslItem's")
}

/// One footnote of the event as a Chicago note, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FootnoteNote {
    pub marker: u32,
    /// `None` when the essay's page has no entry for the marker.
    pub note: Option<Formatted>,
}

/// The event's quotes, word for word, and its footnotes as Chicago notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedEvent {
    pub quotes: Vec<String>,
    pub notes: Vec<FootnoteNote>,
}

/// The event's quotes with its footnotes, each note from the entry its marker names.
pub fn quoted_event(
    formatter: &Formatter,
    timeline: &Timeline,
    works: &[CslItem],
    event: &Event,
) -> QuotedEvent {
    let notes = event
        .footnotes
        .iter()
        .map(|&marker| {
            let entry = timeline
                .footnotes
                .iter()
                .find(|f| f.marker == marker)
                .and_then(|f| f.entry.as_deref())
                .and_then(|id| timeline.bibliography.iter().find(|b| b.id == id));
            let note = entry
                .and_then(|entry| formatter.entry(entry, works))
                .and_then(|styles| styles.into_iter().find(|c| c.style == CiteStyle::Chicago))
                .and_then(|chicago| chicago.citation);
            FootnoteNote { marker, note }
        })
        .collect();
    QuotedEvent {
        quotes: event.passages.iter().map(|p| p.quote.clone()).collect(),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sources::works::korea_with_works;

    const LINK: &str = "https://school.example/korea/?event=acheson-speech";

    #[test]
    fn the_event_is_a_web_page_of_the_timeline_read_today_in_three_styles() {
        let (timeline, _) = korea_with_works();
        let event = timeline
            .events
            .iter()
            .find(|e| e.id == "acheson-speech")
            .unwrap();
        let page = event_web_page(&timeline, event, LINK, [2026, 12, 2]);
        let cited = Formatter::new().work(&page);
        let text = |style: CiteStyle| {
            cited.iter().find(|c| c.style == style).unwrap().references[0]
                .plain
                .clone()
        };
        let chicago = text(CiteStyle::Chicago);
        // The style sets its own quotation marks and apostrophes.
        assert!(
            chicago.contains("Press Club Speech Leaves Korea"),
            "{chicago}"
        );
        assert!(chicago.contains("12 January 1950"), "{chicago}");
        assert!(chicago.contains(&timeline.title), "{chicago}");
        assert!(chicago.contains(LINK), "{chicago}");
        assert!(chicago.contains("December 2, 2026"), "{chicago}");
        let mla = text(CiteStyle::Mla);
        assert!(mla.contains("2 Dec. 2026"), "{mla}");
        assert!(text(CiteStyle::Apa).contains(LINK));
        // No author or publisher the timeline does not state.
        assert!(page.author.is_empty() && page.publisher.is_none());
    }

    #[test]
    fn quotes_come_word_for_word_with_chicago_notes_and_missing_entries_say_so() {
        let (timeline, works) = korea_with_works();
        let formatter = Formatter::new();
        for event in &timeline.events {
            let quoted = quoted_event(&formatter, &timeline, &works, event);
            assert_eq!(quoted.quotes.len(), event.passages.len());
            for quote in &quoted.quotes {
                assert!(timeline
                    .paragraphs()
                    .iter()
                    .any(|p| p.text.contains(quote.as_str())));
            }
            for note in &quoted.notes {
                let has_entry = timeline
                    .footnotes
                    .iter()
                    .any(|f| f.marker == note.marker && f.entry.is_some());
                assert_eq!(
                    note.note.is_some(),
                    has_entry,
                    "[{}] in {}",
                    note.marker,
                    event.id
                );
            }
        }
        let all_notes: Vec<String> = timeline
            .events
            .iter()
            .flat_map(|e| quoted_event(&formatter, &timeline, &works, e).notes)
            .filter_map(|n| n.note.map(|n| n.plain))
            .collect();
        assert!(
            all_notes.iter().any(|n| n.contains("Uncertain Partners")),
            "{all_notes:?}"
        );
    }
}
