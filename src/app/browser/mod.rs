//! Small browser helpers the components share: focus, size watching, media queries and the
//! window's height, messages to an embedding page, a pause until the next task, the DOM ids
//! several components use, the page metadata reference managers read, the hand-over from the
//! page drawn at build time and the timeline file written into it, and the language of a page
//! holding every language.
//! No component state and no markup.

pub mod device_choice;
pub mod dom_ids;
pub mod focus;
pub mod frame_height;
pub mod host_message;
pub mod media;
pub mod next_task;
#[cfg(feature = "every-language")]
pub mod page_language;
pub mod prerender;
pub mod reference_metadata;
pub mod shipped_timeline;
pub mod size_watch;
