//! Every change saved to the browser within a second: a short pause after the last edit,
//! then the draft and its entry in the drafts list are written. What happened is kept for
//! the page to say: saved (and when), or why the browser would not keep it.

use std::time::Duration;

use leptos::prelude::*;

use super::draft_store::save;
use super::editor::Editor;
use crate::core::author::draft_meta::DraftMeta;
use crate::core::author::storage_problem::StorageProblem;

/// The pause after an edit before the draft is written: typing is not saved letter by
/// letter, and no change waits longer than a second.
const SAVE_AFTER: Duration = Duration::from_millis(300);

#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the draft was opened.
    Unchanged,
    Saving,
    /// Saved at this time (milliseconds since 1970).
    Saved(f64),
    NotSaved(StorageProblem),
}

/// What the page knows about keeping drafts: whether the browser lets it at all, and how the
/// last save went.
#[derive(Clone, Copy)]
pub struct Keeping {
    /// Why the browser keeps no drafts here, when it does not.
    pub unavailable: RwSignal<Option<StorageProblem>>,
    pub state: RwSignal<SaveState>,
}

impl Keeping {
    /// The problem to tell the author about, if any: the last save's, or the store's.
    pub fn problem(&self) -> Option<StorageProblem> {
        match self.state.get() {
            SaveState::NotSaved(problem) => Some(problem),
            _ => self.unavailable.get(),
        }
    }
}

pub fn provide_keeping() -> Keeping {
    let keeping = Keeping {
        unavailable: RwSignal::new(None),
        state: RwSignal::new(SaveState::Unchanged),
    };
    provide_context(keeping);
    keeping
}

pub fn use_keeping() -> Keeping {
    expect_context::<Keeping>()
}

/// Saves the open draft a moment after each change.
pub fn keep_saved(editor: Editor, keeping: Keeping) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        editor.history.track();
        let Some(id) = editor.draft_id.get() else {
            return;
        };
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        // Said at once, so "Saved" never stands for a change not yet written.
        keeping.state.set(SaveState::Saving);
        let handle = set_timeout_with_handle(move || write_now(editor, keeping, id), SAVE_AFTER);
        pending.set_value(handle.ok());
    });
}

fn write_now(editor: Editor, keeping: Keeping, id: String) {
    if editor.draft_id.get_untracked().as_deref() != Some(id.as_str()) {
        return;
    }
    let draft = editor.draft_untracked(Clone::clone);
    let now = js_sys::Date::now();
    let meta = DraftMeta::new(&id, &draft, now);
    leptos::task::spawn_local(async move {
        let outcome = match save(&meta, &draft).await {
            Ok(()) => SaveState::Saved(now),
            Err(problem) => SaveState::NotSaved(problem),
        };
        keeping.state.set(outcome);
    });
}

/// A time of day as the author's browser writes it.
pub fn time_of_day(ms: f64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms))
        .to_locale_time_string("en-GB")
        .into()
}

/// A date and time as the author's browser writes it.
pub fn date_and_time(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let day: String = date
        .to_locale_date_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED)
        .into();
    format!("{day}, {}", time_of_day(ms))
}
