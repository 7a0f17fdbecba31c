//! Other timeline formats read into the model (today TimelineJS JSON), telling a file's
//! format from its contents, and which files the reader hands to the converter worker. Uses
//! `load`'s parsing and checks; `load` knows nothing of it.

pub mod detect;
pub mod route;
pub mod shape;
pub mod timelinejs;
pub mod transfer;
