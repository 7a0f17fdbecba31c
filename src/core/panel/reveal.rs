//! When opening an event must scroll the page to its panel, so the reader sees what opened.

/// Whether a panel whose top edge is `top` px below the top of a window `height` px tall is
/// out of sight: it starts above the window (opened from the panel's own foot) or in the
/// window's lowest third or below it (under a tall strip, or the list on a phone). A panel
/// starting higher up already shows its date, headline and first lines.
pub fn needs_reveal(top: f64, height: f64) -> bool {
    top < 0.0 || top > height * 2.0 / 3.0
}

/// Whether an element spanning `top..bottom` px of a window `height` px tall is wholly out of
/// sight, above or below the window.
pub fn out_of_sight(top: f64, bottom: f64, height: f64) -> bool {
    bottom <= 0.0 || top >= height
}

/// Frames the page must stand still before a scroll counts as finished.
pub const STILL_FRAMES: u32 = 3;

/// Which page scrolls to an opened panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revealer {
    /// The app's own page: a full page, or a frame of fixed height that scrolls inside.
    ThisPage,
    /// The page around the frame: the host script (`embed.js`) made the frame as tall as its
    /// content, so the frame cannot scroll and only the host page knows what is in sight.
    HostPage,
}

/// Who scrolls, in a window `window_height` px tall. `reported_height` is the content height
/// this page last told the page around its frame (`None` when not in a frame): a frame that
/// has been made exactly that tall is sized by the host script.
pub fn revealer(reported_height: Option<f64>, window_height: f64) -> Revealer {
    // A pixel of slack: heights are rounded differently on the two sides of the frame.
    match reported_height {
        Some(reported) if (reported - window_height).abs() <= 1.0 => Revealer::HostPage,
        _ => Revealer::ThisPage,
    }
}

#[cfg(test)]
mod tests {
    use super::{needs_reveal, out_of_sight, revealer, Revealer};

    #[test]
    fn an_element_is_out_of_sight_only_when_none_of_it_shows() {
        assert!(out_of_sight(-80.0, 0.0, 800.0));
        assert!(out_of_sight(800.0, 860.0, 800.0));
        assert!(!out_of_sight(-40.0, 20.0, 800.0), "partly above");
        assert!(!out_of_sight(780.0, 840.0, 800.0), "partly below");
        assert!(!out_of_sight(100.0, 160.0, 800.0));
    }

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

    #[test]
    fn a_frame_sized_to_its_content_asks_the_host_page() {
        assert_eq!(revealer(Some(2226.0), 2226.0), Revealer::HostPage);
        assert_eq!(revealer(Some(2226.0), 2225.5), Revealer::HostPage);
    }

    #[test]
    fn a_full_page_or_a_frame_that_scrolls_inside_scrolls_itself() {
        assert_eq!(revealer(None, 900.0), Revealer::ThisPage);
        // The snippet's fixed 760 px frame, without the host script.
        assert_eq!(revealer(Some(2226.0), 760.0), Revealer::ThisPage);
    }
}
