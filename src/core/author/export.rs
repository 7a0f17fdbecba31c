//! A draft as this app's timeline file, the format `load_timeline` reads, and a timeline
//! opened as a draft. The file is written with its own field order, the order of
//! `docs/format.md`, so two exports of the same draft are the same text and a diff between
//! versions shows only what changed; fields a draft leaves blank are left out.
//!
//! A draft holds no structured works (`works`, `cites`): the reader's build never reads them,
//! so a timeline opened in the editor has none to keep, and the export writes none.

use serde::Serialize;

use crate::core::author::draft::{
    Draft, DraftBasis, DraftEntry, DraftEvent, DraftPassage, PassageState,
};
use crate::core::author::slug::slug;
use crate::core::model::dating::Dating;
use crate::core::model::event_date::EventDate;
use crate::core::model::timeline::{
    Actor, BibEntry, Certainty, DateBasis, Era, Essay, Event, Evidence, Mapping, Paragraph,
    Passage, Picture, Source, Timeline, YearRange, FORMAT_VERSION,
};
use crate::core::text::rich_text::RichText;
use crate::core::text::verbatim::occurs_in;

/// What a timeline file needs that the author has not given yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Date,
    BasisKind,
}

/// A gap that keeps the draft from being exported: `event` is the event's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub event: usize,
    pub missing: Missing,
}

/// The text of an optional field, or None when it is blank: a field left empty in the
/// editor is a field not given, not an empty one (which the checks refuse).
fn given(text: &Option<String>) -> Option<String> {
    text.clone().filter(|t| !t.trim().is_empty())
}

pub(super) fn event_model(event: &DraftEvent, date: Dating) -> Event {
    Event {
        id: event.id.clone(),
        headline: event.headline.clone(),
        date,
        end: event.end.clone(),
        display_date: given(&event.display_date),
        basis: event.basis.kind.map(|kind| DateBasis {
            kind,
            reason: event.basis.reason.clone(),
            rests_on: given(&event.basis.rests_on),
        }),
        actors: event.actors.clone(),
        passages: event
            .passages
            .iter()
            .map(|p| Passage {
                paragraph: p.paragraph.clone(),
                quote: p.quote.clone(),
            })
            .collect(),
        footnotes: event.footnotes.clone(),
        notes: event
            .notes
            .iter()
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .collect(),
        html: event.html.clone(),
        sources: event.sources.clone(),
        picture: event.picture.clone(),
    }
}

impl Draft {
    /// Every event still without a date or a date basis, in event order.
    pub fn gaps(&self) -> Vec<Gap> {
        let mut gaps = Vec::new();
        for (event, e) in self.events.iter().enumerate() {
            if e.date.is_none() {
                gaps.push(Gap {
                    event,
                    missing: Missing::Date,
                });
            }
            if e.basis.kind.is_none() {
                gaps.push(Gap {
                    event,
                    missing: Missing::BasisKind,
                });
            }
        }
        gaps
    }

    pub(super) fn timeline_of(&self, events: Vec<Event>) -> Timeline {
        let essay_title = if self.essay_title.trim().is_empty() {
            &self.title
        } else {
            &self.essay_title
        };
        Timeline {
            format: FORMAT_VERSION.to_string(),
            title: self.title.clone(),
            subtitle: given(&self.subtitle),
            language: given(&self.language).map(|tag| tag.trim().to_string()),
            intro_html: self.intro_html.clone(),
            source: Source {
                description: self.source.clone(),
                note: given(&self.source_note),
            },
            range: self.range,
            essay: Some(Essay {
                title: essay_title.clone(),
                paragraphs: self.paragraphs.clone(),
            }),
            bibliography: self
                .bibliography
                .iter()
                .map(|e| BibEntry {
                    id: e.id.clone(),
                    text: e.text.clone(),
                    cites: Default::default(),
                })
                .collect(),
            works: Default::default(),
            footnotes: self.footnotes.clone(),
            actors: self.actors.clone(),
            eras: self.eras.clone(),
            events,
            evidence: self.evidence.clone(),
        }
    }

    /// The timeline the draft makes, or what it still lacks.
    pub fn to_timeline(&self) -> Result<Timeline, Vec<Gap>> {
        let gaps = self.gaps();
        if !gaps.is_empty() {
            return Err(gaps);
        }
        let events = self
            .events
            .iter()
            .filter_map(|e| Some(event_model(e, e.date.clone()?)))
            .collect();
        Ok(self.timeline_of(events))
    }

    /// The draft as it would export, with `undated` standing in for each date not given yet,
    /// so the rest of a draft still being made can be checked. Never written to a file.
    pub(crate) fn timeline_with_undated_at(&self, undated: EventDate) -> Timeline {
        let events = self
            .events
            .iter()
            .map(|e| event_model(e, e.date.clone().unwrap_or(undated.into())))
            .collect();
        self.timeline_of(events)
    }

    /// The timeline file's text: pretty-printed JSON in a fixed field order, ending in a
    /// line break.
    pub fn export_json(&self) -> Result<String, Vec<Gap>> {
        self.to_timeline()
            .map(|timeline| timeline_file_text(&timeline))
    }

    /// A file name for the export made from the title: letters and digits of any script
    /// kept (Hangul stays Hangul, as every current system's file names allow), the rest as
    /// hyphens; "timeline.json" when the title has neither.
    pub fn file_name(&self) -> String {
        // Windows refuses these names with any extension.
        const RESERVED: [&str; 22] = [
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
            "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
        ];
        // 120 bytes leaves room for the extension and a browser's " (1)" under the 255-byte
        // limit of common file systems.
        match slug(&self.title, 120) {
            name if name.is_empty() => "timeline.json".to_string(),
            name if RESERVED.contains(&name.as_str()) => format!("{name}-timeline.json"),
            name => format!("{name}.json"),
        }
    }

    /// A timeline, from a file of ours or imported from another format, as a draft. A
    /// passage whose quote is not in its paragraph (possible only in an unchecked timeline)
    /// opens flagged missing.
    pub fn from_timeline(timeline: &Timeline) -> Draft {
        let paragraphs = timeline.paragraphs();
        Draft {
            title: timeline.title.clone(),
            subtitle: timeline.subtitle.clone(),
            language: timeline.language.clone(),
            source: timeline.source.description.clone(),
            source_note: timeline.source.note.clone(),
            essay_title: timeline
                .essay
                .as_ref()
                .map(|e| e.title.clone())
                .unwrap_or_default(),
            paragraphs: paragraphs.to_vec(),
            bibliography: timeline
                .bibliography
                .iter()
                .map(|e| DraftEntry {
                    id: e.id.clone(),
                    text: e.text.clone(),
                })
                .collect(),
            footnotes: timeline.footnotes.clone(),
            actors: timeline.actors.clone(),
            events: timeline
                .events
                .iter()
                .map(|e| draft_event(e, paragraphs))
                .collect(),
            range: timeline.range,
            eras: timeline.eras.clone(),
            intro_html: timeline.intro_html.clone(),
            evidence: timeline.evidence.clone(),
        }
    }
}

fn draft_event(event: &Event, paragraphs: &[Paragraph]) -> DraftEvent {
    let found = |p: &Passage| {
        paragraphs
            .iter()
            .any(|para| para.id == p.paragraph && occurs_in(&para.text, &p.quote))
    };
    DraftEvent {
        id: event.id.clone(),
        headline: event.headline.clone(),
        date: Some(event.date.clone()),
        end: event.end.clone(),
        display_date: event.display_date.clone(),
        basis: event
            .basis
            .as_ref()
            .map(|b| DraftBasis {
                kind: Some(b.kind),
                reason: b.reason.clone(),
                rests_on: b.rests_on.clone(),
            })
            .unwrap_or_default(),
        actors: event.actors.clone(),
        passages: event
            .passages
            .iter()
            .map(|p| DraftPassage {
                paragraph: p.paragraph.clone(),
                quote: p.quote.clone(),
                state: if found(p) {
                    PassageState::Found
                } else {
                    PassageState::Missing
                },
            })
            .collect(),
        footnotes: event.footnotes.clone(),
        notes: event.notes.clone(),
        html: event.html.clone(),
        sources: event.sources.clone(),
        picture: event.picture.clone(),
    }
}

/// The file's fields in the order of `docs/format.md`, optional ones left out when absent.
#[derive(Serialize)]
struct TimelineFile<'a> {
    format: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtitle: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    source: SourceFile<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    intro_html: Option<&'a RichText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<YearRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    essay: Option<&'a Essay>,
    bibliography: Vec<EntryFile<'a>>,
    footnotes: Vec<FootnoteFile<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    actors: &'a [Actor],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    eras: &'a [Era],
    events: Vec<EventFile<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    evidence: &'a [Evidence],
}

#[derive(Serialize)]
struct SourceFile<'a> {
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct EntryFile<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct FootnoteFile<'a> {
    marker: u32,
    /// Written as `null` when the source has no entry: the format asks for it explicitly.
    entry: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mapping: Option<Mapping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    certainty: Option<Certainty>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct EventFile<'a> {
    id: &'a str,
    headline: &'a str,
    date: &'a Dating,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<&'a Dating>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    basis: Option<&'a DateBasis>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    actors: &'a [String],
    passages: &'a [Passage],
    footnotes: &'a [u32],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    notes: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<&'a RichText>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [RichText],
    #[serde(skip_serializing_if = "Option::is_none")]
    picture: Option<&'a Picture>,
}

fn timeline_file_text(t: &Timeline) -> String {
    let file = TimelineFile {
        format: &t.format,
        title: &t.title,
        subtitle: t.subtitle.as_deref(),
        language: t.language.as_deref(),
        source: SourceFile {
            description: &t.source.description,
            note: t.source.note.as_deref(),
        },
        intro_html: t.intro_html.as_ref(),
        range: t.range,
        essay: t.essay.as_ref(),
        bibliography: t
            .bibliography
            .iter()
            .map(|e| EntryFile {
                id: &e.id,
                text: &e.text,
            })
            .collect(),
        footnotes: t
            .footnotes
            .iter()
            .map(|f| FootnoteFile {
                marker: f.marker,
                entry: f.entry.as_deref(),
                mapping: f.mapping,
                certainty: f.certainty,
                note: f.note.as_deref(),
            })
            .collect(),
        actors: &t.actors,
        eras: &t.eras,
        evidence: &t.evidence,
        events: t
            .events
            .iter()
            .map(|e| EventFile {
                id: &e.id,
                headline: &e.headline,
                date: &e.date,
                end: e.end.as_ref(),
                display_date: e.display_date.as_deref(),
                basis: e.basis.as_ref(),
                actors: &e.actors,
                passages: &e.passages,
                footnotes: &e.footnotes,
                notes: &e.notes,
                html: e.html.as_ref(),
                sources: &e.sources,
                picture: e.picture.as_ref(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&file).expect("strings, numbers and lists");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::detect::load_any;
    use crate::core::load::load_timeline;
    use crate::core::model::timeline::{BasisKind, Footnote};
    use crate::core::test_support::korea;

    fn date(text: &str) -> Option<Dating> {
        Some(Dating::parse(text).unwrap())
    }

    fn small_draft() -> Draft {
        let mut draft = Draft {
            title: "Korea 1945–1950".into(),
            subtitle: Some(" ".into()),
            source: "An essay page".into(),
            ..Draft::default()
        };
        draft.paste_essay("Stalin said “no”.[1] Kim asked.[2]");
        draft.set_footnote(Footnote {
            marker: 1,
            entry: None,
            mapping: None,
            certainty: None,
            note: Some("Lost.".into()),
        });
        let entry = draft.add_entry("Goncharov, p.135");
        draft.set_footnote(Footnote {
            marker: 2,
            entry: Some(entry),
            mapping: Some(Mapping::Reconstructed),
            certainty: Some(Certainty::Likely),
            note: Some("Fits.".into()),
        });
        draft.push_event(DraftEvent {
            headline: "Stalin says no".into(),
            date: date("1949-spring"),
            display_date: Some("  ".into()),
            basis: DraftBasis {
                kind: Some(BasisKind::Essay),
                reason: "The essay: “Stalin said”.".into(),
                rests_on: Some(String::new()),
            },
            passages: vec![DraftPassage {
                paragraph: "p1".into(),
                quote: "Stalin said “no”.".into(),
                state: PassageState::Found,
            }],
            footnotes: vec![1],
            notes: vec![" ".into()],
            ..DraftEvent::default()
        });
        draft
    }

    #[test]
    fn writes_the_file_in_the_formats_field_order_leaving_blank_fields_out() {
        let expected = r#"{
  "format": "essay-timeline/1",
  "title": "Korea 1945–1950",
  "source": {
    "description": "An essay page"
  },
  "essay": {
    "title": "Korea 1945–1950",
    "paragraphs": [
      {
        "id": "p1",
        "text": "Stalin said “no”.[1] Kim asked.[2]"
      }
    ]
  },
  "bibliography": [
    {
      "id": "b1",
      "text": "Goncharov, p.135"
    }
  ],
  "footnotes": [
    {
      "marker": 1,
      "entry": null,
      "note": "Lost."
    },
    {
      "marker": 2,
      "entry": "b1",
      "mapping": "reconstructed",
      "certainty": "likely",
      "note": "Fits."
    }
  ],
  "events": [
    {
      "id": "event-1",
      "headline": "Stalin says no",
      "date": "1949-spring",
      "basis": {
        "kind": "essay",
        "reason": "The essay: “Stalin said”."
      },
      "passages": [
        {
          "paragraph": "p1",
          "quote": "Stalin said “no”."
        }
      ],
      "footnotes": [
        1
      ]
    }
  ]
}
"#;
        assert_eq!(small_draft().export_json().unwrap(), expected);
    }

    #[test]
    fn the_language_the_author_names_is_written_after_the_title_and_a_blank_one_not_at_all() {
        let mut draft = small_draft();
        draft.language = Some(" ko ".into());
        let json = draft.export_json().unwrap();
        assert!(
            json.contains("\"title\": \"Korea 1945–1950\",\n  \"language\": \"ko\",\n  \"source\""),
            "{json}"
        );
        let loaded = load_timeline(&json).expect("it loads");
        assert_eq!(loaded.timeline.language.as_deref(), Some("ko"));
        assert_eq!(
            Draft::from_timeline(&loaded.timeline).language.as_deref(),
            Some("ko")
        );
        draft.language = Some("  ".into());
        assert!(!draft.export_json().unwrap().contains("language"));
    }

    #[test]
    fn the_export_loads_as_a_timeline_without_warnings() {
        let draft = small_draft();
        let loaded = load_timeline(&draft.export_json().unwrap()).expect("the export loads");
        assert_eq!(loaded.warnings, vec![]);
        assert_eq!(loaded.timeline, draft.to_timeline().unwrap());
        assert_eq!(loaded.timeline.events[0].date.to_string(), "1949-spring");
    }

    #[test]
    fn an_undated_event_or_one_without_a_basis_keeps_the_draft_from_exporting() {
        let mut draft = small_draft();
        draft.push_event(DraftEvent::default());
        draft.events[0].basis.kind = None;
        let gaps = vec![
            Gap {
                event: 0,
                missing: Missing::BasisKind,
            },
            Gap {
                event: 1,
                missing: Missing::Date,
            },
            Gap {
                event: 1,
                missing: Missing::BasisKind,
            },
        ];
        assert_eq!(draft.gaps(), gaps);
        assert_eq!(draft.export_json(), Err(gaps));
        let checked = draft.timeline_with_undated_at(EventDate::Year { year: 1 });
        assert_eq!(checked.events.len(), 2, "every event is checked");
        assert_eq!(checked.events[0].basis, None);
    }

    #[test]
    fn the_shipped_timeline_opens_as_a_draft_and_exports_as_it_was_but_its_works() {
        let mut korea = korea();
        let draft = Draft::from_timeline(&korea);
        assert!(draft
            .events
            .iter()
            .flat_map(|e| &e.passages)
            .all(|p| p.state == PassageState::Found));
        korea.works.clear();
        for entry in &mut korea.bibliography {
            entry.cites.clear();
        }
        assert_eq!(draft.to_timeline().unwrap(), korea);
        let loaded = load_timeline(&draft.export_json().unwrap()).expect("it loads");
        assert_eq!(loaded.warnings, vec![]);
        assert_eq!(loaded.timeline, korea);
    }

    #[test]
    fn a_quote_not_in_its_paragraph_opens_flagged_missing() {
        let mut korea = korea();
        korea.events[0].passages[0].quote = "words the essay never had".into();
        let draft = Draft::from_timeline(&korea);
        assert_eq!(draft.events[0].passages[0].state, PassageState::Missing);
        assert_eq!(
            draft.events[0].passages[0].quote,
            "words the essay never had"
        );
    }

    #[test]
    fn a_timelinejs_import_opens_as_a_draft_that_still_needs_its_essay_and_bases() {
        let file = include_str!("../../../tests/fixtures/timelinejs-good.json");
        let imported = load_any(file).expect("the fixture loads").timeline;
        let draft = Draft::from_timeline(&imported);
        assert_eq!(draft.title, "Empires of the Ancient World");
        assert!(draft.paragraphs.is_empty());
        assert_eq!(draft.events.len(), imported.events.len());
        assert_eq!(draft.events[0].html, imported.events[0].html);
        assert!(draft.events[0].date.is_some());
        assert!(draft.gaps().iter().all(|g| g.missing == Missing::BasisKind));
        assert_eq!(draft.gaps().len(), draft.events.len());
    }

    #[test]
    fn file_names_keep_letters_of_any_script_and_refuse_unsafe_ones() {
        let named = |title: &str| {
            Draft {
                title: title.into(),
                ..Draft::default()
            }
            .file_name()
        };
        assert_eq!(named("Korea 1945–1950"), "korea-1945-1950.json");
        assert_eq!(named("한국 전쟁: 1950"), "한국-전쟁-1950.json");
        assert_eq!(named("../..\\etc/passwd"), "etc-passwd.json");
        assert_eq!(named("  “…”  "), "timeline.json");
        assert_eq!(named("CON"), "con-timeline.json");
        assert!(named(&"전쟁 ".repeat(200)).len() <= 125);
    }
}
