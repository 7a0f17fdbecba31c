//! What the open event's panel shows and when the page must scroll to it. Reads the model;
//! must not know about components or the DOM.

pub mod citations;
pub mod passages;
pub mod picture;
pub mod reveal;
