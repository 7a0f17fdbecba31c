//! When opening an event must scroll the page to its panel, so the reader sees what opened.

/// Whether a panel whose top edge is `top` px below the top of a window `height` px tall is
/// out of sight: it starts above the window (opened from the panel's own foot) or in the
/// window's lowest third or below it (under a tall strip, or the list on a phone). A panel
/// starting higher up already shows its date, headline and first lines.
pub fn needs_reveal(top: f64, height: f64) -> bool {
    top < 0.0 || top > height * 2.0 / 3.0
}

#[cfg(test)]
mod tests {
    use super::needs_reveal;

    #[test]
    fn a_panel_below_the_window_is_brought_into_view() {
        // The default timeline on a 1280×900 desktop: the panel starts under the strip.
        assert!(needs_reveal(1027.0, 900.0));
        assert!(needs_reveal(700.0, 900.0));
    }

    #[test]
    fn a_panel_whose_start_shows_stays_where_it_is() {
        assert!(!needs_reveal(0.0, 900.0));
        assert!(!needs_reveal(420.0, 900.0));
        assert!(!needs_reveal(600.0, 900.0));
    }

    #[test]
    fn a_panel_that_starts_above_the_window_is_scrolled_back_to() {
        // "Next event" at the foot of a long panel replaces it with one starting up there.
        assert!(needs_reveal(-1200.0, 900.0));
        assert!(needs_reveal(-0.5, 900.0));
    }
}
