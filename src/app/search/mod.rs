//! Search: the box above the strip, its result list, and the matches the strip marks.

pub mod prepare;
pub mod search_box;
pub mod search_state;
