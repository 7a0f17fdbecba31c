//! What the page knows: the URL query (read and written through leptos_router), the loaded
//! timeline, fetching its file (and converting it in a worker when it must be), and a file
//! opened from the device. Shared through Leptos context; renders no markup.

pub mod content_source;
pub mod converter;
pub mod local_file;
pub mod page_context;
pub mod url_state;
