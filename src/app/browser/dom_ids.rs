//! DOM ids that several components name: the strip's tabs point at the panel, the panel back
//! at the tab that opened it, and focus moves between them by id.

use crate::core::model::timeline::Event;

/// The open event's panel: the strip's selected tab controls it, opening an event scrolls to it.
pub const PANEL_ID: &str = "event-panel";

/// The strip's tab for `event`.
pub fn tab_id(event: &Event) -> String {
    format!("tab-{}", event.id)
}
