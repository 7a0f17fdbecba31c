//! The functional core: content model, validation, dates and layout. Plain Rust with no
//! browser APIs, so it is tested natively and shared by the app and the tests.

pub mod app_query;
pub mod embed_snippet;
pub mod event_date;
pub mod footnote_marker;
pub mod highlight;
pub mod layout;
pub mod load;
pub mod source_url;
pub mod strip_keys;
pub mod timeline;
pub mod validate;
