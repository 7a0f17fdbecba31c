//! The functional core: content model, validation, dates and layout. Plain Rust with no
//! browser APIs, so it is tested natively and shared by the app, the tools and the tests.

pub mod app_query;
pub mod clusters;
pub mod embed_snippet;
pub mod empty_view;
pub mod event_date;
pub mod footnote_marker;
pub mod highlight;
pub mod html_parse;
pub mod json_locate;
pub mod layout;
pub mod legend;
pub mod limits;
pub mod load;
pub mod panel_reveal;
pub mod rich_text;
pub mod sample_timeline;
#[cfg(feature = "schema")]
pub mod schema;
pub mod source_url;
pub mod split_mix;
pub mod strip_keys;
pub mod strip_layout;
pub mod strip_window;
pub mod ticks;
pub mod timeline;
pub mod timelinejs;
pub mod validate;
pub mod verbatim;
pub mod visible_index;
pub mod zoom;
