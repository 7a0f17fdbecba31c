//! The bibliography as structured sources: the works in CSL-JSON, checked, and what is made
//! from them for readers to take away (citations in three styles, exports). Native tools
//! make those at build time; nothing here runs in the reader's first load. Reads the model;
//! must not know about components or the DOM.

pub mod excerpt;
pub mod handout;
pub mod works;

// The CSL engine and the exports are native only: the reader's Wasm never compiles them.
#[cfg(not(target_arch = "wasm32"))]
pub mod cite;
#[cfg(not(target_arch = "wasm32"))]
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
