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
