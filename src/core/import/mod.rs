//! Other timeline formats read into the model (TimelineJS JSON, and TimelineJS sheets saved as
//! CSV), telling a file's format from its contents or its name, and which files the reader
//! hands to the converter worker. Uses `load`'s parsing and checks; `load` knows nothing of it.

pub(crate) mod csv_rows;
pub mod detect;
pub(crate) mod loose_text;
pub mod route;
pub mod shape;
pub(crate) mod sheet_date;
pub(crate) mod sheet_header;
pub(crate) mod slide_date;
pub(crate) mod slide_html;
pub(crate) mod slide_ids;
pub(crate) mod slide_media;
pub mod slide_name;
pub mod timelinejs;
pub mod timelinejs_csv;
pub mod transfer;
