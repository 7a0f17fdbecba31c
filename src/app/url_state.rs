//! Reads and writes the page state in the URL through leptos_router, keeping the current path
//! so the app works at any sub-path of a static host.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::app_query::AppQuery;

pub fn use_app_query() -> Memo<AppQuery> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| AppQuery::read(|key| q.get(key))))
}

/// Returns a function that pushes a new state onto the history, so back/forward step
/// through what was opened.
pub fn use_go() -> impl Fn(AppQuery) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |state: AppQuery| {
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}{}", state.to_search()),
            NavigateOptions {
                resolve: false,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    }
}

/// The link for a state, for real `<a href>`s that open in a new tab too.
pub fn href_for(state: &AppQuery) -> String {
    let search = state.to_search();
    if search.is_empty() {
        "?".to_string()
    } else {
        search
    }
}
