//! A timeline's works in CSL-JSON, typed: the fields an entry can state about a book, an
//! article, an archive document or a conference paper. Only fields the entry states are
//! filled; a missing publisher or title stays missing.

use serde::{Deserialize, Serialize};

/// The CSL item types these works use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CslType {
    Book,
    Chapter,
    ArticleJournal,
    ArticleMagazine,
    ArticleNewspaper,
    Manuscript,
    PaperConference,
    Speech,
    Report,
    Thesis,
    Webpage,
    Document,
}

/// A person or a body: family and given names, or a literal name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct CslName {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
}

/// A date as CSL-JSON writes it: one or two `[year, month?, day?]` parts (a range).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "checking", serde(deny_unknown_fields))]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub date_parts: Vec<Vec<i32>>,
}

/// One work. Field names are CSL-JSON's, so the item is CSL-JSON as it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CslItem {
    /// Cited from bibliography entries as `cites[].work`.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: CslType,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<CslName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The book, journal or magazine the work is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// The pages the work itself spans (an article's); a place cited in it is a locator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_pages: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher_place: Option<String>,
    /// The archive holding a document, and where in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// CSL-JSON spells this one with an underscore.
    #[serde(rename = "archive_location")]
    pub archive_location: Option<String>,
    /// The conference a paper was given at, where and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_date: Option<CslDate>,
    /// Where the work is on the web (a timeline's own event, cited as a web page), and when it
    /// was read there.
    #[serde(default, rename = "URL", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<CslDate>,
    /// What a reader should know that fits no field, in the editors' words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `[1995, 7]` as `1995-07`.
fn iso_part(part: &[i32]) -> String {
    part.iter()
        .enumerate()
        .map(|(i, n)| {
            if i == 0 {
                format!("{n:04}")
            } else {
                format!("{n:02}")
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// CSL's locator terms.
pub const LOCATOR_LABELS: [&str; 18] = [
    "act",
    "appendix",
    "book",
    "chapter",
    "column",
    "figure",
    "folio",
    "issue",
    "line",
    "note",
    "opus",
    "page",
    "paragraph",
    "part",
    "section",
    "sub-verbo",
    "verse",
    "volume",
];

impl CslDate {
    /// The date in ISO 8601, `1996-02-02`, or a range `1995-07-24/1995-07-25`.
    pub fn iso(&self) -> String {
        self.date_parts
            .iter()
            .map(|p| iso_part(p))
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The first (or only) day in ISO 8601.
    pub fn first_iso(&self) -> Option<String> {
        self.date_parts.first().map(|p| iso_part(p))
    }

    /// One or two parts, each a year with an optional month (1–12) and day (1–31).
    pub fn is_valid(&self) -> bool {
        (1..=2).contains(&self.date_parts.len())
            && self.date_parts.iter().all(|part| {
                (1..=3).contains(&part.len())
                    && part.get(1).is_none_or(|m| (1..=12).contains(m))
                    && part.get(2).is_none_or(|d| (1..=31).contains(d))
            })
    }
}
