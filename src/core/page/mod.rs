//! Page-level state: the URL query as the page's state, and the embed snippet for teachers.
//! Must not know about components or the DOM.

pub mod app_query;
pub mod embed_snippet;
