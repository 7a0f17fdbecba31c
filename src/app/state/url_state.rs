//! Reads and writes the page state in the URL through leptos_router, keeping the current path
//! so the app works at any sub-path of a static host.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::page::app_query::AppQuery;
use crate::core::page::timelinejs_options::event_from_hash;

/// The query as the router reads it, with the event of a TimelineJS bookmark (`#event-<id>`)
/// when the query names none; the page makes one (see `page_context`).
pub(super) fn query_from_url() -> Memo<AppQuery> {
    let query = use_query_map();
    let hash = use_location().hash;
    Memo::new(move |_| {
        let mut state = query.with(|q| AppQuery::read(|key| q.get(key)));
        if state.event.is_none() {
            state.event = hash.with(|h| event_from_hash(h));
        }
        state
    })
}

/// Returns a function that moves to a new state. On a full page it pushes a history entry, so
/// back/forward step through what was opened; inside an embed it replaces the entry, so the
/// host page's Back button still leaves the host page.
pub fn use_go() -> impl Fn(AppQuery) + Clone + Send + Sync + 'static {
    navigator(false)
}

/// Returns a function that moves to a new state in place of the current history entry, for
/// changes as small as a keystroke in the search box.
pub fn use_replace() -> impl Fn(AppQuery) + Clone + Send + Sync + 'static {
    navigator(true)
}

fn navigator(always_replace: bool) -> impl Fn(AppQuery) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |state: AppQuery| {
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}{}", state.to_search()),
            NavigateOptions {
                resolve: false,
                scroll: false,
                replace: always_replace || state.embed,
                ..NavigateOptions::default()
            },
        );
    }
}

/// The app's own address without query or fragment, for links that leave the page.
pub fn app_url() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}
