//! What is being searched for and which events match, shared through context by the search
//! box and the strip. The index is built once, after the first paint: when the page opens on
//! a shared search, or when the reader first focuses the box.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::prepare::prepare;
use crate::app::state::page_context::{use_query, use_timeline};
use crate::core::model::timeline::Timeline;
use crate::core::page::app_query::AppQuery;
use crate::core::search::index::{query_terms, SearchIndex};

#[derive(Clone, Copy)]
pub struct SearchState {
    timeline: StoredValue<Arc<Timeline>>,
    index: RwSignal<Option<Arc<SearchIndex>>>,
    /// The words as typed. The box sets them at once and the URL (`?q=`) follows once typing
    /// pauses, so a keystroke's results do not wait for the router; the URL sets them on back
    /// and forward.
    pub words: RwSignal<String>,
    /// The query's folded words; none without a search.
    pub terms: Memo<Vec<String>>,
    /// Whether each event matches, once the index is built and while something is searched.
    pub matching: Memo<Option<Arc<Vec<bool>>>>,
    query: Memo<AppQuery>,
    /// The URL's update for the words typed last, until typing pauses.
    url_update: StoredValue<Option<TimeoutHandle>>,
}

/// How long typing pauses before the URL follows it. Writing the URL makes the whole page
/// read its state again, which at 10,000 events would take each keystroke past its frame.
const URL_AFTER_TYPING: Duration = Duration::from_millis(300);

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

    /// Shows the results for `typed` at once, and puts them in the URL through `replace`
    /// once typing pauses.
    pub fn type_words(self, typed: String, replace: impl Fn(AppQuery) + 'static) {
        let query = self.query;
        self.cancel_url_update();
        self.words.set(typed);
        let update = set_timeout_with_handle(
            move || replace(self.with_typed_words(query.get_untracked())),
            URL_AFTER_TYPING,
        );
        self.url_update.set_value(update.ok());
    }

    /// `query` with the words as typed: for a move made before the URL has caught up with
    /// the typing, which makes the URL's update due at once.
    pub fn with_typed_words(self, query: AppQuery) -> AppQuery {
        self.cancel_url_update();
        query.searching(&self.words.get_untracked())
    }

    fn cancel_url_update(self) {
        if let Some(update) = self.url_update.try_update_value(Option::take).flatten() {
            update.clear();
        }
    }
}

/// Makes the timeline page's search state and provides it to the strip.
pub fn provide_search() -> SearchState {
    let query = use_query();
    let index = RwSignal::new(None::<Arc<SearchIndex>>);
    // Only a change of the URL's words moves the box: not one of the event or the actors.
    let from_url = Memo::new(move |_| query.read().search.clone().unwrap_or_default());
    let words = RwSignal::new(from_url.get_untracked());
    Effect::new(move |_| {
        let url = from_url.get();
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
        query,
        url_update: StoredValue::new(None),
    };
    on_cleanup(move || state.cancel_url_update());
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
