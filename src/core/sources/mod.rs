//! The bibliography as structured sources: the works in CSL-JSON, checked, and what is made
//! from them for readers to take away (citations in three styles, exports). Native tools
//! make those at build time, and the cite page's Wasm module (the `sources` feature) for
//! other files; nothing here is in the reader's download. Reads the model;
//! must not know about components or the DOM.

pub mod excerpt;
pub mod handout;
pub mod works;

pub mod cite;
pub mod cite_page;
pub mod event_citation;
pub mod export;
pub mod page;
pub mod page_language;
