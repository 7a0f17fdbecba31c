//! The editor's state, shared through context: the draft with its undo history, which saved
//! draft it is, which event the form shows, the words last selected in the essay, and which
//! half a narrow screen shows.

use leptos::prelude::*;

use crate::core::author::draft::{Draft, DraftEvent};
use crate::core::author::history::History;
use crate::core::author::selection::ParagraphSelection;

/// How many steps undo can take back.
const UNDO_STEPS: usize = 200;

#[derive(Clone, Copy)]
pub struct Editor {
    pub history: RwSignal<History<Draft>>,
    /// The key the draft is saved under; None on the start screen.
    pub draft_id: RwSignal<Option<String>>,
    /// The event the form shows.
    pub open_event: RwSignal<Option<String>>,
    /// The last words selected in a paragraph, until an event takes them.
    pub selection: RwSignal<Option<ParagraphSelection>>,
    /// On a narrow screen, whether the preview shows instead of the form.
    pub preview_shown: RwSignal<bool>,
}

impl Editor {
    pub fn new() -> Editor {
        Editor {
            history: RwSignal::new(History::new(Draft::default(), UNDO_STEPS)),
            draft_id: RwSignal::new(None),
            open_event: RwSignal::new(None),
            selection: RwSignal::new(None),
            preview_shown: RwSignal::new(false),
        }
    }

    /// Reads the draft as it is now, tracking it.
    pub fn draft<R>(&self, read: impl FnOnce(&Draft) -> R) -> R {
        self.history.with(|h| read(h.present()))
    }

    pub fn draft_untracked<R>(&self, read: impl FnOnce(&Draft) -> R) -> R {
        self.history.with_untracked(|h| read(h.present()))
    }

    /// Opens `draft` as saved draft `id`, with a fresh history.
    pub fn open(&self, id: String, draft: Draft) {
        self.history.set(History::new(draft, UNDO_STEPS));
        self.open_event.set(None);
        self.selection.set(None);
        self.draft_id.set(Some(id));
    }

    /// One edit, one undo step.
    pub fn edit(&self, change: impl FnOnce(&mut Draft)) {
        self.history.update(|h| {
            let mut next = h.present().clone();
            change(&mut next);
            h.commit(next);
        });
    }

    /// A keystroke in `field`: typing in one field is one undo step until a pause.
    pub fn type_in(&self, field: &str, change: impl FnOnce(&mut Draft)) {
        self.history.update(|h| {
            let mut next = h.present().clone();
            change(&mut next);
            h.commit_typing(next, field, js_sys::Date::now());
        });
    }

    /// Reads event `id`, tracking the draft; None once it is gone (undone or removed).
    pub fn event<R>(&self, id: &str, read: impl FnOnce(&DraftEvent) -> R) -> Option<R> {
        self.draft(|d| d.event(id).map(read))
    }

    pub fn edit_event(&self, id: &str, change: impl FnOnce(&mut DraftEvent)) {
        self.edit(|d| {
            if let Some(event) = d.event_mut(id) {
                change(event);
            }
        });
    }

    pub fn type_in_event(&self, id: &str, field: &str, change: impl FnOnce(&mut DraftEvent)) {
        self.type_in(field, |d| {
            if let Some(event) = d.event_mut(id) {
                change(event);
            }
        });
    }

    pub fn undo(&self) {
        self.history.update(|h| {
            h.undo();
        });
    }

    pub fn redo(&self) {
        self.history.update(|h| {
            h.redo();
        });
    }
}

pub fn provide_editor() -> Editor {
    let editor = Editor::new();
    provide_context(editor);
    editor
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}
