//! The checks an author sees while editing: the app's own validation of what the draft
//! would export, each problem tied to the editor field that fixes it, with the field named in
//! words. Errors block the download; warnings do not.
//!
//! A field's id is made from the problem's JSON path, so the editor can give its inputs the
//! same ids: the item first (`event-<id>`, `footnote-<marker>`, `entry-<id>`, `actor-<id>`,
//! `paragraph-<id>`, `era-<index>`), then each field in kebab case, a list's item as its
//! singular and index. `events[2].passages[0].quote` is `event-<id>-passage-0-quote`,
//! `events[2].basis.rests_on` is `event-<id>-basis-rests-on`; a top-level field is its own
//! name (`title`, `footnotes`), and a problem with the file as a whole is `draft`. An id is
//! the editor's to make, so a problem with one (`events[2].id`) is the item's (`event-<id>`).

use crate::core::author::date_parts::Word;
use crate::core::author::draft::{Draft, PassageState};
use crate::core::author::export::{Gap, Missing};
use crate::core::load::load_timeline;
use crate::core::load::problem::{Problem, Severity};
use crate::core::load::validate::validate;
use crate::core::model::event_date::EventDate;
use crate::locale::{editor_checks, editor_files};

/// One problem, where the author fixes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftCheck {
    pub severity: Severity,
    /// The id of the editor field to fix (see the module's comment).
    pub field_id: String,
    /// The field in words: `Event 3 “Acheson's speech”: passage 1 quote`.
    pub label: String,
    pub message: String,
    /// Where the problem is in the exported file: `events[2].passages[0].quote`.
    pub path: String,
}

/// Every check of a draft, errors first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftChecks {
    pub checks: Vec<DraftCheck>,
}

impl DraftChecks {
    pub fn errors(&self) -> usize {
        self.checks
            .iter()
            .filter(|c| c.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.checks.len() - self.errors()
    }

    /// A timeline with errors would not load, so it is not offered for download.
    pub fn blocks_download(&self) -> bool {
        self.errors() > 0
    }

    /// The download button's words: the file it gives, or how many problems block it.
    pub fn download_label(&self, file_name: &str) -> String {
        match self.errors() {
            0 => editor_files::download_file(file_name),
            1 => editor_files::download_one_problem().to_string(),
            n => editor_files::download_problems(n),
        }
    }
}

/// A piece of a JSON path: `events[2].basis` is `events`, 2, `basis`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(name) = pieces.next().filter(|n| !n.is_empty()) {
            steps.push(Step::Field(name));
        }
        for index in pieces {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                steps.push(Step::Index(i));
            }
        }
    }
    steps
}

/// `field_id`, then the ids of what encloses it, nearest first: `event-e-passage-0-quote`,
/// `event-e-passage-0`, `event-e-passage`, `event-e`, `event`. The editor moves to the first
/// that is on the page, so a problem with a part it shows no field for still lands nearby.
pub fn field_and_enclosing(field_id: &str) -> Vec<&str> {
    let mut ids = vec![field_id];
    let mut rest = field_id;
    while let Some(cut) = rest.rfind('-') {
        rest = &rest[..cut];
        ids.push(rest);
    }
    ids
}

/// An id as part of a field id: HTML ids hold no white space.
fn id_part(id: &str) -> String {
    id.split_whitespace().collect::<Vec<_>>().join("-")
}

/// The file's fields in words; in English, each is its name with spaces (`rests on`).
const FIELD_WORDS: [(&str, Word); 45] = {
    use editor_checks as w;
    [
        ("format", w::field_format),
        ("title", w::field_title),
        ("subtitle", w::field_subtitle),
        ("language", w::field_language),
        ("intro_html", w::field_intro_html),
        ("source", w::field_source),
        ("description", w::field_description),
        ("note", w::field_note),
        ("range", w::field_range),
        ("from", w::field_from),
        ("to", w::field_to),
        ("essay", w::field_essay),
        ("paragraphs", w::field_paragraphs),
        ("paragraph", w::field_paragraph),
        ("text", w::field_text),
        ("bibliography", w::field_bibliography),
        ("footnotes", w::field_footnotes),
        ("marker", w::field_marker),
        ("entry", w::field_entry),
        ("mapping", w::field_mapping),
        ("certainty", w::field_certainty),
        ("actors", w::field_actors),
        ("name", w::field_name),
        ("eras", w::field_eras),
        ("label", w::field_label),
        ("events", w::field_events),
        ("headline", w::field_headline),
        ("date", w::field_date),
        ("end", w::field_end),
        ("display_date", w::field_display_date),
        ("basis", w::field_basis),
        ("kind", w::field_kind),
        ("reason", w::field_reason),
        ("rests_on", w::field_rests_on),
        ("passages", w::field_passages),
        ("quote", w::field_quote),
        ("notes", w::field_notes),
        ("html", w::field_html),
        ("sources", w::field_sources),
        ("picture", w::field_picture),
        ("url", w::field_url),
        ("alt", w::field_alt),
        ("evidence", w::field_evidence),
        ("entries", w::field_entries),
        ("essay_words", w::field_essay_words),
    ]
};

/// An item of a list inside an item, by the list's name: `passage` for `passages`.
const ITEM_WORDS: [(&str, Word); 7] = {
    use editor_checks as w;
    [
        ("passages", w::item_passages),
        ("actors", w::item_actors),
        ("footnotes", w::item_footnotes),
        ("notes", w::item_notes),
        ("sources", w::item_sources),
        ("events", w::item_events),
        ("entries", w::item_entries),
    ]
};

fn word_in(table: &[(&str, Word)], name: &str) -> Option<String> {
    table
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, word)| word().to_string())
}

/// A field of the file in words; one the editor does not know by its name, spaced.
fn field_words(name: &str) -> String {
    word_in(&FIELD_WORDS, name).unwrap_or_else(|| name.replace('_', " "))
}

/// An item of list `list` in words: its singular, `passage` for `passages`.
fn item_words(list: &str) -> String {
    word_in(&ITEM_WORDS, list)
        .unwrap_or_else(|| list.strip_suffix('s').unwrap_or(list).replace('_', " "))
}

/// The field id of event `event_id`'s form, which its fields' ids start with.
pub fn event_field_id(event_id: &str) -> String {
    format!("event-{}", id_part(event_id))
}

/// The field id of paragraph `paragraph_id`.
pub fn paragraph_field_id(paragraph_id: &str) -> String {
    format!("paragraph-{}", id_part(paragraph_id))
}

/// The field id of bibliography entry `entry_id`.
pub fn entry_field_id(entry_id: &str) -> String {
    format!("entry-{}", id_part(entry_id))
}

impl Draft {
    /// The item a path starts with, as (field id, label), and the steps after it.
    fn item<'p>(&self, steps: &'p [Step<'p>]) -> (String, String, &'p [Step<'p>]) {
        use Step::{Field, Index};
        match steps {
            [Field("events"), Index(i), rest @ ..] => {
                let event = self.events.get(*i);
                let headline = event.map_or("", |e| e.headline.trim());
                let label = if headline.is_empty() {
                    editor_checks::event_no_headline(i + 1)
                } else {
                    editor_checks::event_headline(i + 1, headline)
                };
                let id = event.map_or(i.to_string(), |e| id_part(&e.id));
                (format!("event-{id}"), label, rest)
            }
            [Field("footnotes"), Index(i), rest @ ..] => {
                let marker = self.footnotes.get(*i).map_or(0, |f| f.marker);
                (
                    format!("footnote-{marker}"),
                    editor_checks::footnote(marker),
                    rest,
                )
            }
            [Field("bibliography"), Index(i), rest @ ..] => {
                let id = self.bibliography.get(*i).map_or("", |e| &e.id);
                (
                    format!("entry-{}", id_part(id)),
                    editor_checks::bibliography_entry(i + 1),
                    rest,
                )
            }
            [Field("actors"), Index(i), rest @ ..] => {
                let actor = self.actors.get(*i);
                (
                    format!("actor-{}", id_part(actor.map_or("", |a| &a.id))),
                    editor_checks::actor(actor.map_or("", |a| a.name.as_str())),
                    rest,
                )
            }
            [Field("essay"), Field("paragraphs"), Index(i), rest @ ..] => {
                let id = self.paragraphs.get(*i).map_or("", |p| &p.id);
                (
                    format!("paragraph-{}", id_part(id)),
                    editor_checks::paragraph(i + 1),
                    rest,
                )
            }
            [Field("eras"), Index(i), rest @ ..] => {
                (format!("era-{i}"), editor_checks::era(i + 1), rest)
            }
            [Field(name), rest @ ..] => {
                let words = field_words(name);
                let mut chars = words.chars();
                let label = chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                (name.replace('_', "-"), label, rest)
            }
            [Index(_), ..] | [] => (
                "draft".to_string(),
                editor_checks::whole_timeline().to_string(),
                &[],
            ),
        }
    }

    /// The editor field for a JSON path of the export, as (field id, label).
    pub fn field_for_path(&self, path: &str) -> (String, String) {
        let steps = steps(path);
        let (mut id, label, rest) = self.item(&steps);
        let mut words: Vec<String> = Vec::new();
        for (k, step) in rest.iter().enumerate() {
            match (step, rest.get(k + 1)) {
                // A list's item: `passages[0]` is `passage-0`, "passage 1".
                (Step::Field(list), Some(Step::Index(i))) => {
                    let item = list.strip_suffix('s').unwrap_or(list).replace('_', "-");
                    id.push_str(&format!("-{item}-{i}"));
                    words.push(format!("{} {}", item_words(list), i + 1));
                }
                // Ids are made by the editor, not typed: a problem with one is the item's.
                (Step::Field("id"), None) => {}
                (Step::Field(name), _) => {
                    id.push_str(&format!("-{}", name.replace('_', "-")));
                    words.push(field_words(name));
                }
                (Step::Index(_), _) => {}
            }
        }
        let label = if words.is_empty() {
            label
        } else {
            format!("{label}: {}", words.join(editor_checks::part_of()))
        };
        (id, label)
    }

    /// The event a field id belongs to (`event-<id>-headline` is event `<id>`'s), so the
    /// editor can open that event before it moves to the field. The longest id wins, so
    /// `event-1-2` is not taken for event `1`.
    pub fn event_for_field(&self, field_id: &str) -> Option<String> {
        let rest = field_id.strip_prefix("event-")?;
        self.events
            .iter()
            .map(|e| id_part(&e.id))
            .filter(|id| {
                rest.strip_prefix(id.as_str())
                    .is_some_and(|after| after.is_empty() || after.starts_with('-'))
            })
            .max_by_key(String::len)
            .and_then(|id| self.events.iter().find(|e| id_part(&e.id) == id))
            .map(|e| e.id.clone())
    }

    /// The problems of a draft that cannot be exported yet: the gaps, and the validation of
    /// the rest. An undated event is checked with a stand-in date whose own problems are
    /// left out, so everything else about it shows now and its date's problems once it has
    /// one.
    fn problems_with_gaps(&self, gaps: &[Gap]) -> Vec<Problem> {
        let undated: Vec<usize> = gaps
            .iter()
            .filter(|g| g.missing == Missing::Date)
            .map(|g| g.event)
            .collect();
        let without_kind: Vec<usize> = gaps
            .iter()
            .filter(|g| g.missing == Missing::BasisKind)
            .map(|g| g.event)
            .collect();
        // The gaps already say these, at the field the author fills in.
        let said_by_a_gap = |p: &Problem| {
            undated.iter().any(|i| {
                p.path == format!("events[{i}].date") || p.path == format!("events[{i}].end")
            }) || without_kind
                .iter()
                .any(|i| p.path == format!("events[{i}].basis"))
        };
        let mut problems: Vec<Problem> = gaps
            .iter()
            .map(|gap| match gap.missing {
                Missing::Date => Problem::error(
                    format!("events[{}].date", gap.event),
                    editor_checks::give_date(),
                ),
                Missing::BasisKind => Problem::error(
                    format!("events[{}].basis.kind", gap.event),
                    editor_checks::say_basis(),
                ),
            })
            .collect();
        let stand_in = EventDate::Year { year: 1 };
        problems.extend(
            validate(&self.timeline_with_undated_at(stand_in))
                .into_iter()
                .filter(|p| !said_by_a_gap(p)),
        );
        problems
    }

    /// Passages whose words moved, for the author to confirm.
    fn moved_passages(&self) -> Vec<Problem> {
        let place = |id: &str| match self.paragraph_index(id) {
            Some(i) => editor_checks::in_paragraph(i + 1),
            None => editor_checks::removed_paragraph().to_string(),
        };
        let mut problems = Vec::new();
        for (i, event) in self.events.iter().enumerate() {
            for (q, passage) in event.passages.iter().enumerate() {
                if let PassageState::Moved { from } = &passage.state {
                    problems.push(Problem::warning(
                        format!("events[{i}].passages[{q}].quote"),
                        editor_checks::quote_moved(place(from), place(&passage.paragraph)),
                    ));
                }
            }
        }
        problems
    }

    /// Every problem with the draft, each at its field. A draft with no gaps is checked as
    /// the very file it would download: its export, loaded as the app loads a file.
    pub fn check(&self) -> DraftChecks {
        let mut problems = match self.export_json() {
            Ok(json) => match load_timeline(&json) {
                Ok(loaded) => loaded.warnings,
                Err(problems) => problems,
            },
            Err(gaps) => self.problems_with_gaps(&gaps),
        };
        problems.extend(self.moved_passages());
        // Stable: within each severity, the order validation found them in.
        problems.sort_by_key(|p| !p.is_error());
        let checks = problems
            .into_iter()
            .map(|p| {
                let (field_id, label) = self.field_for_path(&p.path);
                DraftCheck {
                    severity: p.severity,
                    field_id,
                    label,
                    message: p.message,
                    path: p.path,
                }
            })
            .collect();
        DraftChecks { checks }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::author::draft::DraftPassage;
    use crate::core::author::selection::ParagraphSelection;
    use crate::core::model::timeline::{BasisKind, Footnote, Mapping, YearRange};

    const ESSAY: &str = "Kim asked Stalin for help.[1] Stalin said “no”.[2]";

    fn draft() -> Draft {
        let mut draft = Draft {
            title: "Korea".into(),
            source: "An essay".into(),
            ..Draft::default()
        };
        draft.paste_essay(ESSAY);
        for marker in [1, 2] {
            draft.set_footnote(Footnote {
                marker,
                entry: None,
                mapping: None,
                certainty: None,
                note: None,
            });
        }
        draft
    }

    fn select(draft: &mut Draft, words: &str) -> String {
        let start = ESSAY.find(words).unwrap();
        let utf16 = |b: usize| ESSAY[..b].encode_utf16().count();
        draft
            .add_event_from_selection(ParagraphSelection {
                paragraph: 0,
                start_utf16: utf16(start),
                end_utf16: utf16(start + words.len()),
            })
            .unwrap()
    }

    fn complete(draft: &mut Draft, id: &str) {
        let event = draft.event_mut(id).unwrap();
        event.headline = "Stalin says no".into();
        event.date = Some(EventDate::parse("1949").unwrap().into());
        event.basis.kind = Some(BasisKind::Editorial);
        event.basis.reason = "A known date.".into();
    }

    fn fields(checks: &DraftChecks) -> Vec<(&str, Severity)> {
        checks
            .checks
            .iter()
            .map(|c| (c.field_id.as_str(), c.severity))
            .collect()
    }

    #[test]
    fn a_new_event_asks_for_its_headline_date_and_basis_at_their_fields() {
        let mut draft = draft();
        let id = select(&mut draft, "Stalin said “no”.");
        let checks = draft.check();
        assert_eq!(
            fields(&checks),
            vec![
                ("event-event-1-date", Severity::Error),
                ("event-event-1-basis-kind", Severity::Error),
                ("event-event-1-headline", Severity::Error),
            ]
        );
        assert_eq!(checks.checks[0].label, "Event 1 (no headline yet): date");
        assert!(checks.blocks_download());
        complete(&mut draft, &id);
        let checks = draft.check();
        assert_eq!(checks, DraftChecks::default());
        assert!(!checks.blocks_download());
    }

    #[test]
    fn an_undated_event_is_told_only_to_take_a_date_whatever_the_years() {
        let mut draft = draft();
        draft.range = Some(YearRange {
            from: 1945,
            to: 1950,
        });
        let id = select(&mut draft, "Stalin said “no”.");
        complete(&mut draft, &id);
        draft.event_mut(&id).unwrap().date = None;
        let checks = draft.check();
        assert_eq!(
            fields(&checks),
            vec![("event-event-1-date", Severity::Error)]
        );
        assert!(checks.checks[0].message.contains("give the event a date"));
    }

    #[test]
    fn a_quote_edited_out_of_the_essay_is_an_error_at_its_passage() {
        let mut draft = draft();
        let id = select(&mut draft, "Stalin said “no”.");
        complete(&mut draft, &id);
        draft.edit_paragraph(0, "Kim asked Stalin for help.[1] Stalin refused.[2]");
        assert_eq!(draft.events.len(), 1);
        let checks = draft.check();
        assert_eq!(
            fields(&checks),
            vec![("event-event-1-passage-0-quote", Severity::Error)]
        );
        assert_eq!(
            checks.checks[0].label,
            "Event 1 “Stalin says no”: passage 1 quote"
        );
        assert_eq!(checks.checks[0].path, "events[0].passages[0].quote");
        assert!(checks.blocks_download());
    }

    #[test]
    fn a_moved_quote_is_a_warning_until_the_author_confirms_it() {
        let mut draft = draft();
        let id = select(&mut draft, "Stalin said “no”.");
        complete(&mut draft, &id);
        draft.paste_essay("Kim asked Stalin for help.[1]\n\nStalin said “no”.[2]");
        let checks = draft.check();
        assert_eq!(
            fields(&checks),
            vec![("event-event-1-passage-0-quote", Severity::Warning)]
        );
        assert!(
            checks.checks[0]
                .message
                .contains("moved from paragraph 1 to paragraph 2"),
            "{}",
            checks.checks[0].message
        );
        assert!(!checks.blocks_download());
        draft.confirm_moved_passage(&id, 0);
        assert_eq!(draft.check(), DraftChecks::default());
    }

    #[test]
    fn footnote_problems_point_at_the_footnote_or_the_list() {
        let mut draft = draft();
        let id = select(&mut draft, "Stalin said “no”.");
        complete(&mut draft, &id);
        draft.footnotes.retain(|f| f.marker != 1);
        let entry = draft.add_entry("Goncharov");
        draft.set_footnote(Footnote {
            marker: 2,
            entry: Some(entry),
            mapping: Some(Mapping::Reconstructed),
            certainty: None,
            note: Some("Fits.".into()),
        });
        let checks = draft.check();
        assert_eq!(
            fields(&checks),
            vec![
                ("footnotes", Severity::Error),
                ("footnote-2-certainty", Severity::Warning),
            ]
        );
        assert_eq!(checks.checks[0].label, "Footnotes");
        assert_eq!(checks.checks[1].label, "Footnote [2]: certainty");
        assert_eq!((checks.errors(), checks.warnings()), (1, 1));
    }

    #[test]
    fn a_field_names_its_event_and_falls_back_to_what_encloses_it() {
        let mut draft = draft();
        let first = select(&mut draft, "Kim asked");
        draft.events[0].id = "1".into();
        let second = select(&mut draft, "Stalin said");
        draft.events[1].id = "1-2".into();
        assert_ne!(first, second);
        assert_eq!(
            draft.event_for_field("event-1-headline").as_deref(),
            Some("1")
        );
        assert_eq!(
            draft.event_for_field("event-1-2-basis-kind").as_deref(),
            Some("1-2")
        );
        assert_eq!(draft.event_for_field("event-1-2").as_deref(), Some("1-2"));
        assert_eq!(draft.event_for_field("event-3-headline"), None);
        assert_eq!(draft.event_for_field("title"), None);
        assert_eq!(
            field_and_enclosing("event-e-passage-0-quote"),
            vec![
                "event-e-passage-0-quote",
                "event-e-passage-0",
                "event-e-passage",
                "event-e",
                "event"
            ]
        );
        assert_eq!(field_and_enclosing("title"), vec!["title"]);
        assert_eq!(event_field_id("a b"), "event-a-b");
        assert_eq!(
            paragraph_field_id("p1"),
            draft.field_for_path("essay.paragraphs[0]").0
        );
        assert_eq!(entry_field_id("b 1"), "entry-b-1");
    }

    #[test]
    fn the_download_button_says_how_many_problems_block_it() {
        let mut draft = draft();
        let id = select(&mut draft, "Stalin said “no”.");
        assert_eq!(
            draft.check().download_label("korea.json"),
            "Download: 3 problems block it"
        );
        complete(&mut draft, &id);
        draft.event_mut(&id).unwrap().headline.clear();
        assert_eq!(
            draft.check().download_label("korea.json"),
            "Download: 1 problem blocks it"
        );
        complete(&mut draft, &id);
        assert_eq!(
            draft.check().download_label("korea.json"),
            "Download korea.json"
        );
    }

    #[test]
    fn every_kind_of_path_has_a_field() {
        let mut draft = draft();
        draft.add_actor("Kim Il-sung");
        draft.add_entry("Lashmar");
        let id = select(&mut draft, "Kim asked");
        draft
            .event_mut(&id)
            .unwrap()
            .passages
            .push(DraftPassage::default());
        let field = |path: &str| draft.field_for_path(path);
        assert_eq!(field("title").0, "title");
        assert_eq!(
            field("language"),
            ("language".to_string(), "Language".to_string())
        );
        assert_eq!(field("display_date").1, "Display date");
        assert_eq!(field("").0, "draft");
        assert_eq!(field("essay.paragraphs[0].id").0, "paragraph-p1");
        assert_eq!(field("bibliography[0].id").0, "entry-b1");
        assert_eq!(field("bibliography[0].text").0, "entry-b1-text");
        assert_eq!(field("actors[0].id").1, "Actor “Kim Il-sung”");
        assert_eq!(field("eras[1].label").0, "era-1-label");
        assert_eq!(field("events[0].actors[1]").0, "event-event-1-actor-1");
        assert_eq!(
            field("events[0].basis.rests_on"),
            (
                "event-event-1-basis-rests-on".to_string(),
                "Event 1 (no headline yet): basis rests on".to_string()
            )
        );
        assert_eq!(field("footnotes[1].entry").0, "footnote-2-entry");
        assert_eq!(field("evidence[0].entries[1]").1, "Evidence: entry 2");
    }

    #[cfg(feature = "every-language")]
    #[test]
    fn in_korean_a_check_names_its_event_and_field_and_says_what_to_do() {
        crate::locale::choose("ko");
        let mut draft = draft();
        let id = select(&mut draft, "Stalin said “no”.");
        let checks = draft.check();
        assert_eq!(checks.checks[0].label, "사건 1(아직 제목 없음): 날짜");
        assert!(checks.checks[0]
            .message
            .starts_with("사건의 날짜를 입력하세요"));
        assert_eq!(
            checks.download_label("korea.json"),
            "내려받기 불가: 먼저 고칠 문제가 3건 있습니다"
        );
        complete(&mut draft, &id);
        draft.paste_essay("Kim asked Stalin for help.[1]\n\nStalin said “no”.[2]");
        let moved = &draft.check().checks[0];
        assert_eq!(moved.label, "사건 1 “Stalin says no”: 구절 1의 인용문");
        assert!(
            moved
                .message
                .starts_with("인용문이 단락 1에서 옮겨져 지금은 단락 2에 있습니다."),
            "{}",
            moved.message
        );
        assert_eq!(
            draft.field_for_path("events[0].basis.rests_on").1,
            "사건 1 “Stalin says no”: 날짜 근거의 본문 구절"
        );
    }
}
