//! An essay paragraph with its quotes in `<mark>` and its footnote markers kept in place.

use leptos::prelude::*;

use crate::app::state::page_context::{use_query, use_timeline};
use crate::core::text::highlight::{segment_paragraph, Segment};
use crate::locale::panel;

/// Renders `text` with each `(event index, quote)` highlighted. With `link_events`, every
/// highlight links to its event on the timeline and markers link to the footnotes below.
#[component]
pub fn EssayParagraph(
    text: String,
    quotes: Vec<(usize, String)>,
    #[prop(optional)] link_events: bool,
) -> impl IntoView {
    let query = use_query().get_untracked();
    let timeline = use_timeline();
    let borrowed: Vec<(usize, &str)> = quotes.iter().map(|(i, q)| (*i, q.as_str())).collect();
    segment_paragraph(&text, &borrowed)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.into_any(),
            Segment::Marked { text, tags } if link_events => {
                let event = &timeline.events[tags[0]];
                view! {
                    <a
                        class="quote-link"
                        href=query.opening(Some(&event.id)).to_search()
                        data-quote-for=event.id.clone()
                        title=panel::open_on_timeline(event.name_with_date())
                    >
                        <mark>{text}</mark>
                    </a>
                }
                .into_any()
            }
            Segment::Marked { text, .. } => view! { <mark>{text}</mark> }.into_any(),
            Segment::Footnote(n) if link_events => view! {
                <sup class="fn-ref">
                    <a href=format!("#fn-{n}") aria-label=panel::footnote(n)>{format!("[{n}]")}</a>
                </sup>
            }
            .into_any(),
            Segment::Footnote(n) => {
                view! { <sup class="fn-ref">{format!("[{n}]")}</sup> }.into_any()
            }
        })
        .collect_view()
}
