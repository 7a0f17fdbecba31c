//! "Open a file…": a timeline from the reader's own device, by the file picker or by dropping
//! it on the page, shown as a `?src=` file would be (same checks, same error page) without
//! any upload.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use crate::app::state::local_file::{read_file, use_local_file};
use crate::app::state::page_context::use_query;
use crate::app::state::url_state::use_go;

/// What a failed open said, shown by every open control on the page.
#[derive(Clone, Copy)]
struct OpenProblem(RwSignal<Option<String>>);

/// Opens `file`: reads it, keeps it in the page's memory and moves to `?file=` its name.
fn use_open_file() -> impl Fn(web_sys::File) + Clone + 'static {
    let local = use_local_file();
    let query = use_query();
    let go = use_go();
    let problem = use_context::<OpenProblem>().map(|p| p.0);
    move |file: web_sys::File| {
        let go = go.clone();
        leptos::task::spawn_local(async move {
            match read_file(&file).await {
                Ok(opened) => {
                    let next = query.get_untracked().opening_file(&opened.name);
                    local.set(Some(opened));
                    go(next);
                }
                Err(why) => {
                    if let Some(problem) = problem {
                        problem.set(Some(why));
                    }
                }
            }
        });
    }
}

/// Lets a file dropped anywhere on the page open; `dropping` is true while one is held over
/// it. The shell calls it once and keeps it for the page's life.
pub fn accept_dropped_files(dropping: RwSignal<bool>) {
    provide_context(OpenProblem(RwSignal::new(None)));
    let open = use_open_file();
    // One handler for the three drag events: one closure type, not three.
    let on_drag =
        Closure::<dyn FnMut(web_sys::DragEvent)>::new(move |event: web_sys::DragEvent| {
            let data = event.data_transfer();
            match event.type_().as_str() {
                "dragover"
                    if data
                        .as_ref()
                        .is_some_and(|d| d.types().includes(&"Files".into(), 0)) =>
                {
                    event.prevent_default();
                    dropping.set(true);
                }
                "dragleave" if event.related_target().is_none() => dropping.set(false),
                "drop" => {
                    dropping.set(false);
                    if let Some(file) = data.and_then(|d| d.files()).and_then(|f| f.get(0)) {
                        event.prevent_default();
                        open(file);
                    }
                }
                _ => {}
            }
        });
    for kind in ["dragover", "dragleave", "drop"] {
        let _ = window().add_event_listener_with_callback(kind, on_drag.as_ref().unchecked_ref());
    }
    on_drag.forget();
}

#[component]
pub fn OpenFile() -> impl IntoView {
    let picker = NodeRef::<html::Input>::new();
    let open = use_open_file();
    let problem = use_context::<OpenProblem>().map(|p| p.0);
    let on_change = move |event: ev::Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            open(file);
        }
        if let Some(input) = input {
            // The same file can be opened again after it is edited.
            input.set_value("");
        }
    };
    view! {
        <p class="open-file">
            <button type="button" on:click=move |_| {
                if let Some(input) = picker.get_untracked() {
                    input.click();
                }
            }>"Open a timeline file…"</button>
            " or drop one on the page: this app's JSON, a TimelineJS JSON file or a TimelineJS \
             sheet saved as CSV. It stays on this device; a link to it works only here, until \
             the page is reloaded."
            <input
                node_ref=picker
                type="file"
                class="visually-hidden"
                tabindex="-1"
                aria-hidden="true"
                accept=".json,.csv,application/json,text/csv"
                on:change=on_change
            />
            {move || problem.and_then(|p| p.get()).map(|why| view! {
                <span class="open-file-problem" role="alert">{format!(" The file could not be opened: {why}.")}</span>
            })}
        </p>
    }
}
