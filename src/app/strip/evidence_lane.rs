//! The "When the evidence surfaced" lane: under the events, on the same axis (widened to the
//! sources' dates), one disclosure per date the sources carry, which says what states the
//! date and lists the events that rest on it, each of which opens. Native `<details>`, so
//! keyboards and screen readers get the disclosure pattern without code of ours.

use leptos::prelude::*;

use crate::app::state::page_context::{use_content_lang, use_timeline};
use crate::core::strip::evidence::{label_start_px, mark_rows, EvidenceMark};
use crate::core::strip::fixed_point::Fixed;
use crate::locale::strip;

/// A mark's label is drawn this wide; marks closer than this take rows of their own.
const LABEL_PX: f64 = 200.0;
/// The height of one row of marks, and of the lane's heading above them.
const ROW_PX: f64 = 44.0;
/// Room under the marks for an opened mark's details.
const DETAILS_PX: f64 = 200.0;

/// The lane's height as the track's width changes: none without marks.
pub fn lane_height(marks: Vec<EvidenceMark>, track_px: Memo<f64>) -> Signal<f64> {
    Signal::derive(move || {
        if marks.is_empty() {
            return 0.0;
        }
        let (_, rows) = mark_rows(&marks, track_px.get(), LABEL_PX);
        ROW_PX * (rows as f64 + 1.0) + DETAILS_PX
    })
}

#[component]
pub fn EvidenceLane(
    marks: Vec<EvidenceMark>,
    track_px: Memo<f64>,
    on_select: Callback<usize>,
    /// Where the lane starts below the events, in pixels.
    top_px: Signal<f64>,
) -> impl IntoView {
    let timeline = use_timeline();
    let rows = {
        let marks = marks.clone();
        Memo::new(move |_| mark_rows(&marks, track_px.get(), LABEL_PX).0)
    };
    let items = marks
        .into_iter()
        .enumerate()
        .map(|(k, mark)| {
            let style = {
                let mark = mark.clone();
                move || {
                    let row = rows.with(|r| r.get(k).copied().unwrap_or(0));
                    let track = track_px.get();
                    let start = label_start_px(&mark, track);
                    format!(
                        "left:{}px;top:{}px;--date-at:{}px",
                        Fixed(start, 0),
                        Fixed(ROW_PX * (row as f64 + 1.0), 0),
                        Fixed(mark.left * track - start, 0)
                    )
                }
            };
            let events = mark
                .events
                .iter()
                .map(|&i| {
                    let name = timeline.events[i].name_with_date();
                    view! { <li><button type="button" on:click=move |_| on_select.run(i)>{name}</button></li> }
                })
                .collect_view();
            view! {
                <li class="evidence-mark" style=style>
                    <details>
                        <summary>
                            <span class="evidence-date">{mark.date_label}</span>
                            " "
                            <span class="evidence-label" lang=use_content_lang()>{mark.label}</span>
                        </summary>
                        <div class="evidence-body">
                            <p>{mark.stated_by}</p>
                            {mark.note.map(|note| view! {
                                <p class="evidence-note"><strong>{strip::editorial_note()}</strong>{note}</p>
                            })}
                            <p>{strip::resting_events()}</p>
                            <ul>{events}</ul>
                        </div>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="evidence-lane" style=move || format!("top:{}px", Fixed(top_px.get(), 0))>
            <p class="evidence-heading" id="evidence-heading">{strip::evidence_heading()}</p>
            <ol aria-labelledby="evidence-heading">{items}</ol>
        </div>
    }
}
