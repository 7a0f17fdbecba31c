//! The event strip: `EventStrip` wires the viewport, the zoom controller, the zoom levels'
//! layouts, gestures, keys, controls and legend to the tabs and cluster markers. Geometry
//! and layout are `core::strip`'s; nothing here decides where an event goes.

mod cluster_marker;
mod controls;
mod empty_view_hint;
pub mod event_strip;
mod event_tab;
mod evidence_lane;
mod geometry;
mod gestures;
mod keyboard;
mod legend;
mod levels;
mod rendered;
mod time_axis;
mod viewport;
mod zoom_controller;
