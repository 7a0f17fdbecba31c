//! Pointer gestures on the strip: dragging with the mouse pans (touch screens scroll natively),
//! and the wheel with Ctrl or ⌘ held zooms, which is also how browsers report a trackpad pinch.

use leptos::ev::{PointerEvent, WheelEvent};
use leptos::prelude::*;

/// Moves shorter than this are clicks, not drags.
const DRAG_SLOP_PX: f64 = 4.0;
/// Lines and pages of a wheel in pixels, for mice that report those.
const LINE_PX: f64 = 16.0;
const PAGE_PX: f64 = 400.0;

#[derive(Clone, Copy, Debug)]
struct Grab {
    x: f64,
    y: f64,
    left: f64,
    top: f64,
}

/// A mouse drag that scrolls the strip, and swallows the click that ends it.
#[derive(Clone, Copy)]
pub struct DragPan {
    grab: StoredValue<Option<Grab>>,
    moved: StoredValue<bool>,
    pub dragging: RwSignal<bool>,
}

impl DragPan {
    pub fn new() -> DragPan {
        DragPan {
            grab: StoredValue::new(None),
            moved: StoredValue::new(false),
            dragging: RwSignal::new(false),
        }
    }

    /// A press on `scroller`: a drag starts unless it is on the scroller's own scrollbars,
    /// which drag the other way and are left to the browser.
    pub fn press_on(&self, ev: &PointerEvent, scroller: &web_sys::HtmlElement) {
        let target: &web_sys::EventTarget = scroller.as_ref();
        let on_scroller = ev.target().as_ref() == Some(target);
        let on_scrollbar = on_scroller
            && (ev.offset_y() >= scroller.client_height()
                || ev.offset_x() >= scroller.client_width());
        if !on_scrollbar {
            self.press(
                ev,
                f64::from(scroller.scroll_left()),
                f64::from(scroller.scroll_top()),
            );
        }
    }

    /// A primary mouse button pressed on the strip scrolled to `(left, top)`.
    fn press(&self, ev: &PointerEvent, left: f64, top: f64) {
        self.moved.set_value(false);
        if ev.button() == 0 && ev.pointer_type() == "mouse" {
            self.grab.set_value(Some(Grab {
                x: f64::from(ev.client_x()),
                y: f64::from(ev.client_y()),
                left,
                top,
            }));
        }
    }

    /// Where to scroll to for a pointer move, once it is a drag.
    pub fn drag_to(&self, ev: &PointerEvent) -> Option<(f64, f64)> {
        let grab = self.grab.get_value()?;
        let (dx, dy) = (
            f64::from(ev.client_x()) - grab.x,
            f64::from(ev.client_y()) - grab.y,
        );
        if !self.moved.get_value() && dx.hypot(dy) < DRAG_SLOP_PX {
            return None;
        }
        if !self.moved.get_value() {
            self.moved.set_value(true);
            self.dragging.set(true);
        }
        Some((grab.left - dx, grab.top - dy))
    }

    pub fn release(&self) {
        if self.grab.get_value().is_some() {
            self.grab.set_value(None);
            self.dragging.set(false);
        }
    }

    /// True once for the click that ends a drag, which must not open an event.
    pub fn swallow_click(&self) -> bool {
        let moved = self.moved.get_value();
        self.moved.set_value(false);
        moved
    }
}

/// A zoom gesture's movement in pixels (negative zooms in), or `None` for a plain scroll.
pub fn wheel_zoom(ev: &WheelEvent) -> Option<f64> {
    if !(ev.ctrl_key() || ev.meta_key()) {
        return None;
    }
    let unit = match ev.delta_mode() {
        1 => LINE_PX,
        2 => PAGE_PX,
        _ => 1.0,
    };
    Some(ev.delta_y() * unit)
}
