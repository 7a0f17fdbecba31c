//! The editor's core end to end: the Korea essay's first paragraph pasted as an author would
//! paste it, three events made by selecting their words (one with two passages), dated to a
//! day, a season and a year, exported, and read back by the app's own loader with every
//! quote verbatim in its paragraph. Then an edit that removes a quote's words flags its event
//! and blocks the download, and undo brings the words back.

use korea_timeline::core::author::draft::{Draft, PassageState};
use korea_timeline::core::author::essay_paste::MarkerEntry;
use korea_timeline::core::author::history::History;
use korea_timeline::core::author::selection::ParagraphSelection;
use korea_timeline::core::load::load_timeline;
use korea_timeline::core::model::dating::Dating;
use korea_timeline::core::model::event_date::Precision;
use korea_timeline::core::model::timeline::{BasisKind, Footnote};

const SHIPPED: &str = include_str!("../public/timelines/korea-1945-1950.json");

/// The first paragraph as it comes out of a word processor or a PDF: Windows line ends,
/// lines wrapped and indented, white-space lines around it.
const PASTED: &str = "  \r\n\t\r\n    Prior to the start of the Korean War, Stalin shared close relationship with Kim Il-Sung and\r\nmany first-hand evidences prove his interest on the issue of Korean conflict. After Korea was\r\n  liberated from Japanese control, USSR supported Kim as the leader of northern part of Korea who will establish communist dominated Korea, due to his reputation of being a former captain in the Soviet Red Army.[1] Some historians argue that the Korean War was a “hot war” for Stalin and Kim was “Stalin’s puppet,” who was ordered to start a war, yet this argument lacks its supporting evidence as documents from Soviet archives, which were released in 1992.  \r\n \u{a0}\r\n";

fn shipped_first_paragraph() -> String {
    let timeline = load_timeline(SHIPPED)
        .expect("the shipped file loads")
        .timeline;
    timeline.paragraphs()[0].text.clone()
}

/// The selection of `words` in paragraph 0 as the browser's Selection API reports it, in
/// UTF-16 code units (the curly quotes before some of them make bytes and units differ),
/// and made backwards, as dragging from right to left makes it.
fn selecting(draft: &Draft, words: &str) -> ParagraphSelection {
    let text = &draft.paragraphs[0].text;
    let start = text.find(words).expect("the words are in the paragraph");
    let units = |byte: usize| text[..byte].encode_utf16().count();
    ParagraphSelection {
        paragraph: 0,
        start_utf16: units(start + words.len()),
        end_utf16: units(start),
    }
}

fn date(text: &str) -> Option<Dating> {
    Some(Dating::parse(text).expect("a date"))
}

/// The draft an author makes from the pasted paragraph.
fn authored() -> Draft {
    let mut draft = Draft {
        title: "Korea 1945–1950".into(),
        source: "“The Foreign Interventions_Stalin and USSR”, a page of the website “Korea, before 1950”.".into(),
        ..Draft::default()
    };
    draft.paste_essay(PASTED);
    assert_eq!(draft.marker_report()[0].entry, MarkerEntry::Unpaired);
    draft.set_footnote(Footnote {
        marker: 1,
        entry: None,
        mapping: None,
        certainty: None,
        note: Some("The page lists no entry for this marker.".into()),
    });
    assert_eq!(draft.marker_report()[0].entry, MarkerEntry::NoneInSource);
    let korea = draft.add_actor("Korea");
    let japan = draft.add_actor("Japan");
    let ussr = draft.add_actor("Soviet Union");
    let kim = draft.add_actor("Kim Il-sung");

    let liberated = draft
        .add_event_from_selection(selecting(
            &draft,
            "After Korea was liberated from Japanese control",
        ))
        .expect("a selection");
    let event = draft.event_mut(&liberated).unwrap();
    assert!(event.footnotes.is_empty(), "no marker follows these words");
    event.footnotes.push(1);
    event.headline = "Korea liberated from Japanese rule".into();
    event.date = date("1945-08-15");
    event.basis.kind = Some(BasisKind::Editorial);
    event.basis.reason = "Japan announced its surrender on 15 August 1945.".into();
    event.actors = vec![korea, japan];

    let backs_kim = draft
        .add_event_from_selection(selecting(
            &draft,
            "USSR supported Kim as the leader of northern part of Korea",
        ))
        .expect("a selection");
    draft
        .add_passage_from_selection(
            &backs_kim,
            selecting(
                &draft,
                "due to his reputation of being a former captain in the Soviet Red Army",
            ),
        )
        .expect("a second passage");
    let event = draft.event_mut(&backs_kim).unwrap();
    assert_eq!(
        event.footnotes,
        vec![1],
        "suggested by the second passage's `.[1]`"
    );
    event.headline = "The USSR backs Kim Il-sung in the North".into();
    event.date = date("1945-autumn");
    event.basis.kind = Some(BasisKind::Editorial);
    event.basis.reason = "Kim returned with the Soviet occupation in September 1945.".into();
    event.actors = vec![ussr.clone(), kim];

    let archives = draft
        .add_event_from_selection(selecting(
            &draft,
            " documents from Soviet archives, which were released in 1992.",
        ))
        .expect("a selection");
    let event = draft.event_mut(&archives).unwrap();
    event.footnotes.push(1);
    event.headline = "Soviet archives on the war are released".into();
    event.date = date("1992");
    event.basis.kind = Some(BasisKind::Essay);
    event.basis.reason = "The essay: “which were released in 1992”.".into();
    event.actors = vec![ussr];
    draft
}

#[test]
fn a_pasted_paragraph_and_three_selected_events_export_as_a_timeline_the_app_loads() {
    let draft = authored();
    assert_eq!(draft.paragraphs.len(), 1);
    assert_eq!(draft.paragraphs[0].text, shipped_first_paragraph());
    assert_eq!(
        draft.events[2].passages[0].quote,
        "documents from Soviet archives, which were released in 1992.",
        "the selection exactly, without the spaces around it"
    );

    let checks = draft.check();
    assert_eq!(checks.checks, vec![], "nothing to fix");
    assert_eq!(draft.file_name(), "korea-1945-1950.json");
    let json = draft.export_json().expect("a complete draft exports");
    let loaded = load_timeline(&json).expect("the app loads the export");
    assert_eq!(loaded.warnings, vec![]);

    let timeline = loaded.timeline;
    assert_eq!(timeline.paragraphs()[0].text, shipped_first_paragraph());
    let precisions: Vec<Precision> = timeline
        .events
        .iter()
        .map(|e| e.span().start.precision())
        .collect();
    assert_eq!(
        precisions,
        vec![Precision::Day, Precision::Season, Precision::Year]
    );
    assert_eq!(timeline.events[1].passages.len(), 2);
    for event in &timeline.events {
        for passage in &event.passages {
            let paragraph = timeline
                .paragraph(&passage.paragraph)
                .expect("its paragraph");
            assert!(
                paragraph.text.contains(&passage.quote),
                "{}: {:?} is not verbatim in {}",
                event.id,
                passage.quote,
                paragraph.id
            );
        }
    }
    assert_eq!(Draft::from_timeline(&timeline).export_json(), Ok(json));
}

#[test]
fn editing_a_quotes_words_away_flags_the_event_and_undo_brings_them_back() {
    let mut history = History::new(authored(), 100);
    let mut next = history.present().clone();
    let edited = next.paragraphs[0].text.replace(
        "a former captain in the Soviet Red Army",
        "a Red Army officer",
    );
    next.edit_paragraph(0, &edited);
    history.commit_typing(next, "paragraph-p1", 0.0);

    let draft = history.present();
    assert_eq!(draft.events.len(), 3, "no event is dropped");
    let flagged = &draft.events[1].passages[1];
    assert_eq!(flagged.state, PassageState::Missing);
    assert!(flagged
        .quote
        .ends_with("a former captain in the Soviet Red Army"));
    assert_eq!(draft.events[1].passages[0].state, PassageState::Found);
    let checks = draft.check();
    assert!(checks.blocks_download());
    let fields: Vec<&str> = checks.checks.iter().map(|c| c.field_id.as_str()).collect();
    assert_eq!(fields, vec!["event-event-2-passage-1-quote"]);

    assert!(history.undo());
    let draft = history.present();
    assert_eq!(draft.events[1].passages[1].state, PassageState::Found);
    assert!(!draft.check().blocks_download());
}
