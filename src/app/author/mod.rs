//! The editor: a page of its own (`author.html`) and a Wasm module of its own
//! (`src/bin/timeline-author.rs`), loaded only by authors, so the reader's first download
//! never carries it. An author pastes an essay, pairs its footnote markers with the
//! bibliography, makes events by selecting the words that support them, and downloads the
//! timeline file; the preview is the reader's own strip and panel.
//!
//! The folder mirrors `core::author`: one component per file, each wiring signals to markup.
//! What is decided (the draft's operations, its checks, the preview's timeline, the file)
//! is `core::author`'s. The editor's state is one `Editor` in context (`editor.rs`); drafts
//! are kept in IndexedDB (`draft_store.rs`, `autosave.rs`). Must not be reached from the
//! reader's page.

mod author_page;
mod autosave;
mod basis_fields;
mod bibliography_section;
mod checks_section;
mod date_fields;
mod download;
mod draft_store;
mod editor;
mod embed_page;
mod essay_section;
mod event_form;
mod event_list;
mod file_open;
mod footnotes_section;
mod language_switch;
mod out_section;
mod paragraph_item;
mod passage_list;
mod preview_pane;
mod selection_actions;
mod selection_watch;
mod start_screen;
mod toolbar;
mod undo_keys;
mod workspace;

/// Starts the editor on the page's `<body>`, or the embed page when the address asks for
/// embed code (`?embed=`, the reader's "Embed" link).
pub fn mount() {
    #[cfg(feature = "every-language")]
    crate::app::browser::page_language::start_in_chosen_language();
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    match crate::core::page::embed_snippet::read_embed_request(&search) {
        Some(request) => leptos::mount::mount_to_body(move || {
            leptos::prelude::view! { <embed_page::EmbedPage request /> }
        }),
        None => {
            leptos::prelude::document().set_title(crate::locale::editor::page_title());
            leptos::mount::mount_to_body(author_page::AuthorPage)
        }
    }
}
