//! Other timeline formats read into the model (today TimelineJS JSON), and telling a file's
//! format from its contents. Uses `load`'s parsing and checks; `load` knows nothing of it.

pub mod detect;
pub mod timelinejs;
