//! The cite page's "Cite this event" section: the open event as a web page of the timeline in
//! the three styles, and its quotes with their footnotes as Chicago notes, each in a box
//! with a Copy button. The rest of the cite page is the sources page (`page::page_body`).

use html_escape::encode_text as text;

use crate::core::model::csl::CslItem;
use crate::core::model::timeline::{Event, Timeline};
use crate::core::page::content_language::ContentMark;
use crate::core::sources::cite::Formatter;
use crate::core::sources::event_citation::{event_web_page, quoted_event};
use crate::core::sources::page::copy_box;
use crate::core::sources::page_language::citation_mark;
use crate::locale::{cite, panel};

/// The section for `event`, read on `accessed` (`[year, month, day]`) at `permalink`.
pub fn event_section(
    timeline: &Timeline,
    works: &[CslItem],
    event: &Event,
    permalink: &str,
    accessed: [i32; 3],
) -> String {
    let formatter = Formatter::new();
    let mark = ContentMark::of_timeline(timeline);
    let page = event_web_page(timeline, event, permalink, accessed);
    let name = format!(
        "{}, {}",
        mark.wrap(&text(&event.headline)),
        text(&event.date_label())
    );
    let mut out = format!(
        "<section aria-labelledby=\"cite-event\" class=\"cite-event\">\n<h2 id=\"cite-event\">{}</h2>\n<p>{}</p>\n",
        panel::cite_event(),
        cite::event_as_page(name)
    );
    for cited in formatter.work(&page) {
        let s = cited.style;
        out.push_str(&format!(
            "<section class=\"style\">\n<h3>{}</h3>\n",
            text(s.name())
        ));
        let paragraphs: Vec<String> = cited
            .references
            .iter()
            .map(|f| citation_mark().wrap(&f.html))
            .collect();
        let what = cite::for_this_event(s.short_name(), s.reference_name().to_lowercase());
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

/// The quotes, each followed by the note numbers of the event's footnotes, then the notes.
fn quotes_box(
    formatter: &Formatter,
    timeline: &Timeline,
    works: &[CslItem],
    event: &Event,
) -> String {
    let quoted = quoted_event(formatter, timeline, works, event);
    let mark = ContentMark::of_timeline(timeline);
    let numbers: String = (1..=quoted.notes.len())
        .map(|n| format!("<sup>{n}</sup>"))
        .collect();
    let mut paragraphs: Vec<String> = quoted
        .quotes
        .iter()
        .map(|q| format!("{}{numbers}", mark.wrap(&format!("“{}”", text(q)))))
        .collect();
    for (n, note) in quoted.notes.iter().enumerate() {
        paragraphs.push(match &note.note {
            Some(formatted) => format!("{}. {}", n + 1, citation_mark().wrap(&formatted.html)),
            None => format!("{}. {}", n + 1, cite::footnote_without_entry(note.marker)),
        });
    }
    format!(
        "<section class=\"style\">\n<h3>{}</h3>\n<p>{}</p>\n{}</section>\n",
        cite::quote_heading(),
        cite::quote_help(),
        copy_box(
            "event-quote",
            cite::quote_and_notes(),
            cite::quote_and_notes_of_event(),
            &paragraphs,
            false
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sources::cite::CiteStyle;
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

    /// In Korean: the page's words Korean, the quote and the citations English and marked
    /// so, the event's citation the same as the English page's.
    #[cfg(feature = "every-language")]
    #[test]
    fn the_korean_section_marks_the_quote_and_the_citations_english() {
        let (timeline, works) = korea_with_works();
        let event = &timeline.events[0];
        let section = || {
            event_section(
                &timeline,
                &works,
                event,
                "https://x.example/",
                [2026, 12, 2],
            )
        };
        let english = section();
        crate::locale::choose("ko");
        let html = section();
        crate::locale::choose("en");
        assert!(html.contains("<h2 id=\"cite-event\">이 사건 인용하기</h2>"));
        assert!(html.contains(&format!(
            "<p><span lang=\"en\">{}</span>, 1945년 8월 15일 — ",
            event.headline
        )));
        assert!(html.contains("<h3>인용문과 각주(시카고 양식 각주)</h3>"));
        let quote = html_escape::encode_text(&event.passages[0].quote).to_string();
        assert!(
            html.contains(&format!(
                "<p><span lang=\"en\">“{quote}”</span><sup>1</sup></p>"
            )),
            "{html}"
        );
        assert!(html.contains("1. [본문의 각주 [1]에 해당하는 항목이 원래 페이지에 없습니다."));
        // The web page cited is the same, its date in the timeline's English words.
        let cited = |html: &str| {
            html[html.find("id=\"event-apa-r\"").unwrap()..]
                .split("</div>")
                .next()
                .unwrap()
                .to_string()
        };
        assert!(cited(&english).contains("(15 August 1945)"));
        assert_eq!(
            cited(&html),
            cited(&english)
                .replace("<p>", "<p><span lang=\"en\">")
                .replace("</p>", "</span></p>")
        );
    }
}
