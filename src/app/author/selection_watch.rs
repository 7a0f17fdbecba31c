//! Follows the words an author selects in the essay: in a paragraph as shown (the Selection
//! API, counted in UTF-16 units from the paragraph's start) or in a paragraph being edited
//! (the text field's own selection, counted the same way). A selection elsewhere on the page
//! leaves the last one in place, so pressing a button does not lose it.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::editor::Editor;
use crate::core::author::selection::ParagraphSelection;

/// The attribute naming the paragraph an element shows.
pub const PARAGRAPH_ATTRIBUTE: &str = "data-paragraph-id";

/// A selection in paragraph `id`, or a collapsed one (None).
struct InParagraph {
    id: String,
    range: Option<(usize, usize)>,
}

fn in_text_field() -> Option<InParagraph> {
    let area = document()
        .active_element()?
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .ok()?;
    let id = area.get_attribute(PARAGRAPH_ATTRIBUTE)?;
    let start = area.selection_start().ok()??;
    let end = area.selection_end().ok()??;
    Some(InParagraph {
        id,
        range: (start != end).then_some((start as usize, end as usize)),
    })
}

fn in_shown_paragraph() -> Option<InParagraph> {
    let selection = window().get_selection().ok()??;
    if selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let common = range.common_ancestor_container().ok()?;
    let element = match common.dyn_ref::<web_sys::Element>() {
        Some(el) => el.clone(),
        None => common.parent_element()?,
    };
    let paragraph = element
        .closest(&format!("p[{PARAGRAPH_ATTRIBUTE}]"))
        .ok()??;
    let id = paragraph.get_attribute(PARAGRAPH_ATTRIBUTE)?;
    if range.collapsed() {
        return Some(InParagraph { id, range: None });
    }
    // The text from the paragraph's start to each end of the selection, measured in the
    // browser's own units.
    let before = document().create_range().ok()?;
    before.select_node_contents(&paragraph).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let start = before.to_string().length() as usize;
    before
        .set_end(&range.end_container().ok()?, range.end_offset().ok()?)
        .ok()?;
    let end = before.to_string().length() as usize;
    Some(InParagraph {
        id,
        range: Some((start, end)),
    })
}

fn note_selection(editor: Editor) {
    let Some(seen) = in_text_field().or_else(in_shown_paragraph) else {
        return;
    };
    let selection = seen.range.and_then(|(start, end)| {
        let paragraph = editor.draft_untracked(|d| d.paragraph_index(&seen.id))?;
        Some(ParagraphSelection {
            paragraph,
            start_utf16: start,
            end_utf16: end,
        })
    });
    if editor.selection.get_untracked() != selection {
        editor.selection.set(selection);
    }
}

/// Keeps `editor.selection` on the last words selected in a paragraph.
pub fn watch_selection(editor: Editor) {
    let on_change = Closure::<dyn Fn()>::new(move || note_selection(editor));
    let _ = document()
        .add_event_listener_with_callback("selectionchange", on_change.as_ref().unchecked_ref());
    // Text fields report their selection on their own in some browsers.
    let _ =
        document().add_event_listener_with_callback("select", on_change.as_ref().unchecked_ref());
    // The editor's page lives as long as the listener.
    on_change.forget();
}

/// Clears the page's selection once an event has taken it.
pub fn clear_page_selection() {
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}
