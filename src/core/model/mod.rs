//! The content model: a timeline, its essay, sources and events, and their dates. Owns the
//! JSON format's types and nothing about loading, checking or drawing them; it must not
//! depend on any other core folder but `text` (rich text kept parsed).

pub mod by_name;
pub mod csl;
pub mod date_words;
#[cfg(feature = "every-language")]
pub mod date_words_chosen;
pub mod date_words_korean;
pub mod dating;
pub mod event_date;
pub mod hedge;
pub mod language_tag;
#[cfg(feature = "schema")]
pub mod schema;
pub mod timeline;

#[cfg(not(any(feature = "korean", feature = "every-language")))]
pub use date_words as local_date_words;
/// Dates in the words of the interface's language (`crate::locale::lang()`): what the reader
/// shows as an event's date.
#[cfg(feature = "every-language")]
pub use date_words_chosen as local_date_words;
#[cfg(all(feature = "korean", not(feature = "every-language")))]
pub use date_words_korean as local_date_words;
