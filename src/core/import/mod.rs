//! Other timeline formats read into the model (TimelineJS JSON, and TimelineJS sheets saved as
//! CSV), telling a file's format from its contents or its name, and which files the reader
//! hands to the converter worker. Uses `load`'s parsing and checks; `load` knows nothing of it.

pub(crate) mod csv_rows;
pub mod detect;
pub mod route;
pub mod shape;
pub(crate) mod sheet_header;
pub mod timelinejs;
pub mod timelinejs_csv;
pub mod transfer;
