//! The cite page's shell (`cite.html`, its own Wasm module built with the `sources` feature):
//! citations for any timeline file, formatted in the browser by the core's CSL engine.

pub mod cite_page;
