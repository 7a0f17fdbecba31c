//! Zooming and panning the strip: by buttons, keys, the wheel or a pinch, each keeping one
//! moment of the track still, and clusters opened by zooming until they come apart.

use leptos::ev::WheelEvent;
use leptos::prelude::*;

use super::gestures::wheel_zoom;
use super::viewport::StripViewport;
use crate::core::strip::layout::Axis;
use crate::core::strip::zoom::{anchored_scroll, zoom_label, ZoomRange};

/// The zoom and what follows from it; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct ZoomController {
    viewport: StripViewport,
    pub zoom: RwSignal<f64>,
    pub view_px: Memo<f64>,
    pub range: Memo<ZoomRange>,
    pub track_px: Memo<f64>,
    /// The anchor of a zoom whose scroll is still to be set (see `zoom_about`).
    anchor: StoredValue<Option<(f64, f64)>>,
}

impl ZoomController {
    pub fn new(viewport: StripViewport, axis: Axis) -> ZoomController {
        let zoom = RwSignal::new(1.0_f64);
        let view_px = Memo::new(move |_| viewport.view.with(|v| v.width));
        ZoomController {
            viewport,
            zoom,
            view_px,
            range: Memo::new(move |_| ZoomRange::new(axis, view_px.get())),
            track_px: Memo::new(move |_| view_px.get() * zoom.get()),
            anchor: StoredValue::new(None),
        }
    }

    /// Zooms to `next`, keeping `fraction` of the track `anchor_px` from the view's left
    /// edge. Several requests in one frame (a fast wheel) share the first one's anchor; the
    /// scroll is set in the next frame, once the track has its new width.
    pub fn zoom_about(&self, next: f64, fraction: f64, anchor_px: f64) {
        let next = self.range.get_untracked().clamp(next);
        if next == self.zoom.get_untracked() {
            return;
        }
        let this = *self;
        if self.anchor.get_value().is_none() {
            self.anchor.set_value(Some((fraction, anchor_px)));
            request_animation_frame(move || this.settle_scroll());
        }
        // The view moves with the zoom, so what is rendered is worked out once, for where the
        // view will be, not first for where it was.
        let (fraction, anchor_px) = self.anchor.get_value().unwrap_or((fraction, anchor_px));
        let view = self.view_px.get_untracked();
        self.viewport
            .view
            .update(|v| v.left = anchored_scroll(fraction, anchor_px, view * next, view));
        self.zoom.set(next);
    }

    /// Sets the scroll the pending zoom asked for; nothing if the strip has gone meanwhile.
    fn settle_scroll(&self) {
        let Some(Some((fraction, anchor_px))) = self.anchor.try_get_value() else {
            return;
        };
        let (Some(track), Some(view)) = (
            self.track_px.try_get_untracked(),
            self.view_px.try_get_untracked(),
        ) else {
            return;
        };
        self.anchor.set_value(None);
        self.viewport
            .scroll_now(anchored_scroll(fraction, anchor_px, track, view), None);
    }

    /// Zooms about a point of the view (the pointer), or its middle.
    pub fn zoom_at(&self, next: f64, anchor_px: Option<f64>) {
        let Some(el) = self.viewport.element() else {
            return;
        };
        let anchor_px = anchor_px.unwrap_or(f64::from(el.client_width()) / 2.0);
        let fraction = (f64::from(el.scroll_left()) + anchor_px) / self.track_px.get_untracked();
        self.zoom_about(next, fraction, anchor_px);
    }

    /// Zooms about `fraction` of the track (the focused event) if it is in view, so it stays
    /// there; otherwise about the view's middle.
    pub fn zoom_keeping(&self, next: f64, fraction: f64) {
        let Some(el) = self.viewport.element() else {
            return;
        };
        let at = fraction * self.track_px.get_untracked() - f64::from(el.scroll_left());
        if (0.0..=f64::from(el.client_width())).contains(&at) {
            self.zoom_about(next, fraction, at);
        } else {
            self.zoom_at(next, None);
        }
    }

    pub fn step_in(&self) -> f64 {
        self.range
            .get_untracked()
            .step_in(self.zoom.get_untracked())
    }

    pub fn step_out(&self) -> f64 {
        self.range
            .get_untracked()
            .step_out(self.zoom.get_untracked())
    }

    /// Zooms until the stretch from `from` to `to` (fractions of the track) fills half the
    /// view, about its middle: how a cluster marker opens.
    pub fn fit(&self, from: f64, to: f64) {
        if let Some(width) = self.viewport.client_width() {
            let next = self.range.get_untracked().to_fit(from, to, 0.5);
            self.zoom_about(next, (from + to) / 2.0, width / 2.0);
        }
    }

    /// Scrolls most of a view's width earlier (`-1`) or later (`1`).
    pub fn pan(&self, direction: f64) {
        if let Some(el) = self.viewport.element() {
            el.scroll_by_with_x_and_y(direction * 0.6 * f64::from(el.client_width()), 0.0);
        }
    }

    /// Ctrl/⌘ + wheel, or a trackpad pinch: zooms about the pointer.
    pub fn on_wheel(&self, ev: WheelEvent) {
        let (Some(delta), Some(el)) = (wheel_zoom(&ev), self.viewport.element()) else {
            return;
        };
        ev.prevent_default();
        let at = f64::from(ev.client_x()) - el.get_bounding_client_rect().left();
        let next = self
            .range
            .get_untracked()
            .after_wheel(self.zoom.get_untracked(), delta);
        self.zoom_at(next, Some(at));
    }

    pub fn label(&self) -> String {
        zoom_label(self.zoom.get())
    }

    pub fn at_min(&self) -> bool {
        self.zoom.get() <= 1.0
    }

    pub fn at_max(&self) -> bool {
        self.zoom.get() >= self.range.get().max
    }
}
