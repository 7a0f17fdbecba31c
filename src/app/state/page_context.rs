//! The page's shared state, provided once through Leptos context: one `Memo` of the URL
//! query for the whole page (by the shell) and the loaded timeline (by the loaded page).

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::model::timeline::Timeline;
use crate::core::page::app_query::AppQuery;

use super::url_state::query_from_url;

/// Reads the URL query into one memo every component shares.
pub fn provide_query() -> Memo<AppQuery> {
    let query = query_from_url();
    provide_context(query);
    query
}

/// The page's query, as the shell provided it.
pub fn use_query() -> Memo<AppQuery> {
    expect_context::<Memo<AppQuery>>()
}

pub fn provide_timeline(timeline: Arc<Timeline>) {
    provide_context(timeline);
}

/// The loaded timeline, for components inside the loaded page.
pub fn use_timeline() -> Arc<Timeline> {
    expect_context::<Arc<Timeline>>()
}
