//! The functional core: content model, text, loading and checks, the strip's layout, what the
//! panel and the page show. Plain Rust with no browser APIs, so it is tested natively and
//! shared by the app, the command-line tools and the tests. Folders depend downwards only:
//! model and text know nothing of the others; strip, panel and page read the model; author
//! (the editor) reads model, text and load.

/// The editor: drafts from a pasted essay, events from selections, undo, checks and export.
pub mod author;
pub mod import;
pub mod load;
pub mod model;
pub mod page;
pub mod panel;
pub mod sample;
/// Finding events by their words.
pub mod search;
// Build-time tools' work, and the cite page's: the reader never needs it (see
// `model::timeline::SourcesOnly`).
#[cfg(any(not(target_arch = "wasm32"), feature = "sources"))]
pub mod sources;
pub mod strip;
#[cfg(test)]
pub(crate) mod test_support;
pub mod text;
