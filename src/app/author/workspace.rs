//! The editing screen: the form beside the live preview on wide screens; on narrow ones the
//! two are shown one at a time, switched by a pair of buttons.

use leptos::prelude::*;

use super::bibliography_section::BibliographySection;
use super::checks_section::{provide_checks, ChecksSection};
use super::editor::use_editor;
use super::essay_section::EssaySection;
use super::event_form::EventForm;
use super::event_list::EventList;
use super::footnotes_section::FootnotesSection;
use super::out_section::OutSection;
use super::preview_pane::PreviewPane;
use super::toolbar::{StorageNotice, Toolbar};
use crate::locale::editor;

#[component]
pub fn Workspace() -> impl IntoView {
    provide_checks();
    let shown = use_editor().preview_shown;
    let pressed = move |preview: bool| {
        move || {
            if shown.get() == preview {
                "true"
            } else {
                "false"
            }
        }
    };
    view! {
        <Toolbar />
        <StorageNotice />
        <div class="author-switch" role="group" aria-label=editor::show()>
            <button type="button" aria-pressed=pressed(false) on:click=move |_| shown.set(false)>{editor::form()}</button>
            <button type="button" aria-pressed=pressed(true) on:click=move |_| shown.set(true)>{editor::preview()}</button>
        </div>
        <main id="main-content" tabindex="-1" class="workspace" class:showing-preview=move || shown.get()>
            <div class="author-form" id="draft" tabindex="-1">
                <EssaySection />
                <BibliographySection />
                <FootnotesSection />
                <EventList />
                <EventForm />
                <ChecksSection />
                <OutSection />
            </div>
            <section class="author-preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{editor::preview()}</h2>
                <PreviewPane />
            </section>
        </main>
    }
}
