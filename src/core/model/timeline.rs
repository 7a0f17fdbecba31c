//! The content model: one essay, its footnotes and bibliography, and the events that rest on
//! them. It mirrors the JSON format documented in `docs/format.md`. A timeline imported from
//! another format (TimelineJS) has no essay, so its events rest on no passages or footnotes.

use serde::{Deserialize, Deserializer, Serialize};

use crate::core::model::by_name::deserialize_by_name;
use crate::core::model::dating::Dating;
use crate::core::model::event_date::{DateSpan, EventDate, Year};
use crate::core::model::local_date_words::date_words;
use crate::core::text::footnote_marker::find_markers;
use crate::core::text::rich_text::RichText;
use crate::core::text::sanitize::safe_href;
use crate::locale::{basis, panel};

/// The format version this build reads; files name it so old files stay readable.
pub const FORMAT_VERSION: &str = "essay-timeline/1";

/// Reads a field every essay-timeline file must name, as a value or as `null`: `null` is what
/// a timeline imported from another format has there (no essay, no date basis), and what
/// writing such a timeline out gives, so it reads back as it was.
fn required<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Timeline {
    #[cfg_attr(feature = "schema", schemars(extend("const" = "essay-timeline/1")))]
    pub format: String,
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    /// The language of the timeline's own words (titles, essay, quotes, entries, notes), as
    /// a BCP 47 tag such as `en` or `ko`; none when the file does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// An introduction as HTML (a TimelineJS title slide's text), sanitised as it is read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub intro_html: Option<RichText>,
    pub source: Source,
    /// Years the events must fall in, when the author wants that checked.
    #[serde(default)]
    pub range: Option<YearRange>,
    /// The essay the events quote. Every essay-timeline file has one; only a timeline imported
    /// from TimelineJS has none.
    #[serde(deserialize_with = "required")]
    #[cfg_attr(feature = "schema", schemars(with = "Essay"))]
    pub essay: Option<Essay>,
    pub bibliography: Vec<BibEntry>,
    /// The works the bibliography cites, each once, in CSL-JSON (see `BibEntry::cites`).
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<crate::core::model::csl::CslItem>")
    )]
    pub works: SourcesOnly<Vec<CslWork>>,
    pub footnotes: Vec<Footnote>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Named stretches of time shown behind the events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<Era>,
    pub events: Vec<Event>,
    /// When the evidence surfaced: the dates the sources themselves carry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// A date a source carries (a document's own date, a book's year, a paper's conference, the
/// archives' release the essay names) and the events that rest on it, drawn in the "When
/// the evidence surfaced" lane. The date is one the page states: in the words of the entries
/// it names, or in the essay's words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Evidence {
    pub id: String,
    /// The editors' short name for it ("Uncertain Partners published").
    pub label: String,
    pub date: EventDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<EventDate>,
    /// The bibliography entries whose words state the date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<String>,
    /// Or the essay's words that state it, word for word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essay_words: Option<String>,
    /// The events that rest on it, by id.
    pub events: Vec<String>,
    /// An editorial note: why the events rest on it where the page does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Evidence {
    pub fn span(&self) -> DateSpan {
        DateSpan::plain(self.date, self.end)
    }
}

/// A picture an event shows (a TimelineJS slide's `media` whose address is an image): where
/// it is, as the file gives it (a web address, or a path beside the timeline file), and what
/// it shows in words. One beside the file shows; one on another site only once the reader
/// chooses to see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Picture {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
}

impl Picture {
    /// Whether `url` may name a picture: a web address (http or https), or a path with no
    /// scheme, read beside the timeline file.
    pub fn may_be_at(url: &str) -> bool {
        let url = url.trim();
        let scheme_end = url.find([':', '/', '?', '#']);
        let is_path = !url.is_empty() && scheme_end.is_none_or(|end| !url[end..].starts_with(':'));
        is_path || safe_href(url).is_some()
    }
}

/// Where the essay comes from, shown with every view of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Source {
    pub description: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct YearRange {
    pub from: Year,
    pub to: Year,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Essay {
    pub title: String,
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of the essay, verbatim, footnote markers like `[4]` kept in place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Paragraph {
    pub id: String,
    pub text: String,
}

/// A bibliography entry exactly as the source page lists it, and the works it cites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct BibEntry {
    pub id: String,
    pub text: String,
    /// The works the entry cites (ids in `works`), each at the place it names; empty when no
    /// structured form was made. Only what the entry states.
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Citing>"))]
    pub cites: SourcesOnly<Vec<Citing>>,
}

/// A field only the sources tools read (`core::sources`: natively at build time, and the cite
/// page's Wasm built with the `sources` feature). The reader passes over it unread, so the
/// code that reads it stays out of the reader's download.
#[cfg(any(not(target_arch = "wasm32"), feature = "sources"))]
pub type SourcesOnly<T> = T;
#[cfg(all(target_arch = "wasm32", not(feature = "sources")))]
pub type SourcesOnly<T> = Unread<T>;

/// A value the reader skips; `T` is what the sources tools read in its place.
#[cfg(all(target_arch = "wasm32", not(feature = "sources")))]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unread<T>(std::marker::PhantomData<T>);

#[cfg(all(target_arch = "wasm32", not(feature = "sources")))]
impl<'de, T> Deserialize<'de> for Unread<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Unread<T>, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Unread(std::marker::PhantomData))
    }
}

#[cfg(all(target_arch = "wasm32", not(feature = "sources")))]
impl<T> Serialize for Unread<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

/// One work an entry cites, and where in it: page 135, chapter 13.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Citing {
    pub work: String,
    /// The place in the work, as the entry gives it ("135", "13").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
    /// What the locator counts, a CSL locator term ("page", "chapter"); page when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// A work in CSL-JSON (the format Zotero, Pandoc and citeproc read), kept as the file has it:
/// the reader never needs its fields, so only the sources tools (`core::sources`) read them.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CslWork(pub Box<serde_json::value::RawValue>);

impl PartialEq for CslWork {
    fn eq(&self, other: &CslWork) -> bool {
        self.0.get() == other.0.get()
    }
}

/// How a footnote marker was tied to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Mapping {
    /// The source page itself pairs the marker with the entry.
    Original,
    /// Editors paired them by content; the page does not.
    Reconstructed,
}

/// How sure a reconstructed pairing of marker and entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Only one reading fits (a matching date, a named subject).
    Firm,
    /// The best reading, with another possible; the note names it.
    Likely,
}

deserialize_by_name!(Mapping { "original" => Mapping::Original, "reconstructed" => Mapping::Reconstructed });
deserialize_by_name!(Certainty { "firm" => Certainty::Firm, "likely" => Certainty::Likely });

impl Certainty {
    /// How the pairing is introduced to readers.
    pub fn label(self) -> &'static str {
        match self {
            Certainty::Firm => panel::reconstructed_firm(),
            Certainty::Likely => panel::reconstructed_likely(),
        }
    }
}

/// A footnote marker and the bibliography entry behind it, if one survives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Footnote {
    pub marker: u32,
    /// The bibliography entry id; `null` when the page has no entry for this marker.
    pub entry: Option<String>,
    #[serde(default)]
    pub mapping: Option<Mapping>,
    /// How sure a reconstructed mapping is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certainty: Option<Certainty>,
    /// Why the mapping holds, or what is known of a missing entry.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Actor {
    pub id: String,
    pub name: String,
}

/// Where a date comes from.
// Ordered as the legend lists them (an implementation detail, so not in the schema).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum BasisKind {
    /// The essay states it.
    Essay,
    /// The essay implies it without stating it; `DateBasis::rests_on` holds its words.
    Inferred,
    /// A document the essay cites carries it.
    CitedDocument,
    /// A well-known date the essay leaves out, supplied by the editors.
    Editorial,
}

deserialize_by_name!(BasisKind {
    "essay" => BasisKind::Essay,
    "inferred" => BasisKind::Inferred,
    "cited-document" => BasisKind::CitedDocument,
    "editorial" => BasisKind::Editorial,
});

impl BasisKind {
    pub fn label(self) -> &'static str {
        match self {
            BasisKind::Essay => basis::essay(),
            BasisKind::Inferred => basis::inferred(),
            BasisKind::CitedDocument => basis::cited_document(),
            BasisKind::Editorial => basis::editorial(),
        }
    }

    /// A shape for each basis, so the axis never tells them apart by colour alone.
    pub fn glyph(self) -> &'static str {
        match self {
            BasisKind::Essay => "●",
            BasisKind::Inferred => "◐",
            BasisKind::CitedDocument => "■",
            BasisKind::Editorial => "◇",
        }
    }

    /// A stable name for styling.
    pub fn slug(self) -> &'static str {
        match self {
            BasisKind::Essay => "essay",
            BasisKind::Inferred => "inferred",
            BasisKind::CitedDocument => "cited-document",
            BasisKind::Editorial => "editorial",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct DateBasis {
    pub kind: BasisKind,
    /// One line on why the date is what it is.
    pub reason: String,
    /// The essay's words the date rests on, verbatim: required for a date inferred from the
    /// essay, allowed for one it states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rests_on: Option<String>,
}

/// An exact quote and the paragraph it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Passage {
    pub paragraph: String,
    pub quote: String,
}

/// A named stretch of time, such as a reign or a war, shown behind the events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Era {
    pub label: String,
    pub date: EventDate,
    pub end: EventDate,
}

impl Era {
    pub fn span(&self) -> DateSpan {
        DateSpan::plain(self.date, Some(self.end))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct Event {
    pub id: String,
    pub headline: String,
    /// The date, or the first date, as historians hedge it (EDTF: `1949~`, `[..1950-03]`).
    pub date: Dating,
    /// The last date, for an event that lasts; only beside a single date.
    #[serde(default)]
    pub end: Option<Dating>,
    /// The author's own wording of the date ("c. 1200 BCE"), shown instead of the computed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    /// Where the date comes from. Every event of an essay-timeline file has one; events
    /// imported from TimelineJS have none, as their files do not say.
    #[serde(deserialize_with = "required")]
    #[cfg_attr(feature = "schema", schemars(with = "DateBasis"))]
    pub basis: Option<DateBasis>,
    #[serde(default)]
    pub actors: Vec<String>,
    pub passages: Vec<Passage>,
    pub footnotes: Vec<u32>,
    /// Editorial notes: corrections and context, always shown apart from the essay's words.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The event's text as HTML (a TimelineJS slide's `text.text`), sanitised as it is read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub html: Option<RichText>,
    /// Credit and caption lines for the event's media, as HTML fragments sanitised like `html`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    pub sources: Vec<RichText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

impl Event {
    pub fn span(&self) -> DateSpan {
        self.date.span(self.end.as_ref())
    }

    /// The date as readers see it: the author's `display_date`, or the date in words.
    pub fn date_label(&self) -> String {
        self.display_date
            .clone()
            .unwrap_or_else(|| date_words(&self.date, self.end.as_ref()))
    }

    /// "Headline, date": the event's name for screen readers and status messages.
    pub fn name_with_date(&self) -> String {
        format!("{}, {}", self.headline, self.date_label())
    }
}

impl Timeline {
    /// Every rich-text field: the introduction, each event's text and its source lines.
    pub fn rich_texts_mut(&mut self) -> impl Iterator<Item = &mut RichText> {
        let events = self
            .events
            .iter_mut()
            .flat_map(|e| e.html.iter_mut().chain(e.sources.iter_mut()));
        self.intro_html.iter_mut().chain(events)
    }

    /// False while some rich text holds HTML only the full parser reads.
    pub fn is_fully_parsed(&self) -> bool {
        let events = self
            .events
            .iter()
            .flat_map(|e| e.html.iter().chain(e.sources.iter()));
        self.intro_html
            .iter()
            .chain(events)
            .all(RichText::is_parsed)
    }

    /// The essay's paragraphs; none when the timeline has no essay.
    pub fn paragraphs(&self) -> &[Paragraph] {
        self.essay.as_ref().map_or(&[], |e| e.paragraphs.as_slice())
    }

    /// Every event's quotes from paragraph `id`, tagged with the event's index: what the
    /// essay view highlights and links.
    pub fn quotes_in(&self, id: &str) -> Vec<(usize, &str)> {
        self.events
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.passages
                    .iter()
                    .filter(move |p| p.paragraph == id)
                    .map(move |p| (i, p.quote.as_str()))
            })
            .collect()
    }

    /// The footnote markers that appear in the essay, each once, in number order.
    pub fn essay_markers(&self) -> Vec<u32> {
        let mut markers: Vec<u32> = self
            .paragraphs()
            .iter()
            .flat_map(|p| find_markers(&p.text))
            .map(|m| m.number)
            .collect();
        markers.sort_unstable();
        markers.dedup();
        markers
    }

    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.paragraphs().iter().find(|p| p.id == id)
    }

    pub fn footnote(&self, marker: u32) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.marker == marker)
    }

    pub fn entry(&self, id: &str) -> Option<&BibEntry> {
        self.bibliography.iter().find(|b| b.id == id)
    }

    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actors
            .iter()
            .find(|a| a.id == id)
            .map_or(id, |a| a.name.as_str())
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::{BasisKind, Certainty, Mapping};
    use crate::core::model::by_name::tests::round_trips;

    #[test]
    fn each_name_written_reads_back() {
        use BasisKind::*;
        round_trips(&[Essay, Inferred, CitedDocument, Editorial]);
        round_trips(&[Certainty::Firm, Certainty::Likely]);
        round_trips(&[Mapping::Original, Mapping::Reconstructed]);
    }
}
