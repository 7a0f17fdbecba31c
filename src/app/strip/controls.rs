//! The buttons above the strip: zoom out and in with the zoom shown between, fit all, and
//! earlier and later.

use leptos::prelude::*;

use super::zoom_controller::ZoomController;
use crate::locale::strip;

#[component]
pub fn StripControls(zoom: ZoomController) -> impl IntoView {
    let at_min = move || zoom.at_min();
    view! {
        <div class="strip-controls" role="group" aria-label=strip::zoom_group()>
            <button type="button" class="icon-button" aria-label=strip::zoom_out() disabled=at_min
                on:click=move |_| zoom.zoom_at(zoom.step_out(), None)>
                "−"
            </button>
            <span class="zoom-level">{move || zoom.label()}</span>
            <button type="button" class="icon-button" aria-label=strip::zoom_in()
                disabled=move || zoom.at_max()
                on:click=move |_| zoom.zoom_at(zoom.step_in(), None)>
                "+"
            </button>
            <button type="button" disabled=at_min on:click=move |_| zoom.zoom_at(1.0, None)>{strip::fit_all()}</button>
            <button type="button" disabled=at_min on:click=move |_| zoom.pan(-1.0)>{strip::earlier_button()}</button>
            <button type="button" disabled=at_min on:click=move |_| zoom.pan(1.0)>{strip::later_button()}</button>
        </div>
    }
}
