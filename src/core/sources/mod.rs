//! The bibliography as structured sources: the works in CSL-JSON, checked, and what is made
//! from them for readers to take away (citations in three styles, exports). Native tools
//! make those at build time; nothing here runs in the reader's first load. Reads the model;
//! must not know about components or the DOM.

pub mod works;
