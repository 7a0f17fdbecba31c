//! Keyboard movement inside the event strip (WAI-ARIA tabs pattern): arrows step through
//! events in date order and wrap around, Home and End jump to the ends.

/// The index focus moves to for `key`, or `None` when the key is not a strip key.
pub fn move_focus(current: usize, len: usize, key: &str) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let current = current.min(len - 1);
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1) % len),
        "ArrowLeft" | "ArrowUp" => Some((current + len - 1) % len),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::move_focus;

    #[test]
    fn arrows_step_and_wrap() {
        assert_eq!(move_focus(0, 11, "ArrowRight"), Some(1));
        assert_eq!(move_focus(10, 11, "ArrowRight"), Some(0));
        assert_eq!(move_focus(0, 11, "ArrowLeft"), Some(10));
        assert_eq!(move_focus(5, 11, "ArrowDown"), Some(6));
        assert_eq!(move_focus(5, 11, "ArrowUp"), Some(4));
    }

    #[test]
    fn home_and_end_jump_and_other_keys_pass() {
        assert_eq!(move_focus(5, 11, "Home"), Some(0));
        assert_eq!(move_focus(5, 11, "End"), Some(10));
        assert_eq!(move_focus(5, 11, "Enter"), None);
        assert_eq!(move_focus(0, 0, "End"), None);
        assert_eq!(move_focus(40, 11, "ArrowRight"), Some(0));
    }
}
