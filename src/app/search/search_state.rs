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
    let terms = Memo::new(move |_| {
        query
            .read()
            .search
            .as_deref()
            .map_or_else(Vec::new, |words| query_terms(words, &prepare))
    });
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
