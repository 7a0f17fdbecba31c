//! Page-level state: the URL query as the page's state, the embed snippet for teachers, and
//! where the shipped timeline's sources page is.
//! Must not know about components or the DOM.

pub mod app_query;
pub mod embed_snippet;
pub mod sources_page;
