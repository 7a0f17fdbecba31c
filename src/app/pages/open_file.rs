//! "Open a file…": a timeline from the reader's own device, by the file picker or by dropping
//! it on the page, shown as a `?src=` file would be (same checks, same error page) without
//! any upload.
//!
//! The picker is a native file input inside its label, and a script in index.html reads the
//! picked or dropped file and hands it here as a `timeline-file` event. So the reader's Wasm
//! carries no file or drag-and-drop code (1.0 KB brotli less, for 0.4 KB more HTML;
//! docs/performance.md): only this markup and the listener that opens what it is handed.

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen::JsCast;

use crate::app::state::local_file::{opened_file, use_local_file};
use crate::app::state::page_context::use_query;
use crate::app::state::url_state::use_go;
use crate::core::load::limits::MAX_TIMELINE_BYTES;
use crate::locale::pages;

/// The event index.html sends: `detail` is `{ name, size, bytes }`, `bytes` a `Uint8Array`,
/// or absent for a file over the size limit (left unread), or `null` if it could not be read.
const OPENED_EVENT: &str = "timeline-file";

/// What a failed open said, shown by every open control on the page.
#[derive(Clone, Copy)]
struct OpenProblem(RwSignal<Option<String>>);

/// Opens each file the page hands over: keeps it in the page's memory and moves to `?file=`
/// its name. The shell calls it once and keeps it for the page's life.
pub fn accept_opened_files() {
    let problem = RwSignal::new(None);
    provide_context(OpenProblem(problem));
    let local = use_local_file();
    let query = use_query();
    let go = use_go();
    let on_file = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let detail = Reflect::get(&event, &"detail".into()).unwrap_or_default();
        let field = |name: &str| Reflect::get(&detail, &name.into()).unwrap_or_default();
        let name = field("name").as_string().unwrap_or_default();
        let size = field("size").as_f64().unwrap_or_default() as usize;
        match opened_file(name, size, field("bytes")) {
            Ok(opened) => {
                problem.set(None);
                let next = query.get_untracked().opening_file(&opened.name);
                local.set(Some(opened));
                go(next);
            }
            Err(why) => problem.set(Some(why)),
        }
    });
    let _ =
        window().add_event_listener_with_callback(OPENED_EVENT, on_file.as_ref().unchecked_ref());
    on_file.forget();
}

#[component]
pub fn OpenFile() -> impl IntoView {
    let problem = use_context::<OpenProblem>().map(|p| p.0);
    view! {
        <p class="open-file" data-max-bytes=MAX_TIMELINE_BYTES>
            <label class="open-file-button">
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".json,.csv,application/json,text/csv"
                />
                {pages::open_file()}
            </label>
            {pages::open_file_help()}
            {move || problem.and_then(|p| p.get()).map(|why| view! {
                <span class="open-file-problem" role="alert">{pages::open_file_failed(why)}</span>
            })}
        </p>
    }
}
