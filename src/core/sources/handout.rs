//! The printed handout of a timeline, as a static page made at build time: the title and
//! source, every event in date order with its date written out, the date's basis, each quote
//! in bold in a short excerpt of its paragraph with its footnote numbers, then the footnotes
//! with their entries (or that the page has none), the editorial notes marked as the
//! editors', and a short link to each event. Printed from a browser, it needs no app.

use std::ops::Range;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use crate::core::model::timeline::{Event, Timeline};
use crate::core::page::app_query::AppQuery;
use crate::core::page::content_language::ContentMark;
use crate::core::panel::citations::citation;
use crate::core::sources::excerpt::sentences_around;
use crate::core::sources::page_language::reader;
use crate::core::text::highlight::{segment_paragraph, Segment};
use crate::locale::{handout, lang, pages, panel};

/// The page's address for the timeline with `event` open, from a page at `app`.
fn event_link(event: &Event, app: &str) -> String {
    format!(
        "{app}{}",
        AppQuery::default().opening(Some(&event.id)).to_search()
    )
}

fn basis_line(event: &Event, mark: &ContentMark) -> String {
    event.basis.as_ref().map_or_else(String::new, |basis| {
        format!(
            "<p class=\"basis\"><span aria-hidden=\"true\">{} </span><strong>{}.</strong> {}</p>",
            basis.kind.glyph(),
            text(basis.kind.label()),
            mark.wrap(&text(&basis.reason))
        )
    })
}

/// Sentences of a paragraph, and the quotes in them to print in bold.
type Excerpt<'a> = (&'a str, Range<usize>, Vec<(usize, &'a str)>);

/// The event's quotes, each in bold in the sentences around it; quotes from the same
/// sentences share one excerpt, so no sentence is printed twice.
fn quotes(timeline: &Timeline, event: &Event, mark: &ContentMark) -> String {
    let mut excerpts: Vec<Excerpt> = Vec::new();
    for passage in &event.passages {
        let Some(paragraph) = timeline.paragraph(&passage.paragraph) else {
            continue;
        };
        let Some(around) = sentences_around(&paragraph.text, &passage.quote) else {
            continue;
        };
        let quote = (0, passage.quote.as_str());
        match excerpts
            .iter_mut()
            .find(|(text, r, _)| *text == paragraph.text && *r == around)
        {
            Some((_, _, quotes)) => quotes.push(quote),
            None => excerpts.push((&paragraph.text, around, vec![quote])),
        }
    }
    excerpts
        .into_iter()
        .map(|(paragraph, around, quotes)| {
            let inner: String = segment_paragraph(&paragraph[around], &quotes)
                .into_iter()
                .map(|segment| match segment {
                    Segment::Text(t) => text(&t).into_owned(),
                    Segment::Marked { text: t, .. } => format!("<strong>{}</strong>", text(&t)),
                    Segment::Footnote(n) => format!("[{n}]"),
                })
                .collect();
            format!(
                "<blockquote{}><p>{inner}</p></blockquote>",
                mark.attribute()
            )
        })
        .collect()
}

fn event_section(timeline: &Timeline, event: &Event, app: &str) -> String {
    let mark = ContentMark::of_timeline(timeline);
    let footnotes: Vec<String> = event.footnotes.iter().map(|n| format!("[{n}]")).collect();
    let notes: String = event
        .notes
        .iter()
        .map(|n| format!("<li>{}</li>", text(n)))
        .collect();
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"editorial\"><p class=\"editorial-label\">{}</p><ul{}>{notes}</ul></div>",
            handout::editorial_notes(),
            mark.attribute()
        )
    };
    let link = event_link(event, app);
    format!(
        "<section class=\"event\" id=\"{id}\"><p class=\"date\">{date}</p><h2{lang}>{headline}</h2>\
         {basis}{quotes}<p class=\"footnotes\">{footnotes_label}{footnotes}</p>{notes}\
         <p class=\"link\">{on_the_timeline}<a class=\"event-link\" href=\"{href}\">{shown}</a></p>\
         </section>",
        lang = mark.attribute(),
        footnotes_label = handout::footnotes_of_event(),
        on_the_timeline = handout::on_the_timeline(),
        id = attr(&event.id),
        date = text(&event.date_label()),
        headline = text(&event.headline),
        basis = basis_line(event, &mark),
        quotes = quotes(timeline, event, &mark),
        footnotes = footnotes.join(" "),
        href = attr(&link),
        shown = text(&link),
    )
}

fn footnote_list(timeline: &Timeline) -> String {
    let mark = ContentMark::of_timeline(timeline);
    timeline
        .essay_markers()
        .into_iter()
        .map(|marker| {
            let c = citation(timeline, marker);
            let entry = c.entry.map_or_else(
                || format!("<strong>{}</strong>", panel::entry_missing()),
                |e| mark.wrap(&text(&e)),
            );
            let note = c.note.map_or_else(String::new, |note| {
                format!(
                    "<br><span class=\"note\">{}{}</span>",
                    text(c.note_label.unwrap_or_default()),
                    mark.wrap(&text(&note))
                )
            });
            format!("<li value=\"{marker}\">{entry}{note}</li>")
        })
        .collect()
}

/// Every event with its date, basis, quotes and notes, then the footnotes with their entries:
/// the handout's body, and the reader's page as it reads without the app. Event links lead to
/// the app at `app`.
pub fn reading_sections(timeline: &Timeline, app: &str) -> String {
    let events: String = timeline
        .events
        .iter()
        .map(|e| event_section(timeline, e, app))
        .collect();
    format!(
        "{events}<section class=\"footnote-list\"><h2>{heading}</h2><ol>{notes}</ol></section>",
        heading = handout::footnotes(),
        notes = footnote_list(timeline),
    )
}

/// The handout page for `timeline` in the page's language, whose stylesheet and script sit
/// beside it.
pub fn handout_html(timeline: &Timeline) -> String {
    let title = text(&timeline.title);
    let mark = ContentMark::of_timeline(timeline);
    let subtitle = timeline.subtitle.as_deref().map_or_else(String::new, |s| {
        format!("<p class=\"subtitle\"{}>{}</p>", mark.attribute(), text(s))
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         script-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{page_title}</title><link rel=\"stylesheet\" href=\"handout.css\">\
         <script src=\"handout.js\" defer></script></head><body>\
         <header><h1{content_lang}>{title}</h1>{subtitle}<p class=\"source\">{source_label}{source}</p>\
         <p class=\"screen-only\"><button type=\"button\" id=\"print\">{print}</button> \
         <a href=\"{reader}\">{back}</a></p></header><main>{body}</main></body></html>\n",
        lang = lang(),
        page_title = handout::title(&title),
        content_lang = mark.attribute(),
        source_label = pages::source(),
        source = mark.wrap(&text(&timeline.source.description)),
        print = handout::print(),
        reader = reader(),
        back = panel::back_to_timeline(),
        body = reading_sections(timeline, reader()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_support::korea;

    #[test]
    fn every_event_in_date_order_with_its_quotes_in_bold() {
        let t = korea();
        let page = handout_html(&t);
        let mut from = 0;
        for e in &t.events {
            let at = page[from..]
                .find(&format!("id=\"{}\"", e.id))
                .unwrap_or_else(|| panic!("{} is in the handout, in order", e.id));
            from += at;
        }
        // The quote in bold, its sentence's footnote number right after it; two quotes from
        // one sentence share it, so it is printed once.
        let says_no = &page[page.find("id=\"stalin-says-no\"").unwrap()..];
        let says_no = &says_no[..says_no.find("</section>").unwrap()];
        assert_eq!(says_no.matches("<blockquote").count(), 2, "{says_no}");
        assert!(says_no.contains("<strong>Stalin considered this request [of starting a war] from Kim II Sung for nearly a year</strong>"));
        assert!(page
            .contains("<strong>Apparently Kim used this speech to persuade Stalin.</strong>[8]"));
        assert!(page.contains("Date inferred from the essay"));
        assert!(page.contains("href=\"../?event=acheson-speech\""));
    }

    /// The handout in Korean: its own words Korean, every quote verbatim in English, marked
    /// so, and its links to the Korean reader.
    #[cfg(feature = "every-language")]
    #[test]
    fn the_korean_handout_keeps_the_essay_s_words_english() {
        let t = korea();
        crate::locale::choose("ko");
        let page = handout_html(&t);
        crate::locale::choose("en");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
        assert!(page.contains("<title>유인물: Korea 1945–1950</title>"));
        assert!(page.contains("<h1 lang=\"en\">Korea 1945–1950</h1>"));
        assert!(
            page.contains(">이 유인물 인쇄</button> <a href=\"../ko.html\">연표로 돌아가기</a>")
        );
        assert!(page.contains("<p class=\"source\">출처: <span lang=\"en\">"));
        assert!(page.contains("<p class=\"date\">1950년 1월 12일</p>"));
        assert!(page.contains("href=\"../ko.html?event=acheson-speech\""));
        assert!(page.contains("<strong>본문에서 추론한 날짜.</strong>"));
        assert!(page.contains("<h2>각주</h2>"));
        assert!(page.contains("<blockquote lang=\"en\"><p>"));
        assert!(page
            .contains("<strong>Apparently Kim used this speech to persuade Stalin.</strong>[8]"));
        for word in [
            "Handout",
            "Print",
            "Source:",
            "Back to",
            "Footnotes",
            "On the timeline",
        ] {
            assert!(!page.contains(word), "{word}");
        }
    }

    #[test]
    fn footnotes_show_their_entries_and_say_when_one_is_missing() {
        let page = handout_html(&korea());
        assert_eq!(page.matches("<li value=").count(), 10);
        assert_eq!(
            page.matches("Entry missing from the original page.")
                .count(),
            3
        );
        assert!(page.contains("AVP RF, Fond 059a"));
        assert!(page.contains("Reconstructed mapping, firm: "));
        assert!(page.contains("not the essay’s words"));
    }
}
