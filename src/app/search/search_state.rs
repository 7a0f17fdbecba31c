//! What is being searched for and which events match, shared through context by the search
//! box and the strip. The index is built once, after the first paint: when the page opens on
//! a shared search, or when the reader first focuses the box.

use std::sync::Arc;

use leptos::prelude::*;

use super::prepare::prepare;
use crate::app::state::page_context::{use_query, use_timeline};
use crate::core::model::timeline::Timeline;
use crate::core::search::index::{query_terms, SearchIndex};

#[derive(Clone, Copy)]
pub struct SearchState {
    timeline: StoredValue<Arc<Timeline>>,
    index: RwSignal<Option<Arc<SearchIndex>>>,
    /// The words as typed. The box sets them at once and the URL (`?q=`) follows, so a
    /// keystroke's results do not wait for the router; the URL sets them on back and forward.
    pub words: RwSignal<String>,
    /// The query's folded words; none without a search.
    pub terms: Memo<Vec<String>>,
    /// Whether each event matches, once the index is built and while something is searched.
    pub matching: Memo<Option<Arc<Vec<bool>>>>,
}

impl SearchState {
    /// Builds the index if it is not built yet.
    pub fn build_index(self) {
        if self.index.read_untracked().is_none() {
            let index = self
                .timeline
                .with_value(|timeline| SearchIndex::new(timeline, &prepare));
            self.index.set(Some(Arc::new(index)));
        }
    }
}

/// Makes the timeline page's search state and provides it to the strip.
pub fn provide_search() -> SearchState {
    let query = use_query();
    let index = RwSignal::new(None::<Arc<SearchIndex>>);
    let from_url = move || query.read().search.clone().unwrap_or_default();
    let words = RwSignal::new(from_url());
    Effect::new(move |_| {
        let url = from_url();
        if words.read_untracked().trim() != url.trim() {
            words.set(url);
        }
    });
    let terms = Memo::new(move |_| query_terms(&words.read(), &prepare));
    let matching = Memo::new(move |_| {
        let terms = terms.read();
        if terms.is_empty() {
            return None;
        }
        index.with(|index| index.as_ref().map(|i| Arc::new(i.matching(&terms))))
    });
    let state = SearchState {
        timeline: StoredValue::new(use_timeline()),
        index,
        words,
        terms,
        matching,
    };
    provide_context(state);
    if query.get_untracked().search.is_some() {
        request_animation_frame(move || {
            set_timeout(move || state.build_index(), std::time::Duration::ZERO)
        });
    }
    state
}

/// The page's search state, where there is one (the editor's preview has none).
pub fn use_search() -> Option<SearchState> {
    use_context::<SearchState>()
}
