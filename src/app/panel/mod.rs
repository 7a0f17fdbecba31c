//! The open event's panel and the pieces the essay page shares with it: essay paragraphs
//! with their quotes marked, citation lists, rich text, and bringing the panel into view.
//! What they show is worked out in `core::panel`.

pub mod citation_list;
pub mod detail_panel;
pub mod essay_paragraph;
pub mod event_picture;
mod panel_nav;
pub mod reveal;
pub mod rich_text;
