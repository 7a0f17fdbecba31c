//! The content model: a timeline, its essay, sources and events, and their dates. Owns the
//! JSON format's types and nothing about loading, checking or drawing them; it must not
//! depend on any other core folder but `text` (rich text kept parsed).

pub mod by_name;
pub mod csl;
pub mod date_words;
pub mod date_words_korean;
pub mod dating;
pub mod event_date;
pub mod hedge;
#[cfg(feature = "schema")]
pub mod schema;
pub mod timeline;

/// Dates in the words of the interface's language (`crate::locale::LANG`): what the reader
/// shows as an event's date.
#[cfg(not(feature = "korean"))]
pub use date_words as local_date_words;
#[cfg(feature = "korean")]
pub use date_words_korean as local_date_words;
