//! Search: the box above the strip, its result list, and the matches the strip marks; and the
//! actor filter.

pub mod actor_chips;
pub mod prepare;
pub mod search_box;
pub mod search_state;
