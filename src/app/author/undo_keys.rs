//! Ctrl+Z and Ctrl+Shift+Z (⌘ on a Mac; Ctrl+Y too) undo and redo every edit of the draft,
//! in any field: the browser's own undo of a text field would step out of line with the
//! draft's history, so it is replaced.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::editor::Editor;

pub fn listen_for_undo_keys(editor: Editor) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if editor.draft_id.get_untracked().is_none() || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => editor.undo(),
            ("z", true) | ("y", false) => editor.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
}
