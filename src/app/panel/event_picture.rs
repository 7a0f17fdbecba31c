//! The open event's picture: shown when it is on the page's own site, or once the reader has
//! chosen to see this timeline's pictures from other sites (`core::panel::picture`).

use leptos::prelude::*;

use crate::app::browser::device_choice::{is_chosen, keep_choice};
use crate::app::state::page_context::use_query;
use crate::core::model::timeline::Picture;
use crate::core::page::sources_page::DEFAULT_SOURCE;
use crate::core::panel::picture::{choice_key, picture_view, PictureView, Resolved};
use crate::locale::panel;

/// The timeline file's address (or a device file's name), and the picture resolved against it.
fn resolve(picture: &Picture) -> (String, Option<Resolved>) {
    let query = use_query().get_untracked();
    let page = window().location().href().unwrap_or_default();
    let file = match (&query.file, &query.src) {
        (Some(name), _) => return (name.clone(), read_url(&picture.url, None)),
        (None, src) => src.as_deref().unwrap_or(DEFAULT_SOURCE),
    };
    let file = read_url(file, Some(&page)).map_or(file.to_string(), |f| f.address);
    let resolved = read_url(&picture.url, Some(&file));
    (file, resolved)
}

fn read_url(address: &str, base: Option<&str>) -> Option<Resolved> {
    let url = match base {
        Some(base) => web_sys::Url::new_with_base(address, base),
        None => web_sys::Url::new(address),
    }
    .ok()?;
    Some(Resolved {
        address: url.href(),
        origin: url.origin(),
        host: url.host(),
    })
}

#[component]
pub fn EventPicture(picture: Picture, headline: String) -> impl IntoView {
    let (file, resolved) = resolve(&picture);
    let key = StoredValue::new(choice_key(&file));
    let chosen = RwSignal::new(key.with_value(|k| is_chosen(k)));
    let not_kept = RwSignal::new(false);
    let choose = move |yes: bool| {
        chosen.set(yes);
        not_kept.set(!key.with_value(|k| keep_choice(k, yes)));
    };
    let page_origin = window().location().origin().unwrap_or_default();
    let alt = picture.alt.unwrap_or_else(|| panel::picture_alt(headline));
    let note = move || {
        not_kept.get().then(|| {
            view! {
                <p class="picture-note" role="status">
                    {panel::choice_not_kept()}
                </p>
            }
        })
    };
    move || {
        let view = match picture_view(resolved.clone(), &page_origin, chosen.get()) {
            PictureView::Shown {
                address,
                other_site,
            } => view! {
                <img src=address alt=alt.clone() referrerpolicy="no-referrer" loading="lazy"
                    decoding="async" />
                {other_site.then(|| view! {
                    <button type="button" class="picture-choice" on:click=move |_| choose(false)>
                        {panel::stop_other_sites()}
                    </button>
                })}
            }
            .into_any(),
            PictureView::Withheld { site } => view! {
                <p class="picture-withheld">
                    {panel::picture_withheld(site)}
                    <button type="button" class="picture-choice" on:click=move |_| choose(true)>
                        {panel::show_other_sites()}
                    </button>
                </p>
            }
            .into_any(),
            PictureView::Unavailable => view! {
                <p class="picture-withheld">
                    {panel::picture_unavailable()}
                </p>
            }
            .into_any(),
        };
        view! { <figure class="event-picture">{view}{note}</figure> }
    }
}
