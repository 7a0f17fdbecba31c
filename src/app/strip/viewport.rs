//! The strip's scroller and the part of the track it shows, measured from the page: its
//! width decides the layout, its scroll what is rendered. The strip scrolls inside itself
//! when tall or zoomed; the page scrolls the phone list, so both scrolls count.

use leptos::html;
use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollToOptions};

use crate::app::browser::media::{matches_media, window_height};
use crate::app::browser::size_watch::SizeWatch;
use crate::core::strip::geometry::{PHONE_QUERY, WIDE_STRIP_PX};
use crate::core::strip::window::Viewport;

/// The scroller and what it shows; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct StripViewport {
    pub scroller: NodeRef<html::Div>,
    pub view: RwSignal<Viewport>,
    /// False until the scroller has a width: nothing is laid out for a guess.
    pub measured: RwSignal<bool>,
    /// Below the phone breakpoint the strip is a vertical list.
    pub narrow: RwSignal<bool>,
    /// How far the page has scrolled past the strip's top.
    page_part: StoredValue<f64>,
}

impl StripViewport {
    /// Watches the scroller once it is in the page: its size, and the page's scroll. Drawn
    /// at build time (`app::prerender`) it is taken as measured at the wide page's width.
    pub fn new() -> StripViewport {
        let viewport = StripViewport {
            scroller: NodeRef::new(),
            view: RwSignal::new(Viewport {
                left: 0.0,
                width: WIDE_STRIP_PX,
                top: 0.0,
                height: 800.0,
            }),
            measured: RwSignal::new(is_server()),
            narrow: RwSignal::new(false),
            page_part: StoredValue::new(0.0),
        };
        let page_scroll =
            window_event_listener(leptos::ev::scroll, move |_| viewport.on_page_scroll());
        on_cleanup(move || page_scroll.remove());
        // Measured when the strip first has a size and whenever it changes: a window resize,
        // the phone breakpoint, a page scrollbar appearing, a level with more or fewer lanes.
        let size_watch = StoredValue::new_local(None::<SizeWatch>);
        // Dropped with the strip, which stops the watching.
        Effect::new(move |_| {
            if let Some(el) = viewport.scroller.get() {
                size_watch.set_value(SizeWatch::new(&el, move || viewport.measure()));
            }
        });
        viewport
    }

    pub fn element(&self) -> Option<web_sys::HtmlDivElement> {
        self.scroller.get_untracked()
    }

    /// The scroller's visible width, once it is in the page.
    pub fn client_width(&self) -> Option<f64> {
        self.element().map(|el| f64::from(el.client_width()))
    }

    /// Scrolling the strip only moves the view; reading its scroll offsets is cheap.
    pub fn on_strip_scroll(&self) {
        if let Some(el) = self.element() {
            let page_part = self.page_part.get_value();
            self.view.update(|v| {
                v.left = f64::from(el.scroll_left());
                v.top = f64::from(el.scroll_top()) + page_part;
            });
        }
    }

    fn on_page_scroll(&self) {
        if let Some(el) = self.element() {
            self.page_part
                .set_value((-el.get_bounding_client_rect().top()).max(0.0));
            self.on_strip_scroll();
        }
    }

    fn measure(&self) {
        // A size change can be reported as the strip goes away; then there is nothing to do.
        let Some(scroller) = self.scroller.try_get_untracked() else {
            return;
        };
        self.narrow.set(matches_media(PHONE_QUERY));
        let Some(el) = scroller else {
            return;
        };
        let width = f64::from(el.client_width());
        if width <= 0.0 {
            return;
        }
        let page_part = (-el.get_bounding_client_rect().top()).max(0.0);
        self.page_part.set_value(page_part);
        self.view.set(Viewport {
            left: f64::from(el.scroll_left()),
            width,
            top: f64::from(el.scroll_top()) + page_part,
            height: f64::from(el.client_height()).min(window_height().unwrap_or(800.0)),
        });
        self.measured.set(true);
    }

    /// Scrolls at once (not smoothly), so a zoom lands in the frame that draws it.
    pub fn scroll_now(&self, left: f64, top: Option<f64>) {
        let Some(el) = self.element() else {
            return;
        };
        let options = ScrollToOptions::new();
        options.set_left(left);
        if let Some(top) = top {
            options.set_top(top);
        }
        options.set_behavior(ScrollBehavior::Instant);
        el.scroll_to_with_scroll_to_options(&options);
        self.on_strip_scroll();
    }
}
