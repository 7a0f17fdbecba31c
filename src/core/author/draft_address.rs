//! The editor's address names the open draft (`?draft=`), so a reload, a crash or a switch
//! of language comes back to it.

use crate::core::page::app_query::encode_component;

/// The query parameter naming the open draft.
pub const DRAFT_PARAMETER: &str = "draft";

/// The editor's query with `id` open, or with none.
pub fn draft_search(id: Option<&str>) -> String {
    match id {
        Some(id) => format!("?{DRAFT_PARAMETER}={}", encode_component(id)),
        None => "?".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_open_draft_escaped() {
        assert_eq!(draft_search(Some("d 1&x")), "?draft=d%201%26x");
        assert_eq!(draft_search(None), "?");
    }
}
