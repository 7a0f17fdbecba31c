//! What the list of an author's saved drafts shows of each: its name and when it was saved.
//! The caller gives the time, so the core stays free of clocks.

use serde::{Deserialize, Serialize};

use crate::core::author::draft::Draft;
use crate::locale::editor_files;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftMeta {
    /// The key the draft is stored under; the caller chooses it.
    pub id: String,
    pub name: String,
    /// When it was last saved, in milliseconds since 1970 (as `Date.now()` gives it).
    pub saved_at_ms: f64,
}

impl DraftMeta {
    /// The draft's entry in the list: named by its title, or "Untitled draft".
    pub fn new(id: &str, draft: &Draft, saved_at_ms: f64) -> DraftMeta {
        let title = draft.title.trim();
        DraftMeta {
            id: id.to_string(),
            name: if title.is_empty() {
                editor_files::untitled_draft().to_string()
            } else {
                title.to_string()
            },
            saved_at_ms,
        }
    }
}

/// The list as it is shown: the draft saved last first; drafts saved at the same moment by
/// id, so the order never changes between two showings.
pub fn newest_first(drafts: &mut [DraftMeta]) {
    drafts.sort_by(|a, b| {
        b.saved_at_ms
            .total_cmp(&a.saved_at_ms)
            .then_with(|| a.id.cmp(&b.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_draft_by_its_title_or_as_untitled() {
        let mut draft = Draft {
            title: "  Korea 1945–1950 ".into(),
            ..Draft::default()
        };
        assert_eq!(DraftMeta::new("d1", &draft, 5.0).name, "Korea 1945–1950");
        draft.title = " ".into();
        assert_eq!(DraftMeta::new("d1", &draft, 5.0).name, "Untitled draft");
    }

    #[test]
    fn lists_the_last_saved_first_and_ties_by_id() {
        let draft = Draft::default();
        let mut list = vec![
            DraftMeta::new("b", &draft, 100.0),
            DraftMeta::new("c", &draft, 300.0),
            DraftMeta::new("a", &draft, 100.0),
        ];
        newest_first(&mut list);
        let ids: Vec<&str> = list.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, vec!["c", "a", "b"]);
        let json = serde_json::to_string(&list[0]).unwrap();
        assert_eq!(serde_json::from_str::<DraftMeta>(&json).unwrap(), list[0]);
    }
}
