//! Page-level state: the URL query as the page's state, how the timeline's own words are
//! marked with their language, the embed snippet for teachers,
//! the link to the other language, the language a page that holds every language chooses, where the shipped timeline's sources page is, and the metadata reference managers read, and TimelineJS's URL options.
//! Must not know about components or the DOM.

pub mod app_query;
pub mod content_language;
pub mod embed_snippet;
pub mod language_choice;
pub mod language_link;
pub mod reference_metadata;
pub mod sources_page;
pub mod timelinejs_options;
