//! The document an author edits before it becomes a timeline file: the essay as pasted, its
//! bibliography and footnotes, and events still being made, which may lack a date or a basis
//! and whose passages say whether their words are still in the essay. Plain data with serde,
//! so the editor can keep drafts as JSON (in IndexedDB); every field has a default, so a
//! draft saved by an older editor still opens.

use serde::{Deserialize, Serialize};

use crate::core::author::slug::slug;
use crate::core::model::dating::Dating;
use crate::core::model::timeline::{
    Actor, BasisKind, Era, Evidence, Footnote, Paragraph, Picture, YearRange,
};
use crate::core::text::rich_text::RichText;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub title: String,
    pub subtitle: Option<String>,
    /// The language tag of the essay and events (`en`, `ko`), as the author typed it; None
    /// until said.
    pub language: Option<String>,
    /// Where the essay comes from, as one line: its title, author, site or address.
    pub source: String,
    /// How the essay was transcribed (what was left out as page chrome).
    pub source_note: Option<String>,
    /// The essay's own title; the timeline's title stands in for it while it is blank.
    pub essay_title: String,
    /// The essay word for word, footnote markers such as `[4]` in place. Ids are stable
    /// while paragraphs are edited, inserted and removed, so passages can name them.
    pub paragraphs: Vec<Paragraph>,
    pub bibliography: Vec<DraftEntry>,
    /// Each footnote marker with its entry, or with none when the source has none.
    pub footnotes: Vec<Footnote>,
    pub actors: Vec<Actor>,
    pub events: Vec<DraftEvent>,
    pub range: Option<YearRange>,
    pub eras: Vec<Era>,
    pub intro_html: Option<RichText>,
    /// The dates the sources carry, kept as the opened file had them.
    pub evidence: Vec<Evidence>,
}

/// A bibliography entry exactly as the source lists it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftEntry {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftEvent {
    pub id: String,
    pub headline: String,
    /// None until the author dates the event; the precision is the date's form (day, month,
    /// season or year). A hedged date from a file (EDTF: `1949~`) is kept as it came.
    pub date: Option<Dating>,
    pub end: Option<Dating>,
    pub display_date: Option<String>,
    pub basis: DraftBasis,
    pub actors: Vec<String>,
    pub passages: Vec<DraftPassage>,
    pub footnotes: Vec<u32>,
    pub notes: Vec<String>,
    pub html: Option<RichText>,
    pub sources: Vec<RichText>,
    /// Kept as the file had it: the editor has no field for it yet, and loses nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

/// Where the event's date comes from; `kind` is None until the author chooses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftBasis {
    pub kind: Option<BasisKind>,
    pub reason: String,
    pub rests_on: Option<String>,
}

/// A quote and the paragraph it was taken from, with whether the words are still there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftPassage {
    pub paragraph: String,
    pub quote: String,
    pub state: PassageState,
}

/// What became of a passage's words after the essay was edited. A passage is never dropped:
/// the author sees a moved or missing one and decides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PassageState {
    /// The quote is in its paragraph.
    #[default]
    Found,
    /// The quote left paragraph `from` and was found in the passage's paragraph now; it
    /// stays so until the author confirms it still supports the event.
    Moved { from: String },
    /// The quote is in no paragraph any more; its paragraph is where it last was.
    Missing,
}

/// `prefix` and the first number from `start` up that `taken` does not refuse: counting from
/// the list's length means a removed item's id is not handed to the next one at once.
pub(crate) fn numbered_id(prefix: &str, start: usize, taken: impl Fn(&str) -> bool) -> String {
    (start.max(1)..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

impl Draft {
    pub fn paragraph_index(&self, id: &str) -> Option<usize> {
        self.paragraphs.iter().position(|p| p.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&DraftEvent> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn event_mut(&mut self, id: &str) -> Option<&mut DraftEvent> {
        self.events.iter_mut().find(|e| e.id == id)
    }

    pub fn footnote(&self, marker: u32) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.marker == marker)
    }

    pub fn entry(&self, id: &str) -> Option<&DraftEntry> {
        self.bibliography.iter().find(|e| e.id == id)
    }

    /// A new event with its own id (`event-N`), added last; returns the id.
    pub(crate) fn push_event(&mut self, event: DraftEvent) -> String {
        let id = numbered_id("event-", self.events.len() + 1, |id| {
            self.event(id).is_some()
        });
        self.events.push(DraftEvent {
            id: id.clone(),
            ..event
        });
        id
    }

    pub fn remove_event(&mut self, id: &str) -> bool {
        let before = self.events.len();
        self.events.retain(|e| e.id != id);
        self.events.len() != before
    }

    pub fn remove_passage(&mut self, event_id: &str, index: usize) -> bool {
        match self.event_mut(event_id) {
            Some(event) if index < event.passages.len() => {
                event.passages.remove(index);
                true
            }
            _ => false,
        }
    }

    /// The author has checked a moved passage: it is found where it is now.
    pub fn confirm_moved_passage(&mut self, event_id: &str, index: usize) -> bool {
        let passage = self
            .event_mut(event_id)
            .and_then(|e| e.passages.get_mut(index));
        match passage {
            Some(p) if matches!(p.state, PassageState::Moved { .. }) => {
                p.state = PassageState::Found;
                true
            }
            _ => false,
        }
    }

    /// Adds an actor named `name` with an id made from the name; returns the id.
    pub fn add_actor(&mut self, name: &str) -> String {
        let base = Some(slug(name, 40))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "actor".to_string());
        let taken = |id: &str| self.actors.iter().any(|a| a.id == id);
        let id = if taken(&base) {
            numbered_id(&format!("{base}-"), 2, taken)
        } else {
            base
        };
        self.actors.push(Actor {
            id: id.clone(),
            name: name.trim().to_string(),
        });
        id
    }

    /// Removes the actor and every event's mention of it, so no event names a missing actor.
    pub fn remove_actor(&mut self, id: &str) {
        self.actors.retain(|a| a.id != id);
        for event in &mut self.events {
            event.actors.retain(|a| a != id);
        }
    }

    /// Adds a bibliography entry, its text exactly as given; returns its id.
    pub fn add_entry(&mut self, text: &str) -> String {
        let id = numbered_id("b", self.bibliography.len() + 1, |id| {
            self.entry(id).is_some()
        });
        self.bibliography.push(DraftEntry {
            id: id.clone(),
            text: text.to_string(),
        });
        id
    }

    /// Removes an entry and the pairings that name it: those markers are unpaired again,
    /// never silently turned into "the source has no entry".
    pub fn remove_entry(&mut self, id: &str) {
        self.bibliography.retain(|e| e.id != id);
        self.footnotes.retain(|f| f.entry.as_deref() != Some(id));
    }

    /// Records what is known of a marker's entry, replacing what was said before; footnotes
    /// stay in marker order, as a reader looks them up.
    pub fn set_footnote(&mut self, footnote: Footnote) {
        self.footnotes.retain(|f| f.marker != footnote.marker);
        let at = self
            .footnotes
            .partition_point(|f| f.marker < footnote.marker);
        self.footnotes.insert(at, footnote);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::timeline::Mapping;

    fn passage(paragraph: &str, quote: &str, state: PassageState) -> DraftPassage {
        DraftPassage {
            paragraph: paragraph.to_string(),
            quote: quote.to_string(),
            state,
        }
    }

    fn footnote(marker: u32, entry: Option<&str>) -> Footnote {
        Footnote {
            marker,
            entry: entry.map(str::to_string),
            mapping: entry.map(|_| Mapping::Original),
            certainty: None,
            note: None,
        }
    }

    #[test]
    fn survives_a_round_trip_through_json_with_every_kind_of_field() {
        let mut draft = Draft {
            title: "Korea 1945–1950".into(),
            source: "“The Foreign Interventions”, Korea, before 1950".into(),
            paragraphs: vec![Paragraph {
                id: "p1".into(),
                text: "Stalin said “no”.[2]".into(),
            }],
            ..Draft::default()
        };
        let entry = draft.add_entry("Goncharov, Uncertain Partners, p.135");
        draft.set_footnote(footnote(2, Some(&entry)));
        let kim = draft.add_actor("Kim Il-sung");
        draft.push_event(DraftEvent {
            headline: "Stalin says no".into(),
            date: Some(Dating::parse("1949-spring").unwrap()),
            basis: DraftBasis {
                kind: Some(BasisKind::Inferred),
                reason: "The essay: “no”.".into(),
                rests_on: Some("Stalin said".into()),
            },
            actors: vec![kim],
            passages: vec![
                passage("p1", "Stalin said", PassageState::Found),
                passage("p1", "“no”", PassageState::Moved { from: "p9".into() }),
                passage("p1", "gone", PassageState::Missing),
            ],
            footnotes: vec![2],
            html: Some(RichText::parse("<p>More <em>text</em></p>")),
            ..DraftEvent::default()
        });
        let json = serde_json::to_string(&draft).unwrap();
        assert_eq!(serde_json::from_str::<Draft>(&json).unwrap(), draft);
        assert!(json.contains(r#""date":"1949-spring""#), "{json}");
        assert!(
            json.contains(r#""state":{"moved":{"from":"p9"}}"#),
            "{json}"
        );
    }

    #[test]
    fn a_draft_missing_fields_opens_with_defaults() {
        let draft: Draft = serde_json::from_str(r#"{"title": "Old", "events": [{"id": "e"}]}"#)
            .expect("an older draft opens");
        assert_eq!(draft.title, "Old");
        assert_eq!(draft.events[0].date, None);
        assert_eq!(draft.events[0].basis.kind, None);
        assert!(draft.paragraphs.is_empty());
    }

    #[test]
    fn new_ids_are_unique_and_not_handed_on_at_once_after_a_removal() {
        let mut draft = Draft::default();
        let first = draft.push_event(DraftEvent::default());
        let second = draft.push_event(DraftEvent::default());
        assert_eq!((first.as_str(), second.as_str()), ("event-1", "event-2"));
        assert!(draft.remove_event("event-1"));
        assert!(!draft.remove_event("event-1"));
        assert_eq!(draft.push_event(DraftEvent::default()), "event-3");
        assert_eq!(draft.add_entry("A"), "b1");
        assert_eq!(draft.add_entry("B"), "b2");
    }

    #[test]
    fn actors_get_ids_from_their_names_and_leave_no_dangling_mention() {
        let mut draft = Draft::default();
        assert_eq!(draft.add_actor(" Kim Il-sung "), "kim-il-sung");
        assert_eq!(draft.add_actor("Kim Il-sung"), "kim-il-sung-2");
        assert_eq!(draft.add_actor("—"), "actor");
        assert_eq!(draft.actors[0].name, "Kim Il-sung");
        draft.push_event(DraftEvent {
            actors: vec!["kim-il-sung".into(), "actor".into()],
            ..DraftEvent::default()
        });
        draft.remove_actor("kim-il-sung");
        assert_eq!(draft.events[0].actors, vec!["actor".to_string()]);
        assert_eq!(draft.actors.len(), 2);
    }

    #[test]
    fn removing_an_entry_unpairs_its_markers_rather_than_saying_the_source_has_none() {
        let mut draft = Draft::default();
        let entry = draft.add_entry("Lashmar, New Statesman");
        draft.set_footnote(footnote(4, Some(&entry)));
        draft.set_footnote(footnote(1, None));
        draft.remove_entry(&entry);
        assert!(draft.bibliography.is_empty());
        assert_eq!(draft.footnote(4), None, "marker 4 is unpaired, not 'none'");
        assert_eq!(draft.footnote(1), Some(&footnote(1, None)));
    }

    #[test]
    fn a_footnote_replaces_what_was_said_of_its_marker_and_keeps_marker_order() {
        let mut draft = Draft::default();
        draft.set_footnote(footnote(5, None));
        draft.set_footnote(footnote(2, None));
        draft.set_footnote(footnote(5, Some("b1")));
        let markers: Vec<u32> = draft.footnotes.iter().map(|f| f.marker).collect();
        assert_eq!(markers, vec![2, 5]);
        assert_eq!(draft.footnote(5).unwrap().entry.as_deref(), Some("b1"));
    }

    #[test]
    fn only_a_moved_passage_can_be_confirmed_and_removal_needs_a_real_passage() {
        let mut draft = Draft::default();
        let id = draft.push_event(DraftEvent {
            passages: vec![
                passage("p1", "a", PassageState::Moved { from: "p2".into() }),
                passage("p1", "b", PassageState::Missing),
            ],
            ..DraftEvent::default()
        });
        assert!(draft.confirm_moved_passage(&id, 0));
        assert_eq!(draft.events[0].passages[0].state, PassageState::Found);
        assert!(
            !draft.confirm_moved_passage(&id, 1),
            "a missing quote stays missing"
        );
        assert_eq!(draft.events[0].passages[1].state, PassageState::Missing);
        assert!(!draft.remove_passage(&id, 2));
        assert!(draft.remove_passage(&id, 0));
        assert_eq!(draft.events[0].passages[0].quote, "b");
    }
}
