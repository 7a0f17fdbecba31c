//! The shipped Korea timeline, checked against the essay page it was built from.

use korea_timeline::core::load::{load_timeline, Loaded};
use korea_timeline::core::model::dating::Dating;
use korea_timeline::core::model::timeline::{BasisKind, Mapping, Timeline};
use korea_timeline::core::text::highlight::{segment_paragraph, Segment};

const CONTENT: &str = include_str!("../public/timelines/korea-1945-1950.json");
/// The scraped essay page exactly as received.
const SOURCE_PAGE: &str = include_str!("../content/source-page.txt");

fn korea() -> Timeline {
    match load_timeline(CONTENT) {
        Ok(Loaded { timeline, warnings }) => {
            assert!(warnings.is_empty(), "{warnings:?}");
            timeline
        }
        Err(problems) => panic!("content does not load: {problems:#?}"),
    }
}

fn source_lines() -> Vec<&'static str> {
    SOURCE_PAGE.lines().collect()
}

#[test]
fn essay_text_is_the_page_verbatim_without_chrome() {
    let t = korea();
    let lines = source_lines();
    let essay = t.essay.as_ref().expect("the Korea timeline has an essay");
    assert!(lines.contains(&essay.title.as_str()));
    assert_eq!(t.paragraphs().len(), 3);
    for p in t.paragraphs() {
        assert!(
            lines.contains(&p.text.as_str()),
            "paragraph {} is not verbatim",
            p.id
        );
    }
    let essay: String = t.paragraphs().iter().map(|p| p.text.as_str()).collect();
    for chrome in [
        "koreaBack to Main",
        "Back to Top",
        "kim and stalin",
        "north and south",
    ] {
        assert!(
            !essay.contains(chrome),
            "page chrome “{chrome}” in essay text"
        );
    }
    // The page's own spellings survive.
    assert!(essay.contains("Kim II Sung"));
    assert!(essay.contains("Weathers by"));
}

#[test]
fn bibliography_is_the_seven_entries_the_page_lists() {
    let t = korea();
    let listed: Vec<&str> = source_lines()
        .into_iter()
        .skip_while(|l| !l.starts_with("Paul Lashmar"))
        .filter(|l| !l.trim().is_empty() && *l != "Back to Top")
        .collect();
    let ours: Vec<&str> = t.bibliography.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(ours, listed);
    assert_eq!(ours.len(), 7);
}

#[test]
fn markers_one_to_three_are_missing_and_four_to_ten_reconstructed() {
    let t = korea();
    for marker in 1..=3 {
        let f = t.footnote(marker).unwrap();
        assert_eq!(f.entry, None, "[{marker}] must show as missing");
    }
    for marker in 4..=10u32 {
        let f = t.footnote(marker).unwrap();
        assert_eq!(f.mapping, Some(Mapping::Reconstructed));
        assert_eq!(
            f.entry.as_deref(),
            Some(format!("b{}", marker - 3).as_str())
        );
        assert!(f.note.as_deref().is_some_and(|n| !n.is_empty()));
    }
    let shtykov = t
        .entry(t.footnote(6).unwrap().entry.as_deref().unwrap())
        .unwrap();
    assert!(shtykov.text.contains("01/30/1950"));
    let acheson = t
        .entry(t.footnote(8).unwrap().entry.as_deref().unwrap())
        .unwrap();
    assert!(acheson.text.contains("Acheson speech"));
}

#[test]
fn the_eleven_required_events_have_their_dates_and_bases() {
    let t = korea();
    let expect = [
        (
            "korea-liberated",
            "1945-08-15",
            None,
            BasisKind::Editorial,
            1,
        ),
        (
            "soviets-back-kim",
            "1945-autumn",
            None,
            BasisKind::Editorial,
            1,
        ),
        (
            "stalin-says-no",
            "1949-03",
            Some("1950-01"),
            BasisKind::Essay,
            2,
        ),
        ("not-advisable", "1949", None, BasisKind::Inferred, 3),
        ("strike-them", "1949-spring", None, BasisKind::Essay, 5),
        (
            "soviet-atomic-bomb",
            "1949-08-29",
            None,
            BasisKind::Editorial,
            9,
        ),
        (
            "prc-proclaimed",
            "1949-10-01",
            None,
            BasisKind::Editorial,
            9,
        ),
        ("acheson-speech", "1950-01-12", None, BasisKind::Essay, 8),
        (
            "assistance-message",
            "1950-01-30",
            None,
            BasisKind::CitedDocument,
            6,
        ),
        (
            "stalin-approves",
            "1950-early",
            None,
            BasisKind::Inferred,
            9,
        ),
        ("invasion", "1950-06-25", None, BasisKind::Editorial, 10),
    ];
    for (id, date, end, basis, footnote) in expect {
        let e = &t.events[t.event_index(id).unwrap_or_else(|| panic!("no event {id}"))];
        assert_eq!(e.date, Dating::parse(date).unwrap(), "{id}");
        assert_eq!(e.end, end.map(|d| Dating::parse(d).unwrap()), "{id}");
        assert_eq!(e.basis.as_ref().map(|b| b.kind), Some(basis), "{id}");
        assert!(
            e.footnotes.contains(&footnote),
            "{id} rests on [{footnote}]"
        );
    }
    let acheson = &t.events[t.event_index("acheson-speech").unwrap()];
    assert!(acheson.footnotes.contains(&7), "Farrar-Hockley's view [7]");
    assert!(t.events.len() >= 11);
}

#[test]
fn events_run_in_date_order_inside_1945_to_1950() {
    let t = korea();
    let days: Vec<i64> = t.events.iter().map(|e| e.span().first_day()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]));
    for e in &t.events {
        assert!((1945..=1950).contains(&e.date.first().year()), "{}", e.id);
    }
}

#[test]
fn every_event_is_reachable_from_the_essay() {
    let t = korea();
    let mut reached = vec![false; t.events.len()];
    for p in t.paragraphs() {
        let quotes = t.quotes_in(&p.id);
        for seg in segment_paragraph(&p.text, &quotes) {
            if let Segment::Marked { tags, .. } = seg {
                reached[tags[0]] = true;
            }
        }
    }
    for (i, ok) in reached.iter().enumerate() {
        assert!(ok, "{} has no essay link of its own", t.events[i].id);
    }
}

#[test]
fn editorial_notes_never_pose_as_quotes() {
    let t = korea();
    let essay: String = t.paragraphs().iter().map(|p| p.text.as_str()).collect();
    for e in &t.events {
        for note in &e.notes {
            assert!(
                !essay.contains(note.as_str()),
                "{}: a note copies essay text",
                e.id
            );
        }
    }
}

fn event<'a>(t: &'a Timeline, id: &str) -> &'a korea_timeline::core::model::timeline::Event {
    &t.events[t.event_index(id).unwrap_or_else(|| panic!("no event {id}"))]
}

/// The words in the essay's quotation marks in `reason`.
fn quoted(reason: &str) -> Vec<&str> {
    reason
        .split('“')
        .skip(1)
        .filter_map(|r| r.split_once('”').map(|(q, _)| q))
        .collect()
}

#[test]
fn a_date_the_essay_only_implies_is_never_labelled_as_stated() {
    let t = korea();
    let essay: String = t.paragraphs().iter().map(|p| p.text.as_str()).collect();
    // The essay gives Stalin's refusals "over the course of 1949" but no date for this one,
    // and puts his approval only "before he finally approved it".
    for (id, words) in [
        ("not-advisable", "over the course of 1949"),
        ("stalin-approves", "before he finally approved it"),
    ] {
        let basis = event(&t, id).basis.as_ref().unwrap();
        assert_eq!(
            basis.kind,
            BasisKind::Inferred,
            "{id} is inferred, not stated"
        );
        let rests_on = basis.rests_on.as_deref().unwrap();
        assert!(rests_on.contains(words) && essay.contains(rests_on), "{id}");
        assert!(
            event(&t, id)
                .passages
                .iter()
                .any(|p| p.quote.contains(words)),
            "{id} links the words its date rests on"
        );
    }
    // A date labelled as stated quotes the essay's words that state it, year included.
    for e in t
        .events
        .iter()
        .filter(|e| e.basis.as_ref().unwrap().kind == BasisKind::Essay)
    {
        let reason = &e.basis.as_ref().unwrap().reason;
        let year = e.date.first().year().to_string();
        assert!(
            quoted(reason)
                .iter()
                .any(|q| essay.contains(q) && q.contains(&year)),
            "{}: “{reason}” must quote the words that state {year}",
            e.id
        );
    }
}

#[test]
fn headlines_keep_the_essays_hedges() {
    let t = korea();
    // "It is reported that in the spring of 1949 ... Stalin spoke to Kim"
    assert!(event(&t, "strike-them").headline.contains("reported"));
}

#[test]
fn only_the_dated_document_and_the_named_speech_are_firm_mappings() {
    use korea_timeline::core::model::timeline::Certainty;
    let t = korea();
    for marker in 4..=10u32 {
        let f = t.footnote(marker).unwrap();
        let firm = matches!(marker, 6 | 8);
        assert_eq!(
            f.certainty,
            Some(if firm {
                Certainty::Firm
            } else {
                Certainty::Likely
            }),
            "[{marker}]"
        );
        let note = f.note.as_deref().unwrap();
        if !firm {
            assert!(
                note.contains("Another reading"),
                "[{marker}] names the alternative: {note}"
            );
        }
    }
}

#[test]
fn contested_claims_carry_a_labelled_note_and_the_essay_stays_as_written() {
    let t = korea();
    let essay: String = t.paragraphs().iter().map(|p| p.text.as_str()).collect();
    for (claim, id) in [
        ("quite minor", "invasion"),
        ("the first foreign historian", "not-advisable"),
        ("asking to relay a message to Stalin", "assistance-message"),
    ] {
        assert!(essay.contains(claim), "the essay keeps “{claim}”");
        assert!(
            event(&t, id).notes.iter().any(|n| n.contains(claim)),
            "{id} has an editorial note on “{claim}”"
        );
    }
}

#[test]
fn the_source_line_calls_the_page_only_what_it_calls_itself() {
    let t = korea();
    let line = &t.source.description;
    assert!(line.contains("The Foreign Interventions_Stalin and USSR"));
    assert!(line.contains("Korea, before 1950"));
    for word in ["student", "essay page", "school"] {
        assert!(!line.contains(word), "the page never calls itself a {word}");
    }
}
