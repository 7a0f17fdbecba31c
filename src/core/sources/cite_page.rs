//! The cite page's "Cite this event" section: the open event as a web page of the timeline in
//! the three styles, and its quotes with their footnotes as Chicago notes, each in a box
//! with a Copy button. The rest of the cite page is the sources page (`page::page_body`).

use html_escape::encode_text as text;

use crate::core::model::csl::CslItem;
use crate::core::model::timeline::{Event, Timeline};
use crate::core::sources::cite::{CiteStyle, Formatter};
use crate::core::sources::event_citation::{event_web_page, quoted_event};
use crate::core::sources::page::copy_box;

/// The section for `event`, read on `accessed` (`[year, month, day]`) at `permalink`.
pub fn event_section(
    timeline: &Timeline,
    works: &[CslItem],
    event: &Event,
    permalink: &str,
    accessed: [i32; 3],
) -> String {
    let formatter = Formatter::new();
    let page = event_web_page(timeline, event, permalink, accessed);
    let mut out = format!(
        "<section aria-labelledby=\"cite-event\" class=\"cite-event\">\n<h2 id=\"cite-event\">Cite this event</h2>\n<p>{} — as a page of this timeline, with its link and today as the day you read it.</p>\n",
        text(&event.name_with_date())
    );
    for cited in formatter.work(&page) {
        let s = cited.style;
        out.push_str(&format!(
            "<section class=\"style\">\n<h3>{}</h3>\n",
            text(s.name())
        ));
        let paragraphs: Vec<String> = cited.references.iter().map(|f| f.html.clone()).collect();
        let what = format!(
            "{} {} for this event",
            style_label(s),
            s.reference_name().to_lowercase()
        );
        out.push_str(&copy_box(
            &format!("event-{}-r", s.slug()),
            s.reference_name(),
            &what,
            &paragraphs,
            true,
        ));
        out.push_str("</section>\n");
    }
    if !event.passages.is_empty() {
        out.push_str(&quotes_box(&formatter, timeline, works, event));
    }
    out.push_str("</section>\n");
    out
}

fn style_label(s: CiteStyle) -> &'static str {
    match s {
        CiteStyle::Chicago => "Chicago",
        CiteStyle::Apa => "APA",
        CiteStyle::Mla => "MLA",
    }
}

/// The quotes, each followed by the note numbers of the event's footnotes, then the notes.
fn quotes_box(
    formatter: &Formatter,
    timeline: &Timeline,
    works: &[CslItem],
    event: &Event,
) -> String {
    let quoted = quoted_event(formatter, timeline, works, event);
    let numbers: String = (1..=quoted.notes.len())
        .map(|n| format!("<sup>{n}</sup>"))
        .collect();
    let mut paragraphs: Vec<String> = quoted
        .quotes
        .iter()
        .map(|q| format!("“{}”{numbers}", text(q)))
        .collect();
    for (n, note) in quoted.notes.iter().enumerate() {
        paragraphs.push(match &note.note {
            Some(formatted) => format!("{}. {}", n + 1, formatted.html),
            None => format!(
                "{}. [The essay’s footnote [{}] has no entry on its page: cite the essay’s page itself.]",
                n + 1,
                note.marker
            ),
        });
    }
    format!(
        "<section class=\"style\">\n<h3>The quote with its footnotes (Chicago notes)</h3>\n<p>The essay’s words exactly, with the notes its footnotes give, numbered from 1: renumber them to fit your essay.</p>\n{}</section>\n",
        copy_box(
            "event-quote",
            "Quote and notes",
            "quote and Chicago notes of this event",
            &paragraphs,
            false
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sources::works::korea_with_works;

    #[test]
    fn the_section_has_three_styles_and_the_quotes_with_notes_and_says_when_an_entry_is_missing() {
        let (timeline, works) = korea_with_works();
        let event = timeline
            .events
            .iter()
            .find(|e| e.id == "stalin-approves")
            .unwrap();
        let html = event_section(
            &timeline,
            &works,
            event,
            "https://x.example/?event=stalin-approves",
            [2026, 12, 2],
        );
        assert_eq!(html.matches("class=\"copy\"").count(), 4);
        for style in CiteStyle::ALL {
            assert!(html.contains(&format!("id=\"event-{}-r\"", style.slug())));
        }
        let quote = html_escape::encode_text(&event.passages[0].quote).to_string();
        assert!(
            html.contains(&format!("“{quote}”<sup>1</sup><sup>2</sup>")),
            "{html}"
        );
        assert!(
            html.contains("footnote [2] has no entry on its page"),
            "{html}"
        );
        assert!(html.contains("Bajanov"), "{html}");
    }
}
