//! Every change saved to the browser within a second: a short pause after the last edit,
//! then the draft and its entry in the drafts list are written. What happened is kept for
//! the page to say: saved (and when), or why the browser would not keep it.

use std::time::Duration;

use leptos::prelude::*;

use super::draft_store::save;
use super::editor::Editor;
use crate::core::author::draft::Draft;
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

/// A change not written yet: the draft as it was then, and the timer that will write it.
#[derive(Clone)]
struct Pending {
    id: String,
    draft: Draft,
    timer: TimeoutHandle,
}

/// What the page knows about keeping drafts: whether the browser lets it at all, and how the
/// last save went.
#[derive(Clone, Copy)]
pub struct Keeping {
    /// Why the browser keeps no drafts here, when it does not.
    pub unavailable: RwSignal<Option<StorageProblem>>,
    pub state: RwSignal<SaveState>,
    pending: StoredValue<Option<Pending>>,
    /// Writes started and not finished.
    writing: StoredValue<usize>,
}

impl Keeping {
    /// The problem to tell the author about, if any: the last save's, or the store's.
    pub fn problem(&self) -> Option<StorageProblem> {
        match self.state.get() {
            SaveState::NotSaved(problem) => Some(problem),
            _ => self.unavailable.get(),
        }
    }

    /// Whether every change is written (or was refused): nothing waits and nothing is being
    /// written, so the page may be left.
    pub fn settled(&self) -> bool {
        self.writing.get_value() == 0 && self.pending.with_value(Option::is_none)
    }

    /// Writes a change still waiting for its pause at once.
    pub fn flush(self) {
        if let Some(pending) = self.take_pending() {
            pending.timer.clear();
            write(self, pending.id, pending.draft);
        }
    }

    fn take_pending(&self) -> Option<Pending> {
        let mut taken = None;
        self.pending.update_value(|p| taken = p.take());
        taken
    }
}

pub fn provide_keeping() -> Keeping {
    let keeping = Keeping {
        unavailable: RwSignal::new(None),
        state: RwSignal::new(SaveState::Unchanged),
        pending: StoredValue::new(None),
        writing: StoredValue::new(0),
    };
    provide_context(keeping);
    keeping
}

pub fn use_keeping() -> Keeping {
    expect_context::<Keeping>()
}

/// Saves the open draft a moment after each change. A draft closed or left for another
/// before its last change was written is written at once.
pub fn keep_saved(editor: Editor, keeping: Keeping) {
    Effect::new(move |_| {
        editor.history.track();
        let open = editor.draft_id.get();
        if let Some(pending) = keeping.take_pending() {
            pending.timer.clear();
            if open.as_deref() != Some(pending.id.as_str()) {
                write(keeping, pending.id, pending.draft);
            }
        }
        let Some(id) = open else {
            return;
        };
        // Said at once, so "Saved" never stands for a change not yet written.
        keeping.state.set(SaveState::Saving);
        let timer = set_timeout_with_handle(
            move || {
                if let Some(pending) = keeping.take_pending() {
                    write(keeping, pending.id, pending.draft);
                }
            },
            SAVE_AFTER,
        );
        if let Ok(timer) = timer {
            let draft = editor.draft_untracked(Clone::clone);
            keeping
                .pending
                .set_value(Some(Pending { id, draft, timer }));
        }
    });
}

fn write(keeping: Keeping, id: String, draft: Draft) {
    let now = js_sys::Date::now();
    let meta = DraftMeta::new(&id, &draft, now);
    keeping.writing.update_value(|n| *n += 1);
    leptos::task::spawn_local(async move {
        let outcome = match save(&meta, &draft).await {
            Ok(()) => SaveState::Saved(now),
            Err(problem) => SaveState::NotSaved(problem),
        };
        keeping.writing.update_value(|n| *n -= 1);
        // Only the last write says how things stand: an earlier one finishing while a later
        // change waits must not say "Saved".
        if keeping.settled() || matches!(outcome, SaveState::NotSaved(_)) {
            keeping.state.set(outcome);
        }
    });
}

/// How the page's language writes dates and times: "15:05:09" in English, "오후 3:05:09"
/// in Korean, as Korean interfaces write a time of day.
fn date_locale() -> &'static str {
    if crate::locale::korean() {
        "ko-KR"
    } else {
        "en-GB"
    }
}

/// A time of day as the author's browser writes it.
pub fn time_of_day(ms: f64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms))
        .to_locale_time_string(date_locale())
        .into()
}

/// A date and time as the author's browser writes it.
pub fn date_and_time(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let day: String = date
        .to_locale_date_string(date_locale(), &wasm_bindgen::JsValue::UNDEFINED)
        .into();
    crate::locale::editor::date_and_time(day, time_of_day(ms))
}
