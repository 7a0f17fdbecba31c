//! What the page knows: the URL query (read and written through leptos_router), the loaded
//! timeline, and fetching its file. Shared through Leptos context; renders no markup.

pub mod content_source;
pub mod page_context;
pub mod url_state;
