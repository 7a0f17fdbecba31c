//! One file per view of the page: the shell that loads the timeline and provides it, the
//! loading and failure pages, the header and footer around a loaded timeline, the timeline
//! and essay pages, and the embed dialog. Pages compose the strip and the panel.

mod essay_page;
pub(crate) mod load_error;
pub(crate) mod loaded_page;
mod loading;
mod open_file;
pub mod shell;
mod timeline_page;
