//! Checks of the "When the evidence surfaced" dates: each is stated by the page (in the words
//! of the entries it names, or in the essay's words), and each event it links rests on it:
//! cites one of those entries, or, where the essay's words carry the date, is linked by the
//! editors with a note that says so.

use crate::core::load::problem::Problem;
use crate::core::model::event_date::Year;
use crate::core::model::timeline::{Evidence, Timeline};
use crate::core::text::verbatim::occurs_in;
use crate::locale::checks;

/// Every problem with `timeline.evidence`, at paths into the model.
pub fn check_evidence(timeline: &Timeline, p: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    for (i, item) in timeline.evidence.iter().enumerate() {
        let at = |field: &str| format!("evidence[{i}]{field}");
        if item.id.trim().is_empty() || !seen.insert(item.id.as_str()) {
            p.push(Problem::error(at(".id"), checks::evidence_id()));
        }
        if item.label.trim().is_empty() {
            p.push(Problem::error(at(".label"), checks::label_empty()));
        }
        if item
            .end
            .is_some_and(|end| end.first_day() < item.date.first_day())
        {
            p.push(Problem::error(at(".end"), checks::evidence_ends_before()));
        }
        match (&item.essay_words, item.entries.is_empty()) {
            (Some(words), true) => check_essay_words(timeline, item, words, &at, p),
            (None, false) => check_entries(timeline, item, &at, p),
            _ => p.push(Problem::error(at(""), checks::evidence_where())),
        }
        for (e, id) in item.events.iter().enumerate() {
            if !timeline.events.iter().any(|event| &event.id == id) {
                p.push(Problem::error(
                    at(&format!(".events[{e}]")),
                    checks::no_event(id),
                ));
            }
        }
    }
}

/// The year as a page may write it: in full, or its last two digits in a date like 2/2/96.
fn states_year(text: &str, year: Year) -> bool {
    let full = year.to_string();
    let short = format!("/{:02}", year.rem_euclid(100));
    text.contains(&full) || text.contains(&short)
}

fn check_essay_words(
    timeline: &Timeline,
    item: &Evidence,
    words: &str,
    at: &dyn Fn(&str) -> String,
    p: &mut Vec<Problem>,
) {
    if !timeline
        .paragraphs()
        .iter()
        .any(|para| occurs_in(&para.text, words))
    {
        p.push(Problem::error(
            at(".essay_words"),
            checks::words_not_found(words),
        ));
    } else if !states_year(words, item.date.year()) {
        p.push(Problem::error(
            at(".essay_words"),
            checks::words_no_year(item.date.year()),
        ));
    }
    // The essay names the date, not which events rest on it: that link is the editors'.
    if !item.events.is_empty() && item.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
        p.push(Problem::error(at(".note"), checks::say_why_events()));
    }
}

fn check_entries(
    timeline: &Timeline,
    item: &Evidence,
    at: &dyn Fn(&str) -> String,
    p: &mut Vec<Problem>,
) {
    for (n, id) in item.entries.iter().enumerate() {
        match timeline.bibliography.iter().find(|b| &b.id == id) {
            None => p.push(Problem::error(
                at(&format!(".entries[{n}]")),
                checks::no_entry(id),
            )),
            Some(entry) if !states_year(&entry.text, item.date.year()) => p.push(Problem::error(
                at(&format!(".entries[{n}]")),
                checks::entry_no_year(id, item.date.year()),
            )),
            Some(_) => {}
        }
    }
    for (e, id) in item.events.iter().enumerate() {
        let Some(event) = timeline.events.iter().find(|event| &event.id == id) else {
            continue;
        };
        let cites = event.footnotes.iter().any(|&marker| {
            timeline
                .footnote(marker)
                .and_then(|f| f.entry.as_ref())
                .is_some_and(|entry| item.entries.contains(entry))
        });
        if !cites {
            p.push(Problem::error(
                at(&format!(".events[{e}]")),
                checks::cites_none(id),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped timeline as the model reads it (the loader's own tests load it whole).
    fn korea() -> Timeline {
        serde_json::from_str(include_str!(
            "../../../public/timelines/korea-1945-1950.json"
        ))
        .expect("the shipped timeline parses")
    }

    fn problems(edit: impl FnOnce(&mut Timeline)) -> Vec<String> {
        let mut timeline = korea();
        edit(&mut timeline);
        let mut p = Vec::new();
        check_evidence(&timeline, &mut p);
        p.into_iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    #[test]
    fn the_shipped_dates_are_stated_by_the_page_and_rest_on_their_events() {
        assert!(!korea().evidence.is_empty());
        assert_eq!(problems(|_| {}), Vec::<String>::new());
    }

    /// The problems once the evidence date `id` is edited.
    fn problems_with(id: &str, edit: impl FnOnce(&mut Evidence)) -> Vec<String> {
        problems(|t| edit(t.evidence.iter_mut().find(|e| e.id == id).expect(id)))
    }

    fn assert_mentions(found: &[String], words: &str) {
        assert!(
            found.iter().any(|p| p.contains(words)),
            "{words}: {found:?}"
        );
    }

    #[test]
    fn a_date_the_page_does_not_state_is_refused() {
        let found = problems_with("uncertain-partners", |book| {
            book.date = crate::core::model::event_date::EventDate::parse("1994").unwrap();
        });
        assert_mentions(&found, "does not state the year 1994");
    }

    #[test]
    fn an_event_that_cites_none_of_its_entries_does_not_rest_on_it() {
        let found = problems_with("uncertain-partners", |book| {
            book.events.push("korea-liberated".into())
        });
        assert_mentions(&found, "“korea-liberated” cites none");
    }

    #[test]
    fn essay_words_must_be_verbatim_and_an_editorial_link_needs_its_note() {
        let found = problems_with("archives-released", |release| {
            assert!(release.essay_words.is_some());
            release.essay_words = Some("released in 1992 by Moscow".into());
            release.note = None;
        });
        assert_mentions(&found, "not found word for word");
        assert_mentions(&found, "editorial note");
    }
}
