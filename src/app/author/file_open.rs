//! Opening a timeline file as a draft: this app's JSON, TimelineJS JSON, or a TimelineJS
//! sheet saved as CSV, chosen in a file picker or dropped on the page. The editor's Wasm
//! carries the full importer (the reader hands such files to its converter worker); a file
//! that cannot be read is answered with each problem at its place.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::draft_store::new_draft_id;
use super::editor::Editor;
use crate::app::pages::load_error::ProblemList;
use crate::core::author::draft::Draft;
use crate::core::import::detect::load_bytes_named;
use crate::core::load::problem::Problem;
use crate::locale::editor;

/// A file that could not be opened: its name and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    pub name: String,
    pub problems: Vec<Problem>,
}

#[derive(Clone, Copy)]
pub struct FileOpening {
    pub refused: RwSignal<Option<Refused>>,
}

pub fn provide_file_opening() -> FileOpening {
    let opening = FileOpening {
        refused: RwSignal::new(None),
    };
    provide_context(opening);
    opening
}

/// Reads `file` and opens it as a new draft, or says why it cannot be opened (on the start
/// screen, where the author chooses what to do next).
pub fn open_file(editor: Editor, opening: FileOpening, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                opening.refused.set(Some(Refused {
                    name,
                    problems: vec![Problem::error("", editor::could_not_read_file())],
                }));
                editor.draft_id.set(None);
                return;
            }
        };
        match load_bytes_named(&bytes, &name) {
            Ok(loaded) => {
                opening.refused.set(None);
                editor.open(new_draft_id(), Draft::from_timeline(&loaded.timeline));
            }
            Err(problems) => {
                opening.refused.set(Some(Refused { name, problems }));
                editor.draft_id.set(None);
            }
        }
    });
}

/// The file picker, and what was wrong with the last file opened.
#[component]
pub fn FileOpen() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let opening = expect_context::<FileOpening>();
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open_file(editor, opening, file);
        }
        input.set_value("");
    };
    view! {
        <div class="file-open">
            <label for="open-file">
                {editor::open_file()}
            </label>
            <input id="open-file" type="file" accept=".json,.csv,application/json,text/csv" on:change=on_change />
            <p class="hint">{editor::drop_file()}</p>
        </div>
        {move || opening.refused.get().map(|refused| view! {
            <section class="load-error" role="alert" aria-labelledby="open-error-heading">
                <h3 id="open-error-heading">{editor::could_not_open(&refused.name)}</h3>
                <ProblemList problems=refused.problems />
            </section>
        })}
    }
}
