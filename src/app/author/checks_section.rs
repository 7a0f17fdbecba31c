//! The core's checks, run on every change: each problem with a link to the field it
//! concerns (opening its event first), errors before warnings. The download says how many
//! errors block it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::editor::{use_editor, Editor};
use crate::core::author::checks::{field_and_enclosing, DraftChecks};
use crate::core::load::problem::Severity;
use crate::locale::editor;

pub fn provide_checks() -> Memo<DraftChecks> {
    let editor = use_editor();
    let checks = Memo::new(move |_| editor.draft(|d| d.check()));
    provide_context(checks);
    checks
}

pub fn use_checks() -> Memo<DraftChecks> {
    expect_context::<Memo<DraftChecks>>()
}

/// Moves to the field `field_id` names, or the nearest thing enclosing it on the page.
fn focus_field(field_id: &str) {
    for id in field_and_enclosing(field_id) {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.scroll_into_view();
            let _ = el.focus();
            return;
        }
    }
}

/// Opens the event a field belongs to, then moves to the field once it is on the page.
pub fn go_to_field(editor: Editor, field_id: String) {
    if let Some(event) = editor.draft_untracked(|d| d.event_for_field(&field_id)) {
        editor.open_event.set(Some(event));
    }
    request_animation_frame(move || focus_field(&field_id));
}

/// Moves to the list of checks.
pub fn go_to_checks() {
    focus_field("checks");
}

fn summary(checks: &DraftChecks) -> String {
    let problems = |n: usize| match n {
        1 => editor::one_problem().to_string(),
        n => editor::problems(n),
    };
    let warnings = |n: usize| match n {
        1 => editor::one_warning().to_string(),
        n => editor::warnings(n),
    };
    match (checks.errors(), checks.warnings()) {
        (0, 0) => editor::ready_to_download().to_string(),
        (0, w) => editor::can_download(warnings(w)),
        (e, 0) => editor::fix_to_download(problems(e)),
        (e, w) => editor::fix_to_download_and(problems(e), warnings(w)),
    }
}

#[component]
pub fn ChecksSection() -> impl IntoView {
    let editor = use_editor();
    let checks = use_checks();
    let items = move || {
        checks
            .get()
            .checks
            .into_iter()
            .map(|check| {
                let error = check.severity == Severity::Error;
                let field = check.field_id.clone();
                view! {
                    <li class="check" class:error=error>
                        <strong>{if error { editor::problem() } else { editor::warning() }}</strong>
                        " "
                        <a href=format!("#{}", check.field_id) on:click=move |ev| {
                            ev.prevent_default();
                            go_to_field(editor, field.clone());
                        }>{check.label}</a>
                        ": " {check.message}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="form-section" id="checks" tabindex="-1" aria-labelledby="checks-heading">
            <h2 id="checks-heading">{editor::checks()}</h2>
            <p id="checks-summary" class="checks-summary">{move || summary(&checks.get())}</p>
            <ul class="checks">{items}</ul>
        </section>
    }
}
